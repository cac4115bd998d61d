"""Danish: the writer in danger, someone else in danger, heavy despair, and the idioms that
only borrow the words.

Phrases Danish shares letter for letter with Norwegian Bokmål ("jeg vil dø", "jeg vil ikke
leve mer(e)", "selvmord", "selvskade") live here only; nb.py has the Norwegian-only forms.
The normaliser keeps ø and æ (they are letters, not accents), so `nordic()` also lets them
match the way people type them on a foreign keyboard (o/oe, ae/e/a), and å as "aa".
"""

from __future__ import annotations

from typing import Final

from bot.safety.patterns import LanguagePatterns, gap


def nordic(pattern: str) -> str:
    """ø, æ and å also typed as o/oe, ae/e/a and aa. Never put these letters inside [...]."""
    return pattern.replace("ø", "(?:ø|oe|o)").replace("æ", "(?:æ|ae|e|a)").replace("å", "(?:å|aa)")


def nordic_all(*patterns: str) -> tuple[str, ...]:
    return tuple(nordic(p) for p in patterns)


# "jeg" and its phone typos.
JEG: Final = r"(?:jeg|jg|je)"
# A word that is not the writer: "hun siger (at) hun vil dø", but not "... så jeg vil dø".
NOT_ME: Final = r"(?!(?:jeg|jg|mig|min|mit|mine|eg|meg|æ|mæ)\b)[\w'-]+"


# After "dø": the figurative and romantic uses ("dø af grin", "dø for dig", "dø gammel").
FIGURATIVE: Final = (
    r"(?! (?:af (?:grin|latter|skam|sult|kedsomhed|nysgerrighed|varme|kulde|længsel)"
    r"|av (?:latter|skam|sult|kjedsomhet|nysgjerrighet|varme)|for (?:dig|deg|jer|dere|dem|ham"
    r"|hende|henne|min|mit|mine|landet)|gammel|lykkelig|i dine arme|ung|en dag|end|enn|før|som))"
)
PILLS: Final = (
    r"(?:piller(?:ne)?|tabletter(?:ne)?|medicin(?:en)?|sovepiller|sovemedicin|smertestillende"
    r"|panodil(?:er)?|pamol|ipren|paracetamol|kodimagnyl|treo|insulin|antidepressiva"
    r"|lykkepiller|stesolid|benzo(?:er)?)"
)
LOTS: Final = (
    r"(?:alle(?: mine| de| sammen)?|en hel (?:pakke|æske|bøtte|boks|plade|flaske|glas|karton)"
    r"(?: med| af)?|hele (?:pakken|æsken|bøtten|glasset|boksen|pladen)(?: med| af)?|en masse"
    r"|mange|for mange|alt for mange|en håndfuld|\d{2,}|tyve|tredive|fyrre|halvtreds|hundrede)"
)
# Someone else: a pronoun, or a person the writer names by relation.
THEY: Final = (
    r"(?:han|hun|(?:min|mit|vores) (?:\w+ )?(?:kæreste|mand|kone|partner|ven|veninde|bror"
    r"|søster|mor|far|søn|datter|kammerat|ekskæreste|eks|roommate|bedste ven(?:inde)?|barn"
    r"|kusine|fætter|kollega|klassekammerat|svigermor|mormor|farmor|nabo)"
    r"|kæresten|manden|konen|veninden|vennen|kammeraten|mor|far)"
)
# After "skar mig": words that say it was an accident.
ACCIDENT: Final = (
    r"(?! (?:på|i (?:fingeren|tommelfingeren|hånden|foden|benet|knæet|hovedet)|ved et uheld"
    r"|ved en fejl|uheldigvis|lidt|til (?:fodbold|træning|håndbold)))"
)
# Suicide, but not the prevention line or the news words built on it.
SELVMORD: Final = (
    r"selvmord(?!s?(?:forebygg|linje|rådgivning|statistik|bomb|angreb|mission|forsker))\w*"
)
# Still the end of the thought: "jeg kan ikke mere." but not "jeg kan ikke mere kage".
END: Final = r"(?= *(?:$|[.!?…,:]| og | nu\b| lige nu| altså| seriøst| ærligt))"
MODAL: Final = (
    r"(?:vil|skal|kommer til at|har lyst til at|tænker på at|overvejer at|prøvede at|prøver at"
    r"|burde|gad godt|går ud og|har tænkt mig at)"
)

