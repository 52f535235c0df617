# schedule: the mentor's availability editor and calendars (feed, busy calendars, slot explainer).

## Availability editor

availability-title = Vos créneaux libres
availability-hint = Les plages hebdomadaires sont dans votre fuseau horaire et se répètent chaque semaine ; chacune donne des créneaux de 15 minutes.
weekday-mon = Lundi
weekday-tue = Mardi
weekday-wed = Mercredi
weekday-thu = Jeudi
weekday-fri = Vendredi
weekday-sat = Samedi
weekday-sun = Dimanche
enter-whole-number = Saisissez un nombre entier.
pick-date-time-first = Choisissez d’abord une date et une heure.
timezone-label = Fuseau horaire de ces plages
windows-legend = Plages hebdomadaires
window-day = Jour
window-from = de
window-to = à
window-remove-label = Supprimer la plage du { $day ->
    [mon] lundi
    [tue] mardi
    [wed] mercredi
    [thu] jeudi
    [fri] vendredi
    [sat] samedi
    [sun] dimanche
   *[other] { $day }
}
window-remove = Supprimer
window-add = Ajouter une plage
min-notice-label = Préavis minimum (minutes)
horizon-label = Réservable jusqu’à (jours à l’avance)
buffer-label = Pause entre les sessions (minutes)
max-per-day-label = Maximum par jour
max-per-day-placeholder = Sans limite
max-per-week-label = Maximum par semaine
availability-save = Enregistrer les disponibilités
availability-saved = Enregistré.
quick-legend = J’ai 15 minutes de libre le…
quick-label = Date et heure du créneau libre
quick-offer = Proposer ce créneau
one-off-count = { $count ->
    [one] { $count } créneau ponctuel proposé.
   *[other] { $count } créneaux ponctuels proposés.
}
preview-heading = Vos prochains créneaux libres
preview-not-mentor = Inscrivez-vous comme mentor (ci-dessus) pour avoir un aperçu de vos créneaux.
preview-none = { $days ->
    [one] Aucun dans les prochaines 24 heures.
   *[other] Aucun dans les { $days } prochains jours.
}

## Calendars

calendars-title = Calendriers
feed-heading = Vos sessions dans votre calendrier
feed-renewed = Nouvelle adresse créée ; l’ancienne ne fonctionne plus.
feed-turned-on = Flux activé.
feed-turned-off = Flux désactivé ; son adresse ne fonctionne plus.
feed-copied = Adresse copiée.
feed-intro = Abonnez-vous depuis Google Agenda, Outlook ou Calendrier d’Apple pour voir chaque session que vous réservez ou donnez, déplacements et annulations compris.
feed-turn-on = Activer le flux du calendrier
feed-url-label = Adresse de votre flux
feed-url-hint = Toute personne disposant de cette adresse peut voir vos sessions : gardez-la secrète. Créer une nouvelle adresse désactive aussitôt l’ancienne.
feed-copy = Copier
feed-new-address = Nouvelle adresse
feed-turn-off = Désactiver
calendar-status-pending = Lecture en cours…
calendar-status-ok = Lu
calendar-status-unreachable = Inaccessible
calendar-status-not-icalendar = Pas un fichier de calendrier
calendar-status-too-large = Plus de 1 Mo
calendar-status-too-slow = Délai de 5 secondes dépassé
calendar-status-too-complex = Trop d’événements ou de répétitions à lire
busy-heading = Vos indisponibilités depuis vos propres calendriers
busy-intro = Collez l’adresse iCalendar secrète de votre calendrier (dans Google Agenda : Paramètres, votre agenda, « Adresse secrète au format iCal »). Quarterhour la lit toutes les 15 minutes et ne propose aucun créneau qui chevauche un événement ; seuls vos horaires occupés sont conservés, jamais les titres ni les invités.
busy-saved-reading = Enregistré ; lecture de vos calendriers…
busy-saved-read = Enregistré et lu.
busy-list-label = Vos calendriers
busy-none = Aucun calendrier pour l’instant.
busy-times = { $count ->
    [one] { $count } période occupée prise en compte
   *[other] { $count } périodes occupées prises en compte
}
busy-times-read = { $count ->
    [one] { $count } période occupée prise en compte · dernière lecture : { $at }
   *[other] { $count } périodes occupées prises en compte · dernière lecture : { $at }
}
busy-urls-label = Adresses de calendrier, une par ligne ({ $max } au maximum)
busy-urls-hint = Enregistrer remplace les calendriers ci-dessus. Leurs adresses restent secrètes : indiquez donc toutes celles à lire ; enregistrez une liste vide pour arrêter.
busy-saving = Enregistrement…
busy-save = Enregistrer les calendriers
explain-heading = Pourquoi ce créneau n’est-il pas proposé ?
explain-label = Créneau commençant le
explain-submit = Expliquer
calendar-url-placeholder = https://calendar.example.com/private-…/basic.ics

explain-offered = Ce créneau est proposé : les mentorés peuvent le réserver.
explain-busy-calendar = Un événement de l’un de vos agendas (ou votre pause autour de lui) couvre ce moment.
explain-booked = Vous avez une session à ce moment-là, ou il tombe dans votre pause autour d’une session.
explain-outside-window = Il est hors de vos plages hebdomadaires et de vos créneaux ponctuels, déjà passé, ou au-delà de l’horizon jusqu’où vous proposez des créneaux.
explain-min-notice = Il est plus proche que le préavis minimum que vous demandez.
explain-daily-cap = Vous avez déjà ce jour-là autant de sessions que vous en acceptez.
explain-weekly-cap = Vous avez déjà cette semaine-là autant de sessions que vous en acceptez.
explain-blocked-date = Vous avez bloqué cette date.
explain-paused = Vos créneaux sont suspendus après des sessions manquées ; réactivez-les depuis votre profil.
