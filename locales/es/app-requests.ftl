# requests: la lista de preguntas abiertas (/requests), hacer una (/requests/new) y las piezas
# que comparten las páginas de preguntas (estados, formatos, quién puede ver una pregunta, el campo Markdown).

## Estados, formatos y público de una pregunta
status-open = Abierta, aún sin propuestas
status-has-offers = Abierta, con propuestas
status-accepted = Propuesta aceptada
status-closed-resolved = Cerrada, resuelta
status-closed-unresolved = Cerrada, sin resolver
status-closed = Cerrada
status-expired = Caducada
format-call = Una llamada de 15 minutos
format-written = Una respuesta por escrito
format-either = Una llamada o una respuesta por escrito
# Quién puede ver una pregunta: «own», dicho a quien la hizo; «other», dicho a un mentor.
audience-everyone = Todos los mentores
audience-mine-own = Mentores de mi organización
audience-mine-other = Mentores de la organización del mentorado
audience-outside-own = Mentores de fuera de mi organización
audience-outside-other = Mentores de fuera de la organización del mentorado
offer-kind-written = Respuesta por escrito
offer-kind-slot = Llamada de 15 minutos
offers-count = { $count ->
    [0] Sin propuestas
    [one] { $count } propuesta
   *[other] { $count } propuestas
}
# $when: fecha y hora, p. ej. «9 dic 2026, 17:00 CET».
timing-open-until = Abierta hasta el { $when }
timing-asked = Publicada el { $when }
timing-closed-on = Cerrada el { $when }
timing-closed = Cerrada
timing-expired-on = Caducó el { $when }
# A quién se envió una pregunta nueva. $skills: habilidades, p. ej. «rust, go o sql».
reach-none = Todavía ningún mentor tiene estas habilidades en su perfil: los que las añadan verán tu pregunta.
reach-sent = { $count ->
    [one] Enviada a { $count } mentor.
   *[other] Enviada a { $count } mentores.
}
reach-sent-skills = { $count ->
    [one] Enviada a { $count } mentor que sabe de { $skills }.
   *[other] Enviada a { $count } mentores que saben de { $skills }.
}

## El campo Markdown, con modos Escribir y Vista previa
markdown-mode = Texto o vista previa
markdown-write = Escribir
markdown-preview = Vista previa
markdown-preview-empty = Todavía no hay nada que previsualizar.
markdown-count = { $count } de { $max } caracteres

## Hacer una pregunta (/requests/new), a todos los mentores adecuados o a uno
ask-title = Haz una pregunta
ask-sign-in-reason = Inicia sesión para hacer una pregunta a los mentores. Solo lleva un minuto y no necesitas contraseña.
ask-mentor-not-found = Mentor no encontrado
ask-mentor-not-found-text = Este mentor no existe o su perfil no es visible para ti.
ask-everyone-instead = Mejor pregunta a todos los mentores que encajen
ask-heading-to = Hazle una pregunta a { $name }
ask-lead = Describe en qué te has atascado. Los mentores que conocen el tema responden por escrito o te ofrecen 15 minutos de su tiempo.
ask-lead-to = Solo { $name } la verá. Te responderá por escrito o te ofrecerá 15 minutos de su tiempo; recibirás un correo cuando lo haga.
ask-closed-to-questions = { $name } no acepta preguntas en este momento. <a>Mejor pregunta a todos los mentores que encajen</a>
ask-add-name = Primero añade tu nombre a <a>tu perfil</a>, para que los mentores sepan a quién ayudan.
ask-title-label = Título
ask-title-placeholder = ¿Cómo reviso una pull request de 4000 líneas?
ask-title-hint = Tu pregunta en una línea, de hasta { $max } caracteres.
ask-guide-summary = Una buena pregunta, en cuatro partes
ask-guide-situation = La situación: dónde estás, en una o dos frases.
ask-guide-tried = Qué has probado y qué pasó.
ask-guide-help = Qué te ayudaría: una respuesta, una pista, una segunda opinión.
ask-guide-constraints = Limitaciones: plazos, herramientas que debes usar, lo que no puedes compartir.
ask-guide-use-template = Usar esta plantilla
# Los cuatro encabezados de la plantilla, en negrita en el texto de la pregunta.
ask-template-situation = Situación:
ask-template-tried = Lo que he probado:
ask-template-help = Lo que me ayudaría:
ask-template-constraints = Limitaciones:
ask-details-label = Detalles
ask-details-hint = ¿Cuál es la situación, qué has probado, qué te ayudaría? Markdown: **negrita**, _cursiva_, listas, `código`, [enlaces](https://example.org).
ask-skills-label = Habilidades
ask-skills-hint = De { $min } a { $max } habilidades, separadas por comas. Los mentores que las tengan en su perfil verán tu pregunta.
ask-format-legend = ¿Cómo quieres que te ayuden?
ask-audience-legend = ¿Quién puede verla?
ask-audience-everyone-hint = Mentores de cualquier organización.
ask-audience-org-named = Solo mentores de { $organization }
ask-audience-org = Solo mentores de mi organización
ask-audience-org-hint = Colegas que conocen tu contexto.
ask-audience-org-unavailable = No disponible: tu dirección de correo es personal, así que no perteneces a ninguna organización.
ask-audience-outside-hint = Para preguntas que no harías en el trabajo.
ask-anonymous-label = Preguntar de forma anónima
ask-anonymous-hint = Los mentores no ven ni tu nombre ni tu organización hasta que aceptas una propuesta. El mentor cuya propuesta aceptes sabrá quién eres.
ask-anonymous-hint-to = { $name } no verá ni tu nombre ni tu organización hasta que aceptes su propuesta.
ask-expiry-label = Mantenerla abierta durante
ask-expiry-days = { $count ->
    [one] { $count } día
   *[other] { $count } días
}
ask-expiry-hint = Después ya no admite propuestas; podrás seguir leyendo las que hayas recibido.
ask-sending = Enviando…
ask-send = Enviar pregunta
ask-post = Publicar pregunta
ask-cancel = Cancelar

## Preguntas abiertas (/requests): las tuyas y, para los mentores, las que encajan con ellos
requests-heading = Preguntas abiertas
requests-lead = Preguntas puntuales que los mentores responden por escrito o en una llamada breve.
requests-visitor = Inicia sesión para hacer una pregunta. Si eres mentor, también verás las preguntas que encajan con tus especialidades.
requests-ask = Hacer una pregunta
requests-answer-heading = Responder preguntas
requests-become-mentor = Aquí los mentores ven las preguntas que encajan con sus especialidades. <a>Hazte mentor en tu perfil</a> para responderlas.
requests-mine-heading = Tus preguntas
requests-mine-loading = Cargando tus preguntas…
requests-mine-empty = Todavía no has preguntado nada.
requests-for-you-heading = Preguntas para ti
requests-for-you-lead = Preguntas abiertas que puedes ver, primero las que mejor encajan. Cada una dice por qué encaja contigo.
requests-filter-skill = Habilidad
requests-filter-any-skill = Cualquiera de mis habilidades
requests-filter-answer-by = Tipo de respuesta
requests-filter-call-or-writing = Llamada o respuesta por escrito
requests-filter-writing = Por escrito
requests-feed-loading = Cargando preguntas…
requests-feed-count = { $count ->
    [one] { $count } pregunta
   *[other] { $count } preguntas
}
requests-feed-empty-filtered = Ninguna pregunta abierta coincide con estos filtros. Prueba con otra habilidad u otro formato.
requests-feed-empty = Ahora mismo ninguna pregunta abierta encaja con tus especialidades. Recibirás un correo cuando alguna lo haga.
requests-you-offered = Hiciste una propuesta
requests-your-offer-accepted = Aceptaron tu propuesta
# Seguido de los motivos, p. ej. «matches rust · no offers yet».
requests-why-fits = Por qué encaja contigo:
# Solo para lectores de pantalla, antes de la lista de habilidades.
requests-card-skills = Habilidades:
requests-asked-by = Pregunta de { $name }
requests-asked-anonymously = Pregunta de un mentorado anónimo
# $time: p. ej. «17:00 CET».
requests-offered-call = Ofreciste una llamada a las { $time }.
requests-offer-now = Ofrecer una llamada ahora (estás libre)
ask-skills-placeholder = rust, code review
