# request: a página de um pedido. Quem fez o pedido lê as propostas, aceita uma, edita e encerra o
# pedido; um mentor faz uma proposta (uma resposta por escrito ou um dos seus horários livres).
# "<a>…</a>" marca um link. "<span>…</span>" marca palavras que só os leitores de tela ouvem:
# elas completam as palavras visíveis que vêm antes.

request-title = Pergunta
request-sign-in-reason = Entre para ler esta pergunta. As perguntas só aparecem para quem as fez e para os mentores a quem se destinam.
request-not-found-title = Pergunta não encontrada
request-not-found = Esta pergunta não existe ou você não tem acesso a ela: as perguntas só aparecem para quem as fez e, enquanto estão abertas, para os mentores a quem se destinam.
request-see-open = Ver perguntas abertas
request-loading = Carregando a pergunta…
request-back = Voltar às perguntas

## Os dados do pedido
facts-skills = Habilidades
facts-skills-none = Nenhuma
facts-format = Ajuda desejada
facts-audience = Quem pode ver
facts-asked = Feita em

## Quem pergunta. $name aparece em negrito.
author-anonymous = Você perguntou de forma anônima.
author-anonymous-accepted = O mentor cuja proposta você aceitou vê seu nome e sua organização; os outros mentores, não.
author-anonymous-hidden = Os mentores não veem seu nome nem sua organização até você aceitar a proposta deles.
author-you = Pergunta feita por você.
author-by = Pergunta de { $name }
author-by-headline = Pergunta de { $name }, { $headline }
author-by-anonymously = (pergunta anônima; você vê quem fez porque essa pessoa aceitou sua proposta)
author-unknown = Mentorado anônimo.
author-unknown-detail = Essa pessoa preferiu não mostrar o nome nem a organização; você vai saber quem é se a sua proposta for aceita.

## Um horário
slot-mine = { $day }, { $time } no seu horário
slot-both = { $day }, { $time } no seu horário · { $theirs } no horário de { $name } ({ $zone })

## O que acabou de acontecer
notice-accepted = Você aceitou a proposta de { $name }.
notice-open-conversation = Abrir a conversa
notice-booked = Agendado: { $slot }. Vocês dois receberam um e-mail com o convite.
notice-answer-sent = Sua resposta foi enviada. O mentorado recebe um e-mail e pode aceitar sua proposta.
notice-slot-offered = Seu horário foi oferecido. O mentorado recebe um e-mail e pode aceitar sua proposta.
notice-edited = Alterações salvas. Os mentores já veem sua pergunta como ela está agora.
notice-closed-resolved = Pergunta encerrada. Que bom que foi resolvida; obrigado por nos contar.
notice-closed = Pergunta encerrada. Ela não recebe mais propostas; suas conversas continuam abertas.

## Uma proposta
offer-yours = Sua proposta
offer-answer-title = Responda a esta pergunta
offer-not-taken = Esta pergunta não recebe mais propostas.
offer-accepted = Aceita
offer-waiting = Aguardando o mentorado aceitar
offer-sent = Enviada em { $when }
offer-proposed = Horário proposto:
offer-open-conversation = Abrir conversa
offer-open-conversation-with = Abrir conversa<span> com { $name }</span>
offer-accept = Aceitar<span> a proposta de { $name }</span>
offer-growth = Você colocou em prática? Conte o resultado no <a>seu histórico de crescimento</a>.

## O formulário de proposta de um mentor
form-kind-legend = Como você vai ajudar?
form-kind-written = Responder por escrito
form-kind-call = Oferecer uma chamada de 15 minutos
form-asked-written = O mentorado pediu uma resposta por escrito.
form-asked-call = O mentorado pediu uma chamada: ofereça um dos seus horários livres.
tips-title = Dicas para uma resposta útil
tips-question-first = Responda primeiro ao que foi perguntado; o contexto pode vir depois.
tips-next-step = Sugira um próximo passo que o mentorado possa dar hoje mesmo.
tips-what-to-check = Diga o que você verificaria, não só o que você faria.
tips-call = Na dúvida? Ofereça uma chamada: 15 minutos muitas vezes valem mais que uma resposta longa.
form-answer-label = Sua resposta
form-answer-hint = Markdown: **negrito**, _itálico_, listas, `código`, [links](https://example.org). Se o mentorado aceitar, sua resposta abre a conversa entre vocês.
form-note-label = Observação (opcional)
form-note-hint = Uma linha sobre como você usaria os 15 minutos.
form-sending = Enviando…
form-send-answer = Enviar resposta
form-offer-slot = Oferecer este horário
slots-loading = Carregando seus horários livres…
slots-none = Você não tem horários livres nas próximas duas semanas. <a>Adicione disponibilidade no seu perfil</a> ou responda por escrito, se o mentorado permitir.
slots-label = Seu horário livre
slots-choose = Escolha um horário
slots-option = { $time } ({ $theirs } no horário de { $name })
slots-hint = Com base na sua disponibilidade, no seu fuso horário. Se o mentorado aceitar, o horário fica agendado para vocês dois.

## As ações de quem perguntou
edit-open = Editar pergunta
edit-until = Você pode editá-la até um mentor fazer uma proposta.
edit-title = Edite sua pergunta
edit-title-label = Título
edit-details-label = Detalhes
edit-details-hint = Markdown: **negrito**, _itálico_, listas, `código`, [links](https://example.org).
edit-skills-label = Habilidades
edit-skills-hint = De { $min } a { $max } habilidades, separadas por vírgulas.
edit-format-legend = Que tipo de ajuda você prefere?
edit-saving = Salvando…
edit-save = Salvar alterações
edit-cancel = Cancelar
offers-title = Propostas
offers-none-yet = Nenhuma proposta ainda. Os mentores com especialidades no assunto são avisados da sua pergunta; você recebe um e-mail quando um deles responder.
offers-none = Nenhum mentor fez uma proposta.
close-title = Encerrar esta pergunta
close-lead = Ao encerrar, a pergunta deixa de receber propostas. As conversas que você já começou continuam abertas.
close-legend = Você recebeu a ajuda de que precisava?
close-yes = Sim, foi resolvida
close-no = Não, mas não preciso mais
close-required = Diga se você recebeu a ajuda de que precisava.
close-closing = Encerrando…
close-submit = Encerrar pergunta
