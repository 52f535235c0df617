use crate::booking::{AvailabilityEnvelope, AvailabilityInput, SlotList};
use crate::error::ErrorBody;

/// The signed-in mentor's availability rules.
#[utoipa::path(
    get,
    operation_id = "get_availability",
    path = "/api/me/availability",
    tag = "bookings",
    responses(
        (status = 200, description = "The rules; defaults when none are set.", body = AvailabilityEnvelope),
        (status = 401, description = "Not signed in.", body = ErrorBody),
    )
)]
pub fn get_availability() {}

/// Replaces the signed-in mentor's availability rules.
#[utoipa::path(
    put,
    operation_id = "put_availability",
    path = "/api/me/availability",
    tag = "bookings",
    request_body = AvailabilityInput,
    responses(
        (status = 200, description = "The rules as saved.", body = AvailabilityEnvelope),
        (status = 401, description = "Not signed in.", body = ErrorBody),
        (status = 422, description = "A rule is invalid; `field` names it.", body = ErrorBody),
    )
)]
pub fn put_availability() {}

/// A mentor's free slots between `from` and `to` (default: the next 7 days; at most 31).
#[utoipa::path(
    get,
    operation_id = "mentor_slots",
    path = "/api/mentors/{id}/slots",
    tag = "bookings",
    params(
        ("id" = String, Path, description = "The mentor's user id"),
        ("from" = Option<String>, Query, description = "RFC 3339; default now"),
        ("to" = Option<String>, Query, description = "RFC 3339; default 7 days after `from`"),
    ),
    responses(
        (status = 200, description = "Free slots, in UTC.", body = SlotList),
        (status = 400, description = "`from`/`to` malformed or more than 31 days apart.", body = ErrorBody),
        (status = 422, description = "`from` or `to` more than a year before or two years after now (`validation_failed`).", body = ErrorBody),
        (status = 404, description = "No such mentor, or not visible to the viewer.", body = ErrorBody),
    )
)]
pub fn slots() {}
