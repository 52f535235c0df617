# sessions: My sessions, a session's wrap-up, the growth record and the guides.
# In a message, <a>…</a> marks a link (or, in session-title, the other person's name) and
# <b>…</b> bold text; keep both marks around the matching words.

## My sessions (/sessions)

sessions-heading = My sessions
sessions-lead = What you booked and what was booked with you. Your <a>growth record</a> keeps what came of them; the <a>guides</a> say how to make 15 minutes count.
sessions-visitor = Sign in to see the sessions you booked and the ones booked with you.
sessions-loading = Loading your sessions…
sessions-upcoming = Upcoming
sessions-upcoming-none = Nothing booked. <a>Find a mentor</a>.
sessions-past = Past and cancelled
sessions-past-none = None yet.

# $role is mentor (I am the mentor) or mentee; $name the other person.
session-title = { $role ->
    [mentor] Mentoring <a>{ $name }</a>
   *[other] With <a>{ $name }</a>
}
session-cancelled = Cancelled
# $when: the day and time in the reader's zone; $time: the same instant in the other person's zone ($zone).
session-when = <b>{ $when }</b> your time · { $time } for { $name } ({ $zone })
session-follow-up-to = Follow-up to your session on { $day }
session-cancel-reason = Reason: { $reason }
session-awaiting-wrap-up = Awaiting wrap-up
session-wrap-up = Wrap up
session-message = Message { $name }
session-join = Join call
session-reschedule = Reschedule
session-cancel = Cancel
session-cancel-reason-label = Reason (optional, shown to the other person)
session-cancel-submit = Cancel this session
move-loading = Loading free slots…
move-none = No other free slots in the next two weeks.
move-to = Move to
move-submit = Move session

## A session's wrap-up (/sessions/:id)

wrap-up-visitor = Sign in to wrap up your session.
wrap-up-loading = Loading the session…
wrap-up-title = Wrap up
wrap-up-not-found = There is no such session among yours. <a>My sessions</a>
wrap-up-heading = Your session with { $name }
wrap-up-when = { $when } your time
checklist-title = The 15-minute checklist
checklist-start = Minute 0–2: the question in one sentence, and what was tried.
checklist-middle = Minute 2–12: one problem at a time; the mentor asks before advising.
checklist-end = Minute 12–15: the mentee says their next steps back; agree on a follow-up, if any.
wrap-up-cancelled = This session was cancelled.
wrap-up-not-ended = You can wrap up once the session has ended.
attendance-title = Did it happen?
report-held = It happened
report-mentee-missed = My mentee didn't come
report-mentor-missed = My mentor didn't come
report-i-missed = I couldn't make it
attendance-held = Both of you say it happened.
attendance-missed = Recorded as missed.
attendance-disputed = Your answers differ; nobody is penalised.
attendance-unreported = Waiting for an answer (a lone answer stands after 48 hours).
wrap-up-book-follow-up = Book a follow-up
wrap-up-book-again = Book again
wrap-up-message = Message
wrap-up-all-sessions = All my sessions

## Feedback (on a session's wrap-up and an accepted answer)

feedback-loading = Loading feedback…
feedback-title = How did it go?
feedback-rating-legend = Did it help? (seen by nobody, counted only in totals)
feedback-rating-helpful = Helpful
feedback-rating-somewhat = Somewhat
feedback-rating-not-helpful = Not helpful
feedback-kudos-legend = Kudos
# A kudos, as a choice and as a chip.
feedback-kudos = { $tag ->
    [clear] Clear
    [practical] Practical
    [kind] Kind
    [insightful] Insightful
    [well_prepared] Well prepared
    [good_listener] Good listener
   *[other] Followed up
}
feedback-note-label = A note for the other person
feedback-private-label = Your takeaways (private, only you see them)
feedback-steps-label = Next steps, one per line
feedback-save = Save
feedback-saved = Saved. You can change it for { $days } days.
feedback-from-other = What they told you

## What came of it (the mentee's outcome)

outcome-loading = Loading…
outcome-title = What came of it?
outcome-hint = For your growth record. You can change it at any time.
outcome-legend = Did you act on it?
outcome-done = Acted on it
outcome-in-progress = Working on it
outcome-not-yet = Not yet
outcome-not-useful = It did not fit
outcome-note-label = What happened (optional)
outcome-share = Tell { $name } what came of it
outcome-save = Save
outcome-saved = Saved to your growth record.

## The growth record (/growth)

