//! Insights: the per-day aggregates the scheduled job keeps, and a scope's figures for a period
//! read from them through `domain::insights`' privacy rules.

use std::collections::{BTreeMap, BTreeSet};

use domain::account;
use domain::demo;
use domain::error::ApiError;
use domain::insights::tally::{self, Metric, NETWORK, Tally};
use domain::insights::{self, Insights, Period, Totals};
use domain::wire::SeedInsights;
use jiff::civil::Date;
use jiff::{Timestamp, ToSpan};

use crate::app_ctx::AppCtx;
use crate::error::AppError;
use crate::limits::MINUTE;
use crate::store::insights::{self as store, Dirty, EVERY, NewRow, Table};
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

fn day_of(at: Timestamp) -> Date {
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
    let since = first.to_zoned(jiff::tz::TimeZone::UTC).map_err(|e| AppError::Internal(e.to_string()))?;
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

fn next_month(month: Date) -> Date {
    month.checked_add(1.month()).unwrap_or(month)
}

/// `2026-12`.
fn month_key(date: Date) -> String {
    format!("{:04}-{:02}", date.year(), date.month())
}

/// Out-of-date marks recomputed per run: a day of every scope costs one read of that day's
/// facts; a whole scope, one read of its year.
const MARKS_PER_RUN: i64 = 60;

/// How far back a whole scope is recomputed: the longest period, and a few days.
const KEPT_DAYS: i64 = 370;

/// How long a run holds the marks it took. A run that dies on the way (the CPU limit ends it)
/// leaves its marks claimed; the first run after the lease puts them back.
const CLAIM_LEASE_MINUTES: i64 = 15;

/// Takes the out-of-date marks a run recomputes, under a new lease.
async fn claim(ctx: &AppCtx<'_>, db: &worker::D1Database) -> Result<(String, Vec<Dirty>), AppError> {
    let claim = crate::crypto::new_id()?;
    let stale_before = ctx.now.checked_sub(CLAIM_LEASE_MINUTES.minutes()).unwrap_or(ctx.now);
    let (now, stale_before) = (domain::time::rfc3339(ctx.now), domain::time::rfc3339(stale_before));
    let marks = store::claim_dirty(db, MARKS_PER_RUN, &claim, &now, &stale_before).await?;
    Ok((claim, marks))
}

/// What a run that dies right after taking its marks leaves behind (development only, to show
/// that such marks are recomputed later). Returns how many marks it took.
pub async fn claim_and_stop(ctx: &AppCtx<'_>) -> Result<u32, AppError> {
    let db = ctx.db()?;
    let (_, marks) = claim(ctx, &db).await?;
    Ok(u32::try_from(marks.len()).unwrap_or(u32::MAX))
}

/// Recomputes the aggregates the database marked out of date, and the mentors-now snapshot.
/// Returns how many marks were done. Each mark is released once its rewrite is stored; after a
/// caught failure the rest are put back at once, and after an uncaught one (the run died) they
/// come back when the lease ends.
pub async fn refresh(ctx: &AppCtx<'_>) -> Result<u32, AppError> {
    let db = ctx.db()?;
    db.batch(store::refresh_mentors_statements(&db)).await?;
    let (claim, claimed) = claim(ctx, &db).await?;
    let mut done = 0;
    for (i, mark) in claimed.iter().enumerate() {
        if let Err(error) = recompute(ctx, mark).await {
            let mut back = Vec::new();
            for mark in &claimed[i..] {
                back.push(store::mark_dirty_statement(&db, &mark.scope, &mark.day)?);
                back.push(store::release_statement(&db, mark, &claim)?);
            }
            if done > 0 {
                back.push(crate::store::bump_version_statement(&db, Versioned::Insights));
            }
            db.batch(back).await?;
            return Err(error);
        }
        store::release_statement(&db, mark, &claim)?.run().await?;
        done += 1;
    }
    // Raised after the rewrite, so that no answer computed before it is kept under the new one.
    if done > 0 {
        crate::store::bump_version_statement(&db, Versioned::Insights).run().await?;
    }
    Ok(done)
}

async fn recompute(ctx: &AppCtx<'_>, mark: &Dirty) -> Result<(), AppError> {
    let db = ctx.db()?;
    let whole_scope = mark.day == EVERY;
    let (scope, day, since, until) = if whole_scope {
        let today = day_of(ctx.now);
        let first = today.checked_sub(KEPT_DAYS.days()).unwrap_or(today).first_of_month();
        let after = today.tomorrow().unwrap_or(today);
        (Some(mark.scope.as_str()), None, first, after)
    } else {
        // A mark's day comes from a stored instant; one that is not a date has nothing to redo.
        let Ok(date) = mark.day.parse::<Date>() else { return Ok(()) };
        (None, Some(mark.day.as_str()), date, date.tomorrow().unwrap_or(date))
    };
    // The scopes whose month changes: those the day had rows for, and those it has now.
    let mut scopes: BTreeSet<String> = match day {
        Some(day) => store::scopes_on(&db, day).await?.into_iter().collect(),
        None => BTreeSet::new(),
    };
    let mut facts = store::facts(&db, scope, &since.to_string(), &until.to_string()).await?;
    // Sketches hold hashes of keyed pseudonyms, not of ids: the database alone cannot be asked
    // whether a given person is in a figure.
    let key = account::code_pepper(ctx.is_development(), ctx.config("AUTH_SECRET"))?;
    let pseudonym =
        |id: &str| crate::crypto::hmac_sha256_hex(&key, &["insights-person", id])[..32].to_string();
    let mut known = BTreeMap::new();
    for day in facts.values_mut() {
        day.pseudonymize(&mut known, &pseudonym);
    }
    let tallied: Vec<(String, BTreeMap<String, tally::Tallies>)> =
        facts.iter().map(|(day, facts)| (day.clone(), tally::tally(facts, scope))).collect();
    scopes.extend(tallied.iter().flat_map(|(_, by_scope)| by_scope.keys().cloned()));
    scopes.extend(scope.map(str::to_string));
    let rows: Vec<NewRow<'_>> = tallied
        .iter()
        .flat_map(|(key, by_scope)| {
            by_scope.iter().flat_map(move |(scope, tallies)| rows_of(scope, key, tallies))
        })
        .collect();
    let keys = day.map(|day| (day, day));
    let only = scope.map(|scope| [scope]);
    db.batch(store::replace_statements(&db, Table::Days, only.as_ref().map(|s| &s[..]), keys, &rows)?)
        .await?;

    // Each touched month merged again from its days, for those scopes.
    let scopes: Vec<&str> = scopes.iter().map(String::as_str).collect();
    let months = day.map(|_| (since.first_of_month(), since.first_of_month()));
    merge_months(&db, &scopes, months.unwrap_or((since.first_of_month(), until)), months.is_some()).await
}

/// One scope's tallies for a day or month, as rows to write.
fn rows_of<'a>(
    scope: &'a str,
    key: &'a str,
    tallies: &'a tally::Tallies,
) -> impl Iterator<Item = NewRow<'a>> {
    tallies.0.iter().map(move |(metric, tally)| NewRow { scope, key, metric, tally })
}

