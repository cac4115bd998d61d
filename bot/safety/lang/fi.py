"""Finnish, written and spoken ("mä haluun kuolla", "tapan itteni"): the writer in danger,
someone else in danger, heavy despair, and the idioms that only borrow the words.

Finnish marks the person on the verb and the reflexive, which keeps the writer and someone
else apart: "haluan / haluun" (I want) against "haluaa / haluu" (he, she wants), "itseni"
(myself) against "itsensä / itseään" (himself, herself). ä and ö are folded to a and o.
"""

from __future__ import annotations

from typing import Final

from bot.safety.patterns import LanguagePatterns, gap

# "I" written and spoken.
MINA: Final = r"(?:minä|mä|mää|mie|mnä|ma)"
# I want / I'd like / I wish (first person only).
HALUAN: Final = r"(?:haluan|haluun|haluisin|haluaisin|haluaisin vaan|tahdon|tahtoisin|halusin)"
ITSENI: Final = r"(?:itseni|itteni|ittenii|itsenikin|itteeni)"
ITSEANI: Final = r"(?:itseäni|itteäni|itteeni|itseeni)"
ADV: Final = r"(?:vaan |vain |vaa |niin |oikeesti |oikeasti |ihan |jo |todella |tosissaan |nyt )"
# After "kuolla": figurative uses ("kuolla nauruun", "kuolla häpeään").
FIGURATIVE: Final = (
    r"(?! (?:nauruun|nauramaan|häpeään|häpeästä|nälkään|tylsyyteen|ikävään|vanhana|onnellisena"
    r"|sun kanssa|sinun kanssasi|sun sylissä|sylissäsi|sun puolesta|puolestasi|kuumuuteen))"
)
PILLS: Final = (
    r"(?:lääkkeet|lääkkeitä|lääkkeeni|lääkkeitäni|lääkettä|pillerit|pillereitä|pillerini|tabletit"
    r"|tabletteja|nappeja|napit|unilääkkeet|unilääkkeitä|buranaa|buranat|buranoita|panadolia"
    r"|panadolit|pamolia|paracetamolia|särkylääkkeitä|särkylääkkeet|masennuslääkkeet"
    r"|masislääkkeet|masislääkkeitä|rauhoittavia|tenoxeja|opamoxeja|insuliinia|ketipinoreita)"
)
LOTS: Final = (
    r"(?:kaikki|kaikki mun|kaikki minun|koko (?:purkin|paketin|levyn|pakkauksen|pullon|liuskan)"
    r"|liikaa|ihan liikaa|aivan liikaa|tosi paljon|hirveesti|hirveästi|paljon|kasan|kourallisen"
    r"|\d{2,}|kymmeniä|kakskytä|kaksikymmentä|kolkyt|kolmekymmentä|sata)"
)
# Someone else: a pronoun, or a person the writer names by relation ("mun poikaystävä").
THEY: Final = (
    r"(?:hän|se|(?:poikaystävä|tyttöystävä|mies|vaimo|kumppani|puoliso|äiti|isä|veli"
    r"|sisko|sisar|ystävä|kaveri|poika|tytär|exä|avokki|poikkis|tyttis|kämppis|serkku|kaveri)"
    r"(?:ni)?|(?:mun|minun) (?:\w+ )?(?:poikaystävä|tyttöystävä|mies|vaimo|kumppani|puoliso|äiti"
    r"|isä|veli|sisko|ystävä|kaveri|poika|tytär|exä|avokki|poikkis|tyttis|kämppis|serkku|äiti))"
)
# A word that is not the writer: "se sanoo että se haluu kuolla", not "... et mä haluun".
NOT_ME: Final = r"(?!(?:mä|ma|minä|mina|mun|minun|mua|minua|mulla|mulle|mie|mää)\b)[\w'-]+"


# Suicide, but not prevention work or the news words built on it.
ITSEMURHA: Final = r"itsemurh(?!\w*(?:ehkäisy|pommi|isku|tehtävä|tilasto)|\w* ehkäis)\w*"
END: Final = r"(?= *(?:$|[.!?…,:]| ja | enkä| nyt\b| oikeesti| oikeasti| tätä(?= *(?:$|[.!?…,]))))"

