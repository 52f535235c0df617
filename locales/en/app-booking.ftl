# booking
# A mentor's profile, their free slots day by day, and the booking panel with its confirmation.

## The mentor's profile page

profile-not-found-heading = Profile not found
profile-not-found-lead = This profile does not exist, or its owner has not made it visible to you.
browse-directory = Browse the directory
profile-loading = Loading profile…
profile-title = Profile
profile-mentor = Mentor
# $zone is a time zone's name ("Europe/Madrid"), $time the time there now ("17:00 CET").
profile-time-zone = Time zone: { $zone } · { $time } there now
profile-edit-own = Edit your profile
profile-ask = Ask { $name } a question
profile-about = About
profile-no-bio = No bio yet.
profile-expertise = Expertise
profile-no-expertise = No expertise listed yet.
profile-languages = Languages
# A person's career stage, by its code.
career-stage = { $stage ->
    [student] Student
    [early] Early career
    [mid] Mid-career
    [senior] Senior
    [lead] Lead
   *[executive] Executive
}

## The mentor's free slots, one day per tab

book-heading = Book 15 minutes with { $name }
slots-loading = Loading free slots…
slots-none = No free slots in the next two weeks. Try again later, or ask a question.
# Follows the sentence saying which time zone the times are in.
slots-mentor-time = The mentor's local time is beside each.
slots-days = Days
# Under a day's tab: how many free slots that day has.
slots-day-free = { $count ->
    [0] none free
   *[other] { $count } free
}
slots-none-this-day = No free slot this day.
# Read by screen readers only, just before the slot's time ("17:00 CET"): $day is "Wed 9 Dec".
slot-book-at = Book { $day } at
# The slot's time for the mentor, after the viewer's own time.
slot-for-them = ({ $time } for them)

## The booking panel

your-time = Your time
their-time = { $name }'s time
agenda-label = What would you like from the 15 minutes?
agenda-hint-follow-up = A follow-up to your last session, starting from your next steps.
agenda-hint = A few lines help the mentor prepare. Up to 500 characters.
agenda-use-template = Use the agenda template
# The agenda template: three lines the mentee completes, each followed by their answer.
agenda-template-context = Context:
agenda-template-tried = What I tried:
agenda-template-want = What I want from these 15 minutes:
# A follow-up's agenda: this line, then the next steps noted last time, then the last line to complete.
follow-up-intro = Follow-up to our last session.
follow-up-steps = My next steps were:
follow-up-now = Where I am now:
email-label = Your e-mail address
email-hint = We send a six-digit code to sign you in; no password. Your first sign-in creates your account.
code-label = Six-digit code from the e-mail
other-address = Use another address
newcomer-legend = Welcome! Tell your mentor who you are
name-label = Your name
zone-label = Your time zone
# $day is "Wednesday 9 December".
same-day = You already have a session with { $name } on { $day }. Book a second one that day?
submit-wait = Please wait…
submit-send-code = Send me a code
submit-sign-in-and-book = Sign in and book
submit-save-and-book = Save and book
submit-book-again = Yes, book a second session
submit-book = Book this slot
cancel = Cancel

## The confirmation

booked-heading = Booked: 15 minutes with { $name }
booked-agenda = Agenda:
booked-next = What happens next
booked-next-invite = You and { $name } both have an e-mail with the invite.
# "My sessions" is the page of that name in the main navigation.
booked-next-link = The call link works from 10 minutes before the start, on My sessions.
booked-next-change = Something changed? Reschedule or cancel from My sessions.
booked-message = Message { $name }
see-my-sessions = See my sessions
close = Close
add-to-calendar-ics = Add to calendar (.ics)
google-calendar = Google Calendar

## Small pieces of profiles

# The tooltip of an organization's badge; $domain is "example.com".
org-badge-title = Verified e-mail address at { $domain }
# $name is an organization's name.
org-badge = at { $name }
org-badge-verified = at { $name } · verified
no-languages = No languages listed yet.
language-choose = Choose a language…
languages-you-speak = Languages you speak
language-remove = Remove { $name }
language-add = Add a language
