"""Portuguese (Brazil and Portugal): the writer in danger, someone else in danger, heavy
despair, and the idioms that only borrow the words ("morri de rir", "morrendo de fome")."""

from __future__ import annotations

from typing import Final

from bot.safety.patterns import NEGATIONS, LanguagePatterns, gap, not_after, unnegated

# End of a clause: end of message, or punctuation / an emoji (not a comma).
END: Final = r"(?=\s*(?:$|[^\w\s,]|kk?(?!\w)|(?:rs)+(?!\w)))"
# Not negated (nao, n, nunca, jamais) right before.
NOT_NEG: Final = not_after(*NEGATIONS, "n ", "nunca ", "jamais ", "nem ")


# Phone spellings: quero / qro / kero / queria; vou / vo; to (estou).
QUERO: Final = r"(?:quero|qro|kero|qero|queria|keria|qria)"
WANT: Final = (
    rf"(?:{QUERO}|vou|vo|tou|vontade de|penso em|pensando em|pensei em|to pensando em"
    r"|estou a pensar em|desejo|preciso|decidi|resolvi|tentei|vou tentar|planejando"
    r"|to querendo|estou querendo|ando querendo|tenho que|devia|deveria|apetece-me|da vontade de"
    r"|me da vontade de|prefiro|preferia)"
)
# "me matar de estudar / de trabalhar": wearing oneself out is an idiom.
KILL_IDIOM: Final = (
    r"(?! (?:de (?:estudar|trabalhar|rir|tanto|treinar|correr|fome|calor|frio|sede|cansaco)"
    r"|estudando|trabalhando|treinando|na academia|no trabalho|pra (?:passar|pagar|terminar)))"
)
# After "morrer": dying of laughter / hunger / longing... is not a wish to die.
FIGURATIVE: Final = (
    r"(?! (?:(?:de|do|da|pra|por|com) (?:tanto |tanta )?(?:rir|riso|risada|rizada|vergonha|fome"
    r"|sono|saudades?|vontade|calor|frio|amor|amores|inveja|ciume|ciumes|tedio|cansaco|medo"
    r"|nervoso|fofura|emocao|felicidade|alegria|gosto|nojo|curiosidade|sede|cringe|preguica"
    r"|susto|prazer|dor de|te ver|ver|voce|vc|ti|abracar|beijar)|(?:nos|em) teus? bracos"
    r"|contigo|com (?:voce|vc) do lado|ao teu lado|ao seu lado|de velh[oa]|feliz|rindo)(?!\w))"
)
PILLS: Final = (
    r"(?:remedios?|comprimidos?|pilulas|capsulas|medicamentos|medicacao|drunfos|calmantes"
    r"|tranquilizantes|antidepressivos|ansioliticos|rivotril|clonazepam|frontal|alprazolam"
    r"|diazepam|lorazepam|lexotan|dipirona|paracetamol|tylenol|benuron|ben-u-ron|brufen"
    r"|ibuprofeno|zolpidem|stilnox|sertralina|fluoxetina|quetiapina|amitriptilina|tarja preta"
    r"|dorflex|insulina|aspirinas?|xanax|valium|benzos|pastilhas|sonifero|soniferos"
    r"|remedio controlado|remedios controlados|antipsicoticos|litio)"
)
# How many: "todos os", "um monte de", "uma cartela inteira de", "30"...
LOTS: Final = (
    r"(?:tod[oa]s(?: (?:os|as|meus|minhas|seus|suas|esses|essas))?|tod[oa] (?:a|o) (?:cartela"
    r"|caixa|frasco|vidro|embalagem|receita)(?: de)?|(?:a|o) (?:cartela|caixa|frasco|vidro"
    r"|embalagem) (?:inteir[oa]|tod[oa])(?: de)?|um monte(?: de)?|uma porrada de|uma pa de"
    r"|um punhado de|uma mao cheia de|uma (?:cartela|caixa|embalagem)(?: inteira| toda)?(?: de)?"
    r"|um (?:frasco|vidro)(?: inteiro| todo)?(?: de)?|muit[oa]s|varios|varias|demasiad[oa]s"
    r"|[0-9]{2,}|vinte|trinta|quarenta|cinquenta|cem)"
)
# After the pills: the usual daily dose ("todos os remedios de hoje").
USUAL_DOSE: Final = (
    r"(?! (?:de hoje|do dia|da manha|da noite|da receita|certinho|direitinho|na hora"
    r"|que o medico|como (?:sempre|o medico|a medica)))"
)
TOOK: Final = (
    r"(?:tomei|engoli|bebi|mandei|enfiei|tomar|engolir|vou tomar|vou engolir|vo tomar"
    r"|acabei de tomar|acabei de engolir|to tomando|tomando|tomei agora|tomei ja)"
)
# Where people jump from, or in front of.
PLACE: Final = (
    r"(?:(?:da|do|de|de uma|de um|pela|pelo|na frente d[aoe]|na frente de um|na frente de uma"
    r"|em frente d[aoe]|embaixo d[aoe]|debaixo d[aoe]|para a|pra|para o|nos|na|no) "
    r"(?:(?:um|uma|essa|esse|minha|meu|a|o) )?(?:ponte|predio|edificio|janela|sacada|varanda"
    r"|telhado|terraco|laje|viaduto|passarela|penhasco|falesia|precipicio|trem|metro|comboio"
    r"|trilhos|linha do (?:trem|comboio|metro)|carros?|onibus|caminhao|autocarro|camiao"
    r"|[0-9]+o? andar|decimo andar|ultimo andar|alto do predio|torre|prainha))"
)
HARM: Final = (
    r"(?:me (?:cortei|corto|cortando|cortar|machuquei|machuco|machucando|machucar|feri|firo"
    r"|ferir|queimei|queimo|queimar|bati|arranhei|mutilo|mutilei|automutilo|automutilei"
    r"|lesionei)|cortei-me|cortar-me|machuquei-me|magoei-me|ferir-me|queimar-me|mutilar-me)"
)
# After a harm verb, within a few words: signs it was an accident.
ACCIDENT: Final = (
    r"(?!(?: \w+){0,3}? (?:(?:no|num) (?:futebol|jogo|treino|trabalho|dedo|joelho|pe|tornozelo"
    r"|fogao|forno|ferro|portao|vidro|papel)|(?:na|numa) (?:academia|cozinha|aula|rua|escada"
    r"|quadra|pia|lata|faca|porta|panela|mao|cabeca)|jogando|fazendo|cozinhando|cortando"
    r"|descascando"
    r"|com a faca|com uma faca|com o papel|com papel|com a lata|sem querer|sem querer querer"
    r"|por acidente|acidentalmente|quando cai|correndo|treinando|com o ferro|com a panela"
    r"|com oleo|com o forno|o cabelo|a franja|as unhas|a barba|o dedo|um dedo|a mao)(?!\w))"
)
INTENT: Final = (
    r"(?:de proposito|propositalmente|intencionalmente|de novo|dnv|outra vez|mais uma vez"
    r"|toda vez que|todo dia|toda noite|todas as noites|quando (?:ele|ela|brigamos|a gente briga"
    r"|fico|to|estou|me sinto|ninguem|ele me|ela me)|pra (?:sentir|nao sentir|aliviar|me punir"
    r"|me castigar|esquecer|parar de)|para (?:sentir|nao sentir|aliviar|me punir|me castigar"
    r"|esquecer|parar de)|com (?:gilete|a gilete|uma gilete|lamina|uma lamina|estilete"
    r"|um estilete|caco de vidro|isqueiro|cigarro))"
)
# Someone else: a pronoun, or a person named by relation ("meu namorado", "a minha mae").
THEY: Final = (
    r"(?:ele|ela|eles|elas|(?:(?:o|a) )?(?:meu|minha|meus|minhas|nosso"
    r"|nossa) (?:\w+ )?(?:namorad[oa]s?"
    r"|marido|espos[oa]|mulher|noiv[oa]|amig[oa]s?|mae|mamae|pai|papai|irma|irmao|irmaos|filh[oa]s?"
    r"|prim[oa]|crush|ex|colega|companheir[oa]|parceir[oa]|mina|boy|mozao|mozinho|namorid[oa]"
    r"|vizinh[oa]|ti[oa]|av[oó]|sogr[oa]|cunhad[oa]|sobrinh[oa]|aluno|aluna|chefe|rapaz|menin[oa]"
    r"|gato|gata|bebe|amor|mano|mana|brother|bestie|migo|miga))"
)
# Up to N words that are not "eu", "me", "meu": "ela (disse que) quer se matar" but not
# "ele terminou comigo e (eu) quero morrer".
NOT_ME: Final = r"(?!(?:eu|me|mim|meu|minha|comigo|a gente|nos)(?!\w))[\w'-]+"


