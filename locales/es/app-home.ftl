# home: la página de inicio con sesión, la de inicio para visitantes bajo su primera pantalla,
# el impacto de un mentor, «Estoy libre ahora», el aviso de zona horaria y «Se buscan mentores».

## La página de inicio con sesión
home-title = Tu Quarterhour
home-welcome-back = Hola de nuevo, { $name }
home-free-now-title = ¿Tienes un rato libre ahora?
home-free-now-hint = Ofrece los próximos 15, 30 o 60 minutos: los mentorados que necesiten ayuda ya mismo podrán reservarlos.
home-more = Guarda el resultado de tus sesiones en <a>tu registro de progreso</a>; las <a>guías</a> explican cómo sacar el máximo partido a 15 minutos.
home-loading-sessions = Cargando tus sesiones…
home-new-bookings-title = Reservas nuevas desde tu última visita
home-new-booking = <strong>{ $name }</strong> reservó una sesión el { $when } (tu hora)
home-no-new-bookings = No hay reservas nuevas.
home-next-sessions-title = Próximas sesiones
home-nothing-booked = No tienes nada reservado. <a>Encuentra un mentor</a>
home-all-sessions = Todas tus sesiones
home-next-session = { $when } con { $name }
home-join-call = Unirse a la llamada
home-join-call-with = con { $name }
home-call-opens = El enlace de la llamada se activa 10 minutos antes del inicio.
home-wrap-up-title = Sesiones pendientes de cierre
home-wrap-up-with = Haz el cierre de tu sesión con { $name }
home-nothing-to-wrap-up = No tienes sesiones pendientes de cierre.
home-unread-title = Mensajes sin leer
home-loading-messages = Cargando tus mensajes…
home-unread-from = { $count } sin leer de { $name }
home-no-unread = No tienes mensajes sin leer.
home-offers-title = Propuestas a tus preguntas
home-loading-questions = Cargando tus preguntas…
home-offers-to-read = { $count ->
    [one] { $count } propuesta por leer
   *[other] { $count } propuestas por leer
}
home-no-offers = No tienes propuestas pendientes. <a>Haz una pregunta</a>
home-fits-title = Preguntas para ti
home-loading-fits = Cargando preguntas…
home-no-fits = Ahora mismo ninguna pregunta abierta encaja con tus especialidades.
home-all-requests = Todas las preguntas para ti

## Bajo la primera pantalla del visitante
proof-figures-label = La red en cifras
proof-figure-mentors = { $count ->
    [one] mentor
   *[other] mentores
}
proof-figure-organizations = { $count ->
    [one] organización ayudada
   *[other] organizaciones ayudadas
}
proof-figure-sessions = { $count ->
    [one] sesión realizada en los últimos 90 días
   *[other] sesiones realizadas en los últimos 90 días
}
proof-title = Algunos de los mentores
proof-see-every-mentor = Ver todos los mentores
proof-impact-sessions = { $count ->
    [one] { $count } sesión realizada
   *[other] { $count } sesiones realizadas
}
proof-impact-people = { $count ->
    [one] { $count } persona ayudada
   *[other] { $count } personas ayudadas
}
proof-impact-answers = { $count ->
    [one] { $count } respuesta aceptada
   *[other] { $count } respuestas aceptadas
}
paths-title = Tres formas de empezar
paths-book-title = Reserva un horario libre
paths-book-text = Busca mentores de cualquier empresa por habilidad, idioma y zona horaria, y reserva 15 minutos con una agenda. Cada uno recibe la invitación en su propia zona horaria.
paths-book-link = Explorar el directorio
paths-ask-title = Publica una pregunta puntual
paths-ask-text = Cuenta en qué te has atascado. Los mentores que dominan el tema responden por escrito u ofrecen una llamada. Pregunta fuera de tu empresa, o de forma anónima.
paths-ask-link = Ver preguntas abiertas
paths-give-title = Ofrece 15 minutos
paths-give-text = Publica un perfil, elige quién puede verte y ofrece los horarios que tengas libres. Los límites por día y por semana hacen que no te quite mucho tiempo.
paths-give-link = Hazte mentor

## El impacto de un mentor
impact-title = Impacto
impact-sessions-held = { $count ->
    [one] sesión realizada
   *[other] sesiones realizadas
}
impact-people-helped = { $count ->
    [one] persona ayudada
   *[other] personas ayudadas
}
impact-organizations-helped = { $count ->
    [one] otra organización ayudada
   *[other] otras organizaciones ayudadas
}
impact-answers-accepted = { $count ->
    [one] respuesta aceptada
   *[other] respuestas aceptadas
}
impact-outcomes-shared = { $count ->
    [one] resultado compartido por tus mentorados
   *[other] resultados compartidos por tus mentorados
}
impact-kudos = Reconocimientos
impact-kudos-tag = { $tag ->
    [clear] claro
    [practical] práctico
    [kind] amable
    [insightful] perspicaz
    [well_prepared] bien preparado
    [good_listener] sabe escuchar
    [followed_up] hizo seguimiento
   *[other] { $tag }
}
impact-loading-shared = Cargando lo que compartieron tus mentorados…
impact-shared-title = Lo que hicieron tus mentorados con tu ayuda
impact-shared-none = Cuando tus mentorados decidan contarte qué resultado tuvo una sesión o una respuesta, aparecerá aquí.
impact-outcome-done = Lo puso en práctica
impact-outcome-in-progress = Está en ello
impact-outcome-not-yet = Todavía no
impact-outcome-not-useful = No le sirvió

## «Estoy libre ahora»
free-now-left = Libre ahora · quedan { $minutes } min
free-now-end = Terminar
free-now-open = Estoy libre ahora
free-now-choices-label = Ofrecer horarios que empiecen dentro de 5 minutos, durante
free-now-minutes = { $minutes } min

## El aviso de zona horaria
zone-banner-label = Tu zona horaria
zone-banner-text = Las horas se muestran en la zona horaria de tu perfil, { $profile }. Este dispositivo está en { $device }.
zone-banner-use = Usar { $zone } en mi perfil
zone-banner-keep = Mantener { $zone }

## Se buscan mentores
mentors-wanted = Se buscan mentores:

impact-reliability = Asistió a { $showed } de { $reported } sesiones
