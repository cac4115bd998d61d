"""Polish: the writer in danger, someone else in danger, heavy despair, and the idioms that
only borrow the words. Written with Polish letters; accents are folded away (chcę = chce),
and ł, which the folding keeps, also matches a plain l.

Without accents "chcę umrzeć" (I) and "chce umrzeć" (he, she) are spelled alike, as are
"zabiję się" and "zabije się": such phrases count as the writer's unless a subject ("on",
"mój chłopak") comes first. Past tenses tell the person apart (nałykałam / nałykała).
The very short words (od, do, i, a, z, w, na, się) never stand alone in a pattern.
"""

from __future__ import annotations

from typing import Final

from bot.safety.lang.ru import cyr, not_after
from bot.safety.patterns import LanguagePatterns

VARIANTS: Final = {"ł": "l"}

END: Final = r"(?= *(?:$|[.!?,;…)]))"
END_STOP: Final = r"(?= *(?:$|[.!?…)]))"
NOT_NEG: Final = not_after("nie", "ani")


def gap_pl(words: int, commas: bool = True) -> str:
    """Up to ``words`` words that are not "ja", "mi", "mnie", "my"..."""
    comma = ",?" if commas else ""
    return rf"(?:(?!(?:ja|mi|mnie|mną|my|nas|nam|nami)(?!\w))[\w-]+{comma} ){{0,{words}}}?"


