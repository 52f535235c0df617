//! Insights for an organization's members and for everyone: totals only, never a person.

use domain::error::{ApiError, ErrorBody};
use domain::insights::{self, Insights, InsightsPreference, Period};
use worker::Response;

use crate::http::{self, AppError, Ctx};
use crate::limits::{self, HOUR};
use crate::services::insights as service;
use crate::store::insights as store;

/// The organization in the path, if the signed-in viewer is a member of it; 404 for anyone
/// else, exactly as for an organization that does not exist.
async fn member_organization(ctx: &Ctx<'_>) -> Result<String, AppError> {
    let domain = ctx.param("domain").to_ascii_lowercase();
    let viewer = ctx.viewer().await?;
    match viewer.and_then(|user| user.organization_domain) {
        Some(own) if own == domain => Ok(own),
        _ => Err(ApiError::not_found().into()),
    }
}

fn period(ctx: &Ctx<'_>) -> Result<Period, AppError> {
    Ok(Period::parse(ctx.query("period").as_deref())?)
}

/// The organization's figures, for its members only.
#[utoipa::path(
    get,
    operation_id = "organization_insights",
    path = "/api/organizations/{domain}/insights",
    tag = "insights",
    params(
        ("domain" = String, Path, description = "The organization's domain"),
        ("period" = Option<String>, Query, description = "`30d`, `90d` (default) or `365d`"),
    ),
    responses(
        (status = 200, description = "Figures from at least 5 distinct people, counts rounded down to a multiple of 5; others `null` with `suppressed: true`.", body = Insights),
        (status = 400, description = "`period` is not 30d, 90d or 365d (`invalid_parameter`).", body = ErrorBody),
        (status = 404, description = "No such organization, or the viewer is not signed in as one of its members.", body = ErrorBody),
        (status = 429, description = "More than 300 insights answers an hour from one client; see `Retry-After`.", body = ErrorBody),
    )
)]
pub async fn organization(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    let domain = member_organization(ctx).await?;
    let mut figures = service::compute(ctx, Some(&domain), period(ctx)?).await?;
    // Read afresh, not cached with the figures: a rename shows at once.
    figures.organization_name =
        crate::store::organizations::find(&ctx.db()?, &domain).await?.map(|organization| organization.name);
    http::ok(&figures)
}

/// The same figures as CSV, suppressed cells empty.
#[utoipa::path(
    get,
    operation_id = "organization_insights_csv",
    path = "/api/organizations/{domain}/insights.csv",
    tag = "insights",
    params(
        ("domain" = String, Path, description = "The organization's domain"),
        ("period" = Option<String>, Query, description = "`30d`, `90d` (default) or `365d`"),
    ),
    responses(
        (status = 200, description = "`text/csv`: `section,figure,value`.", content_type = "text/csv", body = String),
        (status = 400, description = "`period` is not 30d, 90d or 365d (`invalid_parameter`).", body = ErrorBody),
        (status = 404, description = "No such organization, or the viewer is not signed in as one of its members.", body = ErrorBody),
        (status = 429, description = "More than 300 insights answers an hour from one client; see `Retry-After`.", body = ErrorBody),
    )
)]
pub async fn organization_csv(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    let domain = member_organization(ctx).await?;
    let figures = service::compute(ctx, Some(&domain), period(ctx)?).await?;
    let filename = format!("insights-{domain}-{}.csv", figures.period.as_str());
    http::download(insights::to_csv(&figures), "text/csv; charset=utf-8", &filename)
}

/// The whole network's figures, for everyone.
#[utoipa::path(
    get,
    operation_id = "network_insights",
    path = "/api/insights",
    tag = "insights",
    params(("period" = Option<String>, Query, description = "`30d`, `90d` (default) or `365d`")),
    responses(
        (status = 200, description = "The same figures for the whole network; `skills.mentors_wanted` are the most requested skills with the fewest mentors.", body = Insights),
        (status = 400, description = "`period` is not 30d, 90d or 365d (`invalid_parameter`).", body = ErrorBody),
        (status = 429, description = "More than 300 insights answers an hour from one client; see `Retry-After`.", body = ErrorBody),
    )
)]
pub async fn network(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    http::ok(&service::compute(ctx, None, period(ctx)?).await?)
}

/// Whether the signed-in person counts in their organization's insights (on unless turned off).
#[utoipa::path(
    get,
    operation_id = "insights_preference",
    path = "/api/me/insights-preference",
    tag = "insights",
    responses(
        (status = 200, description = "The setting.", body = InsightsPreference),
        (status = 401, description = "Not signed in.", body = ErrorBody),
    )
)]
pub async fn preference(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    let user = ctx.user().await?;
    let counted = store::counted(&ctx.db()?, &user.id).await?;
    http::ok(&InsightsPreference { count_in_organization_insights: counted })
}

/// Changes of the insights preference per person per hour.
const PREFERENCE_CHANGES_PER_HOUR: i64 = 10;

/// Leaves or rejoins the organization's figures; the network's figures count everyone.
#[utoipa::path(
    put,
    operation_id = "set_insights_preference",
    path = "/api/me/insights-preference",
    tag = "insights",
    request_body = InsightsPreference,
    responses(
        (status = 200, description = "Saved; the next insights answer follows it.", body = InsightsPreference),
        (status = 401, description = "Not signed in.", body = ErrorBody),
        (status = 422, description = "The body is not `{\"count_in_organization_insights\": bool}`.", body = ErrorBody),
        (status = 429, description = "More than 10 changes an hour; see `Retry-After`.", body = ErrorBody),
    )
)]
pub async fn set_preference(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    let user = ctx.user().await?;
    let input: InsightsPreference = ctx.decode()?;
    // Each change has the organization's year of figures computed again: bounded per person.
    limits::enforce(ctx, &format!("insights-preference:{}", user.id), PREFERENCE_CHANGES_PER_HOUR, HOUR)
        .await?;
    store::set_counted(&ctx.db()?, &user.id, input.count_in_organization_insights).await?;
    http::ok(&input)
}