WANT_3: Final = (
    r"(?:quer|queria|vai|ia|pensa em|ta pensando em|esta pensando em|tentou|tenta|ameacou"
    r"|ameaca|ameacando|esta ameacando|ta ameacando|fala em|falou em|falando em|planeja|pode"
    r"|decidiu|disse que vai|diz que vai|ta querendo|esta querendo|anda querendo|tava querendo"
    r"|esta a pensar em|diz que se quer|diz que se vai|disse que se ia)"
)
# Third-person reflexives: "se matar", "matar-se"; cutting and hurting only with a wish.
SELF_3: Final = (
    r"(?:se matar|se mata|se suicidar|se enforcar|tirar a (?:propria )?vida|se envenenar"
    r"|se mutilar|matar-se|suicidar-se|enforcar-se|envenenar-se|mutilar-se"
    r"|acabar com a (?:propria )?vida|dar um tiro na cabeca)"
)
SE_VERB: Final = r"(?:matar|suicidar|enforcar|envenenar|mutilar)"

PATTERNS = LanguagePatterns(
    code="pt",
    name="Portuguese",
    crisis=(
        # ---- killing oneself
        unnegated(rf"{WANT}(?: |-)(?:ja |so |logo |mesmo |de vez )?me ", NOT_NEG) + r"(?:matar|mata"
        r"|suicidar"
        rf"|enforcar|envenenar){KILL_IDIOM}",
        unnegated(rf"{WANT} ", NOT_NEG)
        + rf"(?:ja |so |logo |mesmo )?(?:matar-me|suicidar-me|enforcar-me"
        rf"|envenenar-me){KILL_IDIOM}",
        rf"(?:quero|vou|queria)-me matar{KILL_IDIOM}",
        r"(?:se (?:\w+ ){1,6}?|juro que |juro |hoje |essa noite "
        rf"|esta noite )eu me mato{KILL_IDIOM}",
        rf"eu me mato se{KILL_IDIOM}",
        r"(?:tirar|tiro|tirarei) (?:a )?minha (?:propria )?vida",
        r"(?:acabar|acabo|terminar|dar fim|dar um fim|por fim|por um fim|por termo|dar cabo)"
        r" (?:com|a|na|da|à) (?:a )?minha (?:propria )?vida",
        unnegated(rf"{WANT} ", NOT_NEG)
        + r"(?:acabar|terminar) com tudo(?: de vez| hoje| essa noite"
        rf"| logo)?{END}",
        # ---- wanting to die, not to live, not to wake up
        unnegated(rf"(?:eu )?(?:{QUERO}|querendo|a fim de|afim de) ", NOT_NEG)
        + r"(?:tanto |mt |muito |so "
        r"|ja "
        r"|mesmo )?(?:morrer|morre|morer)"
        rf"{FIGURATIVE}",
        unnegated(r"(?:(?:to|tou|estou|fico) com |tenho |me da |que )?vontade ", NOT_NEG)
        + r"de (?:morrer"
        r"|morre)"
        rf"{FIGURATIVE}",
        unnegated(r"(?:apetece-me|desejo|preciso|espero) ", NOT_NEG) + rf"morrer{FIGURATIVE}",
        rf"prefiro morrer{END}",
        r"(?:quem me dera|tomara que eu|queria|quero) (?:estar mort[oa]|nao acordar"
        r"|nao ter nascido|nunca ter nascido|nao existir|morra|ser atropelad[oa])",
        r"(?:quem me dera|tomara que eu) (?:morresse|morra|nao acorde|nao acordasse)",
        r"(?:preferia|queria|quero) (?:nunca )?(?:nao )?ter nascido",
        r"(?:nao|n|nunca mais|ja nao) quero (?:mais )?(?:continuar )?(?:viver|vivendo|a viver"
        r"|existir"
        r"|estar viv[oa]|viver mais)(?! (?:em|com|assim|aqui|ali|perto|longe|juntos|sozinh[oa]"
        r"|de aluguel|nessa|nesse|nesta|neste|na|no)(?!\w))",
        r"(?:nao|n) quero (?:mais )?(?:acordar|acordar mais)(?: (?:mais|nunca|nunca mais|amanha))?"
        r"(?=\s*(?:$|[^\w\s])| e | nunca)",
        r"(?:dormir|deitar|adormecer) e (?:nao|nunca mais) (?:acordar|acorda)",
        r"(?:dormir|sumir|desaparecer|descansar) (?:pra|para) sempre",
        r"(?:cansei|cansad[oa]|fart[oa]|exaust[oa]) de (?:viver|existir|estar viv[oa])",
        r"(?:nao aguento|n aguento|nao suporto) mais viver",
        r"(?:nao tenho|n tenho|sem|nenhum|nenhuma|nao ha|nao existe|ja nao tenho) (?:mais )?"
        r"(?:motivos?|razao|razoes|porque) (?:pra|para|de) (?:viver|continuar viv[oa]|continuar)",
        r"nada (?:pelo|por) (?:o )?que viver",
        r"(?:minha vida|a vida) nao vale (?:nada|a pena)|nao vale a pena viver",
        r"(?:ficaria|ficariam|fica|ficam|estaria|estariam|seria|vivem|viveriam|seriam) (?:bem )?"
        r"melhor(?:es)? sem mim",
        r"(?:seria|seriam|ficaria|ficariam|viveria|viveriam|estaria|estariam) (?:bem )?mais"
        r" fel(?:iz|izes) sem mim",
        r"(?:ninguem|ngm) (?:ia|iria|vai|vai nem|ia nem) (?:sentir (?:a )?minha falta|ligar|notar"
        r"|perceber|se importar|sentir falta)(?: \w+){0,2}? se eu (?:morresse|sumisse|me matasse"
        r"|morrer|sumir|nao estivesse aqui)",
        r"se eu (?:morresse|sumisse|me matasse|morrer) (?:ninguem|ngm) (?:ia|iria|vai) (?:ligar"
        r"|notar|perceber|sentir|se importar)",
        r"(?:penso|pensando|pensar|pensei) (?:muito |o tempo todo |sempre |todo dia )?em "
        r"(?:morrer|me matar|tirar minha vida|morte|nao acordar|nao existir)",
        r"carta de (?:despedida|suicidio)(?! d[aoe] \w+)",
        r"(?:essa|esta|essa vai ser|esta e|essa e) (?:a )?minha ultima mensagem",
        # ---- overdose, poison and method
        rf"{TOOK} (?:(?:ja|tipo|quase|uns|umas|mais de|logo) )*{LOTS}(?: \w+){{0,2}}? {PILLS}"
        rf"{USUAL_DOSE}",
        rf"(?:tomei|engoli|bebi|vou tomar) (?:os|as|meus|minhas) {PILLS} (?:tod[oa]s|de uma vez)"
        rf"{USUAL_DOSE}",
        rf"(?:tomei|engoli|bebi) {PILLS} (?:demais|a mais|em excesso|pra caramba|pra morrer)",
        r"(?:tomei|tomar|bebi|beber|engoli|engolir|vou tomar|vou beber) (?:o |um |uma |a )?"
        r"(?:chumbinho|veneno|veneno de rato|raticida|agua sanitaria|lixivia|soda caustica"
        r"|formicida|inseticida|chumbinho)",
        r"(?:superdosagem|sobredosagem|sobredose)",
        rf"(?:me (?:jogar|jogo|joguei|atirar|atiro|lancar|lanco)|jogar-me|atirar-me|lancar-me"
        rf"|vou-me atirar|vou-me jogar) {PLACE}",
        rf"(?:{QUERO}|vou|vo|vontade de|penso em) pular {PLACE}",
        r"(?:me (?:enforcar|enforco|enforquei)|enforcar-me)",
        r"(?:comprei|tenho|arranjei|ja tenho|preparei|amarrei) (?:uma |a )?corda(?: \w+){0,4}?"
        r" (?:pra|para) (?:me enforcar|me matar|acabar|enforcar-me|matar-me)",
        r"(?:cortar|corto|cortei|abrir|abri|rasgar) (?:os |meus |o |meu )?pulsos?",
        r"(?:me (?:dar|dou) um tiro|dar-me um tiro|dar um tiro na (?:minha )?cabeca"
        r"|estourar (?:os )?meus miolos|meter uma bala na cabeca)",
        # ---- self-harm with intent
        rf"{HARM}{ACCIDENT}(?: [\w]+){{0,6}}? {INTENT}",
        rf"(?:de novo|outra vez|de proposito|dnv) {HARM}",
        r"(?:(?:voltei a|recai e|comecei a)(?: me)?|tenho me|ando me) (?:cortar|cortado|cortando"
        r"|machucar|machucado|machucando|mutilar|ferir)(?! (?:o|a|as|os) (?:cabelo|franja|unhas"
        r"|barba|dedo))",
        r"(?:vontade de|quero|preciso|penso em|to com vontade de) (?:me )?(?:cortar|machucar|ferir"
        r"|mutilar|queimar|me cortar|cortar-me)(?! (?:o|a|as|os) (?:cabelo|franja|unhas|barba))",
        r"(?:me )?cortar (?:os |meus |minhas |as )?(?:bracos|pernas|coxas|pulsos)",
        r"me (?:mutilo|mutilei|automutilo|automutilei|mutilar|automutilar)|mutilar-me",
        r"eu me corto" + END,
        r"automutila\w*|autolesao|autolesoes|auto-?mutilacao|auto-?lesao",
        r"(?:faco|fazia|voltei a fazer|voltei pro) (?:cutting|automutilacao)",
    ),
    other=(
        # ---- someone else wants to kill themselves / die
        rf"{WANT_3} (?:ja |mesmo |de verdade )?{SELF_3}{KILL_IDIOM}",
        rf"se {WANT_3} (?:ja |mesmo |de verdade )?{SE_VERB}{KILL_IDIOM}",
        r"(?:quer|queria|ameaca|ameacou|tentou|pensa em|ta querendo|esta querendo|falou em)"
        r" (?:se (?:cortar|machucar|ferir|queimar)|cortar-se|ferir-se)(?! (?:o|a|as|os)"
        r" (?:cabelo|franja|unhas|barba)(?!\w))",
        rf"(?:{WANT_3}) (?:se jogar|se atirar|atirar-se|jogar-se) {PLACE}",
        rf"{THEY} {gap(4, NOT_ME)}(?:quer|queria|ta querendo|diz que quer|disse que quer"
        rf"|falou que quer"
        rf"|tem vontade de|esta com vontade de|ta com vontade de|so quer) (?:morrer|estar mort[oa])"
        rf"{FIGURATIVE}",
        r"(?:ja )?nao quer (?:mais )?(?:continuar )?(?:viver|vivendo|a viver|existir|acordar)"
        r"(?! (?:em|com|assim|aqui|ali|perto|longe|juntos|sozinh[oa]|cedo|nessa|nesse|na"
        r"|no)(?!\w))",
        rf"{THEY} {gap(3, NOT_ME)}(?:quer|vai|ia|ameacou|ameaca|disse que vai|falou que vai) "
        rf"(?:se jogar|pular|se atirar|atirar-se) {PLACE}",
        rf"(?:se (?:jogou|atirou|lancou)|atirou-se|jogou-se) {PLACE}",
        # ---- overdose, cutting, attempts
        rf"(?:{THEY} {gap(3, NOT_ME)}(?:tomou|engoliu|bebeu|tomaram|ja tomou|acabou de tomar))"
        rf" (?:(?:ja|tipo|quase|uns|umas|mais de) )*{LOTS}(?: \w+){{0,2}}? {PILLS}",
        rf"(?:tomou|engoliu|bebeu) (?:os|as|seus|suas) {PILLS} (?:tod[oa]s|de uma vez)",
        rf"{THEY} {gap(3, NOT_ME)}(?:tomou|bebeu|engoliu) (?:o |um |uma |a )?(?:chumbinho|veneno"
        r"|veneno de rato|raticida"
        r"|agua sanitaria|lixivia|soda caustica|formicida)",
        rf"{THEY} {gap(3, NOT_ME)}(?:teve|tomou|fez) (?:uma )?(?:overdose|superdosagem"
        rf"|sobredosagem)",
        r"(?:se (?:cortou|corta|cortando|machucou|machuca|feriu|fere|queimou|queima|mutila|mutilou"
        r"|arranha|bate)|cortou-se|feriu-se)"
        rf"{ACCIDENT}(?: \w+){{0,5}}? (?:de proposito|propositalmente|de novo"
        r"|dnv|outra vez|toda vez|quando|pra (?:sentir|nao sentir|aliviar|se punir)|com (?:gilete"
        r"|lamina|estilete))",
        r"(?:se (?:cortou|corta|cortando|cortar)|cortou-se|cortou) (?:os |seus |suas |as )?"
        r"(?:pulsos|bracos|pernas|coxas)",
        r"(?:se (?:automutila|automutilou|mutila|mutilou|enforcou)|enforcou-se|se ta cortando"
        r"|ta se cortando|esta se cortando|anda se cortando|voltou a se cortar"
        r"|voltou a se machucar)",
        rf"{THEY} {gap(4, NOT_ME)}(?:tem|teve|ta tendo|esta tendo|fala de|falou de|anda) (?:\w+ )?"
        r"(?:suicid\w*|pensamentos suicidas|tentativa de suicidio)",
        rf"{THEY} {gap(3, NOT_ME)}(?:tentou|fez uma tentativa de|teve uma tentativa de) suicidio",
        r"(?:se suicidou|suicidou-se|se matou|matou-se|tirou a propria vida)(?! (?:de (?:rir"
        r"|trabalhar"
        r"|estudar)|num|numa|no|na|em|com)(?!\w))",
        r"(?:encontrei|achei) (?:ele|ela|o|a) (?:desmaiad[oa]|inconsciente|sem respirar|com (?:os "
        r"pulsos cortados|remedios|uma corda|sangue))",
        r"(?:encontrei-[oa]|encontrei-[oa]s?) (?:desmaiad[oa]|inconsciente|sem respirar)",
    ),
    despair=(
        r"(?:ja )?(?:nao|n) (?:aguento|suporto|consigo|posso|aguento mais|dou conta) mais"
        r"(?=\s*(?:$|[^\w\s]|kk?(?!\w))| (?:nada|isso|essa vida|de verdade|serio|amor|com isso"
        r"|com nada"
        r"|com tudo|com essa vida|essa dor))",
        r"(?:nao|n) (?:aguento|suporto) mais (?:essa vida|minha vida|a minha vida|tudo isso"
        r"|essa dor)",
        r"(?:nao|n) da mais(?: pra mim)?" + END,
        r"(?:cansei|cansad[oa]|fart[oa]|exaust[oa]|esgotad[oa]) de tudo"
        r"|(?:cansei|cansad[oa]|fart[oa]) (?:da vida|desta vida|dessa vida|disto tudo|disso tudo)",
        r"(?:eu )?(?:desisto|desisti)(?: de tudo| da vida| de mim| de viver)?" + END,
        r"(?:eu )?(?:desisto|desisti) de (?:tudo|viver|mim mesm[oa]|lutar)",
        r"(?:nada|nada mais) faz sentido|(?:a|minha) vida nao (?:tem|faz) (?:mais )?sentido",
        r"nao (?:vejo|encontro) (?:mais )?sentido (?:em|na|no) (?:nada|vida|viver|continuar)",
        r"(?:pra|para) (?:que|q) (?:continuar|viver|tentar|lutar|seguir)" + END,
        r"(?:sou|me sinto|so sou) (?:um|uma) (?:peso|fardo|estorvo)",
        r"me sinto (?:tao |muito |mt |totalmente )?(?:vazi[oa]|sem esperancas?|sem saida)",
        r"(?:nao tenho|sem|perdi a|perdi toda a) (?:mais )?(?:nenhuma )?esperancas?(?! de (?:que"
        r"|ganhar))",
        r"nao (?:vejo|tem|ha|existe) (?:nenhuma )?saida" + END,
        unnegated(rf"(?:{QUERO}|queria|so queria) ", NOT_NEG)
        + r"(?:so )?(?:sumir|desaparecer)(?! (?:(?:pra"
        r"|para)"
        r" sempre|(?:dessa|desse|desta|deste|dessas|desses|daqui|do grupo) \w*|kk?(?!\w)))",
        r"(?:to|estou|tou) no fundo do poco|nao tenho mais forcas",
        r"(?:nao|n|ja nao) quero (?:mais )?(?:estar|ficar) aqui" + END,
    ),
    not_crisis=(
        r"esquadrao suicida|prevencao (?:do|ao) suicidio|setembro amarelo|taxas? de suicidio",
        r"(?:atentado|ataque|terrorista|missao|homem-bomba|drones?) suicidas?",
    ),
)
