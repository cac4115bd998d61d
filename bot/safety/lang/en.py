"""English: the writer in danger, someone else in danger, heavy despair, and the idioms
that only borrow the words."""

from __future__ import annotations

from typing import Final

from bot.safety.patterns import LanguagePatterns, gap

MYSELF: Final = r"my ?self"
THEMSELF: Final = r"(?:him|her|them) ?sel(?:f|ves)"
ANY_MORE: Final = r"(?:any ?more|any longer|no more)"
# "I", "I'm", "I've", "im"... as a subject.
SUBJECT_I: Final = r"(?:i|i'm|im|i am|i've|ive|i have|i'll|ill|i will|i'd)"
WANT: Final = (
    r"(?:want(?:ed|s)? to|wanna|wish(?:ed)? i could|would like to|need to|(?:am |'m )?going to"
    r"|gonna|about to|ready to|plan(?:ning)? to|thinking (?:of|about)|think about|will|'ll"
    r"|might|decided to|have to)"
)
NEGATED: Final = r"(?<!not )(?<!n't )(?<!nt )(?<!never )(?<!no )"
PILLS: Final = (
    r"(?:pills?|tablets?|meds|medications?|medicines?|capsules|paracetamol|acetaminophen|tylenol"
    r"|panadol|ibuprofen|advil|aspirin|codeine|painkillers?|pain killers|sleeping (?:pills|tablets)"
    r"|sleep(?:ing)? meds|antidepressants|anti-depressants|insulin|xanax|valium|benzos|opioids"
    r"|oxy(?:codone|contin)?|fentanyl|lithium|seroquel|zoloft|prozac|lexapro|ambien|melatonin"
    r"|diazepam|sertraline|fluoxetine|citalopram|amitriptyline|tramadol|morphine)"
)
LOTS: Final = (
    r"(?:(?:way |far |a lot |so )?too many|too much|(?:all|every one|each)(?: of)?(?: my| the"
    r"| these"
    r"| those| her| his| their)?|a (?:whole |full |entire )?(?:bunch|load|lot|lots|handful|fistful"
    r"|heap"
    r"|bottle|box|pack|packet|strip|month'?s? (?:worth|supply)|week'?s? (?:worth|supply)) of"
    r"(?: my| the| these| those)?|(?:the|my) (?:whole|entire|full) (?:bottle|box|pack|packet|strip"
    r"|supply|prescription)(?: of)?|loads of|lots of|heaps of|dozens of|\d{2,}|twenty|thirty"
    r"|forty|fifty|a hundred|hundreds of)"
)
# After "hurt / cut / burn myself": words that say it was an accident.
ACCIDENT: Final = (
    r"(?! (?:on (?:a|an|the|my|some|this|that|his|her|broken)\b|with (?:a|the|my) (?:\w+ )?"
    r"(?:knife|grater|mandoline|peeler|scissors|saw|axe|tool|hammer) (?:while|when|cooking|chopping"
    r"|slicing)|while|whilst|at (?:the|work|football|practice|training|gym)\b|during|playing"
    r"|running|lifting|training|shaving|cooking|chopping|slicing|cutting|gardening|doing|climbing"
    r"|skating|skiing|cycling|falling|laughing|trying|moving|carrying|by accident|accidentally"
    r"|in (?:the|a) (?:kitchen|garden|gym|game|match|fall|crash|accident|shower)|a (?:bit|little"
    r"|slice|piece|break)|badly (?:at|in|on|playing|when)|pretty bad (?:at|in|on|playing)"
    r"|out of the|off\b|when (?:i|cooking|chopping|shaving|playing|running|climbing)"
    r" ))"
)
# Before "hurt myself": a fall, said just before, makes it an accident.
FELL: Final = (
    r"(?<!fell and )(?<!fell over and )(?<!tripped and )(?<!slipped and )(?<!accidentally )"
    r"(?<!nearly )(?<!almost )"
)
INTENT: Final = (
    r"(?:on purpose|deliberately|intentionally|purposely|again|to feel|so (?:that )?i "
    r"(?:could|can|would|feel|don'?t)|when (?:he|she|they|you|people|my \w+|things|it)\b"
    r"|because|every (?:time|night|day)|whenever|to cope|to punish|to stop|to calm)"
)
HARM: Final = (
    r"(?:hurt(?:s|ing)?|harm(?:s|ed|ing)?|cut(?:s|ting)?|burn(?:s|t|ed|ing)?|injur(?:e|es|ed|ing)"
    r"|scratch(?:es|ed|ing)?|starv(?:e|ed|ing)|punish(?:ed|ing)?|hit(?:s|ting)?|bruis(?:e|ed|ing))"
)
# Someone else: a pronoun, or a person the writer names by relation.
THEY: Final = (
    r"(?:he|she|they|he's|she's|they're|hes|shes|theyre|(?:my|our) (?:\w+ )?(?:partner|boyfriend"
    r"|girlfriend|bf|gf|husband|wife|hubby|fiance|fiancee|spouse|friend|bestie|mate|mum|mom"
    r"|mother|dad|father|son|daughter|brother|sister|sibling|roommate|flatmate|housemate|ex"
    r"|kid|child|teen|teenager|cousin|colleague|coworker|classmate|student|girl|guy|man"
    r"|woman|other half|person|niece|nephew|aunt|uncle|grandma|grandpa|grandmother"
    r"|grandfather|neighbou?r))"
)
SAYS: Final = (
    r"(?:says?|said|saying|told me|tells me|telling me|texted(?: me)?|texts(?: me)?|wrote"
    r"|writes|messaged(?: me)?|keeps? (?:saying|telling me|talking about)|is talking about"
    r"|talks about|talked about|threaten(?:s|ed|ing)?(?: to)?|keeps? threatening(?: to)?"
    r"|posted|mentioned|admitted|confessed|called me (?:and )?said)"
)

PATTERNS = LanguagePatterns(
    code="en",
    name="English",
    crisis=(
        # ---- killing oneself, said every way
        rf"kill(?:s|ing|ed)? {MYSELF}(?! (?:laughing|trying|at (?:work|the gym)|over (?:this|that|"
        r"work|an? \w+)|to (?:get|finish|make|meet|pay|keep|impress|please|save)|for (?:this|that|"
        r"work|money|nothing)|working))",
        rf"hang(?:s|ing|ed)? {MYSELF}",
        r"(?<!\d )(?<!\d)kms(?! (?:from|to|away|north|south|east|west|long|per|an hour|of|is"
        r"|are)\b)",
        rf"{SUBJECT_I} (?:\w+ )?(?:gonna|going to|about to|should|will|wanna|want to|might|could"
        rf"|need to)"
        r" (?:just |really |honestly |literally )?kys",
        r"(?:time to|might as well|should just|i'll just|ill just) kys",
        r"unaliv(?:e|ed|es|ing)\w*",
        r"sewer ?slid(?:e|ing)",
        r"self[- ]?delet(?:e|ing)|delete my ?self",
        r"toaster bath",
        r"(?<!the )end(?:s|ing|ed)? (?:my (?:own )?life|it all)",
        r"(?:tak(?:e|ing)|took) my (?:own )?life(?! (?:back|in|into|to|forward|seriously|for))",
        rf"{WANT} (?:just |finally |really )?end(?:ing)? it(?: all| tonight| today| now| for good)?"
        r"(?! (?:with|between|here|there|off|early|soon|nicely|properly|well))",
        r"(?:commit|committing|commited|committed) (?:to )?(?:die|dying)",
        rf"{NEGATED}(?:want(?:ed|s)? to|wanna|wish i could|i'd like to|would rather|i'd rather)"
        r" (?:just |really |simply |honestly |fucking |literally )?die+"
        r"(?! (?:laughing|for|(?:my|your|her|his|our|the) (?:hair|beard|clothes|shirts?|jeans"
        r"|eyebrows|roots)|of (?:laughter|embarrassment|shame|boredom|cringe|happiness|cuteness)"
        r"|in your arms|happy|old|next to you|with you|a little inside|inside)\b)",
        r"want(?:ed|s)? to be dead",
        r"wish i (?:was|were|could be) dead",
        r"wish i (?:was|were|had|'d) never (?:been )?born",
        r"wish i (?:wasn'?t|weren'?t|was not|were not) (?:alive|born|here any ?more)",
        r"(?:do not|don'?t|dont) (?:really |even )?(?:want|wanna) (?:to )?(?:be alive|exist"
        rf"|(?:live|be here|be around|go on|keep living|keep going) {ANY_MORE}"
        r"|wake up(?: (?:any ?more|again|ever|tomorrow|in the morning))?)",
        r"no longer want to (?:live|be alive|exist|be here)(?! (?:in|with|at|near|there|like))",
        r"(?:want|wish|hope|pray) (?:that )?i (?:don'?t|do not|never|won'?t|will not) wake up",
        r"(?:go|went|going|fall|falling) to sleep and (?:never|not) wake(?: up)?",
        r"(?:sleep|sleeping) (?:and (?:never|not) wake up|forever(?= *(?:$|[.!?…])))",
        r"(?:never|not) (?:to )?wake up again",
        r"(?:wanna|want to|going to|gonna|wish i could|just) (?:just )?disappear (?:forever"
        r"|for good"
        r"|permanently|and never come back|from this world|from (?:this|the) earth)",
        r"(?:can'?t|cannot|can not) (?:go on|keep) living",
        r"(?:tired|sick) of (?:living|being alive|life itself|existing)",
        r"done (?:with )?living|done with life",
        r"want(?:s)? (?:it all|everything|my life) to (?:end|be over)",
        r"better off (?:dead|without me|if i (?:was|were) gone|if i (?:died|wasn'?t here))",
        r"(?:nobody|no one|no-one|noone|anyone|anybody) (?:would |will |'d |even )*"
        r"(?:care|notice|miss me) if i (?:died|was dead|were dead|was gone|were gone|disappeared"
        r"|killed myself|wasn'?t here)",
        r"(?:no|any|zero) reasons? (?:left )?to (?:live|go on|keep going|stay alive|be alive)",
        r"nothing (?:left )?to live for",
        r"(?:life|living|my life) (?:isn'?t|is not|'?s not|ain'?t|is no longer) worth (?:living"
        r"|it)",
        r"not worth living",
        r"no point (?:in )?(?:living|being alive|going on|staying alive|being here)",
        r"(?:thinking|thought|think) (?:a lot )?about (?:dying|death|not being here|ending things)",
        r"(?:wrote|writing|written|left) (?:a |my )?(?:goodbye|suicide|farewell) (?:note|letter)",
        r"(?:this is|these are) my (?:last|final) (?:goodbye|words|message)(?: to (?:you|everyone"
        r"|the world))?(?= *(?:$|[.!?…]))",
        r"my (?:last|final) goodbye",
        # ---- overdose and method
        rf"(?:took|taken|take|taking|swallowed|swallow|swallowing|downed|down|downing|had|popped"
        rf"|pop|necked|ate|eaten) (?:just |already |like |maybe |about |around |over )*{LOTS}"
        rf"(?: \w+){{0,2}}? {PILLS}",
        rf"(?:took|taken|swallowed|downed|had|popped) (?:way |far )?(?:too much|more than i should)"
        rf" (?:of )?(?:my )?{PILLS}",
        rf"(?:finished|emptied|empty|emptying|finishing) (?:a|the|my) (?:whole |full |entire )?"
        rf"(?:bottle|box|pack|packet|strip) of {PILLS}",
        r"(?:took|taken|take|taking|done|did|had) an? (?:overdose|od)",
        r"o\.?d(?:'?d|'?ed|ing)\b|oded",
        rf"(?:{SUBJECT_I} |)(?:gonna|going to|want to|wanna|about to|will|might|tried to"
        rf"|trying to) od"
        r"(?= *(?:$|[.!?,…]| on| tonight| today| now))",
        r"(?:have|got|holding|collected|saved up|saving up|stockpil\w*|hoard\w*) (?:all )?(?:the "
        r"|my "
        rf"|these |some |enough )?{PILLS}(?: \w+){{0,2}}? (?:ready(?! for)|in front of me|lined up"
        r"|in my hand|to end it|to die|to do it)",
        r"jump(?:s|ing|ed)? (?:off|from|in front of) (?:a|the) (?:bridge|roof|building|train"
        r"|balcony"
        r"|cliff|car|bus|truck|tower|window|ledge)",
        r"(?:standing|sitting|stood|sat|i'm|im|i am) (?:standing |sitting )?on (?:the|a) (?:ledge"
        r"|edge of (?:the|a) (?:roof|bridge|building|cliff|platform))",
        r"(?:slit|slitting|slice|slicing|cut|cutting|open(?:ing)?) (?:open )?my (?:wrists?|veins"
        r"|throat)",
        r"(?:bought|got|have|tied|buying|getting) (?:a |the )?(?:rope|noose)(?: \w+){0,3}?"
        r"(?: to| for| ready|$)",
        r"(?:walk|step|jump|run)(?:ed|ing)? (?:out )?(?:into|in front of) (?:the )?(?:traffic|a car"
        r"|a bus|a truck|a train|the train)",
        r"drive (?:my car )?(?:off|into) (?:a|the) (?:cliff|bridge|wall|tree|river)",
        # ---- self-harm with intent
        rf"{FELL}{HARM} {MYSELF}{ACCIDENT}",
        rf"{HARM} {MYSELF}(?: [\w',]+){{0,8}}? {INTENT}",
        rf"(?:on purpose|deliberately|intentionally|purposely) {HARM} {MYSELF}",
        rf"{WANT} (?:just |really |honestly )?{HARM} {MYSELF}",
        rf"(?:urge|urges|need|craving) to {HARM} {MYSELF}",
        r"self[- ]?(?:harm\w*|injur\w*|mutilat\w*)",
        r"(?:started|start|been|keep|kept|am|i'm|im) cutting (?:again|my (?:arms?|legs?|wrists?"
        r"|thighs?|skin))",
        r"(?:relapsed|relapsing|relapse) (?:on|into|with) (?:self[- ]?harm\w*|cutting)",
        r"(?:cut|cutting|burn|burning|scratch|scratching) my (?:arms?|legs?|wrists?|thighs?|skin)"
        rf"(?: [\w',]+){{0,6}}? {INTENT}",
    ),
    other=(
        rf"(?:kill(?:s|ing|ed)?|hang(?:s|ing|ed)?) {THEMSELF}(?! (?:laughing|trying|at (?:work|the "
        r"gym)|over (?:this|that|work|an? \w+)|to (?:get|finish|make|meet|pay|keep|impress|please)"
        r"|for (?:this|that|work|money|nothing)|working))",
        rf"{FELL}{HARM} {THEMSELF}{ACCIDENT.replace('|when (?:i|', '|when (?:he|she|they|')}",
        rf"{HARM} {THEMSELF}(?: [\w',]+){{0,8}}? {INTENT}",
        r"(?:end|ended|ending|take|took|taking) (?:his|her|their) (?:own )?li(?:fe|ves)"
        r"(?! (?:back|in|into|to|forward|seriously|for))",
        rf"{THEY} {gap(4)}(?:is |'s |are |'re |has |have |was |been |had )*"
        rf"(?:{WANT}|tried to|try to|trying to|attempted to|threaten(?:s|ed|ing)? to|talk(?:s|ed"
        rf"|ing)?"
        r" about|talking about) (?:just |really |finally )?(?:kill (?:him|her|them) ?sel(?:f|ves)"
        r"|end (?:his|her|their) (?:own )?life|end it(?: all)?|die|dying|commit suicide|suicide"
        rf"|take (?:his|her|their) (?:own )?life|{HARM} {THEMSELF}|overdose|od|jump|ending it"
        r"|ending things|not being here|not waking up|disappear forever)",
        rf"{THEY} {gap(3)}(?:has |have |'s |just |might have |may have |already |had |did )*"
        rf"(?:taken|took|take|swallowed|downed|had|popped|ate) (?:just |already |like |maybe "
        rf"|about "
        rf"|around )*{LOTS}(?: \w+){{0,2}}? {PILLS}",
        rf"{THEY} {gap(3)}(?:has |have |'s |just |might have |may have |already )*"
        r"(?:overdosed|od'?d|od'?ed|taken an overdose|took an overdose)",
        rf"{THEY} {gap(5)}(?:suicid\w*)",
        rf"{SAYS} (?:that )?(?:he|she|they|he's|she's|they're|hes|shes) {gap(3)}(?:wants? to die"
        r"|(?:doesn'?t|don'?t|does not|do not) want to (?:live|be alive|be here|exist|wake up)"
        r"|(?:is|are|'s|'re|was|were) (?:going|gonna) to (?:die|do it|end it)|(?:will|would|'ll)"
        r" (?:die|do it|end it|not be here)|can'?t go on|(?:is|are|'s|'re|would be"
        r"|'d be) better off"
        r" dead|(?:wishes|wish) (?:he|she|they) (?:was|were) dead|has nothing to live for"
        r"|(?:has|have|sees?) no reason to live|won'?t be (?:here|around) (?:tomorrow"
        r"|much longer))",
        rf"{THEY} {gap(3)}(?:is |are |was |were |'s |'re )?(?:standing|sitting) on (?:the|a) "
        r"(?:ledge|edge of (?:the|a) (?:roof|bridge|building|cliff))",
        rf"{THEY} {gap(3)}(?:cut|slit|slashed) (?:his|her|their) (?:wrists?|arms?|throat)",
        r"(?:found|find) (?:him|her|them) (?:with (?:pills|a rope|a noose|blood)|unconscious"
        r"|unresponsive|not breathing|bleeding)",
        r"(?:he|she|they) (?:won'?t|will not|isn'?t|is not|aren'?t) (?:wake up|waking up|"
        r"respond\w*|breathing)",
    ),
    despair=(
        r"(?:i )?(?:can'?t|cannot|can not) (?:do|take|handle|cope with|deal with|bear|stand|manage)"
        rf" (?:this|it|any of this|any of it|anything|life|everything)(?: shit| crap)? {ANY_MORE}",
        r"(?:i )?(?:can'?t|cannot|can not) (?:go on|keep going|carry on)(?: like this)?"
        r"(?= *(?:$|[.!?…]))",
        r"what'?s (?:even )?the point(?: (?:of (?:anything|it all|living|trying|going on"
        r"|even trying"
        r"|any of (?:this|it)|me|life|everything)|any ?more|in anything|in trying))?(?= *(?:$"
        r"|[.!?…]))",
        r"(?:i'm|im|i am) (?:so |just |really |completely |honestly |literally |totally )+done"
        r"(?: with (?:everything|it all|life|all of (?:this|it)|trying))?(?= *(?:$|[.!?…]))",
        r"(?:i'm|im|i am) done with (?:everything|it all|all of (?:this|it))",
        r"i (?:just )?give up(?: on (?:everything|life|myself|it all))?(?= *(?:$|[.!?…]))",
        r"(?:i'm|im|i am|i feel|feeling) (?:so |just |really |completely |totally )*(?:hopeless"
        r"|worthless|empty inside|numb inside|like a burden|a burden(?: to (?:everyone|him|her|you|"
        r"them))?|like giving up|like there'?s no way out)(?! (?:at|with|when|in|about))",
        r"(?:everything|it all|life|my life) (?:is|feels|seems) (?:so |just |completely )*"
        r"(?:pointless|hopeless|meaningless)",
        rf"nothing (?:even )?matters {ANY_MORE}",
        r"(?:i'm|im|i am) (?:so )?tired of (?:everything|it all|fighting|trying|feeling like this)",
        r"(?:i )?(?:don'?t|do not) see (?:a|any) way out",
        r"there'?s no way out",
        r"(?:i just )?want (?:it|everything|the pain|this pain|this) to stop",
        r"(?:wish i could|i want to|i wanna) (?:just )?disappear(?! (?:into|under|in|for a|to"
        r"|with))",
        r"won'?t be (?:around|here) (?:much|for) (?:longer|long)",
        r"(?:no one|nobody) would (?:even )?(?:care|notice|miss me)(?: if i (?:was|were) gone)?"
        r"(?= *(?:$|[.!?…]))",
    ),
    not_crisis=(
        r"suicide (?:squad|doors?|mission|bomb\w*|run|sprints?|blonde|king|note (?:by|from) \w+)",
        r"(?:volunteer\w*|work\w*|training|course|course on|fundraiser|campaign|charity|talk|"
        r"research\w*|reading|article|documentary|podcast) (?:\w+ ){0,4}?suicide prevention"
        r"(?: \w+)?",
        r"suicide prevention (?:day|week|month|training|course|charity|campaign|talk|work)",
        r"(?:i'm|im|i am) not (?:\w+ )?suicidal(?: or anything)?",
        r"(?:not|never) (?:thinking|thought) (?:about|of) (?:suicide|killing myself"
        r"|hurting myself)",
        r"(?:go|told me to|tell him to|tell her to) jump off a (?:bridge|cliff)",
        r"(?:kill|killing) myself (?:laughing|with laughter)",
        r"want to die (?:laughing|of (?:laughter|embarrassment|shame|cringe))",
    ),
)
