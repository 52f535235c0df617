# requests: the list of open questions (/requests), asking one (/requests/new), and the pieces
# the request pages share (states, formats, who may see a question, the Markdown field).

## States, formats and audiences of a request
status-open = Open, no offers yet
status-has-offers = Open, with offers
status-accepted = Offer accepted
status-closed-resolved = Closed, resolved
status-closed-unresolved = Closed, not resolved
status-closed = Closed
status-expired = Expired
format-call = A 15-minute call
format-written = An answer in writing
format-either = A call or an answer in writing
# Who may see a request: "own" said to its author, "other" said to a mentor.
audience-everyone = Every mentor
audience-mine-own = Mentors in my organization
audience-mine-other = Mentors in the mentee's organization
audience-outside-own = Mentors outside my organization
audience-outside-other = Mentors outside the mentee's organization
offer-kind-written = Written answer
offer-kind-slot = 15-minute call
offers-count = { $count ->
    [0] No offers
    [one] { $count } offer
   *[other] { $count } offers
}
# $when: a date and time, e.g. "9 Dec 2026, 17:00 CET".
timing-open-until = Open until { $when }
timing-asked = Asked { $when }
timing-closed-on = Closed { $when }
timing-closed = Closed
timing-expired-on = Expired { $when }
# Whom a new question was sent to. $skills: skill tags, e.g. "rust, go or sql".
reach-none = No mentor lists these skills yet: mentors who add them will see your question.
reach-sent = { $count ->
    [one] Sent to { $count } mentor.
   *[other] Sent to { $count } mentors.
}
reach-sent-skills = { $count ->
    [one] Sent to { $count } mentor who knows { $skills }.
   *[other] Sent to { $count } mentors who know { $skills }.
}

## The Markdown field, with Write and Preview modes
markdown-mode = Text or preview
markdown-write = Write
markdown-preview = Preview
markdown-preview-empty = Nothing to preview yet.
markdown-count = { $count } of { $max } characters

## Asking a question (/requests/new), of every fitting mentor or of one
ask-title = Ask a question
ask-sign-in-reason = Sign in to ask mentors a question. It takes a minute, and no password.
ask-mentor-not-found = Mentor not found
ask-mentor-not-found-text = This mentor does not exist, or has not made their profile visible to you.
ask-everyone-instead = Ask every mentor who fits instead
ask-heading-to = Ask { $name } a question
ask-lead = Describe what you are stuck on. Mentors who know the topic answer in writing or offer 15 minutes of their time.
ask-lead-to = Only { $name } sees it. They answer in writing or offer 15 minutes of their time; you get an e-mail when they do.
ask-closed-to-questions = { $name } is not taking questions right now. <a>Ask every mentor who fits instead</a>
ask-add-name = Add your name to <a>your profile</a> first, so that mentors know whom they are helping.
ask-title-label = Title
ask-title-placeholder = How do I review a 4,000-line pull request?
ask-title-hint = Your question in one line, up to { $max } characters.
ask-guide-summary = A good question, in four parts
ask-guide-situation = The situation: where you are, in a sentence or two.
ask-guide-tried = What you tried, and what happened.
ask-guide-help = What would help: an answer, a pointer, a second opinion.
ask-guide-constraints = Constraints: deadlines, tools you must use, what you cannot share.
ask-guide-use-template = Use this template
# The template's four headings, put in bold in the question's text.
ask-template-situation = Situation:
ask-template-tried = What I tried:
ask-template-help = What would help:
ask-template-constraints = Constraints:
ask-details-label = Details
ask-details-hint = What is the situation, what have you tried, what would help? Markdown: **bold**, _italic_, lists, `code`, [links](https://example.org).
ask-skills-label = Skills
ask-skills-hint = { $min } to { $max } skills, separated by commas. Mentors who list them see your question.
ask-format-legend = How would you like help?
ask-audience-legend = Who may see it?
ask-audience-everyone-hint = Mentors from any organization.
ask-audience-org-named = Mentors at { $organization } only
ask-audience-org = Mentors in my organization only
ask-audience-org-hint = Colleagues who know your context.
ask-audience-org-unavailable = Not available: your e-mail address is a personal one, so you belong to no organization.
ask-audience-outside-hint = For questions you would not ask at work.
ask-anonymous-label = Ask anonymously
ask-anonymous-hint = Mentors see neither your name nor your organization until you accept an offer. The mentor whose offer you accept sees who you are.
ask-anonymous-hint-to = { $name } sees neither your name nor your organization until you accept their offer.
ask-expiry-label = Keep it open for
ask-expiry-days = { $count ->
    [one] { $count } day
   *[other] { $count } days
}
ask-expiry-hint = After that it no longer takes offers; you can still read the ones you got.
ask-sending = Sending…
ask-send = Send question
ask-post = Post question
ask-cancel = Cancel

## Open requests (/requests): your questions and, for mentors, those that fit them
requests-heading = Open requests
requests-lead = One-off questions that mentors answer in writing or on a short call.
requests-visitor = Sign in to ask a question. If you mentor, you will also see the questions that fit what you know.
requests-ask = Ask a question
requests-answer-heading = Answer questions
requests-become-mentor = Mentors see the questions that fit their expertise here. <a>Become a mentor on your profile</a> to answer them.
requests-mine-heading = Your questions
requests-mine-loading = Loading your questions…
requests-mine-empty = You have not asked anything yet.
requests-for-you-heading = Requests for you
requests-for-you-lead = Open questions in your audience, best fit first. Each says why it fits you.
requests-filter-skill = Skill
requests-filter-any-skill = Any of my skills
requests-filter-answer-by = Answer by
requests-filter-call-or-writing = Call or writing
requests-filter-writing = Writing
requests-feed-loading = Loading requests…
requests-feed-count = { $count ->
    [one] { $count } request
   *[other] { $count } requests
}
requests-feed-empty-filtered = No open questions match these filters. Try another skill or format.
requests-feed-empty = No open questions fit your expertise right now. You get an e-mail when one does.
requests-you-offered = You offered
requests-your-offer-accepted = Your offer was accepted
# Followed by the reasons, e.g. "matches rust · no offers yet".
requests-why-fits = Why it fits you:
# Read by screen readers only, before the list of skills.
requests-card-skills = Skills:
requests-asked-by = Asked by { $name }
requests-asked-anonymously = Asked by Anonymous mentee
# $time: e.g. "17:00 CET".
requests-offered-call = You offered a call at { $time }.
requests-offer-now = Offer a call now (you're free)
ask-skills-placeholder = rust, code review
