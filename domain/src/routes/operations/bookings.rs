use crate::booking::{BookingEnvelope, BookingList, BookingRequest, CancelRequest, RescheduleRequest};
use crate::error::ErrorBody;

/// Books a free slot. A retry with the same `Idempotency-Key` returns the same booking.
#[utoipa::path(
    post,
    operation_id = "create_booking",
    path = "/api/bookings",
    tag = "bookings",
    request_body = BookingRequest,
    params(("Idempotency-Key" = Option<String>, Header, description = "Makes retries safe: the same key returns the same booking")),
    responses(
        (status = 201, description = "Booked; both participants are mailed an invite.", body = BookingEnvelope),
        (status = 401, description = "Not signed in.", body = ErrorBody),
        (status = 404, description = "No such mentor, or not visible to the viewer.", body = ErrorBody),
        (status = 409, description = "The slot was just taken, or the mentor has another session then (`slot_taken`).", body = ErrorBody),
        (status = 422, description = "Outside the mentor's rules (`outside_availability`), past their caps (`over_capacity`), overlapping another session of the mentee (`mentee_busy`), booking oneself (`cannot_book_self`), holding 10 upcoming sessions or 2 with this mentor already (`too_many_bookings`), or a field is invalid.", body = ErrorBody),
        (status = 429, description = "More than 20 bookings, cancellations and moves in an hour; see `Retry-After`.", body = ErrorBody),
    )
)]
pub fn create() {}

/// The signed-in user's bookings, as mentor and as mentee, past and upcoming, by start.
#[utoipa::path(
    get,
    operation_id = "my_bookings",
    path = "/api/me/bookings",
    tag = "bookings",
    params(
        ("limit" = Option<u32>, Query, minimum = 1, maximum = 100, description = "Page size, default 100"),
        ("cursor" = Option<String>, Query, description = "`meta.next_cursor` of the previous page"),
    ),
    responses(
        (status = 200, description = "One page of the user's bookings: upcoming ones soonest first, then past ones latest first; `meta.next_cursor` fetches the next page.", body = BookingList),
        (status = 400, description = "`limit` is not 1–100, or `cursor` is not one this API gave (`invalid_parameter`).", body = ErrorBody),
        (status = 401, description = "Not signed in.", body = ErrorBody),
    )
)]
pub fn mine() {}

/// Cancels a booking; either participant may.
#[utoipa::path(
    post,
    operation_id = "cancel_booking",
    path = "/api/bookings/{id}/cancel",
    tag = "bookings",
    params(("id" = String, Path, description = "The booking's id")),
    request_body = CancelRequest,
    responses(
        (status = 200, description = "Cancelled (also when it already was); both are mailed.", body = BookingEnvelope),
        (status = 401, description = "Not signed in.", body = ErrorBody),
        (status = 404, description = "No such booking for this user.", body = ErrorBody),
        (status = 409, description = "The session has started (`session_started`).", body = ErrorBody),
        (status = 422, description = "The reason is too long or holds control characters.", body = ErrorBody),
        (status = 429, description = "More than 20 bookings, cancellations and moves in an hour; see `Retry-After`.", body = ErrorBody),
    )
)]
pub fn cancel() {}

/// Moves a booking to another free slot of the same mentor; either participant may.
#[utoipa::path(
    post,
    operation_id = "reschedule_booking",
    path = "/api/bookings/{id}/reschedule",
    tag = "bookings",
    params(("id" = String, Path, description = "The booking's id")),
    request_body = RescheduleRequest,
    responses(
        (status = 200, description = "Moved; both are mailed an updated invite.", body = BookingEnvelope),
        (status = 401, description = "Not signed in.", body = ErrorBody),
        (status = 404, description = "No such booking for this user.", body = ErrorBody),
        (status = 409, description = "The new slot is taken (`slot_taken`), the booking is cancelled (`booking_cancelled`), or the session has started (`session_started`).", body = ErrorBody),
        (status = 429, description = "More than 20 bookings, cancellations and moves in an hour; see `Retry-After`.", body = ErrorBody),
        (status = 422, description = "The new time is not offered, past a cap, or clashes with the mentee's sessions.", body = ErrorBody),
    )
)]
pub fn reschedule() {}

/// The booking as an iCalendar invite (a cancellation once cancelled).
#[utoipa::path(
    get,
    operation_id = "booking_invite",
    path = "/api/bookings/{id}/invite.ics",
    tag = "bookings",
    params(("id" = String, Path, description = "The booking's id")),
    responses(
        (status = 200, description = "An RFC 5545 calendar.", content_type = "text/calendar"),
        (status = 401, description = "Not signed in.", body = ErrorBody),
        (status = 404, description = "No such booking for this user.", body = ErrorBody),
    )
)]
pub fn invite() {}
