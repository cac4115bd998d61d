"""Swedish: the writer in danger, someone else in danger, heavy despair, and the idioms that
only borrow the words.

Folded like every message, so å/ä/ö are optional ("jag vill dö" = "jag vill do"). Swedish
idioms built on "ihjäl" and "ta livet av" ("den här värmen tar livet av mig", "jag längtar
ihjäl mig") are kept out by asking for the writer as the subject.
"""

from __future__ import annotations

from typing import Final

from bot.safety.patterns import LanguagePatterns, gap

# The writer: "jag", spoken "ja", typo "jg".
JAG: Final = r"(?:jag|ja|jg|jaa)"
INTE: Final = r"(?:inte|int|inge|ej|icke)"
MER: Final = r"(?:längre|mer|mera|längr)"
MIG: Final = r"(?:mig|mej)"
MIG_SJALV: Final = r"(?:mig|mej) själv"
# A word that is not the writer: "hon säger att hon vill dö", not "... så jag vill dö".
NOT_ME: Final = r"(?!(?:jag|ja|jg|mig|mej|min|mitt|mina)\b)[\w'-]+"


MODAL: Final = (
    r"(?:vill|ska|skall|kommer att|tänker|funderar på att|har lust att|försökte|försöker|borde"
    r"|har tänkt|planerar att|ska bara|måste)"
)
# After "dö": figurative and romantic uses ("dö av skratt", "dö för dig", "dö gammal").
FIGURATIVE: Final = (
    r"(?! (?:av (?:skratt|skam|tristess|hunger|värmen|värme|längtan|nyfikenhet|pinsamhet)"
    r"|för (?:dig|er|dem|honom|henne|min|mitt|mina|landet)|gammal|lycklig|i dina armar|ung"
    r"|en dag|än|innan|som))"
)
PILLS: Final = (
    r"(?:tabletter(?:na)?|piller|pillren|pillerna|mediciner(?:na)?|medicinen|medicin"
    r"|sömntabletter(?:na)?|sömnmedel|alvedon|panodil|citodon|ipren|treo|paracetamol|lergigan"
    r"|propavan|imovane|stesolid|atarax|antidepressiva|lyckopiller|insulin|tramadol|oxycodon)"
)
LOTS: Final = (
    r"(?:alla(?: mina)?|en hel (?:burk|kartong|ask|karta|förpackning|flaska|låda)(?: med| av)?"
    r"|hela (?:burken|kartongen|asken|kartan|förpackningen|flaskan)(?: med| av)?|en massa|massa"
    r"|massor av|många|för många|alldeles för många|en näve|\d{2,}|tjugo|trettio|fyrtio|femtio"
    r"|hundra)"
)
THEY: Final = (
    r"(?:han|hon|hen|dom|(?:min|mitt) (?:\w+ )?(?:pojkvän|flickvän|kille|tjej|man|fru|sambo"
    r"|partner|kompis|vän|väninna|bästis|bror|syster|mamma|pappa|mor|far|son|dotter|ex"
    r"|kollega|klasskompis|granne|kusin)|killen|tjejen|sambon|mamma|pappa|brorsan|syrran)"
)
# Suicide, but not prevention work or the news words built on it.
SJALVMORD: Final = r"självmord(?!s?(?:prevention|förebygg|bomb|attack|statistik|linjen|uppdrag))\w*"
# After "skar mig": words that say it was an accident.
ACCIDENT: Final = (
    r"(?! (?:på|i (?:fingret|tummen|handen|foten|benet|knät)|av misstag|lite|under|vid"
    r"|när (?:jag|hon|han|hen) (?:lagade|skar|hackade|spelade|tränade|cyklade|sprang|föll|lyfte"
    r"|rakade)|med (?:kniven|brödkniven|potatisskalaren|saxen)))"
)
# Still the end of the thought: "jag orkar inte mer." but not "jag orkar inte mer pizza".
END: Final = r"(?= *(?:$|[.!?…,:]| och | nu\b| alltså| asså| ärligt| typ$))"