WANT: Final = (
    r"(?:chcę|chcę już|chciałabym|chciałbym|wolałabym|wolałbym|wolę|chce mi się|pragnę|mam ochotę"
    r"|postanowiłam|postanowiłem|zamierzam|jestem gotowa|jestem gotów|jestem gotowy|marzę żeby"
    r"|marzę by|muszę|najchętniej bym|wolałabym po prostu)"
)
FILLER: Final = (
    r"(?:(?:po prostu|już|naprawdę|serio|teraz|dziś|dzisiaj|w końcu|wreszcie|szybko|cicho"
    r"|spokojnie|na zawsze|kurwa|no|tylko|chyba|normalnie|zwyczajnie|ja) ){0,3}"
)
DIE: Final = (
    r"(?:umrzeć|zdechnąć|zginąć|nie żyć|nie istnieć|przestać istnieć|zniknąć na zawsze"
    r"|zasnąć na zawsze|nie obudzić się|się nie obudzić|odejść z tego świata)"
)
FIGURATIVE: Final = (
    r"(?! (?:(?:ze|z) (?:śmiechu|nudów|nudy|głodu|wstydu|ciekawości|miłości|szczęścia|zazdrości"
    r"|zmęczenia|ciepła|gorąca)|za ciebie|za was|za niego|za nią|za ojczyznę|dla ciebie"
    r"|w twoich ramionach|przy tobie|razem z tobą|ze starości|na starość|jako stara|jako stary"
    r"|w jednym dniu|(?:\w+ )?niż\b))"
)
LIVE: Final = r"(?:żyć|zyc|życ|zyć)"
LIVE_TAIL: Final = (
    r"(?! (?:\w+ )?(?:(?:w|we)(?! (?:tym|takim) świecie)|z|ze|u|na(?! (?:tym|tamtym) świecie)|za"
    r"|pod|obok|razem|tam|tu|tutaj|tak|jak|bez|przy|koło|blisko|daleko|sama|sam|osobno|dla|po"
    r"|kątem)(?!\w))"
)
ACCIDENT: Final = (
    r"(?! (?:\w+ )?(?:przypadkiem|przypadkowo|niechcący|nożem|papierem|szkłem|kartką|tarką"
    r"|(?:kiedy|gdy|jak|podczas)(?! (?:on|ona|oni|mi|mnie|jest mi|czuję|wszyscy|nikt|źle"
    r"|smutno))|o (?:\w+ )?(?:kant|róg|szafkę|drzwi|stół)|na (?:siłowni|treningu|rowerze|nartach"
    r"|meczu|spacerze|schodach)|w (?:kuchni|pracy|ogrodzie)|przy (?:krojeniu|goleniu|gotowaniu"
    r"|pracy|obieraniu)|trochę|lekko)(?!\w))"
)
INTENT: Final = (
    r"(?:specjalnie|celowo|umyślnie|znowu|znów|żeby|bo|kiedy on|kiedy ona|gdy on|gdy ona"
    r"|jak on|jak ona|za karę|żeby poczuć|żeby się ukarać|co noc|co wieczór|codziennie"
    r"|za każdym razem)"
)
PILLS: Final = (
    r"(?:tabletk\w*|tabletek|tabsy|tabsów|pigułk\w*|pigułek|leki|leków|lekami|prochy|prochów"
    r"|prochami|proszki|proszków|proszkami|środk\w* nasenn\w*|nasenn\w*|antydepresant\w*"
    r"|przeciwbólow\w*|paracetamol\w*|apap\w*|ibuprom\w*|ibuprofen\w*|aspiryn\w*|nurofen\w*"
    r"|xanax\w*|relanium\w*|klonazepam\w*|clonazepam\w*|rivotril\w*|tramal\w*|tramadol\w*"
    r"|insulin\w*|hydroksyzyn\w*|hydroxyzin\w*|sertralin\w*|kwetiapin\w*|ketonal\w*|pyralgin\w*"
    r"|estazolam\w*|lorafen\w*|afobam\w*)"
)
LOTS: Final = (
    r"(?:(?:całe|cały|całą) (?:opakowanie|pudełko|paczkę|fiolkę|blister|listek|garść|butelkę)"
    r"|(?:kilka|dwa|trzy) opakowania|opakowanie|pudełko|paczkę|blister|listek|fiolkę|garść"
    r"|dużo|za dużo|mnóstwo|kupę|kilkanaście|kilkadziesiąt|pełno|[0-9]{2,}|dziesięć|piętnaście"
    r"|dwadzieścia|trzydzieści|czterdzieści|pięćdziesiąt|sto)"
)
ALL: Final = (
    r"(?:wszystkie|wszystkie moje|wszystkie swoje|resztę)(?! (?:\w+ )?(?:poranne|wieczorne"
    r"|dzisiejsze|przepisane|zalecone|potrzebne)\w*)"
)
USUAL: Final = (
    r"(?! *\?)(?!,? (?:\w+ )?(?:jak (?:zwykle|zawsze|trzeba|kazał|kazała|lekarz)|według|zgodnie"
    r"|na dziś|na dzisiaj|o czasie|rano|wieczorem|na noc|przed|po (?:jedzeniu|śniadaniu|obiedzie"
    r"|kolacji))(?!\w))"
)
PILL_ADJ: Final = (
    r"(?:(?:moje|moich|swoje|swoich|mamy|mamine|te|tych)\s)?(?:[\w-]+(?:ych|ich|e)\s)?"
)
# Swallowed: first person, or an infinitive / future.
SWALLOW: Final = (
    r"(?:łyknęłam|łyknąłem|łyknę|łyknąć|wzięłam|wziąłem|wziąć|wezmę|połknęłam|połknąłem|połknąć"
    r"|połknę|zażyłam|zażyłem|zażyć|zażyję|zjadłam|zjadłem|zjem|zjeść|wypiłam|wypiłem|wypić"
    r"|wypiję|wciągnęłam|wciągnąłem)"
)
SWALLOWED3: Final = (
    r"(?:łyknęła|łyknął|wzięła|wziął|połknęła|połknął|zażyła|zażył|zjadła|zjadł|wypiła|wypił"
    r"|łyknęli|wzięli)"
)
JUMP: Final = (
    r"(?:skoczyć|skoczę|wyskoczyć|wyskoczę|zeskoczyć|zeskoczę|rzucić się|rzucę się|skoczyłabym"
    r"|skoczyłbym|wyskoczyłabym|wyskoczyłbym|rzuciłabym się|rzuciłbym się|się rzucić|się rzucę)"
)
HIGH_PLACE: Final = (
    r"(?:z (?:\w+ )?(?:mostu|dachu|okna|balkonu|wieżowca|bloku|[0-9]+ piętra|piętra|klifu|urwiska"
    r"|skały|wiaduktu)(?! (?:do wody|do rzeki|do jeziora|do morza|do basenu|na bungee"
    r"|ze spadochronem|latem))|przez okno|pod (?:pociąg|samochód|auto|tira|ciężarówkę|autobus"
    r"|tramwaj|metro|koła))"
)
ALMOST: Final = not_after("prawie", "omal", "mało nie", "o mało nie", "można", "mogłam", "mogłem")

