# Os e-mails do Quarterhour, em português do Brasil (traduzidos do inglês, o idioma de origem).
#
# Cada mensagem é um parágrafo ou uma linha; o layout do e-mail (linhas em branco, a pergunta
# citada, links em linhas próprias) é o mesmo em todos os idiomas. Nomes, títulos, pautas, motivos
# e links são o que as pessoas escreveram ou o que o serviço gerou: nunca são traduzidos.
# Datas e horários chegam já escritos no idioma e no fuso horário de quem lê.

## Datas. $weekday e $month são os nomes abreviados do idioma; $day e $year, números.

# "ter, 1 de dez de 2026"
date-with-year = { $weekday }, { $day } de { $month } de { $year }
# "ter, 1 de dez"
date-short = { $weekday }, { $day } de { $month }
# "3 de dez"
date-day-month = { $day } de { $month }
# Um dia e um horário: "ter, 1 de dez, 14:00"
date-and-time = { $date }, { $time }

## Código de acesso

sign-in-subject = Seu código de acesso ao Quarterhour: { $code }
# O assunto que fica depois que o e-mail é enviado e o código apagado.
sign-in-subject-sent = Seu código de acesso ao Quarterhour
sign-in-code = Seu código de acesso é { $code }.
sign-in-validity = Ele só pode ser usado uma vez, nos próximos 10 minutos. Se você não pediu para entrar no Quarterhour, ignore este e-mail: ninguém consegue entrar sem o código.

## Agendamentos: $other é o nome da outra pessoa

booking-subject-booked = Sessão agendada: 15 minutos com { $other }
booking-subject-rescheduled = Sessão remarcada: seus 15 minutos com { $other }
booking-subject-cancelled = Sessão cancelada: seus 15 minutos com { $other }
booking-subject-day-before = Amanhã: 15 minutos com { $other }
booking-subject-soon = Daqui a 15 minutos: sua sessão com { $other }
# Quando é a sessão para quem lê, com o horário local da outra pessoa ao lado:
# "ter, 1 de dez de 2026, 14:00–14:15 no seu horário (Europe/London); 19:45 no horário de A new user (Asia/Kathmandu)"
booking-when = { $date }, { $start }–{ $end } no seu horário ({ $zone }); { $other-time } no horário de { $other } ({ $other-zone })
booking-cancelled = Esta sessão foi cancelada:
booking-moved = Esta sessão foi remarcada para:
booking-follow-up = Continuação da sua sessão de { $date }
booking-reason = Motivo: { $reason }
booking-agenda = Pauta:
booking-join = Entrar na chamada: { $link }
booking-calendar = Adicionar à sua agenda: { $link }
invite-summary = Quarterhour: 15 minutos com { $other }
invite-alarm = Sessão do Quarterhour daqui a 10 minutos

## Perguntas (pedidos abertos): $title é o título da pergunta

offer-written-subject = { $mentor } respondeu à sua pergunta por escrito
offer-written-intro = { $mentor } respondeu por escrito à sua pergunta:
offer-slot-subject = { $mentor } ofereceu uma chamada de 15 minutos para você
offer-slot-intro = { $mentor } ofereceu uma chamada de 15 minutos sobre a sua pergunta:
offer-read = Leia e aceite aqui: { $link }
asked-directly-subject = Alguém fez uma pergunta diretamente para você
asked-directly-intro = Esta pergunta foi feita para você, e só para você:
asked-directly-answer = Responda por escrito ou ofereça um dos seus horários: { $link }
offer-accepted-subject = { $mentee } aceitou sua proposta
offer-accepted-intro = { $mentee } aceitou sua proposta para:
offer-accepted-continue = Continue a conversa: { $link }
new-message-subject = Nova mensagem de { $sender }
new-message-intro = { $sender } escreveu para você sobre:
new-message-read = Leia e responda: { $link }
expired-subject = Sua pergunta expirou: { $title }
expired-offers =
    { $offers ->
        [0] Ela não recebeu nenhuma proposta. Você pode fazer a pergunta de novo, talvez citando outras habilidades.
        [one] Ela recebeu uma proposta; você ainda pode lê-la.
       *[other] Ela recebeu { $offers } propostas; você ainda pode lê-las.
    }
digest-subject =
    { $count ->
        [one] Uma nova pergunta combina com os seus conhecimentos
       *[other] { $count } novas perguntas combinam com os seus conhecimentos
    }
digest-intro = Novas perguntas de outras pessoas que combinam com o que você sabe:
digest-all = Todos os pedidos para você: { $link }
digest-limit = Você recebe no máximo um e-mail destes por dia; para não receber mais, desative a opção de aceitar pedidos no seu perfil.
list-separator = {", "}
reason-separator = {"; "}

## Depois de uma sessão

check-in-subject = Sua sessão com { $other } aconteceu?
# $when: "ter, 1 de dez, 14:00"
check-in-over = Seus 15 minutos com { $other } em { $when } ({ $zone }) terminaram.
check-in-ask = A sessão aconteceu? Basta um clique para nos contar, e outro para dizer como foi:
check-in-window = Você tem 48 horas para responder. Se só um de vocês responder, vale essa resposta.
paused-subject = Seus horários foram pausados
paused-why = Nos últimos 30 dias, você faltou a duas das suas sessões (cancelar menos de 2 horas antes do início conta como meia falta). Para que ninguém fique esperando, seus horários livres deixaram de ser oferecidos e você não aparece mais nas sugestões de mentores.
paused-resume = As sessões que você já tem agendadas continuam valendo. Quando quiser, retome as mentorias pela sua página de perfil:
outcome-subject = Você colocou em prática?
outcome-helped = Há duas semanas, { $mentor } ajudou você com “{ $about }”.
outcome-ask = Você colocou em prática? Um clique registra isso no seu histórico de crescimento, e você escolhe se { $mentor } vai saber qual foi o resultado:
