"""Spanish (Spain and Latin America): the writer in danger, someone else in danger, heavy
despair, and the idioms that only borrow the words ("me muero de risa")."""

from __future__ import annotations

from typing import Final

from bot.safety.patterns import NEGATIONS, LanguagePatterns, gap, not_after, unnegated

NOT_NEG: Final = not_after(*NEGATIONS, "nunca ", "jamas ", "ni ")


# End of a clause: end of message, or punctuation / an emoji (not a comma).
END: Final = r"(?=\s*(?:$|[^\w\s,]))"
# Phone spellings of "quiero" / "quisiera" / "quería" (kiero, qiero...).
QUIERO: Final = r"(?:quiero|kiero|qiero|qero|quisiera|kisiera|queria|keria)"
# First-person wanting / deciding / trying, followed by an infinitive.
WANT: Final = (
    rf"(?:{QUIERO}|voy a|vo a|pienso|pienso en|estoy pensando en|pensando en|he pensado en"
    r"|tengo ganas de|ganas de|me dan ganas de|deseo|necesito|prefiero|estoy a punto de"
    r"|a punto de|he decidido|decidi|intente|trate de|planeo|estoy planeando|podria|deberia"
    r"|tengo que|me gustaria|ojala pudiera)"
)
# "matarme estudiando", "me mato en el gym": killing oneself with work is an idiom.
KILL_IDIOM: Final = (
    r"(?! (?:estudiando|trabajando|entrenando|corriendo|haciendo|limpiando|de (?:risa|la risa"
    r"|trabajo|hambre|sed|calor|frio|cansancio)|a (?:estudiar|trabajar|entrenar|correr)"
    r"|en el (?:gym|gimnasio|trabajo)|por (?:este|esta|ese|esa|el|la) (?:examen|trabajo|dieta)))"
)
# After "morir": dying of laughter / hunger / to see you... is not a wish to die.
FIGURATIVE: Final = (
    r"(?! (?:(?:de|del|por|con|x) (?:la |el |lo |tanta |tanto |las |los )?(?:risa|risas|verguenza"
    r"|pena|hambre|sueno|ganas|calor|frio|amor|envidia|celos|aburrimiento|cansancio|miedo"
    r"|nervios|ternura|emocion|felicidad|alegria|gusto|asco|curiosidad|sed|cringe|pereza"
    r"|flojera|panico|susto|placer|ilusion|dolor de|ver|verte|saber|ti|vos|usted|tenerte"
    r"|conocer|comer|estar contigo|abrazarte|besarte)|(?:en|entre) tus brazos|contigo|a tu lado"
    r"|junto a ti|de viej[oa]|feliz|riendo|despues de ti|antes que tu)(?!\w))"
)
PILLS: Final = (
    r"(?:pastillas|pastis|pildoras|capsulas|comprimidos|tabletas|grageas|medicamentos|medicinas"
    r"|remedios|calmantes|tranquilizantes|somniferos|antidepresivos|ansioliticos|clonazepam"
    r"|clonazepan|clona|rivotril|alprazolam|alprazolan|tafil|xanax|trankimazin|diazepam|valium"
    r"|lorazepam|orfidal|lexatin|paracetamol|ibuprofeno|aspirinas|tramadol|sertralina|fluoxetina"
    r"|quetiapina|seroquel|insulina|tylenol|acetaminofen|metamizol|nolotil|benzos|antipsicoticos)"
)
# How many: "todas las", "un montón de", "una caja entera de", "30"...
LOTS: Final = (
    r"(?:tod[oa]s(?: (?:las|los|mis|sus|esas|estas))?|tod[oa] (?:el|la|mi|su) (?:frasco|bote"
    r"|caja|blister|paquete|tarro|envase|tira|tableta|receta)(?: de)?|un monton(?: de)?"
    r"|una pila de|un chingo de|un buen de|un bonche de|un punado de|un punado|un chingo"
    r"|(?:una|la) caja(?: entera| completa)?(?: de)?|(?:un|el) (?:frasco|bote|blister|tarro"
    r"|paquete|envase)(?: entero| completo)?(?: de)?|una tira(?: entera)?(?: de)?|muchas|muchos"
    r"|demasiadas|demasiados|mas de la cuenta|[0-9]{2,}|veinte|treinta|cuarenta|cincuenta|cien)"
)
# After the pills: the usual daily dose ("todas las pastillas de hoy").
USUAL_DOSE: Final = (
    r"(?! (?:de hoy|del dia|de la manana|de la noche|a tiempo|como (?:siempre|me dijo|me dijeron)"
    r"|que me (?:recetaron|mando|dio)|de la receta|de la semana))"
)
TOOK: Final = (
    r"(?:me (?:tome|trague|meti|bebi|zampe|empine|tomo|trago|he tomado|he tragado|acabo de tomar"
    r"|acabo de tragar|voy a tomar|voy a tragar)|tome|trague|tomarme|tragarme|meterme"
    r"|voy a tomarme|voy a tragarme|acabo de tomarme|he tomado)"
)
# Where people jump from, or in front of.
PLACE: Final = (
    r"(?:(?:de|desde|del|por|al|a las|a la|frente al?|delante del?|abajo del?|debajo del?)"
    r" (?:(?:un|una|el|la|los|las|este|ese|esta|esa|mi) )?(?:puente|edificio|azotea|techo"
    r"|balcon|ventana|terraza|piso \w+|precipicio|acantilado|barranco|tren|metro|vias"
    r"|via del tren|carros?|coches?|autos?|camion|autobus|bus|camioneta|trailer|viaducto"
    r"|cornisa|mirador|torre|rascacielos|segundo piso|tercer piso))"
)
HARM: Final = (
    r"(?:me (?:corte|corto|cortaba|he cortado|estoy cortando|lastime|lastimo|lastimaba"
    r"|he lastimado|hice dano|hago dano|he hecho dano|hacia dano|quemo|queme|quemaba|golpeo"
    r"|golpee|rasguno|rasgune|rayo|raye|hiero|heri|autolesiono|autolesione)|cortarme"
    r"|lastimarme|hacerme dano|quemarme|golpearme|herirme|rayarme|autolesionarme)"
)
# After a harm verb, within a few words: signs it was an accident.
ACCIDENT: Final = (
    r"(?!(?: \w+){0,3}? (?:en el (?:gym|gimnasio|trabajo|partido|futbol|dedo|pie|campo"
    r"|entrenamiento|horno)|en la (?:cocina|calle|escalera|cancha|mano|rodilla|clase|obra"
    r"|puerta)|en un (?:accidente|partido|dedo)|jugando|entrenando|con (?:el|un) cuchillo"
    r"|cocinando|cortando|picando|pelando|afeitandome|depilandome|sin querer|por accidente"
    r"|accidentalmente|con (?:un|el) papel|con una hoja|con la lata|al caer|me cai|haciendo"
    r"|corriendo|con la plancha|con el horno|con aceite|con la sarten|con la olla|el pelo"
    r"|el cabello|las unas|el flequillo|la barba|el dedo|un dedo)(?!\w))"
)
INTENT: Final = (
    r"(?:a proposito|aproposito|adrede|queriendo|intencionalmente|a conciencia|otra vez"
    r"|de nuevo|nuevamente|cada vez que|cada noche|todas las noches|todos los dias"
    r"|cuando (?:el|ella|peleamos|discutimos|nadie|me siento|me pongo|estoy (?:triste|mal|sola"
    r"|solo|ansios[oa])|me ignora|me deja|se va|no me)|para (?:sentir|no sentir|calmarme"
    r"|castigarme|aliviar|dejar de|olvidar)|para que (?:me|el|ella|duela|se)|con (?:una|la)"
    r" (?:cuchilla|navaja|hojilla|gillette|tijera|cutter)|con (?:un|el) (?:cutter|vidrio"
    r"|cigarro|cigarrillo|encendedor|mechero|compas|sacapuntas))"
)
# Someone else: a pronoun, or a person named by relation (with "mi", "mi mejor"...).
THEY: Final = (
    r"(?:el|ella|ellos|ellas|(?:mi|mis|nuestr[oa]) (?:\w+ )?(?:novi[oa]s?|pareja|espos[oa]"
    r"|marido|mujer|amig[oa]s?|mama|mami|madre|papa|papi|padre|hij[oa]s?|herman[oa]s?|prim[oa]"
    r"|compa|companer[oa]|roomie|ex|jefe|ti[oa]|abuel[oa]|chic[oa]|crush|vecin[oa]|polol[oa]"
    r"|enamorad[oa]|jev[oa]|cham[oa]|wey|morra|vato|parcer[oa]|cuate|pana|bro|colega|alumn[oa]"
    r"|estudiante|suegr[oa]|cunad[oa]|sobrin[oa]|nuera|yerno|peque|nene|nena))"
)
# Up to N words that are not "yo", "me", "mi": "ella (dice que) se quiere matar" but not
# "él me dejó y (yo) me quiero morir".
NOT_ME: Final = r"(?!(?:yo|me|mi|mis|conmigo|nosotros|nos)(?!\w))[\w'-]+"


