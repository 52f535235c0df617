//! What came of it: the outcome check-in, a mentor's own impact, and the growth record.

use domain::growth::{self, Growth};
use domain::outcome::OutcomeInput;
use worker::Response;

use crate::http::{self, AppError, Ctx};
use crate::services::{accounts, growth as growth_service, outcomes};
use crate::views;

pub async fn get(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    let user = ctx.user().await?;
    let subject = outcomes::subject(ctx, &user, ctx.param("kind"), ctx.id("id")?).await?;
    http::ok(&views::outcome::envelope(outcomes::get(ctx, &user, &subject).await?))
}

pub async fn put(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    let user = ctx.user().await?;
    let subject = outcomes::subject(ctx, &user, ctx.param("kind"), ctx.id("id")?).await?;
    let input: OutcomeInput = ctx.decode()?;
    http::ok(&views::outcome::envelope(outcomes::record(ctx, &user, &subject, &input).await?))
}

pub async fn my_impact(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    let user = ctx.user().await?;
    let (impact, shared) = outcomes::my_impact(ctx, &user.id).await?;
    http::ok(&views::outcome::my_impact(&impact, shared))
}

async fn record(ctx: &Ctx<'_>) -> Result<(String, Growth), AppError> {
    let user = ctx.user().await?;
    let profile = accounts::profile_of(ctx, &user.id).await?;
    let growth = growth_service::of(ctx, &user, &profile.timezone).await?;
    Ok((profile.display_name, growth))
}

pub async fn growth(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    let (_, growth) = record(ctx).await?;
    http::ok(&growth)
}

pub async fn growth_markdown(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    let (name, growth) = record(ctx).await?;
    http::download(
        growth::to_markdown(&growth, &name, &domain::time::rfc3339(ctx.now), &growth::English),
        "text/markdown; charset=utf-8",
        "growth.md",
    )
}
