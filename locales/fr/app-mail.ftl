# mail : les conversations (la liste et une conversation) et la boîte aux lettres de développement.

## La liste des conversations
messages-heading = Messages
messages-visitor = Connectez-vous pour lire vos conversations sur vos sessions et vos questions.
messages-loading = Chargement de vos conversations…
messages-none = Aucune conversation pour l’instant. Une conversation s’ouvre dès qu’un mentoré accepte la proposition d’un mentor en réponse à sa question.
messages-see-open-requests = Voir les questions ouvertes
messages-unread = { $count ->
    [one] { $count } non lu
   *[other] { $count } non lus
}
messages-with = Avec <strong>{ $name }</strong>
messages-last-activity = Dernière activité : { $when }
messages-about-your-question = Votre question
messages-about-their-question = Sa question, votre proposition
messages-your-session-on = Votre session du { $day }
messages-your-session = Votre session

## Une conversation
thread-title = Conversation
thread-visitor = Connectez-vous pour lire vos conversations.
thread-not-found-title = Conversation introuvable
thread-not-found = Cette conversation n’existe pas, ou vous n’y participez pas.
thread-see-messages = Voir vos messages
thread-loading = Chargement de la conversation…
thread-all-messages = Tous les messages
thread-with = Conversation avec <strong>{ $name }</strong>
thread-with-headline = Conversation avec <strong>{ $name }</strong>, { $headline }
thread-read-question = Lire la question
thread-booked-call = Votre appel réservé
thread-messages-title = Messages
thread-no-messages = Aucun message pour l’instant.
thread-you = Vous
thread-new = Nouveau
thread-new-hidden = message
thread-reply-title = Répondre
thread-reply-label = Votre réponse
thread-reply-hint = Markdown : **gras**, _italique_, listes, `code`, [liens](https://example.org). Votre interlocuteur reçoit un e-mail.
thread-sending = Envoi en cours…
thread-send = Envoyer
thread-sent = Envoyé.

## La boîte aux lettres de développement
mailbox-title = Boîte aux lettres de développement
mailbox-lead = Les e-mails que le serveur local a écrits au lieu de les envoyer, du plus récent au plus ancien.
mailbox-only-to = Uniquement les e-mails adressés à
mailbox-any-address = n’importe quelle adresse
mailbox-loading = Chargement…
mailbox-local-only = La boîte aux lettres n’existe qu’en développement local.
mailbox-none = Aucun e-mail pour l’instant.
mailbox-to = À { $to } · { $when }
