# requests : la liste des questions ouvertes (/requests), en poser une (/requests/new) et les éléments
# communs aux pages des questions (états, formats, qui peut voir une question, le champ Markdown).

## États, formats et public d’une question
status-open = Ouverte, aucune proposition pour l’instant
status-has-offers = Ouverte, avec des propositions
status-accepted = Proposition acceptée
status-closed-resolved = Close, résolue
status-closed-unresolved = Close, non résolue
status-closed = Close
status-expired = Expirée
format-call = Un appel de 15 minutes
format-written = Une réponse écrite
format-either = Un appel ou une réponse écrite
# Qui peut voir une question : « own », dit à son auteur ; « other », dit à un mentor.
audience-everyone = Tous les mentors
audience-mine-own = Mentors de mon organisation
audience-mine-other = Mentors de l’organisation du mentoré
audience-outside-own = Mentors hors de mon organisation
audience-outside-other = Mentors hors de l’organisation du mentoré
offer-kind-written = Réponse écrite
offer-kind-slot = Appel de 15 minutes
offers-count = { $count ->
    [0] Aucune proposition
    [one] { $count } proposition
   *[other] { $count } propositions
}
# $when : une date et une heure, p. ex. « 9 déc. 2026, 17:00 CET ».
timing-open-until = Ouverte jusqu’au { $when }
timing-asked = Posée le { $when }
timing-closed-on = Close le { $when }
timing-closed = Close
timing-expired-on = Expirée le { $when }
# À qui une nouvelle question a été envoyée. $skills : des compétences, p. ex. « rust, go ou sql ».
reach-none = Aucun mentor n’indique encore ces compétences : ceux qui les ajouteront verront votre question.
reach-sent = { $count ->
    [one] Envoyée à { $count } mentor.
   *[other] Envoyée à { $count } mentors.
}
reach-sent-skills = { $count ->
    [one] Envoyée à { $count } mentor qui connaît { $skills }.
   *[other] Envoyée à { $count } mentors qui connaissent { $skills }.
}

## Le champ Markdown, avec les modes Écrire et Aperçu
markdown-mode = Texte ou aperçu
markdown-write = Écrire
markdown-preview = Aperçu
markdown-preview-empty = Rien à prévisualiser pour l’instant.
markdown-count = { $count ->
    [one] { $count } caractère sur { $max }
   *[other] { $count } caractères sur { $max }
}

