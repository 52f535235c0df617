//! A mentor's availability rules and the free slots they give.

use domain::booking::{AvailabilityEnvelope, AvailabilityInput, SlotList};
use domain::error::{ApiError, ErrorBody};
use domain::ids::UserId;
use domain::time::shifted;
use jiff::SignedDuration;
use worker::Response;

use crate::http::{self, AppError, Ctx};
use crate::services::{accounts, availability, directory};
use crate::views;

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
pub async fn get_availability(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    let user = ctx.user().await?;
    let profile = accounts::profile_of(ctx, &user.id).await?;
    http::ok(&AvailabilityEnvelope { availability: availability::rules_for_editing(ctx, &profile).await? })
}

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
pub async fn put_availability(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    let user = ctx.user().await?;
    let input: AvailabilityInput = ctx.decode()?;
    let profile = accounts::profile_of(ctx, &user.id).await?;
    http::ok(&AvailabilityEnvelope { availability: availability::save_rules(ctx, &profile, input).await? })
}

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
pub async fn slots(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    let viewer = ctx.viewer().await?;
    let mentor = directory::visible_mentor(ctx, &ctx.id::<UserId>("id")?, viewer.as_ref()).await?;
    let from = ctx.instant_query("from")?.unwrap_or(ctx.now);
    let to = ctx.instant_query("to")?.unwrap_or(shifted(from, SignedDuration::from_hours(24 * 7)));
    if to <= from || to > shifted(from, SignedDuration::from_hours(24 * 31)) {
        return Err(ApiError::invalid_parameter("to", "Ask for at most 31 days after `from`.").into());
    }
    let slots = availability::free_slots(ctx, &mentor.user_id, from, to).await?;
    let slots = slots.iter().map(views::slot).collect();
    http::ok(&SlotList { slots, timezone: mentor.fields().timezone })
}
