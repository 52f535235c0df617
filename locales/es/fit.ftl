fit-asked-directly = te la hicieron directamente a ti
fit-matches = coincide con { $skills }
fit-close-to = cercana a: { $skills }
fit-both-speak = idiomas en común: { $languages }
fit-same-time-zone = misma zona horaria
fit-hours-in-common =
    { $hours ->
        [one] 1 hora laboral en común
       *[other] { $hours } horas laborales en común
    }
fit-no-offers = aún sin propuestas
