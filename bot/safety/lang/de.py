"""German (Germany, Austria, Switzerland): the writer in danger, someone else in danger, heavy
despair, and the idioms that only borrow the words ("sich totlachen", "ich sterbe vor
Hunger", "der Stau bringt mich um").

Accents are folded away (ü -> u); the "ue/oe/ae" spellings people type without umlauts are
written out where they matter (möchte: "mochte|moechte")."""

from __future__ import annotations

from typing import Final

from bot.safety.patterns import NEGATIONS, LanguagePatterns, gap, not_after, unnegated

MOCHTE: Final = r"m(?:o|oe)chte"
WURDE: Final = r"w(?:u|ue)rde"
WARE: Final = r"w(?:a|ae)re"
WAREN: Final = r"w(?:a|ae)ren"
WUNSCHTE: Final = r"w(?:u|ue)nschte?"
# Laughter right after "kann nicht mehr" means the writer is laughing.
LAUGH: Final = r"(?:😂|🤣|😹|😆|😅|xd|haha\w*|hihi\w*|hehe\w*|lol|vor lachen|rofl)"
# End of a clause: end of message, punctuation or an emoji (not a comma, not laughter).
END: Final = rf"(?!\s*{LAUGH})(?=\s*(?:$|[^\w\s,]))"
NOT_NEG: Final = not_after(*NEGATIONS, "nie ", "keinesfalls ")


# Words that may stand between "will" and "sterben": einfach, nur, noch, lieber...
SOFT: Final = (
    r"(?:(?:einfach|nur|noch|lieber|jetzt|endlich|echt|wirklich|so|am liebsten|gerade|heute"
    r"|sofort|gleich|halt|eigentlich|manchmal|oft|immer|nur noch|ehrlich|grad|bald|auch) ){0,4}"
)
# "will / möchte / würde gern / wünschte" (first person; "ich" may be dropped).
WANT: Final = (
    rf"(?:will|wil|{MOCHTE}|{WURDE} (?:gerne?|lieber|am liebsten|so gerne?)|{WUNSCHTE} mir"
    r"|wollte)"
)
# After "bring mich um": a time ("bring mich um 8 nach Hause") or "um den Schlaf".
NOT_TIME: Final = (
    r"(?! (?:\d|halb|viertel|den|die|das|meinen|meine|acht|neun|zehn|elf|zwolf|mitternacht"
    r"|sieben|sechs|funf|vier|drei|zwei|eins)(?!\w))"
)
# After "sterben": dying of laughter / hunger / for an ice cream is not a wish to die.
FIGURATIVE: Final = (
    r"(?! (?:vor (?:lachen|hunger|scham|langeweile|neugier|sehnsucht|durst|hitze|kalte|angst"
    r"|mudigkeit|peinlichkeit|freude|gluck|aufregung|liebe|vorfreude)|fur (?:dich|ein|eine"
    r"|einen|pizza|schokolade|sushi)|in deinen armen|mit dir|neben dir|alt|glucklich)(?!\w))"
)
PILLS: Final = (
    r"(?:tabletten|pillen|schlaftabletten|schmerztabletten|schmerzmittel|medikamente|tabs"
    r"|ibuprofen|ibus|paracetamol|aspirin|diazepam|tavor|lorazepam|valium|xanax|tramadol|tilidin"
    r"|oxycodon|antidepressiva|beruhigungsmittel|benzos|zopiclon|zolpidem|insulin|lithium"
    r"|quetiapin|seroquel|amitriptylin|citalopram|sertralin|mirtazapin|novalgin|metamizol"
    r"|schlafmittel|kapseln|psychopharmaka|opiate|morphin|fentanyl)"
)
# How many: "alle meine", "eine ganze Packung", "zu viele", "30"...
LOTS: Final = (
    r"(?:alle(?: meine| meiner| die| diese| meinen)?|(?:die|eine|ne|'ne) ganze(?:n)? (?:packung"
    r"|schachtel|dose|blister|flasche|box|vorrat|handvoll|reihe)(?: (?:von|mit|an))?"
    r"|(?:zwei|drei|mehrere|paar) (?:packungen|schachteln|blister)(?: (?:von|mit))?"
    r"|(?:viel |viel viel |echt |viel zu |)zu viele|ganz viele|(?:eine )?handvoll|einen haufen"
    r"|massenweise|unmengen(?: an)?|[0-9]{2,}|zwanzig|dreissig|vierzig|funfzig|hundert)"
)
# Right after the pills, within a few words: the usual dose.
USUAL_DOSE: Final = (
    r"(?!(?: \w+){0,3}? (?:heute (?:morgen|fruh|abend|mittag)|wie (?:verschrieben|immer"
    r"|jeden tag|besprochen|verordnet)|fur heute|fur die woche|morgens|abends|brav|punktlich"
    r"|vom arzt|eingepackt|dabei|gekauft|abgeholt|bestellt|mitgenommen|weggeworfen)(?!\w))"
)
TAKEN: Final = (
    r"(?:genommen|geschluckt|eingeworfen|eingenommen|reingehauen|reingeworfen|gefressen"
    r"|nehmen|schlucken|einwerfen|einnehmen|runtergeschluckt)"
)
TAKE: Final = (
    r"(?:nehme|nehm|schlucke|schluck|werfe|werf|hab|habe|hatte|werde|werd|will|nahm|schluckte)"
)
# Where people jump from, or in front of.
JUMP_PLACE: Final = (
    r"(?:von (?:der|einer|dem|einem|ner) (?:brucke|klippe|autobahnbrucke|dach|hochhaus|balkon"
    r"|parkhaus|aussichtsplattform)|vom (?:dach|balkon|hochhaus|parkhaus"
    r"|fernsehturm|kirchturm)|aus dem (?:fenster|\d+\. stock|zehnten stock|obersten stock)"
    r"|vor (?:den|einen|die|eine|ein|das|nen|ne) (?:zug|bahn|u-bahn|s-bahn|auto|lkw|bus|laster"
    r"|strassenbahn|tram|ice|regionalbahn))"
)
JUMP_VERB: Final = (
    r"(?:springen|werfen|sturzen|schmeissen|hupfen|legen|laufen|springe|spring|gesprungen"
    r"|geworfen|gesturzt)"
)
# Signs of an accident between "mich" and "geschnitten": beim Kochen, am Papier...
NO_ACCIDENT: Final = (
    r"(?!(?:beim|bei|am|an|im|in|mit dem messer|aus versehen|versehentlich|unabsichtlich|total"
    r"|voll|gefuhlt)(?!\w))"
)
INTENT: Final = (
    r"(?:absichtlich|mit absicht|extra|bewusst|schon wieder|wieder|erneut|jeden tag|jede nacht"
    r"|jeden abend|jedes mal|immer wenn|heute wieder|gestern wieder|selbst|selber)"
)
HURT_DONE: Final = (
    r"(?:geritzt|geschnitten|verletzt|verbrannt|geschlagen|weh getan|wehgetan|aufgeschnitten"
    r"|aufgekratzt|blutig gekratzt)"
)
# Someone else: a pronoun, or a person named by relation ("mein Freund", "meine Mama").
THEY: Final = (
    r"(?:er|sie|(?:mein|meine|meinem|meiner|unser|unsere|der|die) (?:\w+ )?(?:freund|freundin"
    r"|partner|partnerin|mann|frau|ehemann|ehefrau|verlobter|verlobte|bruder|schwester|mutter"
    r"|mama|mutti|vater|papa|sohn|tochter|kumpel|beste freundin|bester freund|ex|mitbewohner"
    r"|mitbewohnerin|cousin|cousine|kollege|kollegin|schatz|liebling|kind|oma|opa|nachbar"
    r"|nachbarin|chef|chefin|onkel|tante|schuler|schulerin|typ|kleine|kleiner|bff|bestie))"
)
# Up to N words that are not "ich", "mich", "mir", "mein": "sie (hat geschrieben dass sie)".
NOT_ME: Final = r"(?!(?:ich|mich|mir|mein|meine|wir|uns)(?!\w))[\w'-]+"


