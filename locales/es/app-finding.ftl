# finding: the mentor directory (/mentors) and "What do you want help with?" (/match).

## The directory

directory-heading = Directorio de mentores
directory-lead = Mentores de todas las empresas. Filtra por habilidad, idioma y horario laboral en común. ¿No sabes a quién preguntar? <a>Describe tu objetivo</a> y recibe sugerencias.
directory-search-label = Buscar mentores
directory-search-placeholder = Busca por habilidad, puesto o nombre
directory-search-submit = Buscar
directory-searching = Buscando…
filters-show = Filtros
filters-show-active = Filtros ({ $count })
filters-hide = Ocultar filtros
filters-hide-active = Ocultar filtros ({ $count })

career-stage = { $stage ->
    [student] Estudiante
    [early] Inicio de carrera
    [mid] Mitad de carrera
    [senior] Sénior
    [lead] Líder
   *[executive] Alta dirección
}

filter-stage = Etapa profesional
filter-stage-any = Cualquiera
filter-overlap = Horario laboral en común conmigo
filter-overlap-any = Cualquiera
filter-overlap-at-least = { $hours ->
    [one] Al menos { $hours } hora
   *[other] Al menos { $hours } horas
}
filter-sort = Orden
sort-best-match = Más relevantes
sort-newest = Más recientes
sort-soonest = Disponibles antes
filter-free-now = Libre ahora
filter-this-week = Disponible esta semana
filter-outside = Solo personas de fuera de mi organización

chip-search = «{ $query }»
chip-organization = en { $organization }
chip-not-organization = fuera de { $organization }
chip-language = habla { $language }
chip-overlap = { $hours }+ horas laborales en común
chip-free-now = Libre ahora
chip-this-week = Disponible esta semana
chips-label = Filtros activos
chip-remove = Quitar filtro: { $filter }

facets-label = Refinar
facets-skills = Habilidades
facets-languages = Idiomas
facets-organizations = Organizaciones

results-count = { $count ->
    [one] { $count } mentor
   *[other] { $count } mentores
}
empty-heading = Ningún mentor coincide con tu búsqueda
empty-try-removing = Prueba a quitar «{ $term }» o busca una habilidad más general.
empty-fewer-filters = Prueba con menos filtros o una búsqueda más corta.
empty-nobody = Todavía no hay nadie. ¡Sé el primer mentor!
empty-clear-filters = Quitar todos los filtros
load-more = Cargar más
load-more-loading = Cargando…

## A mentor's card

card-free-now = Libre ahora
card-free-until = hasta las { $time }
card-expertise = Especialidades
card-next-free = Próximo horario libre: { $time }
card-next-free-whom = , reservar con { $name }
card-speaks = Habla { $languages }
card-local-time = Allí son las { $time } ({ $zone })
impact-sessions = { $count ->
    [one] { $count } sesión realizada
   *[other] { $count } sesiones realizadas
}
impact-people = { $count ->
    [one] { $count } persona ayudada
   *[other] { $count } personas ayudadas
}
impact-answers = { $count ->
    [one] { $count } respuesta aceptada
   *[other] { $count } respuestas aceptadas
}

## What do you want help with?

match-heading = ¿Con qué necesitas ayuda?
match-lead = Cuéntalo con tus palabras, en cualquier idioma. Te sugerimos mentores de cualquier empresa que sepan del tema, te explicamos por qué y te mostramos cuándo están libres.
match-goal-label = Tu objetivo o pregunta
match-goal-hint = Por ejemplo: el OOM killer no para de matar pods en nuestro clúster de k8s.
match-language-label = El mentor habla
match-language-any = Cualquier idioma
match-format-label = Tipo de ayuda
match-format-either = Una llamada o una respuesta por escrito
match-format-call = Una llamada de 15 minutos
match-format-written = Una respuesta por escrito
match-outside = Primero mentores de fuera de mi organización
match-submit = Buscar mentores
match-submitting = Buscando mentores…
understood-title = Lo que hemos entendido
understood-none = Ninguna habilidad concreta. Añade una abajo o plantéalo como pregunta abierta.
understood-remove = Quitar { $skill }
understood-related = Temas cercanos: { $skills }
understood-add-label = Añadir una habilidad
understood-add = Añadir
match-count = { $count ->
    [0] Todavía no encaja ningún mentor
    [one] { $count } mentor encaja
   *[other] { $count } mentores encajan
}
match-ask-open = ¿No es exactamente eso? Plantéalo como pregunta abierta
match-why = Por qué { $name }
match-ask-mentor = Hacerle una pregunta a { $name }
match-no-slot = No tiene horarios libres próximamente.
match-slots-label = Próximos horarios libres de { $name }
match-book-slot = Reservar { $time }

reason-knows = Conoce { $skill }
reason-knows-written = Conoce { $skill } (escribiste { $written })
reason-knows-close = Conoce { $skill }, cercano a { $close }
reason-knows-close-any = Conoce { $skill }, cercano a lo que preguntaste
reason-stage-aimed = { $stage }: hacia donde apunta tu objetivo
reason-stage-ahead = { $stage }: uno o dos pasos por delante de ti
reason-speaks = Habla { $language }
reason-hours-overlap =
    { $hours ->
        [one] Su horario laboral coincide 1 hora con el tuyo ({ $zone })
       *[other] Su horario laboral coincide { $hours } horas con el tuyo ({ $zone })
    }
reason-free-within-hour = Libre en la próxima hora
reason-free-within-days =
    { $days ->
        [one] Libre en el próximo día
       *[other] Libre en los próximos { $days } días
    }
reason-answered =
    { $count ->
        [one] Respondió 1 pregunta en los últimos 90 días
       *[other] Respondió { $count } preguntas en los últimos 90 días
    }
reason-outside-organization = De fuera de tu organización
