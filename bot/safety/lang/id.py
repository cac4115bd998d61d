"""Indonesian, formal and Jakarta slang ("gue pengen mati aja", "bundir"), and the phrases
Malay shares with it ("bunuh diri", "ingin mati", "gantung diri", "minum racun"): the writer
in danger, someone else in danger, heavy despair, and the idioms that only borrow the words.

ms.py has the Malay-only forms ("nak mati", "tak nak hidup", "ubat", "kelar tangan").
"bunuh diri" / "gantung diri" name no person, so a report about someone else is an `other`
phrase that covers them ("dia mau bunuh diri").
"""

from __future__ import annotations

from typing import Final

from bot.safety.patterns import LanguagePatterns, gap

# The writer (Indonesian and Malay, with chat spellings).
AKU: Final = r"(?:aku|saya|gue|gua|gw|gwe|ane|aq|ak|sy|ku)"
# Not "hp aku mau mati" (my phone is about to die), "kucing aku" (my cat). Patterns put a
# lookahead for the subject first, so these lookbehinds do not run at every word.
NOT_THING: Final = (
    r"(?<!hp )(?<!hape )(?<!handphone )(?<!baterai )(?<!batre )(?<!batrei )(?<!bateri )"
    r"(?<!laptop )(?<!lampu )(?<!tanaman )(?<!kucing )(?<!ikan )(?<!motor )(?<!mobil )"
    r"(?<!phone )(?<!telefon )(?<!kereta )(?<!anjing )(?<!hamster )(?<!bunga )"
)
# Words that may stand between the writer and "want": "aku (udah) (bener2) pengen mati".
ADV: Final = (
    r"(?:cuma|cuman|hanya|udah|sudah|udh|dah|beneran|bener2|benar2|benar-benar|bener-bener"
    r"|sangat|rasanya|rasa|kayaknya|kyknya|jadi|sekarang|skrg|juga|jg|tuh|nih|lagi|lg|malah"
    r"|sumpah|serius|pokoknya|memang|emang|mmg|jujur|tiba-tiba|kadang|kadang-kadang|sering"
    r"|selalu|bener|benar|makin|pengen|ingin|mau|sungguh|betul-betul|betul2|teringin)"
)
WANT: Final = r"(?:mau|ingin|pengen|pengin|pingin|pgn|pen|kepengen|kpgn|pgen|mo|ingin sekali)"
DIE: Final = r"(?:mati|mampus|modar|koit|wafat|meninggal)"
# After "mati": the idioms ("mati ketawa", "mati gaya", "mati lampu", "mati kelaparan").
FIGURATIVE: Final = (
    r"(?! ?(?:ketawa|gelak|gaya|kutu|lampu|listrik|rasa|konyol|penasaran|kebosanan|kepanasan"
    r"|kelaparan|kedinginan|kecapekan|kegerahan|karena (?:malu|lapar|bosen|bosan|ketawa|ngakak)"
    r"|kerana (?:malu|lapar|bosan|gelak)|malu|muda|tua|bahagia|demi|bersama|sama kamu|di pelukan"
    r"|dalam pelukan|-matian|matian|daripada|drpd|dari pada|ke\b|kah\b))"
)
PILLS: Final = (
    r"(?:obat|obat2|obat-obat|obat-obatan|pil|tablet|obat tidur|obat penenang|obat sakit kepala"
    r"|parasetamol|paracetamol|panadol|antimo|antidepresan|xanax|alprazolam|obat maag|bodrex)"
)
LOTS: Final = (
    r"(?:semua|semuanya|sebotol|satu botol|sebungkus|satu bungkus|sestrip|satu strip|satu papan"
    r"|sepapan|segenggam|banyak|banyak banget|banyak bgt|terlalu banyak|kebanyakan|sekaligus"
    r"|\d{2,}(?: butir| biji| tablet| pil)?|puluhan(?: butir| biji)?|sepuluh|dua puluh|tiga puluh)"
)
# Someone else: "dia", or a person the writer names by relation ("pacarku", "suami aku").
MY: Final = r"(?:ku|\s(?:aku|saya|gue|gw|gua|ane|aq|i))"
THEY: Final = (
    r"(?:dia|doi|beliau|mereka|(?:pacar|cowok|cowo|cewek|cewe|suami|istri|isteri|pasangan|teman"
    r"|temen|sahabat|adik|adek|kakak|abang|mama|ibu|papa|ayah|bapak|anak|mantan|ayang|tunangan"
    rf"|bf|gf|boyfriend|girlfriend|kawan|member|mak|abah|emak|bini|laki)(?:{MY})?)"
)
# A word that is not the writer: "dia bilang dia mau mati", not "dia pergi, aku mau mati".
NOT_ME: Final = r"(?!(?:aku|saya|gue|gua|gw|ane|aq|ak|sy|ku|w|i|gwe)\b)[\w'-]+"


