//! A mentor's availability rules and the free slots they give.

use domain::booking::{AvailabilityEnvelope, AvailabilityInput, SlotList};
use domain::error::ApiError;
use domain::ids::UserId;
use domain::time::shifted;
use jiff::SignedDuration;
use worker::Response;

use crate::http::{self, AppError, Ctx};
use crate::services::{accounts, availability, directory};
use crate::views;

pub async fn get_availability(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    let user = ctx.user().await?;
    let profile = accounts::profile_of(ctx, &user.id).await?;
    http::ok(&AvailabilityEnvelope { availability: availability::rules_for_editing(ctx, &profile).await? })
}

pub async fn put_availability(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    let user = ctx.user().await?;
    let input: AvailabilityInput = ctx.decode()?;
    let profile = accounts::profile_of(ctx, &user.id).await?;
    http::ok(&AvailabilityEnvelope { availability: availability::save_rules(ctx, &profile, input).await? })
}

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
