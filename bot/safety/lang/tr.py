"""Turkish, formal and as typed on a phone (with or without ş ç ğ ı ö ü: folded away).

Patterns are written in folded spelling (ö -> o, ı -> i, ş -> s...), so "ölmek" is "olmek";
that is distinct from "olmak" (to be), but "öldüm" and "oldum" (I became) are the same
word, as are "ölüm" and slang "olum" (dude): neither is matched alone. Person is in the
verb: "öldüreceğim / öldürcem / istiyorum / -sem" is the writer, "öldürecek / istiyor /
-miş" someone else; "kendimi" is myself, "kendini" himself or herself. A quoted first person
followed by "diyor / dedi" ("kendimi öldüreceğim diyor") is a report about someone else.

Idioms: "gülmekten öldüm", "açlıktan ölüyorum", "ölürüm sana", "hapı yuttuk" (we're
done for), "bu iş beni öldürüyor", "canım sıkılıyor".
"""

from __future__ import annotations

from typing import Final

from bot.safety.patterns import LanguagePatterns

# The writer wants, will, or is about to: "-mek istiyorum", "-eceğim / -cem", "-sem".
WANT1: Final = r"(?:istiyorum|istiyom|isterim|istiyordum|isterdim|istiyorum artik)"
# Things people die of in idioms ("-tan / -ten" ablatives): "gülmekten ölmek istiyorum".
OF_IDIOM: Final = (
    r"(?:gulmekten|utanctan|utancimdan|rezillikten|sicaktan|soguktan|acliktan|uykusuzluktan"
    r"|yorgunluktan|sikintidan|can sikintisindan|heyecandan|korkudan|ozlemden|sevincten|merak\w*tan"
    r"|kiskanclik\w*|stresten|kahkahadan)"
)
PILLS: Final = (
    r"(?:ilac\w*|hap(?:lar\w*|i|imi|imin)?|uyku ilac\w*|uyku hap\w*|antidepresan\w*"
    r"|agri kesici\w*|parol\w*"
    r"|xanax\w*|lustral\w*|cipralex\w*|tablet\w*|majezik\w*|lyrica\w*)"
)
# Strong quantities: a box, a handful, all of them, dozens.
LOTS: Final = (
    r"(?:(?:bir |1 |iki |2 )?(?:kutu|sise|avuc|paket|serit)(?: dolusu)?|butun|tum|hepsini|tamamini"
    r"|avuc avuc|bir avuc|cok fazla|asiri|asiri miktarda|bir suru|onlarca|yirmi|otuz|elli|\d{2,}"
    r"|\d+ tane|\d+ kutu)"
)
TOOK1: Final = (
    r"(?:ictim|yuttum|icecegim|icicem|iccem|yutucam|yutacagim|iceyim|yutayim|icmek istiyorum"
    r"|yutmak istiyorum|ictim hepsini|yuttum hepsini)"
)
TOOK3: Final = r"(?:icti|yuttu|icmis|yutmus|icecek|yutacak|icmeye calisti|yutmaya calisti|almis)"
HIGH: Final = (
    r"(?:kopruden|camdan|balkondan|pencereden|catidan|binadan|ucurumdan|yuksekten|terastan"
    r"|\d+\.? kattan|en ust kattan|kattan|apartmandan|kuleden|bogaz koprusunden)"
)
JUMP1: Final = (
    r"(?:atlayacagim|atlicam|atliycam|atlarim|atlamak istiyorum|atlamak istiyom|atlasam"
    r"|atlamayi dusunuyorum|atacagim|aticam|atarim|atmak istiyorum|birakacagim|birakicam"
    r"|atlayip olecegim)"
)
VEHICLE: Final = r"(?:trenin|arabanin|metronun|otobusun|tirin|kamyonun|metrobusun|aracin)"
# Said right after a first-person sentence, it reports someone else's words.
SAID: Final = (
    r"(?:diyor|diyo|dedi|demis|diyordu|der|derdi|yaziyor|yazdi|yazmis|soyluyor|soyledi"
    r"|diye (?:yazdi|yaziyor|mesaj\w*|tehdit\w*|bagir\w*|soyl\w*|agli\w*|tutturdu))"
)

MINE: Final = (
    # ---- suicide: "intihar edeceğim / edicem", "intihar etmek istiyorum", "intiharı düşünüyorum"
    r"intihar (?:edecegim|edicem|edecem|edicam|edecam|etcem|edeyim|ediyorum|ediyom|etmek"
    rf" {WANT1}|etmeyi (?:dusunuyorum|dusunuyom|planliyorum)|etsem|etmeliyim|edesim var|ettim"
    r"|etmeye calistim|etmeyi denedim|etmek uzereyim|edecegim artik|edecegim bu gece"
    r"|edicem bu gece)",
    r"intihari (?:dusunuyorum|dusunuyom|dusunup duruyorum|planliyorum)",
    r"intihar (?:dusuncelerim|dusuncem|dusuncelerim var|fikirlerim) (?:var|geliyor|basladi"
    r"|geri geldi)|intihar (?:dusunceleri|fikirleri) (?:geliyor|var) (?:bana|aklima)",
    # ---- killing myself: "kendimi öldüreceğim", "kendimi öldürmek istiyorum"
    r"kendimi (?:oldur\w*|yok etmek (?:istiyorum|istiyom)|bitirmek (?:istiyorum|istiyom))",
    r"canima (?:kiy(?!din|diniz)\w*)",
    r"(?:hayatima|bu hayata|yasamima) son (?:ver\w*)",
    r"her seye son (?:verecegim|vericem|vercem|vermek istiyorum|vermek istiyom|versem|vereyim)",
    # ---- wanting to die: "ölmek istiyorum", "ölesim var", "keşke ölsem"
    rf"olmek {WANT1}(?! (?:{OF_IDIOM}|senin (?:icin|ugruna)|kollarinda)(?!\w))",
    r"(?:olmeyi|olumu) (?:istiyorum|dusunuyorum|dusunup duruyorum|bekliyorum|ariyorum"
    r"|cagiriyorum)",
    r"olmek icin dua (?:ediyorum|ediyom)",
    r"olesim (?:var|geldi|geliyor)|geberesim (?:var|geldi)",
    rf"gebermek {WANT1}|geberip gitsem|gebereyim de kurtulayim",
    r"keske (?:(?:ben|artik|bir an once|simdi) )?(?:olsem|olseydim|oleyim|olmus olsaydim|hic"
    r" dogmasaydim|dogmasaydim|dogmamis olsaydim|hic dogmamis olsaydim|yasamasaydim|olup gitsem"
    r"|yok olsam|hic var olmasaydim|gebersem|uyanmasam|bir daha uyanmasam)",
    r"olsem de (?:kurtulsam|kurtulsun|rahatlasam|bitse|kurtulayim)|olup gitsem",
    r"olsem (?:\S+ ){0,2}?kimse\w* (?:\S+ ){0,2}?(?:uzulmez|fark etmez|farketmez|umursamaz"
    r"|aramaz|anlamaz|umurunda olmaz|umrunda olmaz|aglamaz)",
    r"(?:olursem|olsem|yok olursam|gidersem) (?:\S+ )?herkes (?:\S+ )?(?:rahatlar|rahat eder"
    r"|mutlu olur|kurtulur|daha mutlu)",
    r"(?:ben )?olmasam (?:\S+ ){0,2}?herkes (?:\S+ ){0,2}?(?:mutlu|rahat|iyi|huzurlu)",
    r"bensiz (?:herkes|hepiniz|dunya|sen|ailem) (?:\S+ ){0,2}?(?:mutlu|rahat|iyi|huzurlu)",
    # ---- not wanting to live or wake up: "yaşamak istemiyorum", "bir daha uyanmasam"
    r"(?<!boyle )(?<!bu sekilde )(?:yasamak|yasamaya devam etmek|hayatta kalmak|nefes almak"
    r"|var olmak|yasamak zorunda olmak) (?:istemiyorum|istemiyom|istemiyorum artik)",
    r"yasamak icin (?:bir )?(?:sebebim|nedenim|sebep|neden) (?:yok|kalmadi)",
    r"yasamanin (?:bir )?(?:anlami|anlam) (?:yok|kalmadi)",
    r"yasamaktan (?:biktim|yoruldum|sikildim|usandim|yoruldum artik)",
    r"(?:bir daha|bi daha|hic|asla) (?:uyanmak istemiyorum|uyanmak istemiyom|uyanmasam)",
    r"uyanmamak (?:istiyorum|istiyom)|uyuyup (?:bir daha |bi daha |hic )?uyanmasam"
    r"|uyuyup (?:bir daha )?uyanmamak (?:istiyorum|istiyom)",
    r"(?:bu )?dunyadan (?:gitmek istiyorum|gitmek istiyom|gidecegim|gidicem|gitsem|gideyim"
    r"|gocmek istiyorum|ayrilmak istiyorum)",
    # ---- pills and poison: "bir kutu hap içtim", "bütün ilaçlarımı yuttum", "aşırı doz aldım"
    rf"{LOTS} (?:\S+ )?{PILLS} (?:\S+ )?{TOOK1}",
    rf"{PILLS} (?:\S+ )?(?:hepsini|tamamini|topunu|birden|bir anda|tek seferde|bir seferde"
    rf"|avuc avuc|cok fazla|fazla fazla|bir kutusunu|kutusunu) (?:\S+ )?(?:{TOOK1}|aldim)"
    r"(?! mi(?!\w))",
    rf"(?:cok fazla|asiri|avuc avuc|bir avuc|bir suru|onlarca|\d{{2,}}|\d+ tane) (?:\S+ )?{PILLS}"
    r" (?:\S+ )?aldim",
    r"asiri doz (?:aldim|alacagim|alicam|aldim galiba|almak istiyorum|ilac aldim)",
    rf"{PILLS} (?:\S+ )?{TOOK1} (?:cok fazla|hepsini|bir kutu|avuc avuc|bir suru|tamamini)",
    r"(?:zehir|fare zehiri|camasir suyu|tarim ilaci|bocek ilaci|kezzap) (?:ictim|yuttum|icecegim"
    r"|icicem|iccem|icerim|icmek istiyorum|alacagim|aldim)",
    # ---- cutting: "bileklerimi kestim", "kendime jilet attım", "kollarımı jiletliyorum"
    r"(?:bileklerimi|bilegimi|bileklerim|damarlarimi|damarimi|damarlarim) (?:\S+ )?(?:kestim"
    r"|kesecegim|kesicem|kescem|kesiyorum|kesiyom|kesmek istiyorum|kesmek istiyom|keserim"
    r"|kesmeye\w*|jilet\w*|acacagim|acicam)",
    r"(?:kollarimi|kolumu|bacaklarimi|bacagimi|kendimi|vucudumu|karnimi|bileklerimi) (?:\S+ )?"
    r"(?:kesiyorum|kesiyom|jiletliyorum|jiletledim|jiletleyecegim|jiletlicem|kesmeye basladim)",
    r"jilet(?:le|ler)? (?:\S+ )?(?:kollarimi|kolumu|kendimi|bileklerimi|bilegimi|bacaklarimi)"
    r" (?:kestim|kesiyorum|kesecegim|kesicem|kesiyom)",
    r"(?:kendime|koluma|kollarima|bacaklarima|bilegime) jilet (?:attim|atiyorum|atacagim|aticam"
    r"|atmak istiyorum|atiyom|cektim|cekiyorum)",
    r"kendimi (?:bilerek|bile bile|isteyerek|kasten|yine|tekrar|gene) (?:\S+ )?(?:kestim|yaraladim"
    r"|yaktim|yakiyorum|kesiyorum)",
    r"(?:bilerek|bile bile|isteyerek|kasten|yine|tekrar|gene) kendimi (?:\S+ )?(?:kestim"
    r"|yaraladim|yaktim|kesiyorum|yakiyorum|dovdum|dovuyorum)",
    r"kendime zarar (?:veriyorum|veriyom|verdim|vermek istiyorum|vermek istiyom|verecegim|vericem"
    r"|veririm|vermeye basladim|vermeye devam ediyorum)",
    # ---- hanging, jumping, under a train
    r"kendimi (?:asacagim|asicam|ascam|asarim|asmak istiyorum|asmak istiyom|asmayi dusunuyorum"
    r"|asayim|assam|asmaya calistim)",
    rf"{HIGH} (?:kendimi )?{JUMP1}",
    rf"kendimi {HIGH} (?:asagi )?(?:atacagim|aticam|atarim|atmak istiyorum|birakacagim)",
    rf"kendimi {VEHICLE} (?:onune|altina) (?:atacagim|aticam|atarim|atmak istiyorum|atmak istiyom)",
    r"(?:ip|urgan) (?:aldim|hazirladim|bagladim) (?:\S+ )?(?:kendimi asmak|asmak icin"
    r"|intihar icin)",
    # ---- last words
    r"bu (?:benim )?son mesajim(?! (?:bugun|bu gece|iyi geceler|yatiyorum|uyuyorum)(?!\w))",
    r"herkese elveda|elveda (?:dunya|hayat|herkes)|sonsuza (?:dek|kadar) hosca (?:kalin|kal)",
    r"veda mektubu(?:mu)? (?:yazdim|yaziyorum|biraktim|birakiyorum)",
)

# After a third-person past ("aldı", "kesti"), "(?!(?:m|n|k|niz|miz)(?!\w))" keeps out the
# writer's "aldım", "aldın", "aldık".
# The writer's sentences someone else is quoted saying (the commonest, to keep this cheap).
QUOTED: Final = (
    r"kendimi (?:oldur\w*|asacagim|asicam|keserim)|intihar (?:edecegim|edicem|edecem|edicam|etcem"
    r"|ederim)|(?:olmek|gebermek) (?:istiyorum|istiyom)|(?:yasamak|hayatta kalmak) (?:istemiyorum"
    r"|istemiyom)|canima kiy\w*|hayatima son ver\w*|kendime zarar (?:veriyorum|verecegim|vericem)"
    r"|bileklerimi (?:kesecegim|kesicem|keserim)|(?:kopruden|camdan|balkondan) atla\w*"
)
THEIRS: Final = (
    r"intihara (?:tesebbus|kalkis|yelten|kalkis)\w* (?:etti|etmis|ediyor(?!u)|edecek"
    r"|etmeye calisti)\w*",
    r"kendini (?:oldur(?!me(?:yin|yiniz)?(?!\w))\w*|as(?:acak|mis|ti|mak istiyor"
    r"|maya calisti|acagini|maya kalkti)\w*"
    r"|yok etmek istiyor\w*)",
    r"intihar (?:edecek\w*|etti(?!(?:m|n|k|niz|miz)(?!\w))\w*|etmek istiyor(?!u)\w*"
    r"|etmek istiyo(?!m)|etmeye calisti(?!(?:m|n|k|niz|miz)(?!\w))\w*"
    r"|etmis\w*|edecegini\w*|etmek istedigini\w*|ediyor(?!u)\w*|eder|etmesinden|girisiminde"
    r" bulundu(?!(?:m|n|k|niz|miz)(?!\w))\w*|girisimi\w*|etmeye kalkti(?!(?:m|n|k|niz"
    r"|miz)(?!\w))\w*|etmekten bahsediyor\w*|edebilir)",
    r"intihar(?:la| ile| etmekle| edecegini soyleyerek)? tehdit (?:ediyor|etti|edip duruyor"
    r"|ediyormus)",
    r"intihari (?:dusunuyor(?!u)|dusunuyormus)",
    r"olmek (?:istiyor(?!u)\w*|istiyo(?!m)|istedigini\w*|istiyormus|isteyen)",
    r"yasamak (?:istemiyor(?!u)\w*|istemiyo(?!m)|istemedigini\w*|istemiyormus)",
    r"canina (?:kiy\w*)",
    r"hayatina son (?:ver\w*)",
    r"kendine zarar (?:veriyor(?!u)\w*|veriyo(?!m)|verdi(?!(?:m|n|k|niz|miz)(?!\w))\w*"
    r"|vermis\w*|verecek\w*|vermek"
    r" istiyor(?!u)|verdigini\w*)",
    r"(?:bileklerini|bilegini|damarlarini|damarini|kollarini"
    r"|kolunu) (?:\S+ )?(?:kesti(?!(?:m|n|k|niz|miz)(?!\w))\w*|kesmis\w*"
    r"|kesecek\w*|kesiyor(?!u)\w*|kesmeye calisti(?!(?:m|n|k|niz|miz)(?!\w))\w*"
    r"|jiletledi(?!(?:m|n|k|niz|miz)(?!\w))\w*|jiletlemis\w*|jiletliyor\w*)",
    r"kendini (?:kesiyor(?!u)\w*|jiletliyor\w*|yaraliyor\w*)",
    rf"{HIGH} (?:kendini )?(?:atlayacak\w*|atlamis\w*|atladi(?!(?:m|n|k|niz|miz)(?!\w))\w*"
    rf"|atlamak istiyor\w*|atacagini\w*"
    r"|atlayacagini\w*|atmis|atti)",
    rf"{LOTS} (?:\S+ )?{PILLS} (?:\S+ )?{TOOK3}",
    rf"{PILLS} (?:\S+ )?{TOOK3} (?:cok fazla|hepsini|bir kutu|avuc avuc|bir suru|tamamini)",
    rf"{PILLS} (?:\S+ )?(?:hepsini|tamamini|birden|bir anda|tek seferde|avuc avuc|cok fazla"
    rf"|kutusunu) (?:\S+ )?{TOOK3}",
    r"asiri doz (?:aldi(?!(?:m|n|k|niz|miz)(?!\w))\w*|almis\w*|alacak\w*)",
    r"(?:zehir|fare zehiri|camasir suyu|tarim ilaci|bocek ilaci) (?:icti(?!(?:m|n|k|niz"
    r"|miz)(?!\w))\w*|icmis\w*|yuttu(?!(?:m|n|k|niz|miz)(?!\w))\w*)",
    # a first-person sentence quoted: "kendimi öldüreceğim diyor"
    rf"(?:{QUOTED})[.!,\"'… ]*(?: (?:ya|yaa|falan|filan|hep|surekli|bana))? {SAID}",
)

