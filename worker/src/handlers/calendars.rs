//! Calendars: the personal feed, busy calendars, why a slot is (not) offered, "free now".

use domain::calendar::{
    BusyCalendarList, BusyCalendarsInput, CalendarFeed, FreeNowEnvelope, FreeNowInput, SlotExplanation,
    SlotExplanationEnvelope, explain_message, is_feed_token,
};
use domain::error::{ApiError, ErrorBody, ErrorCode};
use domain::time::rfc3339;
use jiff::SignedDuration;
use worker::Response;

use crate::http::{self, AppError, Ctx};
use crate::limits::{self, HOUR};
use crate::services::{accounts, availability, calendars, invites};
use crate::store::{self, bookings};
use crate::views;

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
pub async fn feed(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    let user = ctx.user().await?;
    http::ok(&CalendarFeed { url: calendars::feed(ctx, &user.id).await? })
}

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
pub async fn rotate_feed(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    let user = ctx.user().await?;
    limits::enforce(ctx, &format!("calendar-feed:{}", user.id), 20, HOUR).await?;
    http::ok(&CalendarFeed { url: Some(calendars::rotate_feed(ctx, &user.id).await?) })
}

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
pub async fn delete_feed(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    let user = ctx.user().await?;
    store::calendars::delete_feed(&ctx.db()?, &user.id).await?;
    Ok(http::empty(204))
}

/// Sessions listed by a feed: from 30 days back.
const FEED_PAST_DAYS: i64 = 30;

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
pub async fn feed_ics(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    // The route takes the `.ics` off: the parameter is the token itself.
    let token = Some(ctx.param("token")).filter(|t| is_feed_token(t)).ok_or_else(ApiError::not_found)?;
    let owner = calendars::feed_owner(ctx, token).await?.ok_or_else(ApiError::not_found)?;
    limits::enforce(ctx, &format!("feed:{}", &calendars::token_hash(token)[..32]), 120, HOUR).await?;
    let since = ctx.now - SignedDuration::from_hours(24 * FEED_PAST_DAYS);
    let rows = bookings::for_feed(&ctx.db()?, &owner, since).await?;
    // Calendar apps poll every 15 minutes and mostly hear that nothing changed.
    let feed = invites::feed(&rows, owner.as_ref(), ctx.now);
    let etag = invites::feed_etag(&feed);
    let response = if http::etag_matches(ctx.header("if-none-match").as_deref(), &etag) {
        http::empty(304)
    } else {
        Response::builder().with_status(200).fixed(feed.into_bytes())
    };
    response.headers().set("content-type", "text/calendar; charset=utf-8")?;
    response.headers().set("cache-control", "private, max-age=300")?;
    response.headers().set("etag", &etag)?;
    Ok(response)
}

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
pub async fn busy_calendars(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    let user = ctx.user().await?;
    let rows = store::calendars::of_user(&ctx.db()?, &user.id).await?;
    http::ok(&BusyCalendarList { calendars: views::calendar::busy_calendars(&rows, ctx.now) })
}

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
pub async fn put_busy_calendars(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    let user = ctx.user().await?;
    let input: BusyCalendarsInput = ctx.decode()?;
    limits::enforce(ctx, &format!("busy-calendars:{}", user.id), 30, HOUR).await?;
    let profile = accounts::profile_of(ctx, &user.id).await?;
    if !profile.fields().is_mentor {
        return Err(ApiError::new(
            ErrorCode::NotAMentor,
            "Only mentors read busy times from their calendars: turn mentoring on in your profile.",
        )
        .into());
    }
    let rows = calendars::save(ctx, &profile, &input.urls).await?;
    http::ok(&BusyCalendarList { calendars: views::calendar::busy_calendars(&rows, ctx.now) })
}

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
pub async fn explain(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    let user = ctx.user().await?;
    let start = ctx.instant_query("start")?.ok_or_else(|| {
        ApiError::invalid_parameter("start", "Use an RFC 3339 time like 2026-12-01T14:00:00Z.")
    })?;
    let status = availability::explain(ctx, &user.id, start).await?;
    http::ok(&SlotExplanationEnvelope {
        explanation: SlotExplanation {
            start: rfc3339(start),
            status,
            message: explain_message(status).into(),
        },
    })
}

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
pub async fn start_free_now(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    let user = ctx.user().await?;
    let minutes = ctx.decode::<FreeNowInput>()?.minutes()?;
    if !accounts::profile_of(ctx, &user.id).await?.fields().is_mentor {
        return Err(ApiError::new(
            ErrorCode::Forbidden,
            "Only mentors offer slots: turn mentoring on in your profile.",
        )
        .into());
    }
    limits::enforce(ctx, &format!("free-now:{}", user.id), 30, HOUR).await?;
    let (window, slots) = calendars::start_free_now(ctx, &user.id, minutes).await?;
    http::ok(&FreeNowEnvelope { free_now: views::calendar::free_now(&window, &slots) })
}

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
pub async fn end_free_now(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    let user = ctx.user().await?;
    calendars::end_free_now(ctx, &user.id).await?;
    Ok(http::empty(204))
}
