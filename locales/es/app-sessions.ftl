# sessions: Mis sesiones, el cierre de una sesión, el registro de progreso y las guías.
# En un mensaje, <a>…</a> marca un enlace (o, en session-title, el nombre de la otra persona) y
# <b>…</b> texto en negrita; mantén ambas marcas alrededor de las palabras correspondientes.

## Mis sesiones (/sessions)

sessions-heading = Mis sesiones
sessions-lead = Lo que reservaste y lo que reservaron contigo. Tu <a>registro de progreso</a> guarda el resultado de cada sesión; las <a>guías</a> explican cómo sacar el máximo partido a 15 minutos.
sessions-visitor = Inicia sesión para ver las sesiones que reservaste y las que reservaron contigo.
sessions-loading = Cargando tus sesiones…
sessions-upcoming = Próximas
sessions-upcoming-none = No tienes nada reservado. <a>Encuentra un mentor</a>.
sessions-past = Pasadas y canceladas
sessions-past-none = Todavía ninguna.
session-title = { $role ->
    [mentor] Mentoría para <a>{ $name }</a>
   *[other] Con <a>{ $name }</a>
}
session-cancelled = Cancelada
session-when = <b>{ $when }</b> (tu hora) · { $time } para { $name } ({ $zone })
session-follow-up-to = Seguimiento de tu sesión del { $day }
session-cancel-reason = Motivo: { $reason }
session-awaiting-wrap-up = Pendiente de cierre
session-wrap-up = Hacer el cierre
session-message = Escribir a { $name }
session-join = Unirse a la llamada
session-reschedule = Cambiar de horario
session-cancel = Cancelar
session-cancel-reason-label = Motivo (opcional, lo verá la otra persona)
session-cancel-submit = Cancelar esta sesión
move-loading = Cargando horarios libres…
move-none = No hay otros horarios libres en las próximas dos semanas.
move-to = Nuevo horario
move-submit = Mover la sesión

## El cierre de una sesión (/sessions/:id)

wrap-up-visitor = Inicia sesión para hacer el cierre de tu sesión.
wrap-up-loading = Cargando la sesión…
wrap-up-title = Cierre de la sesión
wrap-up-not-found = No hay ninguna sesión así entre las tuyas. <a>Mis sesiones</a>
wrap-up-heading = Tu sesión con { $name }
wrap-up-when = { $when } (tu hora)
checklist-title = Los 15 minutos, paso a paso
checklist-start = Minuto 0–2: la pregunta en una frase y lo que ya se ha probado.
checklist-middle = Minuto 2–12: un problema cada vez; el mentor pregunta antes de aconsejar.
checklist-end = Minuto 12–15: el mentorado repite sus próximos pasos; se acuerda un seguimiento, si hace falta.
wrap-up-cancelled = Esta sesión se canceló.
wrap-up-not-ended = Podrás hacer el cierre cuando la sesión haya terminado.
attendance-title = ¿Se celebró la sesión?
report-held = Sí, se celebró
report-mentee-missed = Mi mentorado no se presentó
report-mentor-missed = Mi mentor no se presentó
report-i-missed = No pude asistir
attendance-held = Ambas partes confirman que se celebró.
attendance-missed = Registrada como sesión perdida.
attendance-disputed = Las respuestas no coinciden; nadie recibe penalización.
attendance-unreported = Esperando una respuesta (si solo responde una de las partes, su respuesta vale pasadas 48 horas).
wrap-up-book-follow-up = Reservar un seguimiento
wrap-up-book-again = Reservar otra vez
wrap-up-message = Enviar mensaje
wrap-up-all-sessions = Todas mis sesiones

## Valoración (en el cierre de una sesión y en una respuesta aceptada)

feedback-loading = Cargando la valoración…
feedback-title = ¿Qué tal fue?
feedback-rating-legend = ¿Te ayudó? (no lo ve nadie, solo cuenta en los totales)
feedback-rating-helpful = Me ayudó
feedback-rating-somewhat = En parte
feedback-rating-not-helpful = No me ayudó
feedback-kudos-legend = Reconocimientos
feedback-kudos = { $tag ->
    [clear] Claro
    [practical] Práctico
    [kind] Amable
    [insightful] Perspicaz
    [well_prepared] Bien preparado
    [good_listener] Sabe escuchar
   *[other] Hizo seguimiento
}
feedback-note-label = Una nota para la otra persona
feedback-private-label = Lo que te llevas (privado, solo lo ves tú)
feedback-steps-label = Próximos pasos, uno por línea
feedback-save = Guardar
feedback-saved = Guardado. Puedes cambiarlo durante { $days } días.
feedback-from-other = Lo que te dijeron

## Qué salió de ello (el resultado del mentee)

outcome-loading = Cargando…
outcome-title = ¿Qué resultado tuvo?
outcome-hint = Para tu registro de progreso. Puedes cambiarlo cuando quieras.
outcome-legend = ¿Lo pusiste en práctica?
outcome-done = Lo puse en práctica
outcome-in-progress = Estoy en ello
outcome-not-yet = Todavía no
outcome-not-useful = No me sirvió
outcome-note-label = Qué pasó (opcional)
outcome-share = Contarle a { $name } qué resultado tuvo
outcome-save = Guardar
outcome-saved = Guardado en tu registro de progreso.

## El registro de progreso (/growth)

growth-visitor = Inicia sesión para ver tu registro de progreso.
growth-heading = Tu registro de progreso
growth-lead = Las sesiones y respuestas que diste y recibiste, tus propias notas y próximos pasos, y qué resultado tuvieron. Solo tú ves esta página; los demás aparecen solo por su nombre.
growth-download = Descargar para mi evaluación
growth-download-hint = Un documento Markdown para pegar en una evaluación de desempeño o un plan de desarrollo.
growth-loading = Cargando tu registro…
growth-summary = Resumen
growth-sessions-given = { $count ->
    [one] sesión dada
   *[other] sesiones dadas
}
growth-answers-given = { $count ->
    [one] respuesta dada
   *[other] respuestas dadas
}
growth-sessions-received = { $count ->
    [one] sesión recibida
   *[other] sesiones recibidas
}
growth-answers-received = { $count ->
    [one] respuesta recibida
   *[other] respuestas recibidas
}
growth-outcomes-done = { $count ->
    [one] consejo puesto en práctica
   *[other] consejos puestos en práctica
}
growth-kudos-received = Reconocimientos recibidos
growth-skills = Habilidades tratadas
growth-tally = { $name } × { $count }
growth-kudos-tag = { $tag ->
    [clear] claro
    [practical] práctico
    [kind] amable
    [insightful] perspicaz
    [well_prepared] bien preparado
    [good_listener] sabe escuchar
    [followed_up] hizo seguimiento
   *[other] { $tag }
}
growth-empty = Todavía no hay nada: las sesiones aparecen cuando se han celebrado y las respuestas, cuando se aceptan. <a>Encuentra un mentor</a>
growth-entry-title = { $what ->
    [session-given] Sesión que di: { $title }
    [session-had] Sesión que recibí: { $title }
    [question-answered] Pregunta que respondí: { $title }
   *[answer-received] Respuesta que recibí: { $title }
}
growth-entry-for = { $day }, para { $name }
growth-entry-from = { $day }, de { $name }
growth-skills-label = Habilidades
growth-outcome = <b>Resultado: </b>{ $outcome }
growth-outcome-with-note = <b>Resultado: </b>{ $outcome }: { $note }
growth-kudos = <b>Reconocimientos: </b>{ $kudos }
growth-next-steps = Próximos pasos
growth-my-notes = Mis notas
growth-wrote = { $name } escribió
growth-outcome-change = Cambiar el resultado
growth-outcome-say = Contar qué resultado tuvo

## Guías (/guides)

guides-heading = Guías
guides-lead = Quince minutos bastan cuando las dos partes llegan preparadas. Así se hace.
guides-mentees = Para mentorados
guides-before = Antes
guides-before-one-question = Elige una sola pregunta. Dos preguntas en quince minutos se quedan en media respuesta cada una.
guides-before-agenda = Escribe la agenda en tres líneas: el contexto, lo que probaste y lo que esperas de la llamada.
guides-before-share = Comparte enlaces o borradores en los mensajes de la sesión un día antes, para que el mentor pueda echarles un vistazo.
guides-during = Durante
guides-during-start = Minuto 0–2: tu pregunta en una frase y lo que probaste.
guides-during-middle = Minuto 2–12: un problema cada vez; toma notas.
guides-during-end = Minuto 12–15: repite tus próximos pasos, para que ambas partes sepan qué viene ahora.
guides-after = Después
guides-after-wrap-up = Haz el cierre de la sesión: di si se celebró y da reconocimientos por lo que te ayudó.
guides-after-next-steps = Apunta tus próximos pasos; la sesión de seguimiento partirá de ellos.
guides-after-outcome = Dos semanas después, cuenta qué resultado tuvo. Tu <a>registro de progreso</a> lo guarda para tu próxima evaluación.
guides-asking = Si prefieres hacer una pregunta
guides-asking-text = Explica la situación, lo que probaste, qué te ayudaría y tus limitaciones. Un mentor puede responder a eso en minutos. <a>Hacer una pregunta</a>
guides-mentors = Para mentores
guides-mentors-slots = Ofrece solo los horarios que vayas a cumplir: dos sesiones perdidas en 30 días pausan tus horarios hasta que los reactives desde tu perfil.
guides-mentors-agenda = Lee la agenda antes de la llamada y pregunta antes de aconsejar.
guides-mentors-next-step = Termina con un próximo paso que el mentorado pueda dar hoy mismo.
guides-mentors-writing = Si respondes por escrito: responde primero a lo que se pregunta y luego añade contexto. ¿No lo tienes claro? Propón una llamada.
guides-mentors-kudos = Los reconocimientos de tus mentorados y los resultados que decidan compartir aparecen en <a>tu perfil</a>.

growth-md-title = Registro de progreso: { $name }
growth-md-made = De Quarterhour, { $date }. Los días están en { $zone }.
growth-md-kudos-received = Reconocimientos recibidos: { $list }
growth-md-skills-involved = Habilidades tratadas: { $list }
growth-md-empty = Todavía no hay nada: las sesiones aparecen cuando se han celebrado y las respuestas, cuando se aceptan.
growth-md-skills = Habilidades: { $list }
