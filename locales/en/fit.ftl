# Why an open question fits a mentor: said in the mentor's feed in the app and in the daily
# digest mail. $skills and $languages are lists, joined in the reader's language.
fit-asked-directly = asked you directly
fit-matches = matches { $skills }
fit-close-to = close to it: { $skills }
fit-both-speak = both speak { $languages }
fit-same-time-zone = same time zone
fit-hours-in-common =
    { $hours ->
        [one] 1 working hour in common
       *[other] { $hours } working hours in common
    }
fit-no-offers = no offers yet
