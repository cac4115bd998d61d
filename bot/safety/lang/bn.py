"""Bengali: Bengali script and romanised Bengali ("ami more jete chai").

Person is in the verb: "করব / করবো, চাই, খেয়েছি" is the writer, "করবে, চায়, খেয়েছে"
someone else; "নিজেকে" (oneself) needs the verb to tell whose.

Bengali vowel signs are not \\w for Python's re, so the framework's word boundaries do not
stop a match inside a word; Bengali-script patterns add their own (``_bn``).
Idioms: "হাসতে হাসতে মরে গেলাম" (died laughing), "গরমে মরে যাচ্ছি", "তোমার জন্য মরতেও রাজি".
"""

from __future__ import annotations

from typing import Final

from bot.safety.patterns import LanguagePatterns

BENGALI: Final = r"\u0980-\u09ff"


def _bn(pattern: str) -> str:
    """A Bengali-script pattern with real word boundaries (vowel signs are not \\w)."""
    return rf"(?<![{BENGALI}])(?:{pattern})(?![{BENGALI}])"


WISH: Final = r"(?:ইচ্ছে|ইচ্ছা|ইচ্চে|ইচ্ছা)"
SUICIDE: Final = r"(?:আত্মহত্যা|আত্মহত্তা|আত্নহত্যা|আত্মহনন|সুইসাইড)"
PILLS: Final = r"(?:ওষুধ|ঔষধ|ওষুধগুলো|ট্যাবলেট|বড়ি|ঘুমের বড়ি|ঘুমের ওষুধ|পিল|ট্যাবলেটগুলো)"
LOTS: Final = r"(?:অনেক|অনেকগুলো|অনেকগুলা|সব|সবগুলো|সবগুলা|পুরো|এক পাতা|দুই পাতা|এক বোতল|এক মুঠো|\d{2,}টা|\d{2,})"
TOOK1: Final = r"(?:খেয়েছি|খেয়ে ফেলেছি|খেলাম|খেয়ে নিয়েছি|গিলেছি|গিলে ফেলেছি)"
TOOK3: Final = r"(?:খেয়েছে|খেয়ে ফেলেছে|খেল|খেয়ে নিয়েছে|গিলেছে|গিলে ফেলেছে)"
THEY_BN: Final = (
    r"(?:ও|সে|তিনি|উনি|আমার (?:\S+ )?(?:বয়ফ্রেন্ড|গার্লফ্রেন্ড|স্বামী|বউ|বৌ|স্ত্রী|বন্ধু|বান্ধবী"
    r"|ভাই|বোন|মা|বাবা"
    r"|ছেলে|মেয়ে|পার্টনার|দিদি|দাদা))"
)

MINE_BN: Final = tuple(
    _bn(p)
    for p in (
        # ---- dying: "মরে যেতে চাই", "মরতে চাই", "মরে যেতে ইচ্ছে করছে"
        rf"(?:মরে যেতে|মরতে|মরে যাওয়ার) (?:চাই|চাইছি|{WISH} করে|{WISH} করছে|{WISH} হয়"
        rf"|{WISH} হচ্ছে)"
        r"(?! (?:লজ্জায়|হাসতে|তোমার জন্য)(?![\u0980-\u09ff]))",
        rf"মরার {WISH} (?:হয়|হচ্ছে|করে|জাগে)",
        # ---- suicide: "আত্মহত্যা করব", "আত্মহত্যা করতে চাই", "আত্মহত্যার কথা ভাবছি"
        rf"{SUICIDE} (?:করব|করবো|করবই|করে ফেলব|করে ফেলবো|করতে চাই|করার কথা ভাবছি|করব ভাবছি"
        r"|করেছিলাম|করতে গিয়েছিলাম|করার চেষ্টা করেছি)",
        rf"{SUICIDE}র (?:কথা ভাবছি|কথা ভাবি|চিন্তা (?:আসে|আসছে|করছি|হয়)|চেষ্টা করেছি"
        rf"|চেষ্টা করেছিলাম)",
        # ---- killing myself: "নিজেকে মেরে ফেলব", "নিজেকে শেষ করে দেব"
        r"নিজেকে (?:মেরে ফেলব|মেরে ফেলবো|মেরে ফেলতে চাই|শেষ করে দেব|শেষ করে দিব|শেষ করে দেবো"
        r"|শেষ করে"
        r" ফেলব|শেষ করে দিতে চাই|খুন করব|খুন করবো)",
        r"নিজের জীবন (?:শেষ করে দেব|শেষ করে দিব|শেষ করব|নিয়ে নেব)",
        # ---- not wanting to live: "আর বাঁচতে চাই না", "বেঁচে থাকতে ইচ্ছে করে না"
        rf"(?:বাঁ?চতে|বেঁ?চে থাকতে|বাঁ?চার) (?:আর )?(?:চাই না|চাইনা|{WISH} করে না|{WISH} করছে না"
        rf"|{WISH} নেই|ইচ্ছা নাই)",
        r"(?:বাঁ?চার|বেঁ?চে থাকার) (?:কোনো |কোন )?(?:মানে|কারণ|অর্থ) (?:নেই|নাই|হয় না)",
        r"বেঁ?চে থেকে (?:কী|কি) (?:লাভ|হবে)",
        # ---- not waking: "কাল সকালে যেন আর ঘুম না ভাঙে"
        r"(?:যেন |জেনো )?(?:আর )?(?:ঘুম না ভাঙে|ঘুম থেকে না উঠি|আর না উঠি)",
        r"(?:ভগবান|আল্লাহ|ঈশ্বর|খোদা) (?:আমাকে )?(?:তুলে নাও|তুলে নিক|নিয়ে নাও)",
        # ---- pills and poison: "ঘুমের ওষুধ খেয়েছি", "সব ওষুধ খেয়ে ফেলেছি", "বিষ খাব"
        rf"{LOTS} (?:\S+ )?{PILLS} (?:একসাথে )?{TOOK1}",
        rf"ঘুমের (?:ওষুধ|বড়ি|ট্যাবলেট|পিল)(?:গুলো)? (?:একসাথে |অনেক )?{TOOK1}",
        r"(?:বিষ|ইঁদুর মারার বিষ|কীটনাশক) (?:খাব|খাবো|খেয়েছি|খেয়ে ফেলেছি|খেলাম|খেয়ে নেব"
        r"|খেতে চাই)",
        # ---- hanging, jumping, cutting
        r"(?:গলায় দড়ি|ফাঁস|ফাঁসি|গলায় ফাঁস) (?:দেব|দিব|দেবো|দিবো|দিতে চাই|নেব|নিব)",
        r"(?:ফ্যানে|ফ্যান থেকে|সিলিং ফ্যানে) (?:ঝুলে পড়ব|ঝুলে পড়বো|ঝুলব|ঝুলবো)",
        r"(?:ছাদ|ব্রিজ|সেতু|বিল্ডিং|বারান্দা|জানালা) থেকে (?:লাফ|ঝাঁপ) (?:দেব|দিব|দেবো|দিবো"
        r"|দিতে চাই)",
        r"(?:ট্রেনের|গাড়ির|বাসের) (?:নিচে|সামনে) (?:ঝাঁপ|লাফ) (?:দেব|দিব|দেবো|দিতে চাই)",
        r"(?:নদীতে|পুকুরে) (?:ঝাঁপ|লাফ) (?:দেব|দিব|দেবো|দিতে চাই)",
        r"(?:রগ|শিরা|হাতের রগ) (?:কেটে ফেলব|কেটে দেব|কাটব|কেটেছি|কেটে ফেলেছি|কাটতে চাই)",
        r"(?:ব্লেড|ক্ষুর) দিয়ে (?:\S+ )?(?:হাত|নিজেকে|শরীর) (?:কেটেছি|কাটি|কাটছি|কেটে ফেলেছি"
        r"|কাটব)",
        r"নিজের (?:ক্ষতি|ক্ষতি করি|ক্ষতি করছি|ক্ষতি করব|ক্ষতি করতে চাই)(?: (?:করি|করছি|করব"
        r"|করতে চাই))?",
        r"নিজেকে (?:কষ্ট দিই|কষ্ট দিচ্ছি|আঘাত করি|আঘাত করছি|কাটি|কাটছি|পুড়িয়ে দিই)",
        # ---- last words, nobody would care
        r"(?:এটাই|এটা) আমার (?:শেষ|শেষ) (?:মেসেজ|ম্যাসেজ|বার্তা)",
        r"(?:সবাইকে )?(?:চিরদিনের|চিরকালের) (?:জন্য )?বিদায়",
        r"আমি না থাকলে (?:\S+ )?(?:সবাই|সবার) (?:\S+ )?(?:ভালো|সুখে|শান্তিতে)",
        r"আমি মরে গেলে (?:\S+ )?(?:কারো|কারও|কেউ) (?:\S+ ){0,2}?(?:যায় আসে না|কিছু হবে না"
        r"|কাঁদবে না|টের পাবে না)",
    )
)