/// Merges the day rows of `scopes` into month rows, for the months from `months.0` to the one
/// holding `months.1`; `replace_range` limits the replacement to those months (otherwise every
/// month of the scopes is replaced).
pub async fn merge_months(
    db: &worker::D1Database,
    scopes: &[&str],
    months: (Date, Date),
    replace_range: bool,
) -> Result<(), AppError> {
    let (first, last) = (months.0.first_of_month(), months.1.first_of_month());
    let mut merged: BTreeMap<(String, String, Metric), Tally> = BTreeMap::new();
    let rows = store::day_rows(db, scopes, &first.to_string(), &next_month(last).to_string()).await?;
    for (scope, key, metric, tally) in rows {
        let month = key.get(..7).unwrap_or(&key).to_string();
        merged.entry((scope, month, metric)).or_default().merge(&tally);
    }
    let rows: Vec<NewRow<'_>> =
        merged.iter().map(|((scope, key, metric), tally)| NewRow { scope, key, metric, tally }).collect();
    let (first_key, last_key) = (month_key(first), month_key(last));
    let keys = replace_range.then_some((first_key.as_str(), last_key.as_str()));
    db.batch(store::replace_statements(db, Table::Months, Some(scopes), keys, &rows)?).await?;
    Ok(())
}

/// Writes synthetic aggregates for one organization and the network (`domain::demo::insights`),
/// as heavy use would leave them, and merges their months. Returns how many day rows were
/// written. Development only: `make bench` times a large organization's year with them.
pub async fn seed_synthetic(ctx: &AppCtx<'_>, request: &SeedInsights) -> Result<u32, AppError> {
    if request.days > 31 {
        return Err(ApiError::validation("days", "Write at most 31 days a call.").into());
    }
    if request.sessions_per_day > 10_000 {
        return Err(ApiError::validation("sessions_per_day", "At most 10,000 sessions a day.").into());
    }
    if request.members > 1_000_000 {
        return Err(ApiError::validation("members", "At most 1,000,000 members.").into());
    }
    if request.days_ago > 400 || request.days > request.days_ago + 1 {
        return Err(
            ApiError::validation("days_ago", "Write days from at most 400 days ago up to today.").into()
        );
    }
    let scope = crate::services::accounts::mail_domains(ctx)
        .await?
        .suffixes
        .registrable_domain(&request.scope)
        .filter(|domain| *domain == request.scope)
        .ok_or_else(|| ApiError::validation("scope", "Use an organization's domain."))?;
    let db = ctx.db()?;
    let today = day_of(ctx.now);
    let mut written = 0;
    let mut days = None;
    for ago in (request.days_ago + 1 - request.days..=request.days_ago).rev() {
        let date = today.checked_sub(i64::from(ago).days()).map_err(|e| AppError::Internal(e.to_string()))?;
        days = Some((days.map_or(date, |(first, _)| first), date));
        let day = date.to_string();
        let facts = demo::insights::day(scope, ago, request.sessions_per_day, request.members);
        let tallied = tally::tally(&facts, None);
        let mut statements = Vec::new();
        for scope in [scope, NETWORK] {
            let Some(tallies) = tallied.get(scope) else { continue };
            let rows: Vec<NewRow<'_>> = rows_of(scope, &day, tallies).collect();
            written += rows.len() as u32;
            statements.extend(store::replace_statements(
                &db,
                Table::Days,
                Some(&[scope]),
                Some((&day, &day)),
                &rows,
            )?);
        }
        db.batch(statements).await?;
    }
    if let Some(days) = days {
        merge_months(&db, &[scope, NETWORK], days, true).await?;
        crate::store::bump_version_statement(&db, Versioned::Insights).run().await?;
    }
    Ok(written)
}
