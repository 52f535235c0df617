# home: the signed-in home page, the visitor's home page below its first screen, a mentor's
# impact, "I'm free now", the time-zone banner and "Mentors wanted".

## The signed-in home page (pages/my_home.rs)
home-title = Your Quarterhour
home-welcome-back = Welcome back, { $name }
home-free-now-title = Free right now?
home-free-now-hint = Offer the next 15, 30 or 60 minutes: mentees who need help now can book them.
home-more = Keep what came of your sessions in <a>your growth record</a>; the <a>guides</a> say how to make 15 minutes count.
home-loading-sessions = Loading your sessions…
home-new-bookings-title = New bookings since your last visit
home-new-booking = <strong>{ $name }</strong> booked { $when } your time
home-no-new-bookings = No new bookings.
home-next-sessions-title = Next sessions
home-nothing-booked = Nothing booked. <a>Find a mentor</a>
home-all-sessions = All your sessions
home-next-session = { $when } with { $name }
home-join-call = Join the call
home-join-call-with = with { $name }
home-call-opens = The call link opens 10 minutes before the start.
home-wrap-up-title = Sessions to wrap up
home-wrap-up-with = Wrap up your session with { $name }
home-nothing-to-wrap-up = Nothing to wrap up.
home-unread-title = Unread messages
home-loading-messages = Loading your messages…
home-unread-from = { $count } unread from { $name }
home-no-unread = No unread messages.
home-offers-title = Offers on your questions
home-loading-questions = Loading your questions…
home-offers-to-read = { $count ->
    [one] { $count } offer to read
   *[other] { $count } offers to read
}
home-no-offers = No offers waiting. <a>Ask a question</a>
home-fits-title = Questions that fit you
home-loading-fits = Loading questions…
home-no-fits = No open question fits your expertise right now.
home-all-requests = All requests for you

## Below the visitor's first screen (components/network_proof.rs)
proof-figures-label = The network in numbers
proof-figure-mentors = { $count ->
    [one] mentor
   *[other] mentors
}
proof-figure-organizations = { $count ->
    [one] organization helped
   *[other] organizations helped
}
proof-figure-sessions = { $count ->
    [one] session held in 90 days
   *[other] sessions held in 90 days
}
proof-title = Some of the mentors
proof-see-every-mentor = See every mentor
proof-impact-sessions = { $count ->
    [one] { $count } session held
   *[other] { $count } sessions held
}
proof-impact-people = { $count ->
    [one] { $count } person helped
   *[other] { $count } people helped
}
proof-impact-answers = { $count ->
    [one] { $count } answer accepted
   *[other] { $count } answers accepted
}
paths-title = Three ways to start
paths-book-title = Book a spare slot
paths-book-text = Browse mentors from any company by skill, language and time zone, and book 15 minutes with an agenda. Both of you get an invite in your own time.
paths-book-link = Browse the directory
paths-ask-title = Post a one-off question
paths-ask-text = Describe what you are stuck on. Mentors who know the topic answer in writing or offer a call. Ask outside your company, or anonymously.
paths-ask-link = See open requests
paths-give-title = Give 15 minutes
paths-give-text = Publish a profile, choose who can see you, and offer the slots you can spare. Limits per day and week keep it light.
paths-give-link = Become a mentor

## A mentor's impact (components/impact.rs)
impact-title = Impact
impact-sessions-held = { $count ->
   *[other] sessions held
}
impact-people-helped = { $count ->
   *[other] people helped
}
impact-organizations-helped = { $count ->
   *[other] other organizations helped
}
impact-answers-accepted = { $count ->
   *[other] answers accepted
}
impact-outcomes-shared = { $count ->
   *[other] outcomes shared by mentees
}
impact-kudos = Kudos
impact-kudos-tag = { $tag ->
    [clear] clear
    [practical] practical
    [kind] kind
    [insightful] insightful
    [well_prepared] well prepared
    [good_listener] good listener
    [followed_up] followed up
   *[other] { $tag }
}
impact-loading-shared = Loading what mentees shared…
impact-shared-title = What mentees did with your help
impact-shared-none = When mentees choose to tell you what came of a session or an answer, it appears here.
impact-outcome-done = Acted on it
impact-outcome-in-progress = Working on it
impact-outcome-not-yet = Not yet
impact-outcome-not-useful = It did not fit

## "I'm free now" (components/free_now.rs)
free-now-left = Free now · { $minutes } min left
free-now-end = End
free-now-open = I'm free now
free-now-choices-label = Offer slots starting in 5 minutes, for
free-now-minutes = { $minutes } min

## The time-zone banner (components/zone_banner.rs)
zone-banner-label = Your time zone
zone-banner-text = Times here follow your profile's time zone, { $profile }. This device is in { $device }.
zone-banner-use = Use { $zone } in my profile
zone-banner-keep = Keep { $zone }

## Mentors wanted (components/mentors_wanted.rs)
mentors-wanted = Mentors wanted:

# A mentor's attendance, once five sessions are reported.
impact-reliability = Showed up for { $showed } of { $reported } sessions
