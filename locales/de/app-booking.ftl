# booking

## The mentor's profile page

profile-not-found-heading = Profil nicht gefunden
profile-not-found-lead = Dieses Profil gibt es nicht, oder die Person hat es für dich nicht sichtbar gemacht.
browse-directory = Im Verzeichnis stöbern
profile-loading = Profil wird geladen…
profile-title = Profil
profile-mentor = Mentor
profile-time-zone = Zeitzone: { $zone } · dort ist es jetzt { $time }
profile-edit-own = Dein Profil bearbeiten
profile-ask = { $name } eine Frage stellen
profile-about = Über mich
profile-no-bio = Noch keine Beschreibung.
profile-expertise = Fachgebiete
profile-no-expertise = Noch keine Fachgebiete angegeben.
profile-languages = Sprachen
career-stage = { $stage ->
    [student] Studium
    [early] Berufseinstieg
    [mid] Karrieremitte
    [senior] Senior
    [lead] Teamleitung
   *[executive] Geschäftsleitung
}

## The mentor's free slots, one day per tab

book-heading = 15 Minuten mit { $name } buchen
slots-loading = Freie Termine werden geladen…
slots-none = In den nächsten zwei Wochen ist nichts frei. Versuch es später noch einmal oder stell eine Frage.
slots-mentor-time = Daneben steht jeweils die Ortszeit des Mentors.
slots-days = Tage
slots-day-free = { $count ->
    [0] nichts frei
    [one] { $count } frei
   *[other] { $count } frei
}
slots-none-this-day = An diesem Tag ist nichts frei.
slot-book-at = Buchen am { $day } um
slot-for-them = ({ $time } beim Mentor)

## The booking panel

your-time = Deine Zeit
their-time = Ortszeit von { $name }
agenda-label = Was möchtest du aus den 15 Minuten mitnehmen?
agenda-hint-follow-up = Ein Folgetermin zu deiner letzten Session, ausgehend von deinen nächsten Schritten.
agenda-hint = Ein paar Zeilen helfen dem Mentor bei der Vorbereitung. Bis zu 500 Zeichen.
agenda-use-template = Agenda-Vorlage verwenden
agenda-template-context = Kontext:
agenda-template-tried = Was ich versucht habe:
agenda-template-want = Was ich mir von diesen 15 Minuten wünsche:
follow-up-intro = Folgetermin zu unserer letzten Session.
follow-up-steps = Meine nächsten Schritte waren:
follow-up-now = Wo ich jetzt stehe:
email-label = Deine E-Mail-Adresse
email-hint = Wir schicken dir einen sechsstelligen Code zur Anmeldung, ganz ohne Passwort. Bei der ersten Anmeldung wird dein Konto angelegt.
code-label = Sechsstelliger Code aus der E-Mail
other-address = Andere Adresse verwenden
newcomer-legend = Willkommen! Erzähl deinem Mentor, wer du bist
name-label = Dein Name
zone-label = Deine Zeitzone
same-day = Du hast am { $day } schon eine Session mit { $name }. Trotzdem eine zweite an diesem Tag buchen?
submit-wait = Einen Moment…
submit-send-code = Schick mir einen Code
submit-sign-in-and-book = Anmelden und buchen
submit-save-and-book = Speichern und buchen
submit-book-again = Ja, eine zweite Session buchen
submit-book = Diesen Termin buchen
cancel = Abbrechen

## The confirmation

booked-heading = Gebucht: 15 Minuten mit { $name }
booked-agenda = Agenda:
booked-next = Wie es weitergeht
booked-next-invite = Du und { $name } habt beide eine E-Mail mit der Einladung bekommen.
booked-next-link = Der Link zum Gespräch funktioniert ab 10 Minuten vor Beginn, unter „Meine Sessions“.
booked-next-change = Etwas hat sich geändert? Unter „Meine Sessions“ kannst du verschieben oder absagen.
booked-message = Nachricht an { $name }
see-my-sessions = Meine Sessions ansehen
close = Schließen
add-to-calendar-ics = Zum Kalender hinzufügen (.ics)
google-calendar = Google Kalender

## Small pieces of profiles

org-badge-title = Bestätigte E-Mail-Adresse bei { $domain }
org-badge = bei { $name }
org-badge-verified = bei { $name } · bestätigt
no-languages = Noch keine Sprachen angegeben.
language-choose = Sprache wählen…
languages-you-speak = Sprachen, die du sprichst
language-remove = { $name } entfernen
language-add = Sprache hinzufügen
