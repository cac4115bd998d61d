"""Vietnamese, with and without diacritics and in teen code ("e mún chết", "ko mún sống
nữa"): the writer in danger, someone else in danger, heavy despair, and the idioms that only
borrow the words.

The normaliser drops every tone and vowel mark but keeps đ, so patterns are written with
marks for reading and "[dđ]" wherever a đ may be typed as d. Two things need care:
"muốn chết" is also an intensifier ("nhớ anh muốn chết", "mệt muốn chết"), so the writer
must be the subject; and folded, "tự tử" (suicide) is the same text as "từ từ" (slowly),
so it is only matched where "từ từ" cannot stand.
"""

from __future__ import annotations

import re
from typing import Final

from bot.safety.patterns import LanguagePatterns

# The writer: tôi, em, anh (to a partner), tao, tớ, mình and their teen-code short forms.
TOI: Final = r"(?:tôi|tui|toy|t|em|e|anh|a|tao|tau|tớ|mình|mik|mk|mị|bố mày|chị|c)"
# Not "nhớ anh muốn chết" (miss you to death): the pronoun is no one's object.
NOT_OBJECT: Final = (
    rf"(?={TOI} )(?<!nhớ )(?<!yêu )(?<!thương )(?<!ghét )(?<!mê )(?<!cưng )(?<!chọc )(?<!ghẹo )"
    r"(?<![dđ]ọa )(?<![dđ]oạ )(?<!hù )(?<!giận )(?<!với )(?<!của )(?<!cho )"
)
ADV: Final = (
    r"(?:chỉ|thật sự|thực sự|ts|rất|đang|lại|cũng|cứ|bây giờ|giờ|h|thật|hiện tại|lúc này"
    r"|nhiều lúc|đôi khi|thật lòng|vẫn|luôn|hay|chỉ còn|cực kỳ|quá|thì|thấy|nghĩ là|sắp|sẽ"
    r"|đã|vừa|mới|hôm nay|tối nay|thực lòng|thật ra|nói thật)"
)
WANT: Final = r"(?:muốn|mún|mog|mốn|mong|muôn|moốn)"
DIE: Final = r"(?:chết|chít|chớt|chếc|chết đi|die|ngủm|ngủm củ tỏi|đi chết|qua đời)"
# After "chết": the intensifier and question uses ("muốn chết đi được", "muốn chết à?").
FIGURATIVE: Final = (
    r"(?! (?:đi được|đi đc|được|đc|mất|à|hả|ha|ak|hở|hông|không|ko|k|hay sao|hay gì|hay j|với"
    r"|vì cười|cười|luôn á|luôn ấy|vì nhớ|vì thương))"
)
NOT: Final = r"(?:không|ko|k|kg|hông|hong|hok|hổng|khum|khôm|chẳng|chả|ứ|hem|kh|kô|hk)"
# Folded "tự tử" = "từ từ": only before the end, a comma, or words that cannot follow
# "từ từ" ("tự tử chết", "tự tử cho xong").
TU_TU: Final = (
    r"tự tử(?= *(?:$|[.!?,…]| (?:chết|bằng|đây|cho xong|cho rồi|cho nhẹ|luôn|quá|lắm|mất|thật"
    r"|vì|nữa|được không|đc không|mà chết|hụt|không thành|ko thành|thôi cho xong)\b))"
)
SUICIDE: Final = rf"(?:{TU_TU}|tự sát|tự vẫn chết|tự kết liễu)"
PILLS: Final = (
    r"(?:thuốc|thuốc ngủ|thuốc an thần|paracetamol|panadol|efferalgan|thuốc giảm đau|thuốc trầm"
    r" cảm|thuốc hạ sốt|thuốc tây|seduxen|thuốc chống trầm cảm)"
)
LOTS: Final = (
    r"(?:(?:hết |cả |nguyên |một |1 |hết cả |hết nguyên |cả một |nguyên một |hẳn một )?(?:vỉ|lọ"
    r"|hộp|chai|nắm|đống|bụm|hũ|tép)|(?:\d{2,}|mấy chục|vài chục|hai chục|ba chục|rất nhiều"
    r"|thật nhiều|nhiều) viên|rất nhiều|cả nắm)"
)
# Someone else: a pronoun, or a person the writer names by relation ("người yêu em").
MY: Final = r"(?: (?:em|anh|tôi|tui|tớ|mình|t|e|a|tao))?"
THEY: Final = (
    r"(?:anh ấy|anh ta|cô ấy|cô ta|chị ấy|chị ta|nó(?<!ăn nó)(?<!em nó)(?<!tôi nó)(?<!anh nó)"
    r"(?<!tao nó)(?<!mình nó)(?<!quá nó)|hắn|bọn họ|thằng bé|con bé"
    r"|(?:bạn trai|bạn gái|người yêu|ny|chồng|vợ|bạn thân|em gái|em trai|anh trai|chị gái|bồ"
    rf"|crush|người thương|chồng sắp cưới|vợ sắp cưới){MY}"
    # Short words that are common in other languages once folded (me, ba, con, ban): only
    # with "my" after them ("mẹ em", "bạn tôi").
    r"|(?:mẹ|bố|ba|má|con|bạn) (?:em|anh|tôi|tui|tớ|mình|t|e|a|tao))"
)
# A word that is not the writer: "anh ấy nói muốn chết", not "anh ấy bỏ em nên em muốn chết".
NOT_ME: Final = r"(?!(?:tôi|toi|tui|t|tớ|to|mình|minh|mik|mk|em|e|tao|tau)\b)[\w'-]+"


def gap(words: int) -> str:
    return rf"(?:{NOT_ME} ){{0,{words}}}?"


# "nóng không chịu nổi nữa" is about the heat, not about life.
NOT_WEATHER: Final = (
    r"(?<!nóng )(?<!lạnh )(?<!rét )(?<!đói )(?<!ồn )(?<!đau )(?<!ngứa )(?<!buồn ngủ )(?<!mỏi )"
    r"(?<!cay )(?<!mặn )(?<!ngọt )(?<!chật )(?<!kẹt xe )(?<!tắc đường )"
)
END: Final = r"(?= *(?:$|[.!?…]| rồi| quá| lắm| luôn| thật sự| nữa))"


_D: Final = re.compile(r"\[dđ\]|đ")


def d(pattern: str) -> str:
    """đ may be typed as d: every đ in the pattern matches both (the normaliser keeps đ)."""
    return _D.sub("[dđ]", pattern)


def d_all(*patterns: str) -> tuple[str, ...]:
    return tuple(d(p) for p in patterns)


PATTERNS = LanguagePatterns(
    code="vi",
    name="Vietnamese",
    crisis=d_all(
        # ---- wanting to die: the writer as subject, or the message opening with it
        rf"{NOT_OBJECT}{TOI} (?:{ADV} ){{0,3}}{WANT} (?:được |đc |dc )?{DIE}" + FIGURATIVE,
        rf"(?<!\w )(?:{ADV} ){{0,2}}{WANT} (?:được |đc )?{DIE}" + FIGURATIVE,
        r"chết quách (?:đi )?cho (?:xong|rồi|xong đời|nhẹ)|chết (?:đi )?cho (?:xong|rồi) (?:đời"
        r"|kiếp)",
        rf"(?:ước gì|ước|giá mà|mong) (?:{TOI} )?(?:chết (?:đi|quách)|được chết"
        r"|chưa từng (?:được )?"
        r"sinh ra|không (?:được )?sinh ra|ngủ (?:mãi|luôn) không (?:dậy|tỉnh))",
        # not wanting to live, to exist, to wake up; tired of living
        rf"{NOT} (?:còn )?{WANT} (?:sống|tồn tại|thức dậy|tỉnh dậy|dậy) (?:nữa|tiếp|thêm nữa"
        r"|trên đời này nữa|trên đời nữa)",
        rf"(?:hết|chẳng còn|ko còn|không còn) {WANT} sống(?: nữa)?",
        rf"{NOT} (?:còn )?{WANT} sống(?= *(?:$|[.!?…]))",
        r"chán sống(?<!mày chán sống)(?<!m chán sống)(?<!mi chán sống)(?: quá| rồi| lắm"
        r"| thật)?(?! (?:à|hả|ha|hay sao|rồi à|rồi hả|rồi sao|ak))",
        r"sống không nổi nữa|không thể sống (?:tiếp|thêm) (?:được )?nữa",
        r"ngủ (?:một giấc )?(?:mãi mãi|mãi|luôn|vĩnh viễn) không (?:bao giờ )?(?:dậy|tỉnh)"
        r"|ngủ (?:luôn )?không bao giờ dậy",
        # suicide, killing oneself
        rf"(?:muốn|mún|định|nghĩ đến|nghĩ tới|nghĩ về|ý định|ý nghĩ|suy nghĩ|ý muốn|lại nghĩ)"
        rf" (?:việc |chuyện |đến chuyện |tới chuyện |đến việc )?{SUICIDE}",
        r"(?:sẽ|tính|đã|từng|thử|đi) (?:tự sát|tự vẫn chết|tự kết liễu)",
        r"ý định tự tử|ý nghĩ tự tử|suy nghĩ tự tử|thư tuyệt mệnh|tự kết liễu",
        rf"{TOI} (?:{ADV} )?(?:muốn |mún |định |sẽ |tính )?tự sát",
        r"tự giết (?:chết )?(?:chính )?(?:bản thân|mình)|giết (?:chết )?(?:chính )?bản thân"
        r"(?! (?:vì|bằng) (?:ăn|công việc|deadline))",
        r"(?:kết liễu|kết thúc|chấm dứt|tự kết thúc) (?:cuộc đời|cuộc sống|mạng sống|sinh mạng|đời"
        r"|bản thân)(?: (?:của )?(?:mình|em|tôi|tui|tao|tớ|con))?(?! (?:độc thân|sinh viên|học sinh"
        r"|ở|tại|chung|hôn nhân|vợ chồng))",
        # self-harm with intent
        r"rạch (?:cổ )?tay|rạch đùi|cắt cổ tay",
        rf"(?:{TOI} )(?:{ADV} )?(?:lại |muốn |mún |vừa |mới |đã |sẽ )(?:cắt|cứa|rạch) (?:vào )?tay"
        r"(?! (?:khi|lúc|trúng|phải|vì (?:dao|kéo)))",
        r"(?=tự )(?<!đừng )(?<![dđ]ung )tự (?:làm (?:đau|hại|tổn thương)|hại|hành hạ"
        r"|cắt) (?:bản thân"
        r"|chính mình|mình)(?! (?:vì|bằng) (?:suy nghĩ|overthinking|những suy nghĩ))",
        rf"{WANT} (?:làm đau|làm hại|hành hạ|cắt) (?:bản thân|chính mình)",
        # overdose and methods
        rf"(?:uống|nuốt) {LOTS} (?:\w+ )?{PILLS}",
        rf"uống (?:{PILLS} )?quá liều|quá liều thuốc",
        r"uống (?:thuốc |nước )?(?:chuột|diệt chuột|trừ sâu|sâu|rầy|diệt cỏ|độc|axit|acid|thuốc tẩy"
        r"|tẩy bồn cầu)",
        r"nhảy lầu",
        r"(?:muốn|mún|định|sẽ|tính) (?:\w+ )?nhảy (?:cầu|sông|xuống sông|từ tầng|xuống từ|lầu)"
        r"(?! (?:nghệ thuật|ở bể bơi|xuống bể bơi|ở biển|biển))",
        r"nhảy từ (?:tầng|sân thượng|trên cầu|cầu|nóc) (?:\w+ ){0,3}?xuống",
        r"treo cổ (?:tự tử|chết|cho xong|luôn|bằng)|(?:muốn|mún|định|sẽ|tính|tự) treo cổ",
        r"lao (?:đầu |mình )?vào (?:xe tải|xe|ô tô|tàu hỏa|tàu)",
        # nobody would miss me, nothing to live for, a farewell
        r"(?:mọi người|mọi ng|tất cả|ai cũng|gia đình|mn) (?:sẽ )?(?:tốt hơn|hạnh phúc hơn"
        rf"|nhẹ nhõm hơn|vui hơn) (?:nếu|khi) (?:{NOT} có|thiếu|vắng) (?:{TOI})",
        rf"(?:không|chẳng|ko|k) (?:ai|có ai) (?:quan tâm|để ý|nhớ|buồn|khóc|cần) (?:nếu|khi|dù)"
        rf" (?:{TOI}) (?:chết|biến mất|ra đi|không còn|ko còn|mất)",
        r"(?:không còn|chẳng còn|ko còn|k còn|hết) (?:lý do|lí do|gì|điều gì) (?:để )?(?:sống"
        r"|tiếp tục sống)",
        r"(?:đây là|là) tin nhắn cuối cùng",
        r"biến mất (?:mãi mãi|vĩnh viễn|khỏi (?:thế giới|cuộc đời|thế gian|trần đời) này)",
        rf"{WANT} (?:ra đi|đi) (?:mãi mãi|vĩnh viễn)",
    ),
    other=d_all(
        # someone else wants to die, threatens it, hurts themselves (one pattern: one gap)
        rf"{THEY} {gap(5)}(?:(?:{WANT}|đòi|dọa|doạ|định|tính|nói (?:là )?(?:muốn|sẽ)|bảo (?:là )?"
        rf"muốn|kêu muốn|nhắn (?:là )?muốn|sắp) (?:được )?{DIE}"
        + FIGURATIVE
        + r"|(?:đòi|dọa|doạ|định|tính) (?:đi )?tự tử"
        r"|(?:muốn|mún|sẽ|đã|vừa|mới|từng|cố|thử|lại|nói (?:là )?(?:muốn|sẽ)|bảo (?:là )?(?:muốn"
        rf"|sẽ)|nhắn (?:là )?(?:muốn|sẽ)) {SUICIDE}"
        r"|(?:đã |vừa |mới |lại |định |đòi |dọa |muốn )?(?:nhảy lầu|nhảy cầu|treo cổ|rạch tay"
        r"|rạch cổ tay|cứa tay|cắt tay|tự làm (?:đau|hại|tổn thương) (?:bản thân|chính mình|mình)"
        r"|tự hại|kết liễu|uống (?:thuốc |nước )?(?:chuột|diệt chuột|trừ sâu|sâu|rầy|độc|axit)"
        rf"|uống (?:{PILLS} )?quá liều)"
        rf"|(?:nói |bảo |nhắn |kêu )?(?:là )?{NOT} (?:còn )?{WANT} (?:sống|tồn tại)(?: nữa| tiếp)?"
        rf"|(?:đã |vừa |mới |lại )?(?:uống|nuốt) {LOTS} (?:\w+ )?{PILLS}|chán sống)",
    ),
    despair=d_all(
        rf"(?:{TOI} )?(?:{ADV} )?(?=(?:{NOT}|hết) ){NOT_WEATHER}(?:{NOT} (?:thể )?(?:chịu"
        r"|chịu đựng) (?:nổi|được)|hết chịu nổi"
        rf"|hết chịu được|{NOT} thể (?:chịu đựng|tiếp tục|cố) (?:được )?(?:thêm )?) ?(?:nữa|rồi)"
        rf"{END}",
        rf"(?:{TOI} )(?:{ADV} )?(?:bỏ cuộc|buông xuôi|muốn bỏ cuộc|muốn buông xuôi)(?: rồi)?"
        r"(?= *(?:$|[.!?…]))",
        rf"{TOI} (?:{ADV} )?(?:thấy |cảm thấy )?(?:tuyệt vọng|vô vọng|bế tắc|vô dụng|vô giá trị)"
        r"(?! (?:với|về|trong) (?:môn|bài|game|trận))",
        rf"{TOI} (?:{ADV} )?(?:chỉ )?là (?:một )?(?:gánh nặng|của nợ)",
        rf"{TOI} (?:{ADV} )?{WANT} biến mất(?! (?:một lúc|vài ngày|khỏi (?:nhóm|group)))",
        r"(?:chẳng|không|ko|k) còn (?:gì )?(?:ý nghĩa|hy vọng|hi vọng)(?: gì)?(?: nữa)?(?= *(?:$"
        r"|[.!?…]))",
        r"sống (?:để |đề )?làm gì(?: nữa)?(?= *(?:$|[.!?…]))",
        r"(?:mệt mỏi|mệt|chán) (?:với|vì) (?:tất cả|mọi thứ|cuộc sống|cuộc đời|mọi chuyện)"
        r"(?: này)?(?: quá| lắm| rồi)?(?= *(?:$|[.!?…,]))",
        r"cuộc (?:sống|đời) (?:này )?(?:thật |quá |hoàn toàn )?(?:vô nghĩa|bế tắc|vô vọng)",
        r"(?:không|chẳng|ko) (?:còn )?(?:lối thoát|đường lui)",
    ),
    not_crisis=d_all(
        # films, news, reports about others long ago; "don't hurt yourself" advice
        r"(?:phim|truyện|bài hát|sách|tiểu thuyết|bản tin|tin tức|báo|bài báo|video|clip|vụ"
        r"|nhân vật) (?:\w+ ){0,6}?(?:muốn |định |ý định )?(?:tự tử|tự sát|nhảy lầu|treo cổ)",
        r"(?:môn|vận động viên|thi|xem) nhảy cầu",
        r"(?:đừng|dung|đừng có) (?:\w+ )?tự (?:làm (?:đau|hại|tổn thương)|hại|hành hạ)",
    ),
)
