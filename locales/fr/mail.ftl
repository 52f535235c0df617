# Les e-mails de Quarterhour, en français (traduits de l’anglais, la langue source).
#
# Chaque message est un paragraphe ou une ligne ; la mise en page du mail (lignes vides, question
# citée, liens sur une ligne à part) est la même dans toutes les langues. Noms, titres, ordres du jour,
# motifs et liens sont ce que les gens ont écrit ou ce que le service a produit : ils ne sont jamais traduits.
# Les dates et les heures arrivent déjà écrites dans la langue et le fuseau horaire du lecteur.

## Dates. $weekday et $month sont les noms abrégés de la langue ; $day et $year, des nombres.

# « mar. 1 déc. 2026 »
date-with-year = { $weekday } { $day } { $month } { $year }
# « mar. 1 déc. »
date-short = { $weekday } { $day } { $month }
# « 3 déc. »
date-day-month = { $day } { $month }
# Un jour et une heure : « mar. 1 déc. à 14:00 »
date-and-time = { $date } à { $time }

## Code de connexion

sign-in-subject = Votre code de connexion à Quarterhour : { $code }
# L’objet conservé une fois le mail envoyé et son code effacé.
sign-in-subject-sent = Votre code de connexion à Quarterhour
sign-in-code = Votre code de connexion est { $code }.
sign-in-validity = Il n’est utilisable qu’une fois, pendant les 10 prochaines minutes. Si vous n’avez pas demandé à vous connecter à Quarterhour, ignorez cet e-mail : personne ne peut se connecter sans ce code.

## Rendez-vous : $other est le nom de l’autre personne

booking-subject-booked = Rendez-vous confirmé : 15 minutes avec { $other }
booking-subject-rescheduled = Rendez-vous déplacé : vos 15 minutes avec { $other }
booking-subject-cancelled = Rendez-vous annulé : vos 15 minutes avec { $other }
booking-subject-day-before = Demain : 15 minutes avec { $other }
booking-subject-soon = Dans 15 minutes : votre session avec { $other }
# Quand a lieu la session, pour le lecteur, avec l’heure locale de l’autre personne à côté :
# « mar. 1 déc. 2026, de 14:00 à 14:15 (votre heure locale, Europe/London) ; soit 19:45 pour A new user (Asia/Kathmandu) »
booking-when = { $date }, de { $start } à { $end } (votre heure locale, { $zone }) ; soit { $other-time } pour { $other } ({ $other-zone })
booking-cancelled = Cette session est annulée :
booking-moved = Nouvel horaire de cette session :
booking-follow-up = Suite de votre session du { $date }
booking-reason = Motif : { $reason }
booking-agenda = Ordre du jour :
booking-join = Rejoindre l’appel : { $link }
booking-calendar = Ajouter à votre agenda : { $link }
invite-summary = Quarterhour : 15 minutes avec { $other }
invite-alarm = Session Quarterhour dans 10 minutes

## Questions (demandes ouvertes) : $title est le titre de la question

offer-written-subject = { $mentor } a répondu par écrit à votre question
offer-written-intro = { $mentor } a répondu par écrit à votre question :
offer-slot-subject = { $mentor } vous propose un appel de 15 minutes
offer-slot-intro = { $mentor } vous propose un appel de 15 minutes pour votre question :
offer-read = Lisez-la et acceptez-la ici : { $link }
asked-directly-subject = Une question vous est adressée directement
asked-directly-intro = Quelqu’un vous pose cette question, à vous et à personne d’autre :
asked-directly-answer = Répondez par écrit ou proposez l’un de vos créneaux : { $link }
offer-accepted-subject = { $mentee } a accepté votre proposition
offer-accepted-intro = { $mentee } a accepté votre proposition concernant :
offer-accepted-continue = Poursuivre la conversation : { $link }
new-message-subject = Nouveau message de { $sender }
new-message-intro = { $sender } vous a écrit à propos de :
new-message-read = Lire et répondre : { $link }
expired-subject = Votre question a expiré : { $title }
expired-offers =
    { $offers ->
        [0] Elle n’a reçu aucune proposition. Vous pouvez la poser à nouveau, en citant peut-être d’autres compétences.
        [one] Elle a reçu une proposition ; vous pouvez toujours la consulter.
       *[other] Elle a reçu { $offers } propositions ; vous pouvez toujours les consulter.
    }
digest-subject =
    { $count ->
        [one] { $count } nouvelle question correspond à votre expertise
       *[other] { $count } nouvelles questions correspondent à votre expertise
    }
digest-intro = Voici de nouvelles questions, posées par d’autres, qui correspondent à vos connaissances :
digest-all = Toutes les demandes qui vous sont destinées : { $link }
digest-limit = Vous recevez au plus un e-mail de ce type par jour ; pour ne plus en recevoir, désactivez l’acceptation des demandes dans votre profil.
list-separator = {", "}
reason-separator = {" ; "}

## Après une session

check-in-subject = Votre session avec { $other } a-t-elle eu lieu ?
# $when : « mar. 1 déc. à 14:00 »
check-in-over = Votre session de 15 minutes avec { $other } du { $when } ({ $zone }) est terminée.
check-in-ask = La session a-t-elle eu lieu ? Un clic suffit pour nous le dire, et un second pour nous dire comment elle s’est passée :
check-in-window = Vous avez 48 heures pour répondre. Si un seul de vous deux répond, c’est sa réponse qui compte.
paused-subject = Vos créneaux sont suspendus
paused-why = Au cours des 30 derniers jours, deux de vos sessions n’ont pas eu lieu de votre fait (une annulation moins de 2 heures avant le début compte pour moitié). Pour que personne n’attende en vain, vos créneaux libres ne sont plus proposés et votre profil n’est plus suggéré lors des mises en relation.
paused-resume = Vos sessions déjà réservées sont maintenues. Quand vous le souhaitez, reprenez le mentorat depuis votre page de profil :
outcome-subject = L’avez-vous mis en pratique ?
outcome-helped = Il y a deux semaines, { $mentor } vous a apporté son aide pour « { $about } ».
outcome-ask = L’avez-vous mis en pratique ? Un clic suffit pour l’inscrire dans votre journal de progression, et c’est vous qui décidez si { $mentor } saura ce qu’il en est ressorti :