PATTERNS = LanguagePatterns(
    code="fi",
    name="Finnish",
    crisis=(
        # ---- wanting to die (first person: haluan / haluun; spoken "mä haluu")
        rf"{HALUAN} {ADV}*kuolla(?: pois)?" + FIGURATIVE,
        rf"{MINA} (?:\w+ )?haluu {ADV}*kuolla" + FIGURATIVE,
        rf"{HALUAN} {ADV}*olla kuollut",
        r"(?:toivon|toivoisin|kunpa|kunhan|toivon että|toivon et) (?:mä |minä )?(?:kuolisin|olisin"
        r" kuollut|oisin kuollut|en heräisi|en heräis|en ois syntyny|en olisi syntynyt)",
        r"olisinpa kuollut|oisinpa kuollut",
        r"(?:olis|olisi|ois) parempi (?:jos|et|että) (?:mä |minä )?(?:kuolisin|en ois olemassa"
        r"|en olis olemassa|en olisi olemassa|olisin kuollut)",
        # not wanting to live, exist, wake up
        r"en (?:halua|haluu|jaksa|tahdo|kestä|jaksais|jaksaisi|enää halua|enää jaksa) (?:enää )?"
        r"elää(?! (?:näin|tällai\w*|sellai\w*|siellä|täällä|yksin|ilman|\w+ssa\b|\w+ssä\b))",
        r"en (?:halua|haluu|tahdo) (?:enää )?olla (?:enää )?olemassa",
        r"en (?:halua|haluu|tahdo) (?:enää )?herätä(?: enää| huomenna| aamulla| ikinä)?"
        r"(?! (?:aikaisin|kuudelta|seitsemältä|ennen))",
        r"nukahtaa (?:ja )?(?:enkä herää|en herää|ei herää|ikuisiksi ajoiksi)|nukkua ikuisesti",
        r"(?:väsynyt|väsyny|kyllästynyt|kyllästyny) (?:tähän )?(?:elämään|elämiseen|elämisseen)",
        # killing oneself
        rf"(?:tapan|tappaa|tappaisin|tapoin|tappamaan|tappaa|tappasin|tapan vaan) {ITSENI}",
        ITSEMURHA,
        r"itsari\w*",
        r"itsetuho\w*",
        r"(?:päättää|päätän|lopettaa|lopetan|lopettamaan|päättämään) (?:mun |minun )?(?:elämäni"
        r"|elämän|mun elämä)",
        r"(?:riistää|riistän|viedä|vien) (?:oma |oman )?henkeni",
        rf"(?:{HALUAN}|aion|meinaan) {ADV}*lopettaa (?:tämän )?kaiken(?= *(?:$|[.!?…,]))",
        # self-harm with intent ("viilsin sormeen leipäveitsellä" is not here)
        r"viiltel\w*|viillel\w*",
        rf"(?:satutan|satutin|satuttaa|satuttamaan|vahingoitan|vahingoitin|vahingoittaa"
        rf"|vahingoittamaan|poltan|poltin|viillän|viilsin) (?:taas |tahallaan |tahallani |vaan )?"
        rf"{ITSEANI}(?! vahingossa)",
        r"(?:tahallani|tahallaan|taas) (?:satutin|satutan|vahingoitin|vahingoitan"
        rf"|viilsin) {ITSENI}",
        r"itsensä (?:vahingoittaminen|vahingoittamista|satuttaminen|satuttamista)",
        r"(?:viilsin|viillän|viiltää|viiltämään) (?:mun |minun )?(?:ranteeni|ranteet|rannettani"
        r"|ranteita|käsiäni|käteni)",
        # overdose and methods
        rf"(?:otin|otan|söin|syön|nielin|nielaisin|nielasin|vedin|napsin|popsin) (?:just |juuri "
        rf"|äsken |vaan |jo )*{LOTS} (?:\w+ )?{PILLS}",
        r"(?:otin|otan|ottaa|ottamaan|otan vaan) (?:tahallaan |tahallani )?yliannostuksen",
        r"(?:hyppään|hypätä|hyppäämään|heittäydyn|heittäytyä|heittäytymään|hyppäisin) (?:\w+ )?"
        r"(?:junan|auton|rekan|metron|ratikan|bussin) alle",
        r"(?:haluan|haluun|aion|meinaan|ajattelin|mietin) (?:\w+ )?(?:hypätä|hyppää) (?:sillalta"
        r"|katolta|parvekkeelta|ikkunasta|tornista)(?! (?:järveen|veteen|jokeen|uimaan|mereen))",
        rf"(?:hirttää|hirtän|hirttäisin|hirttämään) {ITSENI}|(?:vedän|vetää) {ITSENI} hirteen",
        # nobody would miss me, nothing to live for, a farewell
        r"(?:kaikilla|teillä|sulla|sinulla|perheellä) (?:olis|olisi|ois) (?:parempi|helpompaa)"
        r" (?:ilman mua|ilman minua|jos mua ei ois|jos minua ei olisi)",
        r"parempi ilman (?:mua|minua)",
        r"(?:kukaan ei|kukaan ei edes|kenelläkään ei) (?:kaipais|kaipaisi|huomais|huomaisi"
        r"|välittäis"
        r"|välittäisi|ikävöisi) (?:mua |minua )?(?:jos|vaikka) (?:mä |minä )?(?:kuolisin|katoaisin"
        r"|olisin poissa|oisin poissa|tappaisin itteni|tappaisin itseni)",
        r"(?:ei (?:oo|ole) (?:enää )?(?:mitään )?(?:syytä|syyta) elää|ei mitään minkä vuoksi elää)",
        r"elämä ei (?:oo|ole) elämisen arvoista|ei (?:oo|ole) elämisen arvoista",
        r"jäähyväiskirje\w*|hyvästelykirje\w*",
        r"(?:kadota|katoan) (?:ikuisesti|lopullisesti|pysyvästi)",
    ),
    other=(
        # killing, hurting themselves: "itsensä", "itseään", verbs in the third person
        r"(?:tappaa|tappoi|tappamaan|tappais|tappaisi|tappanut) (?:itsensä|ittensä|ittensa)",
        r"(?:satuttaa|satutti|vahingoittaa|vahingoitti|polttaa|poltti|viiltää|viilsi) (?:taas "
        r"|tahallaan )?(?:itseään|itteään|itseensä)",
        r"viiltelee|viilteli|(?:on|oli) viillellyt",
        r"(?:hirttää|hirttäytyä|hirttäytyi) (?:itsensä|ittensä)?",
        # someone else wants to die, threatens it, has taken pills (one pattern: one gap)
        rf"{THEY} {gap(5, NOT_ME)}(?:(?:haluaa|haluu|haluis|haluaisi|aikoo|uhkaa|uhkas|uhkasi"
        rf"|yritti"
        r"|yrittää|on yrittänyt|puhuu että (?:se |hän )?haluu|sanoo että (?:se |hän )?(?:haluu"
        r"|haluaa)) (?:vaan |vain |oikeesti )?(?:kuolla"
        + FIGURATIVE
        + r"|tappaa (?:itsensä|ittensä)|tehdä itsemurhan|itsemurhaa|itsaria|hypätä|hirttää"
        rf"|satuttaa itseään)|{ITSEMURHA}|itsari\w*|itsetuho\w*"
        r"|ei (?:halua|haluu|jaksa|tahdo) (?:enää )?(?:elää|olla olemassa)"
        r"|(?:otti|on ottanut|söi|on syönyt|nieli|on niellyt|veti) (?:just |juuri |äsken )*"
        rf"{LOTS} (?:\w+ )?(?:{PILLS}|lääkkeensä|pillerinsä|lääkkeitään)"
        r"|(?:otti|on ottanut) (?:tahallaan )?yliannostuksen)",
        r"(?:löysin|löysimme|löytyi) (?:sen|hänet|hänen) (?:tajuttomana|elottomana|verisenä)",
    ),
    despair=(
        rf"(?:{MINA} )?en (?:vaan |vain |oikeesti )?(?:jaksa|kestä|pysty|jaksais) (?:enää|tätä enää"
        rf"|enää tätä){END}",
        r"(?:mitä|mikä) (?:järkeä|järki|järkee|väliä|pointti|idea) (?:tässä|tässä kaikessa|missään"
        r"|elämässä|on|mun elämässä|yrittää)(?: kaikessa)?(?: on| enää| edes)?(?= *(?:$|[.!?…]))",
        r"(?:mä |minä )?luovutan(?: kaiken suhteen| elämän suhteen)?(?= *(?:$|[.!?…]))",
        rf"(?:{MINA} )?(?:oon|olen|tunnen itseni) (?:niin |ihan |täysin |vaan )*(?:toivoton"
        r"|toivottomaksi|arvoton|arvottomaksi|tyhjä|tyhjäksi|taakka|taakaksi)(?! (?:peleissä|tässä"
        r" pelissä|matikassa|ruoanlaitossa|tanssissa))",
        r"(?:oon|olen) (?:vaan |vain |pelkkä |pelkkää )?(?:taakka|rasite) (?:kaikille|teille|sulle"
        r"|perheelle|sinulle)",
        r"kaikki (?:on|tuntuu) (?:ihan |niin |täysin )?(?:turhaa|merkityksetöntä|toivotonta"
        r"|tyhjältä|merkityksettömältä)",
        rf"{HALUAN} (?:vaan |vain )(?:kadota|häipyä|kadota kaikesta|pois kaikesta)",
        r"ei (?:oo|ole) (?:mitään )?(?:ulospääsyä|ulospääsyy|tietä ulos)",
        r"(?:oon|olen) niin (?:väsynyt|väsyny|kyllästynyt|kyllästyny) (?:kaikkeen|kaikkeen tähän"
        r"|taistelemaan|yrittämään)",
    ),
    not_crisis=(
        # news, films, prevention work, and saying one is NOT suicidal
        r"(?:elokuva\w*|leffa\w*|sarja\w*|kirja\w*|artikkel\w*|uutis\w*|dokkari\w*|dokumentti\w*"
        r"|podcast\w*|luento\w*|kurssi\w*|biisi\w*|kappale\w*|jakso\w*) (?:\w+ ){0,5}?itsemurh\w*",
        r"(?:en oo|en ole|mä en oo) (?:\w+ )?(?:itsetuhoinen|itsemurhaaja|itsetuhoisia ajatuksia)",
        r"itsemurhien (?:ehkäisy\w*|tilasto\w*)|ehkäis\w* itsemurh\w*",
    ),
)