# Suicide named outright, but not the news word before it ("bom bunuh diri", "kasus ...").
SUICIDE: Final = (
    r"(?=bunuh|bundir"
    r"|gantung)(?<!pencegahan )(?<!bom )(?<!serangan )(?<!pelaku )(?<!berita )(?<!kasus )(?<!film )"
    r"(?<!tentang )(?<!soal )(?<!pasal )(?<!misi )(?<!aksi )(?<!angka )(?<!cegah )"
    r"(?:bunuh diri|bundir|gantung diri|bunuhdiri)"
)
# The end of the message, perhaps after a particle: "aku nyerah deh." but not "aku nyerah
# deh, kamu yang pilih".
END: Final = (
    r"(?= *(?:(?:deh|aja|sih|ya|dah|lah|la|ni|nih|lagi|je|jer|weh|wei|sudah)[ .!?…]*)?(?:$|[.!?…]))"
)

PATTERNS = LanguagePatterns(
    code="id",
    name="Indonesian",
    crisis=(
        # ---- wanting to die: "aku pengen mati (aja)", "mending mati aja"
        rf"(?={AKU} ){NOT_THING}{AKU} (?:{ADV} ){{0,3}}{WANT} (?:{ADV} )?{DIE}" + FIGURATIVE,
        rf"(?<!\w ){WANT} (?:{ADV} )?{DIE}(?: aja| saja| sj| ae| je| deh)?" + FIGURATIVE,
        rf"(?:{WANT} |(?<!\w ))(?:{DIE}) (?:aja|saja|sj|ae)(?: lah| deh| rasanya| rasane)?"
        r"(?= *(?:$|[.!?…,]| gue| aku| gw| saya| biar| supaya| capek| cape))",
        r"(?:mending|mendingan|lebih baik|lbh baik|lebih baek) (?:aku |gue |gw |saya )?(?:mati"
        r"|mampus)"
        r"(?: aja| saja| sj)?" + FIGURATIVE,
        rf"(?:semoga|moga|mudah-mudahan|andai) {AKU} (?:cepet |cepat |segera )?(?:mati|meninggal"
        r"|(?:gak|ga|nggak|tidak|tak) bangun lagi|gak pernah lahir|tidak pernah dilahirkan)",
        # not wanting to live, tired of living
        r"(?:gak|ga|gk|nggak|ngga|enggak|engga|tidak|tdk|tak|ogah) (?:mau|ingin|pengen|pgn|kuat"
        r"|sanggup|pingin) (?:hidup|idup) (?:lagi|lg)",
        r"(?:capek|cape|capé|cpk|lelah|letih|bosan|bosen|males|malas) (?:banget |bgt |sama "
        r"|dengan )?"
        r"(?:hidup|idup)(?:ku| ini| aku)?(?! (?:di|dengan|sama|bareng|bersama|jauh|kayak|seperti"
        r"|begini|gini|susah|miskin|serumah|sendirian|sehat))",
        r"(?:mengakhiri|ngakhirin|akhiri|akhirin|ngakhiri|menyudahi|nyudahin|udahin) (?:aja )?"
        r"(?:hidup|idup|nyawa)(?:ku| aku| saya| gue| gw)?(?!nya)",
        r"(?:gak|ga|nggak|tidak|tak|ogah) (?:mau|ingin|pengen) bangun (?:lagi|besok|pagi)",
        r"tidur (?:untuk )?selamanya|tidur dan (?:gak|tidak|nggak|ga) bangun lagi",
        r"(?:pengen|ingin|mau|pgn) (?:pergi|hilang|menghilang|ngilang"
        r"|lenyap) (?:aja )?(?:dari dunia ini|selamanya|untuk selamanya)",
        # suicide, said outright (news, films, "bom bunuh diri" are in not_crisis)
        SUICIDE,
        # self-harm with intent
        r"(?:menyakiti|nyakitin|nyakitin|melukai|ngelukain|ngelukai|nyiksa|menyiksa) diri"
        r"(?: sendiri|ku| aku| saya)?(?!nya)(?! (?:dengan|karena) (?:mikir|overthinking|pikiran))",
        r"(?:nyayat|menyayat|sayat|nyilet|menyilet|silet|ngiris|iris|mengiris|motong|memotong"
        r"|potong"
        r"|gores|ngegores|menggores|barcode)(?:in)? (?:tangan|nadi|pergelangan tangan|lengan|paha)"
        r"(?:ku| aku| saya| gue| gw)?(?!nya)(?! (?:pas|waktu|saat|kena|gak sengaja|ga sengaja"
        r"|tidak sengaja))",
        r"self ?harm (?:lagi|lg)",
        # overdose and methods
        rf"(?:minum|nelen|nelan|menelan|telan|makan|nenggak|neguk|minum aja) (?:aja |langsung )?"
        rf"{LOTS} (?:\w+ )?{PILLS}",
        r"(?:minum|nenggak|neguk|menelan|nelen) (?:cairan )?(?:racun|baygon|pestisida|obat nyamuk"
        r"|obat serangga|racun tikus|pembersih lantai|porstex|wipol|cairan pembersih|clorox"
        r"|pemutih)",
        rf"{AKU} (?:{ADV} )?(?:overdosis|od)(?= *(?:$|[.!?…,]| obat| pil| lagi))",
        rf"{AKU} (?:{ADV} )?(?:{WANT}|akan|bakal|mending) (?:lompat|loncat|terjun|melompat|meloncat"
        r"|nyebur) (?:dari |ke )?(?:jembatan|gedung|atap|lantai \d+|apartemen|flyover|tebing"
        r"|jurang|rel|kereta)",
        r"(?:nabrakin|menabrakkan|nabrakkin|nyeburin|menceburkan) diri(?:ku)? (?:ke|dengan)"
        r" (?:kereta|mobil|truk|truck|bus|sungai|laut|jurang)",
        # nobody would miss me, nothing to live for, a farewell
        r"(?:semua orang|semuanya|kalian|kamu|mereka|keluarga(?:ku)?|dunia) (?:akan |bakal "
        r"|pasti )?"
        r"(?:lebih baik|lebih bahagia|lebih tenang|lebih seneng|lebih senang) (?:tanpa (?:aku|saya"
        r"|gue|gw|aq)|(?:kalau|kalo|klo|jika) (?:aku|saya|gue|gw) (?:mati|gak ada|ga ada|pergi"
        r"|tidak ada|udah gak ada))",
        r"(?:gak|ga|tidak|nggak|takkan|tak) (?:akan |bakal )?ada (?:yang|yg) (?:peduli|kangen"
        r"|merindukan|sedih|nangis|menangis|nyariin|kehilangan) (?:kalau|kalo|klo|jika|kalaupun)"
        r" (?:aku|saya|gue|gw) (?:mati|gak ada|pergi selamanya|hilang|udah gak ada|meninggal)",
        r"(?:gak|ga|tidak|nggak|tak) ada (?:lagi )?alasan (?:buat|untuk|bwt) (?:hidup|idup|tetap"
        r" hidup|bertahan hidup)",
        r"(?:ini )?(?:pesan|chat|surat) terakhir(?:ku| aku| dari aku| dari saya)",
        r"surat perpisahan|pamit dari dunia",
    ),
    other=(
        # someone else wants to die, threatens it, hurts themselves (one pattern: one gap)
        rf"{THEY} {gap(5, NOT_ME)}(?:{SUICIDE}"
        rf"|(?:{WANT}|bilang (?:mau|pengen|ingin)|ngancem|ngancam|mengancam|nyoba|mencoba|coba"
        r"|udah nyoba|berusaha|pernah nyoba|kepikiran|mikir) (?:buat |untuk |akan )?"
        rf"(?:{DIE}|mengakhiri hidup(?:nya)?|lompat|loncat|terjun|minum racun|nyakitin diri"
        r"|menyakiti diri)(?: aja| saja| sj| je| jer| deh| lah)?"
        + FIGURATIVE
        + r"|(?:gak|ga|nggak|tidak|tak) (?:mau|ingin|pengen|kuat) (?:hidup|idup) lagi"
        r"|(?:menyakiti|nyakitin|melukai|ngelukain|nyayat|menyayat|nyilet|menyilet|ngiris)"
        r" (?:diri|tangan|nadi)"
        r"|(?:udah |sudah |telah |baru aja |barusan |tadi )?(?:minum|nelen|menelan|telan|makan"
        rf"|nenggak) (?:aja )?{LOTS} (?:\w+ )?{PILLS}(?:nya)?"
        r"|(?:udah |sudah |telah |baru aja |barusan |tadi )?(?:minum|nenggak|menelan) (?:cairan )?"
        r"(?:racun|baygon|pestisida|obat nyamuk|racun tikus|porstex|wipol|clorox)|overdosis|od)",
        # hurting, ending themselves: "-nya" is his / her
        r"(?:menyakiti|nyakitin|melukai|ngelukain|menyiksa|nyiksa) dirinya(?: sendiri)?",
        r"(?:nyayat|menyayat|nyilet|menyilet|ngiris|mengiris|motong|memotong|gores|ngegores)"
        r"(?:in)? (?:tangan|nadi|pergelangan tangan|lengan|paha)nya",
        r"(?:mengakhiri|ngakhirin|akhiri|akhirin) (?:hidup|nyawa)nya",
        r"(?:ngancem|ngancam|mengancam) (?:mau |akan |bakal )?(?:bunuh diri|bundir|mati)",
        r"(?:nemuin|menemukan|nemu) (?:dia|doi) (?:pingsan|gak sadar|tidak sadarkan diri|berdarah)",
    ),
    despair=(
        rf"(?:{AKU} (?:{ADV} )?|(?<!\w ))(?:gak|ga|gk|nggak|ngga|tidak|tdk|tak) (?:kuat|sanggup"
        rf"|tahan) (?:lagi|lg){END}",
        rf"{AKU} (?:udah|sudah|dah|udh) (?:gak|ga|gk|nggak|ngga|tidak|tdk|tak) (?:kuat"
        rf"|sanggup){END}",
        rf"{AKU} (?:{ADV} )?(?:nyerah|menyerah|mau nyerah|pengen nyerah){END}",
        r"(?:capek|cape|lelah|penat) (?:banget |bgt |sekali )?(?:sama|dengan|dgn) (?:semuanya|semua"
        r" ini|semua|hidup ini|segalanya)(?! (?:di kantor|di kerjaan))",
        r"(?:apa|ap) (?:gunanya|guna|artinya) (?:aku |saya |gue )?(?:hidup|semua ini|hidup ini"
        r"|aku hidup|aku ada)",
        r"(?:buat|untuk|bwt) apa (?:aku |saya |gue |gw )?(?:hidup|idup|ada di dunia ini)",
        rf"{AKU} (?:{ADV} )?(?:merasa |ngerasa |rasa )?(?:putus asa|gak ada harapan"
        r"|tidak ada harapan|hopeless|gak berguna|tidak berguna|gak berharga|tidak berharga)",
        rf"{AKU} (?:{ADV} )?(?:cuma|hanya|cuman) (?:jadi )?(?:beban|nyusahin|menyusahkan)",
        rf"{AKU} (?:{ADV} )?(?:{WANT}) (?:ngilang|menghilang|hilang) (?:aja|saja)",
        r"hidup(?:ku| aku| saya| gue) (?:gak|tidak|ga|nggak) (?:ada )?(?:artinya|berarti|berguna)",
        r"(?:gak|ga|tidak|nggak) ada (?:harapan|jalan keluar) lagi",
    ),
    not_crisis=(
        # news, films, attacks, prevention, and "that would be suicide" about a plan
        r"(?:bom|serangan|pelaku|aksi|pengebom|teroris|misi|rompi) (?:\w+ )?bunuh diri",
        r"(?:berita|film|artikel|buku|novel|video|dokumenter|drama|sinetron|lagu|kasus|angka"
        r"|statistik|pencegahan|seminar|webinar|kampanye|podcast|series|episode|karakter|tokoh)"
        r" (?:\w+ ){0,5}?(?:bunuh diri|gantung diri|bundir)",
        r"(?:sama aja|sama saja|kayak|kyk|seperti|itu namanya|namanya) (?:\w+ )?bunuh diri",
        r"(?:jangan|jgn) (?:\w+ )?(?:menyakiti|nyakitin|melukai|bunuh) diri(?: sendiri)?",
    ),
)
