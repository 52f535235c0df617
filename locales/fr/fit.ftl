fit-asked-directly = vous a été posée directement
fit-matches = correspond à { $skills }
fit-close-to = proche de : { $skills }
fit-both-speak = vous parlez tous deux { $languages }
fit-same-time-zone = même fuseau horaire
fit-hours-in-common =
    { $hours ->
        [one] 1 heure de travail en commun
       *[other] { $hours } heures de travail en commun
    }
fit-no-offers = pas encore de proposition
