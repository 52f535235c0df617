# home : l’accueil des personnes connectées, l’accueil des visiteurs sous le premier écran,
# l’impact d’un mentor, « Je suis libre », le bandeau de fuseau horaire et « Mentors recherchés ».

## L’accueil des personnes connectées
home-title = Votre Quarterhour
home-welcome-back = Content de vous revoir, { $name }
home-free-now-title = Disponible maintenant ?
home-free-now-hint = Proposez les 15, 30 ou 60 prochaines minutes : les mentorés qui ont besoin d’aide maintenant pourront les réserver.
home-more = Gardez une trace de ce que vos sessions vous ont apporté dans <a>votre journal de progression</a> ; les <a>guides</a> expliquent comment tirer le meilleur de 15 minutes.
home-loading-sessions = Chargement de vos sessions…
home-new-bookings-title = Nouvelles réservations depuis votre dernière visite
home-new-booking = <strong>{ $name }</strong> a réservé votre créneau du { $when } (votre heure)
home-no-new-bookings = Aucune nouvelle réservation.
home-next-sessions-title = Prochaines sessions
home-nothing-booked = Aucune réservation. <a>Trouver un mentor</a>
home-all-sessions = Toutes vos sessions
home-next-session = { $when } avec { $name }
home-join-call = Rejoindre l’appel
home-join-call-with = avec { $name }
home-call-opens = Le lien de l’appel est actif 10 minutes avant le début.
home-wrap-up-title = Sessions à clôturer
home-wrap-up-with = Clôturez votre session avec { $name }
home-nothing-to-wrap-up = Rien à clôturer.
home-unread-title = Messages non lus
home-loading-messages = Chargement de vos messages…
home-unread-from = { $count ->
    [one] { $count } message non lu de { $name }
   *[other] { $count } messages non lus de { $name }
}
home-no-unread = Aucun message non lu.
home-offers-title = Propositions reçues pour vos questions
home-loading-questions = Chargement de vos questions…
home-offers-to-read = { $count ->
    [one] { $count } proposition à lire
   *[other] { $count } propositions à lire
}
home-no-offers = Aucune proposition en attente. <a>Poser une question</a>
home-fits-title = Questions qui vous correspondent
home-loading-fits = Chargement des questions…
home-no-fits = Aucune question ouverte ne correspond à votre expertise pour le moment.
home-all-requests = Toutes les questions pour vous

## Sous le premier écran des visiteurs
proof-figures-label = Le réseau en chiffres
proof-figure-mentors = { $count ->
    [one] mentor
   *[other] mentors
}
proof-figure-organizations = { $count ->
    [one] organisation aidée
   *[other] organisations aidées
}
proof-figure-sessions = { $count ->
    [one] session réalisée en 90 jours
   *[other] sessions réalisées en 90 jours
}
proof-title = Quelques mentors
proof-see-every-mentor = Voir tous les mentors
proof-impact-sessions = { $count ->
    [one] { $count } session réalisée
   *[other] { $count } sessions réalisées
}
proof-impact-people = { $count ->
    [one] { $count } personne aidée
   *[other] { $count } personnes aidées
}
proof-impact-answers = { $count ->
    [one] { $count } réponse acceptée
   *[other] { $count } réponses acceptées
}
paths-title = Trois façons de commencer
paths-book-title = Réserver un créneau libre
paths-book-text = Parcourez les mentors de toutes les entreprises par compétence, langue et fuseau horaire, et réservez 15 minutes avec un ordre du jour. Vous recevez tous les deux une invitation, chacun dans son fuseau horaire.
paths-book-link = Parcourir l’annuaire
paths-ask-title = Poser une question ponctuelle
paths-ask-text = Décrivez ce qui vous bloque. Les mentors qui connaissent le sujet répondent par écrit ou proposent un appel. Posez votre question hors de votre entreprise, ou anonymement.
paths-ask-link = Voir les questions ouvertes
paths-give-title = Offrir 15 minutes
paths-give-text = Publiez un profil, choisissez qui peut vous voir et proposez les créneaux dont vous disposez. Des plafonds par jour et par semaine pour que cela reste léger.
paths-give-link = Devenir mentor

## L’impact d’un mentor
impact-title = Impact
impact-sessions-held = { $count ->
    [one] session réalisée
   *[other] sessions réalisées
}
impact-people-helped = { $count ->
    [one] personne aidée
   *[other] personnes aidées
}
impact-organizations-helped = { $count ->
    [one] autre organisation aidée
   *[other] autres organisations aidées
}
impact-answers-accepted = { $count ->
    [one] réponse acceptée
   *[other] réponses acceptées
}
impact-outcomes-shared = { $count ->
    [one] résultat partagé par des mentorés
   *[other] résultats partagés par des mentorés
}
impact-kudos = Compliments
impact-kudos-tag = { $tag ->
    [clear] clair
    [practical] concret
    [kind] bienveillant
    [insightful] éclairant
    [well_prepared] bien préparé
    [good_listener] à l’écoute
    [followed_up] a assuré le suivi
   *[other] { $tag }
}
impact-loading-shared = Chargement de ce que les mentorés ont partagé…
impact-shared-title = Ce que les mentorés ont fait de votre aide
impact-shared-none = Quand des mentorés choisissent de vous dire ce qu’une session ou une réponse leur a apporté, cela s’affiche ici.
impact-outcome-done = Mis en pratique
impact-outcome-in-progress = En cours
impact-outcome-not-yet = Pas encore
impact-outcome-not-useful = Pas adapté

## « Je suis libre »
free-now-left = Libre maintenant · encore { $minutes } min
free-now-end = Terminer
free-now-open = Je suis libre maintenant
free-now-choices-label = Proposer des créneaux qui commencent dans 5 minutes, pendant
free-now-minutes = { $minutes } min

## Le bandeau de fuseau horaire
zone-banner-label = Votre fuseau horaire
zone-banner-text = Les heures affichées suivent le fuseau horaire de votre profil, { $profile }. Cet appareil est réglé sur { $device }.
zone-banner-use = Utiliser { $zone } dans mon profil
zone-banner-keep = Garder { $zone }

## Mentors recherchés
mentors-wanted = Mentors recherchés :

impact-reliability = Présence à { $showed } sessions sur { $reported }
