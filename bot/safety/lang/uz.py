"""Uzbek, in both scripts: the writer in danger, someone else in danger, heavy despair, and
the idioms that only borrow the words. Uzbek speakers often write in Russian: that is ru.py.

Patterns are written once, in standard Latin spelling ("o'zimni o'ldiraman"), and built
twice: in Latin as typed (o' and g' with any apostrophe or none, q also as k, x also as h)
and in Cyrillic ("ўзимни ўлдираман", with ў/у, қ/к, ғ/г, ҳ/х alike).

The person is in the verb: "o'lgim keladi" (I want to die) / "o'lgisi keladi" (he, she),
"ichdim" (I drank) / "ichdi" (drank); a quote ends in "dedi", "deyapti", "deb yozdi".
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from bot.safety.lang.ru import LOOKALIKES, not_after, with_variants
from bot.safety.patterns import LanguagePatterns

# Latin as typed: the apostrophe of o', g' and ma'no may be any kind (ʻ is kept by the
# normaliser, the rest become ') or left out; q typed as k, x as h.
LATIN_VARIANTS: Final = {"q": "k", "x": "h"}
CYRILLIC_VARIANTS: Final = {**LOOKALIKES, "ў": "у", "қ": "к", "ғ": "г", "ҳ": "х"}
_TO_CYRILLIC: Final = {
    "a": "а", "b": "б", "d": "д", "e": "е", "f": "ф", "g": "г", "h": "ҳ", "i": "и", "j": "ж",
    "k": "к", "l": "л", "m": "м", "n": "н", "o": "о", "p": "п", "q": "қ", "r": "р", "s": "с",
    "t": "т", "u": "у", "v": "в", "x": "х", "y": "й", "z": "з",
}  # fmt: skip
_DIGRAPHS: Final = (
    ("o'", "ў"), ("g'", "ғ"), ("sh", "ш"), ("ch", "ч"), ("yo'", "йў"), ("ya", "я"), ("yo", "ё"),
    ("yu", "ю"), ("ye", "е"),
)  # fmt: skip


def to_cyrillic(pattern: str) -> str:
    """A pattern in standard Uzbek Latin spelling, in Cyrillic (escapes kept)."""
    out: list[str] = []
    i = 0
    while i < len(pattern):
        if pattern[i] == "\\":
            out.append(pattern[i : i + 2])
            i += 2
            continue
        for latin, cyrillic in sorted(_DIGRAPHS, key=lambda d: -len(d[0])):
            if pattern.startswith(latin, i):
                out.append(cyrillic)
                i += len(latin)
                break
        else:
            char = pattern[i]
            if char == "e" and (i == 0 or not pattern[i - 1].isalpha()):
                out.append("э")  # word-initial e
            elif char == "'":
                out.append("ъ?")  # the tutuq belgisi in ma'no
            else:
                out.append(_TO_CYRILLIC.get(char, char))
            i += 1
    return "".join(out)


def as_latin(pattern: str) -> str:
    """A pattern in standard Latin spelling, as people type it."""
    return with_variants(pattern.replace("'", "['ʻ]?"), LATIN_VARIANTS)


def both_scripts(patterns: Iterable[str]) -> tuple[str, ...]:
    """Every pattern in Latin as typed, then in Cyrillic as typed."""
    patterns = list(patterns)
    latin = [as_latin(p) for p in patterns]
    cyrillic = [with_variants(to_cyrillic(p), CYRILLIC_VARIANTS, False) for p in patterns]
    return (*latin, *cyrillic)


END_STOP: Final = r"(?= *(?:$|[.!?…)]))"
NOT_LAUGHING: Final = not_after("kulgidan", "kulaverib", "uyatdan", "xijolatdan", "kulib")
# Where and with whom ("Toshkentda yashagim kelmaydi", "sen bilan"), or "like this".
LIVE_OK: Final = r"(?<!\wda )(?<!\wdan )" + not_after(
    "bilan",
    "birga",
    "bunday",
    "shunday",
    "bunaqa",
    "shunaqa",
    "sensiz",
    "usiz",
    "bu yerda",
    "u yerda",
)
PILLS: Final = r"(?:tabletka\w*|dori\w*|uyqu dori\w*|antidepressant\w*|paratsetamol\w*|analgin\w*)"
LOTS: Final = (
    r"(?:ko'p|juda ko'p|hamma|hammasini|barcha|barchasini|butun|bir quti|butun bir quti"
    r"|bir pachka|bir hovuch|[0-9]{2,}(?: ?ta)?|o'nta|yigirmata|o'ttizta|qirqta|ellikta|yuzta)"
)
SWALLOWED_I: Final = (
    r"(?:ichdim|ichib (?:yubordim|oldim|qo'ydim)|yutdim|yutib (?:yubordim|oldim)|ichaman"
    r"|ichmoqchiman|ichgim keladi|ichib o'laman)"
)
SWALLOWED_3: Final = (
    r"(?:ichdi|ichib (?:yubordi|oldi|qo'ydi|yuboribdi|olibdi)|yutdi|yutib (?:yubordi|yuboribdi"
    r"|olibdi)|ichibdi|ichgan)"
)
HIGH_PLACE: Final = (
    r"(?:ko'prikdan|tomdan|derazadan|balkondan|qavatdan|jarlikdan|baland(?:lik)?dan"
    r"|[0-9]+ ?-?qavatdan|uyning tomidan)"
)
UNDER: Final = r"(?:poyezd|poyezdning|mashina|mashinaning|avtobus) (?:tagiga|ostiga)"
QUOTE_END: Final = (
    r"(?:dedi|deyapti|deydi|debdi|deb yozdi|deb aytdi|deb qo'rqitdi|demoqda|deb yozibdi"
    r"|deb yozyapti|deb aytyapti)"
)
# First-person phrases as quoted before "dedi".
QUOTED_I: Final = (
    rf"(?:o'lgim (?:\w+ )?(?:keladi|kelyapti)|o'lmoqchiman|o'zimni (?:\w+ )?o'ldir(?!ma)\w*"
    rf"|jonimga qasd \w+|yashagim kelma\w*|o'zimni osaman|tomirimni kesaman|{HIGH_PLACE}"
    rf" sakrayman|o'laman|{LOTS} (?:\w+ )?{PILLS} (?:\w+ )?{SWALLOWED_I})"
)

CRISIS: Final = (
    # ---- wanting to die, not to live, not to wake up
    NOT_LAUGHING + r"o'lgim (?:\w+ )?(?:keladi|kelyapti|kelayapti|kep turibdi|kelib turibdi"
    r"|kelyapdi|kelvotti|kelyapti endi)",
    r"o'lmoqchiman|o'lishni (?:\w+ )?(?:xohlayman|istayman)|o'lishim kerak",
    r"o'lsam (?:\w+ )?(?:yaxshi|edi|kerak|bo'lardi|yaxshiroq)|o'lib (?:qolsam|ketsam)(?: edi"
    r"| yaxshi)?",
    LIVE_OK + r"yashagim (?:\w+ )?kelma\w*",
    LIVE_OK + r"yashashni (?:\w+ )?(?:xohlamayman|istamayman)",
    r"yashashdan (?:\w+ )?(?:charchadim|to'ydim|bezdim|zerikdim)|hayotdan (?:\w+ )?(?:to'ydim"
    r"|charchadim|bezdim)",
    r"yashashning (?:hech )?(?:ma'nosi|ma'nisi|keragi) (?:yo'q|qolmadi)",
    r"(?:dunyodan|hayotdan|bu dunyodan|bu hayotdan) (?:\w+ )?(?:ketgim|ketaman|ketmoqchiman)\w*",
    r"uyg'onmasam(?: edi| yaxshi)?|qaytib uyg'onmaslik\w*|uyg'onmaslikni (?:xohlayman|istayman)"
    r"|abadiy uxlagim keladi|abadiy uxlab qolgim",
    # ---- killing oneself
    r"o'zimni (?:\w+ )?o'ldir(?!ma)\w*",
    r"o'z-?o'zini o'ldirish\w*",
    r"(?:o'z )?jonimga qasd \w+",
    r"(?:o'z )?joniga qasd qilish\w*",
    r"suitsid\w*",
    r"mensiz (?:\w+ )?(?:hammaga|hamma|barchaga|dunyoga|oilamga) (?:\w+ )?yaxshi",
    r"men o'lsam (?:\w+ )?(?:hech kim|hamma) (?:\w+ )?(?:sezmaydi|yig'lamaydi|xursand)",
    r"(?:so'nggi|oxirgi) xabarim|xayrlashuv xati",
    r"(?:o'lim|o'lish|o'zimni o'ldirish) haqida (?:\w+ )?o'ylayman",
    # ---- overdose, poison
    rf"{LOTS} (?:\w+ )?{PILLS} (?:\w+ ){{0,2}}?{SWALLOWED_I}",
    rf"{PILLS} (?:\w+ )?{LOTS} (?:\w+ )?{SWALLOWED_I}",
    r"zahar (?:\w+ )?(?:ichaman|ichdim|ichmoqchiman|ichib o'laman|ichgim)",
    # ---- method
    r"(?:tomirimni|tomirlarimni|bilagimni) (?:\w+ )?kes\w*",
    r"o'zimni (?:\w+ )?(?:osaman|osmoqchiman|osib qo'yaman|osgim)\w*|osilib o'laman",
    rf"{HIGH_PLACE} (?:\w+ )?(?:sakrayman|sakramoqchiman|sakragim|o'zimni tashla(?:yman|moqchiman"
    r"|gim)|tashlanaman)\w*",
    rf"{UNDER} (?:\w+ )?(?:tashlanaman|o'zimni tashlayman|yotaman|o'zimni otaman)",
    # ---- self-harm with intent
    r"o'zimni (?:\w+ )?(?:kesaman|kesyapman|kesib yuraman|kesgim|kesmoqchiman|jarohatlayman"
    r"|jarohatlamoqchiman|kuydiraman)\w*",
    r"o'zimga (?:\w+ )?(?:zarar|ziyon|jarohat|og'riq) (?:yetkaz|ber)\w*",
    r"(?:ataylab|qasddan|yana) (?:\w+ )?(?:o'zimni|qo'limni|bilagimni) (?:\w+ )?(?:kesdim"
    r"|kesib oldim|jarohatladim|kuydirdim)",
)

OTHER: Final = (
    r"o'lgisi (?:\w+ )?kel\w*",
    r"o'lmoqchi(?!\w)|o'lmoqchi (?:bo'ldi|ekan)",
    LIVE_OK + r"yashagisi (?:\w+ )?kelma\w*",
    r"o'zini (?:\w+ )?o'ldir(?:di|moqchi|ibdi|gisi|aman|maqchi|ib qo'y|ishga urin)\w*",
    r"o'zini (?:\w+ )?(?:osdi|osibdi|osmoqchi|osgisi)\w*|osilib o'ldi\w*",
    r"o'zini (?:\w+ )?(?:kesdi|kesyapti|kesib yuribdi|kesibdi|jarohatladi|jarohatlayapti)\w*",
    r"tomirini (?:\w+ )?kes\w*",
    r"(?:o'z )?joniga qasd (?:qildi|qilmoqchi|qilibdi|qilgan|qilmoqda|qilyapti|qilishga urin\w*"
    r"|qilmoqchi bo'ldi|qilaman dedi)\w*",
    rf"{LOTS} (?:\w+ )?{PILLS} (?:\w+ ){{0,2}}?{SWALLOWED_3}",
    rf"{PILLS} (?:\w+ )?{LOTS} (?:\w+ )?{SWALLOWED_3}",
    rf"{HIGH_PLACE} (?:\w+ )?(?:sakradi|sakrabdi|sakramoqchi|sakragisi)\w*",
    rf"{QUOTED_I}[\"»”“]?,? (?:\w+ ){{0,2}}?{QUOTE_END}",
)

DESPAIR: Final = (
    r"(?:hamma narsadan|hammasidan|hammadan) (?:\w+ )?(?:charchadim|to'ydim|bezdim)",
    r"(?:boshqa|endi|ortiq) (?:\w+ )?(?:chiday olmayman|chidolmayman|chidayolmayman|bardosh"
    r" berolmayman|toqat qilolmayman)" + END_STOP,
    r"(?:sabrim|kuchim|toqatim) (?:\w+ )?(?:qolmadi|tugadi)" + END_STOP,
    r"hech kimga (?:keragim yo'q|kerak emasman)",
    r"men (?:\w+ )?(?:yukman|ortiqchaman)",
    not_after("dam olishga", "bir haftaga", "dengizga", "toqqa", "otpuskaga", "safarga")
    + r"(?:yo'q bo'lib ketgim|g'oyib bo'lgim|yo'qolib ketgim) (?:\w+ )?keladi",
    r"umidim (?:qolmadi|yo'q|uzildi)",
    r"(?:hammasi|hayotim|hayot|bu hayot) (?:\w+ )?(?:ma'nosiz|bema'ni)",
    r"hayotning (?:hech )?(?:ma'nosi|ma'nisi) (?:yo'q|qolmadi)",
    r"chiqish yo'li yo'q",
    r"taslim bo'ldim" + END_STOP,
    r"o'zimni (?:\w+ )?yomon ko'raman|o'zimdan nafratlanaman",
)

PATTERNS = LanguagePatterns(
    code="uz",
    name="Uzbek",
    crisis=both_scripts(CRISIS),
    other=both_scripts(OTHER),
    despair=both_scripts(DESPAIR),
)
