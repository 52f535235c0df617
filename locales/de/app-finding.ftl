# finding: the mentor directory (/mentors) and "What do you want help with?" (/match).

## The directory

directory-heading = Mentorenverzeichnis
directory-lead = Mentoren aus allen Unternehmen. Filtere nach Fähigkeit, Sprache und gemeinsamen Arbeitszeiten. Du weißt nicht, wen du fragen sollst? <a>Beschreib dein Ziel</a> und erhalte Vorschläge.
directory-search-label = Mentoren suchen
directory-search-placeholder = Nach Fähigkeit, Rolle oder Name suchen
directory-search-submit = Suchen
directory-searching = Suche läuft…
filters-show = Filter
filters-show-active = Filter ({ $count })
filters-hide = Filter ausblenden
filters-hide-active = Filter ausblenden ({ $count })

career-stage = { $stage ->
    [student] Studium
    [early] Berufseinstieg
    [mid] Karrieremitte
    [senior] Senior
    [lead] Teamleitung
   *[executive] Geschäftsleitung
}

filter-stage = Karrierestufe
filter-stage-any = Alle
filter-overlap = Gemeinsame Arbeitszeit mit mir
filter-overlap-any = Egal
filter-overlap-at-least = { $hours ->
    [one] Mindestens { $hours } Stunde
   *[other] Mindestens { $hours } Stunden
}
filter-sort = Sortieren nach
sort-best-match = Beste Übereinstimmung
sort-newest = Neueste
sort-soonest = Am frühesten frei
filter-free-now = Jetzt frei
filter-this-week = Diese Woche verfügbar
filter-outside = Nur Personen außerhalb meiner Organisation

chip-search = „{ $query }“
chip-organization = bei { $organization }
chip-not-organization = nicht bei { $organization }
chip-language = spricht { $language }
chip-overlap = { $hours }+ gemeinsame Arbeitsstunden
chip-free-now = Jetzt frei
chip-this-week = Diese Woche verfügbar
chips-label = Aktive Filter
chip-remove = Filter entfernen: { $filter }

facets-label = Eingrenzen
facets-skills = Fähigkeiten
facets-languages = Sprachen
facets-organizations = Organisationen

results-count = { $count ->
    [one] { $count } Mentor
   *[other] { $count } Mentoren
}
empty-heading = Keine passenden Mentoren
empty-try-removing = Entferne „{ $term }“ oder such nach einer allgemeineren Fähigkeit.
empty-fewer-filters = Versuch es mit weniger Filtern oder einer kürzeren Suche.
empty-nobody = Noch ist niemand eingetragen. Werde der erste Mentor!
empty-clear-filters = Alle Filter entfernen
load-more = Mehr laden
load-more-loading = Wird geladen…

## A mentor's card

card-free-now = Jetzt frei
card-free-until = bis { $time }
card-expertise = Fachgebiete
card-next-free = Nächster freier Termin: { $time }
card-next-free-whom = , bei { $name } buchen
card-speaks = Spricht { $languages }
card-local-time = Dort ist es jetzt { $time } ({ $zone })
impact-sessions = { $count ->
    [one] { $count } Session durchgeführt
   *[other] { $count } Sessions durchgeführt
}
impact-people = { $count ->
    [one] { $count } Person unterstützt
   *[other] { $count } Personen unterstützt
}
impact-answers = { $count ->
    [one] { $count } Antwort angenommen
   *[other] { $count } Antworten angenommen
}

## What do you want help with?

match-heading = Wobei brauchst du Hilfe?
match-lead = Sag es mit deinen eigenen Worten, in jeder Sprache. Wir schlagen dir Mentoren aus allen Unternehmen vor, die sich damit auskennen, sagen dir, warum, und zeigen, wann sie frei sind.
match-goal-label = Dein Ziel oder deine Frage
match-goal-hint = Zum Beispiel: In unserem k8s-Cluster werden ständig Pods per OOM-Kill beendet.
match-language-label = Mentor spricht
match-language-any = Beliebige Sprache
match-format-label = Hilfe als
match-format-either = Gespräch oder schriftlich
match-format-call = 15-minütiges Gespräch
match-format-written = Schriftliche Antwort
match-outside = Zuerst Mentoren außerhalb meiner Organisation
match-submit = Mentoren finden
match-submitting = Mentoren werden gesucht…
understood-title = So haben wir dich verstanden
understood-none = Keine bestimmte Fähigkeit. Füge unten eine hinzu oder stell es als offene Frage.
understood-remove = { $skill } entfernen
understood-related = Verwandt: { $skills }
understood-add-label = Fähigkeit hinzufügen
understood-add = Hinzufügen
match-count = { $count ->
    [0] Noch kein passender Mentor
    [one] { $count } Mentor passt
   *[other] { $count } Mentoren passen
}
match-ask-open = Nicht ganz? Stell es als offene Frage
match-why = Warum { $name }
match-ask-mentor = { $name } eine Frage stellen
match-no-slot = Demnächst kein freier Termin.
match-slots-label = Nächste freie Termine von { $name }
match-book-slot = { $time } buchen

reason-knows = Kennt { $skill }
reason-knows-written = Kennt { $skill } (du hast { $written } geschrieben)
reason-knows-close = Kennt { $skill }, verwandt mit { $close }
reason-knows-close-any = Kennt { $skill }, verwandt mit deiner Frage
reason-stage-aimed = { $stage }: dorthin führt dein Ziel
reason-stage-ahead = { $stage }: dir ein, zwei Schritte voraus
reason-speaks = Spricht { $language }
reason-hours-overlap =
    { $hours ->
        [one] 1 gemeinsame Arbeitsstunde mit dir ({ $zone })
       *[other] { $hours } gemeinsame Arbeitsstunden mit dir ({ $zone })
    }
reason-free-within-hour = In der nächsten Stunde frei
reason-free-within-days =
    { $days ->
        [one] Innerhalb eines Tages frei
       *[other] Innerhalb von { $days } Tagen frei
    }
reason-answered =
    { $count ->
        [one] Hat in den letzten 90 Tagen 1 Frage beantwortet
       *[other] Hat in den letzten 90 Tagen { $count } Fragen beantwortet
    }
reason-outside-organization = Von außerhalb deiner Organisation