MINE_ROMAN: Final = (
    r"(?:ami )?(?:more jete|morte|mara jete|more jaite|morte jete) (?:chai|chaichi|ichhe kore"
    r"|icche kore|iccha kore|ichha korche|icche korche|iche kore)(?! (?:lojjay|haste)(?!\w))",
    r"(?:attohotta|attohatya|atmohotta|atmahatya|attohottya|attahatya|suicide|sucide) (?:korbo"
    r"|korbo ami|korbi|kore felbo|korte chai|korar kotha bhabchi|korbo bhabchi|korechilam)",
    r"nijeke (?:mere felbo|mere felbo ami|sesh kore debo|shesh kore debo|sesh kore dibo"
    r"|shesh kore dibo|mere felte chai|khun korbo)",
    r"(?:ar )?(?:bachte|beche thakte|bachar) (?:ar )?(?:chai na|chaina|ichhe kore na|icche kore na"
    r"|iccha kore na|ichha nei|icche nei|iche kore na)",
    r"(?:bachar|beche thakar) (?:kono )?(?:mane|karon) (?:nei|nai)",
    r"(?:onek|onekgulo|sob|sobgulo|puro|ek pata)(?: \S+)? (?:ghumer )?(?:oshudh|oshud|osudh|ousad"
    r"|tablet|pill|bori)(?:gulo)? (?:kheyechi|kheye felechi|khelam|khaiya felsi|kheye nilam)",
    r"ghumer (?:oshudh|oshud|osudh|tablet|bori|pill)(?:gulo)? (?:kheyechi|kheye felechi|khelam)",
    r"(?:bish|bis|endur marar bish) (?:khabo|kheyechi|kheye felechi|khelam|khete chai)",
    r"(?:gole|golay|gola) (?:dori|fas|fash) (?:debo|dibo|dimu|dite chai)|(?:fashi|fasi|fansi)"
    r" (?:debo|dibo|dimu|nibo|nebo)",
    r"(?:chad|chhad|chaad|bridge|building) (?:theke|thika) (?:laf|jhap) (?:debo|dibo|dimu"
    r"|dite chai)",
    r"(?:rog|shira|hater rog) (?:kete felbo|katbo|ketechi|kete felechi|kete dibo)",
    r"blade diye (?:\S+ )?(?:hat|haat|nijeke) (?:ketechi|kati|katchi|kete felechi)",
    r"nijer (?:khoti|kkhoti) (?:kori|korchi|korbo|korte chai)",
    r"(?:eta|etai) amar (?:shesh|sesh|last) (?:message|msg)",
)

THEIRS: Final = (
    _bn(r"(?:মরে যেতে|মরতে) (?:চায়|চাইছে|চাচ্ছে|চায়)"),
    _bn(rf"{SUICIDE} (?:করবে|করে ফেলবে|করতে চায়|করতে চাইছে|করার চেষ্টা করেছে|করেছে|করেছিল)"),
    _bn(rf"{SUICIDE}র (?:চেষ্টা করেছে|চেষ্টা করেছিল|হুমকি দিচ্ছে|হুমকি দেয়|কথা বলছে|কথা বলে)"),
    _bn(
        r"নিজেকে (?:মেরে ফেলবে|শেষ করে দেবে|শেষ করে দিবে|মেরে ফেলতে চায়|কষ্ট দেয়|কষ্ট দিচ্ছে"
        r"|আঘাত করে|আঘাত করছে|কাটে|কাটছে)"
    ),
    _bn(r"(?:বাঁ?চতে|বেঁ?চে থাকতে) (?:আর )?(?:চায় না|চায়না|চাইছে না)"),
    _bn(rf"{LOTS} (?:\S+ )?{PILLS} (?:একসাথে )?{TOOK3}"),
    _bn(rf"ঘুমের (?:ওষুধ|বড়ি|ট্যাবলেট)(?:গুলো)? (?:একসাথে |অনেক )?{TOOK3}"),
    _bn(r"(?:বিষ|কীটনাশক) (?:খেয়েছে|খেয়ে ফেলেছে|খেল|খাবে)"),
    _bn(r"(?:গলায় দড়ি|ফাঁস|ফাঁসি) (?:দেবে|দিবে|দিয়েছে|দিতে চায়)"),
    _bn(r"(?:রগ|শিরা|হাতের রগ|হাত) (?:কেটে ফেলেছে|কেটেছে|কাটবে)"),
    _bn(r"নিজের ক্ষতি (?:করে|করছে|করবে|করেছে)"),
    _bn(
        rf"{THEY_BN} (?:\S+ ){{0,4}}?(?:বলছে|বলেছে|বলে|বলল"
        rf"|লিখেছে)(?: যে)? (?:\S+ )?(?:{'|'.join(MINE_BN)})"
    ),
    r"(?:o|se|amar \S+) (?:\S+ ){0,3}?(?:more jete|morte) (?:chay|chaiche|chacche)",
    r"(?:attohotta|attohatya|atmohotta|atmahatya|suicide) (?:korbe|kore felbe|korte chay"
    r"|korar chesta koreche|koreche)",
    r"nijeke (?:mere felbe|sesh kore debe|shesh kore dibe)",
    r"(?:ghumer (?:oshudh|oshud|osudh|tablet|bori)|bish|(?:onek|onekgulo|sob|sobgulo) (?:\S+ )?"
    r"(?:oshudh|oshud|osudh|tablet|bori))(?:gulo)? (?:kheyeche|kheye feleche)",
    r"(?:bachte|beche thakte) (?:ar )?(?:chay na|chayna)",
    r"(?:o|se|amar \S+) (?:\S+ ){0,3}?(?:bolche|boleche|bole|bollo)(?: je)? (?:\S+ )?(?:"
    + "|".join(MINE_ROMAN)
    + ")",
)

PATTERNS = LanguagePatterns(
    code="bn",
    name="Bengali",
    crisis=(*MINE_BN, *MINE_ROMAN),
    other=THEIRS,
    despair=(
        _bn(
            r"(?:আমি )?আর (?:পারছি না|পারি না|পারব না|পারবো না|পারছিনা|সহ্য হচ্ছে না"
            r"|সহ্য করতে পারছি না"
            r"|সহ্য হয় না)(?= *(?:$|[.!?,…।]))"
        ),
        _bn(r"সব (?:শেষ|শেষ হয়ে গেছে|শেষ হয়ে গেল)(?= *(?:$|[.!?…।]))"),
        _bn(r"(?:কোনো|কোন) (?:আশা|আশাই) (?:নেই|নাই|দেখছি না)(?= *(?:$|[.!?,…।]))"),
        _bn(r"(?:আমার|জীবনে|আমার জীবনে) (?:আর )?(?:কোনো |কোন )?আশা (?:নেই|নাই)"),
        _bn(r"আমি (?:সবার|সবার কাছে|পরিবারের) (?:একটা )?(?:বোঝা|বোঝা হয়ে গেছি)"),
        _bn(rf"(?:হারিয়ে যেতে|উধাও হয়ে যেতে|অদৃশ্য হয়ে যেতে) (?:চাই|{WISH} করে|{WISH} করছে)"),
        _bn(r"(?:আমি )?হাল ছেড়ে দিয়েছি(?= *(?:$|[.!?,…।]))"),
        _bn(r"(?:জীবনটা|জীবন|সবকিছু) (?:অর্থহীন|মূল্যহীন|বৃথা)"),
        _bn(r"(?:কিছুই|কিচ্ছু) ভালো লাগে না(?= *(?:$|[.!?,…।]))"),
        _bn(r"(?:জীবনের|সবকিছুর) (?:উপর|প্রতি) (?:ক্লান্ত|বিরক্ত)"),
        r"(?:ami )?ar (?:parchi na|parchina|pari na|sojjo hocche na|sojjo korte parchi na)"
        r"(?= *(?:$|[.!?,…]))",
        r"(?:kono|kon) (?:asha|asa) (?:nei|nai)(?= *(?:$|[.!?,…]))",
        r"ami sobar (?:bojha|boja|bojhha)",
        r"hariye jete (?:chai|ichhe kore|icche kore)",
        r"kichui (?:bhalo|valo) lage na(?= *(?:$|[.!?,…]))",
    ),
    not_crisis=(
        _bn(r"(?:তোমার|তোর|আপনার|তোমাদের) জন্য (?:মরতেও|মরতে) (?:রাজি|পারি)"),
        _bn(rf"লজ্জায় (?:মরে যেতে|মরতে) (?:চাই|{WISH} করছে|{WISH} করে)"),
    ),
)
