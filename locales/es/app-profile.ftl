# profile: el editor del perfil (/profile), hacerse mentor (/give) y las estadísticas de una organización.

## El editor del perfil

profile-heading = Tu perfil
profile-heading-new = Completa tu perfil
profile-lead = Lo que ven los demás cuando te encuentran. Tu dirección de correo nunca se muestra.
profile-sign-in-reason = Inicia sesión para crear o editar tu perfil.
profile-see-public = Ver tu perfil público
profile-name = Nombre
profile-headline = Titular
profile-headline-placeholder = Ingeniera staff, pagos
profile-headline-hint = Una línea, de hasta 120 caracteres.
profile-bio = Sobre ti
profile-bio-hint = Markdown: **negrita**, _cursiva_, [enlaces](https://example.org), listas.
profile-expertise = Especialidades
profile-expertise-placeholder = Rust, Kubernetes, cambio de carrera
profile-expertise-hint = Hasta 15 habilidades, separadas por comas.
profile-timezone = Zona horaria
profile-career-stage = Etapa profesional
profile-career-stage-none = Sin indicar
career-stage-student = Estudiante
career-stage-early = Inicio de carrera
career-stage-mid = Mitad de carrera
career-stage-senior = Sénior
career-stage-lead = Líder
career-stage-executive = Alta dirección
profile-mentoring = Mentoría
profile-is-mentor = Soy mentor: inclúyeme en el directorio y deja que reserven sesiones conmigo
profile-accepting-requests = Muéstrame las preguntas abiertas que encajen con mis especialidades
profile-weekly-capacity = Sesiones por semana, como máximo
profile-weekly-capacity-invalid = Escribe un número entero del 0 al 40.
profile-meeting-link = Enlace de reunión (opcional)
profile-meeting-link-hint = Solo lo verán quienes reserven contigo. Si no pones ninguno, cada reserva tendrá su propia sala de llamada.
profile-visibility = Quién puede ver tu perfil
visibility-public = Todo el mundo
visibility-public-hint = Cualquiera, con la sesión iniciada o no, de todas las empresas.
visibility-organization = Solo mi organización
visibility-organization-hint = Solo las personas con una dirección verificada de tu organización.
visibility-hidden = Nadie
visibility-hidden-hint = Oculto para todos menos para ti.
profile-saving = Guardando…
profile-save = Guardar perfil
saved = Guardado.

## La organización, en la página del perfil

organization-heading = Organización
organization-personal = Tu dirección es personal, así que tu perfil no muestra ninguna organización.
organization-shown = Tu perfil muestra { $organization }.
organization-insights = <a>Estadísticas de { $organization }</a>: solo totales, nunca personas.
organization-name = Nombre de la organización
organization-name-hint = Como primer miembro de { $domain }, tú eliges cómo se muestra.
organization-save-name = Guardar nombre
insights-preference = Contar mi actividad en las estadísticas de mi organización
insights-preference-hint = Activado por defecto. Las estadísticas solo muestran totales de al menos 5 personas; si lo desactivas, quedas fuera de las cifras de tu organización. Los totales de la red cuentan a todo el mundo.

## La cuenta

account-heading = Tus datos
account-download = Descargar mis datos
account-delete = Eliminar mi cuenta
account-delete-confirm = ¿Eliminar tu cuenta y todo lo que contiene? No se puede deshacer.
account-delete-yes = Sí, eliminar todo
account-keep = Conservar mi cuenta
resume-paused = Tus horarios están en pausa: en los últimos 30 días faltaste a dos de tus sesiones (cancelar menos de 2 horas antes del inicio cuenta como media falta). Tus sesiones reservadas se mantienen.
resume-button = Reanudar las mentorías

## Hacerse mentor (/give), en tres pasos

give-heading = Ofrece 15 minutos
give-sign-in-reason = Inicia sesión para hacerte mentor: te enviamos un código a tu correo, sin contraseña.
give-step-profile = Paso 1 de 3: tu perfil de mentor
give-step-windows = Paso 2 de 3: cuándo tienes 15 minutos
give-step-preview = Paso 3 de 3: tu página pública
give-profile-lead = Lo que ven los mentorados cuando te encuentran. Tu dirección de correo nunca se muestra.
give-expertise = En qué puedes ayudar
give-next-windows = Siguiente: tu tiempo libre
give-windows-lead = Las horas de cada semana en las que se pueden reservar 15 minutos contigo, en tu propia zona horaria. Para empezar: días laborables a la hora de comer, como máximo dos sesiones al día, reservadas con al menos cuatro horas de antelación. Puedes cambiarlo todo más adelante en tu perfil.
give-days = Días
weekday-mon = Lunes
weekday-tue = Martes
weekday-wed = Miércoles
weekday-thu = Jueves
weekday-fri = Viernes
weekday-sat = Sábado
weekday-sun = Domingo
give-from = Desde
give-until = Hasta
give-next-preview = Siguiente: ver mi página
give-preview-lead = Así te ven los mentorados. A partir de ahora apareces en el directorio.
give-loading-page = Cargando tu página…
give-no-expertise = Todavía no hay especialidades indicadas.
give-loading-slots = Cargando tus horarios…
give-free-slots = { $count ->
    [one] { $count } horario libre esta semana; el primero: { $first }.
   *[other] { $count } horarios libres esta semana; el primero: { $first }.
}
give-no-free-slot = Todavía no hay horarios libres esta semana: añade franjas o reduce los límites en tu perfil.
give-open-public = Abrir mi página pública
give-fine-tune = Ajustar mi perfil y mis horarios

## Las estadísticas de una organización: solo totales, nunca personas

insights-heading = Estadísticas: { $organization }
insights-lead = Solo totales, nunca personas. Una cifra de menos de 5 personas aparece como <em>menos de 5</em>, y los recuentos se redondean a la baja a un múltiplo de 5. Las cifras se actualizan cada pocos minutos.
insights-period = Periodo
insights-period-days = { $count ->
    [one] { $count } día
   *[other] { $count } días
}
insights-period-months = { $count ->
    [one] { $count } mes
   *[other] { $count } meses
}
insights-loading = Cargando las cifras…
insights-not-found = Esta organización no existe o no has iniciado sesión como uno de sus miembros. <a>Inicio</a>
insights-fewer-than-five = menos de 5
insights-too-few-sessions = todavía no hay suficientes sesiones
insights-hours = { $hours ->
    [one] { $hours } hora
   *[other] { $hours } horas
}
insights-participation = Participación
insights-mentors = Mentores
insights-active-mentees = Mentorados activos
insights-sessions-held = Sesiones realizadas
insights-sessions-as-mentor = … con miembros como mentores
insights-sessions-as-mentee = … con miembros como mentorados
insights-questions-asked = Preguntas planteadas
insights-questions-answered = Preguntas respondidas
insights-median-first-offer = Tiempo mediano hasta la primera propuesta
insights-across = Entre empresas
insights-sessions-given = Sesiones dadas a otras organizaciones
insights-answers-given = Respuestas dadas a otras organizaciones
insights-sessions-received = Sesiones recibidas de otras organizaciones
insights-answers-received = Respuestas recibidas de otras organizaciones
insights-organizations-helped = Organizaciones ayudadas
insights-organizations-helped-by = Organizaciones que ayudaron
insights-quality = Calidad
insights-rated-helpful = Sesiones valoradas como útiles
insights-too-few-ratings = todavía no hay suficientes valoraciones
insights-percent = { $percent } %
insights-kudos = Reconocimientos: { $kudos ->
    [clear] claridad
    [practical] sentido práctico
    [kind] amabilidad
    [insightful] perspicacia
    [well_prepared] buena preparación
    [good_listener] saber escuchar
    [followed_up] seguimiento
   *[other] { $name }
}
insights-skills = Habilidades: preguntas y mentores
insights-skills-none = Todavía ninguna habilidad tiene preguntas o mentores de al menos 5 miembros.
insights-gaps = Con preguntas, sin ningún miembro como mentor:
insights-skill-summary = { $skill }: { $asked } preguntas, { $mentors } mentores
insights-legend-asked = preguntas
insights-legend-mentors = mentores
insights-skill = Habilidad
insights-questions = Preguntas
insights-trend = Tendencia
insights-trend-none = Todavía ningún mes tiene sesiones o respuestas de al menos 5 miembros, así que no hay tendencia que mostrar.
insights-trend-summary = Sesiones realizadas por mes. { $summary }
insights-month = Mes
meeting-link-placeholder = https://meet.example.org/tu-sala
