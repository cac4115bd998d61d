"""Azerbaijani (Latin script): the writer in danger, someone else in danger, heavy despair,
and the idioms that only borrow the words. Accents are folded away (ö/o, ş/s, ç/c, ğ/g, ü/u,
ı/i); ə, which the folding keeps, also matches a plain e. Turkish is a separate module.

The person is in the verb: "ölmək istəyirəm" (I want to die) / "ölmək istəyir" (he, she),
"içdim" (I drank) / "içdi" (drank); a quote ends in "deyir", "dedi", "yazdı".
"""

from __future__ import annotations

from typing import Final

from bot.safety.lang.ru import cyr, not_after
from bot.safety.patterns import LanguagePatterns

VARIANTS: Final = {"ə": "e"}

END_STOP: Final = r"(?= *(?:$|[.!?…)]))"
# "I want to die in your arms / laughing": not a wish.
NOT_FIGURATIVE: Final = not_after(
    "gülməkdən", "utancdan", "qucağında", "qucağımda", "yanında", "üçün", "birlikdə"
)
# Where and with whom ("Bakıda yaşamaq istəmirəm", "səninlə", "belə"): not a wish to die.
# The locative (-da/-də) and comitative (-la/-lə) are endings of the word before.
LIVE_OK: Final = r"(?<!\wda )(?<!\wdə )(?<!\wta )(?<!\wtə )(?<!\wla )(?<!\wlə )" + not_after(
    "ilə", "belə", "burada", "orada", "birlikdə", "onsuz", "sənsiz"
)
PILLS: Final = (
    r"(?:dərman\w*|həb(?:lər|ləri|lərin|lərdən|i|in)?|tablet\w*|yuxu dərman\w*|antidepressant\w*"
    r"|parasetamol\w*|analgin\w*)"
)
LOTS: Final = (
    r"(?:çoxlu|çox|hamısını|hamısın|bütün|bir qutu|bütöv bir qutu|bir paket|bir ovuc|[0-9]{2,}|on"
    r"|iyirmi|otuz|qırx|əlli|yüz)"
)
SWALLOWED_I: Final = (
    r"(?:içdim|içmişəm|udmuşam|uddum|içəcəm|içəcəyəm|içmək istəyirəm|içib öləcəm|atdım)"
)
SWALLOWED_3: Final = r"(?:içdi|içib|içmişdi|içmişdir|udub|uddu|udmuşdu|içibdir|atıb)"
HIGH_PLACE: Final = (
    r"(?:körpüdən|damdan|pəncərədən|balkondan|mərtəbədən|qayadan|hündürlükdən|binadan"
    r"|[0-9]+ ?-?c[iıuü] mərtəbədən)"
)
UNDER: Final = r"(?:qatarın|maşının|avtobusun) altına"
QUOTE_END: Final = r"(?:deyir|dedi|yazdı|yazır|deyib|yazıb|söylədi|söyləyir)"
THEY: Final = (
    r"(?:o|oğlum|qızım|sevgilim|ərim|həyat yoldaşım|arvadım|dostum|rəfiqəm|qardaşım|bacım|anam"
    r"|atam|keçmiş sevgilim)"
)
QUOTED_I: Final = (
    rf"(?:ölmək (?:\w+ )?istəyirəm|özümü (?:\w+ )?öldür\w*|yaşamaq istəmirəm|özümü asacam|intihar"
    rf" edəcəm|{HIGH_PLACE} atılacam|öləcəm)"
)

CRISIS: Final = (
    # ---- wanting to die, not to live, not to wake up
    NOT_FIGURATIVE + r"ölmək (?:\w+ )?(?:istəyirəm|istiyirəm|istəyirdim|istərdim|arzulayıram)",
    r"ölüm (?:\w+ )?(?:istəyirəm|arzulayıram)",
    r"kaş (?:\w+ )?(?:öləydim|ölsəydim|olmayaydım|doğulmayaydım|doğulmasaydım)",
    r"ölsəm (?:\w+ )?(?:yaxşıdır|yaxşı olar|daha yaxşıdır|rahat olaram)",
    LIVE_OK + r"yaşamaq (?:\w+ )?istəmirəm",
    r"yaşamağa (?:\w+ )?(?:həvəsim|istəyim|gücüm|səbəbim) (?:yoxdur|qalmayıb|yox|qalmadı)",
    r"(?:yaşamaqdan|həyatdan|yaşamaqdan da) (?:\w+ )?(?:yoruldum|bezdim|bıqdım|usandım|doydum)",
    r"yaşamağın (?:heç bir )?(?:mənası|anlamı) (?:yoxdur|qalmayıb|yox)",
    r"(?:bu dünyadan|həyatdan|dünyadan) (?:\w+ )?(?:getmək istəyirəm|gedəcəm|gedəcəyəm|köçmək"
    r" istəyirəm)",
    r"bir daha oyanmamaq|oyanmamaq istəyirəm|oyanmasam (?:yaxşıdır|kaş)|kaş oyanmayam"
    r"|əbədi yatmaq istəyirəm",
    # ---- killing oneself
    r"özümü (?:\w+ )?öldür(?!m[əe][yrz]|mür|müy)\w*",
    # "intihar" alone is also Turkish news and films: only the writer's own intent here
    r"intihar (?:edəcəm|edəcəyəm|edəcam|edərəm|edim|edirəm|etmək istəyirəm|etmək istərdim"
    r"|etmək istəyirdim|etməyi düşünürəm|etməliyəm|etmək fikrindəyəm|etmək haqqında düşünürəm)",
    r"intihar (?:haqqında|barədə) (?:\w+ )?(?:düşünürəm|fikirləşirəm|düşünməyə başladım)",
    r"intihara (?:\w+ )?(?:cəhd etdim|cəhd edəcəm|hazırlaşıram|hazıram)",
    r"(?:məndə|mənim) (?:\w+ )?intihar (?:fikirləri|düşüncələri|fikrim)|intihar (?:fikirləri"
    r"|düşüncələri|fikirlərim|düşüncələrim) (?:\w+ )?(?:var|gəlir|yenə gəlir|başladı|qayıtdı)",
    r"(?:özümə|canıma|öz canıma) (?:\w+ )?qəsd \w+",
    r"özünə qəsd (?:etmək|etmə|etməyin|etmə cəhdi)(?!\w)",
    r"həyatıma son (?:qoy|ver)\w*",
    r"mənsiz (?:\w+ )?(?:hamıya|hamı|hər kəsə|dünyaya|ailəmə) (?:\w+ )?(?:yaxşı|rahat)",
    r"mən ölsəm (?:\w+ )?(?:heç kim|heç kəs|kimsə) (?:\w+ )?(?:fərqinə varmaz|ağlamaz|bilməz"
    r"|darıxmaz)",
    r"son mesajım(?:dır)?|vida məktub\w*",
    r"ölüm haqqında (?:\w+ )?düşünürəm",
    # ---- overdose, poison
    rf"{LOTS} (?:\w+ )?{PILLS} (?:\w+ )?{SWALLOWED_I}",
    rf"{PILLS} (?:\w+ )?{LOTS} (?:\w+ )?{SWALLOWED_I}",
    r"zəhər (?:\w+ )?(?:içdim|içəcəm|içəcəyəm|içmək istəyirəm)",
    # ---- method
    r"damar(?:lar)?ımı (?:\w+ )?kəs\w*",
    r"özümü (?:\w+ )?as(?:acam|acağam|acağım|aram|maq|ıram|dım)\w*",
    rf"{HIGH_PLACE} (?:\w+ )?(?:atılacam|atılacağam|atılaram|atılmaq istəyirəm|tullanacam"
    r"|tullanacağam|özümü atacam|özümü atacağam|özümü atmaq)\w*",
    rf"{UNDER} (?:\w+ )?(?:atılacam|atılacağam|girəcəm|özümü atacam|atılmaq)\w*",
    # ---- self-harm with intent
    r"özümü (?:\w+ )?(?:kəsirəm|kəsəcəm|kəsəcəyəm|kəsmək istəyirəm|kəsdim|yaralayıram"
    r"|yaralayacam|yandırıram)\w*",
    r"özümə (?:\w+ )?(?:zərər|xəsarət|ziyan) (?:verirəm|verəcəm|yetirirəm|yetirəcəm|vermək)\w*",
    r"(?:qəsdən|bilərəkdən|yenə) (?:\w+ )?(?:özümü|qolumu|biləyimi) (?:\w+ )?(?:kəsdim|yaraladım"
    r"|yandırdım)",
)