# Third-person reflexive infinitives and "se ..." forms: matarse, se quiere matar.
SELF_3: Final = (
    r"(?:matarse|suicidarse|ahorcarse|quitarse la vida|desvivirse|envenenarse"
    r"|cortarse las venas|pegarse un tiro|autolesionarse)"
)
SE_VERB: Final = (
    r"(?:matar|suicidar|ahorcar|quitar la vida|desvivir|envenenar|cortar las venas"
    r"|pegar un tiro|autolesionar)"
)
WANT_3: Final = (
    r"(?:quiere|queria|quisiera|va a|iba a|piensa|esta pensando en|intento|trato de|ha intentado"
    r"|intentaba|amenaza con|amenazo con|amenazando con|habla de|hablo de|planea|quiso|puede"
    r"|podria|esta a punto de|decidio|tiene ganas de|dice que va a|dijo que iba a)"
)

PATTERNS = LanguagePatterns(
    code="es",
    name="Spanish",
    crisis=(
        # ---- killing oneself
        unnegated(WANT, NOT_NEG)
        + r" (?:ya |solo |nomas |simplemente |de verdad |en serio |de una vez )?"
        rf"(?:matarme|quitarme la vida|desvivirme|ahorcarme|envenenarme){KILL_IDIOM}",
        unnegated(rf"me (?:{QUIERO}|voy a|vo a|pienso|tengo que|deberia|podria|ire a) ", NOT_NEG)
        + rf"(?:ya |solo |de una vez )?(?:matar|suicidar|ahorcar|quitar la vida|desvivir"
        rf"|envenenar){KILL_IDIOM}",
        rf"(?:si (?:\w+ ){{1,6}}?|juro que |te juro que |mejor |ahora si |hoy |esta noche )"
        rf"me mato{KILL_IDIOM}",
        rf"me mato si{KILL_IDIOM}",
        r"quitarme la vida|me quito la vida|desvivirme",
        # Spain: "quitarme de en medio" (get myself out of the way)
        r"(?:quitarme|me (?:voy a |quiero )?quitar|me quito) de en medio",
        r"(?:acabar|terminar|acabo|termino|poner fin|pongo fin|ponerle fin) (?:con|a) mi "
        r"(?:propia )?vida",
        unnegated(WANT, NOT_NEG) + r" (?:acabar|terminar) con todo(?: de una vez| ya| hoy"
        rf"| esta noche)?{END}",
        # ---- wanting to die, not to live, not to wake up
        unnegated(rf"(?:me )?{QUIERO} ", NOT_NEG) + r"(?:ya |solo |nomas |puro |de verdad |tanto "
        r"|re )?morir(?:me)?"
        rf"{FIGURATIVE}",
        unnegated(r"(?:tengo |me dan |con )?ganas de ", NOT_NEG) + rf"morir(?:me)?{FIGURATIVE}",
        unnegated(r"(?:deseo|prefiero|necesito) ", NOT_NEG)
        + rf"(?:morir(?:me)?|la muerte){FIGURATIVE}",
        r"ojala (?:me muera|me muriera|me muriese|estuviera muert[oa]|no despierte|no despertar"
        r"|no haber nacido|nunca hubiera nacido|no hubiera nacido|me atropell\w+|me (?:pase|pasara)"
        r" algo y me muera)|quiero que me atropell\w+",
        unnegated(rf"(?:{QUIERO}|prefiero|preferiria) ", NOT_NEG) + r"estar muert[oa]",
        r"(?:me quiero|quiero|quisiera|me quisiera) ir de este mundo|irme de este mundo",
        r"(?:quiero|kiero|quisiera) dejar de existir|no quiero (?:seguir )?existir"
        r"|(?:quiero|quisiera|preferiria) no (?:existir|haber nacido)|ojala no existiera",
        r"(?:ya )?no (?:quiero|kiero|qiero) (?:seguir )?vivi(?:r|endo)"
        r"(?! (?:en|con|asi|aqui|alli|ahi|cerca|lejos|juntos|solo|sola|de alquiler|con mis)(?!\w))",
        r"no (?:quiero|kiero) seguir (?:aqui|con vida|en este mundo|existiendo|viv[oa])",
        r"no quiero (?:estar|seguir) viv[oa]|no (?:quiero|kiero) (?:estar|seguir"
        r"|vivir) en este mundo",
        r"me (?:quiero|kiero|dan ganas de) (?:cortar|lastimar|hacer dano|herir|quemar)"
        r"(?=\s*(?:$|[^\w\s])| otra vez| de nuevo| los brazos| las piernas| toda)",
        r"no (?:quiero|kiero) (?:volver a )?despertar(?:me)?(?: (?:mas|nunca|jamas|nunca mas))?"
        r"(?=\s*(?:$|[^\w\s]| y | nunca| jamas))",
        r"(?:dormir(?:me)?|acostarme|quedarme dormid[oa]) y no (?:volver a )?despertar(?:me)?",
        r"(?:dormir|descansar|desaparecer|irme) para siempre",
        r"(?:cansad[oa]|hart[oa]|agotad[oa]|me canse|ya me canse) de (?:vivir|existir"
        r"|estar viv[oa])",
        r"(?:no tengo|sin|no hay|ya no hay|no encuentro|no me queda|ya no tengo) (?:ninguna |una )?"
        r"(?:razon|motivo|motivos|razones)(?:es)? (?:para|por la que|por el que) (?:vivir|seguir"
        r"(?: viviendo| viv[oa])?)",
        r"no tengo (?:nada )?por (?:lo )?que vivir|nada por lo que vivir",
        r"no vale la pena (?:vivir|seguir viviendo|seguir viv[oa])|mi vida no vale (?:nada|la pena)"
        r"|la vida no vale la pena",
        r"(?:estarian|estaria|estaras|estarias|estan|seria|vivirian|serian) mejor (?:sin mi"
        r"|si (?:me muero|me muriera|desaparezco|desapareciera|no estuviera|ya no estoy))",
        r"(?:seria|es) mejor (?:que me muera|si me muero|si me muriera|estar muert[oa])",
        r"(?:serian|seria|estarian|estaria|vivirian) (?:mucho )?mas felices? sin mi",
        r"(?:nadie|a nadie) (?:me )?(?:extranaria|notaria|le importaria|importaria|echaria de menos"
        r"|le importa)(?: \w+){0,3}? si (?:me muero|me muriera|muero|desaparezco|desapareciera"
        r"|me mato|me matara|ya no estoy|ya no estuviera)",
        r"mejor muert[oa](?! que sencilla)",
        r"(?:pienso|pensando|pensar|pense) (?:mucho |todo el tiempo |siempre |cada dia )?en "
        r"(?:morir(?:me)?|matarme|quitarme la vida|la muerte|no despertar|no existir)",
        r"(?:carta|nota|mensaje) de (?:despedida|suicidio)(?! de \w+)",
        r"(?:este es|sera|este sera|va a ser) mi ultimo mensaje",
        # ---- overdose, poison and method
        rf"{TOOK} (?:(?:ya|como|casi|unas|unos|mas de"
        rf"|me) )*{LOTS}(?: \w+){{0,2}}? {PILLS}{USUAL_DOSE}",
        r"(?:me empastille|empastillarme|me pase de pastillas|me pase con las pastillas)",
        r"sobredosis(?! de (?:azucar|cafe|cafeina|amor|series|chocolate|dulce|trabajo|memes"
        r"|ternura|informacion|carbohidratos|anime|netflix|tiktok))",
        r"(?:me (?:tome|bebi|trague|voy a tomar|voy a beber|voy a tragar)|tomarme|beberme|tragarme"
        r"|tome|bebi) (?:el |un |una |todo el |toda la |la )?(?:veneno|cloro|lejia|raticida"
        r"|matarratas|insecticida|botella de (?:cloro|lejia)|acido|soda caustica"
        r"|veneno para ratas)",
        rf"(?:tirarme|aventarme|lanzarme|arrojarme|echarme|me (?:voy a |quiero |pienso |kiero )?"
        rf"(?:tirar|aventar|lanzar|arrojar|echar)|me tiro|me aviento|me lanzo|me arrojo) {PLACE}",
        rf"(?:quiero|voy a|pienso) (?:saltar|brincar) {PLACE}",
        r"(?:ponerme|meterme|me voy a poner|me voy a meter|cruzarme) (?:delante|enfrente|frente)"
        r" (?:de|del|al) (?:un |el )?(?:tren|metro|camion|carro|coche|auto|bus|autobus|trailer)",
        r"ahorcarme|me (?:voy a |quiero |kiero |pienso )?ahorcar|me ahorco",
        r"(?:me (?:quiero|kiero|voy a) colgar|quiero colgarme|voy a colgarme)" + END,
        rf"(?:tengo|ya tengo|junte|guarde|he juntado|he guardado) (?:todas )?(?:las |mis |unas )?"
        rf"{PILLS} (?:listas|juntas|guardadas|preparadas|para (?:tomarmelas|matarme|acabar))",
        r"(?:colgarme|me (?:voy a|quiero|kiero) colgar) (?:de|con) (?:una|un|la|el) (?:soga|cuerda"
        r"|viga|arbol|techo|ventilador|sabana|cinturon|cable)",
        r"(?:compre|tengo|consegui|prepare|amarre|ate|ya tengo) (?:una |la )?(?:soga|cuerda)"
        r"(?: \w+){0,4}? (?:para (?:colgarme|ahorcarme|matarme|acabar)|lista|en el cuello)",
        r"(?:cortarme|me (?:voy a |quiero )?cortar|me corte|me corto|abrirme|rajarme|me raje"
        r"|me abri) (?:las |mis )?(?:venas|venitas|munecas)",
        r"(?:pegarme|darme|meterme|me (?:voy a |quiero )?(?:pegar|dar|meter)|me pego|me doy)"
        r" un (?:tiro|balazo|disparo)(?! de)",
        r"(?:volarme|me voy a volar|me vuelo) (?:la cabeza|los sesos)",
        # ---- self-harm with intent
        rf"{HARM}{ACCIDENT}(?: [\w]+){{0,6}}? {INTENT}",
        rf"(?:otra vez|de nuevo|a proposito|adrede) {HARM}",
        r"(?:volvi|he vuelto|vuelvo) a (?:cortarme|lastimarme|hacerme dano|autolesionarme"
        r"|quemarme|hacerme cortes)(?! (?:el|la|las|los) (?:pelo|cabello|flequillo|unas|barba"
        r"|fleco|puntas|dedo))",
        r"(?:quiero|kiero|tengo ganas de|ganas de|necesito|me dan ganas de"
        r"|pienso en) (?:volver a )?"
        r"(?:cortarme|lastimarme|hacerme dano|herirme|quemarme|autolesionarme|hacerme cortes)"
        r"(?! (?:el|la|las|los) (?:pelo|cabello|flequillo|unas|barba|fleco|puntas))",
        r"(?:me hago|me hice|hacerme|me he hecho|me hacia) (?:cortes|cortaditas|cortadas)",
        r"(?:me (?:corto|corte|cortaba|rayo|raye|quemo|queme)|cortarme|rayarme|quemarme)"
        r" (?:los|las|mis) (?:brazos|piernas|munecas|muslos|antebrazos)",
        r"autolesi\w*",
        r"(?:hago|hacer|hacia|volvi al|volvi a hacer|recai en el) cutting",
    ),
    other=(
        # ---- someone else wants to kill themselves / die
        r"(?:quiere|queria|amenaza con|amenazo con|intento|ha intentado|piensa en|habla de"
        r"|tiene ganas de|dice que quiere) (?:hacerse dano|lastimarse|cortarse|herirse|quemarse"
        r"|hacerse cortes)(?! (?:el|la|las|los) (?:pelo|cabello|flequillo|unas|barba|fleco"
        r"|puntas)(?!\w))",
        rf"se (?:quiere|queria|quisiera|quiso) (?:ya |de verdad |en serio )?morir{FIGURATIVE}",
        rf"(?:quiere|queria|quisiera|quiso|tiene ganas de) (?:ya |de verdad |en serio )?morirse"
        rf"{FIGURATIVE}",
        r"se (?:quiere|queria|quiso|intento|ha intentado) (?:hacer dano|lastimar|cortar|herir"
        r"|quemar)(?! (?:el|la|las|los) (?:pelo|cabello|flequillo|unas|barba|fleco|puntas)(?!\w))",
        rf"(?:se )?{WANT_3} (?:ya |de verdad |en serio )?{SELF_3}(?! (?:estudiando|trabajando"
        r"|de risa|el pelo|las unas))",
        rf"se {WANT_3} (?:ya |de verdad |en serio )?{SE_VERB}(?! (?:estudiando|trabajando"
        r"|de risa|el pelo|las unas))",
        rf"se (?:quiere|va a|iba a|queria|piensa|intento|ha intentado) (?:tirar|aventar|lanzar"
        rf"|arrojar) {PLACE}",
        rf"se (?:quiere|va a|iba a) (?:tirar|aventar|lanzar|arrojar){END}",
        rf"(?:tirarse|aventarse|lanzarse|arrojarse|se tiro|se lanzo|se avento) {PLACE}",
        rf"{THEY} {gap(4, NOT_ME)}(?:quiere|queria|quisiera|tiene ganas de|dice que quiere) "
        rf"(?:morir|estar muert[oa]|dejar de existir){FIGURATIVE}",
        r"(?:ya )?no quiere (?:seguir )?(?:vivi(?:r|endo)|existir|despertar)"
        r"(?! (?:en|con|asi|aqui|alli|ahi|cerca|lejos|juntos|temprano)(?!\w))",
        rf"{THEY} {gap(4, NOT_ME)}(?:se quiere morir|quiere morirse){FIGURATIVE}",
        # ---- overdose, cutting, attempts
        rf"(?:se (?:tomo|trago|bebio|metio|ha tomado|ha tragado|acaba de tomar|acaba de tragar)"
        rf"|{THEY} {gap(3, NOT_ME)}(?:tomo|trago|ha tomado|se tomo)) (?:(?:ya|como|casi|unas|unos"
        rf"|mas de)"
        rf" )*{LOTS}(?: \w+){{0,2}}? {PILLS}",
        r"se (?:tomo|bebio|trago) (?:el |un |una |la |toda la |todo el )?(?:veneno|cloro|lejia"
        r"|raticida|matarratas|insecticida|acido|soda caustica)",
        r"se (?:empastillo|paso de pastillas)|se ahorc(?:o|a|ara)(?!\w)",
        # someone who took their life (grief is answered like a report about someone else)
        r"se (?:suicido|ha suicidado|quito la vida|mato)(?! (?:de|estudiando|trabajando|en|con"
        r"|al)(?!\w))",
        rf"se (?:quiere|va a|iba a) colgar{END}|se colgo de (?:una|un|la|el) (?:soga|cuerda|viga"
        r"|arbol|techo|ventilador)",
        rf"{THEY} {gap(3, NOT_ME)}(?:tuvo|tiene|ha tenido) (?:una )?sobredosis",
        r"se (?:corto|corta|esta cortando|ha cortado|abrio|rajo) (?:las |sus )?(?:venas|munecas)",
        r"se (?:corta|corto|ha cortado|esta cortando|raya|rayo|quema|quemo) (?:los|las|sus)"
        r" (?:brazos|piernas|muslos|antebrazos)",
        r"se (?:corto|corta|ha cortado|lastima|lastimo|hace dano|hizo dano|quema|quemo|raya|rayo"
        r"|golpea|ha lastimado)(?: \w+){0,5}? (?:a proposito|adrede|queriendo|otra vez|de nuevo"
        r"|cada vez que|cuando|para (?:sentir|no sentir|calmarse|castigarse))",
        r"se (?:autolesiona|autolesiono|ha autolesionado|hace cortes|hizo cortes|sigue cortando)",
        r"(?:volvio|ha vuelto|vuelve) a (?:cortarse|lastimarse|hacerse dano|autolesionarse)"
        r"(?! (?:el|la|las|los) (?:pelo|cabello|unas|barba|dedo))",
        rf"{THEY} {gap(4, NOT_ME)}(?:tiene|tuvo|ha tenido|habla de|anda|esta|se puso|tiene ideas) "
        r"(?:\w+ )?(?:suicid\w*|intento de suicidio)",
        rf"{THEY} {gap(3, NOT_ME)}(?:tuvo|hizo|ha tenido|hizo un) (?:un )?intento de suicidio",
        r"(?:lo|la) encontre (?:inconsciente|desmayad[oa]|sin respirar|con (?:pastillas|sangre"
        r"|una soga|las venas cortadas))",
        rf"{THEY} {gap(3, NOT_ME)}(?:esta|anda|se subio) (?:en|a) (?:la azotea|el techo|el puente"
        r"|la cornisa|el borde)(?: \w+){0,3}? (?:y )?(?:dice|amenaza|quiere|se quiere)",
    ),
    despair=(
        r"(?:ya )?no (?:puedo|aguanto|soporto|doy|resisto) mas(?="
        r"\s*(?:$|[^\w\s])| (?:con (?:esto|todo|mi vida|la vida|esta vida|este dolor|nada)"
        r"|ya|de verdad|en serio|amor|la verdad|te lo juro|con mi alma))",
        r"(?:ya )?no (?:puedo|aguanto) (?:mas )?con (?:esto|todo|mi vida|la vida|esta vida)",
        r"(?:ya )?no (?:aguanto|soporto) (?:mas )?(?:esta vida|mi vida|la vida)(?!\w)",
        r"(?:ya )?nada vale la pena",
        r"ya no (?:puedo|aguanto|doy para mas)" + END,
        r"estoy hasta (?:el coño|la madre|las narices|los huevos|la coronilla|el gorro) de todo",
        r"estoy (?:tan |muy |re |super )?(?:hart[oa]|cansad[oa]|agotad[oa]) de (?:todo|la vida"
        r"|esta vida|todo y de todos|luchar|intentar)",
        r"(?:me rindo|ya me rendi|me doy por vencid[oa])(?: con todo| de todo)?" + END,
        r"(?:ya )?nada tiene sentido|la vida no tiene sentido|mi vida no tiene sentido",
        r"no le (?:veo|encuentro) (?:ningun |el )?sentido a (?:nada|la vida|mi vida|vivir|seguir)",
        r"(?:para|pa) que (?:seguir|sigo|vivir|intentar|seguir intentando|seguir viviendo|luchar)"
        r"(?: \w+)?" + END,
        r"(?:soy|me siento|solo soy|no soy mas que) (?:una |un )?(?:carga|estorbo|peso muerto)",
        r"me siento (?:tan |muy |re |super )?(?:vaci[oa]|sin esperanzas?|desesperanzad[oa])",
        r"(?:no tengo|ya no tengo|sin) (?:ninguna )?esperanzas?(?! de (?:que|ganar))",
        r"no (?:hay|veo|encuentro) (?:ninguna )?salida(?: a esto| para mi)?" + END,
        unnegated(r"(?:quiero|kiero|quisiera|ojala pudiera) ", NOT_NEG)
        + r"desaparecer(?! de (?:aqui|esta"
        r" fiesta|la reunion))",
        r"quiero que (?:todo )?(?:esto )?(?:termine|acabe|se acabe|pare) ya"
        r"|quiero que pare el dolor",
        r"ya no (?:quiero|kiero) (?:estar|seguir) aqui" + END,
    ),
    not_crisis=(
        r"escuadron suicida|prevencion del suicidio|tasas? de suicidio",
        r"(?:atentado|ataque|terrorista|mision|comando|drones?|bombarder[oa]) suicidas?",
    ),
)
