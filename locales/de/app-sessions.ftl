# sessions: Meine Sessions, die Nachbereitung einer Session, der Entwicklungsverlauf und die Leitfäden.
# In einer Nachricht markiert <a>…</a> einen Link (in session-title den Namen der anderen Person)
# und <b>…</b> fetten Text; lass beide Markierungen um die passenden Wörter stehen.

## Meine Sessions (/sessions)

sessions-heading = Meine Sessions
sessions-lead = Was du gebucht hast und was bei dir gebucht wurde. Dein <a>Entwicklungsverlauf</a> hält fest, was daraus geworden ist; die <a>Leitfäden</a> zeigen, wie du das Beste aus 15 Minuten machst.
sessions-visitor = Melde dich an, um die Sessions zu sehen, die du gebucht hast, und die, die bei dir gebucht wurden.
sessions-loading = Deine Sessions werden geladen…
sessions-upcoming = Anstehend
sessions-upcoming-none = Nichts gebucht. <a>Mentor finden</a>.
sessions-past = Vergangen und abgesagt
sessions-past-none = Noch keine.
session-title = { $role ->
    [mentor] Mentoring für <a>{ $name }</a>
   *[other] Mit <a>{ $name }</a>
}
session-cancelled = Abgesagt
session-when = <b>{ $when }</b> (deine Zeit) · { $time } bei { $name } ({ $zone })
session-follow-up-to = Folgetermin zu deiner Session vom { $day }
session-cancel-reason = Grund: { $reason }
session-awaiting-wrap-up = Nachbereitung offen
session-wrap-up = Nachbereiten
session-message = Nachricht an { $name }
session-join = Zum Gespräch
session-reschedule = Verschieben
session-cancel = Absagen
session-cancel-reason-label = Grund (optional, für die andere Person sichtbar)
session-cancel-submit = Diese Session absagen
move-loading = Freie Termine werden geladen…
move-none = In den nächsten zwei Wochen gibt es keine anderen freien Termine.
move-to = Verschieben auf
move-submit = Session verschieben

## Die Nachbereitung einer Session (/sessions/:id)

wrap-up-visitor = Melde dich an, um deine Session nachzubereiten.
wrap-up-loading = Die Session wird geladen…
wrap-up-title = Nachbereitung
wrap-up-not-found = Unter deinen Sessions gibt es diese nicht. <a>Meine Sessions</a>
wrap-up-heading = Deine Session mit { $name }
wrap-up-when = { $when } (deine Zeit)
checklist-title = Die 15-Minuten-Checkliste
checklist-start = Minute 0–2: die Frage in einem Satz, und was schon versucht wurde.
checklist-middle = Minute 2–12: ein Problem nach dem anderen; der Mentor fragt nach, bevor er Ratschläge gibt.
checklist-end = Minute 12–15: Der Mentee fasst seine nächsten Schritte zusammen; vereinbart bei Bedarf einen Folgetermin.
wrap-up-cancelled = Diese Session wurde abgesagt.
wrap-up-not-ended = Du kannst die Session nachbereiten, sobald sie vorbei ist.
attendance-title = Hat die Session stattgefunden?
report-held = Hat stattgefunden
report-mentee-missed = Mein Mentee ist nicht gekommen
report-mentor-missed = Mein Mentor ist nicht gekommen
report-i-missed = Ich konnte nicht kommen
attendance-held = Ihr sagt beide, dass sie stattgefunden hat.
attendance-missed = Als versäumt erfasst.
attendance-disputed = Eure Antworten weichen voneinander ab; das wird niemandem angelastet.
attendance-unreported = Wartet auf eine Antwort (nach 48 Stunden gilt auch eine einzelne Antwort).
wrap-up-book-follow-up = Folgetermin buchen
wrap-up-book-again = Erneut buchen
wrap-up-message = Nachricht
wrap-up-all-sessions = Alle meine Sessions

