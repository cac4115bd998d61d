"""Romanian (Romania and Moldova): the writer in danger, someone else in danger, heavy despair,
and the idioms that only borrow the words ("a muri de râs", "X mă omoară").

Diacritics are folded away (ă, â -> a, î -> i, ș -> s, ț -> t), so patterns are written the way
most people type on phones, without them; hyphenated clitics ("m-am", "să-mi") are also matched
without the hyphen ("mam", "sami")."""

from __future__ import annotations

from typing import Final

from bot.safety.patterns import LanguagePatterns, gap, not_after, unnegated

# Laughter right after "I can't anymore" means the writer is laughing.
LAUGH: Final = r"(?:😂|🤣|😹|😆|😅|xd|haha\w*|hihi\w*|lol|de ras|de fericire)"
# End of a clause: end of message, punctuation or an emoji (not a comma, not laughter).
END: Final = rf"(?!\s*{LAUGH})(?=\s*(?:$|[^\w\s,]))"
NOT_NEG: Final = not_after("nu ", "n-", "niciodata ")


# "vreau să", "aș vrea să", "mi-aș dori să", "o să", "am să" (first person, "să" often "sa").
WANT: Final = (
    r"(?:vreau|vrea?u|as vrea|mi-?as dori|imi doresc|o|am|voi|ma gandesc|m-?am gandit|am decis"
    r"|am hotarat|o sa incerc|am incercat|incerc|trebuie|simt ca vreau|vreau doar|vreau pur si"
    r" simplu) (?:doar |chiar |acum |azi |diseara |pur si simplu )?sa"
)
# "a se omorî cu munca", "mă omor de râs": wearing oneself out is an idiom.
KILL_IDIOM: Final = (
    r"(?! (?:cu (?:munca|treaba|sala|invatatul|alergatul)|muncind|invatand|alergand|la (?:sala"
    r"|munca|serviciu)|de (?:ras|munca|foame|somn|cald|frig|ciuda|plictiseala|dor|nervi))(?!\w))"
)
# After "să mor": dying of laughter / hunger / longing is not a wish to die.
FIGURATIVE: Final = (
    r"(?! (?:de (?:ras|foame|somn|cald|frig|ciuda|rusine|dor|dorul|plictiseala|nerabdare|sete"
    r"|oboseala|frica|fericire|dragoste|emotie|curiozitate)|dupa (?:tine|el|ea|\w+)|pentru tine"
    r"|in bratele tale|langa tine|cu tine|batran[a]?|fericit[a]?)(?!\w))"
)
PILLS: Final = (
    r"(?:pastile|pastilele|pastilute|tablete|tabletele|comprimate|comprimatele|capsule"
    r"|medicamente|medicamentele|calmante|calmantele|somnifere|somniferele|antidepresive"
    r"|anxiolitice|xanax|paracetamol|algocalmin|nurofen|ibuprofen|diazepam|alprazolam|rivotril"
    r"|tramadol|insulina|litiu|quetiapina|sertralina|fluoxetina|antinevralgic|aspirine|benzo)"
)
# How many: "toate", "o cutie întreagă de", "prea multe", "30 de"...
LOTS: Final = (
    r"(?:toate(?: (?:pastilele|medicamentele|calmantele|somniferele|tabletele))?|toata (?:cutia"
    r"|folia|sticla|doza|rezerva)(?: de)?|o (?:cutie|folie|sticla|punga|mana)(?: intreaga| plina)?"
    r"(?: de)?|(?:doua|trei|cateva) (?:cutii|folii)(?: de)?|prea multe|foarte multe|o gramada de"
    r"|o multime de|zeci de|[0-9]{2,}(?: de)?|douazeci de|treizeci de|patruzeci de|cincizeci de"
    r"|o suta de)"
)
# After the pills: the usual dose ("toate pastilele de azi").
USUAL_DOSE: Final = (
    r"(?! (?:de azi|de dimineata|de seara|de astazi|pe ziua de azi|dimineata|aseara|ca de obicei"
    r"|cum (?:mi-a spus|a zis|a prescris) (?:doctorul|medicul)|prescrise|la timp|la ora)(?!\w))"
)
TOOK: Final = (
    r"(?:am (?:luat|inghitit|baut)|(?:o sa|vreau sa|am sa|voi) (?:iau|inghit|beau)|iau|inghit"
    r"|tocmai am (?:luat|inghitit))"
)
# Where people jump from, or in front of.
PLACE: Final = (
    r"(?:(?:de pe|de la|de sus de pe|in fata|sub|pe) (?:un |o |acest |aceasta )?(?:pod|podul"
    r"|bloc|blocul|cladire|cladirea|balcon|balconul|acoperis|acoperisul|geam|fereastra|etaj"
    r"|etajul \w+|trenului|tren|trenul|metroului|metrou|masinii|masina|unei masini|unui tren"
    r"|stanca|faleza|viaduct|viaductul|sine|sinele|turn|turnul))"
)
INTENT: Final = (
    r"(?:intentionat|special|cu buna stiinta|iar|din nou|inca o data|de fiecare data cand"
    r"|in fiecare seara|in fiecare zi|cand (?:el|ea|ne certam|ma simt|sunt|nimeni)"
    r"|ca sa (?:simt|nu mai simt|ma pedepsesc|ma linistesc|uit)|cu (?:lama|o lama|lamele"
    r"|briciul|cutterul|tigara|bricheta))"
)
# After a harm verb, within a few words: signs it was an accident.
ACCIDENT: Final = (
    r"(?!(?: [\w-]+){0,3}? (?:cu cutitul|cu un cutit|cu hartia|cu o hartie|la cina|la bucatarie"
    r"|cand taiam|taind|gatind|curatand|la sala|la fotbal|la deget|degetul|din greseala"
    r"|accidental|fara sa vreau|in bucatarie|la munca|cu foarfeca|cu cuptorul|cu tigaia"
    r"|cu fierul|parul|unghiile)(?!\w))"
)
HARM: Final = (
    r"(?:m-?am (?:taiat|ranit|ars|lovit|zgariat|automutilat)|ma (?:tai|ranesc|ard|lovesc"
    r"|zgarii|automutilez)|sa ma (?:tai|ranesc|ard)|imi (?:fac rau|tai (?:mainile|bratele"
    r"|picioarele|pielea))|mi-?am (?:facut rau|taiat (?:mainile|bratele|picioarele)))"
)
# Someone else: a pronoun, or a person named by relation ("iubitul meu", "mama").
THEY: Final = (
    r"(?:el|ea|ei|ele|(?:iubitul|iubita|prietenul|prietena|sotul|sotia|logodnicul|logodnica"
    r"|fratele|sora|mama|tata|tatal|fiul|fiica|baiatul|fata|colegul|colega|varul|vara|fostul"
    r"|fosta|partenerul|partenera|bunica|bunicul|vecinul|vecina|copilul|cea mai buna prietena"
    r"|cel mai bun prieten|iubi|iubitu|prietenu)(?: (?:meu|mea|mei|mele|nostru|noastra))?)"
)
# Up to N words that are not "eu", "mă", "mi", "meu".
NOT_ME: Final = r"(?!(?:eu|ma|mi|imi|mie|m|noi|ne)(?![\w-]))[\w'-]+"


