use crate::calendar::{
    BusyCalendarList, BusyCalendarsInput, CalendarFeed, FreeNowEnvelope, FreeNowInput,
    SlotExplanationEnvelope,
};
use crate::error::ErrorBody;

/// The signed-in person's calendar feed address.
#[utoipa::path(
    get,
    operation_id = "calendar_feed",
    path = "/api/me/calendar-feed",
    tag = "calendars",
    responses(
        (status = 200, description = "The feed's address; `url` is null while the feed is off.", body = CalendarFeed),
        (status = 401, description = "Not signed in.", body = ErrorBody),
    )
)]
pub fn feed() {}

/// Turns the feed on, or gives it a new address: the old address is 404 at once.
#[utoipa::path(
    post,
    operation_id = "rotate_calendar_feed",
    path = "/api/me/calendar-feed",
    tag = "calendars",
    responses(
        (status = 200, description = "The new address.", body = CalendarFeed),
        (status = 401, description = "Not signed in.", body = ErrorBody),
        (status = 429, description = "More than 20 new addresses an hour.", body = ErrorBody),
    )
)]
pub fn rotate_feed() {}

/// Turns the feed off: its address is 404 from now on.
#[utoipa::path(
    delete,
    operation_id = "delete_calendar_feed",
    path = "/api/me/calendar-feed",
    tag = "calendars",
    responses(
        (status = 204, description = "Off (also when it was off)."),
        (status = 401, description = "Not signed in.", body = ErrorBody),
    )
)]
pub fn delete_feed() {}

/// The feed itself, for calendar apps: no cookie, the token is the key.
#[utoipa::path(
    get,
    operation_id = "calendar_feed_ics",
    path = "/cal/{token}.ics",
    tag = "calendars",
    params(
        ("token" = String, Path, description = "The feed's secret token"),
        ("If-None-Match" = Option<String>, Header, description = "The `ETag` of the feed last read"),
    ),
    responses(
        (status = 200, description = "`text/calendar` (`METHOD:PUBLISH`): upcoming sessions and those of the last 30 days, with the UID and SEQUENCE of their invites; cancelled ones with `STATUS:CANCELLED`. The `ETag` changes only when what the feed says changes.", content_type = "text/calendar", body = String),
        (status = 304, description = "Unchanged since the `ETag` in `If-None-Match`."),
        (status = 404, description = "No feed has this address (never had, rotated or turned off).", body = ErrorBody),
        (status = 429, description = "More than 120 reads of this feed an hour.", body = ErrorBody),
    )
)]
pub fn feed_ics() {}

/// The signed-in mentor's busy calendars: host and last 4 characters only.
#[utoipa::path(
    get,
    operation_id = "busy_calendars",
    path = "/api/me/busy-calendars",
    tag = "calendars",
    responses(
        (status = 200, description = "Each calendar with the status of its last fetch.", body = BusyCalendarList),
        (status = 401, description = "Not signed in.", body = ErrorBody),
    )
)]
pub fn busy_calendars() {}

/// Replaces the signed-in mentor's busy calendars and reads each at once.
#[utoipa::path(
    put,
    operation_id = "put_busy_calendars",
    path = "/api/me/busy-calendars",
    tag = "calendars",
    request_body = BusyCalendarsInput,
    responses(
        (status = 200, description = "The calendars, each read once: `status` says how it went. Slots never fail because a calendar does.", body = BusyCalendarList),
        (status = 401, description = "Not signed in.", body = ErrorBody),
        (status = 403, description = "Mentoring is off in the profile (`not_a_mentor`).", body = ErrorBody),
        (status = 422, description = "More than 3 addresses, or one that is not https or names a machine rather than a calendar service (`field: urls`).", body = ErrorBody),
        (status = 429, description = "More than 30 saves an hour.", body = ErrorBody),
    )
)]
pub fn put_busy_calendars() {}

/// Why a start is or is not one of the signed-in mentor's free slots.
#[utoipa::path(
    get,
    operation_id = "explain_slot",
    path = "/api/me/availability/explain",
    tag = "calendars",
    params(("start" = String, Query, description = "The slot's start, RFC 3339")),
    responses(
        (status = 200, description = "`offered`, or the first rule that keeps it back.", body = SlotExplanationEnvelope),
        (status = 400, description = "`start` missing or not RFC 3339 (`invalid_parameter`).", body = ErrorBody),
        (status = 401, description = "Not signed in.", body = ErrorBody),
        (status = 422, description = "`start` more than a year before or two years after now (`validation_failed`).", body = ErrorBody),
    )
)]
pub fn explain() {}

/// "I'm free right now": the mentor's next quarter hours, bookable with 5 minutes' notice.
#[utoipa::path(
    post,
    operation_id = "start_free_now",
    path = "/api/me/free-now",
    tag = "calendars",
    request_body = FreeNowInput,
    responses(
        (status = 200, description = "The window, from the next 5-minute mark at least 5 minutes away, and the slots it offers (bookings, buffers, caps and busy calendars still apply).", body = FreeNowEnvelope),
        (status = 401, description = "Not signed in.", body = ErrorBody),
        (status = 403, description = "Only mentors offer slots (`forbidden`).", body = ErrorBody),
        (status = 422, description = "`minutes` is not 15, 30 or 60.", body = ErrorBody),
        (status = 429, description = "More than 30 an hour.", body = ErrorBody),
    )
)]
pub fn start_free_now() {}

/// Ends "I'm free right now" early; booked sessions stay.
#[utoipa::path(
    delete,
    operation_id = "end_free_now",
    path = "/api/me/free-now",
    tag = "calendars",
    responses(
        (status = 204, description = "Ended (also when it was not on)."),
        (status = 401, description = "Not signed in.", body = ErrorBody),
    )
)]
pub fn end_free_now() {}
