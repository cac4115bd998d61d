"""Filipino / Tagalog, with Taglish and text spellings ("gusto q n mamatay", "nag-laslas"):
the writer in danger, someone else in danger, heavy despair, and the idioms that only borrow
the words.

Tagalog marks the person in the pronoun after the verb ("ko / ako" for the writer, "niya /
siya" for someone else) and reports with "daw / raw", which keeps the writer and someone
else apart. "patay na patay ako sa kanya" (head over heels), "patay tayo kay mama" (we're
in trouble) and "mamamatay ako sa kakatawa" only borrow the words.
"""

from __future__ import annotations

from typing import Final

from bot.safety.patterns import LanguagePatterns

KO: Final = r"(?:ko|q|koh|kow|ku)"
AKO: Final = r"(?:ako|aq|aku|akoh|ko)"
GUSTO: Final = r"(?:gusto|gus2|gsto|gust|gusto|gustong gusto|gustong-gusto)"
# "na", "nang", "ng", "na lang", "nalang" and their text spellings.
NA: Final = (
    r"(?:(?:na|n|nang|ng|nlng|nalang|na lang|na lng|lang|lng|talaga|tlga|tlaga|talagang"
    r"|nga|sana|din|rin|na talaga|na talagang) )"
)
# After "mamatay": the idioms ("mamatay sa hiya / sa kakatawa / sa kilig").
FIGURATIVE: Final = (
    r"(?! (?:sa (?:hiya|kahihiyan|tawa|kakatawa|kilig|inggit|gutom|pagod|init|lamig|selos|inip"
    r"|antok|kaba|sarap)|kakatawa|katatawa|sa piling mo|nang masaya|ng masaya|para sa (?:iyo|yo"
    r"|'yo|bayan)))"
)
PILLS: Final = (
    r"(?:gamot|gamot ko|tableta|tabletas|pills|pill|pampatulog|sleeping pills|biogesic"
    r"|paracetamol|neozep|mefenamic|alaxan|medfol|antidepressant|pampakalma|capsule|kapsula)"
)
LOTS: Final = (
    r"(?:lahat ng|lahat nung|lahat ng mga|isang (?:bote|banig|pakete|kahon|dakot) ng|isang banig"
    r" na|maraming|madaming|sobrang daming|sobrang dami ng|napakaraming|napakadaming|ang daming"
    r"|\d{2,}(?: na| pirasong| piraso ng)?|sampung|dalawampung|tatlumpung|isang dosenang)"
)
# Someone else: siya/niya, or a person the writer names by relation ("jowa ko", "si mama").
THEY: Final = (
    r"(?:siya|sya|xa|niya|nya|niyang|nyang|sila|nila|nilang|(?:ang |yung |ung |si )?(?:boyfriend"
    r"|bf|girlfriend|gf|jowa|asawa|mister|misis|partner|kaibigan|tropa|bestfriend|bff|bespren"
    r"|kapatid|kuya|ate|nanay|mama|inay|tatay|papa|itay|anak|pinsan|ex|ka-live in|kasintahan"
    r"|katrabaho|kaklase|pamangkin|tita|tito|lola|lolo) (?:ko|q|namin)|si (?:mama|papa|nanay"
    r"|tatay|kuya|ate|[a-z]+))"
)
# A word that is not the writer: "sabi niya gusto na raw niyang mamatay".
NOT_ME: Final = r"(?!(?:ako|aq|ko|q|akin|sakin|saakin|ko'y|kong|aking)\b)[\w'-]+"


def gap(words: int) -> str:
    return rf"(?:{NOT_ME} ){{0,{words}}}?"


END: Final = r"(?= *(?:(?:na|talaga|tlga|na talaga|na ako|ako|aq|huhu|po)[ .!?…]*)?(?:$|[.!?…]))"
MYSELF: Final = r"(?:ang |yung |ung )?(?:sarili|sarili) (?:ko|q)"
HIMSELF: Final = r"(?:ang |yung |ung )?sarili (?:niya|nya|nila)"