THEY: Final = (
    r"(?:on|ona|oni|one|mój (?:\w+ )?(?:chłopak|mąż|partner|przyjaciel|brat|syn|tata|ojciec"
    r"|kolega|były|narzeczony|kumpel|współlokator|sąsiad|facet)|moja (?:\w+ )?(?:dziewczyna|żona"
    r"|partnerka|przyjaciółka|siostra|córka|mama|matka|koleżanka|była|narzeczona|kumpela"
    r"|współlokatorka|sąsiadka)|moi (?:\w+ )?(?:rodzice|przyjaciele)|chłopak|mąż|żona|dziewczyna"
    r"|partner|partnerka|przyjaciel|przyjaciółka|mama|tata|brat|siostra|syn|córka|kolega"
    r"|koleżanka|facet|narzeczony|narzeczona)"
)
THEM: Final = (
    r"(?:jemu|mu|jej|im|niego|niej|nich|go|ją|mojemu \w+|mojej \w+|mojego \w+|moim \w+|moich \w+"
    r"|chłopakowi|chłopaka|mężowi|męża|żonie|żony|dziewczynie|przyjaciółce|przyjaciółki"
    r"|przyjacielowi|przyjaciela|mamie|mamy|tacie|taty|bratu|brata|siostrze|siostry|synowi|syna"
    r"|córce|córki)"
)
SAYS: Final = (
    r"(?:mówi|mówił|mówiła|powiedział|powiedziała|pisze|napisał|napisała|grozi|groził|groziła"
    r"|zagroził|zagroziła|twierdzi|krzyczy|krzyczał|krzyczała|powtarza|sugeruje|przyznał|przyznała"
    r"|żartuje|napisał mi|napisała mi|powiedział mi|powiedziała mi|mówi mi|wysłał mi|wysłała mi)"
)
WANTS3: Final = (
    r"(?:chce|chciał|chciała|chcą|chcieli|próbował|próbowała|próbuje|zamierza|zamierzał|zamierzała"
    r"|planuje|planował|planowała|myśli o tym żeby|postanowił|postanowiła|marzy|obiecuje|grozi)"
)
# Third person only (past tenses, or present forms unlike the first person).
ACTS3: Final = (
    rf"(?:{ALMOST}(?:zabił|zabiła|zabili) się|{ALMOST}się (?:zabił|zabiła|zabili)|popełni"
    r" samobójstwo|popełnił samobójstwo|popełniła samobójstwo|grozi samobójstwem"
    r"|odebrał sobie życie|odebrała sobie życie|odbierze sobie"
    r" życie|skończy ze sobą|skończył ze sobą|skończyła ze sobą|targnął się na (?:swoje |własne )?"
    r"życie|targnęła się na (?:swoje |własne )?życie|(?:powiesi|powiesił|powiesiła) się(?! na"
    r" (?:drążku|szyi))|się (?:powiesi|powiesił|powiesiła)(?! na (?:drążku|szyi))"
    r"|(?:podciął|podcięła|podetnie|przeciął|przecięła|pociął|pocięła) sobie (?:żyły|nadgarstki)"
    r"|pocięła się|pociął się|tnie się|się tnie|okalecza się|okaleczyła się|okaleczył się"
    r"|się (?:pocięła|pociął|okalecza|okaleczyła|okaleczył|otruła|otruł)"
    r"|przedawkował|przedawkowała|przedawkowali"
    rf"|(?:nałykał|nałykała|nałykali) się(?: (?:\w+ ){{0,2}}?{PILLS}|{END})"
    r"|(?:otruł|otruła) się(?! (?:\w+ )?(?:jedzeniem|grzybami|rybą|sushi|kebabem|czymś|w))"
    rf"|(?:skoczył|skoczyła|skoczy|wyskoczył|wyskoczyła|wyskoczy|rzucił się|rzuciła się"
    rf"|rzuci się) {HIGH_PLACE}"
    rf"|(?:zrobi|zrobił|zrobiła|robi) sobie krzywdę{ACCIDENT}|krzywdzi się|rani się"
    r"|coś sobie zrobi|zrobi coś sobie|zrobi sobie coś)"
)
WHY_TAIL: Final = rf"(?:(?: [\w,-]+){{0,6}}? {INTENT})?"
# The same acts as the writer may report them without a subject ("chce umrzeć" could be
# either); after a third-person subject or "mówi, że" they are someone else's.
AMBIGUOUS3: Final = (
    rf"(?:zabije się|się zabije|chce się zabić|chce umrzeć|chce (?:już )?umrzeć|nie chce (?:już )?"
    rf"{LIVE}{LIVE_TAIL}|nie chce mu się {LIVE}|nie chce jej się {LIVE}|chce ze sobą skończyć"
    r"|chce skończyć ze sobą|chce odebrać sobie życie|chce się powiesić|chce popełnić samobójstwo"
    r"|myśli o samobójstwie|ma myśli samobójcze|chce się otruć|chce skoczyć z \w+|przedawkuje)"
)