growth-visitor = Sign in to see your growth record.
growth-heading = Your growth record
growth-lead = Sessions and answers you gave and received, your own notes and next steps, and what came of them. Only you see this page; others appear by name only.
growth-download = Download for my review
growth-download-hint = A Markdown document to paste into a performance review or development plan.
growth-loading = Loading your record…
growth-summary = Summary
# The totals: the number ($count) is shown in bold before the words. English says the plural for every count.
growth-sessions-given = { $count ->
    [one] sessions given
   *[other] sessions given
}
growth-answers-given = { $count ->
    [one] answers given
   *[other] answers given
}
growth-sessions-received = { $count ->
    [one] sessions received
   *[other] sessions received
}
growth-answers-received = { $count ->
    [one] answers received
   *[other] answers received
}
growth-outcomes-done = { $count ->
    [one] pieces of advice acted on
   *[other] pieces of advice acted on
}
growth-kudos-received = Kudos received
growth-skills = Skills involved
# A kudos or a skill ($name) and how many times it came up.
growth-tally = { $name } × { $count }
# A kudos in the record, in running text.
growth-kudos-tag = { $tag ->
    [clear] clear
    [practical] practical
    [kind] kind
    [insightful] insightful
    [well_prepared] well prepared
    [good_listener] good listener
    [followed_up] followed up
   *[other] { $tag }
}
growth-empty = Nothing here yet: sessions appear once they have taken place, answers once accepted. <a>Find a mentor</a>
# $title: the session's agenda or the question's title.
growth-entry-title = { $what ->
    [session-given] Session I gave: { $title }
    [session-had] Session I had: { $title }
    [question-answered] Question I answered: { $title }
   *[answer-received] Answer I received: { $title }
}
growth-entry-for = { $day }, for { $name }
growth-entry-from = { $day }, from { $name }
growth-skills-label = Skills
# $outcome: one of the outcome-… texts above.
growth-outcome = <b>Outcome: </b>{ $outcome }
growth-outcome-with-note = <b>Outcome: </b>{ $outcome }: { $note }
# $kudos: a list of growth-kudos-tag texts.
growth-kudos = <b>Kudos: </b>{ $kudos }
growth-next-steps = Next steps
growth-my-notes = My notes
growth-wrote = { $name } wrote
growth-outcome-change = Change what came of it
growth-outcome-say = Say what came of it

## Guides (/guides)

guides-heading = Guides
guides-lead = Fifteen minutes are enough when both sides come prepared. Here is how.
guides-mentees = For mentees
guides-before = Before
guides-before-one-question = Pick one question. Two questions in fifteen minutes get half an answer each.
guides-before-agenda = Write the agenda in three lines: the context, what you tried, what you want from the call.
guides-before-share = Share links or drafts in the session's messages a day ahead, so the mentor can look.
guides-during = During
guides-during-start = Minute 0–2: your question in one sentence, and what you tried.
guides-during-middle = Minute 2–12: one problem at a time; take notes.
guides-during-end = Minute 12–15: say your next steps back, so both of you know what happens now.
guides-after = After
guides-after-wrap-up = Wrap up the session: say whether it happened, and give kudos for what helped.
guides-after-next-steps = Write your next steps down; a follow-up starts from them.
guides-after-outcome = Two weeks on, say what came of it. Your <a>growth record</a> keeps it for your next review.
guides-asking = Asking a question instead
guides-asking-text = Say the situation, what you tried, what would help and your constraints. A mentor can answer that in minutes. <a>Ask a question</a>
guides-mentors = For mentors
guides-mentors-slots = Offer only slots you will keep: two missed sessions in 30 days pause your slots until you resume them from your profile.
guides-mentors-agenda = Read the agenda before the call, and ask before you advise.
guides-mentors-next-step = End with one next step the mentee can take today.
guides-mentors-writing = Answering in writing: answer the question asked first, then add context. Unsure? Offer a call.
guides-mentors-kudos = Kudos from mentees and the outcomes they choose to share appear on <a>your profile</a>.

# The growth record as a Markdown download. $name is the person's name; $list a list of tags or
# kudos; $date the day it was made; $zone a time zone (Europe/Berlin).
growth-md-title = Growth record: { $name }
growth-md-made = From Quarterhour, { $date }. Days are in { $zone }.
growth-md-kudos-received = Kudos received: { $list }
growth-md-skills-involved = Skills involved: { $list }
growth-md-empty = Nothing here yet: sessions appear once they have taken place, answers once accepted.
growth-md-skills = Skills: { $list }
