# requests: a lista de perguntas abertas (/requests), fazer uma (/requests/new) e as partes que as
# páginas de perguntas compartilham (status, formatos, quem pode ver uma pergunta, o campo Markdown).

## Status, formatos e público de uma pergunta
status-open = Aberta, ainda sem propostas
status-has-offers = Aberta, com propostas
status-accepted = Proposta aceita
status-closed-resolved = Encerrada, resolvida
status-closed-unresolved = Encerrada, não resolvida
status-closed = Encerrada
status-expired = Expirada
format-call = Uma chamada de 15 minutos
format-written = Uma resposta por escrito
format-either = Uma chamada ou uma resposta por escrito
# Quem pode ver uma pergunta: "own" dito a quem perguntou, "other" dito a um mentor.
audience-everyone = Todos os mentores
audience-mine-own = Mentores da minha organização
audience-mine-other = Mentores da organização do mentorado
audience-outside-own = Mentores de fora da minha organização
audience-outside-other = Mentores de fora da organização do mentorado
offer-kind-written = Resposta por escrito
offer-kind-slot = Chamada de 15 minutos
offers-count = { $count ->
    [0] Nenhuma proposta
    [one] { $count } proposta
   *[other] { $count } propostas
}
# $when: data e hora, por exemplo "9 de dez. de 2026, 17:00 BRT".
timing-open-until = Aberta até { $when }
timing-asked = Feita em { $when }
timing-closed-on = Encerrada em { $when }
timing-closed = Encerrada
timing-expired-on = Expirou em { $when }
# Para quem uma nova pergunta foi enviada. $skills: habilidades, por exemplo "rust, go ou sql".
reach-none = Nenhum mentor tem essas habilidades no perfil ainda: os mentores que as adicionarem verão sua pergunta.
reach-sent = { $count ->
    [one] Enviada para { $count } mentor.
   *[other] Enviada para { $count } mentores.
}
reach-sent-skills = { $count ->
    [one] Enviada para { $count } mentor que entende de { $skills }.
   *[other] Enviada para { $count } mentores que entendem de { $skills }.
}

## O campo Markdown, com os modos Escrever e Visualizar
markdown-mode = Texto ou visualização
markdown-write = Escrever
markdown-preview = Visualizar
markdown-preview-empty = Nada para visualizar ainda.
markdown-count = { $count } de { $max } caracteres

