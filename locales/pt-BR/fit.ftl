fit-asked-directly = feita diretamente a você
fit-matches = combina com { $skills }
fit-close-to = próxima de: { $skills }
fit-both-speak = vocês dois falam { $languages }
fit-same-time-zone = mesmo fuso horário
fit-hours-in-common =
    { $hours ->
        [one] 1 hora de trabalho em comum
       *[other] { $hours } horas de trabalho em comum
    }
fit-no-offers = ainda sem ofertas
