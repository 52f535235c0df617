fit-asked-directly = direkt an dich gerichtet
fit-matches = passt zu { $skills }
fit-close-to = verwandt mit: { $skills }
fit-both-speak = ihr sprecht beide { $languages }
fit-same-time-zone = gleiche Zeitzone
fit-hours-in-common =
    { $hours ->
        [one] 1 gemeinsame Arbeitsstunde
       *[other] { $hours } gemeinsame Arbeitsstunden
    }
fit-no-offers = noch keine Angebote
