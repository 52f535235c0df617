# sessions : Mes sessions, la clôture d’une session, le journal de progression et les guides.
# Dans un message, <a>…</a> marque un lien (ou, dans session-title, le nom de l’autre personne) et
# <b>…</b> du texte en gras ; gardez ces marques autour des mots concernés.

## Mes sessions (/sessions)

sessions-heading = Mes sessions
sessions-lead = Les sessions que vous avez réservées et celles que l’on a réservées avec vous. Votre <a>journal de progression</a> garde ce qu’elles vous ont apporté ; les <a>guides</a> expliquent comment tirer le meilleur de 15 minutes.
sessions-visitor = Connectez-vous pour voir les sessions que vous avez réservées et celles qu’on a réservées avec vous.
sessions-loading = Chargement de vos sessions…
sessions-upcoming = À venir
sessions-upcoming-none = Aucune réservation. <a>Trouver un mentor</a>.
sessions-past = Passées et annulées
sessions-past-none = Aucune pour l’instant.
session-title = { $role ->
    [mentor] Vous accompagnez <a>{ $name }</a>
   *[other] Avec <a>{ $name }</a>
}
session-cancelled = Annulée
session-when = <b>{ $when }</b> (votre heure) · { $time } pour { $name } ({ $zone })
session-follow-up-to = Suite de votre session du { $day }
session-cancel-reason = Motif : { $reason }
session-awaiting-wrap-up = À clôturer
session-wrap-up = Clôturer
session-message = Écrire à { $name }
session-join = Rejoindre l’appel
session-reschedule = Déplacer
session-cancel = Annuler
session-cancel-reason-label = Motif (facultatif, visible par l’autre personne)
session-cancel-submit = Annuler cette session
move-loading = Chargement des créneaux libres…
move-none = Aucun autre créneau libre dans les deux prochaines semaines.
move-to = Nouvel horaire
move-submit = Déplacer la session

## La clôture d’une session (/sessions/:id)

wrap-up-visitor = Connectez-vous pour clôturer votre session.
wrap-up-loading = Chargement de la session…
wrap-up-title = Clôture de la session
wrap-up-not-found = Cette session ne fait pas partie des vôtres. <a>Mes sessions</a>
wrap-up-heading = Votre session avec { $name }
wrap-up-when = { $when } (votre heure)
checklist-title = La check-list des 15 minutes
checklist-start = Minutes 0 à 2 : la question en une phrase, et ce qui a déjà été essayé.
checklist-middle = Minutes 2 à 12 : un problème à la fois ; le mentor pose des questions avant de conseiller.
checklist-end = Minutes 12 à 15 : le mentoré reformule ses prochaines étapes ; convenez d’une session de suivi, si besoin.
wrap-up-cancelled = Cette session a été annulée.
wrap-up-not-ended = Vous pourrez clôturer la session une fois qu’elle sera terminée.
attendance-title = La session a-t-elle eu lieu ?
report-held = Elle a eu lieu
report-mentee-missed = Mon mentoré n’est pas venu
report-mentor-missed = Mon mentor n’est pas venu
report-i-missed = Je n’ai pas pu venir
attendance-held = Vous confirmez tous les deux qu’elle a eu lieu.
attendance-missed = Enregistrée comme manquée.
attendance-disputed = Vos réponses diffèrent ; personne n’est pénalisé.
attendance-unreported = En attente d’une réponse (une réponse seule fait foi après 48 heures).
wrap-up-book-follow-up = Réserver une session de suivi
wrap-up-book-again = Réserver à nouveau
wrap-up-message = Écrire
wrap-up-all-sessions = Toutes mes sessions

## Avis (à la clôture d’une session et sur une réponse acceptée)

feedback-loading = Chargement de l’avis…
feedback-title = Comment s’est passée la session ?
feedback-rating-legend = Cela vous a-t-il aidé ? (personne ne le voit ; compté uniquement dans les totaux)
feedback-rating-helpful = Utile
feedback-rating-somewhat = Un peu
feedback-rating-not-helpful = Pas utile
feedback-kudos-legend = Compliments
feedback-kudos = { $tag ->
    [clear] Clair
    [practical] Concret
    [kind] Bienveillant
    [insightful] Éclairant
    [well_prepared] Bien préparé
    [good_listener] À l’écoute
   *[other] A assuré le suivi
}
feedback-note-label = Un mot pour l’autre personne
feedback-private-label = Ce que vous en retenez (privé, visible uniquement par vous)
feedback-steps-label = Prochaines étapes, une par ligne
feedback-save = Enregistrer
feedback-saved = { $days ->
    [one] Enregistré. Vous pouvez le modifier pendant { $days } jour.
   *[other] Enregistré. Vous pouvez le modifier pendant { $days } jours.
}
feedback-from-other = Ce que l’autre personne vous a dit

## Ce qu’il en est ressorti (le résultat du mentoré)

outcome-loading = Chargement…
outcome-title = Qu’en est-il ressorti ?
outcome-hint = Pour votre journal de progression. Vous pouvez le modifier à tout moment.
outcome-legend = L’avez-vous mis en pratique ?
outcome-done = Mis en pratique
outcome-in-progress = En cours
outcome-not-yet = Pas encore
outcome-not-useful = Pas adapté
outcome-note-label = Ce qui s’est passé (facultatif)
outcome-share = Dire à { $name } ce qu’il en est ressorti
outcome-save = Enregistrer
outcome-saved = Enregistré dans votre journal de progression.

