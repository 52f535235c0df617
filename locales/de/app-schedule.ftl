# schedule: the mentor's availability editor and calendars (feed, busy calendars, slot explainer).

## Availability editor

availability-title = Deine freien Termine
availability-hint = Wöchentliche Zeitfenster gelten in deiner eigenen Zeitzone und wiederholen sich jede Woche; jedes ergibt 15-Minuten-Termine.
weekday-mon = Montag
weekday-tue = Dienstag
weekday-wed = Mittwoch
weekday-thu = Donnerstag
weekday-fri = Freitag
weekday-sat = Samstag
weekday-sun = Sonntag
enter-whole-number = Gib eine ganze Zahl ein.
pick-date-time-first = Wähle zuerst Datum und Uhrzeit.
timezone-label = Zeitzone dieser Zeitfenster
windows-legend = Wöchentliche Zeitfenster
window-day = Tag
window-from = von
window-to = bis
window-remove-label = Zeitfenster am { $day ->
    [mon] Montag
    [tue] Dienstag
    [wed] Mittwoch
    [thu] Donnerstag
    [fri] Freitag
    [sat] Samstag
    [sun] Sonntag
   *[other] { $day }
} entfernen
window-remove = Entfernen
window-add = Zeitfenster hinzufügen
min-notice-label = Mindestvorlauf (Minuten)
horizon-label = Buchbar bis (Tage im Voraus)
buffer-label = Pause zwischen Sessions (Minuten)
max-per-day-label = Höchstens pro Tag
max-per-day-placeholder = Unbegrenzt
max-per-week-label = Höchstens pro Woche
availability-save = Verfügbarkeit speichern
availability-saved = Gespeichert.
quick-legend = Ich habe 15 Minuten frei am…
quick-label = Datum und Uhrzeit des freien Termins
quick-offer = Diesen Termin anbieten
one-off-count = { $count ->
    [one] { $count } einzelner Termin angeboten.
   *[other] { $count } einzelne Termine angeboten.
}
preview-heading = Deine nächsten freien Termine
preview-not-mentor = Trag dich (oben) als Mentor ein, um eine Vorschau deiner Termine zu sehen.
preview-none = { $days ->
    [one] Keine am nächsten Tag.
   *[other] Keine in den nächsten { $days } Tagen.
}

## Calendars

calendars-title = Kalender
feed-heading = Deine Sessions in deinem Kalender
feed-renewed = Neue Adresse erstellt; die alte funktioniert nicht mehr.
feed-turned-on = Feed aktiviert.
feed-turned-off = Feed deaktiviert; seine Adresse funktioniert nicht mehr.
feed-copied = Adresse kopiert.
feed-intro = Abonniere den Feed in Google Kalender, Outlook oder Apple Kalender, um jede Session zu sehen, die du buchst oder gibst – inklusive Verschiebungen und Absagen.
feed-turn-on = Kalender-Feed aktivieren
feed-url-label = Adresse deines Feeds
feed-url-hint = Wer diese Adresse kennt, sieht deine Sessions: Halte sie geheim. Eine neue Adresse macht die alte sofort ungültig.
feed-copy = Kopieren
feed-new-address = Neue Adresse
feed-turn-off = Deaktivieren
calendar-status-pending = Wird gelesen…
calendar-status-ok = Gelesen
calendar-status-unreachable = Nicht erreichbar
calendar-status-not-icalendar = Keine Kalenderdatei
calendar-status-too-large = Größer als 1 MB
calendar-status-too-slow = Hat länger als 5 Sekunden gedauert
calendar-status-too-complex = Zu viele Einträge oder Wiederholungen zum Lesen
busy-heading = Belegte Zeiten aus deinen eigenen Kalendern
busy-intro = Füge die geheime iCalendar-Adresse deines Kalenders ein (in Google Kalender: Einstellungen, dein Kalender, „Privatadresse im iCal-Format“). Quarterhour liest sie alle 15 Minuten und bietet keinen Termin an, der sich mit einem Eintrag überschneidet; gespeichert wird nur, wann du belegt bist, nie Titel oder Gäste.
busy-saved-reading = Gespeichert; deine Kalender werden gelesen…
busy-saved-read = Gespeichert und gelesen.
busy-list-label = Deine Kalender
busy-none = Noch keine Kalender.
busy-times = { $count ->
    [one] { $count } belegter Zeitraum berücksichtigt
   *[other] { $count } belegte Zeiträume berücksichtigt
}
busy-times-read = { $count ->
    [one] { $count } belegter Zeitraum berücksichtigt · zuletzt gelesen: { $at }
   *[other] { $count } belegte Zeiträume berücksichtigt · zuletzt gelesen: { $at }
}
busy-urls-label = Kalenderadressen, eine pro Zeile (höchstens { $max })
busy-urls-hint = Beim Speichern werden die Kalender oben ersetzt. Ihre Adressen bleiben geheim, also gib alle an, die gelesen werden sollen; speichere eine leere Liste, um das Auslesen zu beenden.
busy-saving = Wird gespeichert…
busy-save = Kalender speichern
explain-heading = Warum wird dieser Termin nicht angeboten?
explain-label = Termin mit Beginn am
explain-submit = Erklären
calendar-url-placeholder = https://calendar.example.com/private-…/basic.ics

explain-offered = Dieser Termin wird angeboten: Mentees können ihn buchen.
explain-busy-calendar = Ein Eintrag in einem deiner Kalender (oder deine Pause drumherum) belegt diese Zeit.
explain-booked = Du hast dann eine Session, oder die Zeit liegt in deiner Pause um eine herum.
explain-outside-window = Die Zeit liegt außerhalb deiner wöchentlichen Zeitfenster und einzelnen Termine, ist schon vorbei oder weiter entfernt, als du Termine im Voraus anbietest.
explain-min-notice = Die Zeit liegt näher als der Mindestvorlauf, den du verlangst.
explain-daily-cap = Du hast an diesem Tag schon so viele Sessions, wie du zulässt.
explain-weekly-cap = Du hast in dieser Woche schon so viele Sessions, wie du zulässt.
explain-blocked-date = Du hast dieses Datum gesperrt.
explain-paused = Deine Termine sind nach verpassten Sessions pausiert; du kannst sie in deinem Profil wieder freigeben.
