# sessions: Minhas sessões, o fechamento de uma sessão, o histórico de crescimento e os guias.
# Numa mensagem, <a>…</a> marca um link (ou, em session-title, o nome da outra pessoa) e
# <b>…</b> texto em negrito; mantenha as duas marcas em volta das palavras correspondentes.

## Minhas sessões (/sessions)

sessions-heading = Minhas sessões
sessions-lead = O que você agendou e o que agendaram com você. Seu <a>histórico de crescimento</a> guarda o que resultou delas; os <a>guias</a> mostram como aproveitar 15 minutos.
sessions-visitor = Entre para ver as sessões que você agendou e as que agendaram com você.
sessions-loading = Carregando suas sessões…
sessions-upcoming = Próximas
sessions-upcoming-none = Nada agendado. <a>Encontre um mentor</a>.
sessions-past = Anteriores e canceladas
sessions-past-none = Nenhuma ainda.
session-title = { $role ->
    [mentor] Mentoria para <a>{ $name }</a>
   *[other] Com <a>{ $name }</a>
}
session-cancelled = Cancelada
session-when = <b>{ $when }</b> no seu horário · { $time } para { $name } ({ $zone })
session-follow-up-to = Continuação da sua sessão de { $day }
session-cancel-reason = Motivo: { $reason }
session-awaiting-wrap-up = Aguardando fechamento
session-wrap-up = Fazer o fechamento
session-message = Enviar mensagem para { $name }
session-join = Entrar na chamada
session-reschedule = Remarcar
session-cancel = Cancelar
session-cancel-reason-label = Motivo (opcional, a outra pessoa verá)
session-cancel-submit = Cancelar esta sessão
move-loading = Carregando horários livres…
move-none = Nenhum outro horário livre nas próximas duas semanas.
move-to = Novo horário
move-submit = Remarcar sessão

## O fechamento de uma sessão (/sessions/:id)

wrap-up-visitor = Entre para fazer o fechamento da sua sessão.
wrap-up-loading = Carregando a sessão…
wrap-up-title = Fechamento
wrap-up-not-found = Essa sessão não está entre as suas. <a>Minhas sessões</a>
wrap-up-heading = Sua sessão com { $name }
wrap-up-when = { $when } no seu horário
checklist-title = O roteiro dos 15 minutos
checklist-start = Minutos 0–2: a pergunta em uma frase, e o que já foi tentado.
checklist-middle = Minutos 2–12: um problema de cada vez; o mentor pergunta antes de aconselhar.
checklist-end = Minutos 12–15: o mentorado repete os próximos passos; combinem uma continuação, se for o caso.
wrap-up-cancelled = Esta sessão foi cancelada.
wrap-up-not-ended = Você poderá fazer o fechamento quando a sessão terminar.
attendance-title = A sessão aconteceu?
report-held = Aconteceu
report-mentee-missed = Meu mentorado não apareceu
report-mentor-missed = Meu mentor não apareceu
report-i-missed = Não consegui participar
attendance-held = Vocês dois confirmaram que aconteceu.
attendance-missed = Registrada como perdida.
attendance-disputed = As respostas de vocês não batem; ninguém é penalizado.
attendance-unreported = Aguardando uma resposta (uma resposta sozinha vale depois de 48 horas).
wrap-up-book-follow-up = Agendar uma continuação
wrap-up-book-again = Agendar de novo
wrap-up-message = Enviar mensagem
wrap-up-all-sessions = Todas as minhas sessões

## Avaliação (no fechamento de uma sessão e numa resposta aceita)

feedback-loading = Carregando a avaliação…
feedback-title = Como foi?
feedback-rating-legend = Ajudou? (ninguém vê, só conta nos totais)
feedback-rating-helpful = Ajudou
feedback-rating-somewhat = Mais ou menos
feedback-rating-not-helpful = Não ajudou
feedback-kudos-legend = Elogios
feedback-kudos = { $tag ->
    [clear] Claro
    [practical] Prático
    [kind] Gentil
    [insightful] Perspicaz
    [well_prepared] Bem preparado
    [good_listener] Sabe ouvir
   *[other] Fez acompanhamento
}
feedback-note-label = Um recado para a outra pessoa
feedback-private-label = O que você tirou disso (privado, só você vê)
feedback-steps-label = Próximos passos, um por linha
feedback-save = Salvar
feedback-saved = Salvo. Você pode alterar isso por { $days } dias.
feedback-from-other = O que disseram para você

## O que resultou (o resultado do mentorado)

outcome-loading = Carregando…
outcome-title = Qual foi o resultado?
outcome-hint = Para o seu histórico de crescimento. Você pode alterar quando quiser.
outcome-legend = Você colocou em prática?
outcome-done = Coloquei em prática
outcome-in-progress = Estou trabalhando nisso
outcome-not-yet = Ainda não
outcome-not-useful = Não serviu
outcome-note-label = O que aconteceu (opcional)
outcome-share = Contar para { $name } qual foi o resultado
outcome-save = Salvar
outcome-saved = Salvo no seu histórico de crescimento.

