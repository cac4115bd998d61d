"""Swahili (Kenya, Tanzania, Uganda; with common Sheng): the writer in danger, someone else in
danger, heavy despair, and the idioms that only borrow the words ("nakufa njaa", "simu
imekufa", "-naniua" for "is killing me").

Verbs carry the person as a prefix: ni-/na- is "I" (nataka, nitajiua), a- is "he / she"
(anataka, atajiua); the reflexive -ji- is "myself / himself" (kujiua, to kill oneself)."""

from __future__ import annotations

from typing import Final

from bot.safety.patterns import LanguagePatterns

# Laughter right after "siwezi" means the writer is laughing.
LAUGH: Final = r"(?:😂|🤣|😹|😆|😅|xd|haha\w*|hehe\w*|lol|kwa kicheko)"
# End of a clause: end of message, punctuation or an emoji (not a comma, not laughter).
END: Final = rf"(?!\s*{LAUGH})(?=\s*(?:$|[^\w\s,]))"
# "I want / wish / think of / tried / decided / feel like", with Sheng spellings.
I_WANT: Final = (
    r"(?:(?:ni)?na(?:taka|tamani|fikiria|waza|panga|jaribu|amua|hisi kama nataka)|ninataka"
    r"|nilitaka|nimetaka|ningependa|ningetaka|nimeamua|niliamua|nilijaribu|nimejaribu"
    r"|nitajaribu|nina hamu ya|(?:na|ni)?(?:skia|jiskia|jisikia)(?: kama)?|nimefikiria|nimewaza"
    r"|ni bora|bora|heri|ni heri|natamani ningeweza)"
)
# "to kill / hang / poison / finish myself" as infinitives.
KILL_SELF: Final = (
    r"(?:kujiua|kujinyonga|kujitoa uhai|kujitoa roho|kujimaliza|kujiangamiza|kujipiga risasi"
    r"|kujitia kitanzi|kunywa sumu|kujiondoa duniani|kumaliza maisha yangu|ku-?die|kufa)"
)
# Where people jump from, or in front of.
PLACE: Final = (
    r"(?:(?:kutoka|kwenye|juu ya|mbele ya|chini ya) (?:\w+ )?(?:ghorofa\w*|daraja\w*|jengo\w*"
    r"|gari|treni|basi|lori|dirisha\w*|paa|mwamba\w*|roshani|mnara\w*|magari)|ghorofani"
    r"|darajani|mtoni|relini|barabarani mbele ya gari)"
)
PILLS: Final = (
    r"(?:vidonge|dawa|tembe|panadol|piriton|valium|diazepam|dawa za (?:usingizi|kulala"
    r"|maumivu|msongo)|vidonge vya (?:usingizi|kulala|maumivu)|paracetamol|aspirini|ibuprofen)"
)
# "all / many / too many / a whole packet": after the noun in Swahili (vidonge vyote).
LOTS: Final = (
    r"(?:vyote|zote|vingi(?: sana)?|nyingi(?: sana)?|kupita kiasi|kupindukia|[0-9]{2,}|ishirini"
    r"|thelathini|arobaini|hamsini|mia)"
)
WHOLE: Final = r"(?:paketi|pakiti|chupa|boksi|kasha|strip|kifurushi) (?:nzima|mzima|zima)(?: ya)?"
# After the pills: the usual dose.
USUAL_DOSE: Final = (
    r"(?! (?:za leo|vya leo|asubuhi|jioni|usiku huu kama kawaida|kama (?:kawaida|daktari"
    r"|nilivyoandikiwa|nilivyoambiwa)|kwa wakati)(?!\w))"
)
SWALLOWED: Final = (
    r"(?:nimemeza|nilimeza|nimekunywa|nilikunywa|nimekula|nitameza|nitakunywa|nataka kumeza"
    r"|nataka kunywa|nimetumia|nilitumia|nimeshameza|nimeshakunywa)"
)
INTENT: Final = (
    r"(?:makusudi|kwa makusudi|kwa kusudi|kusudi|tena|kila (?:siku|usiku|mara)|nikiwa"
    r" na huzuni|ili (?:nisikie|nisihisi|nijiadhibu|nitulie)|kwa wembe|na wembe|kwa makasi)"
)
# Signs of an accident after "nimejikata": kidole, nikipika, kwa kisu cha jikoni...
ACCIDENT: Final = (
    r"(?!(?: \w+){0,3}? (?:kidole|nikipika|nikikata|nikimenya|jikoni|kwa bahati mbaya"
    r"|bila kukusudia|nikicheza|mpira|gym|nikinyoa|kazini|goti|mguu|na karatasi)(?!\w))"
)
# Someone else: "yeye" or a person named by relation ("mpenzi wangu", "rafiki yangu").
THEY: Final = (
    r"(?:yeye|(?:mpenzi|mume|mke|rafiki|mchumba|mama|baba|dada|kaka|mtoto|binti|mwanangu"
    r"|bf|gf|boyfriend|girlfriend|demu|msupa|jamaa|shemeji|binamu|jirani|mwenzangu|bestie"
    r"|beshte|babe|mpenzi wa)(?: (?:wangu|yangu|zangu|wetu|yetu))?)"
)
# Third-person prefix (a-, a-na-, a-li-, a-ta-, a-me-) before -ji- verbs.
HE: Final = r"(?:a(?:na|li|ta|me|ki|nge)?|ame|ali|ata|ana)"

