"""Dutch (Netherlands and Flanders): the writer in danger, someone else in danger, heavy
despair, and the idioms that only borrow the words ("zich dood lachen", "ik ga dood van de
honger", "doodmoe")."""

from __future__ import annotations

from typing import Final

from bot.safety.patterns import NEGATIONS, LanguagePatterns, gap, not_after, unnegated

# Laughter right after "kan niet meer" means the writer is laughing.
LAUGH: Final = r"(?:😂|🤣|😹|😆|😅|xd|haha\w*|hihi\w*|lol|van het lachen|hahah\w*)"
# End of a clause: end of message, punctuation or an emoji (not a comma, not laughter).
END: Final = rf"(?!\s*{LAUGH})(?=\s*(?:$|[^\w\s,]))"
NOT_NEG: Final = not_after(*NEGATIONS, "nooit ", "geen ", "niemand ", "wie ")


ME: Final = r"(?:mezelf|mijzelf|me|mij|m'n eigen)"
# After "dood": dying of laughter / hunger / shame is not a wish to die.
FIGURATIVE: Final = (
    r"(?! (?:van (?:de |het )?(?:honger|lachen|schaamte|verveling|hitte|warmte|kou|dorst"
    r"|nieuwsgierigheid|spanning|zenuwen|moeheid|vermoeidheid|heimwee|verlangen)|voor (?:jou"
    r"|je|een|die|dat|pizza|chocola)|in je armen|met jou|naast jou|oud|gelukkig)(?!\w))"
)
PILLS: Final = (
    r"(?:pillen|pilletjes|tabletten|medicijnen|medicatie|slaappillen|slaaptabletten|paracetamol"
    r"|paracetamols|ibuprofen|oxazepam|diazepam|temazepam|lorazepam|xanax|antidepressiva"
    r"|pijnstillers|kalmeringsmiddelen|tramadol|oxycodon|oxycontin|insuline|lithium|quetiapine"
    r"|seroquel|sertraline|citalopram|oxazepammetjes|benzos|pammetjes|zolpidem|morfine)"
)
# How many: "al mijn", "een hele strip", "te veel", "30"...
LOTS: Final = (
    r"(?:al (?:mijn|m'n|de|die|mn|haar|zijn|z'n|hun)|alle|een (?:doos|doosje|strip|pot|potje|pak"
    r"|fles)(?: met| vol)?|(?:een|de|m'n|mijn) hele (?:strip|strips"
    r"|doos|doosje|pot"
    r"|potje|pak|verpakking|voorraad|fles)(?: met| vol)?|(?:twee|drie|een paar|meerdere)"
    r" (?:strips|doosjes|doosjes met)|(?:veel |veels |echt )?te ?veel|een handvol|een hoop"
    r"|heel veel|[0-9]{2,}|twintig|dertig|veertig|vijftig|honderd)"
)
# Right after the pills, within a few words: the usual dose.
USUAL_DOSE: Final = (
    r"(?!(?: \w+){0,3}? (?:vanochtend|vanmorgen|vanavond|zoals (?:altijd|voorgeschreven"
    r"|elke dag|afgesproken)|voor vandaag|voor de week|netjes|op tijd|van de dokter|ingepakt"
    r"|bij me|opgehaald|gekocht|besteld|meegenomen|weggegooid|in de kast)(?!\w))"
)
TAKEN: Final = (
    r"(?:ingenomen|genomen|geslikt|opgegeten|naar binnen gewerkt|achterover geslagen"
    r"|ingeslikt)"
)
TAKE: Final = r"(?:neem|slik|heb|ga|wil|zal|nam|slikte|nu)"
JUMP_PLACE: Final = (
    r"(?:van (?:de|een|het) (?:brug|flat|dak|balkon|toren|parkeergarage|viaduct|klif|rots"
    r"|flatgebouw|hoogbouw)|voor (?:de|een) (?:trein|metro|tram|bus|auto|vrachtwagen"
    r"|vrachtauto)|uit het raam|onder (?:de|een) (?:trein|tram|metro|bus|auto))"
)
JUMP_VERB: Final = (
    r"(?:springen|te springen|gooien|te gooien|werpen|liggen|gaan liggen|lopen|te lopen"
    r"|gesprongen|gegooid|spring|gooi|werp)"
)
INTENT: Final = (
    r"(?:expres|met opzet|bewust|express|opzettelijk|weer|opnieuw|alweer|elke dag|elke avond"
    r"|elke nacht|iedere keer|elke keer als|als hij|als zij|als ze|wanneer)"
)
# Signs of an accident near "mezelf gesneden": met een mes tijdens het koken...
NO_ACCIDENT: Final = r"(?!(?:bij|aan|met|tijdens|in|per ongeluk|onbedoeld|per ongeluk)(?!\w))"
# Right after "gesneden": how it happened by accident (aan een blikje, bij het koken).
ACCIDENT_AFTER: Final = (
    r"(?! (?:aan (?:een|het|de|m'n|mijn)|bij (?:het|de)|tijdens|per ongeluk|in (?:m'n|mijn)"
    r" (?:vinger|duim|hand)|met (?:een|het|de) (?:mes|broodmes|blikje|papier|schaar))(?!\w))"
)
# Someone else: a pronoun, or a person named by relation ("mijn vriend", "m'n moeder").
THEY: Final = (
    r"(?:hij|zij|ze|(?:mijn|m'n|mn|onze|ons) (?:\w+ )?(?:vriend|vriendin|vriendje|vriendinnetje"
    r"|partner|man|vrouw|echtgenoot|echtgenote|verloofde|broer|broertje|zus|zusje|moeder|mama"
    r"|mam|vader|papa|pap|zoon|dochter|maat|beste vriend|beste vriendin|ex|huisgenoot"
    r"|huisgenote|neef|nicht|collega|schat|lief|kind|oma|opa|buurman|buurvrouw|baas|oom|tante"
    r"|leerling|vriendje|meisje|jongen|liefje|bestie))"
)
# Up to N words that are not "ik", "me", "mij", "mijn".
NOT_ME: Final = r"(?!(?:ik|me|mij|mijn|m'n|mezelf|wij|we|ons)(?!\w))[\w'-]+"


