//! Insights: the facts of a scope and period, through `domain::insights`' privacy rules.

use domain::insights::{self, Insights, Period};
use jiff::SignedDuration;

use crate::http::limits::{self, HOUR};
use crate::http::{AppError, Ctx};
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
    let until = ctx.now;
    let since = until - SignedDuration::from_hours(24 * period.days());
    let mut facts = store::facts(&ctx.db()?, organization, since, until).await?;
    facts.months = insights::months(since, until);
    let scope = organization.unwrap_or("network");
    Ok(insights::compute(scope, period, &domain::time::rfc3339(since), &domain::time::rfc3339(until), &facts))
}
