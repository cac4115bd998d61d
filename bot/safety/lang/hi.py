"""Hindi: Devanagari and romanised Hindi (Hinglish). The romanised patterns also serve Roman
Urdu (same spoken language, same spellings: "mein marna chahta hoon", "kar loon ga"); the
Urdu module only holds Urdu script.

Verb endings tell who speaks: "kar lunga / lungi / loon ga" is the writer, "kar lega / legi"
someone else; past forms ("kha li", "kaat li") say nobody, so they count as the writer's
unless a third person ("wo", "usne", "mera bf") comes first.

Devanagari vowel signs are not \\w for Python's re, so the framework's word boundaries do
not stop a match inside a word there; Devanagari patterns add their own (``_dv``).
"""

from __future__ import annotations

from typing import Final

from bot.safety.patterns import LanguagePatterns, gap

# ---------------------------------------------------------------- romanised building blocks
# The verb suffix of the writer ("-unga, -ungi, -oon ga, -u") or of someone else ("-ega").
S1: Final = r"(?:u|oo)n?(?: ?g[aie])?"
S3: Final = r"(?:e ?g[aie]|enge)"
J1: Final = rf"(?:ja+{S1}|ja+on(?: ?g[aie])?)"  # jaunga, jaun gi, jaoon, jaaun
J3: Final = r"(?:ja+y?e ?g[aie]|ja+y?enge)"  # jayega, jaegi, jaaye gi
HU: Final = r"(?:hu|hun|hoon|hoo|hon)"
HAI: Final = r"(?:hai|h|he|hain|hei)"
CHAH: Final = (
    r"(?:chahta|chahti|chahte|chahata|chahati|chaahta|chaahti|chahtay|chata|chati"
    r"|chah raha|chah rahi|chah rha|chah rhi)"
)
MAIN: Final = r"(?:main|mai|mein|mae|mei|mn|mien)"
MUJHE: Final = (
    r"(?:mujhe|mujhey|mujhay|mujhy|mjhe|muje|mujhko|mujko|mjko|mereko|mereku|mere ko|mujh ko)"
)
NAHI: Final = r"(?:nahi|nahin|nhi|nai|ni|nahee|nhin|na)"
DIE: Final = r"(?:marna|mrna|mar jana|mar jaana|marjana|marjaana)"
SUICIDE: Final = (
    r"(?:khudkushi|khudkhushi|khudkashi|khud kushi|khudkushee|khudkshi|khudkusi|khudkhushi"
    r"|aatmahatya|atmahatya|aatmhatya|atmhatya|atamhatya|aatmahatyaa|aatm hatya|atma hatya"
    r"|suicide|sucide|suside|suiside|sooside)"
)
SELF: Final = r"(?:khud ?ko|khd ko|apne ?aap ?ko|apne ?ap ?ko|apne ?aap|apne ko|khud)"
# A few fillers between a subject and its verb: "mujhe (ab bas) marna hai".
FILL: Final = (
    r"(?:(?:ab|bas|abhi|bhi|sach me|sach mein|sachme|sach mai|seriously|really|sirf|bilkul"
    r"|aur|ab aur|or|sach|ab to|ab toh) ){0,3}"
)
PILLS: Final = (
    r"(?:goliyan|goliya|golia|goliyaan|goliyon|goli|tablets?|tabs|pills?|dawai|dawaiyan"
    r"|dawaiya|dawaiyaan|davai|davaiyan|dawa|dawaen|medicine|medicines|meds|capsules?)"
)
LOTS: Final = (
    r"(?:bahut saari|bahut sari|bahot sari|bohot saari|bohot sari|bhot sari|bahut|bohot|bahot"
    r"|bhot|saari|sari|saare|sare|sab|sabhi|poori|puri|pura|poora|dher saari|dher sari|dher"
    r"|mutthi bhar|muthi bhar|kai|ek (?:poora|pura|puri|poori) (?:patta|strip|packet|dabba"
    r"|bottle|shishi|pack)|\d{2,}|das|pandrah|bees|tees|pachas)"
)
EAT: Final = r"(?:kha|khaa|nigal|nigl|gatak|gatka|le|pee|pi)"
# Past forms say nobody ("kha li"); present "rahi hu" is the writer.
DONE: Final = (
    rf"(?:li|lee|liya|lia|liye|lin|lein|l{S1}|chuka|chuki|chuke|rahi {HU}|raha {HU}"
    rf"|rha {HU}|rhi {HU}|di|diya|dali|daali)"
)
# Tell-words of a report. Present forms with "hai" say someone else ("kehti hai"); past
# ones ("kaha", "bola") need a third person before them ("usne kaha").
SAYS3: Final = (
    r"(?:bolta|bolti|bol raha|bol rahi|bol rha|bol rhi|kehta|kehti|keh raha|keh rahi|keh rha"
    r"|keh rhi|kah raha|kah rahi|kahta|kahti|likhta|likhti|msg kar raha|msg kar rahi"
    r"|dhamki de raha|dhamki de rahi|dhamki deta|dhamki deti|dhamkiyan de raha"
    r"|dhamkiyan de rahi|dhamkata|dhamkati) (?:hai|h|he|tha|thi)(?: (?:ki|k|ke))?"
)
SAYS: Final = (
    r"(?:bola|boli|bole|kaha|likha|msg kiya|message kiya|text kiya|dhamki di|bolta|bolti"
    r"|bol raha|bol rahi|bol rha|bol rhi|kehta|kehti|keh raha|keh rahi|keh rha|keh rhi|kahta"
    r"|kahti|dhamki de raha|dhamki de rahi|dhamki deta|dhamki deti)"
    r"(?: (?:hai|h|he|tha|thi|rha|rhi))?(?: (?:ki|k|ke))?"
)
THEY: Final = (
    r"(?:wo|woh|vo|voh|usne|usnay|us ne|unhone|unhon ne|un hon ne|usko|usey|uska|uski|uske"
    r"|unka|unki|unko|unhe"
    r"|(?:mera|meri|mere|hamara|hamari|humara|humari) (?:\w+ )?(?:boyfriend|bf|girlfriend|gf"
    r"|pati|patni|husband|hubby|wife|biwi|bivi|dost|friend|bestie|bhai|bhaiya|behen|behan"
    r"|didi|maa|mummy|mumma|mom|papa|dad|beta|beti|bachcha|bachha|fiance|fiancee|partner"
    r"|cousin|roommate|saheli|shohar|khawind|miyan|ammi|abbu|baba|yaar|classmate|colleague"
    r"|ex|sister|brother))"
)
# "suicide squad", a film, the news: not about anyone here.
NOT_FILM: Final = (
    r"(?! (?:squad|movie|film|song|gaana|series|scene|news|ki news|ki khabar|prevention"
    r"|awareness)(?!\w))"
)
NOT_ME: Final = (
    r"(?!(?:main|mai|mujhe|mujhko|mjhe|muje|mera|meri|mere|maine|mene|hum|humne|i|my|mn)"
    r"(?!\w))[\w']+"
)


def person(template: str, suffix: str, ja: str, be: str) -> str:
    """A phrase with its verb endings filled in for one grammatical person."""
    return template.replace("<S>", suffix).replace("<J>", ja).replace("<BE>", be)


# Phrases whose ending says who: written once, filled in for the writer and for others.
BY_PERSON: Final = (
    # suicide: "khudkushi kar lungi", "suicide karna chahta hu", "karne wali hu"
    rf"{SUICIDE} (?:hi )?(?:kar|kr) ?l<S>",
    rf"{SUICIDE} (?:kar|kr)(?:<S>)",
    rf"{SUICIDE} (?:karna|krna|kar lena|kr lena|karni) {CHAH} <BE>",
    rf"{SUICIDE} (?:karne|krne) (?:wala|wali|vala|vali|ja raha|ja rahi|jaa raha|jaa rahi|ja rha"
    r"|ja rhi|ki soch raha|ki soch rahi|ka soch raha|ka soch rahi|ki soch rha|ki soch rhi"
    r"|ka soch rha|ka soch rhi|ka plan bana raha|ka plan bana rahi) <BE>",
    rf"{SUICIDE} (?:ke|ki) (?:baare|bare|baarey) (?:me|mein|mai|mei|main) (?:soch|sochta|sochti)"
    r"(?: (?:raha|rahi|rha|rhi|rehta|rehti))? <BE>",
    # dying: "marna chahta hu", "mar jana chahti hu"
    rf"{DIE} {CHAH} <BE>",
    # killing oneself: "khud ko maar dunga", "khudko khatam kar lungi"
    rf"{SELF} (?:maar|mar|khatam|khatm|khtm|khattam|end|kill|finish) (?:kar |kr )?"
    r"(?:d<S>|da+l<S>|l<S>|dena <CHAH> <BE>|dalna <CHAH> <BE>|daalna <CHAH> <BE>"
    r"|karna <CHAH> <BE>)",
    # "apni jaan le lunga", "apni zindagi khatam kar dungi"
    r"apni (?:jaan|jan|zindagi|zindgi|zndgi|life) (?:le|de|khatam|khatm|khtm|end) (?:kar |kr )?"
    r"(?:l<S>|d<S>|lena <CHAH> <BE>|dena <CHAH> <BE>|karna <CHAH> <BE>)",
    r"(?<!teri )(?<!tumhari )(?<!uski )(?<!unki )(?:zindagi|zindgi|zndgi) (?:khatam|khatm|khtm"
    r"|end) (?:kar |kr )?(?:d<S>|l<S>|karna <CHAH> <BE>)",
    # "zeher kha lungi", "phansi laga lunga", "pankhe se latak jaungi"
    r"(?:zeher|zehar|zahar|zahr|zehr|jahar|jaher|jehar|zaher|poison|keede maarne ki dawai"
    r"|kide marne ki dawai|chuhe maarne ki dawai|chuhe marne ki dawai|chuha maar dawai|phenyl"
    r"|finyl|tezaab|tezab|acid|harpic|kerosene|mitti ka tel) (?:kha|khaa|pee|pi|le|nigal)"
    r" ?(?:l<S>|lena <CHAH> <BE>|ke mar <J>|kar mar <J>)",
    r"(?:phansi|fansi|phaansi|faansi|phasi|fasi|phaasi|phanda|fanda|fandaa|phandaa|phande)"
    r" (?:se latak|pe latak|laga|lga|lagaa|daal|dal) ?(?:l<S>|<J>|lena <CHAH> <BE>"
    r"|lene (?:wala|wali|ja raha|ja rahi) <BE>)",
    r"(?:pankhe|pankhay|pankha|fan|ceiling fan|chhat|chunni|dupatte|dupatta|rassi|rassy)"
    r" (?:se|pe|par|mein|me) (?:latak|lattak|lutak|latk|jhool|jhul) ?(?:<J>|jana <CHAH> <BE>"
    r"|jaane (?:wala|wali) <BE>)",
    # jumping: "chhat se kood jaungi", "train ke aage kood jaunga"
    r"(?:chhat|chat|chhath|terrace|building|bridge|pul|balcony|balkani|khidki|window"
    r"|(?:\d+\w*|pehli|pehle|doosri|dusri|teesri|tisri|chauthi|paanchvi|satvi|dasvi|upar wali|top)"
    r" (?:manzil|floor|mala|maale)) (?:se|par se|pe se|ke upar se) (?:kood|kud|koodh|kudh"
    r"|jump|chhalang|chalang|chhlang)(?: (?:maar |laga |kar |kr )?(?:<J>|d<S>|l<S>"
    r"|jana <CHAH> <BE>|dena <CHAH> <BE>|jaane (?:wala|wali) <BE>)|ne (?:wala|wali) <BE>)",
    r"(?:train|trainn|metro|truck|bus|gaadi|gadi|car) (?:ke )?(?:aage|age|saamne|samne|neeche"
    r"|niche) (?:kood|kud|aa|jump|let|lait|so) ?(?:<J>|jana <CHAH> <BE>|(?:jaane) (?:wala|wali)"
    r" <BE>)",
    r"(?:nadi|nahar|nehar|samundar|samandar|kuan|kuen|kuye|river|sea|jheel|talab|dariya)"
    r" (?:me|mein|mai|mei) (?:kood|kud|koodh|jump|chhalang|doob|dub) (?:kar |ke |maar )?(?:<J>"
    r"|jana <CHAH> <BE>|mar <J>)",
    # cutting veins: "nas kaat lungi"
    r"(?:nas|nass|nasen|nase|nasein|naslein|kalai|kalayi|kalaai|wrist|wrists|vein|veins"
    r"|haath ki nas|hath ki nas|haath ki nasen|hath ki nase) (?:kaat|kaatt|kat|cut|kaatke)"
    r" (?:kar |kr )?(?:l<S>|d<S>|da+l<S>|lena <CHAH> <BE>|dena <CHAH> <BE>)",
    # leaving the world: "duniya chhod dungi", "duniya se chala jaunga"
    r"(?:is )?(?:duniya|dunia|duniyaa) (?:ko )?(?:chhod|chod|chhodd|alvida|alwida|goodbye|bye)"
    r" (?:kar |keh |kah |bol )?(?:d<S>|dena <CHAH> <BE>|kehna <CHAH> <BE>)",
    r"(?:is )?(?:duniya|dunia|duniyaa) se (?:chala|chali|chale|door|hamesha ke liye chala"
    r"|hamesha ke liye chali) (?:<J>|jana <CHAH> <BE>)",
    r"(?:hamesha|humesha|hamesha) ke (?:liye|liy|lie) so (?:<J>|jana <CHAH> <BE>)",
    # self-harm now or wanted: "khud ko hurt karti hu", "khud ko nuksan pahunchaungi"
    rf"{SELF} (?:hurt|harm|cut|injure|punish|nuksan|nuksaan|nuqsan|nuqsaan|nukshan|nuksn|chot"
    r"|takleef|taklif|dard|zakhmi|ghayal|jala|jalaa|kaat|kaatt|maar|maarti|maarta|peet|peetti"
    r"|peetta|kaatti|kaatta|jalati|jalata|saza) (?:\w+ ){0,2}?(?:<BE>|d<S>|l<S>|kar<S>"
    r"|pahuncha<S>|pahucha<S>|pohncha<S>|<CHAH> <BE>)",
)
# The same phrases in Devanagari. Endings as above: लूंगा / लेगा, जाऊंगी / जाएगी.
DS1: Final = r"(?:ूं|ूँ|ू|ुं|ुँ|ु)(?:गा|गी)?"
DS3: Final = r"(?:ेगा|ेगी|ेंगे)"
DJ1: Final = r"जा(?:ऊं|ऊँ|ऊ|उं|उँ|उ|ंऊ|ँऊ)(?:गा|गी)?"
DJ3: Final = r"जा(?:एगा|एगी|येगा|येगी|एंगे|येंगे|ऐगा|ऐगी)"
DHU: Final = r"(?:हूं|हूँ|हु|हुं|हुँ|हू)"
DHAI: Final = r"(?:है|हैं|हे|है ना)"
DCHAH: Final = r"चाह(?:ता|ती|ते)"
DSUICIDE: Final = r"(?:आत्म ?हत्या|आतमहत्या|आत्महात्या|ख़?ुदकुशी|ख़?ुदख़?ुशी|ख़?ुदकशी|सुसाइड|सुइसाइड)"
DSELF: Final = r"(?:ख़?ुद को|ख़?ुदको|अपने आप को|अपने आपको|अपने को)"
DBY_PERSON: Final = (
    rf"{DSUICIDE} (?:ही )?कर ?ल<S>",
    rf"{DSUICIDE} (?:ही )?कर(?:<S>)",
    rf"{DSUICIDE} (?:करना|कर लेना) {DCHAH} <BE>",
    rf"{DSUICIDE} करने (?:वाला|वाली|जा रहा|जा रही|की सोच रहा|की सोच रही|का सोच रहा"
    rf"|का सोच रही) <BE>",
    rf"{DSUICIDE} के बारे (?:में|मे) सोच(?:ता|ती| रहा| रही) <BE>",
    rf"मर(?:ना| जाना) {DCHAH} <BE>",
    rf"{DSELF} (?:मार|ख़?त्म|ख़?तम) (?:कर )?(?:द<S>|डाल<S>|ल<S>|देना {DCHAH} <BE>"
    rf"|डालना {DCHAH} <BE>|करना {DCHAH} <BE>)",
    rf"अपनी (?:जान|ज़?िंदगी|ज़?िन्दगी) (?:ले|दे|ख़?त्म कर|ख़?तम कर) (?:ल<S>|द<S>|लेना {DCHAH} <BE>"
    rf"|देना {DCHAH} <BE>)",
    rf"(?:ज़?हर|ज़?ेहर) (?:खा|पी) ?(?:ल<S>|लेना {DCHAH} <BE>|के मर <J>|कर मर <J>)",
    rf"(?:फांसी|फाँसी|फंदा|फन्दा|फंदे) (?:से लटक|लगा|डाल) ?(?:ल<S>|<J>|लेना {DCHAH} <BE>)",
    rf"(?:पंखे|पंखा|छत|चुन्नी|दुपट्टे|रस्सी) (?:से|पे|पर) (?:लटक|झूल) ?(?:<J>|जाना {DCHAH} <BE>)",
    rf"(?:छत|बिल्डिंग|पुल|ब्रिज|बालकनी|खिड़की|खिडकी|(?:\d+\S*|पहली|दूसरी|तीसरी|चौथी|पांचवीं"
    rf"|सातवीं|दसवीं|ऊपर की) मंज़?िल) (?:से|पर से) (?:कूद|छलांग लगा)"
    rf" ?(?:<J>|द<S>|ल<S>|जाना {DCHAH} <BE>)",
    rf"(?:ट्रेन|रेल|मेट्रो|ट्रक|बस|गाड़ी|गाडी) (?:के )?(?:आगे|सामने|नीचे) (?:कूद|आ"
    rf"|लेट) ?(?:<J>|जाना {DCHAH} <BE>)",
    rf"(?:नदी|नहर|समुंदर|समंदर|कुएं|कुँए|कुएँ) (?:में|मे) (?:कूद|डूब) ?(?:<J>|कर मर <J>"
    rf"|जाना {DCHAH} <BE>)",
    rf"(?:नस|नसें|नसे|कलाई) (?:काट) ?(?:ल<S>|द<S>|डाल<S>|लेना {DCHAH} <BE>)",
    rf"(?:इस )?दुनिया (?:को )?(?:छोड़|छोड|अलविदा कह) ?(?:द<S>|देना {DCHAH} <BE>)",
    rf"(?:इस )?दुनिया से (?:चला|चली) (?:<J>|जाना {DCHAH} <BE>)",
    rf"हमेशा के लिए सो (?:<J>|जाना {DCHAH} <BE>)",
    rf"{DSELF} (?:चोट|नुकसान|नुक़सान|तकलीफ़?|दर्द|(?:ज़ख़्मी|ज़ख्मी|जख्मी|ज़ख़मी)|काट|काटती|काटता"
    rf"|जला"
    rf"|जलाती|जलाता|सज़?ा) (?:\S+ ){{0,2}}?(?:<BE>|द<S>"
    rf"|पहुंचा<S>|पहुँचा<S>|पहुचा<S>|{DCHAH} <BE>)",
)

# Devanagari letters (not the danda "।", which ends a sentence).
DEV: Final = r"\u0900-\u0963\u0966-\u096f\u0971-\u097f"
DTHEY: Final = (
    r"(?:वो|वह|उसने|उसको|उसे|उन्होंने|उसका|उसकी|(?:मेरा|मेरी|मेरे) (?:\S+ )?(?:बॉयफ्रेंड"
    r"|गर्लफ्रेंड|दोस्त"
    r"|भाई|बहन|पति|पत्नी|बीवी|माँ|मां|मम्मी|पापा|बेटा|बेटी|वाइफ|हसबैंड|पार्टनर|सहेली))"
)
# Up to four words that are not the writer ("मैं", "मुझे", "मेरा").
DGAP: Final = rf"(?:(?!(?:मैं|मै|मुझे|मुझको|मैंने|मेरा|मेरी|मेरे|हम|हमें)(?![{DEV}]))\S+ ){{0,4}}?"


def _dv(pattern: str) -> str:
    """A Devanagari pattern with real word boundaries (vowel signs are not \\w)."""
    return rf"(?<![{DEV}])(?:{pattern})(?![{DEV}])"


def _roman(template: str, first: bool) -> str:
    if first:
        return person(template, S1, J1, HU).replace("<CHAH>", CHAH)
    return person(template, S3, J3, HAI).replace("<CHAH>", CHAH)


def _deva(template: str, first: bool) -> str:
    if first:
        return _dv(person(template, DS1, DJ1, DHU))
    return _dv(person(template, DS3, DJ3, DHAI))


MINE: Final = tuple(_roman(t, True) for t in BY_PERSON) + tuple(_deva(t, True) for t in DBY_PERSON)
THEIRS: Final = tuple(_roman(t, False) for t in BY_PERSON) + tuple(
    _deva(t, False) for t in DBY_PERSON
)
# Direct speech keeps the speaker's "I": "usne kaha ki main suicide kar lunga".
QUOTED: Final = "|".join([_roman(t, True) for t in BY_PERSON] + [rf"{DIE} (?:{MUJHE} )?(?:hai|h)"])
DQUOTED: Final = "|".join(person(t, DS1, DJ1, DHU) for t in DBY_PERSON)

# Phrases that do not say who (past forms, wishes): the writer unless a third person leads.
NEUTRAL: Final = (
    # suicidal thoughts, attempts: "suicide ke khayal aate hai", "suicide try kiya tha"
    rf"{SUICIDE} (?:ke|ka|ki) (?:khayal|khyal|khayaal|khayalat|vichar|vichaar|thoughts"
    r"|thought) (?:aate|aa rahe|aa rhe|aata|aa raha|aa rha|aane|aa|ate)",
    rf"{SUICIDE} (?:try|attempt|ki koshish|karne ki koshish) (?:kiya|ki|kari|kar chuka|kar chuki"
    r"|kar li)",
    rf"{SUICIDE} (?:kar|kr) (?:liya|li|lia)",
    # "marne ka mann karta hai", "jeene ki koi wajah nahi"
    r"(?:marne|mar jane|mar jaane|marjane) (?:ka|ko|ki) (?:mann|man|mn|dil|jee|ji|ichha|iccha"
    r"|ichchha|icha|khwahish) (?:kar raha|kr rha|kar rha|karta|krta|karti|krti|kar rahi"
    r"|kr rhi|hai|h|ho raha|ho rha|hota|chahta|chahti)",
    r"(?:marne|mar jane) ke (?:baare|bare) (?:me|mein|mai) soch (?:raha|rahi|rha|rhi) (?:hu|hoon"
    r"|hun)",
    r"(?:marne|maut) ke (?:khayal|khyal|khayaal|vichar)",
    rf"(?:jeene|jine|jeeney) (?:ka|ki|ko) (?:mann|man|mn|dil|jee|ichha|iccha|ichchha|icha"
    rf"|khwahish|chahat|wajah|vajah|koi wajah|koi vajah|koi reason|reason|koi matlab|matlab"
    rf"|koi fayda|fayda|faida|koi maqsad|maqsad) {NAHI}",
    r"(?:jeene|jine) ki (?:ichha|iccha|ichchha|icha|khwahish|chahat) (?:khatam|khtm|mar gayi"
    r"|mar chuki|chali gayi|nahi rahi|nhi rahi)",
    r"kya (?:fayda|faida|faayda|matlab) (?:hai |h )?(?:aise |is tarah |iss tarah |aisi )?"
    r"(?:jeene|jine|zinda rehne|zindagi) ka",
    r"(?:jeene|jine) ka kya (?:fayda|faida|faayda|matlab)",
    # wishing not to be: "kash main mar jaun", "kash paida hi na hoti"
    rf"(?:kash|kaash|kaas|kaass) (?:{MAIN} )?(?:mar (?:{J1}|jata|jati|jaata|jaati)"
    r"|(?:paida|peda|paeda|janam) (?:hi )?(?:na|nahi|nhi|nahin) (?:hota|hoti|hua|hui|leta|leti"
    r"|liya))",
    rf"(?:bhagwan|bhagvan|bhagwaan|god|allah|khuda|khudaa|upar ?wala|upar ?wale|uparwale|rab"
    rf"|rabba|ishwar|ram ji|maula) (?:ji )?{MUJHE} (?:utha|uthaa|bula|maut de|maut) "
    r"?(?:le|lo|de|do|lijiye|lena|lo na|le na|de do|dede)",
    rf"{MUJHE} (?:ab |bas )?(?:maut|mout) (?:aa ?jaye|aa jaaye|aajaye|aa jae|aa jaaye|de de|dede"
    r"|chahiye|chaiye|chahie)",
    r"(?:maut|mout) (?:aa ?jaye|aa jaaye|aa jae) (?:mujhe|muje|mjhe)",
    # not waking: "kabhi na uthu", "subah na uthu"
    r"(?:subah|kal|kal subah|fir|phir|kabhi) (?:kabhi )?(?:na|nahi|nhi) (?:uthu|uthun|uthoon"
    r"|jaagu|jagu|jagun|jaagun|uthna pade)",
    r"(?:neend|nind) se (?:kabhi )?(?:na|nahi|nhi) (?:uthu|uthun|uthoon|jaagu|jagun)",
    # pills taken: "saari neend ki goliyan kha li", "bahut sari tablets le li"
    rf"{LOTS} (?:(?!time|waqt|samay|roz|rozana|doctor)\w+ ){{0,3}}?{PILLS} (?:ek saath |ek sath "
    rf"|ek baar me |ek baar mein |ek sath me )?{EAT} ?{DONE}",
    rf"(?:neend|nind|sleeping) (?:ki )?(?:goliyan|goliya|golia|goliyaan|pills|tablets)"
    rf" (?:\w+ ){{0,2}}?{EAT} ?{DONE}",
    rf"(?:zeher|zehar|zahar|zahr|zehr|jahar|jaher|jehar|zaher|poison|chuhe maarne ki dawai"
    rf"|chuhe marne ki dawai|keede maarne ki dawai|phenyl|finyl|tezaab|tezab|acid|harpic)"
    rf" (?:kha|khaa|pee|pi|nigal) ?{DONE}",
    r"(?:od|overdose) (?:kar|kr|le) ?(?:liya|li|lia|l(?:u|oo)n?(?: ?g[aie])?)",
    # cuts made: "nas kaat li", "blade se haath kaat liya", "phir se cutting shuru kar di"
    r"(?:nas|nass|nasen|nase|nasein|kalai|kalayi|kalaai|wrist|wrists|vein|veins|haath ki nas"
    r"|hath ki nas) (?:kaat|kaatt|cut) (?:kar |kr )?(?:li|lee|liya|lia|di|diya|dali|daali)",
    r"(?:blade|razor|bled|bleed|kaanch|glass) (?:se|say) (?:khud ko |apne aap ko |apna "
    r"|apne |apni )?"
    r"(?:haath|hath|kalai|kalayi|baazu|bazu|arm|arms|thigh|thighs|jaangh|pair|leg|legs|skin|nas"
    r"|wrist|wrists|khud ko|apne aap ko)(?: (?:pe|par|ko|me))? (?:kaat|kaatt|cut|kaata|kaati"
    r"|maara|maari|maar|chalaya|chalayi|chala|cuts?)(?: ?(?:kar|kr))? ?(?:li|lee|liya|lia|di"
    rf"|diya|dali|daali|l{S1}|d{S1}|karti|karta|leti|leta|rahi|raha|rha|rhi|deti|deta)",
    r"blade (?:maar|mar) (?:li|liya|lia|leti|leta|lu|lungi|lunga|rahi|raha)",
    r"(?:haath|hath|kalai|kalayi|arm|arms|baazu|bazu|thigh|jaangh|wrist|wrists)(?: (?:pe|par|me))?"
    r" (?:blade|razor|kaanch)(?: se)? (?:kaat|kaata|kaati|cut|cuts|maara|maari|chalaya|chalayi)"
    r"(?: (?:kar|kr|kiya|kiye|ki|kari|kare))?(?: (?:li|liya|lia|diya|di|liye|diye))?",
    r"(?:poora|pura|puri|poori|do|teen|saara|sara|saare) (?:\w+ )?(?:patta|patte|strip|strips"
    r"|pattiyan) (?:\w+ ){0,2}?(?:kha|khaa|nigal|gatak|le) ?(?:li|lee|liya|lia|liye|lin"
    r"|chuka|chuki)",
    r"(?:phir se|fir se|firse|phirse|dobara|dubara|wapas) (?:se )?(?:cutting|self harm|selfharm"
    r"|blade) (?:shuru|start|kar|kr|karne|krne|maar)",
    # self-harm on purpose: "jaan bujh ke khud ko hurt kiya", "jab wo ignore karta hai"
    rf"(?:jaan ?bujh ?(?:kar|ke|kr)|jan ?buj ?(?:kar|ke|kr)|jaanbujhkar|on purpose|purposely"
    rf"|phir se|fir se|firse|phirse|dobara|dubara) {SELF} (?:\w+ ){{0,2}}?(?:hurt|harm|cut|kaat"
    r"|kaata|kaati|nuksan|nuksaan|chot|jala|jalaya|jalayi|maar|maara|maari|zakhmi|peeta|peeti)",
    rf"{SELF} (?:hurt|harm|cut|kaat|kaata|kaati|nuksan|nuksaan|chot|jala|jalaya|maara|maari"
    r"|zakhmi) (?:kar |kr |pahuncha |pahucha )?(?:liya|li|lia|diya|di|dala|daala|kiya|kia|ki)"
    r" (?:\w+ ){0,4}?(?:jaan ?bujh ?(?:kar|ke|kr)|on purpose|phir se|fir se|dobara|jab (?:wo|vo"
    r"|woh|bhi|usne|mera|meri|mere)|kyunki|kyuki|kyonki|taki|taaki)",
    rf"{MUJHE} {FILL}{SELF} (?:\w+ ){{0,2}}?(?:hurt|harm|cut|nuksan|nuksaan|chot|takleef|dard"
    r"|kaat|maar|khatam|khatm|jala|saza) (?:\w+ ){0,2}?(?:hai|h)",
    # the last message, better off without me
    r"(?:ye|yeh|yah|yahi|ye hi) (?:mera )?(?:aakhri|akhri|aakhiri|akhiri|last) (?:message|msg"
    r"|sandesh|paigham|text)(?!(?: hai| h)? (?:aaj|aj|raat|tonight|for today|office|group"
    r"|is group|iss group|ka|ki|ke|se pehle|bhej))(?: hai| h)?",
    r"(?:hamesha|humesha) ke (?:liye|liy|lie) (?:alvida|alwida|goodbye|bye)",
    r"(?:mere|mera) (?:bina|baghair|baghar|jaane ke baad|jane ke baad|marne ke baad|na hone se"
    r"|na rehne se) (?:sab|sabki|sabka|sab log|sabke liye|sab kuch|duniya|tum|ghar wale|gharwale"
    r"|sabki zindagi) (?:\w+ ){0,2}?(?:khush|behtar|better|acha|accha|achha|sukoon|aaram|free)",
    rf"(?:mar (?:{J1}|gaya|gayi|gya|gyi)|na rahu|nahi rahu|nhi rahu|mere marne se|mere jane se"
    r"|mere jaane se) (?:to |toh |tab )?(?:bhi )?"
    r"(?:kisi ko|kisiko|kisi|koi) (?:\w+ ){0,2}?(?:farak|fark|farq|fraq|feel|parwah|parwaah"
    r"|pata)",
    # Devanagari
    _dv(rf"{DSUICIDE} (?:के|का) (?:ख्याल|ख़्याल|ख़याल|खयाल|विचार) (?:आते|आ रहे|आता)"),
    _dv(rf"{DSUICIDE} (?:की कोशिश|करने की कोशिश) (?:की|किया|कर चुका|कर चुकी)"),
    _dv(r"मरने (?:का|को|की) (?:मन|दिल|जी|इच्छा) (?:करता|करती|कर रहा|कर रही|है|होता)"),
    _dv(
        r"(?:जीने|जिने) (?:का|की|को) (?:मन|दिल|इच्छा|कोई वजह|वजह|कोई मतलब|मतलब|कोई फ़?ायदा)"
        r" (?:नहीं|नही)"
    ),
    _dv(r"(?:जीने|जिने) का क्या (?:फ़?ायदा|मतलब)"),
    _dv(r"(?:मुझे|मुझको) (?:अब )?(?:नहीं|नही) (?:जीना|जिना)(?: है)?(?! (?:यहां|यहाँ|ऐसे|इसके|उसके))"),
    _dv(
        r"(?:मुझे|मुझको) (?:अब |और |अब और )*(?:जीना|जिना) (?:नहीं|नही)(?: है)?(?! (?:यहां"
        r"|यहाँ|ऐसे|इसके|उसके))"
    ),
    _dv(rf"(?:जीना|जिना) (?:नहीं|नही) {DCHAH}(?! (?:है|हैं|था|थी))"),
    _dv(rf"ज़?िंदा (?:नहीं|नही) (?:रहना|रेहना) (?:{DCHAH}|है)"),
    _dv(
        r"काश (?:मैं |मै )?(?:मर (?:जाऊं|जाऊँ|जाऊ|जाउं|जाता|जाती)|पैदा (?:ही )?(?:न|ना"
        r"|नहीं) (?:होता|होती|हुआ|हुई))"
    ),
    _dv(
        r"(?:भगवान|ईश्वर|अल्लाह|ख़?ुदा|ऊपरवाले|ऊपर वाले|राम जी) (?:जी )?(?:मुझे"
        r"|मुझको) (?:उठा|बुला|मौत दे) ?(?:ले|लो|दे|दो)"
    ),
    _dv(r"(?:मुझे )?(?:मौत|मोत) (?:आ जाए|आ जाये|दे दे|चाहिए)"),
    _dv(
        r"(?:सारी|बहुत सारी|बहुत|ढेर सारी|सब|पूरी|पूरा|कई|\d{2,}) (?:\S+ ){0,3}?(?:गोलियां"
        r"|गोलियाँ|गोलियों|टैबलेट्स?|दवाइयां|दवाइयाँ|दवाई|दवा|पिल्स) (?:एक साथ )?"
        r"(?:खा|निगल|गटक|ले) ?(?:ली|लीं|लिया|लिए|ली हैं|चुका|चुकी|रही हूं|रहा हूं|रही हूँ|रहा हूँ)"
    ),
    _dv(
        r"नींद की (?:गोलियां|गोलियाँ|गोलियों|टैबलेट्स) (?:\S+ ){0,2}?(?:खा|निगल|गटक"
        r"|ले) ?(?:ली|लीं|लिया|लिए|चुका|चुकी)"
    ),
    _dv(r"(?:ज़?हर|ज़?ेहर) (?:खा|पी) ?(?:ली|लिया|लिया है|ली है|चुका|चुकी)"),
    _dv(r"(?:नस|नसें|कलाई) (?:काट) ?(?:ली|लिया|दी|डाली)"),
    _dv(
        r"(?:ब्लेड|रेज़?र|कांच|काँच) से (?:अपना |अपने |अपनी )?(?:हाथ|कलाई|बाजू|बाज़ू"
        r"|ख़?ुद को)(?: (?:पे|पर|को))? (?:काट|काटा|काटी|चलाया|चलाई|मारा|मारी)"
        r" ?(?:ली|लिया|दी|दिया|डाली|लेती|लेता|रही|रहा|देती|देता)?"
    ),
    _dv(
        rf"(?:जान बूझ ?कर|जानबूझकर|फिर से|दोबारा) {DSELF} (?:\S+ ){{0,2}}?(?:चोट|नुकसान"
        rf"|नुक़सान|काट|काटा|काटी|जलाया|जलाई|(?:ज़ख़्मी|ज़ख्मी|जख्मी|ज़ख़मी))"
    ),
    _dv(
        r"(?:ये|यह|यही) (?:मेरा )?(?:आख़?िरी|आखरी|अंतिम|लास्ट) (?:मैसेज|संदेश"
        r"|मेसेज)(?!(?: है)? (?:आज|रात|का|की))(?: है)?"
    ),
    _dv(
        r"(?:मेरे) (?:बिना|जाने के बाद|मरने के बाद|न होने से) (?:सब|सबकी|सबका|सब लोग|घरवाले"
        r"|दुनिया|तुम) (?:\S+ ){0,2}?(?:ख़?ुश|बेहतर|अच्छा|आराम)"
    ),
)

