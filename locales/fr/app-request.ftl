# request : la page d’une demande. Son auteur lit les propositions, en accepte une, la modifie et la
# clôt ; un mentor fait une proposition (une réponse écrite ou l’un de ses créneaux libres).
# « <a>…</a> » marque un lien. « <span>…</span> » marque des mots que seuls les lecteurs d’écran
# entendent : ils complètent les mots visibles qui les précèdent.

request-title = Question
request-sign-in-reason = Connectez-vous pour lire cette question. Une question n’est visible que par son auteur et par les mentors à qui elle s’adresse.
request-not-found-title = Question introuvable
request-not-found = Cette question n’existe pas, ou vous n’y avez pas accès : une question n’est visible que par son auteur et, tant qu’elle est ouverte, par les mentors à qui elle s’adresse.
request-see-open = Voir les questions ouvertes
request-loading = Chargement de la question…
request-back = Retour aux questions

## Les informations de la demande
facts-skills = Compétences
facts-skills-none = Aucune
facts-format = Aide souhaitée
facts-audience = Visible par
facts-asked = Posée le

## Qui demande. $name s’affiche en gras.
author-anonymous = Vous avez posé cette question anonymement.
author-anonymous-accepted = Le mentor dont vous avez accepté la proposition voit votre nom et votre organisation ; les autres mentors, non.
author-anonymous-hidden = Les mentors ne voient ni votre nom ni votre organisation tant que vous n’avez pas accepté leur proposition.
author-you = Posée par vous.
author-by = Posée par { $name }
author-by-headline = Posée par { $name }, { $headline }
author-by-anonymously = (question anonyme ; vous voyez qui l’a posée parce que cette personne a accepté votre proposition)
author-unknown = Mentoré anonyme.
author-unknown-detail = Cette personne a choisi de ne montrer ni son nom ni son organisation ; vous saurez qui elle est si elle accepte votre proposition.

## Un créneau
slot-mine = { $day } à { $time } (votre heure)
slot-both = { $day } à { $time } (votre heure) · { $theirs } pour { $name } ({ $zone })

## Ce qui vient de se passer
notice-accepted = Vous avez accepté la proposition de { $name }.
notice-open-conversation = Ouvrir la conversation
notice-booked = Réservé : { $slot }. Vous avez tous deux reçu un e-mail avec l’invitation.
notice-answer-sent = Votre réponse a été envoyée. Le mentoré reçoit un e-mail et peut accepter votre proposition.
notice-slot-offered = Votre créneau a été proposé. Le mentoré reçoit un e-mail et peut accepter votre proposition.
notice-edited = Modifications enregistrées. Les mentors voient désormais la nouvelle version de votre question.
notice-closed-resolved = Question close. Ravis que ce soit résolu ; merci de nous l’avoir signalé.
notice-closed = Question close. Elle ne reçoit plus de propositions ; vos conversations restent ouvertes.

## Une proposition
offer-yours = Votre proposition
offer-answer-title = Répondre à cette question
offer-not-taken = Cette question n’accepte plus de propositions.
offer-accepted = Acceptée
offer-waiting = En attente de l’acceptation du mentoré
offer-sent = Envoyée le { $when }
offer-proposed = Créneau proposé :
offer-open-conversation = Ouvrir la conversation
offer-open-conversation-with = Ouvrir la conversation<span> avec { $name }</span>
offer-accept = Accepter<span> la proposition de { $name }</span>
offer-growth = L’avez-vous mis en pratique ? Notez ce qui en est ressorti dans <a>votre journal de progression</a>.

## Le formulaire de proposition d’un mentor
form-kind-legend = Comment allez-vous aider ?
form-kind-written = Répondre par écrit
form-kind-call = Proposer un appel de 15 minutes
form-asked-written = Le mentoré souhaite une réponse écrite.
form-asked-call = Le mentoré souhaite un appel : proposez l’un de vos créneaux libres.
tips-title = Conseils pour une réponse utile
tips-question-first = Répondez d’abord à la question posée ; le contexte peut suivre.
tips-next-step = Donnez une prochaine étape que le mentoré peut franchir dès aujourd’hui.
tips-what-to-check = Dites ce que vous vérifieriez, pas seulement ce que vous feriez.
tips-call = Un doute ? Proposez plutôt un appel : 15 minutes valent souvent mieux qu’une longue réponse.
form-answer-label = Votre réponse
form-answer-hint = Markdown : **gras**, _italique_, listes, `code`, [liens](https://example.org). Si le mentoré accepte, votre conversation s’ouvre.
form-note-label = Note (facultative)
form-note-hint = Une ligne sur la façon dont vous utiliseriez ces 15 minutes.
form-sending = Envoi en cours…
form-send-answer = Envoyer la réponse
form-offer-slot = Proposer ce créneau
slots-loading = Chargement de vos créneaux libres…
slots-none = Vous n’avez aucun créneau libre dans les deux prochaines semaines. <a>Ajoutez des disponibilités à votre profil</a>, ou répondez par écrit si le mentoré l’accepte.
slots-label = Votre créneau libre
slots-choose = Choisissez un créneau
slots-option = { $time } ({ $theirs } pour { $name })
slots-hint = D’après vos disponibilités, dans votre fuseau horaire. Si le mentoré accepte, le créneau est réservé pour vous deux.

## Les actions de l’auteur
edit-open = Modifier la question
edit-until = Vous pouvez la modifier tant qu’aucun mentor n’a fait de proposition.
edit-title = Modifier votre question
edit-title-label = Titre
edit-details-label = Détails
edit-details-hint = Markdown : **gras**, _italique_, listes, `code`, [liens](https://example.org).
edit-skills-label = Compétences
edit-skills-hint = De { $min } à { $max } compétences, séparées par des virgules.
edit-format-legend = Quel type d’aide souhaitez-vous ?
edit-saving = Enregistrement…
edit-save = Enregistrer les modifications
edit-cancel = Annuler
offers-title = Propositions
offers-none-yet = Pas encore de proposition. Les mentors dont l’expertise correspond sont prévenus de votre question ; vous recevrez un e-mail dès que l’un d’eux répondra.
offers-none = Aucun mentor n’a fait de proposition.
close-title = Clore cette question
close-lead = Une fois close, elle ne reçoit plus de nouvelles propositions. Les conversations déjà commencées restent ouvertes.
close-legend = Avez-vous obtenu l’aide dont vous aviez besoin ?
close-yes = Oui, c’est résolu
close-no = Non, mais je n’en ai plus besoin
close-required = Indiquez si vous avez obtenu l’aide dont vous aviez besoin.
close-closing = Clôture de la question…
close-submit = Clore la question
