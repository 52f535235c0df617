# mail: die Unterhaltungen (die Liste und eine Unterhaltung) und das Entwicklungs-Postfach.

## Die Liste der Unterhaltungen
messages-heading = Nachrichten
messages-visitor = Melde dich an, um deine Unterhaltungen über Sessions und Fragen zu lesen.
messages-loading = Deine Unterhaltungen werden geladen…
messages-none = Noch keine Unterhaltungen. Eine Unterhaltung beginnt, sobald ein Mentee das Angebot eines Mentors zu seiner Frage annimmt.
messages-see-open-requests = Offene Fragen ansehen
messages-unread = { $count } ungelesen
messages-with = Mit <strong>{ $name }</strong>
messages-last-activity = Zuletzt aktiv: { $when }
messages-about-your-question = Deine Frage
messages-about-their-question = Ihre Frage, dein Angebot
messages-your-session-on = Deine Session am { $day }
messages-your-session = Deine Session

## Eine Unterhaltung
thread-title = Unterhaltung
thread-visitor = Melde dich an, um deine Unterhaltungen zu lesen.
thread-not-found-title = Unterhaltung nicht gefunden
thread-not-found = Diese Unterhaltung gibt es nicht, oder du bist nicht daran beteiligt.
thread-see-messages = Zu deinen Nachrichten
thread-loading = Die Unterhaltung wird geladen…
thread-all-messages = Alle Nachrichten
thread-with = Unterhaltung mit <strong>{ $name }</strong>
thread-with-headline = Unterhaltung mit <strong>{ $name }</strong>, { $headline }
thread-read-question = Frage lesen
thread-booked-call = Dein gebuchtes Gespräch
thread-messages-title = Nachrichten
thread-no-messages = Noch keine Nachrichten.
thread-you = Du
thread-new = Neu
thread-new-hidden = eingegangen
thread-reply-title = Antworten
thread-reply-label = Deine Antwort
thread-reply-hint = Markdown: **fett**, _kursiv_, Listen, `Code`, [Links](https://example.org). Die andere Person bekommt eine E-Mail.
thread-sending = Wird gesendet…
thread-send = Senden
thread-sent = Gesendet.

## Das Entwicklungs-Postfach
mailbox-title = Entwicklungspostfach
mailbox-lead = E-Mails, die der lokale Server geschrieben statt verschickt hat, die neuesten zuerst.
mailbox-only-to = Nur E-Mails an
mailbox-any-address = beliebige Adresse
mailbox-loading = Wird geladen…
mailbox-local-only = Das Postfach gibt es nur in der lokalen Entwicklung.
mailbox-none = Noch keine E-Mails.
mailbox-to = An { $to } · { $when }
