# finding: the mentor directory (/mentors) and "What do you want help with?" (/match).

## The directory

directory-heading = Mentor directory
directory-lead = Mentors from every company. Filter by skill, language and working hours you share. Not sure whom to ask? <a>Describe your goal</a> and get suggestions.
directory-search-label = Search mentors
directory-search-placeholder = Search by skill, role or name
directory-search-submit = Search
directory-searching = Searching…
filters-show = Filters
filters-show-active = Filters ({ $count })
filters-hide = Hide filters
filters-hide-active = Hide filters ({ $count })

# A career stage, by its wire value.
career-stage = { $stage ->
    [student] Student
    [early] Early career
    [mid] Mid-career
    [senior] Senior
    [lead] Lead
   *[executive] Executive
}

filter-stage = Career stage
filter-stage-any = Any
filter-overlap = Working hours shared with me
filter-overlap-any = Any
filter-overlap-at-least = { $hours ->
    [one] At least { $hours } hour
   *[other] At least { $hours } hours
}
filter-sort = Order
sort-best-match = Best match
sort-newest = Newest
sort-soonest = Free soonest
filter-free-now = Free now
filter-this-week = Available this week
filter-outside = Only people outside my organization

# Removable chips of the active filters. $organization is a domain, $language a language's name.
chip-search = “{ $query }”
chip-organization = at { $organization }
chip-not-organization = not at { $organization }
chip-language = speaks { $language }
chip-overlap = { $hours }+ shared working hours
chip-free-now = Free now
chip-this-week = Available this week
chips-label = Active filters
chip-remove = Remove filter: { $filter }

facets-label = Refine
facets-skills = Skills
facets-languages = Languages
facets-organizations = Organizations

results-count = { $count ->
    [one] { $count } mentor
   *[other] { $count } mentors
}
empty-heading = No mentors match
empty-try-removing = Try removing “{ $term }”, or search for a broader skill.
empty-fewer-filters = Try fewer filters or a shorter search.
empty-nobody = No one is listed yet. Become the first mentor!
empty-clear-filters = Clear all filters
load-more = Load more
load-more-loading = Loading…

## A mentor's card

card-free-now = Free now
# After "Free now ·": $time is e.g. "17:00 CET".
card-free-until = until { $time }
card-expertise = Expertise
card-next-free = Next free: { $time }
# Read by screen readers right after "Next free: …".
card-next-free-whom = , book with { $name }
card-speaks = Speaks { $languages }
card-local-time = { $time } for them now ({ $zone })
# The parts of the mentor's impact line, joined with " · ".
impact-sessions = { $count ->
    [one] { $count } session held
   *[other] { $count } sessions held
}
impact-people = { $count ->
    [one] { $count } person helped
   *[other] { $count } people helped
}
impact-answers = { $count ->
    [one] { $count } answer accepted
   *[other] { $count } answers accepted
}

## What do you want help with?

match-heading = What do you want help with?
match-lead = Say it in your own words, in any language. We suggest mentors from any company who know it, say why, and show when they are free.
match-goal-label = Your goal or question
match-goal-hint = For example: our k8s cluster keeps OOM-killing pods.
match-language-label = Mentor speaks
match-language-any = Any language
match-format-label = Help as
match-format-either = A call or in writing
match-format-call = A 15-minute call
match-format-written = A written answer
match-outside = Mentors outside my organization first
match-submit = Find mentors
match-submitting = Finding mentors…
understood-title = We understood
understood-none = No particular skill. Add one below, or ask it as an open question.
understood-remove = Remove { $skill }
understood-related = Close to it: { $skills }
understood-add-label = Add a skill
understood-add = Add
match-count = { $count ->
    [0] No mentor fits yet
    [one] { $count } mentor fits
   *[other] { $count } mentors fit
}
match-ask-open = Not quite? Ask it as an open question
match-why = Why { $name }
match-ask-mentor = Ask { $name } a question
match-no-slot = No free slot soon.
match-slots-label = Next free slots of { $name }
match-book-slot = Book { $time }

# Why a mentor is suggested for a goal. $stage is a career stage's name, $language a language's,
# $zone a time zone (Europe/Madrid).
reason-knows = Knows { $skill }
reason-knows-written = Knows { $skill } (you wrote { $written })
reason-knows-close = Knows { $skill }, close to { $close }
reason-knows-close-any = Knows { $skill }, close to what you asked
reason-stage-aimed = { $stage }: where your goal points
reason-stage-ahead = { $stage }: a step or two ahead of you
reason-speaks = Speaks { $language }
reason-hours-overlap =
    { $hours ->
        [one] Working hours overlap yours by 1 hour ({ $zone })
       *[other] Working hours overlap yours by { $hours } hours ({ $zone })
    }
reason-free-within-hour = Free in the next hour
reason-free-within-days =
    { $days ->
        [one] Free within a day
       *[other] Free within { $days } days
    }
reason-answered =
    { $count ->
        [one] Answered 1 question in the last 90 days
       *[other] Answered { $count } questions in the last 90 days
    }
reason-outside-organization = From outside your organization
