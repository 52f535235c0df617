# mail: las conversaciones (la lista y una conversación) y el buzón de desarrollo.

## La lista de conversaciones
messages-heading = Mensajes
messages-visitor = Inicia sesión para leer tus conversaciones sobre sesiones y preguntas.
messages-loading = Cargando tus conversaciones…
messages-none = Todavía no tienes conversaciones. Se abre una cuando un mentorado acepta la propuesta de un mentor a su pregunta.
messages-see-open-requests = Ver preguntas abiertas
messages-unread = { $count } sin leer
messages-with = Con <strong>{ $name }</strong>
messages-last-activity = Última actividad: { $when }
messages-about-your-question = Tu pregunta
messages-about-their-question = Su pregunta, tu propuesta
messages-your-session-on = Tu sesión del { $day }
messages-your-session = Tu sesión

## Una conversación
thread-title = Conversación
thread-visitor = Inicia sesión para leer tus conversaciones.
thread-not-found-title = Conversación no encontrada
thread-not-found = Esta conversación no existe o no participas en ella.
thread-see-messages = Ver tus mensajes
thread-loading = Cargando la conversación…
thread-all-messages = Todos los mensajes
thread-with = Conversación con <strong>{ $name }</strong>
thread-with-headline = Conversación con <strong>{ $name }</strong>, { $headline }
thread-read-question = Leer la pregunta
thread-booked-call = Tu llamada reservada
thread-messages-title = Mensajes
thread-no-messages = Todavía no hay mensajes.
thread-you = Tú
thread-new = Nuevo
thread-new-hidden = mensaje
thread-reply-title = Responder
thread-reply-label = Tu respuesta
thread-reply-hint = Markdown: **negrita**, _cursiva_, listas, `código`, [enlaces](https://example.org). Le llegará un correo.
thread-sending = Enviando…
thread-send = Enviar
thread-sent = Enviado.

## El buzón de desarrollo
mailbox-title = Buzón de desarrollo
mailbox-lead = Correos que el servidor local escribió en lugar de enviarlos, del más reciente al más antiguo.
mailbox-only-to = Solo correos para
mailbox-any-address = cualquier dirección
mailbox-loading = Cargando…
mailbox-local-only = El buzón solo existe en el desarrollo local.
mailbox-none = Todavía no hay correos.
mailbox-to = Para { $to } · { $when }
