"""Malay (Malaysia, Brunei, Singapore; chat spellings and Manglish): the writer in danger,
someone else in danger, heavy despair, and the idioms that only borrow the words.

Only the Malay forms are here ("nak mati", "tak nak hidup dah", "telan ubat", "kelar
tangan"); what Malay shares with Indonesian ("bunuh diri", "ingin mati", "gantung diri",
"minum racun", "lebih baik aku mati") is in id.py and is not listed twice. Intensifiers
("penat nak mati", "lapar nak mati") and scolding ("kau nak mati ke?") are not the writer
wishing to die, so the writer must be the subject.
"""

from __future__ import annotations

from typing import Final

from bot.safety.lang.id import AKU as AKU_ID
from bot.safety.lang.id import END, NOT_THING, THEY
from bot.safety.patterns import LanguagePatterns, gap

# The writer, and Manglish "i" ("i nak mati").
AKU: Final = rf"(?:{AKU_ID}|i)"
# Words that may stand between the writer and "nak": "aku (rasa) (macam) nak mati".
ADV: Final = (
    r"(?:rasa|rase|memang|mmg|betul-betul|betul2|benar-benar|sangat|dah|da|sekarang|skrg"
    r"|cuma|just|serius|sumpah|jujur|macam|mcm|teringin|terasa|kadang|kadang-kadang|selalu"
    r"|tiba-tiba|lagi|pun|je|jer|ni|nie|asyik|rasanya)"
)
NAK: Final = r"(?:nak|hendak|hndk|hdk|mahu|mau|teringin nak|rasa nak)"
TAK: Final = r"(?:tak|tk|x|tidak|tiada|takde|tak de|taknak)"
# After "mati": idioms, a question ("nak mati ke?"), "mati gelak".
FIGURATIVE: Final = (
    r"(?! ?(?:ke\b|kah\b|gelak|ketawa|kebulur|kelaparan|kepanasan|kesejukan|kebosanan|katak"
    r"|akal|pucuk|lampu|api|demi|bersama|dengan kau|dgn kau|tua|muda|daripada|drpd|dari pada))"
)
PILLS: Final = (
    r"(?:ubat|ubat-ubat|ubat2|ubat tidur|ubat penenang|ubat sakit kepala|pil|pil tidur|panadol"
    r"|paracetamol|tablet|ubat batuk|ubat depresi|antidepresan)"
)
LOTS: Final = (
    r"(?:semua|semuanya|sebotol|satu botol|sepapan|satu papan|segenggam|banyak|banyak-banyak"
    r"|banyak sangat|terlalu banyak|sekaligus|\d{2,}(?: biji)?|berpuluh(?: puluh)?(?: biji)?"
    r"|sepuluh|dua puluh)"
)

