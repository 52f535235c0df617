//! Keeping the insight aggregates, in the jobs Worker: the database marks the days (and whole
//! scopes) whose figures changed; the Cron Trigger hands each scope with marks to the `insights`
//! queue, whose consumer recomputes that scope's marks alone, so that one large organization
//! holds up no other.

use std::collections::{BTreeMap, BTreeSet};

use domain::account;
use domain::demo;
use domain::error::ApiError;
use domain::insights::tally::{self, Metric, NETWORK, Tally};
use domain::wire::SeedInsights;
use jiff::ToSpan;
use jiff::civil::Date;

use crate::app_ctx::AppCtx;
use crate::error::AppError;
use crate::queues::{self, InsightsJob};
use crate::services::insights::{day_of, month_key, next_month};
use crate::store::Versioned;
use crate::store::insights::{self as store, Dirty, EVERY, NewRow, Table};

/// Scopes handed to the queue per Cron Trigger run.
const SCOPES_PER_RUN: i64 = 1_000;

/// Rewrites the mentors-now snapshot and hands each scope with out-of-date marks to the
/// `insights` queue. Returns how many scopes.
pub async fn enqueue_marked(ctx: &AppCtx<'_>) -> Result<u32, AppError> {
    let db = ctx.db()?;
    db.batch(store::refresh_mentors_statements(&db)).await?;
    let scopes = store::marked_scopes(&db, SCOPES_PER_RUN).await?;
    let count = u32::try_from(scopes.len()).unwrap_or(u32::MAX);
    queues::send(ctx.env, scopes.into_iter().map(|scope| InsightsJob { scope }).collect()).await?;
    Ok(count)
}

/// Out-of-date marks recomputed per run: a day of every scope costs one read of that day's
/// facts; a whole scope, one read of its year.
const MARKS_PER_RUN: i64 = 60;

/// How far back a whole scope is recomputed: the longest period, and a few days.
const KEPT_DAYS: i64 = 370;

/// How long a run holds the marks it took. A run that dies on the way (the CPU limit ends it)
/// leaves its marks claimed; the first run after the lease puts them back.
const CLAIM_LEASE_MINUTES: i64 = 15;

/// Takes the out-of-date marks a run recomputes (of `scope` alone, or of every scope), under a
/// new lease.
async fn claim(
    ctx: &AppCtx<'_>,
    db: &worker::D1Database,
    scope: Option<&str>,
) -> Result<(String, Vec<Dirty>), AppError> {
    let claim = crate::crypto::new_id()?;
    let stale_before = ctx.now.checked_sub(CLAIM_LEASE_MINUTES.minutes()).unwrap_or(ctx.now);
    let (now, stale_before) = (domain::time::rfc3339(ctx.now), domain::time::rfc3339(stale_before));
    let marks = store::claim_dirty(db, MARKS_PER_RUN, scope, &claim, &now, &stale_before).await?;
    Ok((claim, marks))
}

/// What a run that dies right after taking its marks leaves behind (development only, to show
/// that such marks are recomputed later). Returns how many marks it took.
pub async fn claim_and_stop(ctx: &AppCtx<'_>) -> Result<u32, AppError> {
    let db = ctx.db()?;
    let (_, marks) = claim(ctx, &db, None).await?;
    Ok(u32::try_from(marks.len()).unwrap_or(u32::MAX))
}

/// Recomputes the aggregates the database marked out of date (of `scope` alone, a message of the
/// `insights` queue; or of every scope, with the mentors-now snapshot, development's drain).
/// Returns how many marks were done. Each mark is released once its rewrite is stored; after a
/// caught failure the rest are put back at once, and after an uncaught one (the run died) they
/// come back when the lease ends.
pub async fn refresh(ctx: &AppCtx<'_>, scope: Option<&str>) -> Result<u32, AppError> {
    let db = ctx.db()?;
    if scope.is_none() {
        db.batch(store::refresh_mentors_statements(&db)).await?;
    }
    let (claim, claimed) = claim(ctx, &db, scope).await?;
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