## O histórico de crescimento (/growth)

growth-visitor = Entre para ver seu histórico de crescimento.
growth-heading = Seu histórico de crescimento
growth-lead = Sessões e respostas que você deu e recebeu, suas próprias anotações e próximos passos, e o que resultou deles. Só você vê esta página; as outras pessoas aparecem apenas pelo nome.
growth-download = Baixar para minha avaliação
growth-download-hint = Um documento Markdown para colar numa avaliação de desempenho ou num plano de desenvolvimento.
growth-loading = Carregando seu histórico…
growth-summary = Resumo
growth-sessions-given = { $count ->
    [one] sessão dada
   *[other] sessões dadas
}
growth-answers-given = { $count ->
    [one] resposta dada
   *[other] respostas dadas
}
growth-sessions-received = { $count ->
    [one] sessão recebida
   *[other] sessões recebidas
}
growth-answers-received = { $count ->
    [one] resposta recebida
   *[other] respostas recebidas
}
growth-outcomes-done = { $count ->
    [one] conselho colocado em prática
   *[other] conselhos colocados em prática
}
growth-kudos-received = Elogios recebidos
growth-skills = Habilidades envolvidas
growth-tally = { $name } × { $count }
growth-kudos-tag = { $tag ->
    [clear] claro
    [practical] prático
    [kind] gentil
    [insightful] perspicaz
    [well_prepared] bem preparado
    [good_listener] sabe ouvir
    [followed_up] fez acompanhamento
   *[other] { $tag }
}
growth-empty = Nada aqui ainda: as sessões aparecem depois que acontecem, e as respostas, depois de aceitas. <a>Encontre um mentor</a>
growth-entry-title = { $what ->
    [session-given] Sessão que dei: { $title }
    [session-had] Sessão que recebi: { $title }
    [question-answered] Pergunta que respondi: { $title }
   *[answer-received] Resposta que recebi: { $title }
}
growth-entry-for = { $day }, para { $name }
growth-entry-from = { $day }, de { $name }
growth-skills-label = Habilidades
growth-outcome = <b>Resultado: </b>{ $outcome }
growth-outcome-with-note = <b>Resultado: </b>{ $outcome }: { $note }
growth-kudos = <b>Elogios: </b>{ $kudos }
growth-next-steps = Próximos passos
growth-my-notes = Minhas anotações
growth-wrote = { $name } escreveu
growth-outcome-change = Alterar o resultado
growth-outcome-say = Contar qual foi o resultado

## Guias (/guides)

guides-heading = Guias
guides-lead = Quinze minutos bastam quando os dois lados chegam preparados. Veja como.
guides-mentees = Para mentorados
guides-before = Antes
guides-before-one-question = Escolha uma pergunta. Duas perguntas em quinze minutos rendem meia resposta cada.
guides-before-agenda = Escreva a pauta em três linhas: o contexto, o que você tentou, o que você espera da chamada.
guides-before-share = Compartilhe links ou rascunhos nas mensagens da sessão um dia antes, para o mentor poder dar uma olhada.
guides-during = Durante
guides-during-start = Minutos 0–2: sua pergunta em uma frase, e o que você tentou.
guides-during-middle = Minutos 2–12: um problema de cada vez; anote tudo.
guides-during-end = Minutos 12–15: repita seus próximos passos, para que vocês dois saibam o que acontece agora.
guides-after = Depois
guides-after-wrap-up = Faça o fechamento da sessão: diga se ela aconteceu e elogie o que ajudou.
guides-after-next-steps = Anote seus próximos passos; uma continuação parte deles.
guides-after-outcome = Duas semanas depois, conte qual foi o resultado. Seu <a>histórico de crescimento</a> guarda isso para a sua próxima avaliação.
guides-asking = Se preferir fazer uma pergunta
guides-asking-text = Descreva a situação, o que você tentou, o que ajudaria e suas restrições. Um mentor consegue responder isso em minutos. <a>Fazer uma pergunta</a>
guides-mentors = Para mentores
guides-mentors-slots = Ofereça só horários que você vai cumprir: duas sessões perdidas em 30 dias pausam seus horários até você reativá-los no seu perfil.
guides-mentors-agenda = Leia a pauta antes da chamada, e pergunte antes de aconselhar.
guides-mentors-next-step = Termine com um próximo passo que o mentorado possa dar hoje.
guides-mentors-writing = Respondendo por escrito: responda primeiro à pergunta feita, depois acrescente contexto. Na dúvida? Ofereça uma chamada.
guides-mentors-kudos = Os elogios dos mentorados e os resultados que eles decidirem compartilhar aparecem no <a>seu perfil</a>.

growth-md-title = Histórico de crescimento: { $name }
growth-md-made = Do Quarterhour, { $date }. Os dias estão no fuso { $zone }.
growth-md-kudos-received = Elogios recebidos: { $list }
growth-md-skills-involved = Habilidades envolvidas: { $list }
growth-md-empty = Nada aqui ainda: as sessões aparecem depois que acontecem, e as respostas, depois de aceitas.
growth-md-skills = Habilidades: { $list }
