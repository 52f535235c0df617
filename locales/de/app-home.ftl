# home: die Startseite nach der Anmeldung, die Startseite für Besucher unter dem ersten
# Bildschirm, die Wirkung einer Mentorin oder eines Mentors, „Ich bin frei“, der Zeitzonen-Hinweis
# und „Mentoren gesucht“.

## Die Startseite nach der Anmeldung
home-title = Dein Quarterhour
home-welcome-back = Willkommen zurück, { $name }
home-free-now-title = Hast du gerade Zeit?
home-free-now-hint = Biete die nächsten 15, 30 oder 60 Minuten an: Mentees, die jetzt Hilfe brauchen, können sie buchen.
home-more = Halte in <a>deinem Entwicklungsverlauf</a> fest, was aus deinen Sessions geworden ist; die <a>Leitfäden</a> zeigen, wie du das Beste aus 15 Minuten machst.
home-loading-sessions = Deine Sessions werden geladen…
home-new-bookings-title = Neue Buchungen seit deinem letzten Besuch
home-new-booking = <strong>{ $name }</strong> hat deinen Termin am { $when } (deine Zeit) gebucht
home-no-new-bookings = Keine neuen Buchungen.
home-next-sessions-title = Nächste Sessions
home-nothing-booked = Nichts gebucht. <a>Mentor finden</a>
home-all-sessions = Alle deine Sessions
home-next-session = { $when } mit { $name }
home-join-call = Zum Gespräch
home-join-call-with = mit { $name }
home-call-opens = Der Link zum Gespräch wird 10 Minuten vor Beginn freigeschaltet.
home-wrap-up-title = Sessions zum Nachbereiten
home-wrap-up-with = Bereite deine Session mit { $name } nach
home-nothing-to-wrap-up = Nichts nachzubereiten.
home-unread-title = Ungelesene Nachrichten
home-loading-messages = Deine Nachrichten werden geladen…
home-unread-from = { $count ->
    [one] { $count } ungelesene Nachricht von { $name }
   *[other] { $count } ungelesene Nachrichten von { $name }
}
home-no-unread = Keine ungelesenen Nachrichten.
home-offers-title = Angebote zu deinen Fragen
home-loading-questions = Deine Fragen werden geladen…
home-offers-to-read = { $count ->
    [one] { $count } Angebot zu lesen
   *[other] { $count } Angebote zu lesen
}
home-no-offers = Keine offenen Angebote. <a>Stell eine Frage</a>
home-fits-title = Fragen, die zu dir passen
home-loading-fits = Fragen werden geladen…
home-no-fits = Gerade passt keine offene Frage zu deinem Fachwissen.
home-all-requests = Alle Fragen für dich

## Unter dem ersten Bildschirm für Besucher
proof-figures-label = Das Netzwerk in Zahlen
proof-figure-mentors = { $count ->
    [one] Mentor
   *[other] Mentoren
}
proof-figure-organizations = { $count ->
    [one] Organisation unterstützt
   *[other] Organisationen unterstützt
}
proof-figure-sessions = { $count ->
    [one] Session in 90 Tagen durchgeführt
   *[other] Sessions in 90 Tagen durchgeführt
}
proof-title = Einige unserer Mentoren
proof-see-every-mentor = Alle Mentoren ansehen
proof-impact-sessions = { $count ->
    [one] { $count } Session durchgeführt
   *[other] { $count } Sessions durchgeführt
}
proof-impact-people = { $count ->
    [one] { $count } Person unterstützt
   *[other] { $count } Personen unterstützt
}
proof-impact-answers = { $count ->
    [one] { $count } Antwort angenommen
   *[other] { $count } Antworten angenommen
}
paths-title = Drei Wege zum Einstieg
paths-book-title = Einen freien Termin buchen
paths-book-text = Finde Mentoren aus allen Unternehmen nach Fähigkeit, Sprache und Zeitzone und buche 15 Minuten mit einer Agenda. Ihr bekommt beide eine Einladung in eurer jeweiligen Ortszeit.
paths-book-link = Im Verzeichnis stöbern
paths-ask-title = Eine einzelne Frage stellen
paths-ask-text = Beschreib, wo du feststeckst. Mentoren, die sich mit dem Thema auskennen, antworten schriftlich oder bieten ein Gespräch an. Frag außerhalb deines Unternehmens oder anonym.
paths-ask-link = Offene Fragen ansehen
paths-give-title = 15 Minuten schenken
paths-give-text = Veröffentliche ein Profil, wähle, wer dich sehen kann, und biete die Termine an, die du erübrigen kannst. Obergrenzen pro Tag und Woche halten den Aufwand gering.
paths-give-link = Mentor werden

## Die Wirkung einer Mentorin oder eines Mentors
impact-title = Wirkung
impact-sessions-held = { $count ->
    [one] Session durchgeführt
   *[other] Sessions durchgeführt
}
impact-people-helped = { $count ->
    [one] Person unterstützt
   *[other] Personen unterstützt
}
impact-organizations-helped = { $count ->
    [one] andere Organisation unterstützt
   *[other] andere Organisationen unterstützt
}
impact-answers-accepted = { $count ->
    [one] Antwort angenommen
   *[other] Antworten angenommen
}
impact-outcomes-shared = { $count ->
    [one] Ergebnis von Mentees geteilt
   *[other] Ergebnisse von Mentees geteilt
}
impact-kudos = Lob
impact-kudos-tag = { $tag ->
    [clear] verständlich
    [practical] praxisnah
    [kind] freundlich
    [insightful] aufschlussreich
    [well_prepared] gut vorbereitet
    [good_listener] hört gut zu
    [followed_up] hat sich danach gemeldet
   *[other] { $tag }
}
impact-loading-shared = Was Mentees geteilt haben, wird geladen…
impact-shared-title = Was Mentees mit deiner Hilfe gemacht haben
impact-shared-none = Wenn Mentees dir erzählen, was aus einer Session oder einer Antwort geworden ist, erscheint es hier.
impact-outcome-done = Umgesetzt
impact-outcome-in-progress = In Arbeit
impact-outcome-not-yet = Noch nicht
impact-outcome-not-useful = Hat nicht gepasst

## „Ich bin frei“
free-now-left = Jetzt frei · noch { $minutes } Min.
free-now-end = Beenden
free-now-open = Ich bin jetzt frei
free-now-choices-label = Termine anbieten, beginnend in 5 Minuten, für
free-now-minutes = { $minutes } Min.

## Der Zeitzonen-Hinweis
zone-banner-label = Deine Zeitzone
zone-banner-text = Die Zeiten hier folgen der Zeitzone deines Profils, { $profile }. Dieses Gerät ist auf { $device } eingestellt.
zone-banner-use = { $zone } in meinem Profil verwenden
zone-banner-keep = { $zone } beibehalten

## Mentoren gesucht
mentors-wanted = Mentoren gesucht:

impact-reliability = Bei { $showed } von { $reported } Sessions erschienen