PATTERNS = LanguagePatterns(
    code="sw",
    name="Swahili",
    crisis=(
        # ---- killing oneself
        rf"{I_WANT} (?:tu |sana |kabisa |leo |kweli )?{KILL_SELF}(?! (?:kwa|na) (?:njaa|kicheko"
        r"|kucheka|furaha|hamu|aibu|uchovu|baridi|joto|usingizi)(?!\w))",
        r"(?:ni(?:ta|na|me|li|ki|nge)|nita|nime|nili|na)ji(?:ua|nyonga|maliza|angamiza|toa uhai"
        r"|tia kitanzi|piga risasi)(?!\w)",
        r"(?:nijiue|nijinyonge|nijimalize|nijiangamize|(?:bora|heri|ni bora|ni heri|acha|wacha"
        r"|ngoja|natamani|nataka) (?:tu )?nife)(?!\w)(?! (?:kwa|na) (?:njaa|kicheko"
        r"|furaha|kucheka)(?!\w))",
        r"(?:nitakunywa|nimekunywa|nilikunywa|nimemeza|nitameza|nikunywe|nataka kunywa"
        r"|nimeshakunywa) sumu(?: ya panya)?",
        rf"(?:ni(?:ta|na|me|li)|na|nita|nime|nili)ji(?:rusha|tupa) {PLACE}",
        rf"(?:kujirusha|kujitupa) {PLACE}",
        r"(?:nimenunua|nina|nimeandaa|nimeshanunua) (?:kamba|kitanzi)(?: \w+){0,3}? (?:ya|cha|kwa)"
        r" kujinyonga",
        r"(?:nina|nimekuwa na) mawazo ya (?:kujiua|kufa|kujinyonga|kujidhuru)",
        # ---- wanting to die, not to live, not to wake up
        r"sitaki (?:tena )?(?:kuendelea )?kuishi(?! (?:na|hapa|huko|kwenye|katika"
        r"|nyumba\w*)(?!\w))",
        r"sitaki kuamka (?:tena|kamwe|kesho asubuhi tena)|(?:nilale|nilale tu) (?:na )?nisiamke"
        r"|nisiamke tena|nilale milele",
        r"(?:nimechoka|nimeshachoka|nimechoshwa) (?:na )?kuishi|nimechoka na maisha haya (?:yote"
        r"|kabisa)",
        r"(?:natamani|ningependa|bora) (?:ningekufa|nife|nisingezaliwa|nisingekuwepo)"
        r"|natamani nisingezaliwa|ningependa kutokuwepo",
        r"sina (?:sababu|haja|maana) (?:yoyote )?ya kuishi|hakuna sababu ya (?:mimi )?kuishi",
        r"(?:kila mtu|wote|familia yangu|nyinyi|ninyi|dunia) (?:\w+ )?(?:angekuwa|wangekuwa"
        r"|ingekuwa"
        r"|mngekuwa|watakuwa|wangefurahi|angefurahi) (?:bora |salama |vizuri |na furaha )?"
        r"bila (?:mimi|mimi kuwepo)",
        r"(?:hakuna|hamna) (?:mtu )?(?:angejali|atakayejali|angegundua|angenikumbuka|atajali)"
        r"(?: \w+){0,2}? (?:nikifa|nikiondoka|nikijiua|nisipokuwepo)",
        r"(?:huu ni|hii ni) ujumbe wangu wa mwisho|barua ya kuaga|barua yangu ya mwisho",
        r"nataka kutoweka (?:milele|kabisa|duniani)|nataka kuondoka duniani",
        # ---- overdose and method
        rf"{SWALLOWED} (?:\w+ )?{PILLS}(?: \w+)? {LOTS}{USUAL_DOSE}",
        rf"{SWALLOWED} {WHOLE} {PILLS}",
        rf"{SWALLOWED} {PILLS} (?:nyingi|vingi|zaidi) (?:kupita|kuliko) (?:kiasi|kawaida)",
        # ---- self-harm with intent
        rf"(?:ni(?:ta|na|me|li)|na|nita|nime|nili)ji(?:kata|umiza|dhuru|choma|kwaruza|jeruhi)"
        rf"{ACCIDENT}(?: \w+){{0,5}}? {INTENT}",
        r"(?:ni(?:ta|na|me|li)|na|nita|nime|nili)(?:jidhuru|jijeruhi)(?!\w)",
        rf"{I_WANT} (?:tu |sana )?(?:kujidhuru|kujikata|kujiumiza|kujichoma kisu|kujijeruhi"
        r"|nijikate|nijidhuru)",
        r"kujidhuru|kujijeruhi",
        r"(?:nimeanza|nimerudia|nimeanza tena) kujikata",
    ),
    other=(
        # ---- someone else wants to kill themselves / die
        rf"{HE}(?:taka|tamani|fikiria|waza|jaribu|tishia|sema|amua|panga)(?: \w+){{0,2}}? "
        rf"(?:{KILL_SELF}|kujidhuru|kujikata|kujirusha|kujitupa)(?! (?:kwa|na) (?:njaa"
        r"|kicheko|kucheka|furaha|hamu|aibu)(?!\w))",
        rf"{HE}ji(?:ua|nyonga|maliza|angamiza|toa uhai|tia kitanzi|piga risasi|dhuru|jeruhi)(?!\w)",
        rf"{HE}ji(?:kata|umiza|choma){ACCIDENT}(?: \w+){{0,5}}? {INTENT}",
        rf"{HE}ji(?:rusha|tupa) {PLACE}",
        r"(?:ajiue|ajinyonge|ajimalize)(?!\w)",
        r"hataki (?:tena )?(?:kuendelea )?kuishi(?! (?:na|hapa|huko|kwenye|katika)(?!\w))",
        r"(?:amekunywa|alikunywa|amemeza|atakunywa|anataka kunywa) sumu",
        rf"(?:amemeza|alimeza|amekunywa|alikunywa|ametumia) (?:\w+ )?{PILLS}(?: \w+)? {LOTS}",
        rf"(?:amemeza|alimeza|amekunywa|alikunywa) {WHOLE} {PILLS}",
        r"ana mawazo ya (?:kujiua|kufa|kujinyonga|kujidhuru)",
        rf"{THEY} (?:\w+ ){{0,3}}?(?:amesema|anasema|alisema|ameniambia|ananiambia) (?:kwamba "
        r"|kuwa )?"
        r"(?:anataka (?:kufa|kujiua)|atajiua|atajinyonga|hataki kuishi)",
        r"(?:nimemkuta|nilimkuta) (?:amezimia|hajitambui|hapumui|na vidonge)",
    ),
    despair=(
        r"siwezi (?:tena|zaidi)(?: kabisa)?" + END,
        r"(?:nimechoka|nimechoshwa) (?:sana )?na (?:kila kitu|kila mtu na kila kitu|maisha)" + END,
        r"nimekata tamaa(?: kabisa| na maisha| na kila kitu)?" + END,
        r"sina (?:tena )?(?:tumaini|matumaini)|hakuna (?:tumaini|matumaini)",
        r"maisha (?:yangu )?(?:hayana|hayana tena) (?:maana|thamani)|hakuna maana ya kuendelea",
        r"(?:mimi ni|najiona|najiona kama) (?:tu )?mzigo(?: kwa (?:kila mtu|wote|familia yangu))?",
        r"najiona sina (?:thamani|maana)|najihisi mtupu",
        r"sioni (?:njia|suluhisho)(?: ya kutoka)?" + END,
        r"(?:nataka|natamani) kutoweka(?! (?:milele|kabisa|duniani)(?!\w))",
        r"sina nguvu tena|nime-?give up|nimeshindwa kabisa na maisha",
    ),
    not_crisis=(),
)