## Feedback (bei der Nachbereitung einer Session und zu einer angenommenen Antwort)

feedback-loading = Feedback wird geladen…
feedback-title = Wie lief es?
feedback-rating-legend = Hat es geholfen? (sieht niemand, zählt nur in den Gesamtzahlen)
feedback-rating-helpful = Hilfreich
feedback-rating-somewhat = Teilweise
feedback-rating-not-helpful = Nicht hilfreich
feedback-kudos-legend = Lob
feedback-kudos = { $tag ->
    [clear] Verständlich
    [practical] Praxisnah
    [kind] Freundlich
    [insightful] Aufschlussreich
    [well_prepared] Gut vorbereitet
    [good_listener] Hört gut zu
   *[other] Hat sich danach gemeldet
}
feedback-note-label = Eine Nachricht an die andere Person
feedback-private-label = Deine Erkenntnisse (privat, nur du siehst sie)
feedback-steps-label = Nächste Schritte, einer pro Zeile
feedback-save = Speichern
feedback-saved = { $days ->
    [one] Gespeichert. Du kannst es noch { $days } Tag lang ändern.
   *[other] Gespeichert. Du kannst es noch { $days } Tage lang ändern.
}
feedback-from-other = Was die andere Person dir sagt

## Was daraus geworden ist (das Ergebnis des Mentees)

outcome-loading = Wird geladen…
outcome-title = Was ist daraus geworden?
outcome-hint = Für deinen Entwicklungsverlauf. Du kannst es jederzeit ändern.
outcome-legend = Hast du es umgesetzt?
outcome-done = Umgesetzt
outcome-in-progress = In Arbeit
outcome-not-yet = Noch nicht
outcome-not-useful = Hat nicht gepasst
outcome-note-label = Was passiert ist (optional)
outcome-share = { $name } erzählen, was daraus geworden ist
outcome-save = Speichern
outcome-saved = In deinem Entwicklungsverlauf gespeichert.

## Der Entwicklungsverlauf (/growth)

growth-visitor = Melde dich an, um deinen Entwicklungsverlauf zu sehen.
growth-heading = Dein Entwicklungsverlauf
growth-lead = Sessions und Antworten, die du gegeben und bekommen hast, deine eigenen Notizen und nächsten Schritte, und was daraus geworden ist. Nur du siehst diese Seite; andere erscheinen nur mit ihrem Namen.
growth-download = Für mein Mitarbeitergespräch herunterladen
growth-download-hint = Ein Markdown-Dokument zum Einfügen in eine Leistungsbeurteilung oder einen Entwicklungsplan.
growth-loading = Dein Entwicklungsverlauf wird geladen…
growth-summary = Überblick
growth-sessions-given = { $count ->
    [one] Session gegeben
   *[other] Sessions gegeben
}
growth-answers-given = { $count ->
    [one] Antwort gegeben
   *[other] Antworten gegeben
}
growth-sessions-received = { $count ->
    [one] Session erhalten
   *[other] Sessions erhalten
}
growth-answers-received = { $count ->
    [one] Antwort erhalten
   *[other] Antworten erhalten
}
growth-outcomes-done = { $count ->
    [one] Rat umgesetzt
   *[other] Ratschläge umgesetzt
}
growth-kudos-received = Erhaltenes Lob
growth-skills = Behandelte Fähigkeiten
growth-tally = { $name } × { $count }
growth-kudos-tag = { $tag ->
    [clear] verständlich
    [practical] praxisnah
    [kind] freundlich
    [insightful] aufschlussreich
    [well_prepared] gut vorbereitet
    [good_listener] hört gut zu
    [followed_up] hat sich danach gemeldet
   *[other] { $tag }
}
growth-empty = Hier ist noch nichts: Sessions erscheinen, sobald sie stattgefunden haben, Antworten, sobald sie angenommen wurden. <a>Mentor finden</a>
growth-entry-title = { $what ->
    [session-given] Session, die ich gegeben habe: { $title }
    [session-had] Session, die ich erhalten habe: { $title }
    [question-answered] Frage, die ich beantwortet habe: { $title }
   *[answer-received] Antwort, die ich erhalten habe: { $title }
}
growth-entry-for = { $day }, für { $name }
growth-entry-from = { $day }, von { $name }
growth-skills-label = Fähigkeiten
growth-outcome = <b>Ergebnis: </b>{ $outcome }
growth-outcome-with-note = <b>Ergebnis: </b>{ $outcome }: { $note }
growth-kudos = <b>Lob: </b>{ $kudos }
growth-next-steps = Nächste Schritte
growth-my-notes = Meine Notizen
growth-wrote = { $name } hat geschrieben
growth-outcome-change = Ändern, was daraus geworden ist
growth-outcome-say = Sagen, was daraus geworden ist

## Leitfäden (/guides)

guides-heading = Leitfäden
guides-lead = Fünfzehn Minuten reichen, wenn beide Seiten vorbereitet kommen. So geht’s.
guides-mentees = Für Mentees
guides-before = Vorher
guides-before-one-question = Such dir eine Frage aus. Zwei Fragen in fünfzehn Minuten bekommen je eine halbe Antwort.
guides-before-agenda = Schreib die Agenda in drei Zeilen: den Kontext, was du versucht hast, was du dir vom Gespräch erhoffst.
guides-before-share = Teile Links oder Entwürfe einen Tag vorher in den Nachrichten der Session, damit der Mentor einen Blick darauf werfen kann.
guides-during = Währenddessen
guides-during-start = Minute 0–2: deine Frage in einem Satz, und was du versucht hast.
guides-during-middle = Minute 2–12: ein Problem nach dem anderen; mach dir Notizen.
guides-during-end = Minute 12–15: Fass deine nächsten Schritte zusammen, damit ihr beide wisst, wie es weitergeht.
guides-after = Danach
guides-after-wrap-up = Bereite die Session nach: Sag, ob sie stattgefunden hat, und lobe, was dir geholfen hat.
guides-after-next-steps = Schreib deine nächsten Schritte auf; ein Folgetermin setzt dort an.
guides-after-outcome = Sag zwei Wochen später, was daraus geworden ist. Dein <a>Entwicklungsverlauf</a> hebt es für dein nächstes Mitarbeitergespräch auf.
guides-asking = Lieber eine Frage stellen
guides-asking-text = Beschreib die Situation, was du versucht hast, was helfen würde und welche Einschränkungen es gibt. Das kann ein Mentor in wenigen Minuten beantworten. <a>Stell eine Frage</a>
guides-mentors = Für Mentoren
guides-mentors-slots = Biete nur Termine an, die du auch wahrnimmst: Zwei versäumte Sessions in 30 Tagen pausieren deine Termine, bis du sie in deinem Profil wieder aktivierst.
guides-mentors-agenda = Lies die Agenda vor dem Gespräch, und frag nach, bevor du Ratschläge gibst.
guides-mentors-next-step = Schließ mit einem nächsten Schritt ab, den der Mentee noch heute gehen kann.
guides-mentors-writing = Schriftlich antworten: Beantworte zuerst die gestellte Frage, dann ergänze den Kontext. Unsicher? Biete ein Gespräch an.
guides-mentors-kudos = Lob von Mentees und die Ergebnisse, die sie mit dir teilen, erscheinen in <a>deinem Profil</a>.

growth-md-title = Entwicklungsverlauf: { $name }
growth-md-made = Aus Quarterhour, { $date }. Die Tage sind in { $zone } angegeben.
growth-md-kudos-received = Erhaltenes Lob: { $list }
growth-md-skills-involved = Behandelte Fähigkeiten: { $list }
growth-md-empty = Hier ist noch nichts: Sessions erscheinen, sobald sie stattgefunden haben, Antworten, sobald sie angenommen wurden.
growth-md-skills = Fähigkeiten: { $list }
