//! Insights: a scope's figures for a period, read from the per-day aggregates that the jobs
//! Worker keeps (`insights_refresh`) through `domain::insights`' privacy rules.

use domain::insights::tally::NETWORK;
use domain::insights::{self, Insights, Period, Totals};
use jiff::civil::Date;
use jiff::{Timestamp, ToSpan};

use crate::app_ctx::AppCtx;
use crate::error::AppError;
use crate::limits::MINUTE;
use crate::store::insights as store;
use crate::store::{Versioned, cache, rate_events};

/// Insights answers per client a minute, as for searches: the home page asks for the network's
/// with every visit, and one office's people may share an address.
const PER_CLIENT_PER_MINUTE: i64 = 120;

/// The figures of `organization` (its members who count themselves in) or, for `None`, of the
/// whole network, over the `period` up to today, as of the scheduled job's last run.
pub async fn compute(
    ctx: &AppCtx<'_>,
    organization: Option<&str>,
    period: Period,
) -> Result<Insights, AppError> {
    let db = ctx.db()?;
    // The client's count rides in the same batch as the aggregates' version.
    let per_minute = ctx.config_number("INSIGHTS_PER_CLIENT_PER_MINUTE", PER_CLIENT_PER_MINUTE);
    let (bucket, now) = (format!("insights:{}", ctx.client_ip()), ctx.now_seconds());
    let mut statements = vec![crate::store::version_statement(&db, Versioned::Insights)];
    statements.extend(rate_events::hit_statements(&db, &bucket, per_minute, MINUTE, now)?);
    let results = db.batch(statements).await?;
    if let Some(retry_after) = rate_events::refused(results.get(1..).unwrap_or_default(), MINUTE, now)? {
        return Err(AppError::RateLimited { retry_after });
    }
    let version = results.first().map(crate::store::version_of).transpose()?.unwrap_or_default();
    // Figures change only when a scheduled run rewrites the aggregates (which raises the
    // version) or the day turns, so each is computed once per version and day.
    let scope = organization.unwrap_or(NETWORK);
    let key = format!("insights:{version}:{}:{}:{scope}", day_of(ctx.now), period.as_str());
    let kv = ctx.kv()?;
    if let Some(cached) = cache::get(&kv, &key).await? {
        return Ok(cached);
    }
    let computed = figures(ctx, organization, period).await?;
    ctx.cache_later(key, &computed, CACHE_SECONDS, "insights");
    Ok(computed)
}

/// A cached answer outlives its version by little: the scheduled job runs every 5 minutes.
const CACHE_SECONDS: u64 = 60 * 60;

pub(crate) fn day_of(at: Timestamp) -> Date {
    at.to_zoned(jiff::tz::TimeZone::UTC).date()
}

/// The period's days: the last `period.days()` UTC days, today included.
fn days_of(period: Period, now: Timestamp) -> (Date, Date) {
    let today = day_of(now);
    let first = today.checked_sub((period.days() - 1).days()).unwrap_or(today);
    (first, today)
}

async fn figures(ctx: &AppCtx<'_>, organization: Option<&str>, period: Period) -> Result<Insights, AppError> {
    let (first, today) = days_of(period, ctx.now);
    // jiff's error texts stay out of the API Worker: this cannot fail for a date in jiff's range.
    let since = first
        .to_zoned(jiff::tz::TimeZone::UTC)
        .map_err(|_| AppError::Internal("a day of the period has no instant in UTC".into()))?;
    let since = since.timestamp();
    let scope = organization.unwrap_or(NETWORK);
    // Whole months from the first one the period covers entirely up to the current one (which
    // has not ended), and the days before and after them.
    let this_month = today.first_of_month();
    let first_whole = if first.day() == 1 { first } else { next_month(first.first_of_month()) };
    let (months, days) = if first_whole < this_month {
        let last_whole = this_month.checked_sub(1.month()).unwrap_or(this_month);
        let before = first_whole.yesterday().unwrap_or(first_whole);
        (
            (month_key(first_whole), month_key(last_whole)),
            [(first.to_string(), before.to_string()), (this_month.to_string(), today.to_string())],
        )
    } else {
        (NONE, [(first.to_string(), today.to_string()), NONE])
    };
    let rows = store::PeriodRows {
        months: (&months.0, &months.1),
        days: [(&days[0].0, &days[0].1), (&days[1].0, &days[1].1)],
    };
    let (rows, mentors, supply) = store::period(&ctx.db()?, scope, &rows).await?;
    let mut totals = Totals {
        months: insights::months(since, ctx.now)
            .into_iter()
            .map(|month| (month, Default::default()))
            .collect(),
        mentors,
        supply,
        ..Totals::default()
    };
    for (key, metric, tally) in &rows {
        totals.add(key, metric.clone(), tally);
    }
    let name = organization.unwrap_or(insights::NETWORK_NAME);
    let mut computed = insights::compute(
        name,
        period,
        &domain::time::rfc3339(since),
        &domain::time::rfc3339(ctx.now),
        &totals,
    );
    let db = ctx.db()?;
    let subject = format!("insights:{scope}:{}d", period.days());
    let published = crate::store::wrapup::published_share(&db, &subject).await?;
    if let Some((helpful, ratings)) = insights::publish_helpful_share(&mut computed, &totals, published)
        && published != Some((helpful, ratings))
    {
        crate::store::wrapup::publish_share(&db, &subject, helpful, ratings).await?;
    }
    Ok(computed)
}

/// A range of keys that holds nothing.
const NONE: (String, String) = (String::new(), String::new());

pub(crate) fn next_month(month: Date) -> Date {
    month.checked_add(1.month()).unwrap_or(month)
}

/// `2026-12`.
pub(crate) fn month_key(date: Date) -> String {
    format!("{:04}-{:02}", date.year(), date.month())
}