PATTERNS = LanguagePatterns(
    code="tl",
    name="Filipino",
    crisis=(
        # ---- wanting to die: "gusto ko nang mamatay", "sana mamatay na lang ako"
        rf"{GUSTO} {KO} {NA}{{0,3}}(?:mamatay|mamatay na|mategi|mag-?die|mamatay nalang)"
        + FIGURATIVE,
        rf"{GUSTO} kong {NA}{{0,2}}(?:mamatay|mategi|mag-?die)" + FIGURATIVE,
        rf"sana (?:{NA}){{0,2}}(?:mamatay|patay|mawala) (?:{NA}){{0,2}}{AKO}(?! sa (?:hiya|kakatawa"
        r"|tawa|kilig))",
        rf"sana (?:hindi|di) (?:na )?{AKO} (?:magising|nagising|ipinanganak|pinanganak|nabuhay)",
        rf"(?:mas (?:mabuti|mabuting|okay|ok|maganda|masaya)|mas ok) (?:pa )?(?:kung|kng|kapag|pag"
        rf"|na) (?:mamatay|patay|mawala|wala) (?:{NA}){{0,2}}{AKO}",
        # not wanting to live, tired of living
        rf"(?:ayoko|ayaw ko|ayaw q|ayoq|ayuko) (?:{NA}){{0,2}}(?:ng )?(?:mabuhay|mabuhay pa"
        r"|gumising|magising)(?! (?:nang |ng )?(?:maaga|maagap|early|bukas ng|alas))",
        rf"(?:pagod|sawa|suko) (?:na )?(?:{AKO} )?(?:na )?(?:ng |nang )?(?:mabuhay|akong mabuhay"
        r"|sa buhay na ito|sa buhay na 'to|sa buhay na to)",
        r"ayoko (?:na )?sa buhay (?:ko|na (?:ito|'to|to))",
        # suicide, killing oneself
        r"(?:mag|magpa|magpapa)kamatay|magpapakamatay|magpakamatay|mag-?suicide",
        rf"(?:papatayin|patayin|pinatay|pinapatay) (?:{KO} )?(?:na )?(?:lang )?{MYSELF}",
        rf"(?:tatapusin|tapusin|wawakasan|wakasan) (?:{KO} )?(?:na )?(?:lang )?(?:ang |yung )?"
        rf"(?:buhay {KO}|aking buhay)",
        # self-harm: "laslas" is cutting the wrist
        r"(?:mag|nag|maglala|naglala|nag-|mag-)?laslas\w*",
        rf"(?:sinasaktan|sasaktan|sinaktan|saktan|susugatan|sinusugatan|sinugatan) (?:{KO} )?"
        rf"(?:na naman |ulit |na |nang )?{MYSELF}(?! (?:sa gym|habang|nung naglalaro|sa laro))",
        r"(?:hiniwa|hinihiwa|gigilitan|ginilitan|hihiwain) (?:ko )?(?:ang |yung )?(?:pulso|wrist)"
        r" (?:ko|q)",
        # overdose and methods
        rf"(?:ininom|iinumin|nilunok|lulunukin|nilamon|uminom|iinom|lumunok) (?:na )?(?:{KO} |{AKO}"
        rf" )?(?:ng |ang |yung )?(?:{LOTS}) (?:\w+ )?{PILLS}",
        rf"(?:ininom|iinumin|uminom|iinom) (?:na )?(?:{KO} |{AKO} )?(?:ng |ang |yung )?(?:lason"
        r"|muriatic|muriatic acid|zonrox|silver cleaner|pesticide|pamatay ng (?:daga|ipis|peste)"
        r"|rat poison|baygon)",
        rf"(?:tatalon|tumalon|talon|tatalon na lang|tumalon na lang) (?:na )?(?:{AKO} )?(?:sa|mula"
        r" sa) (?:tulay|building|gusali|bubong|rooftop|\w+ (?:na )?palapag|floor)",
        r"(?:magbibigti|magbigti|nagbibigti|bibigti)(?: na)?(?: lang)?(?: ako| aq)?",
        r"(?:magpapasagasa|magpasagasa) (?:na )?(?:ako )?(?:sa )?(?:tren|truck|bus|kotse|jeep)?",
        # nobody would miss me, nothing to live for, a farewell
        rf"(?:mas (?:masaya|mabuti|ok|okay|magaan)) (?:ang )?(?:lahat|sila|kayo|buhay nyo|buhay"
        rf" ninyo|buhay niyo|pamilya ko) (?:kung|pag|kapag|kapag) wala na {AKO}",
        rf"(?:walang|wala) (?:makakamiss|mamimiss|magmamalasakit|pakialam|iiyak|malulungkot"
        rf"|magluluksa) (?:sa akin |sakin |saken )?(?:kung|pag|kapag) (?:namatay|nawala|mamatay"
        rf"|mawala) {AKO}",
        r"(?:wala|walang) (?:na |nang )?(?:akong )?(?:dahilan|rason) (?:para|pra|upang) (?:mabuhay"
        r"|magpatuloy sa buhay)",
        r"(?:ito|eto) na (?:ang|yung) (?:huling|huli kong) (?:mensahe|message|chat)",
        rf"mawala (?:na )?(?:lang )?(?:{AKO} )?(?:forever|habambuhay|nang tuluyan|ng tuluyan"
        r"|sa mundong ito|sa mundo)",
    ),
    other=(
        rf"{GUSTO} (?:na )?(?:raw |daw )?(?:na )?(?:niya|nya|niyang|nyang|nila|nilang|ni \w+ng?)"
        rf" (?:{NA}){{0,2}}(?:mamatay|magpakamatay|mawala|saktan (?:ang )?sarili niya|tapusin ang"
        r" buhay niya)" + FIGURATIVE,
        r"(?:magpapakamatay|magpakamatay|magbibigti|magbigti|maglalaslas|maglaslas|naglaslas"
        r"|naglalaslas|tatalon|nag-?laslas|nag-?overdose|mag-?overdose|nag-?od|uminom ng lason)"
        r"(?: na)? (?:daw|raw|siya|sya|xa)(?: siya| sya)?",
        # someone else threatens, has tried, has taken pills (one pattern: one gap)
        rf"{THEY} {gap(5)}(?:(?:ay )?(?:nagbabanta|nagbanta|nagtangka|tinangka|sinubukan|balak"
        r"|gusto|nagbabalak|nagsabing|nagsabi na)(?: na| nang| niyang| nyang| na siyang)? )?"
        r"(?:magpakamatay|magpapakamatay|magbigti|magbibigti|maglaslas|naglaslas|naglalaslas"
        r"|maglalaslas|laslas\w*|nag-?laslas|nag-?overdose|mag-?overdose|mag-?suicide|nagbibigti"
        r"|nagbigti|tumalon sa (?:tulay|building|gusali)"
        rf"|(?:ay )?(?:uminom|lumunok|ininom) (?:ng |ang |yung )?(?:{LOTS}) (?:\w+ )?{PILLS})",
        r"(?:nagbabanta|nagbanta|tinangka|sinubukan|binabalak|balak) (?:niya|nya|niyang|nyang"
        r"|nila|nilang|siyang|syang) (?:na |nang |ng )?(?:magpakamatay|magbigti|maglaslas|tumalon"
        r"|mag-?overdose|mag-?suicide|patayin ang sarili niya)",
        r"(?:ayaw|ayoko) (?:na )?(?:raw |daw )?(?:na )?(?:niya|nya|niyang|nyang|nila|nilang)"
        r" (?:ng |nang )?(?:mabuhay|gumising)",
        rf"(?:sinasaktan|sasaktan|sinaktan|susugatan|sinusugatan|sinugatan|papatayin|pinatay) (?:na"
        rf" naman |ulit |daw )?(?:niya|nya|nila|ni \w+) {HIMSELF}",
        rf"(?:ininom|nilunok|nilamon|uminom|lumunok) (?:na )?(?:niya|nya|nila|siya|sya|xa|ni \w+)"
        rf" (?:ng |ang |yung )?(?:{LOTS}) (?:\w+ )?{PILLS}",
        r"(?:uminom|ininom) (?:ng |ang |yung )?(?:\w+ ){0,4}?(?:gamot|pills|tableta|lason|muriatic)"
        r" (?:ang |si )\w+ (?:ko|q)",
        r"nag-?overdose (?:ang |si |yung )?(?!(?:ako|aq|ko|q|kagabi|kanina|ulit)\b)\w+(?: ko)?",
        r"(?:naglaslas|nagbigti|nagtangkang magpakamatay|tinangkang magpakamatay) (?:ang |si "
        r"|yung )\w+(?: ko)?",
    ),
    despair=(
        rf"(?:hindi|di|d) {KO} (?:na )?(?:kaya|kayang)(?: (?:na )?(?:talaga|tlga|lahat|ito|'to|to"
        r"|lahat ng ito|pa))?" + END,
        rf"(?:suko|sumusuko|susuko|bibitaw|bumibitaw|bibitiw) (?:na )?(?:{AKO})(?: (?:sa (?:lahat"
        r"|buhay)|talaga))?" + END,
        r"(?:ano|anong|ano pang|ano pa ang|anu pang) (?:silbi|saysay|kwenta|point|purpose) (?:pa )?"
        r"(?:ng |nang )?(?:buhay ko|lahat ng ito|lahat|nito|ng lahat)?(?= *[?.!…]*$)",
        r"(?:wala|walang) (?:na |nang )?(?:saysay|silbi|kwenta|kuwenta|halaga) (?:ang "
        r"|yung )?(?:buhay ko|lahat|ako)",
        r"(?:wala|walang) (?:na |nang )?(?:akong )?pag-?asa",
        r"(?:pabigat|pasanin|perwisyo) (?:lang |lng )?(?:ako|aq)(?: sa (?:inyo|lahat|pamilya ko"
        r"|inyong lahat|kanila|kanya))?",
        rf"{GUSTO} (?:{KO} |kong )(?:{NA}){{0,2}}(?:mawala|maglaho|mag-?disappear)(?! (?:sandali"
        r"|saglit|muna|sa (?:group|gc|chat)))" + END,
        r"pagod na pagod na (?:ako|aq) sa (?:lahat|buhay)",
        rf"(?:pagod|sawa) na (?:{AKO} )?sa (?:buhay|lahat)(?: ko)?" + END,
        r"ayoko na talaga" + END,
        rf"hopeless na (?:{AKO})",
    ),
    not_crisis=(
        # news about someone who died, films; "don't hurt yourself"
        r"(?:balita|pelikula|movie|series|teleserye|kanta|artikulo|libro"
        r"|documentary) (?:\w+ ){0,6}?(?:nagpakamatay|magpakamatay|suicide|laslas)",
        r"(?:huwag|wag|'wag|h'wag) (?:mong |kang |nyong |niyong )?(?:saktan|sasaktan) (?:ang "
        r"|yung )?sarili mo",
    ),
)