PATTERNS = LanguagePatterns(
    code="nl",
    name="Dutch",
    crisis=(
        # ---- killing oneself
        r"zelfmoord\w*|zelfdoding\w*",
        rf"{ME} (?:\w+ )?(?:van kant|om het leven|van het leven) (?:te )?(?:maken|brengen"
        r"|beroven)",
        rf"{ME} (?:te )?(?:doden|ombrengen|ophangen|verhangen|doodmaken|om zeep helpen)",
        r"(?:ik )?(?:hang|verhang) me(?:zelf)? op(?!\w)",
        r"(?:mezelf|mijzelf|mij zelf) (?:\w+ )?(?:iets|wat) (?:aan (?:te )?doen|aandoen)"
        r"|(?:ik )?doe (?:mezelf|mijzelf|mij zelf) (?:iets|wat) aan(?!\w)"
        r"|ik (?:ga|wil|zal) (?:mij|me) (?:iets|wat) aan(?:doen)?(?!\w)",
        r"(?:een )?eind(?:e)? (?:aan|maken aan) (?:mijn|m'n|mn) (?:eigen )?leven"
        r"|(?:mijn|m'n) leven (?:te )?beeindigen",
        r"ik (?:ga|wil|zal|ga gewoon|wil gewoon) er (?:een )?eind(?:e)? aan maken"
        r"|ik maak er (?:een )?eind(?:e)? aan",
        # ---- wanting to die, not to live, not to wake up
        unnegated(r"(?:ik )?(?:wil|wou|zou willen) ", NOT_NEG)
        + r"(?:gewoon |echt |liever |alleen maar "
        r"|nu |het "
        rf"liefst |graag )*(?:dood(?: ?gaan)?|sterven|niet meer leven|er niet meer zijn"
        rf"|niet meer bestaan|dood zijn){FIGURATIVE}",
        rf"(?:dat|als) ik (?:\w+ ){{0,2}}?(?:dood|sterven|niet meer leven) (?:wil|wou)"
        rf"{FIGURATIVE}",
        r"(?:was ik maar|ik wou dat ik|ik wilde dat ik|ik wens dat ik) (?:dood|nooit geboren)"
        r"(?: was| ben)?",
        r"(?:ik )?(?:wil|hoop|wou) (?:dat ik )?(?:niet meer|nooit meer) wakker (?:worden|word)",
        r"(?:in)?slapen en (?:niet|nooit) meer wakker (?:worden|word)",
        r"(?:geen|niks om|niets om) (?:enkele )?(?:reden|zin) (?:meer )?om (?:te|voor te) leven"
        r"|niets (?:meer )?om voor te leven",
        r"(?:ik ben|ben) het leven (?:zat|moe)|levensmoe\w*|moe van het leven",
        r"(?:iedereen|jullie|ze|hij|zij|de wereld|mijn familie) (?:is|zijn|zou|zouden|zal|zullen)"
        r" (?:\w+ )?(?:beter af|beter) zonder (?:mij|me)",
        r"beter (?:af )?zonder mij(?! (?:spelen|werken|op het feest))",
        r"niemand (?:zou|zal) (?:me|mij|het) (?:missen|merken|opvallen)(?:,)?(?: \w+){0,2}?"
        r" (?:als|wanneer) ik (?:dood|weg|er niet meer) (?:was|ben|zou zijn)",
        r"niemand (?:zou|zal) (?:me|mij) (?:\w+ )?missen",
        r"afscheidsbrief|(?:dit is|dit wordt) (?:mijn|m'n) laatste bericht",
        r"(?:denk|dacht) (?:\w+ ){0,2}?(?:aan de dood|aan doodgaan|aan sterven|erover na om "
        r"(?:mezelf|me) (?:van kant|te doden|iets aan te doen))",
        # ---- overdose and method
        rf"{LOTS}(?: \w+){{0,2}}? {PILLS}{USUAL_DOSE}(?: \w+){{0,3}}? {TAKEN}",
        rf"(?:ik )?{TAKE} (?:nu |net |zo |gewoon |allemaal |al )*{LOTS}(?: \w+){{0,2}}? {PILLS}"
        rf"{USUAL_DOSE}(?: (?:in|innemen|slikken|nemen))?(?=\s*(?:$|[^\w\s]| in| innemen"
        r"| slikken| nemen| op| geslikt| genomen| ingenomen))",
        rf"(?:ik )?(?:heb|had) (?:\w+ ){{0,2}}?{PILLS} (?:geslikt|ingeslikt)",
        r"overdosis(?! (?:aan |van )?(?:suiker|koffie|liefde|series|werk|zon|chocola|memes))",
        rf"(?:ik )?(?:spring|gooi me|gooi mezelf|werp me|ga) (?:\w+ ){{0,2}}?{JUMP_PLACE}",
        rf"{JUMP_PLACE} (?:\w+ )?{JUMP_VERB}",
        r"(?:mijn|m'n) (?:polsen|pols|aders) (?:\w+ )?(?:doorsnijden|door te snijden"
        r"|doorgesneden|opensnijden|open te snijden)",
        r"(?:strop|touw) (?:\w+ ){0,3}?(?:gekocht|klaar|klaargelegd|geknoopt)",
        # ---- self-harm with intent
        r"(?:ik )?(?:kras|kraste|krassen) (?:weer|mezelf|me|opnieuw|elke)"
        r"|(?:weer|opnieuw|ben) (?:gaan |begonnen met )?krassen|(?:heb|ben) (?:weer )?gekrast",
        rf"{ME} (?:{NO_ACCIDENT}\w+ ){{0,2}}?{INTENT} (?:{NO_ACCIDENT}\w+ ){{0,2}}?(?:gesneden"
        rf"|verwond|bezeerd|pijn gedaan|gebrand|gekrast|beschadigd){ACCIDENT_AFTER}",
        rf"(?:snij|snijd|verwond|beschadig|brand) (?:mezelf|me) (?:\w+ ){{0,2}}?{INTENT}",
        unnegated(r"(?:wil|drang om|behoefte om|zin om) ", NOT_NEG)
        + rf"{ME} (?:(?!niet)\w+ ){{0,2}}?(?:te"
        r" )?"
        r"(?:snijden|verwonden|pijn (?:te )?doen|beschadigen|krassen)",
        r"zelfbeschadig\w*|zelfverwond\w*|automutilatie",
    ),
    other=(
        # ---- someone else wants to kill themselves / die
        r"(?:zich|zichzelf) (?:\w+ ){0,3}?(?:van kant|om het leven|van het leven) (?:\w+ )?"
        r"(?:te )?(?:maken|brengen|beroven|gemaakt|gebracht)",
        r"(?:zich|zichzelf) (?:\w+ ){0,3}?(?:(?:iets|wat) (?:aan (?:te )?doen|aandoen|aangedaan)"
        r"|(?:te )?(?:doden|ophangen|opgehangen|verhangen))",
        rf"(?:zich|zichzelf) (?:{NO_ACCIDENT}\w+ ){{0,2}}?{INTENT} (?:{NO_ACCIDENT}\w+ ){{0,2}}?"
        rf"(?:gesneden|snijden|gekrast|krassen|verwond|pijn gedaan|beschadigd){ACCIDENT_AFTER}",
        rf"zichzelf (?:\w+ )?(?:gesneden|gekrast|snijdt|krast|beschadigd){ACCIDENT_AFTER}",
        r"(?:snijdt|kerft|krast|beschadigt|verwondt) zich(?:zelf)?(?! (?:aan|bij|met"
        r"|tijdens)(?!\w))"
        r"|(?:hangt|verhangt) zich(?:zelf)? op|krast (?:zichzelf|zich|weer)|doet zichzelf (?:iets"
        r"|wat|pijn) aan",
        rf"{THEY} {gap(4, NOT_ME)}(?:wil|wilde|wou) (?:gewoon |echt |liever )*(?:dood(?: ?gaan)?"
        rf"|sterven"
        rf"|niet meer leven|er niet meer zijn|er een eind(?:e)? aan maken){FIGURATIVE}",
        rf"(?:dat|als) (?:hij|zij|ze) {gap(2, NOT_ME)}(?:dood|sterven|niet meer leven) (?:wil|wou)"
        rf"{FIGURATIVE}",
        rf"{THEY} {gap(4, NOT_ME)}(?:wil|dreigt|wilde|gaat|probeerde) (?:\w+ ){{0,2}}?{JUMP_PLACE}"
        rf"(?: (?:\w+ )?{JUMP_VERB})?",
        rf"{THEY} {gap(4, NOT_ME)}(?:heeft|had) (?:een )?(?:zelfmoordpoging|poging tot zelfmoord"
        r"|suicidepoging|overdosis)\w*",
        rf"{THEY} {gap(4, NOT_ME)}(?:wil|dreigt|denkt aan|praat over|heeft het over) (?:\w+ )?"
        r"(?:zelfmoord|suicide)\w*",
        # ---- overdose
        rf"{THEY} {gap(3, NOT_ME)}(?:heeft|had) (?:\w+ ){{0,2}}?{PILLS} (?:geslikt|ingeslikt)",
        rf"{THEY} {gap(3, NOT_ME)}(?:heeft|had) (?:\w+ ){{0,2}}?{LOTS}(?: \w+){{0,2}}? {PILLS}"
        rf"(?: \w+){{0,3}}? {TAKEN}",
        r"(?:ik )?(?:heb|vond) (?:hem|haar) (?:bewusteloos|buiten bewustzijn|met pillen"
        r"|bloedend) (?:gevonden|aangetroffen)",
    ),
    despair=(
        rf"ik kan (?:gewoon |echt |het gewoon |het echt |het )?niet meer{END}",
        r"(?:ik )?(?:trek|houd|hou) het (?:gewoon |echt )?niet meer(?: vol| uit)?" + END,
        r"(?:ik )?kan het (?:allemaal )?niet meer aan",
        r"(?:ik )?geef het op" + END,
        r"(?:het|alles|mijn leven) heeft (?:allemaal |echt )?geen zin(?: meer(?!\w)|" + END + r")"
        r"|wat heeft het (?:nog )?voor zin",
        r"(?:ik ben|ben) (?:alleen maar |gewoon |maar )?een (?:last|blok aan het been)"
        r"(?: voor (?:iedereen|jou|jullie|mijn familie))?" + r"(?!\w)",
        r"(?:ik )?voel me (?:zo |heel |helemaal |echt )?(?:leeg|hopeloos)(?! na(?!\w))",
        r"(?:ik )?zie (?:geen|echt geen) uitweg(?: meer)?|er is geen uitweg",
        unnegated(r"(?:ik )?wil ", NOT_NEG)
        + r"(?:gewoon |alleen maar )?verdwijnen(?! (?:onder|in|naar|uit)"
        r"(?!\w))",
        r"(?:ik )?zie het (?:echt |allemaal )?niet meer zitten",
        r"(?:ik ben|ben) alles (?:zo )?zat",
    ),
    not_crisis=(
        r"zelfmoord(?:aanslag|aanslagen|terrorist\w*|commando|missie|actie)\w*",
        r"(?:week|dag) (?:van de |tegen )?zelfmoordpreventie|zelfmoordpreventie",
    ),
)