CRISIS: Final = (
    # ---- suicide, by name
    r"samobójstw\w*|samobójcz\w*|samobójc(?:a|ą|y|ów|zyni|zynią)",
    # ---- killing oneself
    ALMOST + r"(?<!zabijać )(?:zabić|zabiję|zabije|zabiłabym|zabiłbym|zabijam) się(?! (?:\w+ )?"
    r"(?:o to|o nic|o byle co|o pieniądze|o miejsce))",
    ALMOST + r"się (?:zabić|zabiję|zabije|zabiłabym|zabiłbym)(?! (?:\w+ )?(?:o to|o nic|o byle co"
    r"|na tych|na tym|na schodach))",
    r"(?:odebrać|odbiorę|odebrałabym|odebrałbym) sobie życie|sobie życie (?:odebrać|odbiorę)",
    r"(?:targnąć|targnę) się na (?:swoje |własne )?życie",
    r"(?:skończyć|skończę|skończyłabym|skończyłbym) (?:ze sobą|z sobą|z życiem|z tym życiem)",
    r"(?:zrobię|zrobić) (?:coś )?sobie coś|coś sobie zrobię|zrobię sobie coś",
    # ---- wanting to die / not to live / not to wake up
    rf"{NOT_NEG}(?:{WANT}|chce) {FILLER}{DIE}{FIGURATIVE}",
    rf"{NOT_NEG}(?:umrzeć|zdechnąć) {FILLER}(?:chcę|chce|chciałabym|chciałbym|pragnę)",
    r"(?:marzę o|myślę o|myśli o|myślami o) (?:\w+ )?(?:śmierci|własnej śmierci|tym,? żeby umrzeć"
    r"|tym,? żeby się zabić|tym,? jak się zabić)(?= *(?:$|[.!?,;…)]| ciągle| cały czas| codziennie"
    r"| każdej nocy| bez przerwy| nie opuszczają))",
    r"(?:lepiej|wolałabym|wolałbym) (?:żebym|gdybym|jakbym) (?:nie żyła|nie żył|umarła|umarł"
    r"|się nie"
    r" urodziła|się nie urodził|nie istniała|nie istniał)",
    r"(?:szkoda|żałuję),? że (?:się )?(?:urodziłam|urodziłem|żyję|jeszcze żyję)" + END,
    r"(?:obym|żebym|chciałabym|chciałbym) (?:już )?(?:umarła|umarł|nie żyła|nie żył|zdechła"
    r"|zdechł)",
    rf"nie (?:chcę|chce|chce mi się|mam ochoty|chcę już|chcę dalej|chcę dłużej) {FILLER}(?:dalej"
    rf" |dłużej |więcej )?{LIVE}{LIVE_TAIL}",
    rf"{LIVE} (?:mi )?(?:się )?(?:już )?nie chce(?: mi się)?{LIVE_TAIL}",
    rf"(?:nie mam|nie ma|nie mam już|już nie mam) (?:po co|dla kogo|dla czego|powodu|powodów"
    rf"|siły|sił) (?:dalej |dłużej )?{LIVE}{LIVE_TAIL}",
    r"nie widzę (?:już )?(?:żadnego )?sensu (?:dalej )?(?:żyć|życia|w życiu|dalszego życia)",
    r"(?:mam|miałam|miałem) (?:już )?(?:dość|dosyć) (?:tego )?(?:życia|żyć|istnienia)"
    r"(?! (?:w|we|z|ze|na|u|tu|tutaj|tam|tak|bez|przy)(?!\w))",
    r"(?:jestem )?(?:zmęczona|zmęczony) (?:już )?(?:życiem|żyć|tym życiem|istnieniem)",
    rf"nie (?:mogę|moge) (?:już )?(?:dalej|dłużej) {LIVE}{LIVE_TAIL}",
    r"(?:zasnąć|zasnę|położyć się spać|zasnęłabym) i (?:się )?(?:już )?(?:więcej )?nie obudzić"
    r"(?: się)?|(?:zasnąć|zasnę) i nie (?:obudzić|budzić) się",
    r"nie chcę się (?:już |więcej |jutro |nigdy )+(?:obudzić|budzić)|nie chcę się obudzić"
    + END_STOP,
    r"(?:obym|żebym|oby) (?:się )?(?:już )?(?:więcej |jutro |nigdy )?(?:się )?nie (?:obudziła"
    r"|obudził)(?! (?:\w+ )?(?:w nocy|przed|od|za wcześnie|rano|o [0-9]+|przez)(?!\w))",
    r"(?:niedługo|wkrótce|jutro|dziś|dzisiaj|już|zaraz) mnie (?:już )?nie będzie" + END,
    r"mnie (?:już )?(?:więcej )?nie będzie" + END_STOP,
    r"(?:wszystkim|światu|rodzinie|rodzicom|mamie|bliskim) (?:\w+ )?(?:będzie|byłoby|będzie"
    r" tylko) (?:\w+ )?lepiej beze mnie|beze mnie (?:wszystkim|światu|rodzinie) (?:\w+ )?(?:będzie"
    r"|byłoby) (?:\w+ )?lepiej|świat (?:będzie|byłby) lepszy beze mnie",
    r"nikt (?:by )?(?:nawet )?nie (?:zauważył|zauważy|płakał|tęsknił|zatęskni)(?:by)?,? (?:gdybym"
    r"|jakbym|jeśli|jeżeli|kiedy) (?:umarła|umarł|umrę|zniknęła|zniknął|zniknę|się zabiła|się zabił"
    r"|się zabiję)",
    r"(?:gdybym|jakbym|jeśli|jeżeli) (?:umarła|umarł|umrę|zniknęła|zniknął|się zabiła|się zabił)"
    r",? (?:to )?nikt (?:by )?(?:nawet )?nie (?:zauważył|zauważy|płakał|tęsknił|zatęskni)",
    r"(?:piszę|napisałam|napisałem|zostawiam|zostawię|zostawiłam) (?:\w+ )?list pożegnaln\w*"
    r"|list pożegnalny (?:do|dla) (?:was|ciebie|rodziny|mamy|wszystkich)",
    r"(?:to|oto) (?:jest )?(?:moja|moje) (?:ostatnia wiadomość|ostatnie słowa|ostatni wpis"
    r"|pożegnanie)",
    # ---- overdose and poison
    rf"(?:nałykałam|nałykałem|nałykać|nałykam|nałykałabym) się (?:\w+ ){{0,2}}?{PILLS}",
    rf"się (?:nałykałam|nałykałem|nałykać|nałykam) (?:\w+ ){{0,2}}?{PILLS}",
    rf"{PILLS} (?:\w+ )?(?:się )?(?:nałykałam|nałykałem|nałykać)(?: się)?",
    r"(?:nałykałam|nałykałem) się" + END,
    rf"{SWALLOW} (?:\w+ )?{LOTS} {PILL_ADJ}{PILLS}",
    rf"{SWALLOW} (?:\w+ )?{ALL} {PILL_ADJ}{PILLS}{USUAL}",
    rf"{LOTS} {PILL_ADJ}{PILLS} (?:\w+ )?{SWALLOW}",
    r"(?:przedawkowałam|przedawkowałem|przedawkować|przedawkuję|przedawkowanie|przedawkowania"
    r"|przedawkowaniu|przedawkowałabym)(?! (?:\w+ )?(?:kaw\w*|kofein\w*|słodycz\w*|cukr\w*"
    r"|serial\w*|netflix\w*|memów|czekolad\w*|witamin\w*|słońc\w*|prac\w*))",
    r"(?:zbieram|zbierałam|zbierałem|chomikuję|odkładam|odkładałam) (?:\w+ )?(?:tabletki|leki"
    r"|prochy|pigułki)(?! (?:\w+ )?(?:na (?:wyjazd|urlop|podróż|drogę)|do (?:apteczki|torby"
    r"|kosmetyczki)))",
    rf"(?:{WANT}|chce) {FILLER}(?:się otruć|otruć się)",
    r"(?:otruję|otrułam|otrułem) się(?! (?:\w+ )?(?:jedzeniem|grzybami|rybą|sushi|kebabem|czymś"
    r"|w|tym|tą|tymi))",
    r"(?:wypić|wypiję|wypiłam|wypiłem|łyknąć|łyknę|łyknęłam) (?:\w+ )?(?:truciznę|trutkę|kreta"
    r"|wybielacz|domestos\w*|płyn do)",
    # ---- method
    rf"(?:podciąć|podetnę|podcięłam|podciąłem|przeciąć|przetnę|przecięłam|przeciąłem|pociąć|potnę"
    rf"|pocięłam|pociąłem|ciąć|tnę|cięłam) (?:sobie )?(?:żyły|żyłę|nadgarstki"
    rf"|nadgarstek){ACCIDENT}",
    r"(?:żyły|nadgarstki) (?:sobie )?(?:podciąć|podetnę|podcięłam|przeciąć|przetnę|pociąć|potnę"
    r"|ciąć|tnę)",
    r"(?:powiesić|powieszę|powiesiłabym|powiesiłbym) się(?! na (?:drążku|szyi))|się (?:powiesić"
    r"|powieszę)(?! na (?:drążku|szyi))",
    r"(?:kupiłam|kupiłem|kupię|mam|przygotowałam|przygotowałem|zawiązałam|zawiązałem) (?:\w+ )?"
    r"(?:sznur|linę|pętlę)(?: \w+){0,3}? (?:żeby się powiesić|na szyję|dla siebie)"
    r"|pętl\w* (?:na szyi|na szyję|już gotowa)",
    rf"{JUMP} {HIGH_PLACE}",
    r"(?:położyć się|położę się) (?:na torach|pod pociągiem|na torach kolejowych)",
    r"(?:stoję|siedzę|stałam|stałem|siedziałam) na (?:krawędzi|skraju) (?:dachu|mostu|urwiska"
    r"|balkonu)|(?:stoję|siedzę) na (?:parapecie|barierce mostu|dachu i chcę)",
    not_after("można", "mogłabym", "mógłbym")
    + r"(?:zastrzelić się|zastrzelę się|się zastrzelić|się zastrzelę|strzelić sobie w łeb"
    r"|strzelę sobie w łeb|palnąć sobie w łeb|palnę sobie w łeb)(?! (?:\w+ )?z nudów)",
    r"(?:utopić się|utopię się|się utopić|się utopię)(?! (?:\w+ )?(?:w pracy|w długach|w papierach"
    r"|w obowiązkach|w łzach|w kawie|w książkach|w serialach|w robocie))",
    # ---- self-harm with intent
    r"(?:tnę|tne|ciąć|pocięłam|pociąłem|pociąć|potnę|cięłam|ciąłem|kaleczę|okaleczam|okaleczyć"
    r"|okaleczyłam|okaleczyłem|krzywdzę|krzywdzić|skrzywdzić|skrzywdzę|ranię|ranić|zranić"
    rf"|zranię) się{ACCIDENT}",
    rf"się (?:znowu |znów |ciągle |dalej |znowu zaczęłam )?(?:tnę|ciąć|pocięłam|pociąłem|pociąć"
    r"|potnę|cięłam|kaleczę|okaleczam|okaleczyć"
    rf"|krzywdzę|krzywdzić|skrzywdzić|skrzywdzę|ranię|ranić){ACCIDENT}",
    rf"(?:zraniłam|zraniłem|skaleczyłam|skaleczyłem|uderzyłam|uderzyłem|przypaliłam|przypaliłem"
    rf"|poparzyłam|poparzyłem|podrapałam|biłam|biję) się(?: [\w,-]+){{0,6}}? {INTENT}",
    r"(?:specjalnie|celowo|umyślnie) (?:się )?(?:zraniłam|zraniłem|skaleczyłam|skaleczyłem"
    r"|pocięłam|pociąłem|przypaliłam|przypaliłem|poparzyłam|uderzyłam|podrapałam)(?: się)?",
    rf"(?:robię|zrobię|zrobić|robić|zrobiłam|zrobiłem) sobie (?:\w+ )?krzywdę{ACCIDENT}",
    r"(?:przypalam|przypalać|przypaliłam|przypaliłem) (?:się|sobie \w+) (?:papierosem|papierosami"
    r"|zapalniczką)",
    rf"(?:tnę|ciąć|cięłam|pocięłam|pociąłem|pociąć|potnę|rozcinam|drapię|rozdrapuję) (?:sobie )?"
    rf"(?:ręce|rękę|nadgarstki|uda|nogi|skórę|brzuch|przedramiona){ACCIDENT}",
    r"samookalecz\w*|samouszkodz\w*|samookaleczen\w*",
)

