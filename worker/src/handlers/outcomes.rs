//! What came of it: the outcome check-in, a mentor's own impact, and the growth record.

use domain::error::ErrorBody;
use domain::growth::{self, Growth};
use domain::outcome::{MyImpact, OutcomeEnvelope, OutcomeInput};
use worker::Response;

use crate::http::{self, AppError, Ctx};
use crate::services::{accounts, growth as growth_service, outcomes};
use crate::views;

/// The mentee's outcome of a held session or an answered question, null until they say.
#[utoipa::path(
    get,
    operation_id = "my_outcome",
    path = "/api/outcomes/{kind}/{id}",
    tag = "after the session",
    params(
        ("kind" = String, Path, description = "`booking` or `request`"),
        ("id" = String, Path, description = "The booking's or the request's id"),
    ),
    responses(
        (status = 200, description = "The outcome, or null.", body = OutcomeEnvelope),
        (status = 401, description = "Not signed in.", body = ErrorBody),
        (status = 404, description = "No such session or question of which the viewer is the mentee.", body = ErrorBody),
    )
)]
pub async fn get(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    let user = ctx.user().await?;
    let subject = outcomes::subject(ctx, &user, ctx.param("kind"), ctx.id("id")?).await?;
    http::ok(&views::outcome::envelope(outcomes::get(ctx, &user, &subject).await?))
}

/// Says what came of a held session or an accepted answer; the mentor sees it only when
/// `share_with_mentor` is true. May be changed at any time.
#[utoipa::path(
    put,
    operation_id = "record_outcome",
    path = "/api/outcomes/{kind}/{id}",
    tag = "after the session",
    params(
        ("kind" = String, Path, description = "`booking` or `request`"),
        ("id" = String, Path, description = "The booking's or the request's id"),
    ),
    request_body = OutcomeInput,
    responses(
        (status = 200, description = "Saved.", body = OutcomeEnvelope),
        (status = 401, description = "Not signed in.", body = ErrorBody),
        (status = 404, description = "No such session or question of which the viewer is the mentee.", body = ErrorBody),
        (status = 422, description = "The session was not held or no answer is accepted (`too_early`), or a field breaks its rule (`field` names it).", body = ErrorBody),
        (status = 429, description = "More than 60 reports, feedback and outcomes an hour; see `Retry-After`.", body = ErrorBody),
    )
)]
pub async fn put(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    let user = ctx.user().await?;
    let subject = outcomes::subject(ctx, &user, ctx.param("kind"), ctx.id("id")?).await?;
    let input: OutcomeInput = ctx.decode()?;
    http::ok(&views::outcome::envelope(outcomes::record(ctx, &user, &subject, &input).await?))
}

/// The signed-in mentor's impact, with what mentees chose to share of their outcomes.
#[utoipa::path(
    get,
    operation_id = "my_impact",
    path = "/api/me/impact",
    tag = "after the session",
    responses(
        (status = 200, description = "Totals as on the public profile, and the shared outcomes, newest first.", body = MyImpact),
        (status = 401, description = "Not signed in.", body = ErrorBody),
    )
)]
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

/// The signed-in user's growth record: sessions and answers given and received, their own notes
/// and next steps, outcomes and kudos, by month in their zone.
#[utoipa::path(
    get,
    operation_id = "my_growth",
    path = "/api/me/growth",
    tag = "after the session",
    responses(
        (status = 200, description = "The record, newest month first.", body = Growth),
        (status = 401, description = "Not signed in.", body = ErrorBody),
    )
)]
pub async fn growth(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    let (_, growth) = record(ctx).await?;
    http::ok(&growth)
}

/// The growth record as a Markdown document for a performance review or development plan: no
/// one's e-mail address, other people by display name only.
#[utoipa::path(
    get,
    operation_id = "my_growth_markdown",
    path = "/api/me/growth.md",
    tag = "after the session",
    responses(
        (status = 200, description = "`text/markdown`, as a download named growth.md.", content_type = "text/markdown", body = String),
        (status = 401, description = "Not signed in.", body = ErrorBody),
    )
)]
pub async fn growth_markdown(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    let (name, growth) = record(ctx).await?;
    http::download(growth::to_markdown(&growth, &name, ctx.now), "text/markdown; charset=utf-8", "growth.md")
}