PATTERNS = LanguagePatterns(
    code="da",
    name="Danish",
    crisis=nordic_all(
        # ---- wanting to die (also Norwegian Bokmål); "hellere dø end ..." is an idiom
        rf"(?:{JEG} |(?<!\w )|og )(?:vil|ville) (?:bare |gerne |helst |så gerne |egentlig "
        r"|virkelig |helt ærligt |hellere |snart |bare så gerne )*dø" + FIGURATIVE,
        r"(?:har|fået|får) (?:så(?:dan)? |virkelig |mest |bare )?lyst til at dø" + FIGURATIVE,
        rf"{JEG} ønsker (?:bare |virkelig )?at dø" + FIGURATIVE,
        r"(?:ville |vil )?ønske (?:at )?(?:jeg|jg) (?:var|bare var) død",
        r"(?:bare|gid) (?:jeg|jg) var død",
        r"ønske (?:at )?(?:jeg|jg) aldrig var (?:blevet )?født",
        rf"{JEG} (?:vil|ville) (?:bare |gerne )?være død",
        # not wanting to live, to exist, to wake up (Danish and Bokmål spellings)
        r"(?:(?:vil|gider|orker|magter|kan) ikke|ikke (?:vil|gider|orker|magter|kan)) (?:at )?leve"
        r" (?:mere|længere|mer|lenger|lengre)",
        r"(?:har )?ikke (?:mere |længere )?lyst til at leve(?: mere| længere)?",
        r"(?:vil|gider|orker) ikke (?:at )?(?:eksistere|være i live)(?: mere| længere| mer"
        r"| lenger)?",
        r"(?:vil|ønsker|håber|beder til) (?:at )?(?:jeg|jg) ikke (?:vågner|vågne)(?! (?:før"
        r"|tidligt))",
        r"vil ikke vågne (?:op )?(?:igen|mere|i morgen)",
        r"sove (?:ind )?og aldrig vågne(?: op)?(?: igen)?",
        r"træt af at leve|træt af livet|færdig med livet|færdig med at leve",
        # killing oneself (a subject "jeg" keeps out "den her varme slår mig ihjel")
        r"slå(?:r)? mig selv ihjel",
        rf"{JEG} (?:\w+ )?{MODAL} (?:bare |snart )?(?:slå mig ihjel|tage livet af mig"
        r"|ta livet af mig)",
        rf"{JEG} (?:slår|slog) mig ihjel",
        r"(?:tage|tager|ta|ta') livet af mig selv",
        r"(?:tage|tager|ta|ta'|tog|taget) mit (?:eget )?liv",
        r"(?:gøre|gør) en ende på (?:mit liv|det hele|mig selv)",
        # suicide, said outright (films, news and "ikke selvmordstruet" are in not_crisis)
        SELVMORD,
        r"selvskad\w*",
        # self-harm with intent ("jeg skar mig på brødkniven" is not here)
        r"(?:skære|skærer|skar|skåret|cutte|cutter|cuttet|snitte|snitter|ridse|ridser) i mig selv",
        r"(?:jeg|jg) (?:er begyndt at |har |er startet med at )?(?:cutte|cutter|cuttet|cuttede)"
        r"(?: mig)?(?= *(?:$|[.!?,…]| igen| mig| i (?:mine|armene|benene|låret)| på (?:armene"
        r"|benene|låret|mine)))",
        r"(?:vil|har lyst til at|trang til at|tænker på at|behov for at|kommer til at|skal)"
        r" (?:skade|skære|brænde|slå|straffe|ridse|snitte) (?:i )?mig selv(?! (?:i|på)"
        r" (?:fingeren|hånden|foden|tommelfingeren))",
        r"(?:skader|skadet|skadede|brænder|brændte|straffer|slår|slog) mig selv"
        + ACCIDENT
        + r" (?:\w+ ){0,4}?"
        r"(?:igen|med vilje|med fuldt overlæg|hver gang|når|fordi|for at|hver aften|om natten)",
        r"(?:med vilje|med fuldt overlæg) (?:skadet|skåret|brændt|slået) (?:i )?mig selv",
        r"(?:skære|skar|skåret|skærer) (?:i )?(?:mine |min )?(?:pulsårer|pulsåre|håndled)",
        # overdose and methods
        rf"(?:tog|taget|tage|tager|slugt|slugte|sluger|spist|spiste|spiser|proppet) (?:lige |bare "
        rf"|allerede |næsten |nok )*{LOTS}(?: \w+)?? {PILLS}",
        r"(?:tog|taget|tage|tager) en overdosis",
        rf"{JEG} (?:\w+ )?{MODAL} (?:hoppe|springe) (?:ud )?(?:fra|af|ud fra|ud af|foran|ud foran"
        r"|ned fra) (?:broen|en bro|taget|toget|et tog|vinduet|altanen|tårnet|metroen|s-toget"
        r"|klinten)(?! (?:og|for at) (?:bade|svømme)|i (?:vandet|havet|søen))",
        r"(?:kaste|kaster|smide|smider) mig (?:ud )?foran (?:toget|et tog|metroen|s-toget|en bil"
        r"|bilerne|bussen|en bus|en lastbil)",
        rf"{MODAL} hænge(?:r)? mig(?: selv)?(?! (?:op|i|på|ud|fast|ved|med|lidt))",
        r"(?:købt|købe|har|fundet) (?:et )?reb (?:til at|for at|til mig selv|så jeg)",
        # nobody would miss me, nothing to live for, a farewell
        r"(?:alle|i|du|de|familien|verden) (?:ville |vil )?(?:have det|har det|være) bedre"
        r" (?:uden mig|hvis jeg var (?:væk|død|ikke her))",
        r"(?:ingen|ikke nogen) (?:ville|vil) (?:savne mig|opdage det|lægge mærke til det"
        r"|være ked af det) hvis (?:jeg|jg) (?:døde|var død|forsvandt|var væk|tog mit liv)",
        r"(?:intet|ikke noget|ingenting) (?:tilbage )?at leve for",
        r"(?:ingen|ikke nogen) (?:grund|mening) (?:til|med) at leve",
        r"(?:ikke|aldrig) værd at leve",
        r"(?:skrevet|skriver|skrev) (?:et |mit |mine )?(?:afskedsbrev|farvelbrev)",
        r"forsvinde for altid",
    ),
    other=nordic_all(
        # killing, hurting themselves: "sig selv", "sit liv"
        r"(?:slå|slår|slog|slået) sig(?: selv)? ihjel",
        r"(?:tage|tager|ta|ta'|tog|taget) (?:sit|hans|hendes|deres) (?:eget )?liv",
        r"(?:tage|tager|ta|ta'|tog|taget) livet af sig(?: selv)?",
        r"(?:skære|skærer|skar|skåret|cutte|cutter|cuttet|ridser|ridset) i sig selv",
        r"(?:skader|skadet|skadede|brænder|brændte|straffer|slår|slog) sig selv (?:\w+ ){0,4}?"
        r"(?:igen|med vilje|med fuldt overlæg|hver gang|når|fordi|for at|hver aften|om natten)",
        # someone else wants to die, threatens it, has taken pills (one pattern: one gap)
        rf"{THEY} {gap(5, NOT_ME)}(?:(?:vil|ville|har lyst til at|ønsker at|truer med at"
        rf"|truede med at"
        r"|snakker om at|taler om at|prøvede at|prøver at|forsøgte at|har forsøgt at|har prøvet at"
        r"|overvejer at|tænker på at|kommer til at|skal) (?:bare |gerne |helst |virkelig )*(?:dø"
        + FIGURATIVE
        + r"|slå sig(?: selv)? ihjel|tage sit (?:eget )?liv|tage livet af sig|begå selvmord"
        r"|skade sig selv|hoppe ud (?:fra|foran) (?:broen|taget|toget|altanen|vinduet)|ikke leve"
        r" (?:mere|længere)|være død)"
        r"|(?:(?:vil|gider|orker|har lyst til at) ikke|ikke (?:vil|gider|orker)) (?:at )?leve"
        rf" (?:mere|længere)|{SELVMORD}|selvskad\w*"
        r"|(?:har |er )?(?:tog|taget|slugt|slugte|spist|spiste) (?:lige |bare |allerede |måske )*"
        rf"(?:{LOTS}|alle (?:sine|hans|hendes))(?: \w+)?? {PILLS}"
        r"|(?:har )?(?:tog|taget) en overdos(?:is|e)"
        r"|(?:har |er )?(?:overdoseret|cutter|cuttet|cutte)(?! \w+ (?:video|film)))",
        r"(?:fandt|fundet) (?:ham|hende|dem) (?:bevidstløs|livløs|med piller|blødende)",
    ),
    despair=nordic_all(
        rf"{JEG} (?:kan|orker|magter|gider) (?:bare |virkelig |simpelthen )?ikke mere{END}",
        rf"{JEG} (?:kan|orker|magter) (?:ikke )?(?:klare|holde til|overskue) (?:det|noget)"
        rf" (?:mere|længere){END}",
        r"hvad er (?:overhovedet )?(?:meningen|pointen)(?: med (?:det hele|noget som helst|livet"
        r"|at prøve|alt det her|mig|det her liv))?(?= *(?:$|[.!?…]))",
        rf"{JEG} giver (?:bare )?op(?: på (?:det hele|livet|alt))?(?= *(?:$|[.!?…]))",
        r"(?:jeg|jg) (?:føler mig|er) (?:så |bare |helt |fuldstændig )*(?:håbløs|værdiløs"
        r"|tom indeni|til besvær for alle|en byrde|en belastning)(?! (?:til|med|i|at|når))",
        r"(?:jeg|jg) er (?:bare )?(?:en byrde|en belastning|i vejen) for (?:alle|jer|dig|ham|hende"
        r"|familien)",
        r"(?:det hele|alt|livet|mit liv) (?:er|føles|virker) (?:så |bare |helt )*(?:meningsløst"
        r"|håbløst|ligegyldigt|tomt)",
        r"(?:jeg|jg) (?:vil|har lyst til at) bare (?:forsvinde|væk fra det hele)",
        r"der er ingen vej ud",
        r"(?:jeg|jg) er så træt af (?:det hele|alting|at kæmpe|at prøve|at have det sådan)",
    ),
    not_crisis=nordic_all(
        # news, films, prevention work, and saying one is NOT suicidal
        r"(?:film|filmen|serie|serien|bog|bogen|artikel|artiklen|nyhed\w*|dokumentar\w*|podcast"
        r"|foredrag|kursus|forelæsning|afsnit|roman|sang|sangen) (?:\w+ ){0,5}?selvmord\w*",
        r"selvmords?(?:forebyggelse|forebyggende|linjen|linje|rådgivning|statistik\w*|bomb\w*"
        r"|angreb|mission)",
        r"(?:jeg|jg) (?:er|har) (?:ikke|ingen) (?:\w+ )?(?:selvmordstanker|selvmordstruet"
        r"|selvmordsfarlig)",
    ),
)
