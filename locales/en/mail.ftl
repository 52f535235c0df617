# Quarterhour's mails, in English (the source language).
#
# Each message is one paragraph or line; the mail's layout (blank lines, the quoted question,
# links on lines of their own) is the same in every language. Names, titles, agendas, reasons and
# links are what people wrote or what the service made: they are never translated.
# Dates and times arrive already written in the reader's language and zone.

## Dates. $weekday and $month are the language's abbreviated names, $day and $year numbers.

# "Tue 1 Dec 2026"
date-with-year = { $weekday } { $day } { $month } { $year }
# "Tue 1 Dec"
date-short = { $weekday } { $day } { $month }
# "3 Dec"
date-day-month = { $day } { $month }
# A day and a time of day: "Tue 1 Dec, 14:00"
date-and-time = { $date }, { $time }

## Sign-in code

sign-in-subject = Your Quarterhour sign-in code: { $code }
# The subject kept once the mail is sent and its code erased.
sign-in-subject-sent = Your Quarterhour sign-in code
sign-in-code = Your sign-in code is { $code }.
sign-in-validity = It works once, for the next 10 minutes. If you did not ask to sign in to Quarterhour, ignore this e-mail: nobody can sign in without the code.

## Bookings: $other is the other person's name

booking-subject-booked = Booked: 15 minutes with { $other }
booking-subject-rescheduled = Moved: your 15 minutes with { $other }
booking-subject-cancelled = Cancelled: your 15 minutes with { $other }
booking-subject-day-before = Tomorrow: 15 minutes with { $other }
booking-subject-soon = In 15 minutes: your session with { $other }
# When the session is, for the reader, with the other person's local time beside it:
# "Tue 1 Dec 2026, 14:00–14:15 your time (Europe/London); 19:45 for A new user (Asia/Kathmandu)"
booking-when = { $date }, { $start }–{ $end } your time ({ $zone }); { $other-time } for { $other } ({ $other-zone })
booking-cancelled = This session is cancelled:
booking-moved = This session has moved to:
booking-follow-up = Follow-up to your session on { $date }
booking-reason = Reason: { $reason }
booking-agenda = Agenda:
booking-join = Join the call: { $link }
booking-calendar = Add to your calendar: { $link }
# The invitation attached to a booking mail: its title and its reminder ten minutes before.
invite-summary = Quarterhour: 15 minutes with { $other }
invite-alarm = Quarterhour session in 10 minutes

## Questions (open requests): $title is the question's title

offer-written-subject = { $mentor } answered your question in writing
offer-written-intro = { $mentor } answered your question in writing:
offer-slot-subject = { $mentor } offered you a 15-minute call
offer-slot-intro = { $mentor } offered you a 15-minute call:
offer-read = Read it and accept it here: { $link }
asked-directly-subject = A mentee asked you a question directly
asked-directly-intro = A mentee asked you, and only you:
asked-directly-answer = Answer in writing or offer one of your slots: { $link }
offer-accepted-subject = { $mentee } accepted your offer
offer-accepted-intro = { $mentee } accepted your offer on:
offer-accepted-continue = Continue the conversation: { $link }
new-message-subject = New message from { $sender }
new-message-intro = { $sender } wrote to you about:
new-message-read = Read and reply: { $link }
expired-subject = Your question expired: { $title }
expired-offers =
    { $offers ->
        [0] It had no offers. You can ask it again, perhaps with other skills named.
        [one] One mentor made an offer; you can still read it.
       *[other] { $offers } mentors made offers; you can still read them.
    }
digest-subject =
    { $count ->
        [one] 1 new question fits your expertise
       *[other] { $count } new questions fit your expertise
    }
digest-intro = New questions people have asked that fit what you know:
digest-all = All requests for you: { $link }
digest-limit = You get at most one of these a day; turn them off by not accepting requests on your profile.
# $skills and $languages in the digest are lists joined with list-separator; the reasons
# (fit.ftl) are joined with reason-separator.
list-separator = {", "}
reason-separator = {"; "}

## After a session

check-in-subject = Did your session with { $other } happen?
# $when: "Tue 1 Dec, 14:00"
check-in-over = Your 15 minutes with { $other } on { $when } ({ $zone }) are over.
check-in-ask = Did the session happen? One tap tells us, and a second says how it went:
check-in-window = You can answer for 48 hours. If only one of you answers, that answer stands.
paused-subject = Your slots are paused
paused-why = Two of your sessions in the last 30 days were missed on your side (a cancellation less than 2 hours before the start counts as half). So that mentees are not left waiting, your free slots are no longer offered and you are not suggested by matching.
paused-resume = Your sessions already booked stay as they are. When you are ready, resume from your profile page:
outcome-subject = Did you act on it?
outcome-helped = Two weeks ago { $mentor } helped you with "{ $about }".
outcome-ask = Did you act on it? One tap records it for your growth record, and you choose whether { $mentor } hears what came of it:
