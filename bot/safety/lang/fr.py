"""French (France, Belgium, Switzerland, Québec, Africa): the writer in danger, someone else in
danger, heavy despair, and the idioms that only borrow the words ("mourir de faim", "mort de
rire", "X me tue")."""

from __future__ import annotations

from typing import Final

from bot.safety.patterns import NEGATIONS, LanguagePatterns, gap, not_after, unnegated

# End of a clause: end of message, or punctuation / an emoji (not a comma).
CLAUSE_END: Final = r"\s*(?:$|[^\w\s,]|mdr|ptdr|lol)"
END: Final = rf"(?={CLAUSE_END})"
# Not negated, and not "tu / il / elle / on" (someone else) right before.
NOT_NEG: Final = not_after(*NEGATIONS, "tu ", "il ", "elle ", "on ", "ne ", "n'", "jamais ")


# "je veux", "j'veux", "jveux", "je voudrais", "j'ai envie de"... (the subject may be dropped).
WANT: Final = (
    r"(?:(?:je |j'|j)?(?:veux|veu|veut|voudrais|voudrai|voulais|aimerais|aimerai|prefere"
    r"|prefererais|souhaite|souhaiterais|vais|vai|compte|dois|devrais|pense a|pense|ai pense a"
    r"|ai envie de|ai envie d'|avais envie de|ai le gout de|ai besoin de|suis pret a"
    r"|suis prete a|vais finir par|ai decide de|ai essaye de|essaie de|essaye de)|g envie de"
    r"|envie de|envie d'|besoin de|le gout de|penser a|pret a|prete a)"
)
# Wishing (not "je vais mourir", which is mostly fear or hyperbole).
WISH: Final = (
    r"(?:(?:je |j'|j)?(?:veux|veu|veut|voudrais|voudrai|voulais|aimerais|aimerai|souhaite"
    r"|souhaiterais|ai envie de|ai envie d'|avais envie de|ai le gout de|ai besoin de)"
    r"|g envie de|envie de|envie d'|besoin de|le gout de)"
)
# "se tuer à la tâche", "me tuer au boulot": wearing oneself out is an idiom.
KILL_IDIOM: Final = (
    r"(?! (?:a (?:la tache|le|la|lui|te|vous|leur|les|force|travailler|bosser|expliquer|repeter"
    r"|dire|faire|courir|chercher)|au (?:travail|boulot|taf|sport)|de (?:rire|travail)"
    r"|en (?:faisant|courant|voiture|moto|scooter|roulant|conduisant))(?!\w))"
)
# After "mourir": dying of laughter / hunger / to see you... is not a wish to die.
FIGURATIVE: Final = (
    r"(?! (?:(?:de|d') ?(?:rire|faim|honte|chaud|froid|soif|ennui|fatigue|envie|peur|jalousie"
    r"|impatience|bonheur|sommeil|amour|plaisir|gene|joie|curiosite)|pour (?:toi|vous|lui|elle"
    r"|un|une|ca|cela|des|du|le|la|les)|dans tes bras|avec toi|a tes cotes|de vieillesse"
    r"|heureux|heureuse|vieux|vieille|ensemble|mdr|ptdr)(?!\w))"
)
PILLS: Final = (
    r"(?:cachets|comprimes|medicaments|medocs|pilules|gelules|somniferes|anxiolytiques|anxio"
    r"|antidepresseurs|calmants|tranquillisants|doliprane|dafalgan|efferalgan|paracetamol"
    r"|ibuprofene|advil|nurofen|tramadol|codeine|xanax|lexomil|temesta|lysanxia|stilnox"
    r"|zolpidem|atarax|seresta|valium|laroxyl|deroxat|prozac|seroquel|lithium|insuline|aspirine"
    r"|neuroleptiques|benzos|opiaces|morphine|imovane|zopiclone|tercian|risperdal|sertraline"
    r"|escitalopram|seroplex)"
)
# How many: "tous mes", "toute la boîte de", "plein de", "30"...
LOTS: Final = (
    r"(?:tous (?:mes|les|ces)|toutes (?:mes|les|ces)|tout (?:le|mon) (?:flacon|tube|stock"
    r"|pilulier)(?: de| d')?|toute (?:la|ma) (?:boite|plaquette|reserve|ordonnance)(?: de| d')?"
    r"|toute une (?:boite|plaquette)(?: de| d')?|une (?:boite|plaquette)(?: entiere)?(?: de| d')?"
    r"|la (?:boite|plaquette) entiere(?: de| d')?|un flacon(?: entier)?(?: de| d')?|plein de"
    r"|plein d'|beaucoup de|beaucoup d'|trop de|trop d'|un tas de|une poignee de|une vingtaine de"
    r"|une trentaine de|[0-9]{2,}|vingt|trente|quarante|cinquante|cent)"
)
# After the pills: the usual dose ("tous mes médicaments ce matin").
USUAL_DOSE: Final = (
    r"(?! (?:ce matin|ce soir|ce midi|du jour|du matin|du soir|d'aujourd'hui|comme (?:d'habitude"
    r"|prevu|prescrit|le medecin)|a l'heure|prescrits?|a temps|de la semaine)(?!\w))"
)
TOOK: Final = (
    r"(?:(?:j'ai|jai|j'|g) (?:pris|avale|bu|gobe|englouti|pris d'un coup|avale d'un coup)"
    r"|(?:je |j')?(?:vais|veux) (?:prendre|avaler|gober)|je prends|j'avale|je viens de prendre"
    r"|je viens d'avaler|avaler|prendre|gober)"
)
# Where people jump from, or in front of.
PLACE: Final = (
    r"(?:(?:du|d'un|d'une|de la|de l'|depuis le|depuis la|par la|sous le|sous la|sous un|sous une"
    r"|devant le|devant un|devant une|dans le) ?(?:pont|toit|fenetre|balcon|immeuble|falaise"
    r"|viaduc|train|metro|rer|tram|voiture|camion|bus|vide|precipice|terrasse|tour|[0-9]+e etage"
    r"|dernier etage|haut de l'immeuble|rails))"
)
HARM: Final = (
    r"(?:(?:je |j')?me (?:coupe|suis coupe|suis coupee|blesse|suis blesse|suis blessee|brule"
    r"|suis brule|suis brulee|frappe|suis frappe|suis frappee|griffe|mutile|suis mutile"
    r"|suis mutilee|fais du mal|suis fait du mal|suis faite du mal|scarifie|suis scarifie"
    r"|suis scarifiee|taillade|suis taillade|suis tailladee|lacere)|jme (?:coupe|brule|scarifie"
    r"|fais du mal|taillade)|me couper|me bruler|me blesser|me faire du mal|m'automutiler"
    r"|me scarifier|me taillader)"
)
# After a harm verb, within a few words: signs it was an accident (or emotional pain).
ACCIDENT: Final = (
    r"(?!(?: [\w']+){0,3}? (?:en (?:cuisinant|coupant|epluchant|tombant|jouant|courant|faisant"
    r"|me rasant|bricolant|pensant|regardant)|avec (?:le|un|mon|ma|la|une) (?:couteau|papier"
    r"|rasoir|ouvre-boite|four|poele|fer|casserole|plaque|feuille|boite|conserve)|au (?:foot"
    r"|sport|travail|boulot|taf|genou|doigt|pied|dos|bras|tennis|basket)|a la (?:salle|muscu"
    r"|cuisine|main|jambe|cheville)|sans faire expres|par accident|accidentellement|le doigt"
    r"|les cheveux|la frange|la barbe|les ongles|mal au|mal a|a (?:regarder|penser|lire|relire"
    r"|attendre))(?!\w))"
)
INTENT: Final = (
    r"(?:expres|volontairement|intentionnellement|a nouveau|de nouveau|encore une fois|encore"
    r"|une fois de plus|chaque fois que|a chaque fois que|chaque soir|tous les soirs|tous les jours"
    r"|quand (?:il|elle|on se dispute|on s'engueule|je me sens|je suis|personne|j'ai|ca va pas)"
    r"|pour (?:sentir|ne plus sentir|ne rien sentir|me punir|oublier|me calmer|soulager|arreter"
    r"|avoir mal)|avec (?:une|la|des|ma|mes) (?:lame|lames|rasoir|cutter|compas|cigarette"
    r"|briquet))"
)
# Someone else: a pronoun, or a person named by relation ("mon copain", "ma meuf", "mon chum").
THEY: Final = (
    r"(?:il|elle|ils|elles|(?:mon|ma|mes|notre) (?:\w+ )?(?:copain|copine|mec|meuf|cheri|cherie"
    r"|mari|femme|fiance|fiancee|ami|amie|amis|meilleur ami|meilleure amie|pote|potes|frere"
    r"|soeur|pere|mere|fils|fille|cousin|cousine|coloc|colocataire|ex|partenaire|conjoint"
    r"|conjointe|compagnon|compagne|chum|blonde|daron|daronne|reuf|reus|gars|nana|copains"
    r"|enfant|ado|voisin|voisine|collegue|eleve|oncle|tante|grand-mere|grand-pere|belle-mere"
    r"|beau-pere|neveu|niece|petit ami|petite amie|crush|bb|bebe|amour))"
)
# Up to N words that are not "je", "moi", "me": "elle (m'a dit qu'elle) veut mourir" but not
# "il m'a quitté et (je) veux mourir".
NOT_ME: Final = r"(?!(?:je|j|moi|me|m|mon|ma|mes|nous)(?!\w))[\w'-]+"


