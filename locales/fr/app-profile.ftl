# profile : l’éditeur du profil (/profile), devenir mentor (/give) et les statistiques d’une organisation.

## L’éditeur du profil

profile-heading = Votre profil
profile-heading-new = Complétez votre profil
profile-lead = Ce que voient les autres quand ils vous trouvent. Votre adresse e-mail n’est jamais affichée.
profile-sign-in-reason = Connectez-vous pour créer ou modifier votre profil.
profile-see-public = Voir votre profil public
profile-name = Nom
profile-headline = Titre
profile-headline-placeholder = Ingénieure staff, paiements
profile-headline-hint = Une ligne, 120 caractères au plus.
profile-bio = À propos de vous
profile-bio-hint = Markdown : **gras**, _italique_, [liens](https://example.org), listes.
profile-expertise = Domaines d’expertise
profile-expertise-placeholder = Rust, Kubernetes, reconversion
profile-expertise-hint = Jusqu’à 15 compétences, séparées par des virgules.
profile-timezone = Fuseau horaire
profile-career-stage = Étape de carrière
profile-career-stage-none = Non précisé
career-stage-student = Études
career-stage-early = Début de carrière
career-stage-mid = Milieu de carrière
career-stage-senior = Senior
career-stage-lead = Responsable d’équipe
career-stage-executive = Direction
profile-mentoring = Mentorat
profile-is-mentor = Je suis mentor : m’afficher dans l’annuaire et permettre de réserver des sessions avec moi
profile-accepting-requests = Me montrer les questions ouvertes qui correspondent à mon expertise
profile-weekly-capacity = Sessions par semaine, au maximum
profile-weekly-capacity-invalid = Saisissez un nombre entier de 0 à 40.
profile-meeting-link = Lien de réunion (facultatif)
profile-meeting-link-hint = Communiqué uniquement aux personnes qui réservent une session avec vous. Sans lien, chaque réservation dispose de sa propre salle d’appel.
profile-visibility = Qui peut voir votre profil
visibility-public = Tout le monde
visibility-public-hint = N’importe qui, connecté ou non, dans toutes les entreprises.
visibility-organization = Mon organisation uniquement
visibility-organization-hint = Uniquement les personnes ayant une adresse vérifiée dans votre organisation.
visibility-hidden = Personne
visibility-hidden-hint = Masqué pour tous sauf vous.
profile-saving = Enregistrement…
profile-save = Enregistrer le profil
saved = Enregistré.

## L’organisation, sur la page du profil

organization-heading = Organisation
organization-personal = Votre adresse est personnelle : votre profil n’affiche donc aucune organisation.
organization-shown = Votre profil affiche { $organization }.
organization-insights = <a>Statistiques de { $organization }</a> : des totaux uniquement, jamais une personne.
organization-name = Nom de l’organisation
organization-name-hint = En tant que premier membre de { $domain }, vous choisissez comment elle est affichée.
organization-save-name = Enregistrer le nom
insights-preference = Compter mon activité dans les statistiques de mon organisation
insights-preference-hint = Activé par défaut. Les statistiques ne montrent que des totaux portant sur au moins 5 personnes ; si vous désactivez cette option, votre activité n’est plus comptée dans les chiffres de votre organisation. Les totaux du réseau comptent tout le monde.

## Le compte

account-heading = Vos données
account-download = Télécharger mes données
account-delete = Supprimer mon compte
account-delete-confirm = Supprimer votre compte et tout ce qu’il contient ? Cette action est irréversible.
account-delete-yes = Oui, tout supprimer
account-keep = Garder mon compte
resume-paused = Vos créneaux sont suspendus : deux de vos sessions des 30 derniers jours ont été manquées de votre fait (une annulation moins de 2 heures avant le début compte pour moitié). Vos sessions réservées sont maintenues.
resume-button = Reprendre le mentorat

## Devenir mentor (/give), en trois étapes

give-heading = Offrez 15 minutes
give-sign-in-reason = Connectez-vous pour devenir mentor : nous envoyons un code à votre adresse e-mail, sans mot de passe.
give-step-profile = Étape 1 sur 3 : votre profil de mentor
give-step-windows = Étape 2 sur 3 : quand vous avez 15 minutes
give-step-preview = Étape 3 sur 3 : votre page publique
give-profile-lead = Ce que voient les mentorés quand ils vous trouvent. Votre adresse e-mail n’est jamais affichée.
give-expertise = Les sujets sur lesquels vous pouvez aider
give-next-windows = Suivant : vos disponibilités
give-windows-lead = Les heures de chaque semaine où l’on peut réserver 15 minutes avec vous, dans votre propre fuseau horaire. Pour commencer : en semaine à l’heure du déjeuner, au plus deux sessions par jour, réservées au moins quatre heures à l’avance. Vous pourrez tout modifier plus tard dans votre profil.
give-days = Jours
weekday-mon = Lundi
weekday-tue = Mardi
weekday-wed = Mercredi
weekday-thu = Jeudi
weekday-fri = Vendredi
weekday-sat = Samedi
weekday-sun = Dimanche
give-from = De
give-until = Jusqu’à
give-next-preview = Suivant : aperçu de ma page
give-preview-lead = Voici comment les mentorés vous voient. Vous figurez désormais dans l’annuaire.
give-loading-page = Chargement de votre page…
give-no-expertise = Aucun domaine d’expertise indiqué pour l’instant.
give-loading-slots = Chargement de vos créneaux…
give-free-slots = { $count ->
    [one] { $count } créneau libre cette semaine ; le premier : { $first }.
   *[other] { $count } créneaux libres cette semaine ; le premier : { $first }.
}
give-no-free-slot = Pas encore de créneau libre cette semaine : ajoutez des plages horaires ou assouplissez les limites dans votre profil.
give-open-public = Ouvrir ma page publique
give-fine-tune = Affiner mon profil et mes horaires

## Les statistiques d’une organisation : des totaux uniquement, jamais une personne

insights-heading = Statistiques : { $organization }
insights-lead = Des totaux uniquement, jamais une personne. Un chiffre issu de moins de 5 personnes apparaît sous la forme <em>moins de 5</em>, et les nombres sont arrondis au multiple de 5 inférieur. Les chiffres sont mis à jour toutes les quelques minutes.
insights-period = Période
insights-period-days = { $count ->
    [one] { $count } jour
   *[other] { $count } jours
}
insights-period-months = { $count ->
    [one] { $count } mois
   *[other] { $count } mois
}
insights-loading = Chargement des chiffres…
insights-not-found = Cette organisation n’existe pas, ou vous n’êtes pas connecté en tant que membre. <a>Accueil</a>
insights-fewer-than-five = moins de 5
insights-too-few-sessions = pas encore assez de sessions
insights-hours = { $hours ->
    [one] { $hours } heure
   *[other] { $hours } heures
}
insights-participation = Participation
insights-mentors = Mentors
insights-active-mentees = Mentorés actifs
insights-sessions-held = Sessions réalisées
insights-sessions-as-mentor = … avec des membres comme mentors
insights-sessions-as-mentee = … avec des membres comme mentorés
insights-questions-asked = Questions posées
insights-questions-answered = Questions ayant reçu une réponse
insights-median-first-offer = Délai médian avant une première proposition
insights-across = Entre entreprises
insights-sessions-given = Sessions données à d’autres organisations
insights-answers-given = Réponses données à d’autres organisations
insights-sessions-received = Sessions reçues d’autres organisations
insights-answers-received = Réponses reçues d’autres organisations
insights-organizations-helped = Organisations aidées
insights-organizations-helped-by = Organisations qui ont aidé
insights-quality = Qualité
insights-rated-helpful = Sessions jugées utiles
insights-too-few-ratings = pas encore assez d’évaluations
insights-percent = { $percent } %
insights-kudos = Compliments : { $kudos ->
    [clear] clarté
    [practical] sens pratique
    [kind] bienveillance
    [insightful] perspicacité
    [well_prepared] bonne préparation
    [good_listener] écoute
    [followed_up] suivi
   *[other] { $name }
}
insights-skills = Compétences : demandées et proposées en mentorat
insights-skills-none = Aucune compétence n’a encore été demandée ou proposée en mentorat par au moins 5 membres.
insights-gaps = Demandées, mais sans mentor parmi les membres :
insights-skill-summary = { $skill } : { $asked } questions, { $mentors } mentors
insights-legend-asked = questions
insights-legend-mentors = mentors
insights-skill = Compétence
insights-questions = Questions
insights-trend = Tendance
insights-trend-none = Aucun mois ne compte encore de sessions ou de réponses d’au moins 5 membres : il n’y a donc pas de tendance à tracer.
insights-trend-summary = Sessions réalisées par mois. { $summary }
insights-month = Mois
meeting-link-placeholder = https://meet.example.org/votre-salle
