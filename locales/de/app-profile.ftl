# profile: der Profil-Editor (/profile), Mentor oder Mentorin werden (/give) und die Kennzahlen einer Organisation.

## Der Profil-Editor

profile-heading = Dein Profil
profile-heading-new = Vervollständige dein Profil
profile-lead = Was andere sehen, wenn sie dich finden. Deine E-Mail-Adresse wird nie angezeigt.
profile-sign-in-reason = Melde dich an, um dein Profil anzulegen oder zu bearbeiten.
profile-see-public = Dein öffentliches Profil ansehen
profile-name = Name
profile-headline = Titel
profile-headline-placeholder = Staff Engineer, Zahlungsverkehr
profile-headline-hint = Eine Zeile, bis zu 120 Zeichen.
profile-bio = Über dich
profile-bio-hint = Markdown: **fett**, _kursiv_, [Links](https://example.org), Listen.
profile-expertise = Fachgebiete
profile-expertise-placeholder = Rust, Kubernetes, Quereinstieg
profile-expertise-hint = Bis zu 15 Fähigkeiten, durch Kommas getrennt.
profile-timezone = Zeitzone
profile-career-stage = Karrierestufe
profile-career-stage-none = Keine Angabe
career-stage-student = Studium
career-stage-early = Berufseinstieg
career-stage-mid = Karrieremitte
career-stage-senior = Senior
career-stage-lead = Teamleitung
career-stage-executive = Geschäftsleitung
profile-mentoring = Mentoring
profile-is-mentor = Ich bin Mentor: Zeig mich im Verzeichnis und lass andere Sessions bei mir buchen
profile-accepting-requests = Zeig mir offene Fragen, die zu meinen Fachgebieten passen
profile-weekly-capacity = Sessions pro Woche, höchstens
profile-weekly-capacity-invalid = Gib eine ganze Zahl von 0 bis 40 ein.
profile-meeting-link = Meeting-Link (optional)
profile-meeting-link-hint = Nur für Personen sichtbar, die dich buchen. Ohne Link bekommt jede Buchung einen eigenen Gesprächsraum.
profile-visibility = Wer dein Profil sehen kann
visibility-public = Alle
visibility-public-hint = Alle, ob angemeldet oder nicht, aus allen Unternehmen.
visibility-organization = Nur meine Organisation
visibility-organization-hint = Nur Personen mit einer bestätigten Adresse deiner Organisation.
visibility-hidden = Niemand
visibility-hidden-hint = Für alle außer dir verborgen.
profile-saving = Wird gespeichert…
profile-save = Profil speichern
saved = Gespeichert.

## Die Organisation, auf der Profilseite

organization-heading = Organisation
organization-personal = Deine Adresse ist privat, daher zeigt dein Profil keine Organisation.
organization-shown = Dein Profil zeigt { $organization }.
organization-insights = <a>Kennzahlen von { $organization }</a>: nur Gesamtzahlen, nie einzelne Personen.
organization-name = Name der Organisation
organization-name-hint = Als erstes Mitglied von { $domain } legst du fest, wie sie angezeigt wird.
organization-save-name = Namen speichern
insights-preference = Meine Aktivität in den Kennzahlen meiner Organisation mitzählen
insights-preference-hint = Standardmäßig aktiviert. Die Kennzahlen zeigen nur Gesamtzahlen von mindestens 5 Personen; schaltest du das aus, fließt du nicht mehr in die Zahlen deiner Organisation ein. Die Gesamtzahlen des Netzwerks zählen alle.

## Das Konto

account-heading = Deine Daten
account-download = Meine Daten herunterladen
account-delete = Mein Konto löschen
account-delete-confirm = Dein Konto mit allem, was darin ist, löschen? Das lässt sich nicht rückgängig machen.
account-delete-yes = Ja, alles löschen
account-keep = Konto behalten
resume-paused = Deine freien Termine sind pausiert: In den letzten 30 Tagen hast du zwei deiner Sessions versäumt (eine Absage weniger als 2 Stunden vor Beginn zählt halb). Bereits gebuchte Sessions bleiben bestehen.
resume-button = Mentoring fortsetzen

## Mentor oder Mentorin werden (/give), in drei Schritten

give-heading = Schenk 15 Minuten
give-sign-in-reason = Melde dich an, um Mentor zu werden: Wir schicken dir einen Code an deine E-Mail-Adresse, ganz ohne Passwort.
give-step-profile = Schritt 1 von 3: dein Mentorenprofil
give-step-windows = Schritt 2 von 3: wann du 15 Minuten hast
give-step-preview = Schritt 3 von 3: deine öffentliche Seite
give-profile-lead = Was Mentees sehen, wenn sie dich finden. Deine E-Mail-Adresse wird nie angezeigt.
give-expertise = Wobei du helfen kannst
give-next-windows = Weiter: deine freie Zeit
give-windows-lead = Die Stunden jeder Woche, in denen man 15 Minuten bei dir buchen kann, in deiner eigenen Zeitzone. Zum Start: werktags zur Mittagszeit, höchstens zwei Sessions am Tag, mindestens vier Stunden im Voraus gebucht. Du kannst alles später in deinem Profil ändern.
give-days = Tage
weekday-mon = Montag
weekday-tue = Dienstag
weekday-wed = Mittwoch
weekday-thu = Donnerstag
weekday-fri = Freitag
weekday-sat = Samstag
weekday-sun = Sonntag
give-from = Von
give-until = Bis
give-next-preview = Weiter: Vorschau meiner Seite
give-preview-lead = So sehen dich Mentees. Ab jetzt stehst du im Verzeichnis.
give-loading-page = Deine Seite wird geladen…
give-no-expertise = Noch keine Fachgebiete angegeben.
give-loading-slots = Deine Termine werden geladen…
give-free-slots = { $count ->
    [one] { $count } freier Termin diese Woche; der erste: { $first }.
   *[other] { $count } freie Termine diese Woche; der erste: { $first }.
}
give-no-free-slot = Diese Woche noch kein freier Termin: Füge in deinem Profil Zeitfenster hinzu oder lockere die Obergrenzen.
give-open-public = Meine öffentliche Seite öffnen
give-fine-tune = Profil und Zeiten feinjustieren

## Die Kennzahlen einer Organisation: nur Summen, nie eine einzelne Person

insights-heading = Kennzahlen: { $organization }
insights-lead = Nur Gesamtzahlen, nie einzelne Personen. Eine Zahl von weniger als 5 Personen erscheint als <em>weniger als 5</em>, und Anzahlen werden auf ein Vielfaches von 5 abgerundet. Die Zahlen werden alle paar Minuten aktualisiert.
insights-period = Zeitraum
insights-period-days = { $count ->
    [one] { $count } Tag
   *[other] { $count } Tage
}
insights-period-months = { $count ->
    [one] { $count } Monat
   *[other] { $count } Monate
}
insights-loading = Die Zahlen werden geladen…
insights-not-found = Diese Organisation gibt es nicht, oder du bist nicht als eines ihrer Mitglieder angemeldet. <a>Startseite</a>
insights-fewer-than-five = weniger als 5
insights-too-few-sessions = noch nicht genug Sessions
insights-hours = { $hours ->
    [one] { $hours } Stunde
   *[other] { $hours } Stunden
}
insights-participation = Beteiligung
insights-mentors = Mentoren
insights-active-mentees = Aktive Mentees
insights-sessions-held = Durchgeführte Sessions
insights-sessions-as-mentor = … mit Mitgliedern als Mentoren
insights-sessions-as-mentee = … mit Mitgliedern als Mentees
insights-questions-asked = Gestellte Fragen
insights-questions-answered = Beantwortete Fragen
insights-median-first-offer = Zeit bis zum ersten Angebot (Median)
insights-across = Unternehmensübergreifend
insights-sessions-given = Sessions für andere Organisationen
insights-answers-given = Antworten für andere Organisationen
insights-sessions-received = Sessions von anderen Organisationen
insights-answers-received = Antworten von anderen Organisationen
insights-organizations-helped = Unterstützte Organisationen
insights-organizations-helped-by = Organisationen, die geholfen haben
insights-quality = Qualität
insights-rated-helpful = Als hilfreich bewertete Sessions
insights-too-few-ratings = noch nicht genug Bewertungen
insights-percent = { $percent } %
insights-kudos = Lob: { $kudos ->
    [clear] Klarheit
    [practical] Praxisnähe
    [kind] Freundlichkeit
    [insightful] Scharfsinn
    [well_prepared] gute Vorbereitung
    [good_listener] gutes Zuhören
    [followed_up] Nachbetreuung
   *[other] { $name }
}
insights-skills = Fähigkeiten: gefragt und im Mentoring angeboten
insights-skills-none = Noch keine Fähigkeit wurde von mindestens 5 Mitgliedern gefragt oder im Mentoring angeboten.
insights-gaps = Gefragt, aber kein Mitglied bietet Mentoring an:
insights-skill-summary = { $skill }: { $asked } Fragen, { $mentors } Mentoren
insights-legend-asked = Fragen
insights-legend-mentors = Mentoren
insights-skill = Fähigkeit
insights-questions = Fragen
insights-trend = Verlauf
insights-trend-none = Noch kein Monat hat Sessions oder Antworten von mindestens 5 Mitgliedern, daher gibt es keinen Verlauf.
insights-trend-summary = Durchgeführte Sessions pro Monat. { $summary }
insights-month = Monat
meeting-link-placeholder = https://meet.example.org/dein-raum
