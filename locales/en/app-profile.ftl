# profile: the profile editor (/profile), becoming a mentor (/give) and an organization's insights.

## The profile editor

profile-heading = Your profile
profile-heading-new = Complete your profile
profile-lead = What others see when they find you. Your e-mail address is never shown.
profile-sign-in-reason = Sign in to create or edit your profile.
profile-see-public = See your public profile
profile-name = Name
profile-headline = Headline
# An example headline.
profile-headline-placeholder = Staff engineer, payments
profile-headline-hint = One line, up to 120 characters.
profile-bio = About you
# Keep the Markdown marks (** _ [](…)) as they are; translate only the words.
profile-bio-hint = Markdown: **bold**, _italic_, [links](https://example.org), lists.
profile-expertise = Expertise
# Example skills: keep "Rust" and "Kubernetes".
profile-expertise-placeholder = Rust, Kubernetes, career change
profile-expertise-hint = Up to 15 skills, separated by commas.
profile-timezone = Time zone
profile-career-stage = Career stage
profile-career-stage-none = Not said
career-stage-student = Student
career-stage-early = Early career
career-stage-mid = Mid-career
career-stage-senior = Senior
career-stage-lead = Lead
career-stage-executive = Executive
profile-mentoring = Mentoring
profile-is-mentor = I mentor: list me in the directory and let people book me
profile-accepting-requests = Show me open questions that match my expertise
profile-weekly-capacity = Sessions per week, at most
profile-weekly-capacity-invalid = Enter a whole number from 0 to 40.
profile-meeting-link = Meeting link (optional)
profile-meeting-link-hint = Shared only with people who book you. Without one, each booking gets its own call room.
profile-visibility = Who can see your profile
visibility-public = Everyone
visibility-public-hint = Anyone, signed in or not, across all companies.
visibility-organization = My organization only
visibility-organization-hint = Only people with a verified address at your organization.
visibility-hidden = Nobody
visibility-hidden-hint = Hidden from everyone but you.
profile-saving = Saving…
profile-save = Save profile
saved = Saved.

## The organization, on the profile page

organization-heading = Organization
organization-personal = Your address is a personal one, so your profile shows no organization.
# $organization is the organization's badge, e.g. "at Acme · verified".
organization-shown = Your profile shows { $organization }.
# The part in <a>…</a> links to the organization's insights.
organization-insights = <a>{ $organization }'s insights</a>: totals only, never a person.
organization-name = Organization name
# $domain is the address's domain, e.g. "acme.example".
organization-name-hint = As the first member from { $domain }, you choose how it is shown.
organization-save-name = Save name
insights-preference = Count my activity in my organization's insights
insights-preference-hint = On by default. Insights show only totals from at least 5 people; turning this off leaves your organization's figures. The network's totals count everyone.

## The account

account-heading = Your data
account-download = Download my data
account-delete = Delete my account
account-delete-confirm = Delete your account and everything in it? This cannot be undone.
account-delete-yes = Yes, delete everything
account-keep = Keep my account
resume-paused = Your slots are paused: two of your sessions in the last 30 days were missed on your side (a cancellation less than 2 hours before the start counts as half). Your booked sessions stay.
resume-button = Resume mentoring

## Becoming a mentor (/give), in three steps

give-heading = Give 15 minutes
give-sign-in-reason = Sign in to become a mentor: we send a code to your e-mail address, no password.
give-step-profile = Step 1 of 3: your mentor profile
give-step-windows = Step 2 of 3: when you have 15 minutes
give-step-preview = Step 3 of 3: your public page
give-profile-lead = What mentees see when they find you. Your e-mail address is never shown.
give-expertise = What you can help with
give-next-windows = Next: your spare time
give-windows-lead = The hours each week when people may book 15 minutes with you, in your own time zone. To start: weekdays at lunchtime, at most two sessions a day, booked at least four hours ahead. You can change all of it on your profile later.
give-days = Days
weekday-mon = Monday
weekday-tue = Tuesday
weekday-wed = Wednesday
weekday-thu = Thursday
weekday-fri = Friday
weekday-sat = Saturday
weekday-sun = Sunday
# Between two times: "From 12:00 Until 13:00".
give-from = From
give-until = Until
give-next-preview = Next: preview my page
give-preview-lead = This is how mentees see you. You are listed in the directory from now on.
give-loading-page = Loading your page…
give-no-expertise = No expertise listed yet.
give-loading-slots = Loading your slots…
# $first is the first slot's day and time, e.g. "Wednesday 9 December, 12:00".
give-free-slots = { $count ->
    [one] { $count } free slot this week; the first: { $first }.
   *[other] { $count } free slots this week; the first: { $first }.
}
give-no-free-slot = No free slot this week yet: add windows or fewer limits on your profile.
give-open-public = Open my public page
give-fine-tune = Fine-tune my profile and hours

## An organization's insights (/organizations/…/insights): totals only, never a person

insights-heading = Insights: { $organization }
# <em>…</em> is the words shown for a figure kept back (insights-fewer-than-five).
insights-lead = Totals only, never a person. A figure from fewer than 5 people shows as <em>fewer than 5</em>, and counts are rounded down to a multiple of 5. Figures are brought up to date every few minutes.
insights-period = Period
insights-period-days = { $count ->
    [one] { $count } day
   *[other] { $count } days
}
insights-period-months = { $count ->
    [one] { $count } month
   *[other] { $count } months
}
insights-loading = Loading the figures…
# <a>…</a> links to the home page.
insights-not-found = There is no such organization, or you are not signed in as one of its members. <a>Home</a>
# In place of a figure from fewer than 5 people.
insights-fewer-than-five = fewer than 5
insights-too-few-sessions = not enough sessions yet
insights-hours = { $hours ->
    [one] { $hours } hour
   *[other] { $hours } hours
}
insights-participation = Participation
insights-mentors = Mentors
insights-active-mentees = Active mentees
insights-sessions-held = Sessions held
# Under "Sessions held": the part of them in which the organization's members were the mentors.
insights-sessions-as-mentor = … with members as mentors
insights-sessions-as-mentee = … with members as mentees
insights-questions-asked = Questions asked
insights-questions-answered = Questions answered
insights-median-first-offer = Median time to a first offer
insights-across = Across companies
insights-sessions-given = Sessions given to other organizations
insights-answers-given = Answers given to other organizations
insights-sessions-received = Sessions received from other organizations
insights-answers-received = Answers received from other organizations
insights-organizations-helped = Organizations helped
insights-organizations-helped-by = Organizations that helped
insights-quality = Quality
insights-rated-helpful = Sessions rated helpful
insights-too-few-ratings = not enough ratings yet
insights-percent = { $percent }%
# A kudos mentees gave, by its tag; $name is the tag as written when it is not one of these.
insights-kudos = Kudos: { $kudos ->
    [clear] clear
    [practical] practical
    [kind] kind
    [insightful] insightful
    [well_prepared] well prepared
    [good_listener] good listener
    [followed_up] followed up
   *[other] { $name }
}
insights-skills = Skills: asked about and mentored
insights-skills-none = No skill has been asked about or mentored by at least 5 members yet.
# Followed by a list of skills.
insights-gaps = Asked about, no member mentors:
# The chart's text alternative, one part per skill; $asked and $mentors are numbers or "fewer than 5".
insights-skill-summary = { $skill }: { $asked } asked, { $mentors } mentors
# The chart's legend: the colour of questions asked, and of mentors.
insights-legend-asked = asked
insights-legend-mentors = mentors
insights-skill = Skill
insights-questions = Questions
insights-trend = Trend
insights-trend-none = No month has sessions or answers from at least 5 members yet, so there is no trend to draw.
# $summary is one "month: count" per month.
insights-trend-summary = Sessions held per month. { $summary }
insights-month = Month
meeting-link-placeholder = https://meet.example.org/your-room
