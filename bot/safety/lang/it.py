"""Italian: the writer in danger, someone else in danger, heavy despair, and the idioms that
only borrow the words ("morire dal ridere", "mi fa morire", "X mi ammazza")."""

from __future__ import annotations

from typing import Final

from bot.safety.patterns import NEGATIONS, LanguagePatterns, gap, not_after, unnegated

# Laughter right after "non farcela più" means the writer is laughing.
LAUGH: Final = r"(?:😂|🤣|😹|😆|😅|xd|ahah\w*|haha\w*|ahaha\w*|lol|dal ridere|dalle risate|asd\w*)"
# End of a clause: end of message, punctuation or an emoji (not a comma, not laughter).
END: Final = rf"(?!\s*{LAUGH})(?=\s*(?:$|[^\w\s,]))"
NOT_NEG: Final = not_after(*NEGATIONS, "nn ", "mai ")


# "voglio / vorrei / ho voglia di..." (first person), with phone and dialect spellings.
WANT: Final = (
    r"(?:voglio|vojo|vogli|vorrei|vorei|volevo|ho voglia di|mi viene voglia di|mi vien voglia di"
    r"|ho bisogno di|preferirei|desidero|sto per|penso di|sto pensando di|ho pensato di"
    r"|ho deciso di|ho provato a|provo a|devo|dovrei|mi piacerebbe|vado a)"
)
# Wishing (not "sto per morire", which is mostly fear or hyperbole).
WISH: Final = (
    r"(?:voglio|vojo|vogli|vorrei|vorei|volevo|ho voglia di|mi viene voglia di|mi vien voglia di"
    r"|ho bisogno di|desidero|avrei voglia di)"
)
# "mi ammazzo di lavoro", "ammazzarsi dalle risate": wearing oneself out is an idiom.
KILL_IDIOM: Final = (
    r"(?! (?:di (?:lavoro|fatica|studio|allenamento|palestra|risate|botte)|dalle risate"
    r"|dal ridere|a (?:studiare|lavorare|correre|pulire)|in palestra|per (?:te|voi|lui|lei"
    r"|questo esame|l'esame|il lavoro)|con il lavoro|col lavoro|di corsa)(?!\w))"
)
# After "morire": dying of laughter / hunger / to see you... is not a wish to die.
FIGURATIVE: Final = (
    r"(?! (?:(?:dal|dalle|di|della|dalla|per|con|d') ?(?:ridere|risate|risata|fame|sonno|caldo"
    r"|freddo|noia|vergogna|voglia|invidia|gelosia|paura|stanchezza|sete|imbarazzo|nostalgia"
    r"|amore|gioia|felicita|curiosita|te|voi|lui|lei|un|una|il|la)|tra le tue braccia|con te"
    r"|accanto a te|insieme|vecchi[oa]|felice|ahah\w*|asd\w*)(?!\w))"
)
PILLS: Final = (
    r"(?:pillole|pastiglie|pasticche|compresse|capsule|farmaci|medicine|medicinali|psicofarmaci"
    r"|antidepressivi|ansiolitici|sonniferi|calmanti|tranquillanti|tachipirina|paracetamolo"
    r"|paracetamol|oki|aulin|moment|brufen|ibuprofene|xanax|lexotan|tavor|en|minias|valium"
    r"|rivotril|zoloft|sertralina|paroxetina|daparox|efexor|entact|alprazolam|lorazepam"
    r"|diazepam|delorazepam|gocce|tramadolo|contramal|insulina|litio|seroquel|quetiapina"
    r"|benzodiazepine|benzo|oppiacei|morfina|aspirine)"
)
# How many: "tutte le", "una scatola intera di", "troppe", "30"...
LOTS: Final = (
    r"(?:tutte le|tutti i|tutte quante le|tutta la (?:scatola|confezione|boccetta|bottiglia"
    r"|scatoletta|striscia|blister|scorta)(?: di)?|un'?intera (?:scatola|confezione|boccetta"
    r"|bottiglia)(?: di)?|una (?:scatola|confezione|boccetta|bottiglia)(?: intera)?(?: di)?"
    r"|un sacco di|un mucchio di|una manciata di|una marea di|troppe|troppi|tantissime"
    r"|tantissimi|[0-9]{2,}|venti|trenta|quaranta|cinquanta|cento)"
)
# After the pills: the usual dose ("tutte le pillole di oggi").
USUAL_DOSE: Final = (
    r"(?! (?:di oggi|del giorno|di stamattina|stamattina|stasera|della sera|della settimana"
    r"|per la settimana|come (?:sempre|prescritto|al solito|mi ha detto)|prescritte|all'ora"
    r"|giuste|nel portapillole|che mi (?:ha|hanno) (?:prescritto|dato|detto))(?!\w))"
)
TOOK: Final = (
    r"(?:ho preso|ho ingoiato|ho ingerito|ho mandato giu|ho buttato giu|mi sono pres[oa]"
    r"|mi sono fatt[oa]|mi sono calat[oa]|ho bevuto|ho appena preso|ho appena ingoiato|prendo"
    r"|ingoio|sto per prendere|voglio prendere|vorrei prendere|prendere|ingoiare|mandare giu)"
)
# Where people jump from, or under.
PLACE: Final = (
    r"(?:(?:giu )?(?:dal|dalla|dallo|da un|da una|dall'|sotto (?:un|una|il|la|al|alla)|sotto"
    r" (?:a )?(?:un|una)|davanti a (?:un|una)|sui|sulle) ?(?:ponte|balcone|terrazzo|tetto"
    r"|finestra|palazzo|grattacielo|treno|metro|macchina|auto|camion|tir|autobus|binari"
    r"|scogliera|dirupo|precipizio|viadotto|cavalcavia|torre|\w+ piano))"
)
HARM: Final = (
    r"(?:mi (?:taglio|sono tagliat[oa]|tagliavo|ferisco|sono ferit[oa]|brucio|sono bruciat[oa]"
    r"|graffio|sono graffiat[oa]|faccio del male|sono fatt[oa] del male|facevo del male|picchio"
    r"|colpisco|mutilo|autolesiono)|tagliarmi|ferirmi|bruciarmi|farmi del male|graffiarmi)"
)
# After a harm verb, within a few words: signs it was an accident.
ACCIDENT: Final = (
    r"(?!(?: [\w']+){0,3}? (?:col coltello|con il coltello|con un coltello|con la carta|con un"
    r" foglio|col foglio|con il foglio|con la lattina|con il vetro|cucinando|tagliando|affettando"
    r"|pelando|facendo|radendomi|mentre|in cucina|a calcio"
    r"|in palestra|giocando|cadendo|per sbaglio|senza volerlo|per errore|con il forno|col forno"
    r"|con la padella|con il ferro|con l'olio|i capelli|la frangia|le unghie|un dito|il dito"
    r"|la lingua|al lavoro|a lavoro|sul lavoro)(?!\w))"
)
INTENT: Final = (
    r"(?:apposta|di proposito|volontariamente|intenzionalmente|di nuovo|ancora|un'altra volta"
    r"|ogni volta che|ogni sera|ogni notte|tutte le sere|tutti i giorni|quando (?:lui|lei"
    r"|litighiamo|mi sento|sto|nessuno|mi ignora|mi lascia)|per (?:sentire|non sentire|punirmi"
    r"|sfogarmi|calmarmi|smettere)|con (?:la|una) lametta|con il taglierino|col taglierino"
    r"|con l'accendino|con la sigaretta|con il rasoio|con una lama)"
)
# Someone else: a pronoun, or a person named by relation ("il mio ragazzo", "mia madre").
THEY: Final = (
    r"(?:lui|lei|loro|(?:(?:il|la|i|le) )?(?:mio|mia|miei|mie|nostro|nostra) (?:\w+ )?(?:ragazz[oa]"
    r"|fidanzat[oa]|marito|moglie|compagn[oa]|partner|amic[oa]|amici|migliore amic[oa]|madre"
    r"|mamma|padre|papa|fratello|sorella|figli[oa]|cugin[oa]|coinquilin[oa]|ex|collega|zi[oa]"
    r"|nonn[oa]|vicin[oa]|capo|tipo|tipa|moroso|morosa|amore|bimb[oa]|studente|alunn[oa]"
    r"|suocer[oa]|cognat[oa]|nipote))"
)
# Up to N words that are not "io", "mi", "me", "mio": "lei (mi ha scritto che) vuole morire".
NOT_ME: Final = r"(?!(?:io|me|mio|mia|miei|noi|ci)(?!\w))[\w'-]+"


WANT_3: Final = (
    r"(?:vuole|voleva|vorrebbe|minaccia di|ha minacciato di|minacciava di|pensa di|sta pensando di"
    r"|ha provato a|ha tentato di|prova a|cerca di|ha cercato di|sta per|ha deciso di|parla di"
    r"|ha detto che vuole|dice che vuole)"
)
SELF_3: Final = (
    r"(?:uccidersi|ammazzarsi|suicidarsi|impiccarsi|tagliarsi (?:le vene|i polsi)"
    r"|togliersi la vita|farsi del male|spararsi|farla finita(?! di | con (?!tutto|la vita))"
    r"|avvelenarsi|(?:buttarsi|gettarsi|lanciarsi) (?:giu )?" + PLACE + ")"
)

PATTERNS = LanguagePatterns(
    code="it",
    name="Italian",
    crisis=(
        # ---- killing oneself
        unnegated(rf"{WANT} ", NOT_NEG)
        + r"(?:solo |proprio |davvero |finalmente |subito )?(?:uccidermi"
        r"|ammazzarmi"
        rf"|suicidarmi|togliermi la vita|impiccarmi|spararmi|avvelenarmi){KILL_IDIOM}",
        unnegated(r"mi ", NOT_NEG)
        + r"(?:voglio|vojo|vorrei|devo|sto per|vado a) (?:uccidere|ammazzare"
        r"|suicidare"
        rf"|impiccare|sparare|avvelenare|togliere la vita){KILL_IDIOM}",
        rf"mi (?:ammazzo|uccido|impicco|suicido|sparo (?:un colpo|in testa|alla testa)"
        rf"|tolgo la vita){KILL_IDIOM}",
        unnegated(rf"(?:{WANT} )?(?:farla finita|la faccio finita)", NOT_NEG)
        + r"(?! di | con (?!tutto"
        r"|la (?:mia )?vita|questa vita))",
        r"togliermi la vita",
        # Rome and Naples: "ammazzà", "m'accido"
        r"me (?:voglio|vojo) (?:ammazza|ammazzare|uccide|mori|accidere)(?!\w)|m'accido"
        r"|voglio accidermi",
        # ---- wanting to die, not to live, not to wake up
        unnegated(rf"{WISH} ", NOT_NEG)
        + r"(?:solo |proprio |davvero |tanto |soltanto )?(?:morire|mori"
        r"|morir"
        rf"|essere mort[oa]){FIGURATIVE}",
        rf"preferirei (?:morire|essere mort[oa]){END}",
        r"(?:vorrei|avrei voluto|volevo) non (?:essere mai|esser mai|mai essere) nat[oa]"
        r"|vorrei non essere nat[oa]|non sarei mai dovut[oa] nascere",
        r"(?:vorrei|voglio|spero di) non (?:svegliarmi|risvegliarmi) (?:piu|mai piu)"
        r"|non (?:voglio|vorrei) (?:piu )?(?:svegliarmi|risvegliarmi)(?: piu| mai piu)?"
        r"(?=\s*(?:$|[^\w\s])| e | domani)",
        r"addormentarmi e non (?:svegliarmi|risvegliarmi)(?: piu)?|dormire per sempre",
        r"(?:non|nn) (?:voglio|vojo|vorrei) (?:piu )?(?:vivere|esistere|stare al mondo|essere vivo"
        r"|essere viva)(?: piu)?(?! (?:qui|qua|con|a|in|cosi|senza|da sol[oa]|lontan[oa])(?!\w))",
        r"(?:non ho|nn ho) piu (?:voglia|la forza) di vivere|non ce la faccio piu a vivere",
        r"(?:stanc[oa]|stufo|stufa|esaust[oa]) di (?:vivere|esistere|stare al mondo"
        r"|essere viv[oa])",
        r"(?:nessun|nessuna|senza|non ho (?:piu )?(?:un|una|nessun|nessuna)?) ?(?:motivo|ragione"
        r"|motivi|ragioni) (?:per|di) vivere",
        r"la (?:mia )?vita non vale (?:la pena|niente|nulla)|non vale la pena vivere",
        r"(?:starebbero|staremmo|stareste|stanno|sarebbero|state|starete) (?:tutti )?meglio senza"
        r" di me|meglio senza di me|(?:sarebbe|e) meglio se (?:morissi|sparissi|fossi mort[oa]"
        r"|non ci fossi)",
        r"(?:nessuno|a nessuno) (?:sentirebbe|si accorgerebbe|importerebbe|fregherebbe|gliene"
        r" fregherebbe)(?: \w+){0,4}? se (?:morissi|sparissi|mi uccidessi|mi ammazzassi"
        r"|non ci fossi piu)",
        r"lettera d'addio|(?:questo e|sara) il mio ultimo messaggio",
        r"(?:penso|pensando|penso sempre|penso spesso|ci penso) (?:sempre |spesso |tanto )?"
        r"(?:alla morte|a morire|di morire|di uccidermi|di ammazzarmi|a uccidermi|a farla finita)",
        r"(?:non|nn) (?:voglio|vorrei) piu esserci|vorrei non esserci piu",
        r"sparire per sempre|andarmene per sempre da questo mondo|lasciare questo mondo",
        # ---- overdose, poison and method
        rf"{TOOK} (?:(?:quasi|circa|tipo|piu di) )*{LOTS} ?(?:\w+ ){{0,2}}?{PILLS}{USUAL_DOSE}",
        rf"(?:ho preso|ho ingoiato|ho mandato giu) (?:le|i|tutte le mie|tutti i miei) {PILLS}"
        r" (?:tutte|tutti|insieme|in una volta|d'un colpo)",
        r"(?:sovradosaggio|overdose di farmaci|intossicazione da farmaci)",
        r"(?:ho bevuto|bere|voglio bere|ho ingoiato) (?:la |della |il |del )?(?:candeggina"
        r"|varechina|veleno|topicida|veleno per topi|acido|soda caustica)",
        rf"(?:buttarmi|gettarmi|lanciarmi|mi (?:butto|getto|lancio|voglio buttare|voglio gettare"
        rf"|voglio lanciare|sto per buttare)) (?:giu )?{PLACE}",
        rf"(?:voglio|vorrei|sto per|penso di) (?:saltare|buttarmi) (?:giu )?{PLACE}",
        r"(?:tagliarmi|mi taglio|mi sono tagliat[oa]|aprirmi|mi apro) (?:le vene|i polsi)",
        r"(?:ho comprato|ho preparato|ho gia|ho) (?:una|la) corda(?: \w+){0,3}? per (?:impiccarmi"
        r"|farla finita|uccidermi)",
        # ---- self-harm with intent
        rf"{HARM}{ACCIDENT}(?: [\w']+){{0,6}}? {INTENT}",
        rf"(?:di nuovo|ancora|apposta|un'altra volta) {HARM}",
        r"(?:ho ricominciato|ricomincio|sono ricadut[oa]|ho ripreso) (?:a |nel )?(?:tagliarmi"
        r"|farmi del male|autolesionismo|ferirmi)",
        unnegated(r"(?:ho voglia di|voglio|vorrei|ho bisogno di|mi viene voglia di) ", NOT_NEG)
        + r"(?:tagliarmi|farmi del male|ferirmi|bruciarmi)(?! (?:i|la|le|il) (?:capelli|frangia"
        r"|unghie|barba"
        r"|punte)(?!\w))",
        r"(?:tagliarmi|mi taglio|mi sono tagliat[oa]) (?:le braccia|le gambe|le cosce|i polsi"
        r"|il braccio|la pelle)",
        r"autolesion\w*",
    ),
    other=(
        # ---- someone else wants to kill themselves / die
        rf"(?:si )?{WANT_3} (?:davvero |di nuovo |ancora )?{SELF_3}{KILL_IDIOM}",
        rf"si (?:vuole|voleva|vorrebbe|sta per|e (?:voluto|voluta)) (?:uccidere|ammazzare"
        rf"|suicidare|impiccare|tagliare le vene|togliere la vita|sparare|(?:buttare|gettare"
        rf"|lanciare) (?:giu )?{PLACE}){KILL_IDIOM}",
        rf"{THEY} {gap(4, NOT_ME)}(?:vuole|voleva|vorrebbe|dice che vuole|ha voglia di) (?:solo )?"
        rf"(?:morire|essere mort[oa]){FIGURATIVE}",
        r"(?:non|nn) vuole (?:piu )?(?:vivere|esistere|svegliarsi|stare al mondo)(?: piu)?"
        r"(?! (?:qui|qua|con|a|in|cosi|senza|da sol[oa]|lontan[oa])(?!\w))",
        rf"{THEY} {gap(4, NOT_ME)}(?:dice|ha detto|scrive|ha scritto) che si (?:ammazza|uccide"
        rf"|butta"
        r"|impicca|suicida)",
        # ---- overdose, cutting, attempts
        rf"{THEY} {gap(3, NOT_ME)}(?:ha preso|ha ingoiato|ha ingerito|ha mandato giu|ha buttato giu"
        rf"|si e pres[oa]) (?:(?:quasi|circa|tipo|piu di) )*{LOTS} ?(?:\w+ ){{0,2}}?{PILLS}",
        rf"{THEY} {gap(3, NOT_ME)}ha bevuto (?:la |della |il |del )?(?:candeggina|varechina|veleno"
        r"|topicida|acido)",
        rf"{THEY} {gap(3, NOT_ME)}(?:ha (?:tentato|provato)"
        rf"|ha fatto un tentativo di) (?:il )?suicidio",
        rf"{THEY} {gap(3, NOT_ME)}ha (?:avuto|fatto) (?:un'?)?(?:overdose|sovradosaggio)",
        r"(?:si (?:taglia|e tagliat[oa]|ferisce|e ferit[oa]|brucia|e bruciat[oa]|fa del male"
        rf"|e fatt[oa] del male|graffia)){ACCIDENT}(?: [\w']+){{0,5}}? (?:apposta|di proposito"
        r"|di nuovo|ancora|ogni volta|quando|per (?:sentire|non sentire|punirsi|sfogarsi))",
        r"si (?:taglia|e tagliat[oa]) (?:le vene|i polsi|le braccia|le gambe)"
        r"|si (?:autolesiona|e impiccat[oa])|(?:ha ricominciato|ricomincia) a tagliarsi",
        rf"{THEY} {gap(3, NOT_ME)}(?:e|sta) (?:sul|sulla) (?:ponte|tetto|cornicione|balcone"
        rf"|terrazzo)"
        r"(?: \w+){0,3}? (?:e )?(?:vuole|minaccia|dice)",
        rf"{THEY} {gap(3, NOT_ME)}si (?:taglia|e tagliat[oa]|fa del male)(?:{END}| (?:spesso|sempre"
        r"|di nuovo"
        r"|ancora|da mesi|da anni|da tempo)(?!\w))",
        rf"si e (?:buttat[oa]|gettat[oa]|lanciat[oa]) (?:giu )?{PLACE}",
        r"si e (?:suicidat[oa]|tolt[oa] la vita|ammazzat[oa](?! (?:di|dalle|dal)(?!\w)))",
        r"l'ho trovat[oa] (?:svenut[oa]|incosciente|privo di sensi|priva di sensi|che non respirava"
        r"|con le pillole)",
    ),
    despair=(
        r"(?:non|nn) ce la faccio (?:proprio |davvero |veramente )?piu"
        rf"(?:{END}| (?:con (?:niente|tutto|questa vita)|a (?:andare avanti|continuare)))",
        r"(?:non|nn) ne posso (?:proprio |davvero )?piu"
        rf"(?:{END}| di (?:tutto|niente|questa vita|me stess[oa]|vivere così))",
        r"(?:non|nn) reggo piu" + END,
        r"mi arrendo(?: con tutto)?" + END,
        r"(?:niente|nulla) ha (?:piu )?senso|non ha (?:piu )?senso (?:niente|nulla)"
        r"|la (?:mia )?vita non ha (?:piu )?senso|non ha (?:piu )?senso vivere",
        r"(?:a che serve|che senso ha|a cosa serve)(?: (?:vivere|andare avanti|continuare"
        r"|tutto questo|provarci))?" + END,
        r"(?:sono|mi sento) (?:solo |soltanto )?un (?:peso|fardello)(?: per (?:tutti|te|voi"
        r"|la mia famiglia))?",
        r"mi sento (?:cosi |tanto |completamente )?(?:vuot[oa]|senza speranza)",
        r"(?:sono|mi sento) (?:cosi |tanto )?(?:stanc[oa]|stuf[oa]|esaust[oa]|sfinit[oa]) di tutto",
        r"(?:non vedo|non c'e) (?:nessuna |alcuna )?(?:via d'uscita|via di uscita|uscita)",
        r"(?:non ho piu|senza) (?:nessuna )?speranz[ae]",
        unnegated(r"(?:voglio|vorrei) ", NOT_NEG)
        + r"(?:solo )?sparire(?! (?:per sempre|sotto le coperte"
        r"|da qui|da questa|da questo)(?!\w))",
        r"(?:non ho piu|non ho) (?:la )?forz[ae] (?:di andare avanti|per niente)",
    ),
    not_crisis=(
        r"prevenzione del suicidio|(?:missione|attentat\w*|attacco|kamikaze|drone) suicid\w*",
        r"suicide squad",
    ),
)
