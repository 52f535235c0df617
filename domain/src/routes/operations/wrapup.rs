use crate::booking::BookingEnvelope;
use crate::error::ErrorBody;
use crate::wrapup::{AttendanceInput, FeedbackEnvelope, FeedbackInput};

/// Says whether the session happened, from the reporter's side.
#[utoipa::path(
    post,
    operation_id = "report_attendance",
    path = "/api/bookings/{id}/attendance",
    tag = "after the session",
    params(("id" = String, Path, description = "The booking's id")),
    request_body = AttendanceInput,
    responses(
        (status = 200, description = "Recorded; `attendance` is what both reports add up to so far.", body = BookingEnvelope),
        (status = 401, description = "Not signed in.", body = ErrorBody),
        (status = 404, description = "No such booking for this user.", body = ErrorBody),
        (status = 422, description = "Before the end (`too_early`), more than 48 hours after it (`wrap_up_closed`), a cancelled booking (`booking_cancelled`), or an unknown `outcome`.", body = ErrorBody),
        (status = 429, description = "More than 60 reports and feedback an hour; see `Retry-After`.", body = ErrorBody),
    )
)]
pub fn report_attendance() {}

/// The viewer's own feedback on a session, and what the other participant told them.
#[utoipa::path(
    get,
    operation_id = "booking_feedback",
    path = "/api/bookings/{id}/feedback",
    tag = "after the session",
    params(("id" = String, Path, description = "The booking's id")),
    responses(
        (status = 200, description = "`mine` in full; `from_other`: kudos and note only, never a rating.", body = FeedbackEnvelope),
        (status = 401, description = "Not signed in.", body = ErrorBody),
        (status = 404, description = "No such booking for this user.", body = ErrorBody),
    )
)]
pub fn booking_feedback() {}

/// Gives or changes feedback on a session: once per side, for 14 days after it ended. Mentors
/// give kudos and notes; only mentees rate, and no rating is ever shown to anyone.
#[utoipa::path(
    put,
    operation_id = "give_booking_feedback",
    path = "/api/bookings/{id}/feedback",
    tag = "after the session",
    params(("id" = String, Path, description = "The booking's id")),
    request_body = FeedbackInput,
    responses(
        (status = 200, description = "Saved.", body = FeedbackEnvelope),
        (status = 401, description = "Not signed in.", body = ErrorBody),
        (status = 404, description = "No such booking for this user.", body = ErrorBody),
        (status = 422, description = "Before the end (`too_early`), 14 days after it (`wrap_up_closed`), a cancelled booking, or a field breaks its rule (`field` names it).", body = ErrorBody),
        (status = 429, description = "More than 60 reports and feedback an hour; see `Retry-After`.", body = ErrorBody),
    )
)]
pub fn give_booking_feedback() {}

/// The author's own feedback on the accepted answer to their question, and what the mentor told them.
#[utoipa::path(
    get,
    operation_id = "request_feedback",
    path = "/api/requests/{id}/feedback",
    tag = "after the session",
    params(("id" = String, Path, description = "The request's id")),
    responses(
        (status = 200, description = "`mine` in full; both null until an answer is accepted.", body = FeedbackEnvelope),
        (status = 401, description = "Not signed in.", body = ErrorBody),
        (status = 404, description = "No such request of this user.", body = ErrorBody),
    )
)]
pub fn request_feedback() {}

/// The author of an answered question gives or changes feedback on the accepted answer.
#[utoipa::path(
    put,
    operation_id = "give_request_feedback",
    path = "/api/requests/{id}/feedback",
    tag = "after the session",
    params(("id" = String, Path, description = "The request's id")),
    request_body = FeedbackInput,
    responses(
        (status = 200, description = "Saved.", body = FeedbackEnvelope),
        (status = 401, description = "Not signed in.", body = ErrorBody),
        (status = 404, description = "No such request of this user.", body = ErrorBody),
        (status = 422, description = "No answer accepted yet (`too_early`), 14 days after it was (`wrap_up_closed`), or a field breaks its rule.", body = ErrorBody),
        (status = 429, description = "More than 60 reports and feedback an hour; see `Retry-After`.", body = ErrorBody),
    )
)]
pub fn give_request_feedback() {}

/// Ends the signed-in mentor's pause: their free slots are offered again at once.
#[utoipa::path(
    post,
    operation_id = "resume_mentoring",
    path = "/api/me/resume",
    tag = "after the session",
    responses(
        (status = 204, description = "Resumed (also when not paused)."),
        (status = 401, description = "Not signed in.", body = ErrorBody),
    )
)]
pub fn resume() {}
