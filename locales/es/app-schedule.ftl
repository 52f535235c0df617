# schedule: the mentor's availability editor and calendars (feed, busy calendars, slot explainer).

## Availability editor

availability-title = Tus horarios libres
availability-hint = Las franjas semanales están en tu zona horaria y se repiten cada semana; cada una ofrece horarios de 15 minutos.
weekday-mon = Lunes
weekday-tue = Martes
weekday-wed = Miércoles
weekday-thu = Jueves
weekday-fri = Viernes
weekday-sat = Sábado
weekday-sun = Domingo
enter-whole-number = Escribe un número entero.
pick-date-time-first = Elige antes una fecha y una hora.
timezone-label = Zona horaria de estas franjas
windows-legend = Franjas semanales
window-day = Día
window-from = de
window-to = a
window-remove-label = Quitar la franja del { $day ->
    [mon] lunes
    [tue] martes
    [wed] miércoles
    [thu] jueves
    [fri] viernes
    [sat] sábado
    [sun] domingo
   *[other] { $day }
}
window-remove = Quitar
window-add = Añadir una franja
min-notice-label = Antelación mínima (minutos)
horizon-label = Antelación máxima de reserva (días)
buffer-label = Descanso entre sesiones (minutos)
max-per-day-label = Máximo por día
max-per-day-placeholder = Sin límite
max-per-week-label = Máximo por semana
availability-save = Guardar disponibilidad
availability-saved = Guardado.
quick-legend = Tengo 15 minutos libres el…
quick-label = Fecha y hora de los 15 minutos libres
quick-offer = Ofrecer este horario
one-off-count = { $count ->
    [one] { $count } horario puntual ofrecido.
   *[other] { $count } horarios puntuales ofrecidos.
}
preview-heading = Tus próximos horarios libres
preview-not-mentor = Apúntate como mentor (arriba) para ver la vista previa de tus horarios.
preview-none = { $days ->
    [one] Ninguno en el próximo día.
   *[other] Ninguno en los próximos { $days } días.
}

## Calendars

calendars-title = Calendarios
feed-heading = Tus sesiones en tu calendario
feed-renewed = Nueva dirección creada; la anterior ya no funciona.
feed-turned-on = Suscripción activada.
feed-turned-off = Suscripción desactivada; su dirección ya no funciona.
feed-copied = Dirección copiada.
feed-intro = Suscríbete desde Google Calendar, Outlook o Calendario de Apple para ver cada sesión que reservas o das, con cambios de horario y cancelaciones incluidos.
feed-turn-on = Activar la suscripción de calendario
feed-url-label = Tu dirección de suscripción
feed-url-hint = Cualquiera con esta dirección puede ver tus sesiones: mantenla en secreto. Al crear una nueva, la anterior deja de funcionar al instante.
feed-copy = Copiar
feed-new-address = Nueva dirección
feed-turn-off = Desactivar
calendar-status-pending = Leyendo…
calendar-status-ok = Leído
calendar-status-unreachable = No se pudo acceder
calendar-status-not-icalendar = No es un archivo de calendario
calendar-status-too-large = Ocupa más de 1 MB
calendar-status-too-slow = Tardó más de 5 segundos
calendar-status-too-complex = Demasiados eventos o repeticiones para leerlo
busy-heading = Horas ocupadas en tus propios calendarios
busy-intro = Pega la dirección secreta iCalendar de tu calendario (en Google Calendar: Configuración, tu calendario, «Dirección secreta en formato iCal»). Quarterhour la lee cada 15 minutos y no ofrece ningún horario que coincida con un evento; solo guarda cuándo estás ocupado, nunca títulos ni invitados.
busy-saved-reading = Guardado; leyendo tus calendarios…
busy-saved-read = Guardado y leído.
busy-list-label = Tus calendarios
busy-none = Todavía no hay calendarios.
busy-times = { $count ->
    [one] { $count } periodo ocupado tenido en cuenta
   *[other] { $count } periodos ocupados tenidos en cuenta
}
busy-times-read = { $count ->
    [one] { $count } periodo ocupado tenido en cuenta · última lectura: { $at }
   *[other] { $count } periodos ocupados tenidos en cuenta · última lectura: { $at }
}
busy-urls-label = Direcciones de calendario, una por línea (como máximo { $max })
busy-urls-hint = Al guardar se reemplazan los calendarios de arriba. Sus direcciones son secretas, así que incluye todas las que quieras que se lean; guarda una lista vacía para dejar de leerlos.
busy-saving = Guardando…
busy-save = Guardar calendarios
explain-heading = ¿Por qué no se ofrece este horario?
explain-label = Horario que empieza el
explain-submit = Explicar
calendar-url-placeholder = https://calendar.example.com/private-…/basic.ics

explain-offered = Este horario está ofrecido: los mentorados pueden reservarlo.
explain-busy-calendar = Un evento de uno de tus calendarios (o tu descanso alrededor de él) ocupa esta hora.
explain-booked = Tienes una sesión a esa hora, o cae dentro de tu descanso alrededor de una.
explain-outside-window = Está fuera de tus franjas semanales y de tus horarios sueltos, ya pasó o está más allá de la antelación con la que ofreces horarios.
explain-min-notice = Es antes de la antelación mínima que pides.
explain-daily-cap = Ya tienes ese día tantas sesiones como permites.
explain-weekly-cap = Ya tienes esa semana tantas sesiones como permites.
explain-blocked-date = Bloqueaste esa fecha.
explain-paused = Tus horarios están en pausa tras sesiones perdidas; reactívalos desde tu perfil.