PATTERNS = LanguagePatterns(
    code="sv",
    name="Swedish",
    crisis=(
        # ---- wanting to die; "hellre dö än ..." is an idiom
        rf"(?:{JAG} |(?<!\w )|och )vill (?:bara |helst |verkligen |typ |seriöst |så gärna "
        r"|liksom |nog |hellre |ärligt talat |bara så )*dö" + FIGURATIVE,
        r"(?:har|fått|får) (?:sån |så(?:dan)? )?lust att dö" + FIGURATIVE,
        rf"{JAG} önskar (?:bara )?att (?:{JAG} )?(?:var död|fick dö|kunde dö|dog|aldrig föddes"
        r"|aldrig hade fötts)",
        rf"{JAG} (?:vill|skulle vilja) (?:bara )?vara död",
        # not wanting to live, exist, wake up
        rf"(?:(?:vill|orkar|pallar|klarar|kan) {INTE}|{INTE} (?:vill|orkar)) (?:att "
        rf"|å )?leva {MER}",
        rf"vill {INTE} (?:leva|finnas|existera)(?: {MER}| kvar| till| på jorden)?(?= *(?:$|[.!?…,]"
        r"| och ))",
        rf"vill {INTE} finnas (?:{MER}|kvar|till|på jorden|i den här världen)",
        r"(?:vill|ska) sluta (?:att |å )?(?:leva|finnas|existera)",
        rf"vill {INTE} vakna (?:upp )?(?:igen|mer|imorgon|i morgon)",
        rf"hoppas (?:att )?{JAG} (?:{INTE} vaknar|aldrig vaknar|dör i sömnen)(?! (?:före|tidigt))",
        r"somna (?:in )?och aldrig vakna(?: upp)?(?: igen)?",
        r"trött på att leva|trött på att finnas|klar med livet|färdig med livet",
        # killing oneself (a subject keeps out "den här värmen tar livet av mig")
        rf"{JAG} (?:\w+ )?{MODAL} (?:bara |nog )?(?:ta livet av {MIG}|ta ihjäl {MIG}|döda {MIG})",
        rf"{JAG} (?:tar|tog) (?:livet av|ihjäl) {MIG}(?! (?:av|på) )",
        rf"(?:ta|tar|tog|tagit) (?:livet av|ihjäl) {MIG_SJALV}",
        rf"(?:döda|dödar|dödade) {MIG_SJALV}",
        r"(?:ta|tar|tog|tagit) mitt (?:eget )?liv",
        rf"(?:göra|gör) slut på (?:mitt (?:eget )?liv|{MIG_SJALV})",
        r"avsluta mitt liv",
        SJALVMORD,
        r"självskad\w*",
        # self-harm with intent ("jag skar mig på brödkniven" is not here)
        rf"{JAG} (?:har börjat |började |har )?(?:skär|skära|cuttar|cutta|rispar|rispa) {MIG}"
        rf"(?: själv)?{ACCIDENT}",
        r"(?:skär|skar|skurit|cuttar|cuttade|rispar|rispade|bränner|brände|skadar|skadade|slår"
        r"|slog)"
        rf" {MIG}(?: själv)?{ACCIDENT} (?:\w+ ){{0,4}}?(?:igen|med flit|med vilje|varje gång|när"
        r"|för att|eftersom|varje kväll|på nätterna|med rakblad)",
        rf"(?:vill|har lust att|måste|behöver|tänker|får lust att|sug efter att) (?:skada|skära"
        rf"|bränna|straffa|rispa|cutta|slå) {MIG}(?: själv)?(?! (?:på|i) (?:fingret|handen|foten))",
        rf"{JAG} skadar {MIG_SJALV}{ACCIDENT}",
        r"(?:skära|skär|skar|skurit) upp (?:mina )?(?:handleder|handlederna|ådrorna|pulsådern)",
        # overdose and methods
        rf"(?:tog|tagit|ta|tar|svalt|svalde|sväljer|svälja|ätit|åt|käkat|käkade|slängt i mig)"
        rf" (?:bara |precis |redan |typ |nog )*{LOTS}(?: \w+)?? {PILLS}",
        r"(?:tog|tagit|ta|tar) (?:en )?överdos",
        rf"{JAG} (?:\w+ )?{MODAL} (?:hoppa|kasta {MIG}) (?:ut )?(?:från|framför|ut från|ner från"
        r"|ut genom) (?:bron|en bro|taket|tåget|ett tåg|tunnelbanan|t-banan|pendeln|fönstret"
        r"|balkongen|stupet|en bil|bilen|bussen)(?! (?:och|för att) (?:bada|simma)|i (?:vattnet"
        r"|sjön|havet))",
        rf"(?:kasta|kastar|slänga|slänger) {MIG} (?:ut )?framför (?:tåget|ett tåg|tunnelbanan"
        r"|t-banan|pendeln|en bil|bussen|en buss|en lastbil)",
        rf"{MODAL} hänga {MIG}(?: själv)?(?! (?:med|på|kvar|fast|i|ut|upp))",
        r"(?:köpt|köpa|har|hittat) (?:ett )?rep (?:för att|till att|så jag|att hänga)",
        # nobody would miss me, nothing to live for, a farewell
        r"(?:alla|ni|du|familjen|världen) (?:skulle |hade |kommer att )?(?:må|ha det|få det|vara)"
        rf" bättre (?:utan {MIG}|om {JAG} (?:var borta|var död|dog|inte fanns))",
        rf"(?:ingen|inte någon) (?:skulle|kommer att|hade) (?:sakna {MIG}|märka det|bry sig) (?:om"
        rf"|ifall) {JAG} (?:dog|var död|försvann|tog livet av {MIG})",
        r"(?:inget|ingenting|inte något) (?:kvar )?att leva för",
        r"(?:ingen|inte någon) (?:anledning|mening) (?:till |med )?att leva",
        rf"{INTE} värt att leva",
        r"(?:skrivit|skriver|skrev) (?:ett |mitt )?(?:avskedsbrev|självmordsbrev)",
        r"försvinna för alltid",
    ),
    other=(
        # killing, hurting themselves: "sig", "sitt liv"
        r"(?:ta|tar|tog|tagit|ta') (?:livet av|ihjäl) sig(?: själv)?",
        r"(?:ta|tar|tog|tagit) (?:sitt|hans|hennes|deras) (?:eget )?liv",
        r"(?:döda|dödar|dödade) sig själv",
        rf"(?:skär|skar|skurit|cuttar|cuttade|rispar|rispade) sig(?: själv)?{ACCIDENT}",
        rf"(?:skadar|skadade|bränner|brände|slår|slog|straffar) sig själv{ACCIDENT}",
        # someone else wants to die, threatens it, has taken pills (one pattern: one gap)
        rf"{THEY} {gap(5, NOT_ME)}(?:(?:vill|ville|har lust att|hotar (?:med )?att"
        rf"|hotade (?:med )?att"
        r"|pratar om att|snackar om att|försökte|har försökt|tänker|kommer att|ska) (?:bara |helst "
        r"|verkligen )*(?:dö"
        + FIGURATIVE
        + r"|ta livet av sig|ta sitt (?:eget )?liv|döda sig|skada sig|hoppa (?:från|framför)"
        rf" (?:bron|taket|tåget|tunnelbanan)|hänga sig|begå självmord|inte leva {MER}|vara död)"
        rf"|(?:(?:vill|orkar|pallar) {INTE}|{INTE} (?:vill|orkar)) (?:att |å )?leva {MER}"
        rf"|vill {INTE} (?:leva|finnas)|{SJALVMORD}|självskad\w*"
        r"|(?:har |hade )?(?:tog|tagit|svalt|svalde|ätit|åt|käkat) (?:bara |precis |redan "
        rf"|kanske )*(?:{LOTS}|alla (?:sina|hans|hennes))(?: \w+)?? {PILLS}"
        r"|(?:har |hade )?(?:tog|tagit) (?:en )?överdos|(?:har |hade )?överdoserat)",
        r"(?:hittade|hittat) (?:honom|henne|dem|hen) (?:medvetslös|livlös|med tabletter|blödande)",
    ),
    despair=(
        rf"{JAG} (?:orkar|pallar|klarar|kan|står) (?:bara |verkligen |helt enkelt )?{INTE}"
        rf" (?:ut )?(?:mer|längre|mera){END}",
        rf"{JAG} (?:orkar|klarar|pallar) {INTE} (?:av )?(?:det här|detta|något|livet|allt)"
        rf" (?:mer|längre){END}",
        r"vad är (?:ens |egentligen )?(?:poängen|meningen|vitsen)(?: med (?:allt|någonting|livet"
        r"|att försöka|det här|mig))?(?= *(?:$|[.!?…]))",
        rf"{JAG} ger (?:bara )?upp(?: allt| på allt| på livet)?(?= *(?:$|[.!?…]))",
        rf"{JAG} (?:känner {MIG}|är) (?:så |bara |helt |fullständigt )*(?:hopplös|värdelös"
        r"|tom inuti|en börda|till besvär)(?! (?:på|med|i|att|när))",
        rf"{JAG} är (?:bara )?en börda för (?:alla|er|dig|honom|henne|familjen)",
        r"(?:allt|livet|mitt liv) (?:är|känns|verkar) (?:så |bara |helt )*(?:meningslöst|hopplöst"
        r"|tomt|värdelöst)",
        rf"{JAG} (?:vill|har lust att) bara (?:försvinna|bort från allt)",
        r"det finns ingen väg ut",
        rf"{JAG} är så (?:trött|less) på (?:allt|allting|att kämpa|att försöka|livet)",
        r"(?:trött|less) på livet",
    ),
    not_crisis=(
        # news, films, prevention work, and saying one is NOT suicidal
        r"(?:film|filmen|serie|serien|bok|boken|artikel|artikeln|nyheterna|dokumentär|dokumentären"
        r"|podd|podden|föreläsning|föreläsningen|kurs|kursen|låt|låten|avsnitt)"
        r" (?:\w+ ){0,5}?självmord\w*",
        rf"{JAG} (?:är|har) {INTE} (?:\w+ )?(?:självmordsbenägen|självmordstankar|suicidal)",
    ),
)