## Le journal de progression (/growth)

growth-visitor = Connectez-vous pour voir votre journal de progression.
growth-heading = Votre journal de progression
growth-lead = Les sessions et réponses que vous avez données et reçues, vos propres notes et prochaines étapes, et ce qu’il en est ressorti. Cette page n’est visible que par vous ; les autres n’y figurent que par leur nom.
growth-download = Télécharger pour mon entretien d’évaluation
growth-download-hint = Un document Markdown à coller dans une évaluation annuelle ou un plan de développement.
growth-loading = Chargement de votre journal…
growth-summary = Résumé
growth-sessions-given = { $count ->
    [one] session donnée
   *[other] sessions données
}
growth-answers-given = { $count ->
    [one] réponse donnée
   *[other] réponses données
}
growth-sessions-received = { $count ->
    [one] session reçue
   *[other] sessions reçues
}
growth-answers-received = { $count ->
    [one] réponse reçue
   *[other] réponses reçues
}
growth-outcomes-done = { $count ->
    [one] conseil mis en pratique
   *[other] conseils mis en pratique
}
growth-kudos-received = Compliments reçus
growth-skills = Compétences abordées
growth-tally = { $name } × { $count }
growth-kudos-tag = { $tag ->
    [clear] clair
    [practical] concret
    [kind] bienveillant
    [insightful] éclairant
    [well_prepared] bien préparé
    [good_listener] à l’écoute
    [followed_up] a assuré le suivi
   *[other] { $tag }
}
growth-empty = Rien pour l’instant : les sessions apparaissent une fois qu’elles ont eu lieu, les réponses une fois acceptées. <a>Trouver un mentor</a>
growth-entry-title = { $what ->
    [session-given] Session donnée : { $title }
    [session-had] Session suivie : { $title }
    [question-answered] Question à laquelle j’ai répondu : { $title }
   *[answer-received] Réponse reçue : { $title }
}
growth-entry-for = { $day }, pour { $name }
growth-entry-from = { $day }, de { $name }
growth-skills-label = Compétences
growth-outcome = <b>Résultat : </b>{ $outcome }
growth-outcome-with-note = <b>Résultat : </b>{ $outcome } : { $note }
growth-kudos = <b>Compliments : </b>{ $kudos }
growth-next-steps = Prochaines étapes
growth-my-notes = Mes notes
growth-wrote = { $name } a écrit
growth-outcome-change = Modifier ce qu’il en est ressorti
growth-outcome-say = Dire ce qu’il en est ressorti

## Guides (/guides)

guides-heading = Guides
guides-lead = Quinze minutes suffisent quand les deux parties arrivent préparées. Voici comment.
guides-mentees = Pour les mentorés
guides-before = Avant
guides-before-one-question = Choisissez une seule question. Deux questions en quinze minutes, c’est une demi-réponse pour chacune.
guides-before-agenda = Rédigez l’ordre du jour en trois lignes : le contexte, ce que vous avez essayé, ce que vous attendez de l’appel.
guides-before-share = Partagez vos liens ou brouillons dans les messages de la session la veille, pour que le mentor puisse y jeter un œil.
guides-during = Pendant
guides-during-start = Minutes 0 à 2 : votre question en une phrase, et ce que vous avez essayé.
guides-during-middle = Minutes 2 à 12 : un problème à la fois ; prenez des notes.
guides-during-end = Minutes 12 à 15 : reformulez vos prochaines étapes, pour que chacun sache ce qui se passe ensuite.
guides-after = Après
guides-after-wrap-up = Clôturez la session : dites si elle a eu lieu, et adressez des compliments pour ce qui vous a aidé.
guides-after-next-steps = Notez vos prochaines étapes ; une session de suivi partira de là.
guides-after-outcome = Deux semaines plus tard, dites ce qu’il en est ressorti. Votre <a>journal de progression</a> le garde pour votre prochain entretien d’évaluation.
guides-asking = Poser plutôt une question
guides-asking-text = Décrivez la situation, ce que vous avez essayé, ce qui vous aiderait et vos contraintes. Un mentor peut y répondre en quelques minutes. <a>Poser une question</a>
guides-mentors = Pour les mentors
guides-mentors-slots = Ne proposez que des créneaux que vous honorerez : deux sessions manquées en 30 jours suspendent vos créneaux jusqu’à ce que vous les réactiviez depuis votre profil.
guides-mentors-agenda = Lisez l’ordre du jour avant l’appel, et posez des questions avant de conseiller.
guides-mentors-next-step = Terminez par une prochaine étape que le mentoré peut franchir aujourd’hui.
guides-mentors-writing = Pour répondre par écrit : répondez d’abord à la question posée, puis ajoutez le contexte. Un doute ? Proposez un appel.
guides-mentors-kudos = Les compliments des mentorés et les résultats qu’ils choisissent de partager apparaissent sur <a>votre profil</a>.

growth-md-title = Journal de progression : { $name }
growth-md-made = Depuis Quarterhour, le { $date }. Les jours sont dans le fuseau { $zone }.
growth-md-kudos-received = Compliments reçus : { $list }
growth-md-skills-involved = Compétences abordées : { $list }
growth-md-empty = Rien pour l’instant : les sessions apparaissent une fois qu’elles ont eu lieu, les réponses une fois acceptées.
growth-md-skills = Compétences : { $list }