PATTERNS = LanguagePatterns(
    code="tr",
    name="Turkish",
    crisis=MINE,
    other=THEIRS,
    despair=(
        r"artik (?:dayanamiyorum|dayanamiyom|katlanamiyorum|katlanamiyom|kaldiramiyorum"
        r"|kaldiramiyom|yapamiyorum|yapamiyom|devam edemiyorum|devam edemem|tahammul edemiyorum"
        r"|nefes alamiyorum|gucum kalmadi)(?= *(?:$|[.!?,…]))",
        r"(?:dayanamiyorum|katlanamiyorum|yapamiyorum|kaldiramiyorum|devam edemiyorum) (?:artik"
        r"|daha fazla|bu hayata)(?= *(?:$|[.!?,…]))",
        r"(?:daha fazla|bu hayata) (?:dayanamiyorum|katlanamiyorum|dayanamam|katlanamam)",
        r"(?:artik )?(?:biktim|yoruldum|usandim|bezdim) (?:artik )?(?:her seyden|hayattan|herkesten"
        r"|bu hayattan|yasamaktan)",
        r"(?:her seyden|hayattan|herkesten|kendimden|bu hayattan) (?:biktim|yoruldum|sikildim"
        r"|usandim|nefret ediyorum|bezdim)",
        r"(?:artik|her seyden|hayattan|kendimden) pes (?:ediyorum|ettim|ediyom)",
        r"(?:hicbir seyin|hic bir seyin|hayatimin|yasamimin|hayatin|bu hayatin) (?:bir )?(?:anlami"
        r"|anlam|degeri) (?:yok|kalmadi)",
        r"(?:ne anlami var|neyin anlami var|ne anlami kaldi)(?: ki)?(?= *(?:$|[.!?,…]))",
        r"(?:hic )?umudum (?:kalmadi|yok)|hic umut kalmadi",
        r"(?:herkese|aileme|sana|size) (?:sadece )?(?:yuk oluyorum|yukum"
        r"|yukten baska bir sey degilim)",
        r"(?:ben )?(?:sadece |bir )?yukum(?= *(?:$|[.!?,…]))",
        r"(?:kaybolmak|yok olmak|ortadan kaybolmak|buharlasmak|ortadan yok olmak) (?:istiyorum"
        r"|istiyom)(?! (?:bir (?:haftaligina|gunlugune|sureligine)|tatil\w*)(?!\w))",
        r"(?:tukendim|ben bittim|bittim artik|icim bos|icimde hicbir sey kalmadi)"
        r"(?= *(?:$|[.!?,…]))",
        r"canima yetti(?: artik)?",
        r"(?:boyle|bu sekilde) yasamak (?:istemiyorum|istemiyom)",
        r"kimse (?:beni )?umursamiyor|kimsenin umurunda degilim",
    ),
    not_crisis=(
        rf"{OF_IDIOM} (?:olmek {WANT1}|oluyorum|oldum|olecegim|geberiyorum)",
        # "I don't want to live in Istanbul / with him / without you"
        r"(?!boyle )(?!bu sekilde )(?!fazla )(?!de )(?!da )[\w']+(?:da|de|ta|te|yla|yle|la|le|siz"
        r"|suz) (?:yasamak"
        r" istemiyorum|yasamak istemiyom)",
        r"(?:eczane\w*|doktor\w*|recete\w*) (?:\S+ ){0,4}?aldim",
        # films, news, politics: "intihar sahnesi", "intihar bombacısı", "siyasi intihar"
        r"intihar (?:sahne\w*|bombaci\w*|saldiri\w*|eylem\w*|haber\w*|oran\w*|vaka\w*|uzerine"
        r"|hakkinda|konulu|temali|belgesel\w*|filmi\w*|dizisi\w*|istatistik\w*|onleme\w*"
        r"|timi|gorevi|misyonu)",
        r"(?:siyasi|politik|sosyal|ticari|kariyer) intihar\w*",
    ),
)
