//! Insights for an organization's members and for everyone: totals only, never a person.

use domain::error::ApiError;
use domain::insights::{self, InsightsPreference, Period};
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

pub async fn organization(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    let domain = member_organization(ctx).await?;
    let mut figures = service::compute(ctx, Some(&domain), period(ctx)?).await?;
    // Read afresh, not cached with the figures: a rename shows at once.
    figures.organization_name =
        crate::store::organizations::find(&ctx.db()?, &domain).await?.map(|organization| organization.name);
    http::ok(&figures)
}

pub async fn organization_csv(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    let domain = member_organization(ctx).await?;
    let figures = service::compute(ctx, Some(&domain), period(ctx)?).await?;
    let filename = format!("insights-{domain}-{}.csv", figures.period.as_str());
    http::download(insights::to_csv(&figures), "text/csv; charset=utf-8", &filename)
}

pub async fn network(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    http::ok(&service::compute(ctx, None, period(ctx)?).await?)
}

pub async fn preference(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    let user = ctx.user().await?;
    let counted = store::counted(&ctx.db()?, &user.id).await?;
    http::ok(&InsightsPreference { count_in_organization_insights: counted })
}

/// Changes of the insights preference per person per hour.
const PREFERENCE_CHANGES_PER_HOUR: i64 = 10;

pub async fn set_preference(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    let user = ctx.user().await?;
    let input: InsightsPreference = ctx.decode()?;
    // Each change has the organization's year of figures computed again: bounded per person.
    limits::enforce(ctx, &format!("insights-preference:{}", user.id), PREFERENCE_CHANGES_PER_HOUR, HOUR)
        .await?;
    store::set_counted(&ctx.db()?, &user.id, input.count_in_organization_insights).await?;
    http::ok(&input)
}