DESPAIR_END: Final = r"(?= *(?:$|[.!?,…।]))"

PATTERNS = LanguagePatterns(
    code="hi",
    name="Hindi",
    crisis=(
        *MINE,
        *NEUTRAL,
        # "main (bhi) marna chahta h": "h" after "main" is "hoon"
        rf"{MAIN} {FILL}{DIE} {CHAH}(?: {HAI}| tha| thi)?",
        rf"{MAIN} {FILL}{SUICIDE} (?:karna|krna|kar lena|kr lena) {CHAH}(?: {HAI})?",
        # "mujhe marna hai", "mujhe suicide karna hai", "mujhe nahi jeena"
        rf"{MUJHE} {FILL}{DIE}(?: {HAI})?(?= *(?:$|[.!?,…]| (?:bas|ab|yaar|yar|please|plz"
        r"|sach me|mujhe|bhai)(?!\w)))",
        rf"{MUJHE} {FILL}{DIE} {HAI}(?! (?:kya|use|usko|usse|unko|tujhe|tumhe|isko|isse|uski"
        rf"|uske)(?!\w))",
        rf"{MUJHE} {FILL}{SUICIDE} (?:karna|krna|karni|kar leni|kar lena|kr lena) {HAI}",
        rf"{MUJHE} {FILL}{NAHI} (?:jeena|jina|jeeni)(?: {HAI})?(?! (?:yaha|yahan|yahaan|waha|wahan"
        r"|is|iss|iske|uske|tere|tumhare|unke|aise|aisi|ke|saath|sath|me|mein|wala|wali)(?!\w))",
        rf"(?:jeena|jina|jeeni) {NAHI} {CHAH}(?! (?:hai|h|he|hain|tha|thi)(?!\w))",
        rf"(?:ab )?(?:aur )?(?:jeena|jina) (?:hi |bhi )?{NAHI} (?:hai|h)(?: mujhe)?(?= *(?:$"
        rf"|[.!?,…]))",
        rf"{MUJHE} {FILL}(?:jeena|jina) (?:hi |bhi )?{NAHI}(?: {HAI})?(?! (?:yaha|yahan|waha"
        rf"|is|iske"
        r"|uske|tere|tumhare|aise|saath|sath)(?!\w))",
        # "mujhe mar jana chahiye" (I should die), "main jaan de dungi" (I'll give my life)
        rf"{MUJHE} {FILL}(?:mar jana|mar jaana|marna) (?:chahiye|chaiye|chahie)(?! (?:sharam|sharm)"
        r"(?!\w))",
        rf"{MAIN} {FILL}(?:apni )?(?:jaan|jan) de (?:d{S1}|deni {HAI}|dena {CHAH} {HU})",
        rf"zinda {NAHI} (?:rehna|rahna|rhna|rehna hai) (?:{CHAH}(?! (?:hai|h|he|hain)(?!\w))|hai|h)"
        r"(?! (?:yaha|yahan|is|iske|uske|tere|tumhare|aise)(?!\w))",
        _dv(rf"(?:मैं|मै|में) (?:भी |अब |बस )?मर(?:ना| जाना) {DCHAH}"),
        _dv(r"(?:मुझे|मुझको) (?:अब |बस |भी )*(?:मरना|मर जाना)(?: है)?"),
        _dv(rf"(?:मुझे|मुझको) (?:अब |बस |भी )*{DSUICIDE} (?:करनी|करना|कर लेनी) है"),
    ),
    other=(
        *THEIRS,
        # someone else first, then a phrase that does not say who
        rf"{THEY} {gap(5, NOT_ME)}(?:{'|'.join(p for p in NEUTRAL if not p.startswith('(?<!'))})",
        rf"{THEY} {gap(5, NOT_ME)}(?:{SUICIDE}|suicid\w*){NOT_FILM}(?: [\w']+){{0,4}}",
        rf"(?<!mujhe )(?<!muje )(?<!mjhe )(?<!mujhko )(?:unhe|use|usey|usko"
        rf"|unko) {FILL}{DIE} {HAI}",
        rf"{THEY} (?:\w+ ){{0,3}}?{SAYS} (?:wo |vo |woh )?mar {J3}",
        rf"{SAYS3} (?:wo |vo |woh )?mar {J3}",
        rf"(?:unhe|use|usey|usko|unko) {FILL}{NAHI} (?:jeena|jina)(?: {HAI})?",
        rf"(?:unhe|use|usey|usko|unko) {FILL}(?:jeena|jina) {NAHI}(?: {HAI})?",
        rf"(?:unhe|use|usey|usko|unko) {FILL}{SUICIDE} (?:karna|krna|karni) {HAI}",
        rf"(?:jeena|jina) {NAHI} {CHAH} (?:hai|h|he|hain)",
        rf"(?:wo|woh|vo|voh) {FILL}{DIE} {CHAH}(?: {HAI})?",
        # reported in the speaker's words: "usne kaha ki main suicide kar lunga"
        rf"{THEY} (?:\w+ ){{0,3}}?{SAYS} (?:wo |vo |woh |main |mai |mein )?(?:{QUOTED})",
        rf"{SAYS3} (?:wo |vo |woh |main |mai |mein )?(?:{QUOTED})",
        rf"{SUICIDE} (?:ki|karne ki) (?:dhamki|dhamkiyan|dhamkee)",
        # Devanagari: someone else first, then a phrase that does not say who
        _dv(
            rf"{DTHEY} {DGAP}(?:"
            + "|".join(
                (
                    DSUICIDE + r"(?: \S+){0,3}",
                    r"(?:सारी|बहुत सारी|बहुत|नींद की) (?:\S+ ){0,3}?(?:गोलियां|गोलियाँ|दवाइयां"
                    r"|दवाई)"
                    r" (?:\S+ )?(?:खा|निगल|ले) ?(?:ली|लीं|लिया|लिए)",
                    r"(?:नस|नसें|कलाई) काट ?(?:ली|लिया|दी)",
                    r"(?:ज़?हर|ज़?ेहर) (?:खा|पी) ?(?:ली|लिया)",
                    r"मरने (?:का|को|की) (?:मन|दिल|इच्छा) (?:करता|करती|कर रहा|कर रही|है)",
                    r"(?:जीने|जिने) (?:का|की|को) (?:मन|दिल|इच्छा|कोई वजह|वजह) (?:नहीं|नही)",
                )
            )
            + ")"
        ),
        _dv(
            rf"{DTHEY} (?:\S+ ){{0,3}}?(?:कहता|कहती|कहा|बोला|बोली|बोलता|बोलती|कह रहा|कह रही)"
            rf" (?:है |हैं |था |थी )?(?:कि )?(?:वो |मैं )?(?:{DQUOTED})"
        ),
        _dv(
            rf"(?:कहता|कहती|बोलता|बोलती|कह रहा|कह रही) (?:है|था|थी) (?:कि )?(?:वो "
            rf"|मैं )?(?:{DQUOTED})"
        ),
        _dv(rf"{DSUICIDE} (?:की|करने की) धमकी"),
    ),
    despair=(
        r"(?:ab|aur|ab aur|ab or) (?:mujhse |mere se |mujhse aur )?(?:bardasht|bardaasht|bardash"
        rf"|sehen|sahan|sehan) {NAHI} (?:hota|hoti|ho raha|ho rha|kar sakta|kar sakti|kr skta"
        r"|kr skti|hoga|kar pa raha|kar pa rahi)",
        rf"(?:bardasht|bardaasht) {NAHI} (?:hota|hoti|hoga) (?:ab|ab mujhse|mujhse ab)",
        r"(?:aur|ab aur|or) (?:nahi|nhi|nahin) (?:kar sakta|kar sakti|kr skta|kr skti|kr sakta"
        r"|kr sakti|jhel sakta|jhel sakti|seh sakta|seh sakti|sah sakta|sah sakti|seh skta"
        r"|seh skti)(?: ab| yeh| ye| ye sab| yeh sab| ab ye sab)?" + DESPAIR_END,
        r"(?:ab|ab aur) (?:mujhse|mere se|mujh se) (?:aur )?(?:nahi|nhi) (?:hota|hoga|ho payega"
        r"|ho paa raha|ho pa raha)" + DESPAIR_END,
        rf"(?:thak|thakk) (?:gaya|gayi|gai|gya|gyi|chuka|chuki) {HU} (?:sab se|sabse|sab kuch se"
        r"|zindagi se|life se|har cheez se|harr cheez se|is sab se|in sab se|jeete jeete|sab"
        r" chizon se)",
        r"(?:zindagi|life|sab|sab kuch|har cheez) se (?:thak|thakk) (?:gaya|gayi|gai|gya|gyi"
        r"|chuka|chuki)",
        rf"(?:koi|kuch|ab koi|ab kuch) (?:umeed|ummeed|ummid|umid|asha|aasha|hope) {NAHI}"
        r" (?:bachi|rahi|hai|h|dikhti|dikh rahi)",
        rf"(?:sab|sab kuch) (?:khatam|khtm|khatm) kar (?:d{S1}|l{S1})(?= *(?:$|[.!?,…]| aaj| ab))",
        r"(?:sab|sb|sab kuch) (?:khatam|khtm|khatm|khattam) (?:ho gaya|ho gya|hogaya|ho chuka)"
        r"(?: hai| h)?(?= *(?:$|[.!?…।]))",
        r"kya (?:fayda|faida|fayada|faayda|matlab|point)(?: hai| h)? (?:kisi cheez ka|kuch bhi"
        r" karne ka|sab ka|is sab ka|kuch ka|kisi bhi cheez ka|kuch karne ka|koshish karne ka)",
        r"(?:sab|sab kuch|kuch bhi|zindagi|life) (?:bekar|bekaar|bematlab|pointless|meaningless"
        r"|bemaani) (?:hai|h|lagta|lag raha|lagti|lag rahi)",
        rf"(?:zindagi|life) (?:ka|mein|me|ki) (?:koi )?(?:matlab|maqsad|maksad|meaning) {NAHI}",
        rf"(?:main |mai )?(?:sab par |sab pe |sabke liye |sab ke liye |sab ke upar |sabpe )?"
        rf"(?:bojh|boj|burden) (?:{HU}|ban (?:gaya|gayi|gya|gyi) {HU}|bana hua {HU}|bani hui {HU})",
        rf"(?:gayab|gaayab|gaib|gayab|kahin door|kahi door|kahin dur|door|dur) (?:ho jana"
        rf"|chala jana"
        rf"|chali jana|bhag jana|chale jana|ho jaana) {CHAH} {HU}",
        r"(?:zindagi|life|sab) se (?:haar|har) (?:gaya|gayi|gya|gyi|chuka|chuki|maan li|man li)",
        r"(?:maine )?haar (?:maan|man) (?:li|liya|chuka|chuki)(?: hai| h| hu| hoon)?(?: ab)?"
        + DESPAIR_END,
        rf"(?:andar se )?(?:toot|tut|toota|tuta) (?:gaya|gayi|gya|gyi|chuka|chuki) {HU}"
        r"(?: (?:andar se|puri tarah|poori tarah|bilkul))?" + DESPAIR_END,
        rf"(?:andar se )(?:khali|khaali|khokhla|khokhli|mar chuka|mar chuki) {HU}",
        _dv(
            r"(?:अब|अब और|और) (?:मुझसे )?(?:बर्दाश्त|बरदाश्त|सहन) (?:नहीं|नही) (?:होता|होती"
            r"|हो रहा|हो रही|कर सकता|कर सकती|होगा)"
        ),
        _dv(r"(?:अब )?और (?:नहीं|नही) (?:सह|झेल|कर) (?:सकता|सकती|सकते)"),
        _dv(
            r"(?:अब )?(?:मुझसे|मुझ से) (?:अब )?(?:और )?(?:नहीं|नही) (?:होता|होगा|हो पाएगा"
            r"|हो पा रहा)(?= *(?:$|[.!?,…।]))"
        ),
        _dv(rf"थक (?:गया|गई|गयी|चुका|चुकी) {DHU} (?:सब से|सबसे|ज़?िंदगी से|हर चीज़? से)"),
        _dv(r"(?:ज़?िंदगी|सब|हर चीज़?) से थक (?:गया|गई|गयी|चुका|चुकी)"),
        _dv(r"(?:कोई|अब कोई) (?:उम्मीद|आशा|उमीद) (?:नहीं|नही) (?:बची|रही|है)"),
        _dv(r"सब (?:ख़?त्म|ख़?तम) हो (?:गया|चुका)(?: है)?(?= *(?:$|[.!?,…।]))"),
        _dv(rf"(?:सब पर |सबके लिए |सब के लिए )?बोझ (?:{DHU}|बन (?:गया|गई|गयी) {DHU})"),
        _dv(rf"(?:ग़?ायब|कहीं दूर) (?:हो जाना|चला जाना|चली जाना) {DCHAH} {DHU}"),
        _dv(r"(?:ज़?िंदगी|सब) से हार (?:गया|गई|गयी|मान ली)"),
        _dv(rf"(?:अंदर से )?टूट (?:गया|गई|गयी|चुका|चुकी) {DHU}(?= *(?:$|[.!?,…।]))"),
        _dv(r"(?:ज़?िंदगी|सब कुछ|सब) (?:बेकार|बेमतलब|बेमानी) (?:है|लगता है|लगती है)"),
        _dv(r"(?:ज़?िंदगी) (?:का|में) (?:कोई )?(?:मतलब|मक़?सद) (?:नहीं|नही)"),
    ),
    not_crisis=(
        # "I'd give my life for you", "no time even to die" (busy), dying of laughter
        r"(?:tere|tumhare|tumhaare|aapke|apke|uske|tujh|desh ke|tera|tumhara) (?:liye|lie|liy)"
        r" (?:apni )?(?:jaan|jan) (?:de|dedu|dedunga|de dunga|de dungi|de du|hazir)(?: \w+)?",
        r"(?:marne|mar ne) ki (?:bhi )?(?:fursat|fursath|furasat|time|phursat)",
        # "mujhe marna hai kya?" asks "do you want me dead?" (reckless driving)
        rf"(?:{MUJHE}|use|usko) {FILL}{DIE} (?:hai|h) kya",
        r"(?:hanste|hans) (?:hanste|hans) (?:\w+ ){0,3}?(?:mar|pet)",
        _dv(r"(?:तेरे|तुम्हारे|आपके|देश के) लिए (?:अपनी )?जान (?:दे|हाज़?िर)(?: \S+){0,2}"),
        _dv(r"मरने की (?:भी )?(?:फ़?ुर्सत|फुरसत)"),
    ),
)