PATTERNS = LanguagePatterns(
    code="ro",
    name="Romanian",
    crisis=(
        # ---- killing oneself
        r"sinucid\w*|sinucis\w*|sinucider\w*",
        rf"(?:{WANT} |sa |o sa |am sa )?ma (?:omor|sinucid|spanzur|impusc|otravesc){KILL_IDIOM}",
        r"sa-?mi (?:iau|curm) viata|imi (?:iau|curm) viata|(?:sa|o sa) (?:imi|-mi) iau viata",
        r"(?:sa-?mi|imi|o sa-?mi) pun capat (?:zilelor|vietii)|sa pun capat vietii mele"
        r"|(?:sa|o sa) termin cu viata",
        rf"{WANT} termin cu (?:tot|toate)(?: odata)?{END}",
        # ---- wanting to die, not to live, not to wake up
        unnegated(
            r"(?:vreau|vrea?u|as vrea|mi-?as dori|imi doresc|vreau doar|as prefera|prefer) ",
            NOT_NEG,
        )
        + r"(?:doar |chiar |atat de mult |pur si simplu )?sa (?:mor|fiu (?:mort|moarta))"
        rf"{FIGURATIVE}",
        r"(?:nu mai vreau|nu vreau|nu mai am chef|nu mai am putere) (?:sa mai |sa )"
        r"(?:traiesc|exist|fiu in viata)(?! (?:aici|cu|in|asa|la|acolo|singur[a]?)(?!\w))",
        r"(?:sa adorm|as vrea sa adorm|vreau sa adorm) si sa nu ma mai trezesc"
        r"|sa nu ma mai trezesc(?: niciodata| vreodata)?(?! (?:asa|la|devreme|dimineata)(?!\w))",
        r"(?:as vrea|mi-?as dori|vreau) sa nu (?:ma fi nascut|fi existat|exist)"
        r"|(?:mai bine|ar fi fost mai bine) (?:nu ma nasteam|muream|mor|as fi (?:mort|moarta))"
        r"(?=\s*(?:$|[^\w\s])| decat| si)",
        r"(?:toti|toata lumea|voi|familia mea|ei) (?:ar fi|ar trai|sunt|ati fi|v-ar fi) (?:mult )?"
        r"mai bine fara mine|(?:ar fi|e) mai bine fara mine",
        r"(?:nimeni|nimanui) (?:nu )?(?:ar observa|mi-ar simti lipsa|i-ar pasa|nu i-ar pasa"
        r"|ar plange)(?: \w+){0,3}? daca (?:as muri|as disparea|m-?as omori|m-?as sinucide"
        r"|n-?as mai fi)",
        r"(?:nu mai am|nu am|n-?am) (?:niciun motiv|pentru ce|motive|niciun rost) (?:sa |de )?"
        r"(?:traiesc|trai|mai traiesc)|nu (?:are|mai are) rost sa (?:mai )?traiesc",
        r"viata (?:mea )?nu (?:mai )?merita (?:traita|nimic)",
        r"m-?am saturat (?:sa (?:mai )?traiesc|de viata|sa exist)|obosit[a]? de viata",
        r"scrisoare de adio|(?:asta|acesta) (?:e|este) ultimul meu mesaj",
        r"ma gandesc (?:mereu |tot timpul |des )?(?:la moarte|sa mor|sa ma omor|sa ma sinucid"
        r"|sa-?mi iau viata)",
        r"vreau sa dispar (?:pentru totdeauna|definitiv|de pe fata pamantului|din lumea asta)",
        # ---- overdose, poison and method
        rf"{TOOK} (?:(?:vreo|aproape|peste|cam) )*{LOTS} ?(?:\w+ ){{0,2}}?{PILLS}{USUAL_DOSE}",
        rf"{TOOK} (?:(?:vreo|aproape|peste|cam) )*(?:toate|prea multe) {PILLS}{USUAL_DOSE}",
        r"supradoz\w*(?! de (?:cafea|cofeina|zahar|dulciuri|munca|seriale|iubire)(?!\w))",
        r"(?:am baut|sa beau|o sa beau|vreau sa beau|am inghitit) (?:o |niste )?(?:otrava"
        r"|soda caustica|acid|antigel|clor|inalbitor|otrava de soareci)",
        rf"(?:sa ma arunc|ma arunc|o sa ma arunc|m-?as arunca|vreau sa ma arunc|sa sar|o sa sar"
        rf"|vreau sa sar) {PLACE}",
        r"(?:sa-?mi|imi|mi-?am|o sa-?mi) (?:tai|taiat|deschid) venele|venele taiate",
        r"(?:o funie|o sfoara|un lat|streangul) (?:\w+ ){0,3}?(?:sa ma spanzur|pregatit[a]?"
        r"|pentru mine)",
        # ---- self-harm with intent
        rf"{HARM}{ACCIDENT}(?: [\w-]+){{0,6}}? {INTENT}",
        rf"(?:iar|din nou|intentionat|special) {HARM}",
        unnegated(r"(?:vreau|as vrea|simt nevoia|am nevoie|mi-e dor) ", NOT_NEG)
        + r"(?:sa )?(?:sa-?mi fac"
        r" rau"
        r"|ma tai|ma ranesc|imi fac rau|sa ma tai|sa ma ranesc)(?! (?:parul|unghiile|breton)"
        r"(?!\w))",
        r"(?:am inceput|m-?am apucat) (?:iar |din nou )?(?:sa ma tai|de automutilare)",
        r"automutil\w*|autovatam\w*",
    ),
    other=(
        # ---- someone else wants to kill themselves / die
        rf"(?:sa )?se (?:omoare|omoara|sinucid\w*|spanzure|spanzura|otraveasca|impuste)"
        rf"{KILL_IDIOM}",
        rf"(?:sa )?se (?:arunce|arunca) {PLACE}",
        r"(?:s-?a|si-?a|se) (?:sinucis|omorat|spanzurat|aruncat de pe|otravit)",
        rf"{THEY} {gap(4, NOT_ME)}(?:vrea|voia|ar vrea|isi doreste) (?:doar |sa )?(?:sa )?(?:moara"
        rf"|fie mort"
        rf"|fie moarta){FIGURATIVE}",
        r"nu (?:mai )?vrea sa (?:mai )?(?:traiasca|existe)(?! (?:aici|cu|in|asa|la)(?!\w))",
        r"(?:sa-?si|isi|si-?a|o sa-?si) (?:ia|luat|curme|curmat) viata|(?:sa-?si|isi|si-?a)"
        r" (?:pune|pus) capat zilelor",
        # ---- overdose, cutting, attempts
        rf"{THEY} {gap(3, NOT_ME)}a (?:luat|inghitit|baut) (?:(?:vreo|aproape|peste"
        rf"|cam) )*(?:{LOTS}"
        rf"|toate) ?(?:\w+ ){{0,2}}?{PILLS}",
        rf"{THEY} {gap(3, NOT_ME)}a (?:baut|inghitit) (?:o |niste )?(?:otrava|soda caustica|acid"
        rf"|antigel)",
        r"(?:s-?a (?:taiat|ranit|ars)|se (?:taie|raneste|arde)|isi face rau|si-?a facut rau)"
        rf"{ACCIDENT}(?: [\w-]+){{0,5}}? (?:intentionat|special|iar|din nou|de fiecare data"
        r"|cand|ca sa)",
        r"(?:si-?a|isi|o sa-?si|sa-?si) (?:taiat|taie|tai) venele|se automutileaza",
        rf"{THEY} {gap(3, NOT_ME)}(?:a avut|a facut) (?:o )?(?:supradoza|tentativa)",
    ),
    despair=(
        r"nu mai pot(?: pur si simplu| deloc| cu nimic| cu viata asta)?" + END,
        r"nu mai (?:suport|rezist)(?: nimic| viata asta| asa ceva)?" + END,
        r"m-?am saturat de (?:tot|toate|tot si de toti)(?!\w)",
        r"(?:renunt|ma dau batut[a]?|ma predau)(?: la tot)?" + END,
        r"(?:nimic nu mai are|nu mai are nimic|nimic nu are) (?:niciun )?(?:rost|sens)"
        r"|viata mea nu (?:mai )?are (?:niciun )?(?:rost|sens)",
        r"ce rost (?:mai )?are(?: (?:sa mai traiesc|sa mai incerc|totul))?" + END,
        r"(?:sunt|ma simt) (?:doar )?o (?:povara|greutate)(?: pentru (?:toti|toata lumea|tine"
        r"|familia mea))?",
        r"ma simt (?:atat de |asa de |complet )?(?:gol|goala|fara speranta|pierdut[a]? complet)",
        r"(?:nu (?:mai )?vad|nu exista) (?:nicio )?iesire",
        r"(?:nu mai am|n-?am mai) (?:nicio )?speranta|fara (?:nicio )?speranta",
        r"vreau (?:doar )?sa dispar(?! (?:de la|din|pentru totdeauna|definitiv|de pe|sub)(?!\w))",
        r"(?:sunt|am ajuns) la capatul puterilor|nu mai am putere|nu mai am chef de nimic",
    ),
    not_crisis=(
        r"prevenirea sinuciderii|ziua (?:mondiala )?(?:a )?prevenirii sinuciderii",
        r"(?:atentat|atac|misiune|drona) sinucigas\w*|e sinucigas\w* sa",
    ),
)