OTHER: Final = (
    r"ölmək (?:\w+ )?istəyir(?:lər)?(?!\w)|ölmək istədiyini (?:\w+ )?(?:deyir|dedi|yazdı|söylədi)",
    r"özünü (?:\w+ )?öldür(?:əcək|əcəyini|mək istəyir|mək istədi|dü|üb|məyə cəhd|ər|mək"
    r" istədiyini)\w*",
    LIVE_OK + r"yaşamaq (?:\w+ )?(?:istəmir|istəmədiyini)(?!\w)",
    rf"{QUOTED_I}[\"»”“]?,? (?:\w+ ){{0,2}}?{QUOTE_END}",
    r"intihar\w* (?:\w+ )?(?:etmək istəyir|edəcək|etdi|edib|etməyə cəhd\w*|etmişdi|edəcəyini"
    r"|etmək istədiyini|etməyi düşünür|etmək istədi)(?!\w)|intihara cəhd (?:etdi|edib|etmişdi)",
    rf"{THEY} (?:\w+ ){{0,3}}?intihar (?:fikirləri|düşüncələri) (?:\w+ )?(?:var|keçirir)",
    rf"{THEY} (?:\w+ ){{0,3}}?intihar\w* (?:haqqında|barədə) (?:\w+ )?(?:danışır|düşünür|yazır"
    r"|deyir)",
    r"(?:özünə|canına) qəsd (?:etdi|edib|edəcək|etmək istəyir|etmək istədi|etməyə cəhd etdi"
    r"|etmişdi|edir)",
    r"həyatına son (?:qoydu|verdi|qoymaq istəyir|qoyacaq|verəcək|qoyub|vermək istəyir)",
    r"damar(?:lar)?ını (?:\w+ )?kəs\w*",
    r"özünü (?:\w+ )?as(?:dı|ıb|acaq|acağını|maq istəyir)\w*",
    rf"{HIGH_PLACE} (?:\w+ )?(?:atıldı|atılıb|atılmaq istəyir|tullandı|özünü atdı|özünü atacaq)\w*",
    r"özünü (?:\w+ )?(?:kəsir|kəsib|kəsdi|yaralayır|yaraladı)\w*",
    rf"{LOTS} (?:\w+ )?{PILLS} (?:\w+ )?{SWALLOWED_3}",
    rf"{PILLS} (?:\w+ )?{LOTS} (?:\w+ )?{SWALLOWED_3}",
)

DESPAIR: Final = (
    r"(?:daha|artıq) (?:\w+ )?(?:dözə bilmirəm|dözmürəm|tab gətirə bilmirəm|dayana bilmirəm)"
    + END_STOP,
    r"dözə bilmirəm" + END_STOP,
    r"hər şeydən (?:\w+ )?(?:yoruldum|bezdim|bıqdım|usandım)",
    r"(?:heç kimə|heç kəsə) (?:lazım deyiləm|gərək deyiləm|lazım olmayan biriyəm)",
    r"mən (?:\w+ )?(?:yükəm|yük oldum|artığam)",
    not_after("tətilə", "dənizə", "dağlara", "həftəliyə", "səfərə")
    + r"(?:yox olmaq|itib getmək|yoxa çıxmaq) istəyirəm",
    r"ümidim (?:qalmayıb|yoxdur|qalmadı|üzüldü)",
    r"(?:hər şey|həyatım|həyat) (?:\w+ )?(?:mənasızdır|mənasız|anlamsızdır|anlamsız)",
    r"həyatın (?:heç bir )?(?:mənası|anlamı) (?:yoxdur|qalmayıb)",
    r"təslim (?:oluram|oldum)" + END_STOP,
    r"çıxış yolu (?:yoxdur|görmürəm|qalmayıb)" + END_STOP,
    r"gücüm (?:qalmayıb|qalmadı|tükəndi|bitdi)" + END_STOP,
    r"(?:özümə|həyatıma) nifrət edirəm",
)

NOT_CRISIS: Final = (
    r"intihar (?:timi|timini|dəstəsi|dəstəsini)",
    r"intiharın (?:\w+ )?qarşısının alınması\w*",
    r"(?:film|kino|kitab|məqalə|xəbər|serial)\w* (?:\w+ ){0,2}?intihar\w* (?:haqqında|barədə)",
    r"intihar (?:haqqında|barədə) (?:film|kino|kitab|məqalə|xəbər|serial)\w*",
)

PATTERNS = LanguagePatterns(
    code="az",
    name="Azerbaijani",
    crisis=cyr(CRISIS, VARIANTS, latin_first=True),
    other=cyr(OTHER, VARIANTS, latin_first=True),
    despair=cyr(DESPAIR, VARIANTS, latin_first=True),
    not_crisis=cyr(NOT_CRISIS, VARIANTS, latin_first=True),
)
