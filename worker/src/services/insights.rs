//! Insights: the per-day aggregates the scheduled job keeps, and a scope's figures for a period
//! read from them through `domain::insights`' privacy rules.

use domain::insights::tally::{self, NETWORK};
use domain::insights::{self, Insights, Period, Totals};
use jiff::civil::Date;
use jiff::{Timestamp, ToSpan};

use crate::http::limits::{self, HOUR};
use crate::http::{AppError, Ctx};
use crate::store::cache;
use crate::store::insights::{self as store, Dirty, EVERY, NewRow};

/// Insights answers per client an hour.
const PER_CLIENT_PER_HOUR: i64 = 300;

/// The figures of `organization` (its members who count themselves in) or, for `None`, of the
/// whole network, over the `period` up to today, as of the scheduled job's last run.
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

fn day_of(at: Timestamp) -> Date {
    at.to_zoned(jiff::tz::TimeZone::UTC).date()
}

/// The period's days: the last `period.days()` UTC days, today included.
fn days_of(period: Period, now: Timestamp) -> (Date, Date) {
    let today = day_of(now);
    let first = today.checked_sub((period.days() - 1).days()).unwrap_or(today);
    (first, today)
}

async fn figures(ctx: &Ctx<'_>, organization: Option<&str>, period: Period) -> Result<Insights, AppError> {
    let (first, last) = days_of(period, ctx.now);
    let since = first.to_zoned(jiff::tz::TimeZone::UTC).map_err(|e| AppError::Internal(e.to_string()))?;
    let since = since.timestamp();
    let scope = organization.unwrap_or(NETWORK);
    let (rows, mentors, supply) =
        store::period(&ctx.db()?, scope, &first.to_string(), &last.to_string()).await?;
    let mut totals = Totals {
        months: insights::months(since, ctx.now)
            .into_iter()
            .map(|month| (month, Default::default()))
            .collect(),
        mentors,
        supply,
        ..Totals::default()
    };
    for (day, metric, tally) in &rows {
        totals.add(day, metric.clone(), tally);
    }
    let name = organization.unwrap_or("network");
    Ok(insights::compute(
        name,
        period,
        &domain::time::rfc3339(since),
        &domain::time::rfc3339(ctx.now),
        &totals,
    ))
}

/// Out-of-date marks recomputed per run: a day of every scope costs one read of that day's
/// facts; a whole scope, one read of its year.
const MARKS_PER_RUN: i64 = 60;

/// How far back a whole scope is recomputed: the longest period, and a few days.
const KEPT_DAYS: i64 = 370;

/// Recomputes the aggregates the database marked out of date, and the mentors-now snapshot.
/// Returns how many marks were done; marks not done (a failure) stay for the next run.
pub async fn refresh(ctx: &Ctx<'_>) -> Result<u32, AppError> {
    let db = ctx.db()?;
    db.batch(store::refresh_mentors_statements(&db)).await?;
    let claimed = store::claim_dirty(&db, MARKS_PER_RUN).await?;
    let mut done = 0;
    for (i, mark) in claimed.iter().enumerate() {
        if let Err(error) = recompute(ctx, mark).await {
            let back: Result<Vec<_>, _> =
                claimed[i..].iter().map(|m| store::mark_dirty_statement(&db, &m.scope, &m.day)).collect();
            db.batch(back?).await?;
            return Err(error);
        }
        done += 1;
    }
    Ok(done)
}

async fn recompute(ctx: &Ctx<'_>, mark: &Dirty) -> Result<(), AppError> {
    let db = ctx.db()?;
    let (scope, day, since, until) = if mark.day == EVERY {
        let today = day_of(ctx.now);
        let first = today.checked_sub(KEPT_DAYS.days()).unwrap_or(today);
        let after = today.tomorrow().unwrap_or(today);
        (Some(mark.scope.as_str()), None, first.to_string(), after.to_string())
    } else {
        // A mark's day comes from a stored instant; one that is not a date has nothing to redo.
        let Ok(date) = mark.day.parse::<Date>() else { return Ok(()) };
        let after = date.tomorrow().unwrap_or(date);
        (None, Some(mark.day.as_str()), date.to_string(), after.to_string())
    };
    let facts = store::facts(&db, scope, &since, &until).await?;
    let tallied: Vec<(String, std::collections::BTreeMap<String, tally::Tallies>)> =
        facts.iter().map(|(day, facts)| (day.clone(), tally::tally(facts, scope))).collect();
    let rows: Vec<NewRow<'_>> = tallied
        .iter()
        .flat_map(|(day, scopes)| {
            scopes.iter().flat_map(move |(scope, tallies)| {
                tallies.0.iter().map(move |(metric, tally)| NewRow { scope, day, metric, tally })
            })
        })
        .collect();
    db.batch(store::replace_statements(&db, scope, day, &rows)?).await?;
    Ok(())
}