## Fazer uma pergunta (/requests/new), a todos os mentores adequados ou a um só
ask-title = Faça uma pergunta
ask-sign-in-reason = Entre para fazer uma pergunta aos mentores. Leva um minuto e não precisa de senha.
ask-mentor-not-found = Mentor não encontrado
ask-mentor-not-found-text = Este mentor não existe ou não deixou o perfil visível para você.
ask-everyone-instead = Em vez disso, pergunte a todos os mentores adequados
ask-heading-to = Faça uma pergunta a { $name }
ask-lead = Descreva onde você travou. Mentores que conhecem o assunto respondem por escrito ou oferecem 15 minutos do tempo deles.
ask-lead-to = Só { $name } vai ver sua pergunta. Essa pessoa responde por escrito ou oferece 15 minutos do tempo dela; você recebe um e-mail quando isso acontecer.
ask-closed-to-questions = { $name } não está aceitando perguntas no momento. <a>Em vez disso, pergunte a todos os mentores adequados</a>
ask-add-name = Primeiro adicione seu nome ao <a>seu perfil</a>, para que os mentores saibam quem estão ajudando.
ask-title-label = Título
ask-title-placeholder = Como revisar um pull request de 4.000 linhas?
ask-title-hint = Sua pergunta em uma linha, com até { $max } caracteres.
ask-guide-summary = Uma boa pergunta, em quatro partes
ask-guide-situation = A situação: onde você está, em uma ou duas frases.
ask-guide-tried = O que você tentou e o que aconteceu.
ask-guide-help = O que ajudaria: uma resposta, uma dica, uma segunda opinião.
ask-guide-constraints = Restrições: prazos, ferramentas obrigatórias, o que você não pode compartilhar.
ask-guide-use-template = Usar este modelo
# Os quatro títulos do modelo, em negrito no texto da pergunta.
ask-template-situation = Situação:
ask-template-tried = O que eu tentei:
ask-template-help = O que me ajudaria:
ask-template-constraints = Restrições:
ask-details-label = Detalhes
ask-details-hint = Qual é a situação, o que você já tentou, o que ajudaria? Markdown: **negrito**, _itálico_, listas, `código`, [links](https://example.org).
ask-skills-label = Habilidades
ask-skills-hint = De { $min } a { $max } habilidades, separadas por vírgulas. Os mentores que as têm no perfil veem sua pergunta.
ask-format-legend = Como você gostaria de receber ajuda?
ask-audience-legend = Quem pode ver?
ask-audience-everyone-hint = Mentores de qualquer organização.
ask-audience-org-named = Só mentores de { $organization }
ask-audience-org = Só mentores da minha organização
ask-audience-org-hint = Colegas que conhecem o seu contexto.
ask-audience-org-unavailable = Indisponível: seu e-mail é pessoal, então você não pertence a nenhuma organização.
ask-audience-outside-hint = Para perguntas que você não faria no trabalho.
ask-anonymous-label = Perguntar anonimamente
ask-anonymous-hint = Os mentores não veem seu nome nem sua organização até você aceitar uma proposta. O mentor cuja proposta você aceitar saberá quem você é.
ask-anonymous-hint-to = { $name } não vê seu nome nem sua organização até você aceitar a proposta.
ask-expiry-label = Manter aberta por
ask-expiry-days = { $count ->
    [one] { $count } dia
   *[other] { $count } dias
}
ask-expiry-hint = Depois disso, ela não recebe mais propostas; você ainda pode ler as que recebeu.
ask-sending = Enviando…
ask-send = Enviar pergunta
ask-post = Publicar pergunta
ask-cancel = Cancelar

## Perguntas abertas (/requests): as suas e, para mentores, as que combinam com eles
requests-heading = Perguntas abertas
requests-lead = Perguntas pontuais que os mentores respondem por escrito ou em uma chamada rápida.
requests-visitor = Entre para fazer uma pergunta. Se você é mentor, também verá as perguntas que combinam com suas especialidades.
requests-ask = Fazer uma pergunta
requests-answer-heading = Responder perguntas
requests-become-mentor = Aqui os mentores veem as perguntas que combinam com as especialidades deles. <a>Torne-se mentor no seu perfil</a> para respondê-las.
requests-mine-heading = Suas perguntas
requests-mine-loading = Carregando suas perguntas…
requests-mine-empty = Você ainda não perguntou nada.
requests-for-you-heading = Perguntas para você
requests-for-you-lead = Perguntas abertas que você pode ver, as mais adequadas primeiro. Cada uma diz por que combina com você.
requests-filter-skill = Habilidade
requests-filter-any-skill = Qualquer uma das minhas habilidades
requests-filter-answer-by = Tipo de resposta
requests-filter-call-or-writing = Chamada ou resposta por escrito
requests-filter-writing = Por escrito
requests-feed-loading = Carregando perguntas…
requests-feed-count = { $count ->
    [0] Nenhuma pergunta
    [one] { $count } pergunta
   *[other] { $count } perguntas
}
requests-feed-empty-filtered = Nenhuma pergunta aberta corresponde a esses filtros. Tente outra habilidade ou outro formato.
requests-feed-empty = No momento, nenhuma pergunta aberta combina com suas especialidades. Você recebe um e-mail quando aparecer alguma.
requests-you-offered = Você fez uma proposta
requests-your-offer-accepted = Sua proposta foi aceita
# Seguido dos motivos, por exemplo "matches rust · no offers yet".
requests-why-fits = Por que combina com você:
# Lido só por leitores de tela, antes da lista de habilidades.
requests-card-skills = Habilidades:
requests-asked-by = Feita por { $name }
requests-asked-anonymously = Feita por um mentorado anônimo
# $time: por exemplo "17:00 BRT".
requests-offered-call = Você ofereceu uma chamada às { $time }.
requests-offer-now = Oferecer uma chamada agora (você está livre)
ask-skills-placeholder = rust, code review