OTHER: Final = (
    rf"{THEY} {gap_pl(4)}(?:{ACTS3}{WHY_TAIL}|{AMBIGUOUS3})",
    rf"{THEY} {gap_pl(4)}(?:\w+ )?{WANTS3} (?:\w+ ){{0,2}}?(?:umrzeć|zdechnąć|zginąć|się zabić"
    r"|zabić się|odebrać sobie życie|skończyć ze sobą|popełnić samobójstwo|się powiesić"
    r"|powiesić się|podciąć sobie żyły|się otruć|przedawkować|się pociąć|zrobić sobie krzywdę"
    rf"|nie żyć|nie obudzić się|(?:skoczyć|wyskoczyć|rzucić się) {HIGH_PLACE}|samobójstw\w*)",
    rf"(?:{THEY} {gap_pl(4)})?"
    + not_after("ja")
    + rf"(?:{SAYS}),? (?:[\w-]+,? ){{0,2}}?(?:że |żeby )?(?:on |ona |oni )?{gap_pl(2)}"
    rf"(?:{ACTS3}{WHY_TAIL}|{AMBIGUOUS3}|nie ma po co {LIVE}|(?:go|jej) niedługo nie będzie"
    r"|wszystkim będzie lepiej bez (?:niego|niej|nich))",
    rf"{SAYS}[,:]? ?(?:mi)?[:«\"“„' ]{{0,4}}(?:że )?(?:chcę umrzeć|zabiję się|nie chcę żyć"
    r"|skończę ze sobą|powieszę się|się zabiję|nałykałam się tabletek|nałykałem się tabletek"
    r"|odbiorę sobie życie|coś sobie zrobię)",
    # third person without a subject: only someone else can be meant
    rf"{ACTS3}{WHY_TAIL}",
    rf"{SWALLOWED3} (?:\w+ )?(?:{LOTS}|{ALL}) {PILL_ADJ}{PILLS}",
    rf"(?:próbował|próbowała|chciał|chciała|zamierzał|zamierzała|planował|planowała|postanowił"
    rf"|postanowiła|usiłował|usiłowała|groził|groziła|grozi|zamierza) (?:\w+ ){{0,2}}?(?:się zabić"
    r"|zabić się|odebrać sobie życie|skończyć ze sobą|popełnić samobójstwo|się powiesić"
    r"|powiesić się|podciąć sobie żyły|się otruć|otruć się|przedawkować|się pociąć|umrzeć"
    rf"|(?:skoczyć|wyskoczyć|rzucić się) {HIGH_PLACE})",
    rf"(?:u |w )?{THEM} {gap_pl(4)}(?:myśli samobójcz\w*|samobójstw\w*|samookalecz\w*)",
    rf"{THEY} {gap_pl(3)}(?:stoi|siedzi|stał|stała|siedział|siedziała) na (?:krawędzi|skraju)"
    r" (?:dachu|mostu|urwiska|balkonu)",
    r"(?:znalazłam|znalazłem|znaleźli|zastałam|zastałem) (?:go|ją|ich|chłopaka|męża|żonę|brata"
    r"|siostrę|mamę|tatę|syna|córkę|przyjaciółkę|przyjaciela) (?:\w+ )?(?:nieprzytomn\w*"
    r"|z tabletkami|we krwi|w kałuży krwi|powieszon\w*|bez oddechu|z podciętymi żyłami)",
    r"(?:boję się|obawiam się|martwię się),? że (?:on|ona|oni|chłopak|mąż|żona|dziewczyna"
    r"|przyjaciółka|przyjaciel|brat|siostra|syn|córka|mama|tata) (?:\w+ )?(?:coś sobie zrobi"
    r"|zrobi sobie coś|zrobi sobie krzywdę|się zabije|zabije się|odbierze sobie życie)",
)

DESPAIR: Final = (
    r"(?:już )?nie (?:daję|dam) (?:już )?rady(?: (?:dłużej|więcej|z tym wszystkim|z niczym))?"
    + END_STOP,
    r"(?:ja )?(?:już )?nie mogę (?:już|więcej|tak dłużej|tak dalej|dłużej)" + END_STOP,
    r"(?:ja )?już nie mogę" + END_STOP,
    r"nie (?:wytrzymam|wytrzymuję|zniosę) (?:już |tego )?(?:dłużej|więcej|już)" + END_STOP,
    r"(?:mam|miałam|miałem) (?:już )?(?:dość|dosyć) (?:wszystkiego|tego wszystkiego|wszystkich"
    r"|siebie|takiego życia|walki|udawania)" + END,
    r"(?:jestem )?(?:taka |taki |bardzo |strasznie )?(?:zmęczona|zmęczony) (?:wszystkim|tym"
    r" wszystkim|walką|udawaniem|byciem silną|byciem silnym)" + END,
    r"(?:wszystko|moje życie|życie)(?: (?:jest|wydaje się|to|już))? (?:bez sensu|bezsensu"
    r"|bezsensowne|bezcelowe|beznadziejne|nie ma sensu|straciło sens)",
    r"nic (?:już )?nie ma sensu",
    r"(?:jaki|po co) (?:to )?(?:wszystko )?(?:ma )?sens" + END_STOP,
    r"po co (?:to wszystko|w ogóle|żyć|mi to życie)" + END_STOP,
    r"po co (?:ja )?(?:w ogóle )?(?:żyję|się urodziłam|się urodziłem|istnieję)" + END,
    r"(?:ja )?(?:się )?poddaję(?: się)?" + END_STOP,
    r"(?:jestem|czuję się) (?:\w+ )?(?:ciężarem|zbędna|zbędny|niepotrzebna|niepotrzebny)(?: dla"
    r" (?:wszystkich|ciebie|rodziny|was|innych))?",
    r"jestem dla (?:wszystkich|ciebie|rodziny|was|innych) (?:tylko )?ciężarem",
    r"nikomu nie jestem potrzebna|nikomu nie jestem potrzebny|nikt mnie nie potrzebuje",
    r"(?:chcę|chciałabym|chciałbym|chce) (?:po prostu |już )?(?:zniknąć|wyparować|rozpłynąć się)"
    r"(?! (?:\w+ )?(?:na (?:weekend|tydzień|urlop|parę dni|chwilę|wakacje|jakiś czas|wieczór)"
    r"|z tobą|w góry|nad morze|z radaru))",
    r"nie widzę (?:żadnego )?wyjścia" + END,
    r"nie ma (?:żadnego )?wyjścia" + END_STOP,
    r"czuję się (?:taka |taki |zupełnie |kompletnie |totalnie )?(?:bezwartościowa|bezwartościowy"
    r"|pusta w środku|pusty w środku|bezużyteczna|bezużyteczny|beznadziejnie)" + END_STOP,
    r"pustka (?:w środku|w sercu|w duszy)|czuję (?:tylko )?pustkę",
    r"nienawidzę (?:siebie|swojego życia|mojego życia|tego życia)(?! za)",
    r"(?:siebie|swojego życia) nienawidzę(?! za)",
    r"(?:tobie|wam|ci) (?:\w+ )?(?:będzie|byłoby) lepiej beze mnie|(?:będzie|byłoby) (?:ci|tobie"
    r"|wam) (?:\w+ )?lepiej beze mnie",
    r"nie chcę (?:żyć|zyc) bez (?:ciebie|niego|niej)(?!,? (?:kocham|kochanie|skarbie|misiu"
    r"|słońce|serio kocham))",
    r"nie (?:mogę|chcę) (?:już )?tak (?:dłużej |dalej )?(?:żyć|zyc)|mam dość takiego życia",
    r"jestem (?:w rozpaczy|na skraju|na granicy|w czarnej dziurze)" + END_STOP,
)

