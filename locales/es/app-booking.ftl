# booking

## The mentor's profile page

profile-not-found-heading = Perfil no encontrado
profile-not-found-lead = Este perfil no existe o su titular no lo ha hecho visible para ti.
browse-directory = Explorar el directorio
profile-loading = Cargando el perfil…
profile-title = Perfil
profile-mentor = Mentor
profile-time-zone = Zona horaria: { $zone } · allí son las { $time }
profile-edit-own = Editar tu perfil
profile-ask = Hacerle una pregunta a { $name }
profile-about = Sobre mí
profile-no-bio = Todavía no hay biografía.
profile-expertise = Especialidades
profile-no-expertise = Todavía no hay especialidades indicadas.
profile-languages = Idiomas
career-stage = { $stage ->
    [student] Estudiante
    [early] Inicio de carrera
    [mid] Mitad de carrera
    [senior] Sénior
    [lead] Líder
   *[executive] Alta dirección
}

## The mentor's free slots, one day per tab

book-heading = Reserva 15 minutos con { $name }
slots-loading = Cargando los horarios libres…
slots-none = No hay horarios libres en las próximas dos semanas. Vuelve a intentarlo más tarde o haz una pregunta.
slots-mentor-time = Junto a cada uno verás la hora local del mentor.
slots-days = Días
slots-day-free = { $count ->
    [0] ninguno libre
    [one] { $count } libre
   *[other] { $count } libres
}
slots-none-this-day = No hay horarios libres este día.
slot-book-at = Reservar el { $day } a las
slot-for-them = ({ $time } en su zona horaria)

## The booking panel

your-time = Tu hora
their-time = Hora de { $name }
agenda-label = ¿Qué te gustaría sacar de estos 15 minutos?
agenda-hint-follow-up = Un seguimiento de tu última sesión, a partir de tus próximos pasos.
agenda-hint = Unas líneas ayudan al mentor a prepararse. Hasta 500 caracteres.
agenda-use-template = Usar la plantilla de agenda
agenda-template-context = Contexto:
agenda-template-tried = Lo que he probado:
agenda-template-want = Lo que quiero de estos 15 minutos:
follow-up-intro = Seguimiento de nuestra última sesión.
follow-up-steps = Mis próximos pasos eran:
follow-up-now = Dónde estoy ahora:
email-label = Tu dirección de correo electrónico
email-hint = Te enviaremos un código de seis dígitos para iniciar sesión, sin contraseña. Si es la primera vez, se creará tu cuenta.
code-label = Código de seis dígitos del correo
other-address = Usar otra dirección
newcomer-legend = ¡Te damos la bienvenida! Cuéntale a tu mentor quién eres
name-label = Tu nombre
zone-label = Tu zona horaria
same-day = Ya tienes una sesión con { $name } el { $day }. ¿Quieres reservar otra ese mismo día?
submit-wait = Un momento…
submit-send-code = Envíame un código
submit-sign-in-and-book = Iniciar sesión y reservar
submit-save-and-book = Guardar y reservar
submit-book-again = Sí, reservar una segunda sesión
submit-book = Reservar este horario
cancel = Cancelar

## The confirmation

booked-heading = Reservado: 15 minutos con { $name }
booked-agenda = Agenda:
booked-next = Qué pasa ahora
booked-next-invite = Te hemos enviado la invitación por correo, y también a { $name }.
booked-next-link = El enlace de la llamada se activa 10 minutos antes del inicio, en Mis sesiones.
booked-next-change = ¿Ha cambiado algo? Cambia de horario o cancela desde Mis sesiones.
booked-message = Escribir a { $name }
see-my-sessions = Ver mis sesiones
close = Cerrar
add-to-calendar-ics = Añadir al calendario (.ics)
google-calendar = Google Calendar

## Small pieces of profiles

org-badge-title = Dirección de correo verificada en { $domain }
org-badge = en { $name }
org-badge-verified = en { $name } · verificado
no-languages = Todavía no hay idiomas indicados.
language-choose = Elige un idioma…
languages-you-speak = Idiomas que hablas
language-remove = Quitar { $name }
language-add = Añadir un idioma
