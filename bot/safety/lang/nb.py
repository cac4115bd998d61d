"""Norwegian, Bokmål and Nynorsk (and the common dialect "æ" for "jeg"): the writer in
danger, someone else in danger, heavy despair, and the idioms that only borrow the words.

Phrases spelled exactly as in Danish ("jeg vil dø", "jeg vil ikke leve mer", "selvmord",
"selvskading") are in da.py, so they are not listed twice; this module has the Norwegian
forms (å-infinitives, meg/seg, ikkje, døy, sjølv, livet mitt). `nordic()` lets ø, æ and å
match the way they are typed without a Norwegian keyboard.
"""

from __future__ import annotations

from typing import Final

from bot.safety.lang.da import SELVMORD, nordic_all
from bot.safety.patterns import LanguagePatterns, gap

# The writer: Bokmål, Nynorsk, dialect.
JEG: Final = r"(?:jeg|jg|eg|æ|jæ|je)"
IKKE: Final = r"(?:ikke|ikkje|ikkj|itj|ike)"
# "å" before an infinitive, often typed "og" by mistake, or "a" / "aa".
AA: Final = r"(?:å|og)"
MER: Final = r"(?:mer|meir|lenger|lengre|mere)"
MEG_SELV: Final = r"meg (?:selv|sjølv|sjøl|sjæl)"
SEG_SELV: Final = r"seg (?:selv|sjølv|sjøl|sjæl)"
MODAL: Final = (
    rf"(?:vil|skal|kommer til {AA}|har lyst til {AA}|har lyst {AA}|tenker på {AA}|tenkjer på {AA}"
    rf"|vurderer {AA}|prøvde {AA}|prøver {AA}|burde|har tenkt {AA}|går ut og|planlegger {AA})"
)
FIGURATIVE: Final = (
    r"(?! (?:av (?:latter|skam|sult|kjedsomhet|kjedsemd|nysgjerrighet|varme|lengsel)"
    r"|af (?:grin|latter|skam|sult)"
    r"|for (?:deg|dykk|dere|dem|han|ho|henne|landet)|gammel|lykkelig|i armene dine|ung|en dag"
    r"|ein dag|enn|før|som))"
)
PILLS: Final = (
    r"(?:piller|pillene|pillane|tabletter|tablettene|tablettane|medisiner|medisinene|medisinane"
    r"|medisin|sovepiller|sovetabletter|sovemedisin|paracet|paralgin(?: forte)?|ibux|pinex"
    r"|smertestillende|antidepressiva|vival|sobril|imovane|insulin|lykkepiller)"
)
LOTS: Final = (
    r"(?:alle(?: mine| sammen)?|ei heil|en hel (?:boks|eske|pakke|pakning|brett|flaske|glass)"
    r"(?: med| av)?|ei heil (?:eske|pakke|flaske)(?: med| av)?|hele (?:boksen|eska|esken|pakka"
    r"|pakken|brettet|glasset)(?: med| av)?|heile (?:eska|pakka|boksen)(?: med| av)?|masse"
    r"|mange|for mange|altfor mange|ei neve|en neve|\d{2,}|tjue|tretti|førti|femti|hundre)"
)
THEY: Final = (
    r"(?:han|hun|ho|(?:min|mi|mitt) (?:\w+ )?(?:kjæreste|kjærast|samboer|sambuar|mann"
    r"|kone|venninne|venn|kompis|mor|far|bror|søster|syster|sønn|datter|dotter|partner|eks"
    r"|bestevenn|bestevenninne|kusine|fetter|kollega)|(?:kjæresten|kjærasten|samboeren"
    r"|sambuaren|mannen|kona|venninna|venninnen|vennen|kompisen|mora|moren|mamma|pappa|faren"
    r"|broren|bror|søstera|søsteren|systera|sønnen|dattera|datteren|dottera|typen|dama|eksen"
    r"|bestevenninna|bestekompisen|kusina|fetteren|kollegaen) (?:min|mi|mitt)|mamma|pappa)"
)
SAYS: Final = r"(?:sier|sa|seier|skriver|skrev|sendte|melder|truer med|trua med|snakker om)"
# Nynorsk "suicide", but not prevention work or the news words built on it (Bokmål and
# Danish "selvmord" is da.SELVMORD).
SJOLVMORD: Final = r"sjølvmord(?!s?(?:førebygg|forebygg|linje|statistikk|bomb|åtak|angrep))\w*"
# After "kuttet meg": words that say it was an accident.
ACCIDENT: Final = (
    r"(?! (?:på|i (?:fingeren|fingern|tommelen|handa|hånden|foten|leggen|kneet|hodet)"
    r"|ved et uhell|ved ein feil|ved en feil|litt|på trening))"
)
# Still the end of the thought: "jeg orker ikke mer." but not "jeg orker ikke mer pizza".
END: Final = r"(?= *(?:$|[.!?…,:]| og | nå\b| no\b| altså| ass\b| liksom))"

PATTERNS = LanguagePatterns(
    code="nb",
    name="Norwegian",
    crisis=nordic_all(
        # ---- wanting to die: Nynorsk "døy", dialect "æ/eg", "å"-infinitives
        r"(?:eg|æ|jæ) vil (?:bare |berre |gjerne |helst |heller |egentlig |faktisk"
        r" |berre så gjerne )*(?:dø|døy)" + FIGURATIVE,
        r"vil (?:bare |berre |gjerne |helst |heller )*døy" + FIGURATIVE,
        rf"(?:har|fått|får) (?:så(?:nn)? |skikkelig |veldig |bare |berre )?lyst (?:til )?{AA} "
        r"(?:dø|døy)" + FIGURATIVE,
        rf"{JEG} (?:ønsker|ønskjer) (?:bare |berre )?{AA} (?:dø|døy)" + FIGURATIVE,
        rf"(?:skulle |skal )?(?:ønske|ønskje) (?:at )?{JEG} (?:var|bare var|berre var) død",
        r"(?:eg|æ) (?:vil|ville) (?:bare |berre )?(?:være|vere) død",
        # not wanting to live, exist, wake up
        rf"(?:(?:vil|orker|gidder|gider|klarer|klarar|orkar|ønsker|ønskjer) {IKKE}|{IKKE} (?:vil"
        rf"|orker|orkar)) (?:{AA} )?(?:leve|leva) {MER}",
        rf"(?:har )?{IKKE} (?:lenger |lengre |meir |mer )?lyst (?:til )?{AA} (?:leve|leva)",
        rf"(?:orker|orkar|klarer|klarar|gidder) {IKKE} {AA} (?:leve|leva)",
        rf"vil {IKKE} (?:eksistere|vere til|være til|leve)(?: {MER})?(?= *(?:$|[.!?…,]))",
        rf"(?:håper|håpar|ønsker|ber om) (?:at )?{JEG} {IKKE} (?:våkner|vaknar)(?! (?:før|tidleg"
        r"|tidlig))",
        rf"vil {IKKE} (?:våkne|vakne) (?:opp )?(?:igjen|att|meir|mer|i morgen|i morgo)",
        r"sovne (?:inn )?og aldri (?:våkne|vakne)(?: opp)?(?: igjen| att)?",
        r"(?:lei|drittlei|dritlei|trøtt) av (?:å leve|å leva|livet|å være i live|å eksistere)",
        r"ferdig med livet|ferdig med å leve",
        # killing oneself (a subject keeps out "denne varmen dreper meg")
        rf"(?:drepe|drep|dreper|drepa|drap) {MEG_SELV}",
        rf"{JEG} (?:\w+ )?{MODAL} (?:bare |berre )?(?:drepe meg|ta livet av meg)",
        rf"{JEG} (?:tar|tek) livet av meg",
        rf"(?:ta|tar|tek|tok|tatt|teke) livet av {MEG_SELV}",
        r"(?:ta|tar|tek|tok|tatt|teke) (?:livet mitt|mitt eget liv|mitt liv)",
        r"(?:gjøre|gjere|gjør|gjer) (?:det )?slutt på (?:livet mitt|meg selv|meg sjølv|alt)",
        r"avslutte livet mitt",
        SJOLVMORD,
        r"sjølvskad\w*",
        # self-harm with intent ("jeg kuttet meg på kniven" is not here)
        rf"(?:vil|har lyst til {AA}|trang til {AA}|tenker på {AA}|behov for {AA}|må) (?:skade|kutte"
        rf"|skjære|skjere|brenne|straffe|rispe|slå) (?:i )?(?:{MEG_SELV}|meg)(?! (?:i|på)"
        r" (?:fingeren|fingeren min|handa|hånden|foten|tommelen))",
        rf"(?:kutter|kuttar|kuttet|kutta|skader|skadar|skadet|skada|brenner|brenn|brente|risper"
        rf"|rispar|rispet|rispa|skjærer"
        rf"|skjer|skar|slår|slo) (?:i )?(?:{MEG_SELV}|meg){ACCIDENT} (?:\w+ ){{0,4}}?(?:igjen|att"
        r"|med vilje|med vilje|kvar gong|hver gang|når|fordi|for å|hver kveld|om natta|om natten)",
        rf"(?:skjærer|skjer|skar|skåret|skore|kutter|kuttet|kutta) i {MEG_SELV}",
        r"(?:kutte|kutter|kuttet|kutta|skjære|skjærer|skar) (?:opp )?(?:håndleddene|håndledda"
        r"|pulsårene|pulsåra|håndleddet mitt)",
        rf"{JEG} (?:har begynt {AA} |har )?(?:kutte|kutter|kuttet|kutta|rispe|risper|rispet)"
        r" (?:meg )?(?:igjen|att)",
        # overdose and methods
        rf"(?:tok|tatt|ta|tar|tek|svelget|svelgde|svelga|spist|spiste|slukt|slukte|kjørt i meg)"
        rf" (?:bare |akkurat |allerede |nettopp |nok )*{LOTS}(?: \w+)?? {PILLS}",
        rf"{JEG} (?:\w+ )?{MODAL} (?:hoppe|hoppa|kaste meg) (?:ut )?(?:fra|foran|utfor|ned fra"
        r"|framfor) (?:brua|broen|brui|taket|toget|t-banen|trikken|vinduet|balkongen|ei bru|en bru"
        r"|fjellet|stupet|en bil|bilen|bussen)(?! (?:og|for å) (?:bade|stupe|svømme)|i (?:vannet"
        r"|sjøen|elva|vatnet))",
        r"(?:kaste|kaster|kasta) meg (?:ut )?(?:foran|framfor) (?:toget|t-banen|trikken|en bil"
        r"|bussen|en buss|en lastebil)",
        rf"{MODAL} henge meg(?: selv| sjølv)?(?! (?:opp|i|på|med|fast|ut))",
        r"(?:kjøpt|kjøpe|har|funnet) (?:et |eit )?tau (?:til å|for å|til meg selv|så jeg)",
        # nobody would miss me, nothing to live for, a farewell
        r"(?:alle|dere|dykk|du|familien|verden) (?:hadde hatt|ville hatt|har|får) det bedre"
        r" (?:uten meg|utan meg|om jeg var borte|hvis jeg var borte|om eg var borte)",
        r"(?:betre|bedre) (?:uten|utan) meg",
        rf"(?:ingen|ikkje nokon|ikke noen) (?:ville|vil|kjem til å|kommer til å) (?:savnet|savne"
        rf"|sakna|sakne) meg (?:om|hvis|viss) {JEG} (?:døde|døydde|var død|forsvant|var borte)",
        rf"(?:ingenting|ikkje noko|ikke noe|ingen ting) (?:igjen |att )?{AA} (?:leve|leva) for",
        rf"(?:ingen|ikkje nokon|ikke noen) grunn (?:til )?{AA} (?:leve|leva)",
        rf"{IKKE} (?:verdt|verd) {AA} (?:leve|leva)",
        r"(?:skrevet|skrive|skriv|skrev|skreiv|skrive) (?:et |eit |mitt )?(?:avskjedsbrev"
        r"|avskilsbrev|farvelbrev)",
        r"(?:forsvinne|borte) for (?:alltid|godt)(?! fra (?:jobben|skolen|byen))",
    ),
    other=nordic_all(
        # killing, hurting themselves: "seg selv", "livet sitt"
        rf"(?:drepe|drep|dreper|drepte|drap|drepa) (?:{SEG_SELV}|seg)",
        r"(?:ta|tar|tek|tok|tatt|teke) (?:livet sitt|sitt eget liv|sitt liv|livet hans|livet hennar"
        r"|livet hennes)",
        rf"(?:ta|tar|tek|tok|tatt|teke) livet av (?:{SEG_SELV}|seg)",
        rf"(?:skjærer|skjer|skar|skåret|kutter|kuttet|kutta|risper|rispet) i {SEG_SELV}",
        r"(?:kutter|kuttet|kutta|skader|skadet|skada|brenner|brente|risper|rispet|skjærer|slår|slo)"
        rf" (?:{SEG_SELV}|seg) (?:\w+ ){{0,4}}?(?:igjen|att|med vilje|kvar gong|hver gang|når"
        r"|fordi|for å|hver kveld|om natta|om natten)",
        # someone else wants to die, threatens it, has taken pills (one pattern: one gap)
        rf"{THEY} {gap(5)}(?:(?:vil|ville|har lyst til {AA}|ønsker {AA}|ønskjer {AA}|truer med {AA}"
        rf"|trua med {AA}|snakker om {AA}|snakkar om {AA}|prøvde {AA}|prøvd {AA}|har prøvd {AA}"
        rf"|forsøkte {AA}|har forsøkt {AA}|kommer til {AA}|kjem til {AA}|skal|tenker på {AA}) "
        r"(?:bare |berre |gjerne |helst )*(?:dø|døy)"
        + FIGURATIVE
        + r"|(?:(?:vil|ville|har lyst til å|ønsker å|truer med å|trua med å|snakker om å|prøvde å"
        r"|prøvd å|har prøvd å|forsøkte å|kommer til å|kjem til å|skal|tenker på å) (?:bare "
        r"|berre )?"
        r"(?:ta livet sitt|ta sitt eget liv|ta livet av seg|drepe seg|skade seg|hoppe (?:fra|foran"
        rf"|utfor) (?:brua|broen|taket|toget|t-banen)|henge seg|begå selvmord|begå sjølvmord"
        rf"|{IKKE} leve {MER}|gjøre slutt på livet sitt))"
        rf"|(?:(?:vil|orker|gidder) {IKKE}|{IKKE} (?:vil|orker)) (?:{AA} )?(?:leve|leva) {MER}"
        rf"|{SELVMORD}|{SJOLVMORD}|selvskad\w*|sjølvskad\w*"
        r"|(?:har |hadde )?(?:tok|tatt|svelget|svelgde|svelga|spist|spiste|slukt|slukte) (?:bare "
        rf"|akkurat |allerede |nettopp |kanskje )*(?:{LOTS}|alle (?:sine|pillene sine))(?: \w+)??"
        rf" {PILLS}|(?:har |hadde )?(?:tok|tatt|teke) (?:en |ei )?overdose"
        r"|(?:har |hadde )?(?:kutter|kuttet|kutta|risper|rispet) seg)",
        r"(?:fant|funne|funnet) (?:han|henne|ho|dei|dem) (?:bevisstløs|medvitslaus|livløs"
        r"|med piller|blødende)",
    ),
    despair=nordic_all(
        rf"{JEG} (?:orker|orkar|klarer|klarar|kan|gidder|gider|makter) (?:bare |berre |virkelig"
        rf" |rett og slett )?{IKKE} (?:mer|meir){END}",
        rf"{JEG} (?:orker|orkar|klarer|klarar) {IKKE} (?:dette|det her|noe|noko|livet) (?:mer|meir"
        rf"|lenger){END}",
        r"(?:hva|kva|ka) er (?:egentlig |eigentleg )?(?:vitsen|poenget|meininga|meningen)(?: med"
        r" (?:alt|alt sammen|alt saman|livet|noe|noko|å prøve|dette|meg))?(?= *(?:$|[.!?…]))",
        rf"{JEG} gir (?:bare |berre )?opp(?: alt| livet)?(?= *(?:$|[.!?…]))",
        rf"{JEG} (?:føler meg|kjenner meg|er) (?:så |bare |berre |heilt |helt |fullstendig )*"
        r"(?:håpløs|verdiløs|verdilaus|tom inni meg|ei byrde|en byrde|ein byrde|ei belastning"
        r"|en belastning)(?! (?:til|med|i|på|når))",
        rf"{JEG} er (?:bare |berre )?(?:ei|en|ein) (?:byrde|belastning) for (?:alle|dere|dykk|deg"
        r"|han|henne|familien)",
        r"(?:alt|livet|livet mitt) (?:er|føles|kjennes|virker) (?:så |bare |berre |heilt |helt )*"
        r"(?:meningsløst|meiningslaust|håpløst|meiningslaus|tomt)",
        rf"{JEG} (?:vil|har lyst til {AA}) (?:bare|berre) (?:forsvinne|bort fra alt)",
        r"det (?:er|finst|fins|finnes|finns) ingen (?:vei|veg) ut",
        rf"{JEG} er så (?:lei|sliten|drittlei) av (?:alt|alt sammen|alt saman|{AA} kjempe"
        rf"|{AA} prøve)",
    ),
    not_crisis=nordic_all(
        # news, films, prevention work, and saying one is NOT suicidal
        r"(?:film|filmen|serie|serien|boka|boken|bok|artikkel|artikkelen|nyhetene|nyheitene"
        r"|dokumentar|dokumentaren|podkast|podcast|foredrag|kurs|kurset|sang|sangen|låta)"
        r" (?:\w+ ){0,5}?(?:selvmord|sjølvmord)\w*",
        r"(?:selvmords?|sjølvmords?)(?:forebygging|førebygging|linje|linjen|statistikk\w*|bomb\w*"
        r"|angrep|åtak|forsk\w*)",
        rf"{JEG} (?:er|har) {IKKE} (?:\w+ )?(?:selvmordstanker|sjølvmordstankar|suicidal)",
    ),
)
