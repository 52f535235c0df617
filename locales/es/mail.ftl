# Los correos de Quarterhour, en español (traducidos del inglés, la lengua de origen).
#
# Cada mensaje es un párrafo o una línea; la disposición del correo (líneas en blanco, la pregunta
# citada, los enlaces en líneas propias) es la misma en todos los idiomas. Nombres, títulos, temas,
# motivos y enlaces son lo que escribió la gente o lo que generó el servicio: nunca se traducen.
# Las fechas y horas llegan ya escritas en el idioma y la zona horaria de quien lee.

## Fechas. $weekday y $month son los nombres abreviados del idioma; $day y $year, números.

# "mar, 1 dic 2026"
date-with-year = { $weekday }, { $day } { $month } { $year }
# "mar, 1 dic"
date-short = { $weekday }, { $day } { $month }
# "3 dic"
date-day-month = { $day } { $month }
# Un día y una hora: "mar, 1 dic, 14:00"
date-and-time = { $date }, { $time }

## Código de acceso

sign-in-subject = Tu código de acceso a Quarterhour: { $code }
# El asunto que se conserva una vez enviado el correo y borrado el código.
sign-in-subject-sent = Tu código de acceso a Quarterhour
sign-in-code = Tu código de acceso es { $code }.
sign-in-validity = Solo puede usarse una vez, durante los próximos 10 minutos. Si no solicitaste acceder a Quarterhour, ignora este correo: nadie puede acceder sin el código.

## Reservas: $other es el nombre de la otra persona

booking-subject-booked = Reserva confirmada: 15 minutos con { $other }
booking-subject-rescheduled = Cambio de horario: tus 15 minutos con { $other }
booking-subject-cancelled = Sesión cancelada: tus 15 minutos con { $other }
booking-subject-day-before = Mañana: 15 minutos con { $other }
booking-subject-soon = En 15 minutos: tu sesión con { $other }
# Cuándo es la sesión para quien lee, con la hora local de la otra persona al lado:
# "mar, 1 dic 2026, 14:00–14:15 en tu hora local (Europe/London); 19:45 para A new user (Asia/Kathmandu)"
booking-when = { $date }, { $start }–{ $end } en tu hora local ({ $zone }); { $other-time } para { $other } ({ $other-zone })
booking-cancelled = Se canceló esta sesión:
booking-moved = Nuevo horario de esta sesión:
booking-follow-up = Seguimiento de tu sesión del { $date }
booking-reason = Motivo: { $reason }
booking-agenda = Temas a tratar:
booking-join = Únete a la llamada: { $link }
booking-calendar = Añádela a tu calendario: { $link }
invite-summary = Quarterhour: 15 minutos con { $other }
invite-alarm = Sesión de Quarterhour en 10 minutos

## Preguntas (solicitudes abiertas): $title es el título de la pregunta

offer-written-subject = { $mentor } ha respondido a tu pregunta por escrito
offer-written-intro = { $mentor } ha respondido por escrito a tu pregunta:
offer-slot-subject = { $mentor } te ofrece una llamada de 15 minutos
offer-slot-intro = { $mentor } te ofrece una llamada de 15 minutos para tu pregunta:
offer-read = Léela y acéptala aquí: { $link }
asked-directly-subject = Te han hecho una pregunta directamente
asked-directly-intro = Alguien te hace esta pregunta a ti, y solo a ti:
asked-directly-answer = Responde por escrito u ofrece uno de tus horarios: { $link }
offer-accepted-subject = { $mentee } ha aceptado tu propuesta
offer-accepted-intro = { $mentee } ha aceptado tu propuesta para:
offer-accepted-continue = Sigue la conversación: { $link }
new-message-subject = Nuevo mensaje de { $sender }
new-message-intro = { $sender } te ha escrito sobre:
new-message-read = Léelo y responde: { $link }
expired-subject = Tu pregunta ha expirado: { $title }
expired-offers =
    { $offers ->
        [0] No recibió ninguna propuesta. Puedes volver a hacerla, quizá mencionando otras habilidades.
        [one] Recibió una propuesta; todavía puedes leerla.
       *[other] Recibió { $offers } propuestas; todavía puedes leerlas.
    }
digest-subject =
    { $count ->
        [one] Una pregunta nueva encaja con tus conocimientos
       *[other] { $count } preguntas nuevas encajan con tus conocimientos
    }
digest-intro = Nuevas preguntas de otras personas que encajan con lo que sabes:
digest-all = Todas las solicitudes para ti: { $link }
digest-limit = Recibes como máximo uno de estos correos al día; para dejar de recibirlos, desactiva en tu perfil la opción de aceptar solicitudes.
list-separator = {", "}
reason-separator = {"; "}

## Después de una sesión

check-in-subject = ¿Tuvo lugar tu sesión con { $other }?
# $when: "mar, 1 dic, 14:00"
check-in-over = Tu sesión de 15 minutos con { $other } del { $when } ({ $zone }) ha terminado.
check-in-ask = ¿Tuvo lugar la sesión? Con un clic nos lo dices y, con otro, nos cuentas qué tal fue:
check-in-window = Puedes responder durante 48 horas. Si solo responde uno de los dos, esa es la respuesta que cuenta.
paused-subject = Tus horarios están en pausa
paused-why = En los últimos 30 días faltaste a dos de tus sesiones (cancelar menos de 2 horas antes del inicio cuenta como media falta). Para que nadie se quede esperando, ya no mostramos tus horarios libres ni te sugerimos en las recomendaciones de mentores.
paused-resume = Las sesiones que ya tienes reservadas siguen en pie. Cuando quieras, reactiva tus mentorías desde tu página de perfil:
outcome-subject = ¿Lo pusiste en práctica?
outcome-helped = Hace dos semanas, { $mentor } te ayudó con “{ $about }”.
outcome-ask = ¿Lo pusiste en práctica? Con un clic queda guardado en tu registro de progreso, y tú decides si { $mentor } se entera de cómo te fue:
