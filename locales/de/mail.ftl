# Die E-Mails von Quarterhour auf Deutsch (übersetzt aus dem Englischen, der Ausgangssprache).
#
# Jede Nachricht ist ein Absatz oder eine Zeile; das Layout der Mail (Leerzeilen, die zitierte Frage,
# Links in eigenen Zeilen) ist in allen Sprachen gleich. Namen, Titel, Agenden, Gründe und Links
# haben Menschen geschrieben oder der Dienst erzeugt: Sie werden nie übersetzt.
# Datum und Uhrzeit kommen bereits in der Sprache und Zeitzone der lesenden Person an.

## Datumsangaben. $weekday und $month sind die abgekürzten Namen der Sprache, $day und $year Zahlen.
## Nach $weekday und $month keinen Punkt anfügen: Die Abkürzungen kommen fertig geliefert.

# „Di, 1. Dez 2026“
date-with-year = { $weekday }, { $day }. { $month } { $year }
# „Di, 1. Dez“
date-short = { $weekday }, { $day }. { $month }
# „3. Dez“
date-day-month = { $day }. { $month }
# Ein Tag und eine Uhrzeit: „Di, 1. Dez, 14:00“
date-and-time = { $date }, { $time }

## Anmeldecode

sign-in-subject = Dein Anmeldecode für Quarterhour: { $code }
# Der Betreff, der bleibt, wenn die Mail verschickt und ihr Code gelöscht ist.
sign-in-subject-sent = Dein Anmeldecode für Quarterhour
sign-in-code = Dein Anmeldecode lautet { $code }.
sign-in-validity = Er gilt nur einmal und nur für die nächsten 10 Minuten. Wenn du dich nicht bei Quarterhour anmelden wolltest, ignoriere diese E-Mail einfach: Ohne den Code kann sich niemand anmelden.

## Buchungen: $other ist der Name der anderen Person

booking-subject-booked = Gebucht: 15 Minuten mit { $other }
booking-subject-rescheduled = Verschoben: deine 15 Minuten mit { $other }
booking-subject-cancelled = Abgesagt: deine 15 Minuten mit { $other }
booking-subject-day-before = Morgen: 15 Minuten mit { $other }
booking-subject-soon = In 15 Minuten: deine Session mit { $other }
# Wann die Session für die lesende Person ist, daneben die Ortszeit der anderen Person:
# „Di, 1. Dez 2026, 14:00–14:15 Uhr (deine Zeit, Europe/London); bei A new user ist es dann 19:45 Uhr (Asia/Kathmandu)“
booking-when = { $date }, { $start }–{ $end } Uhr (deine Zeit, { $zone }); bei { $other } ist es dann { $other-time } Uhr ({ $other-zone })
booking-cancelled = Diese Session wurde abgesagt:
booking-moved = Diese Session wurde verschoben auf:
booking-follow-up = Folgetermin zu deiner Session vom { $date }
booking-reason = Grund: { $reason }
booking-agenda = Agenda:
booking-join = Zum Videocall: { $link }
booking-calendar = In deinen Kalender eintragen: { $link }
invite-summary = Quarterhour: 15 Minuten mit { $other }
invite-alarm = Quarterhour-Session in 10 Minuten

## Fragen (offene Anfragen): $title ist der Titel der Frage

offer-written-subject = { $mentor } hat deine Frage schriftlich beantwortet
offer-written-intro = { $mentor } hat deine Frage schriftlich beantwortet:
offer-slot-subject = { $mentor } bietet dir ein 15-minütiges Gespräch an
offer-slot-intro = { $mentor } bietet dir zu deiner Frage ein 15-minütiges Gespräch an:
offer-read = Hier lesen und annehmen: { $link }
asked-directly-subject = Jemand hat dir direkt eine Frage gestellt
asked-directly-intro = Diese Frage geht an dich – und nur an dich:
asked-directly-answer = Antworte schriftlich oder biete einen deiner freien Termine an: { $link }
offer-accepted-subject = { $mentee } hat dein Angebot angenommen
offer-accepted-intro = { $mentee } hat dein Angebot zu dieser Frage angenommen:
offer-accepted-continue = Führe die Unterhaltung fort: { $link }
new-message-subject = Neue Nachricht von { $sender }
new-message-intro = { $sender } hat dir zu dieser Frage geschrieben:
new-message-read = Lesen und antworten: { $link }
expired-subject = Deine Frage ist abgelaufen: { $title }
expired-offers =
    { $offers ->
        [0] Dazu gab es keine Angebote. Du kannst die Frage noch einmal stellen und dabei vielleicht andere Fähigkeiten angeben.
        [one] Dazu gab es ein Angebot; du kannst es weiterhin lesen.
       *[other] Dazu gab es { $offers } Angebote; du kannst sie weiterhin lesen.
    }
digest-subject =
    { $count ->
        [one] Eine neue Frage passt zu deinem Fachwissen
       *[other] { $count } neue Fragen passen zu deinem Fachwissen
    }
digest-intro = Neue Fragen von anderen, die zu deinem Wissen passen:
digest-all = Alle Anfragen für dich: { $link }
digest-limit = Du bekommst höchstens eine solche E-Mail pro Tag; abbestellen kannst du sie, indem du in deinem Profil keine Anfragen mehr annimmst.
list-separator = {", "}
reason-separator = {"; "}

## Nach einer Session

check-in-subject = Hat deine Session mit { $other } stattgefunden?
# $when: „Di, 1. Dez, 14:00“
check-in-over = Deine 15 Minuten mit { $other } am { $when } ({ $zone }) sind vorbei.
check-in-ask = Hat die Session stattgefunden? Ein Klick genügt, und mit einem zweiten sagst du uns, wie es war:
check-in-window = Du kannst 48 Stunden lang antworten. Antwortet nur einer von euch beiden, gilt diese Antwort.
paused-subject = Deine freien Termine sind pausiert
paused-why = In den letzten 30 Tagen hast du zwei deiner Sessions versäumt (eine Absage weniger als 2 Stunden vor Beginn zählt halb). Damit niemand vergeblich wartet, bieten wir deine freien Termine nicht mehr an und schlagen dich beim Matching nicht mehr vor.
paused-resume = Bereits gebuchte Sessions bleiben bestehen. Wenn du so weit bist, kannst du das Mentoring auf deiner Profilseite wieder aufnehmen:
outcome-subject = Hast du es umgesetzt?
outcome-helped = Vor zwei Wochen hat dir { $mentor } bei „{ $about }“ geholfen.
outcome-ask = Hast du es umgesetzt? Ein Klick hält es in deinem Entwicklungsverlauf fest, und du entscheidest, ob { $mentor } erfährt, was daraus geworden ist:
