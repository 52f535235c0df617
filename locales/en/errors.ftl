# The API's error messages in other languages: a client that asks in another language
# (Accept-Language) gets this text for the error's code instead of the English detail.
#
# One message per error code (the ids are the codes). A `-field` message, when there is one, is
# used when the error names a request field; { $field } is that field's name as the API spells it,
# and is the only variable these messages may use.

not_found = There is nothing here, or nothing you may see.
method_not_allowed = This address does not accept this method.
invalid_json = The request body is not the JSON this address expects.
payload_too_large = The request body is too large.
validation_failed = A value in the request is not accepted.
validation_failed-field = Check the field “{ $field }”: it is missing, not part of this request, or its value is not accepted.
invalid_parameter = A parameter of the address is not accepted.
invalid_parameter-field = The parameter “{ $field }” is not accepted.
unauthenticated = Sign in to do this.
invalid_code = This sign-in code is wrong, has expired or was already used.
forbidden_origin = This request came from another site, so it was refused.
forbidden = You may not do this.
not_a_mentor = Only mentors can do this: turn on mentoring in your profile first.
rate_limited = Too many attempts. Please wait a little and try again.
slot_taken = Someone else has just booked this slot. Choose another one.
outside_availability = The mentor does not offer this time.
over_capacity = The mentor has no more room that day or that week.
mentee_busy = You already have a session at that time.
cannot_book_self = You cannot book a session with yourself.
booking_cancelled = This session is cancelled and can no longer change.
session_started = This session has started: it can no longer be moved or cancelled.
too_many_bookings = You already hold as many upcoming sessions as allowed.
too_early = It is too early for this.
wrap_up_closed = The time to answer this is over.
booking_limited = After two missed sessions you may hold one upcoming session at a time.
request_closed = This question is closed or has moved on.
already_offered = You have already made an offer on this question.
cannot_answer_own_request = You cannot answer your own question.
not_accepting_requests = This mentor does not take questions now.
not_configured = This service is not set up for this yet.
internal = Something went wrong on our side. Please try again.