PATTERNS = LanguagePatterns(
    code="de",
    name="German",
    crisis=(
        # ---- killing oneself
        r"selbstmord\w*",
        r"freitod\w*",
        r"mich (?:(?:selbst|einfach|nur|endlich|jetzt|heute|noch|lieber|gleich|sofort|echt) ){0,3}"
        r"(?:umbringen|umzubringen|zu toten"
        r"|toten|t(?:o|oe)ten|erhangen|aufhangen|aufzuhangen|erschiessen|erschiesse|abknallen)",
        rf"(?:ich (?:\w+ ){{0,2}}?(?:bring|bringe) mich|(?:bring|bringe) ich mich) (?:\w+ ){{0,2}}?"
        rf"um(?!\w){NOT_TIME}",
        r"ich kill mich(?! (?:vor lachen|weg|halb))(?!\w)",
        # Swiss and Austrian German: "ich wott sterbe", "i wü sterbn"
        r"(?:ich|i) (?:wott|wotti|wui|wu|will) (?:(?:eifach|einfach|nur|nume|numme|nu) )?"
        r"(?:sterbe|sterbn|starbe|sterba)(?!\w)",
        r"(?:hang|hange|erhang|erhange) mich(?: (?!an|daran|daruber)\w+){0,3}? auf(?!\w)",
        r"mir (?:selbst )?das leben (?:zu )?nehmen|nehm(?:e)? mir (?:selbst )?das leben",
        r"(?:meinem leben|allem) ein ende (?:zu )?(?:setzen|machen|bereiten)"
        r"|setz(?:e)? (?:meinem leben|allem) ein ende",
        r"mein leben (?:zu )?beenden|(?:mit|mit meinem) leben schluss (?:zu )?machen"
        r"|mit allem schluss (?:zu )?machen|mach(?:e)? (?:mit allem|mit meinem leben) schluss"
        r"|schluss (?:zu )?machen mit (?:allem|meinem leben|dem leben)",
        r"(?:ich )?(?:tu|tue|tun) mir (?:was|etwas|noch was|noch etwas|bald was) an(?!\w)"
        r"|mir (?:was|etwas) anzutun|mir (?:was|etwas) antun",
        r"(?:geb|gebe|geben) mir (?:jetzt |bald |heute |einfach )?(?:die|ne|eine) kugel"
        r"|mir eine kugel (?:in den kopf )?(?:jagen|geben)",
        r"(?:nehm|nehme) mir (?:einen|nen|'nen|n) strick|(?:strick|seil) (?:\w+ ){0,3}?"
        r"(?:gekauft|besorgt|bereit|vorbereitet|geknupft|geknotet)",
        # ---- wanting to die, not to live, not to wake up
        unnegated(rf"{WANT} ", NOT_NEG)
        + rf"(?:ich )?{SOFT}(?:sterben|tot sein|nicht mehr (?:weiter)?leben"
        r"|nicht mehr"
        rf" existieren|nicht mehr da sein|fur immer weg sein){FIGURATIVE}(?! ohne)",
        rf"ich (?:\w+ ){{0,3}}?(?:sterben|tot sein|nicht mehr leben) (?:will|wil|{MOCHTE}"
        rf"|{WURDE}){FIGURATIVE}",
        rf"{WARE} (?:ich )?(?:doch |einfach |so )?(?:lieber|am liebsten|besser) tot"
        rf"|(?:am liebsten|lieber) {WARE} ich (?:\w+ )?tot",
        rf"(?:besser|schoner|leichter|einfacher),? (?:\w+ )?(?:wenn|wann) ich (?:tot|nicht mehr da"
        rf"|nicht mehr am leben|weg) {WARE}",
        rf"{WUNSCHTE},? (?:ich )?{WARE} (?:einfach )?(?:tot|nie geboren|nicht geboren"
        r"|nicht mehr da)",
        rf"(?:will|{MOCHTE}|kann|{WUNSCHTE} mir) (?:einfach )?nicht mehr leben(?! ohne)",
        r"(?:keine lust|keinen bock|kein bock|keine kraft) mehr (?:zu|auf|aufs|zum) leben",
        r"(?:ich bin|bin|ich fuhle mich|fuhle mich|fuhl mich|fuehle mich) (?:\w+ )?lebensmu(?:e)?de"
        r"|lebensmu(?:e)?de gedanken",
        r"keinen? (?:grund|sinn) (?:mehr )?(?:zu|zum) leben|nichts (?:mehr )?wofur (?:es sich )?"
        r"(?:zu )?leben",
        rf"(?:will|{MOCHTE}|hoffe|{WUNSCHTE} mir|{WURDE} gern) (?:ich )?(?:\w+ )?"
        r"(?:nicht mehr|nie wieder|nie mehr) aufwachen",
        r"einschlafen und nicht mehr aufwachen|wache (?:\w+ )?(?:nicht mehr|nie wieder) auf",
        rf"(?:{WAREN}|sind|seid|ist|{WARE}) (?:\w+ )?(?:ohne mich besser dran|besser dran ohne mich"
        r"|ohne mich besser)(?! (?:spielen|arbeiten|klarkommen|dran beim))",
        rf"(?:niemand|keiner) {WURDE} mich (?:\w+ )?vermissen",
        rf"(?:niemand|keiner|keinen) {WURDE} (?:es |mich )?(?:merken|vermissen|auffallen|kummern)"
        rf"(?:,)?(?: \w+){{0,2}}? wenn ich (?:tot|weg|nicht mehr da) {WARE}",
        r"(?:abschiedsbrief|abschiedsnachricht|meine letzte nachricht|das ist meine letzte)",
        r"(?:denke|denk) (?:\w+ ){0,2}?(?:an den tod|ans sterben|daran,? mich umzubringen"
        r"|daran,? zu sterben|an selbstmord)",
        # ---- overdose and method
        rf"(?<!hast du )(?<!du hast )(?<!hast )(?<!hat er )(?<!hat sie )(?<!er hat )(?<!sie hat )"
        rf"{LOTS}(?: \w+){{0,2}}? {PILLS}{USUAL_DOSE}(?: \w+){{0,3}}? {TAKEN}",
        rf"{TAKE} (?:ich )?(?:jetzt |gerade |grad |eben |einfach |gleich |heute )*{LOTS}"
        rf"(?: \w+){{0,2}}? {PILLS}{USUAL_DOSE}",
        rf"(?:hab|habe|hatte) (?:\w+ ){{0,2}}?{PILLS} (?:geschluckt|eingeworfen)",
        r"(?:u|ue)berdosis(?! (?:an )?(?:zucker|koffein|kaffee|liebe|serien|arbeit|sonne"
        r"|schokolade|kitsch|niedlichkeit|sport))",
        rf"(?:spring|springe|sturz|sturze|sturzen|werf mich|werfe mich|schmeiss mich"
        rf"|schmeisse mich|leg mich|lege mich|lauf|laufe) (?:\w+ ){{0,2}}?{JUMP_PLACE}",
        rf"{JUMP_PLACE} (?:\w+ )?(?:zu )?{JUMP_VERB}",
        r"(?:pulsadern|pulsader|handgelenke|venen) (?:\w+ ){0,2}?(?:aufschneiden|aufzuschneiden"
        r"|aufgeschnitten|aufschlitzen|aufritzen)",
        r"(?:gift|rattengift|abflussreiniger|frostschutzmittel) (?:\w+ ){0,2}?(?:trinken|nehmen"
        r"|schlucken|getrunken|genommen|geschluckt)",
        # ---- self-harm with intent
        r"(?:ritz|ritze|ritzte) mich|mich (?:zu )?ritzen|mich (?:\w+ ){0,3}?geritzt"
        r"|(?:mit dem|das|vom) ritzen(?! von| in| im)",
        rf"(?:mich|mir) (?:{NO_ACCIDENT}\w+ ){{0,2}}?{INTENT} (?:{NO_ACCIDENT}\w+ ){{0,2}}?"
        rf"{HURT_DONE}",
        rf"(?:schneide|schneid|verletze|verletz|verbrenne|verbrenn) mich "
        rf"(?:\w+ ){{0,2}}?{INTENT}(?! (?:beim|bei|am|an|im|die haare|den pony)(?!\w))",
        unnegated(rf"(?:will|{MOCHTE}|drang|lust|bedurfnis|verlangen),? ", NOT_NEG) + r"mich "
        r"(?:(?!nicht)\w+ ){0,2}?(?:zu )?(?:ritzen|schneiden|verletzen|verbrennen)",
        unnegated(rf"(?:will|{MOCHTE}|drang|lust|bedurfnis|verlangen),? ", NOT_NEG) + r"mir "
        r"(?:(?!nicht)\w+ ){0,2}?(?:weh tun|wehtun|weh zu tun|was antun|etwas antun)",
        r"selbstverletz\w*|(?:mein|meinem|wieder|hatte|habe|hab) svv(?!\w)",
    ),
    other=(
        # ---- someone else wants to kill themselves / die
        r"sich (?:\w+ ){0,3}?(?:umbringen|umzubringen|umgebracht|toten|zu toten|das leben (?:zu )?"
        r"nehmen|das leben genommen|erhangen|aufhangen|aufzuhangen|erhangt|erschiessen|was antun"
        r"|etwas antun|was anzutun|etwas anzutun|ritzen|geritzt|ritzt|umbringt|die kugel geben"
        r"|die pulsadern aufschneiden|die pulsadern aufgeschnitten)",
        rf"bringt sich (?:\w+ ){{0,3}}?um(?!\w){NOT_TIME}|ritzt sich|tut sich (?:was|etwas) an",
        r"(?:verletzt|schneidet|verbrennt) sich (?:selbst|absichtlich|mit absicht"
        r"|wieder absichtlich)"
        r"(?! (?:die haare|den pony|beim|am)(?!\w))",
        rf"{THEY} {gap(4, NOT_ME)}(?:will|wil|{MOCHTE}|wollte) {SOFT}(?:sterben|tot sein"
        rf"|nicht mehr leben"
        rf"|nicht mehr da sein){FIGURATIVE}",
        rf"(?:er|sie|{THEY}) {gap(3, NOT_ME)}(?:sterben|tot sein|nicht mehr leben) (?:will|{MOCHTE}"
        rf"|wollte){FIGURATIVE}",
        rf"{THEY} {gap(3, NOT_ME)}(?:will|{MOCHTE}|droht|wollte) (?:\w+ ){{0,3}}?{JUMP_PLACE}"
        rf"(?: (?:\w+ )?(?:zu )?{JUMP_VERB})?",
        rf"(?:springt|sprang|wirft sich|warf sich|hat sich) (?:\w+ ){{0,2}}?{JUMP_PLACE}"
        rf"(?: (?:\w+ )?(?:zu )?{JUMP_VERB})?",
        rf"{THEY} {gap(3, NOT_ME)}(?:steht|sitzt) (?:auf|an) (?:der|dem|einer) (?:brucke|dach"
        rf"|gleisen"
        r"|gleis|geländer|gelander|balkonbrustung)",
        # ---- overdose, cutting, attempts
        rf"{THEY} {gap(3, NOT_ME)}(?:hat|hatte) (?:\w+ ){{0,2}}?{LOTS}(?: \w+){{0,2}}? {PILLS}"
        rf"(?: \w+){{0,3}}? {TAKEN}",
        rf"{THEY} {gap(3, NOT_ME)}(?:hat|hatte|nahm) (?:eine )?(?:u|ue)berdosis",
        rf"{THEY} {gap(3, NOT_ME)}(?:hat|hatte) (?:\w+ ){{0,2}}?{PILLS} (?:geschluckt|eingeworfen)",
        rf"{THEY} {gap(4, NOT_ME)}(?:hat|hatte|hat einen|hatte einen|versucht|wollte) (?:\w+ )?"
        r"(?:suizid\w*|selbstmord\w*|freitod\w*)",
        rf"{THEY} {gap(3, NOT_ME)}(?:hat|hatte) (?:sich )?(?:\w+ ){{0,2}}?{INTENT} (?:\w+ ){{0,2}}?"
        r"(?:geritzt|geschnitten|verletzt|verbrannt)",
        r"(?:hab|habe) (?:ihn|sie) (?:bewusstlos|ohnmachtig|nicht ansprechbar|blutend"
        r"|mit tabletten) gefunden",
    ),
    despair=(
        rf"(?:ich )?kann (?:einfach |echt |wirklich |so |langsam |bald |jetzt )*nicht mehr"
        rf"(?:{END}|(?=,? (?:echt|wirklich|ehrlich|einfach|sorry)(?!\w)))",
        rf"(?:ich )?(?:will|mag) (?:einfach |echt |wirklich |so |langsam )*nicht mehr{END}",
        r"(?:halt|halte) (?:das|es|dieses leben|das alles|mein leben|das leben) (?:alles )?nicht"
        r" mehr aus"
        r"(?! vor (?:vorfreude|lachen|spannung|aufregung|neugier|ungeduld)(?!\w))",
        r"(?:schaff|schaffe|pack|packe|packs|schaffs) (?:das |es )?(?:alles )?nicht mehr" + END,
        r"(?:alles|das leben|mein leben|es) (?:ist|hat) (?:so |doch |einfach |alles )*"
        r"(?:sinnlos|keinen sinn(?: mehr)?)",
        r"(?:es|das) hat (?:alles )?keinen sinn mehr|was soll das alles noch",
        r"wozu (?:das alles|noch|leben|weitermachen|weiterleben)" + END,
        r"(?:ich )?(?:gebe|geb) (?:einfach |jetzt )?auf" + END,
        r"ich bin (?:so |total |echt |komplett |vollig )?am ende" + END,
        r"(?:ich bin|bin) (?:doch |nur |eh )*(?:eine )?(?:last|belastung) fur (?:alle|euch|dich"
        r"|meine familie|jeden)|(?:ich bin|bin) (?:doch |nur |eh )*eine (?:last|belastung)" + END,
        r"(?:ich )?(?:fuhle|fuhl|fuehle) mich (?:so |total |einfach |innerlich )*(?:leer"
        r"|hoffnungslos)",
        r"(?:ich sehe|seh) keinen ausweg|(?:es gibt )?keinen ausweg mehr",
        unnegated(rf"(?:will|{MOCHTE}) ", NOT_NEG)
        + r"(?:einfach |nur )*verschwinden(?! (?:fur immer"
        r"|aus der welt"
        r"|von hier|unter der decke))",
        r"(?:bin|ich bin) (?:so |total |echt )?(?:mude|muede|erschopft|erschoepft) von allem",
        r"(?:hab|habe) keine kraft mehr|(?:ich bin|bin) fertig mit (?:allem|der welt|dem leben)",
    ),
    not_crisis=(
        r"selbstmord(?:attentat|anschlag|attentater|kommando|mission)\w*",
        r"suizid(?:praventio|prophylax)\w*|(?:tag|woche) der suizidpravention",
        r"(?:bist|ist|seid) (?:du|der|die|ihr) (?:\w+ )?lebensmu(?:e)?de",
    ),
)
