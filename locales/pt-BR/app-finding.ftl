# finding: the mentor directory (/mentors) and "What do you want help with?" (/match).

## The directory

directory-heading = Diretório de mentores
directory-lead = Mentores de todas as empresas. Filtre por habilidade, idioma e horário de trabalho em comum. Não sabe a quem perguntar? <a>Descreva seu objetivo</a> e receba sugestões.
directory-search-label = Buscar mentores
directory-search-placeholder = Busque por habilidade, cargo ou nome
directory-search-submit = Buscar
directory-searching = Buscando…
filters-show = Filtros
filters-show-active = Filtros ({ $count })
filters-hide = Ocultar filtros
filters-hide-active = Ocultar filtros ({ $count })

career-stage = { $stage ->
    [student] Estudante
    [early] Início de carreira
    [mid] Meio de carreira
    [senior] Sênior
    [lead] Liderança
   *[executive] Alta liderança
}

filter-stage = Fase da carreira
filter-stage-any = Qualquer uma
filter-overlap = Horário de trabalho em comum comigo
filter-overlap-any = Qualquer um
filter-overlap-at-least = { $hours ->
    [one] Pelo menos { $hours } hora
   *[other] Pelo menos { $hours } horas
}
filter-sort = Ordem
sort-best-match = Mais relevantes
sort-newest = Mais recentes
sort-soonest = Disponíveis mais cedo
filter-free-now = Livre agora
filter-this-week = Disponível esta semana
filter-outside = Só pessoas de fora da minha organização

chip-search = “{ $query }”
chip-organization = em { $organization }
chip-not-organization = fora de { $organization }
chip-language = fala { $language }
chip-overlap = { $hours }+ horas de trabalho em comum
chip-free-now = Livre agora
chip-this-week = Disponível esta semana
chips-label = Filtros ativos
chip-remove = Remover filtro: { $filter }

facets-label = Refinar
facets-skills = Habilidades
facets-languages = Idiomas
facets-organizations = Organizações

results-count = { $count ->
    [one] { $count } mentor
   *[other] { $count } mentores
}
empty-heading = Nenhum mentor encontrado
empty-try-removing = Tente remover “{ $term }” ou busque uma habilidade mais ampla.
empty-fewer-filters = Tente usar menos filtros ou uma busca mais curta.
empty-nobody = Ainda não há ninguém aqui. Seja o primeiro mentor!
empty-clear-filters = Limpar todos os filtros
load-more = Carregar mais
load-more-loading = Carregando…

## A mentor's card

card-free-now = Livre agora
card-free-until = até { $time }
card-expertise = Especialidades
card-next-free = Próximo horário livre: { $time }
card-next-free-whom = , agendar com { $name }
card-speaks = Fala { $languages }
card-local-time = Agora são { $time } lá ({ $zone })
impact-sessions = { $count ->
    [one] { $count } sessão realizada
   *[other] { $count } sessões realizadas
}
impact-people = { $count ->
    [one] { $count } pessoa ajudada
   *[other] { $count } pessoas ajudadas
}
impact-answers = { $count ->
    [one] { $count } resposta aceita
   *[other] { $count } respostas aceitas
}

## What do you want help with?

match-heading = Com o que você quer ajuda?
match-lead = Diga com suas próprias palavras, em qualquer idioma. Sugerimos mentores de qualquer empresa que entendem do assunto, explicamos por quê e mostramos quando estão livres.
match-goal-label = Seu objetivo ou pergunta
match-goal-hint = Por exemplo: nosso cluster k8s vive matando pods por falta de memória (OOM).
match-language-label = O mentor fala
match-language-any = Qualquer idioma
match-format-label = Tipo de ajuda
match-format-either = Uma chamada ou uma resposta por escrito
match-format-call = Uma chamada de 15 minutos
match-format-written = Uma resposta por escrito
match-outside = Primeiro mentores de fora da minha organização
match-submit = Encontrar mentores
match-submitting = Encontrando mentores…
understood-title = O que entendemos
understood-none = Nenhuma habilidade específica. Adicione uma abaixo ou faça uma pergunta aberta.
understood-remove = Remover { $skill }
understood-related = Temas próximos: { $skills }
understood-add-label = Adicionar uma habilidade
understood-add = Adicionar
match-count = { $count ->
    [0] Nenhum mentor combina ainda
    [one] { $count } mentor combina
   *[other] { $count } mentores combinam
}
match-ask-open = Não é bem isso? Faça uma pergunta aberta
match-why = Por que { $name }
match-ask-mentor = Fazer uma pergunta para { $name }
match-no-slot = Nenhum horário livre em breve.
match-slots-label = Próximos horários livres de { $name }
match-book-slot = Agendar { $time }

reason-knows = Conhece { $skill }
reason-knows-written = Conhece { $skill } (você escreveu { $written })
reason-knows-close = Conhece { $skill }, próximo de { $close }
reason-knows-close-any = Conhece { $skill }, próximo do que você perguntou
reason-stage-aimed = { $stage }: aonde seu objetivo aponta
reason-stage-ahead = { $stage }: um ou dois passos à sua frente
reason-speaks = Fala { $language }
reason-hours-overlap =
    { $hours ->
        [one] 1 hora de trabalho em comum com você ({ $zone })
       *[other] { $hours } horas de trabalho em comum com você ({ $zone })
    }
reason-free-within-hour = Livre na próxima hora
reason-free-within-days =
    { $days ->
        [one] Livre em até um dia
       *[other] Livre em até { $days } dias
    }
reason-answered =
    { $count ->
        [one] Respondeu 1 pergunta nos últimos 90 dias
       *[other] Respondeu { $count } perguntas nos últimos 90 dias
    }
reason-outside-organization = De fora da sua organização
