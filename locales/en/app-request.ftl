# request: one request's page. Its author reads the offers, accepts one, edits and closes it; a
# mentor makes an offer (a written answer or one of their free 15-minute slots).
# "<a>…</a>" marks a link. "<span>…</span>" marks words only screen readers hear: they complete
# the visible words before them (a button reads "Accept", a screen reader "Accept Asha's offer").

request-title = Request
request-sign-in-reason = Sign in to read this question. Questions are shown to their author and to the mentors they are meant for.
request-not-found-title = Request not found
request-not-found = This question does not exist, or it is not one you can see: questions are shown to their author, and to the mentors they are meant for while they are open.
request-see-open = See open requests
request-loading = Loading the request…
request-back = Back to requests

## The request's facts
facts-skills = Skills
facts-skills-none = None
facts-format = Help wanted
facts-audience = Who may see it
facts-asked = Asked

## Who asked. $name is shown in bold.
author-anonymous = You asked anonymously.
author-anonymous-accepted = The mentor whose offer you accepted sees your name and organization; other mentors do not.
author-anonymous-hidden = Mentors see neither your name nor your organization until you accept their offer.
author-you = Asked by you.
author-by = Asked by { $name }
# $headline: the mentee's own one-line description ("Staff engineer").
author-by-headline = Asked by { $name }, { $headline }
# Follows the mentee's name and organization.
author-by-anonymously = (asked anonymously; you see who they are because they accepted your offer)
author-unknown = Anonymous mentee.
author-unknown-detail = They chose not to show their name or organization; you will see who they are if they accept your offer.

## A slot: $day "Tuesday 1 December", $time "14:00" in the reader's time; $theirs the same
## moment in the other person's time zone, $zone (e.g. "Asia/Kolkata").
slot-mine = { $day }, { $time } your time
slot-both = { $day }, { $time } your time · { $theirs } for { $name } ({ $zone })

## What just happened, announced on the page
notice-accepted = You accepted { $name }'s offer.
notice-open-conversation = Open the conversation
# $slot: a slot as above.
notice-booked = Booked: { $slot }. Both of you have an e-mail with the invite.
notice-answer-sent = Your answer was sent. The mentee gets an e-mail and can accept your offer.
notice-slot-offered = Your slot was offered. The mentee gets an e-mail and can accept your offer.
notice-edited = Saved. Mentors see your question as it is now.
notice-closed-resolved = Closed. Glad it is resolved; thank you for saying so.
notice-closed = Closed. It takes no more offers; your conversations stay open.

## An offer
offer-yours = Your offer
offer-answer-title = Answer this question
offer-not-taken = This request no longer takes offers.
offer-accepted = Accepted
offer-waiting = Waiting for the mentee to accept
# $when: a date and time.
offer-sent = Sent { $when }
# Followed by a slot.
offer-proposed = Proposed:
offer-open-conversation = Open conversation
offer-open-conversation-with = Open conversation<span> with { $name }</span>
offer-accept = Accept<span> { $name }'s offer</span>
offer-growth = Did you act on it? Say what came of it in <a>your growth record</a>.

## A mentor's offer form
form-kind-legend = How will you help?
form-kind-written = Answer in writing
form-kind-call = Offer a 15-minute call
form-asked-written = The mentee asked for an answer in writing.
form-asked-call = The mentee asked for a call: offer one of your free slots.
tips-title = Tips for a useful answer
tips-question-first = Answer the question asked first; context can follow.
tips-next-step = Give one next step the mentee can take today.
tips-what-to-check = Say what you would check, not only what you would do.
tips-call = Unsure? Offer a call instead: 15 minutes often beat a long reply.
form-answer-label = Your answer
# Keep the Markdown marks (**, _, `, [ ](…)) and the address as they are.
form-answer-hint = Markdown: **bold**, _italic_, lists, `code`, [links](https://example.org). If the mentee accepts, it opens your conversation.
form-note-label = Note (optional)
form-note-hint = A line on how you would use the 15 minutes.
form-sending = Sending…
form-send-answer = Send answer
form-offer-slot = Offer this slot
slots-loading = Loading your free slots…
slots-none = You have no free slots in the next two weeks. <a>Add availability on your profile</a>, or answer in writing if the mentee allows it.
slots-label = Your free slot
slots-choose = Choose a slot
# $time in the mentor's time, $theirs in the mentee's.
slots-option = { $time } ({ $theirs } for { $name })
slots-hint = From your availability, in your time zone. If the mentee accepts, it is booked for both of you.

## The author's controls
edit-open = Edit question
edit-until = You can edit it until a mentor makes an offer.
edit-title = Edit your question
edit-title-label = Title
edit-details-label = Details
edit-details-hint = Markdown: **bold**, _italic_, lists, `code`, [links](https://example.org).
edit-skills-label = Skills
# $min is 1, $max 5.
edit-skills-hint = { $min } to { $max } skills, separated by commas.
edit-format-legend = How would you like help?
edit-saving = Saving…
edit-save = Save changes
edit-cancel = Cancel
offers-title = Offers
offers-none-yet = No offers yet. Mentors whose expertise fits are told about your question; you get an e-mail when one answers.
offers-none = No mentor made an offer.
close-title = Close this request
close-lead = Closing it stops new offers. Conversations you have started stay open.
close-legend = Did you get the help you needed?
close-yes = Yes, it is resolved
close-no = No, but I no longer need it
close-required = Say whether you got the help you needed.
close-closing = Closing…
close-submit = Close request