WANT_3: Final = (
    r"(?:veut|voulait|va|allait|menace de|a menace de|menacait de|parle de|parlait de|pense a"
    r"|a essaye de|a tente de|essaie de|essaye de|a voulu|compte|envisage de|a envie de"
    r"|avait envie de|dit qu'(?:il|elle) va|a dit qu'(?:il|elle) allait|est prete? a|veut vraiment)"
)
SELF_3: Final = (
    r"(?:se tuer|se suicider|se foutre en l'air|se flinguer|se buter|se pendre"
    r"|(?:se jeter|sauter) "
    + PLACE
    + r"|mettre fin a ses jours|mettre fin a sa vie|se donner la mort|se faire du mal"
    r"|se couper (?:les veines|les poignets|les bras)"
    r"|se scarifier|s'ouvrir les veines|se tirer une balle|se tailler les veines|s'automutiler"
    r"|en finir(?! avec (?!la vie|sa vie)))"
)

PATTERNS = LanguagePatterns(
    code="fr",
    name="French",
    crisis=(
        # ---- killing oneself
        unnegated(rf"{WANT} ", NOT_NEG)
        + rf"(?:juste |vraiment |bientot |enfin |finir par |peut-etre )?"
        rf"(?:me tuer|me suicider|me foutre en l'air|me flinguer|me buter|me supprimer"
        r"|me donner la mort|me defenestrer|me tirer une balle|me mettre une balle"
        rf"|me pendre){KILL_IDIOM}",
        r"(?:mettre|mets|met|mettrai|mettre) fin a (?:mes jours|ma vie)",
        r"en finir avec (?:la|ma) vie",
        unnegated(rf"{WANT} ", NOT_NEG)
        + r"(?:juste |vraiment |enfin )?en finir(?! avec (?!(?:la|ma) vie))",
        unnegated(r"(?:j'ai |jai |g )?envie d'", NOT_NEG) + r"en finir(?! avec (?!(?:la|ma) vie))",
        r"(?:je vais|jvais|j'vais|je veux|envie de) (?:me )?(?:faire sauter la cervelle"
        r"|me faire sauter le cafe)",
        r"(?:m'ouvrir|me couper|me taillader|me trancher|m'ouvre|je m'ouvre) les (?:veines"
        r"|poignets)",
        r"(?:me|je me) (?:jeter|jette|lancer|lance) (?:du|d'un|d'une|par la|sous le|sous la|sous un"
        r"|sous une|dans le vide|devant (?:le|un|une))(?: \w+)?",
        unnegated(rf"(?:{WANT}|je vais|jvais|j'vais) ", NOT_NEG) + rf"sauter {PLACE}",
        r"(?:acheter|achete|j'ai) une corde pour (?:me pendre|en finir|me tuer)",
        # ---- wanting to die, not to live, not to wake up
        unnegated(rf"{WISH} ", NOT_NEG)
        + r"(?:juste |vraiment |tellement |seulement |simplement |bien "
        r"|trop )?"
        rf"(?:mourir|mourrir|mourire|crever(?! (?:l'abces|les pneus|un pneu|la bulle))"
        rf"|etre morte?){FIGURATIVE}",
        rf"(?:je |j')?(?:prefere|prefererais) (?:mourir|crever|etre morte?){END}",
        r"(?:je |j'|j)?(?:ne )?(?:veux|veut|veu|voudrais) (?:plus|pu|plu|pas) (?:vivre|exister"
        r"|etre en vie|etre la|me reveiller|continuer a vivre)(?! (?:ici|la|avec|comme|a|en|dans"
        r"|chez|sans|aussi|si|tot)(?!\w))",
        r"(?:j'ai|jai|j'|je n'ai|g) (?:plus|pu|plu) (?:envie|le gout|la force|aucune envie)"
        r" de vivre",
        r"(?:plus|pu|aucune|pas de|aucun) (?:de )?(?:raisons?|but) de vivre",
        r"rien pour quoi vivre|plus rien pour quoi vivre",
        r"(?:marre|fatiguee?|lasse?|degoutee?|epuisee?|tannee?) de (?:vivre|la vie elle-meme"
        r"|exister"
        r"|etre en vie)",
        r"(?:j'en peux|jen peux|j'en pe|je n'en peux) (?:plus|pu) de (?:vivre|cette vie|la vie)",
        r"la vie ne vaut (?:pas|plus) (?:la peine|le coup)|ma vie ne vaut (?:rien|pas la peine)",
        r"(?:dormir|m'endormir|me coucher) et ne (?:plus|jamais|plus jamais) (?:me )?reveiller",
        r"ne (?:plus|plus jamais|jamais) me reveiller|m'endormir pour toujours",
        r"disparaitre (?:pour toujours|a jamais|pour de bon|de ce monde)|quitter ce monde",
        r"(?:j'aimerais|je voudrais|je prefererais|si seulement j'etais|jaimerais) (?:etre )?"
        r"morte?(?!\w)",
        r"(?:j'aurais|jaurais) (?:prefere|aime|voulu) (?:ne )?(?:jamais|pas) (?:etre nee?|naitre)"
        r"|(?:j'aurais|jaurais) (?:jamais|pas) du naitre|j'aimerais ne jamais etre nee?",
        r"(?:serait|seraient|serais|seriez|serions|est|sont|seront|vivrait|vivraient) "
        r"(?:tellement |bien )?mieux sans moi",
        r"personne ne (?:remarquerait|verrait|me regretterait|s'en rendrait compte|s'en soucierait"
        r"|pleurerait)(?: \w+){0,3}? si (?:je mourais|je disparaissais|j'etais morte?|je me tuais"
        r"|je partais pour toujours)",
        r"(?:si je (?:mourais|disparaissais)|si j'etais morte?) personne ne",
        r"(?:c'est|ce sera|voici) mon dernier message|lettre d'adieu|(?:ma|une) lettre d'adieux",
        r"(?:je pense|j'pense|jpense|je pense tout le temps|je pense souvent) a (?:la mort|mourir"
        r"|me tuer|en finir)",
        r"(?:j'ai|jai|g) des idees noires|idees suicidaires",
        r"(?:j'ai|jai|g) fait une (?:ts|tentative)(?!\w)|ma (?:premiere |derniere )?ts(?!\w)",
        # ---- overdose, poison and method
        rf"{TOOK} (?:(?:genre|presque|environ|au moins|plus de|d'un coup) )*{LOTS} ?"
        rf"(?:\w+ ){{0,2}}?{PILLS}{USUAL_DOSE}",
        rf"(?:j'ai|jai|g) (?:pris|avale) (?:mes|les|des) {PILLS} (?:d'un coup|en une fois"
        r"|tous d'un coup|toutes d'un coup|en trop)",
        r"(?:j'ai|jai|g) (?:bu|avale) (?:de la |de l'|du )?(?:eau de )?(?:javel|mort-aux-rats"
        r"|mort aux rats|poison|deboucheur|antigel|soude)",
        r"(?:boire|avaler|je vais boire) (?:de la |du |de l')?(?:eau de )?(?:javel|mort-aux-rats"
        r"|mort aux rats|poison|deboucheur)",
        r"surdose(?! de (?:sucre|cafe|travail|series|chocolat|mignonnerie))",
        # ---- self-harm with intent
        rf"{HARM}{ACCIDENT}(?: [\w']+){{0,6}}? {INTENT}",
        rf"(?:expres|volontairement|encore|a nouveau) {HARM}",
        r"(?:recommence|recommencer|rechute|replonge) (?:a |dans )?(?:me scarifier|me couper"
        r"|me faire du mal|la scarification|l'automutilation|me mutiler)",
        unnegated(r"(?:envie|besoin) ", NOT_NEG) + r"de (?:me couper|me scarifier|me faire du mal"
        r"|me taillader"
        r"|me bruler|me mutiler)(?! (?:les|la|le) (?:cheveux|frange|barbe|ongles)(?!\w))",
        r"(?:me couper|je me coupe|me taillader|je me taillade|je me scarifie|me scarifier)"
        r" (?:les|mes) (?:bras|poignets|cuisses|jambes|avant-bras|veines)",
        r"scarifi(?!cateur)\w*(?! (?:la |le )(?:pelouse|gazon|jardin))|scarif(?!\w)",
        r"automutil\w*|auto-mutil\w*",
    ),
    other=(
        # ---- someone else wants to kill themselves / die
        rf"{WANT_3} (?:vraiment |juste |encore )?{SELF_3}{KILL_IDIOM}",
        rf"{THEY} {gap(5, NOT_ME)}(?:veut|voulait|a envie de|avait envie de|veut juste"
        rf"|veut vraiment"
        rf"|a le gout de) (?:mourir|crever|etre morte?|disparaitre pour toujours){FIGURATIVE}",
        rf"{THEY} {gap(5, NOT_ME)}(?:ne )?(?:veut|voulait) (?:plus|pu) (?:vivre|exister|etre la"
        r"|se reveiller)"
        r"(?! (?:ici|la|avec|comme|a|en|dans|chez|sans)(?!\w))",
        rf"{THEY} {gap(5, NOT_ME)}(?:n'a|a) (?:plus|pu) (?:envie|le gout) de vivre",
        # ---- overdose, cutting, attempts
        rf"{THEY} {gap(3, NOT_ME)}(?:a|vient d'|vient de) (?:pris|avale|prendre|avaler|gobe|bu) "
        r"(?:(?:genre|presque|environ|au moins|plus de|d'un coup) )*(?:tous (?:ses|les)"
        r"|toutes (?:ses"
        rf"|les)|toute (?:la|sa) (?:boite|plaquette)(?: de| d')?|{LOTS}) ?(?:\w+ ){{0,2}}?{PILLS}",
        rf"{THEY} {gap(3, NOT_ME)}a (?:bu|avale) (?:de la |de l'|du )?(?:eau de )?(?:javel"
        rf"|mort-aux-rats"
        r"|mort aux rats|poison|deboucheur)",
        rf"{THEY} {gap(3, NOT_ME)}a fait une (?:ts|tentative de suicide|tentative|overdose"
        rf"|surdose)(?!\w)",
        r"(?:s'est|se) (?:coupee?|coupe|blessee?|blesse|brulee?|brule|fait du mal|mutilee?|mutile"
        rf"|scarifiee?|scarifie|tailladee?|taillade){ACCIDENT}(?: [\w']+){{0,5}}? (?:expres"
        r"|volontairement|encore|a nouveau|de nouveau|chaque fois|quand|pour (?:sentir|ne plus"
        r" sentir|se punir|oublier))",
        r"(?:s'est|se) (?:ouvert|ouvre|coupe|coupee|taillade|tailladee) les (?:veines|poignets"
        r"|bras)",
        r"(?:se scarifie|s'est scarifiee?|s'automutile|s'est automutilee?|s'est pendue?"
        r"|se coupe les bras|recommence a se (?:couper|scarifier))",
        rf"{THEY} {gap(3, NOT_ME)}(?:s'est jetee?|a saute|s'est lancee?) {PLACE}",
        rf"{THEY} {gap(4, NOT_ME)}(?:a|fait|fais|avait) (?:des )?(?:idees noires|idees suicidaires"
        r"|pensees suicidaires)",
        r"(?:s'est|se sont) (?:suicidee?s?|donne la mort|tuee? (?!a |au |en |dans )|pendue?s?)",
        r"(?:je l'ai|je les ai) trouvee?s? (?:inconsciente?|evanouie?|sans connaissance"
        r"|qui respirait plus|avec (?:des|ses) (?:cachets|medocs|medicaments))",
    ),
    despair=(
        r"(?:j'en peux|jen peux|j'en pe|je n'en peux|j'en pouvais) (?:plus|pu|vraiment plus"
        r"|vraiment pu)"
        rf"(?={CLAUSE_END}| de (?:tout|rien|moi|cette situation))",
        r"(?:je suis|jsuis|chui|chuis|j'suis) (?:tellement |vraiment |completement )?a bout"
        rf"(?={CLAUSE_END}| de (?:tout|forces))",
        r"au bout du rouleau",
        r"(?:je suis|jsuis|chui|chuis|j'suis) (?:tellement |vraiment |completement )?(?:epuisee?"
        r"|fatiguee?|lasse?|videe?) de tout(?!\w)",
        r"(?:je |j')(?:ne )?(?:sers|sert) (?:plus )?a rien(?!\w)",
        r"(?:je craque|j'abandonne|jabandonne)(?: tout)?" + END,
        r"(?:j'abandonne|jabandonne) (?:tout|la vie|le combat)",
        r"a quoi bon(?: (?:vivre|continuer|tout ca|essayer|me battre|se battre))?" + END,
        r"(?:plus )?rien n'a (?:plus )?de sens|ma vie n'a (?:plus )?(?:aucun |de )?sens"
        r"|la vie n'a (?:plus )?(?:aucun |de )?sens",
        r"(?:je suis|je me sens|jsuis) (?:juste |qu')?(?:un|une) (?:fardeau|poids|charge|boulet)"
        r"(?: pour (?:tout le monde|toi|vous|eux|ma famille))?",
        r"(?:je me sens|je me sens tellement|je me sens si|jme sens) (?:vide|sans espoir"
        r"|desesperee?)",
        r"(?:je vois|j'vois|jvois|je ne vois) (?:pas|plus|aucune) (?:d')?issue|aucune issue"
        r"|sans issue",
        r"(?:je n'ai|j'ai|jai) (?:plus|pu) (?:d'|aucun )espoir|sans espoir",
        unnegated(r"(?:je veux|je voudrais|j'aimerais|jaimerais|envie de) ", NOT_NEG)
        + r"(?:juste )?dispara"
        r"itre"
        r"(?! (?:pour toujours|a jamais|de ce monde|sous la couette)(?!\w))",
        r"(?:j'en ai|jen ai|j'ai) (?:vraiment )?marre de (?:tout|la vie|ma vie|cette vie)(?!\w)",
        r"(?:je tiens|j'tiens|jtiens) (?:plus|pu)(?: le coup)?" + END,
        r"(?:j'ai|jai|g) (?:plus|pu) envie de rien|plus la force de (?:rien|continuer)",
    ),
    not_crisis=(
        r"(?:prevention|journee (?:mondiale )?de prevention) du suicide",
        r"(?:attentat|mission|kamikaze|attaque|drones?) suicides?|c'est (?:\w+ )?suicidaire",
        r"suicide squad",
    ),
)
