# home: a página inicial de quem entrou, a página inicial de visitantes abaixo da primeira tela,
# o impacto de um mentor, "Estou livre agora", o aviso de fuso horário e "Procuram-se mentores".

## A página inicial de quem entrou
home-title = Seu Quarterhour
home-welcome-back = Que bom te ver de novo, { $name }
home-free-now-title = Está livre agora?
home-free-now-hint = Ofereça os próximos 15, 30 ou 60 minutos: mentorados que precisam de ajuda agora podem agendá-los.
home-more = Registre o resultado das suas sessões no <a>seu histórico de crescimento</a>; os <a>guias</a> mostram como aproveitar bem 15 minutos.
home-loading-sessions = Carregando suas sessões…
home-new-bookings-title = Novos agendamentos desde a sua última visita
home-new-booking = <strong>{ $name }</strong> agendou uma sessão para { $when } (no seu horário)
home-no-new-bookings = Nenhum agendamento novo.
home-next-sessions-title = Próximas sessões
home-nothing-booked = Nada agendado. <a>Encontre um mentor</a>
home-all-sessions = Todas as suas sessões
home-next-session = { $when } com { $name }
home-join-call = Entrar na chamada
home-join-call-with = com { $name }
home-call-opens = O link da chamada abre 10 minutos antes do início.
home-wrap-up-title = Sessões aguardando fechamento
home-wrap-up-with = Faça o fechamento da sua sessão com { $name }
home-nothing-to-wrap-up = Nenhum fechamento pendente.
home-unread-title = Mensagens não lidas
home-loading-messages = Carregando suas mensagens…
home-unread-from = { $count ->
    [one] { $count } não lida de { $name }
   *[other] { $count } não lidas de { $name }
}
home-no-unread = Nenhuma mensagem não lida.
home-offers-title = Propostas para suas perguntas
home-loading-questions = Carregando suas perguntas…
home-offers-to-read = { $count ->
    [one] { $count } proposta para ler
   *[other] { $count } propostas para ler
}
home-no-offers = Nenhuma proposta aguardando. <a>Faça uma pergunta</a>
home-fits-title = Perguntas para você
home-loading-fits = Carregando perguntas…
home-no-fits = No momento, nenhuma pergunta aberta combina com suas especialidades.
home-all-requests = Todas as perguntas para você

## Abaixo da primeira tela de visitantes
proof-figures-label = A rede em números
proof-figure-mentors = { $count ->
    [one] mentor
   *[other] mentores
}
proof-figure-organizations = { $count ->
    [one] organização ajudada
   *[other] organizações ajudadas
}
proof-figure-sessions = { $count ->
    [one] sessão realizada nos últimos 90 dias
   *[other] sessões realizadas nos últimos 90 dias
}
proof-title = Alguns dos mentores
proof-see-every-mentor = Ver todos os mentores
proof-impact-sessions = { $count ->
    [one] { $count } sessão realizada
   *[other] { $count } sessões realizadas
}
proof-impact-people = { $count ->
    [one] { $count } pessoa ajudada
   *[other] { $count } pessoas ajudadas
}
proof-impact-answers = { $count ->
    [one] { $count } resposta aceita
   *[other] { $count } respostas aceitas
}
paths-title = Três jeitos de começar
paths-book-title = Agende um horário livre
paths-book-text = Encontre mentores de qualquer empresa por habilidade, idioma e fuso horário e agende 15 minutos com uma pauta. Cada um recebe o convite no próprio fuso horário.
paths-book-link = Explorar o diretório
paths-ask-title = Publique uma pergunta pontual
paths-ask-text = Conte onde você travou. Mentores que conhecem o assunto respondem por escrito ou oferecem uma chamada. Pergunte fora da sua empresa, ou de forma anônima.
paths-ask-link = Ver perguntas abertas
paths-give-title = Doe 15 minutos
paths-give-text = Publique um perfil, escolha quem pode ver você e ofereça os horários que puder. Limites por dia e por semana deixam tudo leve.
paths-give-link = Seja mentor

## O impacto de um mentor
impact-title = Impacto
impact-sessions-held = { $count ->
    [one] sessão realizada
   *[other] sessões realizadas
}
impact-people-helped = { $count ->
    [one] pessoa ajudada
   *[other] pessoas ajudadas
}
impact-organizations-helped = { $count ->
    [one] outra organização ajudada
   *[other] outras organizações ajudadas
}
impact-answers-accepted = { $count ->
    [one] resposta aceita
   *[other] respostas aceitas
}
impact-outcomes-shared = { $count ->
    [one] resultado compartilhado por mentorados
   *[other] resultados compartilhados por mentorados
}
impact-kudos = Elogios
impact-kudos-tag = { $tag ->
    [clear] claro
    [practical] prático
    [kind] gentil
    [insightful] perspicaz
    [well_prepared] bem preparado
    [good_listener] sabe ouvir
    [followed_up] fez acompanhamento
   *[other] { $tag }
}
impact-loading-shared = Carregando o que os mentorados compartilharam…
impact-shared-title = O que os mentorados fizeram com a sua ajuda
impact-shared-none = Quando mentorados decidirem contar qual foi o resultado de uma sessão ou de uma resposta, isso vai aparecer aqui.
impact-outcome-done = Colocou em prática
impact-outcome-in-progress = Está trabalhando nisso
impact-outcome-not-yet = Ainda não
impact-outcome-not-useful = Não serviu

## "Estou livre agora"
free-now-left = Livre agora · faltam { $minutes } min
free-now-end = Encerrar
free-now-open = Estou livre agora
free-now-choices-label = Oferecer horários começando daqui a 5 minutos, por
free-now-minutes = { $minutes } min

## O aviso de fuso horário
zone-banner-label = Seu fuso horário
zone-banner-text = Aqui os horários aparecem no fuso horário do seu perfil, { $profile }. Este dispositivo está em { $device }.
zone-banner-use = Usar { $zone } no meu perfil
zone-banner-keep = Manter { $zone }

## Procuram-se mentores
mentors-wanted = Procuram-se mentores:

impact-reliability = Compareceu a { $showed } de { $reported } sessões
