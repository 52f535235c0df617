# request: la página de una solicitud. Quien la escribió lee las propuestas, acepta una, la edita y
# la cierra; un mentor hace una propuesta (una respuesta por escrito o uno de sus horarios libres).
# "<a>…</a>" marca un enlace. "<span>…</span>" marca palabras que solo oyen los lectores de
# pantalla: completan las palabras visibles que las preceden.

request-title = Pregunta
request-sign-in-reason = Inicia sesión para leer esta pregunta. Las preguntas solo las ven quien las escribió y los mentores a quienes van dirigidas.
request-not-found-title = Pregunta no encontrada
request-not-found = Esta pregunta no existe o no tienes acceso a ella: las preguntas solo las ven quien las escribió y, mientras siguen abiertas, los mentores a quienes van dirigidas.
request-see-open = Ver preguntas abiertas
request-loading = Cargando la pregunta…
request-back = Volver a las preguntas

## Datos de la solicitud
facts-skills = Habilidades
facts-skills-none = Ninguna
facts-format = Ayuda solicitada
facts-audience = Quién puede verla
facts-asked = Publicada

## Quién pregunta. $name aparece en negrita.
author-anonymous = Preguntaste de forma anónima.
author-anonymous-accepted = El mentor cuya propuesta aceptaste ve tu nombre y tu organización; los demás mentores no.
author-anonymous-hidden = Los mentores no ven tu nombre ni tu organización hasta que aceptes su propuesta.
author-you = Pregunta hecha por ti.
author-by = Pregunta de { $name }
author-by-headline = Pregunta de { $name }, { $headline }
author-by-anonymously = (preguntó de forma anónima; ves quién es porque aceptó tu propuesta)
author-unknown = Mentorado anónimo.
author-unknown-detail = Esta persona prefirió no mostrar su nombre ni su organización; sabrás quién es si acepta tu propuesta.

## Un horario
slot-mine = { $day }, { $time } (tu hora)
slot-both = { $day }, { $time } (tu hora) · { $theirs } para { $name } ({ $zone })

## Lo que acaba de pasar
notice-accepted = Aceptaste la propuesta de { $name }.
notice-open-conversation = Abrir la conversación
notice-booked = Reservado: { $slot }. Hemos enviado la invitación por correo a ambas partes.
notice-answer-sent = Tu respuesta se ha enviado. El mentorado recibirá un correo y podrá aceptar tu propuesta.
notice-slot-offered = Tu horario se ha ofrecido. El mentorado recibirá un correo y podrá aceptar tu propuesta.
notice-edited = Cambios guardados. Los mentores ya ven tu pregunta tal como está ahora.
notice-closed-resolved = Cerrada. Nos alegra que se haya resuelto; gracias por contárnoslo.
notice-closed = Cerrada. Ya no admite propuestas; tus conversaciones siguen abiertas.

## Una propuesta
offer-yours = Tu propuesta
offer-answer-title = Responde a esta pregunta
offer-not-taken = Esta pregunta ya no admite propuestas.
offer-accepted = Aceptada
offer-waiting = Esperando a que el mentorado la acepte
offer-sent = Enviada el { $when }
offer-proposed = Horario propuesto:
offer-open-conversation = Abrir conversación
offer-open-conversation-with = Abrir conversación<span> con { $name }</span>
offer-accept = Aceptar<span> la propuesta de { $name }</span>
offer-growth = ¿Lo pusiste en práctica? Cuenta qué resultado tuvo en <a>tu registro de progreso</a>.

## El formulario de propuesta de un mentor
form-kind-legend = ¿Cómo vas a ayudar?
form-kind-written = Responder por escrito
form-kind-call = Ofrecer una llamada de 15 minutos
form-asked-written = El mentorado pidió una respuesta por escrito.
form-asked-call = El mentorado pidió una llamada: ofrécele uno de tus horarios libres.
tips-title = Consejos para una respuesta útil
tips-question-first = Responde primero a lo que se pregunta; el contexto puede venir después.
tips-next-step = Propón un siguiente paso que el mentorado pueda dar hoy mismo.
tips-what-to-check = Di qué comprobarías, no solo qué harías.
tips-call = ¿No lo tienes claro? Ofrece una llamada: 15 minutos suelen valer más que una respuesta larga.
form-answer-label = Tu respuesta
form-answer-hint = Markdown: **negrita**, _cursiva_, listas, `código`, [enlaces](https://example.org). Si el mentorado acepta, se abrirá una conversación entre los dos.
form-note-label = Nota (opcional)
form-note-hint = Una línea sobre cómo aprovecharías los 15 minutos.
form-sending = Enviando…
form-send-answer = Enviar respuesta
form-offer-slot = Ofrecer este horario
slots-loading = Cargando tus horarios libres…
slots-none = No tienes horarios libres en las próximas dos semanas. <a>Añade disponibilidad en tu perfil</a> o responde por escrito si el mentorado lo permite.
slots-label = Tu horario libre
slots-choose = Elige un horario
slots-option = { $time } ({ $theirs } para { $name })
slots-hint = Según tu disponibilidad, en tu zona horaria. Si el mentorado acepta, la sesión queda reservada para los dos.

## Los controles de quien pregunta
edit-open = Editar pregunta
edit-until = Puedes editarla hasta que un mentor haga una propuesta.
edit-title = Edita tu pregunta
edit-title-label = Título
edit-details-label = Detalles
edit-details-hint = Markdown: **negrita**, _cursiva_, listas, `código`, [enlaces](https://example.org).
edit-skills-label = Habilidades
edit-skills-hint = De { $min } a { $max } habilidades, separadas por comas.
edit-format-legend = ¿Qué tipo de ayuda prefieres?
edit-saving = Guardando…
edit-save = Guardar cambios
edit-cancel = Cancelar
offers-title = Propuestas
offers-none-yet = Todavía no hay propuestas. Avisamos de tu pregunta a los mentores cuyas especialidades encajan; recibirás un correo cuando alguno responda.
offers-none = Ningún mentor hizo una propuesta.
close-title = Cerrar esta pregunta
close-lead = Al cerrarla, ya no recibirá propuestas nuevas. Las conversaciones que hayas empezado siguen abiertas.
close-legend = ¿Recibiste la ayuda que necesitabas?
close-yes = Sí, está resuelta
close-no = No, pero ya no la necesito
close-required = Indica si recibiste la ayuda que necesitabas.
close-closing = Cerrando…
close-submit = Cerrar pregunta
