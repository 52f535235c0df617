# booking

## The mentor's profile page

profile-not-found-heading = Profil introuvable
profile-not-found-lead = Ce profil n’existe pas, ou son titulaire ne vous l’a pas rendu visible.
browse-directory = Parcourir l’annuaire
profile-loading = Chargement du profil…
profile-title = Profil
profile-mentor = Mentor
profile-time-zone = Fuseau horaire : { $zone } · il y est actuellement { $time }
profile-edit-own = Modifier votre profil
profile-ask = Poser une question à { $name }
profile-about = À propos
profile-no-bio = Pas encore de présentation.
profile-expertise = Domaines d’expertise
profile-no-expertise = Aucun domaine d’expertise indiqué pour l’instant.
profile-languages = Langues
career-stage = { $stage ->
    [student] Études
    [early] Début de carrière
    [mid] Milieu de carrière
    [senior] Senior
    [lead] Responsable d’équipe
   *[executive] Direction
}

## The mentor's free slots, one day per tab

book-heading = Réserver 15 minutes avec { $name }
slots-loading = Chargement des créneaux libres…
slots-none = Aucun créneau libre dans les deux prochaines semaines. Réessayez plus tard, ou posez une question.
slots-mentor-time = L’heure locale du mentor est indiquée à côté de chaque créneau.
slots-days = Jours
slots-day-free = { $count ->
    [0] aucun libre
    [one] { $count } libre
   *[other] { $count } libres
}
slots-none-this-day = Aucun créneau libre ce jour-là.
slot-book-at = Réserver le { $day } à
slot-for-them = ({ $time } chez le mentor)

## The booking panel

your-time = Votre heure
their-time = Heure de { $name }
agenda-label = Qu’attendez-vous de ces 15 minutes ?
agenda-hint-follow-up = Pour faire suite à votre dernière session, en partant de vos prochaines étapes.
agenda-hint = Quelques lignes aident le mentor à se préparer. 500 caractères maximum.
agenda-use-template = Utiliser le modèle d’ordre du jour
agenda-template-context = Contexte :
agenda-template-tried = Ce que j’ai essayé :
agenda-template-want = Ce que j’attends de ces 15 minutes :
follow-up-intro = Suite de notre dernière session.
follow-up-steps = Mes prochaines étapes étaient :
follow-up-now = Où j’en suis :
email-label = Votre adresse e-mail
email-hint = Nous vous envoyons un code à six chiffres pour vous connecter ; pas de mot de passe. Votre première connexion crée votre compte.
code-label = Code à six chiffres reçu par e-mail
other-address = Utiliser une autre adresse
newcomer-legend = Bienvenue ! Dites à votre mentor qui vous êtes
name-label = Votre nom
zone-label = Votre fuseau horaire
same-day = Vous avez déjà une session avec { $name } le { $day }. En réserver une deuxième ce jour-là ?
submit-wait = Veuillez patienter…
submit-send-code = M’envoyer un code
submit-sign-in-and-book = Se connecter et réserver
submit-save-and-book = Enregistrer et réserver
submit-book-again = Oui, réserver une deuxième session
submit-book = Réserver ce créneau
cancel = Annuler

## The confirmation

booked-heading = Réservé : 15 minutes avec { $name }
booked-agenda = Ordre du jour :
booked-next = Et ensuite ?
booked-next-invite = Vous et { $name } avez reçu un e-mail avec l’invitation.
booked-next-link = Le lien de l’appel est actif dès 10 minutes avant le début, dans « Mes sessions ».
booked-next-change = Un changement ? Déplacez ou annulez la session depuis « Mes sessions ».
booked-message = Écrire à { $name }
see-my-sessions = Voir mes sessions
close = Fermer
add-to-calendar-ics = Ajouter au calendrier (.ics)
google-calendar = Google Agenda

## Small pieces of profiles

org-badge-title = Adresse e-mail vérifiée sur le domaine { $domain }
org-badge = chez { $name }
org-badge-verified = chez { $name } · vérifié
no-languages = Aucune langue indiquée pour l’instant.
language-choose = Choisir une langue…
languages-you-speak = Langues que vous parlez
language-remove = Retirer { $name }
language-add = Ajouter une langue
