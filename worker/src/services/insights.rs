//! Insights: the facts of a scope and period, through `domain::insights`' privacy rules.

use domain::insights::{self, Insights, Period};
use jiff::SignedDuration;

use crate::http::limits::{self, HOUR};
use crate::http::{AppError, Ctx};
use crate::store::cache;
use crate::store::insights as store;

/// Insights answers per client an hour: each reads a period's sessions and answers.
const PER_CLIENT_PER_HOUR: i64 = 300;

/// The figures of `organization` (its members who count themselves in) or, for `None`, of the
/// whole network, over the `period` up to now.
pub async fn compute(
    ctx: &Ctx<'_>,
    organization: Option<&str>,
    period: Period,
) -> Result<Insights, AppError> {
    let per_hour = ctx.config_number("INSIGHTS_PER_CLIENT_PER_HOUR", PER_CLIENT_PER_HOUR);
    limits::enforce(ctx, &format!("insights:{}", ctx.client_ip()), per_hour, HOUR).await?;
    if organization.is_some() {
        return figures(ctx, organization, period).await;
    }
    // The network's figures are read by every profile page ("mentors wanted") and are the same
    // for everyone: computed at most once in ten minutes per period.
    let key = format!("insights:network:{}:{}", period.as_str(), ctx.now.as_second() / NETWORK_CACHE_SECONDS);
    let kv = ctx.kv()?;
    if let Some(cached) = cache::get(&kv, &key).await? {
        return Ok(cached);
    }
    let computed = figures(ctx, None, period).await?;
    let ttl = 2 * NETWORK_CACHE_SECONDS as u64;
    cache::put(&kv, ctx.is_development(), &key, &computed, ttl, "the network insights").await;
    Ok(computed)
}

/// How long the network's figures are reused.
const NETWORK_CACHE_SECONDS: i64 = 600;

async fn figures(ctx: &Ctx<'_>, organization: Option<&str>, period: Period) -> Result<Insights, AppError> {
    let until = ctx.now;
    let since = until - SignedDuration::from_hours(24 * period.days());
    let mut facts = store::facts(&ctx.db()?, organization, since, until).await?;
    facts.months = insights::months(since, until);
    let scope = organization.unwrap_or("network");
    Ok(insights::compute(scope, period, &domain::time::rfc3339(since), &domain::time::rfc3339(until), &facts))
}