PATTERNS = LanguagePatterns(
    code="ms",
    name="Malay",
    crisis=(
        # ---- wanting to die: "aku nak mati je", "rasa nak mati", "baik aku mati je"
        rf"(?={AKU} ){NOT_THING}{AKU} (?:{ADV} ){{0,3}}{NAK} (?:{ADV} )?(?:mati|mampus|meninggal)"
        + FIGURATIVE,
        rf"(?<!\w )(?:{ADV} )?{NAK} (?:{ADV} )?mati(?: je| jer| sahaja| saja| la| lah)?"
        + FIGURATIVE,
        r"(?:baik|lagi baik|elok) (?:aku |saya )?mati (?:je|jer|sahaja|saja)(?: la| lah)?",
        r"(?:mati|mampus) je (?:la|lah)(?= *(?:$|[.!?…,]))",
        # not wanting to live, tired of living
        rf"{TAK} (?:nak|mahu|ingin|hendak|larat|sanggup|nak lagi) (?:nak )?hidup (?:lagi|dah|da"
        r"|dah lagi)",
        r"(?:penat|letih|jemu|muak|bosan) (?:dengan |dgn )?(?:hidup|kehidupan)(?: ni| ini| aku)?"
        r"(?! (?:di|kat|dekat|dengan|macam|sorang|dalam))",
        r"(?:tamatkan|menamatkan|habiskan|akhirkan) (?:riwayat|hidup|nyawa) (?:aku|saya|sendiri)",
        rf"{TAK} (?:nak|mahu|ingin) bangun (?:lagi|esok|pagi esok)",
        r"(?:nak|mahu|ingin) (?:pergi|hilang|lenyap) (?:je |jer )?(?:dari dunia ni|dari dunia ini"
        r"|selamanya|buat selamanya)",
        # self-harm with intent
        r"(?:kelar|toreh|menoreh|hiris|menghiris|kerat|sayat) (?:tangan|lengan|nadi|pergelangan"
        r"(?: tangan)?|peha)(?: aku| saya| sendiri)?(?! (?:dia|masa|waktu|terkena|tak sengaja))",
        r"(?:cederakan|mencederakan|sakitkan|menyakitkan|lukakan|melukakan) diri"
        r"(?: sendiri| aku| saya)?(?! dia)",
        # overdose and methods
        rf"(?:telan|menelan|makan|minum|ambik|ambil) (?:je |terus )?{LOTS} (?:\w+ )?{PILLS}",
        rf"{AKU} (?:{ADV} )?(?:{NAK}|akan|nak pergi) (?:terjun|lompat|melompat) (?:dari |ke )?"
        r"(?:bangunan|jambatan|bumbung|flat|kondo|tingkat \d+|atas bangunan|landasan|sungai|laut)",
        # nobody would miss me, nothing to live for
        r"(?:takde|tiada|tak ada|tak de|xde) (?:sape|siapa|sapa|orang|org) (?:pun )?(?:akan |nak )?"
        r"(?:kisah|peduli|sedih|rindu|perasan|menangis|nangis) (?:kalau|kalo|klu|kalau pun|jika)"
        r" (?:aku|saya|i) (?:mati|takde|tak ada|hilang|pergi|dah takde)",
        r"(?:takde|tiada|tak ada|tak de|xde) (?:sebab|alasan|guna) (?:nak |untuk |utk )?(?:aku )?"
        r"(?:hidup|teruskan hidup)",
        r"(?:semua orang|semua|korang|family aku|keluarga aku) (?:akan |mesti )?(?:lagi |lebih )?"
        r"(?:bahagia|senang|gembira|baik) (?:kalau|kalo|klu) (?:aku|saya|i) (?:takde|mati|tak ada"
        r"|pergi|dah takde)",
    ),
    other=(
        # someone else wants to die, threatens it, hurts themselves (one pattern: one gap)
        rf"{THEY} {gap(4)}(?:(?:{NAK}|cakap (?:dia )?nak|kata (?:dia )?nak|ugut nak|ugut|cuba"
        r"|pernah cuba|try) (?:nak )?(?:mati"
        + FIGURATIVE
        + r"|bunuh diri|terjun|lompat|gantung diri|kelar tangan|cederakan diri|telan ubat)"
        rf"|{TAK} (?:nak|mahu|larat) (?:nak )?hidup (?:lagi|dah)"
        r"|(?:dah |sudah |baru |tadi )?(?:telan|menelan|makan|ambik|ambil) (?:je )?"
        rf"{LOTS} (?:\w+ )?{PILLS}(?: dia)?"
        r"|(?:kelar|toreh|menoreh|hiris|sayat) (?:tangan|lengan|nadi|pergelangan)"
        r"|(?:cederakan|mencederakan|sakitkan|lukakan) diri)",
        r"(?:kelar|toreh|menoreh|hiris|sayat|kerat) (?:tangan|lengan|nadi|pergelangan|peha) dia",
        r"(?:cederakan|mencederakan|sakitkan|menyakitkan|lukakan|melukakan|seksa) diri dia",
    ),
    despair=(
        rf"(?:{AKU} (?:{ADV} )?|(?<!\w ))(?:dah |da )?{TAK} (?:larat|tahan|sanggup|mampu)"
        rf"(?: dah| lagi| dah lagi)?{END}",
        r"apa guna (?:semua ni|hidup ni|aku ni|aku hidup|aku ada)",
        rf"{AKU} (?:{ADV} )?(?:rasa )?(?:tak berguna|takde harapan|tiada harapan|tak ada harapan"
        r"|tak bermakna|tak bernilai)",
        rf"{AKU} (?:{ADV} )?(?:cuma |hanya |je )?(?:menyusahkan|susahkan|bebankan|membebankan)"
        r" (?:semua orang|korang|orang|family|keluarga|semua)",
        rf"{AKU} (?:{ADV} )?{NAK} (?:hilang|menghilang|lari dari semua ni)(?: je| jer| sahaja)?"
        + END,
        r"hidup (?:aku|saya) (?:takde|tiada|tak ada|tak) (?:makna|bermakna|erti|guna)",
        r"(?:penat|letih|jemu) (?:dengan|dgn) (?:semua ni|semua benda|segalanya|semuanya)",
        rf"{AKU} (?:{ADV} )?(?:give up|putus harapan|mengalah){END}",
    ),
    not_crisis=(
        # "nak mati ke" said to someone else, "mati aku" (I'm in trouble)
        r"(?:kau|ko|korang|awak|hang|engkau|u|you) (?:\w+ )?nak mati (?:ke|kah)",
        # "that's suicide" about a reckless plan; "don't hurt yourself"
        r"(?:sama je|sama jer|macam|mcm|itu namanya) (?:\w+ )?bunuh diri",
        r"(?:jangan|jgn) (?:\w+ )?(?:sakitkan|cederakan|lukakan|seksa) diri(?: sendiri)?",
    ),
)