NOT_CRISIS: Final = (
    # own goals, the film, a reckless plan, prevention
    r"(?:gol\w*|bramk\w*|trafieni\w*) samobójcz\w*|samobójcz\w* (?:gol\w*|bramk\w*|trafieni\w*)",
    r"legion\w* samobójców",
    r"(?:misj\w*|akcj\w*|decyzj\w*|pomysł\w*) samobójcz\w*",
    r"(?:to|to jest|to byłoby|to by było|byłoby|to czyste|to czyste) (?:czyste |po prostu |istne )?"
    r"samobójstwo(?! dla mnie)",
    r"(?:profilaktyk|zapobiegani|prewencj)\w* (?:\w+ )?samobójstw\w*",
    r"(?:film|serial|książk[aię]|artykuł|wiadomości|reportaż|dokument|podcast|wykład|referat)"
    r" (?:\w+ ){0,2}?o (?:\w+ )?(?:samobójstw\w*|samobójc\w*)",
    r"(?:nie mam|żadnych|nie miałam) (?:żadnych )?myśli samobójczych",
    r"nie jestem (?:\w+ )?(?:samobójczynią|samobójcą)",
)

PATTERNS = LanguagePatterns(
    code="pl",
    name="Polish",
    crisis=cyr(CRISIS, VARIANTS, latin_first=True),
    other=cyr(OTHER, VARIANTS, latin_first=True),
    despair=cyr(DESPAIR, VARIANTS, latin_first=True),
    not_crisis=cyr(NOT_CRISIS, VARIANTS, latin_first=True),
)