## Poser une question (/requests/new), à tous les mentors concernés ou à un seul
ask-title = Poser une question
ask-sign-in-reason = Connectez-vous pour poser une question aux mentors. Cela ne prend qu’une minute, et sans mot de passe.
ask-mentor-not-found = Mentor introuvable
ask-mentor-not-found-text = Ce mentor n’existe pas, ou son profil ne vous est pas visible.
ask-everyone-instead = Poser plutôt la question à tous les mentors concernés
ask-heading-to = Poser une question à { $name }
ask-lead = Décrivez ce qui vous bloque. Les mentors qui connaissent le sujet répondent par écrit ou vous offrent 15 minutes de leur temps.
ask-lead-to = Votre question ne sera visible que par { $name }, qui y répondra par écrit ou vous offrira 15 minutes de son temps ; vous recevrez alors un e-mail.
ask-closed-to-questions = { $name } n’accepte pas de questions pour le moment. <a>Poser plutôt la question à tous les mentors concernés</a>
ask-add-name = Ajoutez d’abord votre nom à <a>votre profil</a>, pour que les mentors sachent qui ils aident.
ask-title-label = Titre
ask-title-placeholder = Comment relire une pull request de 4 000 lignes ?
ask-title-hint = Votre question en une ligne, { $max } caractères maximum.
ask-guide-summary = Une bonne question, en quatre parties
ask-guide-situation = La situation : où vous en êtes, en une ou deux phrases.
ask-guide-tried = Ce que vous avez essayé, et ce qui s’est passé.
ask-guide-help = Ce qui vous aiderait : une réponse, une piste, un deuxième avis.
ask-guide-constraints = Les contraintes : délais, outils imposés, ce que vous ne pouvez pas partager.
ask-guide-use-template = Utiliser ce modèle
# Les quatre intitulés du modèle, mis en gras dans le texte de la question.
ask-template-situation = Situation :
ask-template-tried = Ce que j’ai essayé :
ask-template-help = Ce qui m’aiderait :
ask-template-constraints = Contraintes :
ask-details-label = Détails
ask-details-hint = Quelle est la situation, qu’avez-vous essayé, qu’est-ce qui vous aiderait ? Markdown : **gras**, _italique_, listes, `code`, [liens](https://example.org).
ask-skills-label = Compétences
ask-skills-hint = De { $min } à { $max } compétences, séparées par des virgules. Les mentors qui les indiquent verront votre question.
ask-format-legend = Quel type d’aide souhaitez-vous ?
ask-audience-legend = Qui peut la voir ?
ask-audience-everyone-hint = Des mentors de toutes les organisations.
ask-audience-org-named = Uniquement les mentors de { $organization }
ask-audience-org = Uniquement les mentors de mon organisation
ask-audience-org-hint = Des collègues qui connaissent votre contexte.
ask-audience-org-unavailable = Indisponible : votre adresse e-mail est personnelle, vous n’appartenez donc à aucune organisation.
ask-audience-outside-hint = Pour les questions que vous ne poseriez pas au travail.
ask-anonymous-label = Poser la question anonymement
ask-anonymous-hint = Les mentors ne voient ni votre nom ni votre organisation tant que vous n’avez pas accepté une proposition. Le mentor dont vous acceptez la proposition sait qui vous êtes.
ask-anonymous-hint-to = { $name } ne voit ni votre nom ni votre organisation tant que vous n’avez pas accepté sa proposition.
ask-expiry-label = La laisser ouverte pendant
ask-expiry-days = { $count ->
    [one] { $count } jour
   *[other] { $count } jours
}
ask-expiry-hint = Ensuite, elle n’accepte plus de propositions ; vous pourrez toujours lire celles que vous avez reçues.
ask-sending = Envoi en cours…
ask-send = Envoyer la question
ask-post = Publier la question
ask-cancel = Annuler

## Questions ouvertes (/requests) : les vôtres et, pour les mentors, celles qui leur correspondent
requests-heading = Questions ouvertes
requests-lead = Des questions ponctuelles auxquelles les mentors répondent par écrit ou lors d’un court appel.
requests-visitor = Connectez-vous pour poser une question. Si vous êtes mentor, vous verrez aussi les questions qui correspondent à vos connaissances.
requests-ask = Poser une question
requests-answer-heading = Répondre aux questions
requests-become-mentor = Les mentors voient ici les questions qui correspondent à leur expertise. <a>Devenez mentor depuis votre profil</a> pour y répondre.
requests-mine-heading = Vos questions
requests-mine-loading = Chargement de vos questions…
requests-mine-empty = Vous n’avez encore rien demandé.
requests-for-you-heading = Questions pour vous
requests-for-you-lead = Les questions ouvertes qui vous sont accessibles, les plus pertinentes d’abord. Chacune indique pourquoi elle vous correspond.
requests-filter-skill = Compétence
requests-filter-any-skill = Toutes mes compétences
requests-filter-answer-by = Type de réponse
requests-filter-call-or-writing = Appel ou par écrit
requests-filter-writing = Par écrit
requests-feed-loading = Chargement des questions…
requests-feed-count = { $count ->
    [one] { $count } question
   *[other] { $count } questions
}
requests-feed-empty-filtered = Aucune question ouverte ne correspond à ces filtres. Essayez une autre compétence ou un autre format.
requests-feed-empty = Aucune question ouverte ne correspond à votre expertise pour le moment. Vous recevrez un e-mail dès qu’il y en aura une.
requests-you-offered = Vous avez fait une proposition
requests-your-offer-accepted = Votre proposition a été acceptée
# Suivi des raisons, p. ex. « matches rust · no offers yet ».
requests-why-fits = Pourquoi elle vous correspond :
# Lu seulement par les lecteurs d’écran, avant la liste des compétences.
requests-card-skills = Compétences :
requests-asked-by = Posée par { $name }
requests-asked-anonymously = Posée par un mentoré anonyme
# $time : p. ex. « 17:00 CET ».
requests-offered-call = Vous avez proposé un appel à { $time }.
requests-offer-now = Proposer un appel maintenant (vous êtes libre)
ask-skills-placeholder = rust, code review
