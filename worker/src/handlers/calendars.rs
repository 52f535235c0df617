//! Calendars: the personal feed, busy calendars, why a slot is (not) offered, "free now".

use domain::calendar::{
    BusyCalendarList, BusyCalendarsInput, CalendarFeed, FreeNowEnvelope, FreeNowInput, SlotExplanation,
    SlotExplanationEnvelope, explain_message, is_feed_token,
};
use domain::error::{ApiError, ErrorCode};
use domain::time::rfc3339;
use jiff::SignedDuration;
use worker::Response;

use crate::http::{self, AppError, Ctx};
use crate::limits::{self, HOUR};
use crate::services::{accounts, availability, calendars, invites};
use crate::store::{self, bookings};
use crate::views;

pub async fn feed(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    let user = ctx.user().await?;
    http::ok(&CalendarFeed { url: calendars::feed(ctx, &user.id).await? })
}

pub async fn rotate_feed(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    let user = ctx.user().await?;
    limits::enforce(ctx, &format!("calendar-feed:{}", user.id), 20, HOUR).await?;
    http::ok(&CalendarFeed { url: Some(calendars::rotate_feed(ctx, &user.id).await?) })
}

pub async fn delete_feed(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    let user = ctx.user().await?;
    store::calendars::delete_feed(&ctx.db()?, &user.id).await?;
    Ok(http::empty(204))
}

/// Sessions listed by a feed: from 30 days back.
const FEED_PAST_DAYS: i64 = 30;

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

pub async fn busy_calendars(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    let user = ctx.user().await?;
    let rows = store::calendars::of_user(&ctx.db()?, &user.id).await?;
    http::ok(&BusyCalendarList { calendars: views::calendar::busy_calendars(&rows, ctx.now) })
}

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

pub async fn end_free_now(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    let user = ctx.user().await?;
    calendars::end_free_now(ctx, &user.id).await?;
    Ok(http::empty(204))
}
