# requests: die Liste offener Fragen (/requests), eine stellen (/requests/new) und was die Seiten
# der Fragen gemeinsam haben (Status, Formate, wer eine Frage sehen darf, das Markdown-Feld).

## Status, Formate und Publikum einer Frage
status-open = Offen, noch keine Angebote
status-has-offers = Offen, mit Angeboten
status-accepted = Angebot angenommen
status-closed-resolved = Geschlossen, gelöst
status-closed-unresolved = Geschlossen, nicht gelöst
status-closed = Geschlossen
status-expired = Abgelaufen
format-call = Ein 15-minütiges Gespräch
format-written = Eine schriftliche Antwort
format-either = Ein Gespräch oder eine schriftliche Antwort
# Wer eine Frage sehen darf: „own“ für die fragende Person, „other“ für Mentoren.
audience-everyone = Alle Mentoren
audience-mine-own = Mentoren aus meiner Organisation
audience-mine-other = Mentoren aus der Organisation des Mentees
audience-outside-own = Mentoren außerhalb meiner Organisation
audience-outside-other = Mentoren außerhalb der Organisation des Mentees
offer-kind-written = Schriftliche Antwort
offer-kind-slot = 15-minütiges Gespräch
offers-count = { $count ->
    [0] Keine Angebote
    [one] { $count } Angebot
   *[other] { $count } Angebote
}
# $when: Datum und Uhrzeit, z. B. „9. Dez. 2026, 17:00 MEZ“.
timing-open-until = Offen bis { $when }
timing-asked = Gestellt am { $when }
timing-closed-on = Geschlossen am { $when }
timing-closed = Geschlossen
timing-expired-on = Abgelaufen am { $when }
# An wen eine neue Frage ging. $skills: Fähigkeiten, z. B. „rust, go oder sql“.
reach-none = Noch hat kein Mentor diese Fähigkeiten angegeben: Wer sie hinzufügt, sieht deine Frage.
reach-sent = { $count ->
    [one] An { $count } Mentor gesendet.
   *[other] An { $count } Mentoren gesendet.
}
reach-sent-skills = { $count ->
    [one] An { $count } Mentor gesendet, der sich mit { $skills } auskennt.
   *[other] An { $count } Mentoren gesendet, die sich mit { $skills } auskennen.
}

## Das Markdown-Feld mit den Modi Schreiben und Vorschau
markdown-mode = Text oder Vorschau
markdown-write = Schreiben
markdown-preview = Vorschau
markdown-preview-empty = Noch nichts für die Vorschau.
markdown-count = { $count } von { $max } Zeichen

## Eine Frage stellen (/requests/new), an alle passenden Mentoren oder an einen
ask-title = Eine Frage stellen
ask-sign-in-reason = Melde dich an, um Mentoren eine Frage zu stellen. Das dauert eine Minute, ganz ohne Passwort.
ask-mentor-not-found = Mentor nicht gefunden
ask-mentor-not-found-text = Diesen Mentor gibt es nicht, oder das Profil ist für dich nicht sichtbar.
ask-everyone-instead = Stattdessen alle passenden Mentoren fragen
ask-heading-to = { $name } eine Frage stellen
ask-lead = Beschreib, wo du nicht weiterkommst. Mentoren, die sich mit dem Thema auskennen, antworten schriftlich oder schenken dir 15 Minuten ihrer Zeit.
ask-lead-to = Nur { $name } sieht sie und antwortet schriftlich oder schenkt dir 15 Minuten Zeit; du bekommst dann eine E-Mail.
ask-closed-to-questions = { $name } nimmt gerade keine Fragen an. <a>Stattdessen alle passenden Mentoren fragen</a>
ask-add-name = Trag zuerst deinen Namen in <a>dein Profil</a> ein, damit Mentoren wissen, wem sie helfen.
ask-title-label = Titel
ask-title-placeholder = Wie gehe ich das Review eines Pull-Requests mit 4.000 Zeilen an?
ask-title-hint = Deine Frage in einer Zeile, höchstens { $max } Zeichen.
ask-guide-summary = Eine gute Frage in vier Teilen
ask-guide-situation = Die Situation: wo du stehst, in ein, zwei Sätzen.
ask-guide-tried = Was du versucht hast und was dabei herauskam.
ask-guide-help = Was dir helfen würde: eine Antwort, ein Hinweis, eine zweite Meinung.
ask-guide-constraints = Rahmenbedingungen: Fristen, vorgegebene Tools, was du nicht teilen darfst.
ask-guide-use-template = Diese Vorlage verwenden
# Die vier Überschriften der Vorlage, fett im Text der Frage.
ask-template-situation = Situation:
ask-template-tried = Was ich versucht habe:
ask-template-help = Was mir helfen würde:
ask-template-constraints = Rahmenbedingungen:
ask-details-label = Details
ask-details-hint = Wie ist die Situation, was hast du versucht, was würde helfen? Markdown: **fett**, _kursiv_, Listen, `Code`, [Links](https://example.org).
ask-skills-label = Fähigkeiten
ask-skills-hint = { $min } bis { $max } Fähigkeiten, durch Kommas getrennt. Mentoren, die sie angeben, sehen deine Frage.
ask-format-legend = Wie möchtest du Hilfe bekommen?
ask-audience-legend = Wer darf sie sehen?
ask-audience-everyone-hint = Mentoren aus jeder Organisation.
ask-audience-org-named = Nur Mentoren bei { $organization }
ask-audience-org = Nur Mentoren aus meiner Organisation
ask-audience-org-hint = Kolleginnen und Kollegen, die deinen Kontext kennen.
ask-audience-org-unavailable = Nicht verfügbar: Deine E-Mail-Adresse ist privat, daher gehörst du zu keiner Organisation.
ask-audience-outside-hint = Für Fragen, die du bei der Arbeit nicht stellen würdest.
ask-anonymous-label = Anonym fragen
ask-anonymous-hint = Mentoren sehen weder deinen Namen noch deine Organisation, bis du ein Angebot annimmst. Der Mentor, dessen Angebot du annimmst, erfährt, wer du bist.
ask-anonymous-hint-to = { $name } sieht weder deinen Namen noch deine Organisation, bis du das Angebot annimmst.
ask-expiry-label = Offen lassen für
ask-expiry-days = { $count ->
    [one] { $count } Tag
   *[other] { $count } Tage
}
ask-expiry-hint = Danach nimmt sie keine Angebote mehr an; die erhaltenen kannst du weiterhin lesen.
ask-sending = Wird gesendet…
ask-send = Frage senden
ask-post = Frage veröffentlichen
ask-cancel = Abbrechen

## Offene Fragen (/requests): deine und, für Mentoren, die zu ihnen passenden
requests-heading = Offene Fragen
requests-lead = Einzelne Fragen, die Mentoren schriftlich oder in einem kurzen Gespräch beantworten.
requests-visitor = Melde dich an, um eine Frage zu stellen. Wenn du Mentor bist, siehst du auch die Fragen, die zu deinem Fachwissen passen.
requests-ask = Eine Frage stellen
requests-answer-heading = Fragen beantworten
requests-become-mentor = Mentoren sehen hier die Fragen, die zu ihrem Fachwissen passen. <a>Werde in deinem Profil Mentor</a>, um sie zu beantworten.
requests-mine-heading = Deine Fragen
requests-mine-loading = Deine Fragen werden geladen…
requests-mine-empty = Du hast noch nichts gefragt.
requests-for-you-heading = Fragen für dich
requests-for-you-lead = Offene Fragen, die du sehen kannst, die passendsten zuerst. Bei jeder steht, warum sie zu dir passt.
requests-filter-skill = Fähigkeit
requests-filter-any-skill = Alle meine Fähigkeiten
requests-filter-answer-by = Antwortform
requests-filter-call-or-writing = Gespräch oder schriftlich
requests-filter-writing = Schriftlich
requests-feed-loading = Fragen werden geladen…
requests-feed-count = { $count ->
    [one] { $count } Frage
   *[other] { $count } Fragen
}
requests-feed-empty-filtered = Keine offene Frage passt zu diesen Filtern. Versuch es mit einer anderen Fähigkeit oder Antwortform.
requests-feed-empty = Gerade passt keine offene Frage zu deinem Fachwissen. Du bekommst eine E-Mail, sobald eine passt.
requests-you-offered = Du hast ein Angebot gemacht
requests-your-offer-accepted = Dein Angebot wurde angenommen
# Gefolgt von den Gründen, z. B. „matches rust · no offers yet“.
requests-why-fits = Warum sie zu dir passt:
# Nur für Screenreader, vor der Liste der Fähigkeiten.
requests-card-skills = Fähigkeiten:
requests-asked-by = Gestellt von { $name }
requests-asked-anonymously = Gestellt von einem anonymen Mentee
# $time: z. B. „17:00 MEZ“.
requests-offered-call = Du hast ein Gespräch um { $time } angeboten.
requests-offer-now = Jetzt ein Gespräch anbieten (du bist frei)
ask-skills-placeholder = rust, code review
