# finding: the mentor directory (/mentors) and "What do you want help with?" (/match).

## The directory

directory-heading = Annuaire des mentors
directory-lead = Des mentors de toutes les entreprises. Filtrez par compétence, langue et heures de travail en commun. Vous ne savez pas à qui vous adresser ? <a>Décrivez votre objectif</a> et recevez des suggestions.
directory-search-label = Rechercher des mentors
directory-search-placeholder = Rechercher par compétence, poste ou nom
directory-search-submit = Rechercher
directory-searching = Recherche en cours…
filters-show = Filtres
filters-show-active = Filtres ({ $count })
filters-hide = Masquer les filtres
filters-hide-active = Masquer les filtres ({ $count })

career-stage = { $stage ->
    [student] Études
    [early] Début de carrière
    [mid] Milieu de carrière
    [senior] Senior
    [lead] Responsable d’équipe
   *[executive] Direction
}

filter-stage = Étape de carrière
filter-stage-any = Toutes
filter-overlap = Heures de travail en commun avec moi
filter-overlap-any = Peu importe
filter-overlap-at-least = { $hours ->
    [one] Au moins { $hours } heure
   *[other] Au moins { $hours } heures
}
filter-sort = Trier par
sort-best-match = Pertinence
sort-newest = Les plus récents
sort-soonest = Disponibles au plus tôt
filter-free-now = Libre maintenant
filter-this-week = Disponible cette semaine
filter-outside = Uniquement des personnes hors de mon organisation

chip-search = « { $query } »
chip-organization = chez { $organization }
chip-not-organization = pas chez { $organization }
chip-language = parle { $language }
chip-overlap = Au moins { $hours } h de travail en commun
chip-free-now = Libre maintenant
chip-this-week = Disponible cette semaine
chips-label = Filtres actifs
chip-remove = Retirer le filtre : { $filter }

facets-label = Affiner
facets-skills = Compétences
facets-languages = Langues
facets-organizations = Organisations

results-count = { $count ->
    [one] { $count } mentor
   *[other] { $count } mentors
}
empty-heading = Aucun mentor ne correspond
empty-try-removing = Essayez de retirer « { $term } » ou cherchez une compétence plus large.
empty-fewer-filters = Essayez avec moins de filtres ou une recherche plus courte.
empty-nobody = Personne n’est encore inscrit. Devenez le premier mentor !
empty-clear-filters = Effacer tous les filtres
load-more = Afficher plus
load-more-loading = Chargement…

## A mentor's card

card-free-now = Libre maintenant
card-free-until = jusqu’à { $time }
card-expertise = Domaines d’expertise
card-next-free = Prochain créneau libre : { $time }
card-next-free-whom = , réserver avec { $name }
card-speaks = Parle { $languages }
card-local-time = Chez cette personne, il est { $time } ({ $zone })
impact-sessions = { $count ->
    [one] { $count } session réalisée
   *[other] { $count } sessions réalisées
}
impact-people = { $count ->
    [one] { $count } personne aidée
   *[other] { $count } personnes aidées
}
impact-answers = { $count ->
    [one] { $count } réponse acceptée
   *[other] { $count } réponses acceptées
}

## What do you want help with?

match-heading = Sur quoi voulez-vous de l’aide ?
match-lead = Dites-le avec vos mots, dans n’importe quelle langue. Nous vous suggérons des mentors de toutes les entreprises qui s’y connaissent, vous disons pourquoi et vous montrons quand ils sont libres.
match-goal-label = Votre objectif ou votre question
match-goal-hint = Par exemple : notre cluster k8s tue sans cesse des pods par manque de mémoire (OOM).
match-language-label = Le mentor parle
match-language-any = N’importe quelle langue
match-format-label = Type d’aide
match-format-either = Un appel ou une réponse écrite
match-format-call = Un appel de 15 minutes
match-format-written = Une réponse écrite
match-outside = D’abord les mentors hors de mon organisation
match-submit = Trouver des mentors
match-submitting = Recherche de mentors en cours…
understood-title = Ce que nous avons compris
understood-none = Aucune compétence précise. Ajoutez-en une ci-dessous, ou posez-la sous forme de question ouverte.
understood-remove = Retirer { $skill }
understood-related = Compétences proches : { $skills }
understood-add-label = Ajouter une compétence
understood-add = Ajouter
match-count = { $count ->
    [0] Aucun mentor ne correspond pour l’instant
    [one] { $count } mentor correspond
   *[other] { $count } mentors correspondent
}
match-ask-open = Pas tout à fait ? Posez-la sous forme de question ouverte
match-why = Pourquoi { $name }
match-ask-mentor = Poser une question à { $name }
match-no-slot = Aucun créneau libre prochainement.
match-slots-label = Prochains créneaux libres de { $name }
match-book-slot = Réserver { $time }

reason-knows = Connaît { $skill }
reason-knows-written = Connaît { $skill } (vous avez écrit { $written })
reason-knows-close = Connaît { $skill }, proche de { $close }
reason-knows-close-any = Connaît { $skill }, proche de votre demande
reason-stage-aimed = { $stage } : là où mène votre objectif
reason-stage-ahead = { $stage } : une ou deux étapes devant vous
reason-speaks = Parle { $language }
reason-hours-overlap =
    { $hours ->
        [one] 1 heure de travail en commun avec vous ({ $zone })
       *[other] { $hours } heures de travail en commun avec vous ({ $zone })
    }
reason-free-within-hour = Disponible dans l’heure
reason-free-within-days =
    { $days ->
        [one] Disponible d’ici un jour
       *[other] Disponible d’ici { $days } jours
    }
reason-answered =
    { $count ->
        [one] A répondu à 1 question ces 90 derniers jours
       *[other] A répondu à { $count } questions ces 90 derniers jours
    }
reason-outside-organization = Hors de votre organisation
