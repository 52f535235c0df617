# request: die Seite einer Anfrage. Wer sie gestellt hat, liest die Angebote, nimmt eines an,
# bearbeitet und schließt sie; ein Mentor macht ein Angebot (eine schriftliche Antwort oder einen
# seiner freien Termine).
# „<a>…</a>“ markiert einen Link. „<span>…</span>“ markiert Wörter, die nur Screenreader vorlesen:
# Sie ergänzen die sichtbaren Wörter davor.

request-title = Frage
request-sign-in-reason = Melde dich an, um diese Frage zu lesen. Fragen sehen nur die Person, die sie gestellt hat, und die Mentoren, an die sie sich richten.
request-not-found-title = Frage nicht gefunden
request-not-found = Diese Frage gibt es nicht, oder du darfst sie nicht sehen: Fragen sehen nur die Person, die sie gestellt hat, und – solange sie offen sind – die Mentoren, an die sie sich richten.
request-see-open = Offene Fragen ansehen
request-loading = Frage wird geladen…
request-back = Zurück zu den Fragen

## Angaben zur Anfrage
facts-skills = Fähigkeiten
facts-skills-none = Keine
facts-format = Gewünschte Hilfe
facts-audience = Sichtbar für
facts-asked = Gestellt am

## Wer fragt. $name erscheint fett.
author-anonymous = Du hast anonym gefragt.
author-anonymous-accepted = Der Mentor, dessen Angebot du angenommen hast, sieht deinen Namen und deine Organisation; andere Mentoren nicht.
author-anonymous-hidden = Mentoren sehen weder deinen Namen noch deine Organisation, bis du ihr Angebot annimmst.
author-you = Von dir gestellt.
author-by = Gestellt von { $name }
author-by-headline = Gestellt von { $name }, { $headline }
author-by-anonymously = (anonym gestellt; du siehst, wer es ist, weil dein Angebot angenommen wurde)
author-unknown = Anonymer Mentee.
author-unknown-detail = Der Mentee möchte Namen und Organisation nicht zeigen; du erfährst, wer es ist, wenn dein Angebot angenommen wird.

## Ein Termin
slot-mine = { $day }, { $time } (deine Zeit)
slot-both = { $day }, { $time } (deine Zeit) · { $theirs } bei { $name } ({ $zone })

## Was gerade passiert ist
notice-accepted = Du hast das Angebot von { $name } angenommen.
notice-open-conversation = Zur Unterhaltung
notice-booked = Gebucht: { $slot }. Ihr habt beide eine E-Mail mit der Einladung bekommen.
notice-answer-sent = Deine Antwort wurde gesendet. Der Mentee bekommt eine E-Mail und kann dein Angebot annehmen.
notice-slot-offered = Dein Termin wurde angeboten. Der Mentee bekommt eine E-Mail und kann dein Angebot annehmen.
notice-edited = Gespeichert. Mentoren sehen deine Frage jetzt in dieser Fassung.
notice-closed-resolved = Geschlossen. Schön, dass es gelöst ist – danke für die Rückmeldung.
notice-closed = Geschlossen. Neue Angebote sind nicht mehr möglich; deine Unterhaltungen bleiben offen.

## Ein Angebot
offer-yours = Dein Angebot
offer-answer-title = Diese Frage beantworten
offer-not-taken = Diese Frage nimmt keine Angebote mehr an.
offer-accepted = Angenommen
offer-waiting = Wartet auf Annahme durch den Mentee
offer-sent = Gesendet am { $when }
offer-proposed = Vorgeschlagen:
offer-open-conversation = Zur Unterhaltung
offer-open-conversation-with = Zur Unterhaltung<span> mit { $name }</span>
offer-accept = Annehmen<span>: Angebot von { $name }</span>
offer-growth = Hast du es umgesetzt? Halte in <a>deinem Entwicklungsverlauf</a> fest, was daraus geworden ist.

## Das Angebotsformular eines Mentors
form-kind-legend = Wie möchtest du helfen?
form-kind-written = Schriftlich antworten
form-kind-call = Ein 15-minütiges Gespräch anbieten
form-asked-written = Der Mentee wünscht sich eine schriftliche Antwort.
form-asked-call = Der Mentee wünscht sich ein Gespräch: Biete einen deiner freien Termine an.
tips-title = Tipps für eine hilfreiche Antwort
tips-question-first = Beantworte zuerst die gestellte Frage; Hintergründe können folgen.
tips-next-step = Nenne einen nächsten Schritt, den der Mentee noch heute umsetzen kann.
tips-what-to-check = Sag, was du prüfen würdest – nicht nur, was du tun würdest.
tips-call = Unsicher? Biete lieber ein Gespräch an: 15 Minuten bringen oft mehr als eine lange Antwort.
form-answer-label = Deine Antwort
form-answer-hint = Markdown: **fett**, _kursiv_, Listen, `Code`, [Links](https://example.org). Nimmt der Mentee an, beginnt damit eure Unterhaltung.
form-note-label = Notiz (optional)
form-note-hint = Eine Zeile dazu, wie du die 15 Minuten nutzen würdest.
form-sending = Wird gesendet…
form-send-answer = Antwort senden
form-offer-slot = Diesen Termin anbieten
slots-loading = Deine freien Termine werden geladen…
slots-none = Du hast in den nächsten zwei Wochen keine freien Termine. <a>Trag in deinem Profil Verfügbarkeiten ein</a> oder antworte schriftlich, wenn der Mentee das zulässt.
slots-label = Dein freier Termin
slots-choose = Termin auswählen
slots-option = { $time } ({ $theirs } bei { $name })
slots-hint = Aus deiner Verfügbarkeit, in deiner Zeitzone. Nimmt der Mentee an, ist der Termin für euch beide gebucht.

## Was die fragende Person tun kann
edit-open = Frage bearbeiten
edit-until = Du kannst sie bearbeiten, bis ein Mentor ein Angebot macht.
edit-title = Frage bearbeiten
edit-title-label = Titel
edit-details-label = Details
edit-details-hint = Markdown: **fett**, _kursiv_, Listen, `Code`, [Links](https://example.org).
edit-skills-label = Fähigkeiten
edit-skills-hint = { $min } bis { $max } Fähigkeiten, durch Kommas getrennt.
edit-format-legend = Welche Hilfe wünschst du dir?
edit-saving = Wird gespeichert…
edit-save = Änderungen speichern
edit-cancel = Abbrechen
offers-title = Angebote
offers-none-yet = Noch keine Angebote. Mentoren mit passendem Fachwissen werden über deine Frage informiert; du bekommst eine E-Mail, sobald jemand antwortet.
offers-none = Kein Mentor hat ein Angebot gemacht.
close-title = Diese Frage schließen
close-lead = Danach sind keine neuen Angebote mehr möglich. Begonnene Unterhaltungen bleiben offen.
close-legend = Hast du die Hilfe bekommen, die du gebraucht hast?
close-yes = Ja, es ist gelöst
close-no = Nein, aber ich brauche sie nicht mehr
close-required = Gib an, ob du die Hilfe bekommen hast, die du gebraucht hast.
close-closing = Wird geschlossen…
close-submit = Frage schließen
