//! Calendars: the personal feed, mentors' own calendars (read for busy times by
//! `calendar_reads` in the jobs Worker), and "free now".

use domain::calendar;
use domain::ids::UserId;
use domain::slots::{FreeNow, Slot};
use jiff::{SignedDuration, Timestamp};

use crate::app_ctx::AppCtx;
use crate::crypto;
use crate::error::AppError;
use crate::queues::{self, CalendarJob};
use crate::services::availability;
use crate::store::calendars::{self as store, CalendarRow};
use crate::store::profiles::ProfileRow;

/// The feed's token for a nonce: an HMAC under the deployment's secret, so that the stored nonce
/// alone gives no address away.
fn feed_token(ctx: &AppCtx<'_>, user: &UserId, nonce: &str) -> Result<String, AppError> {
    let secret = domain::account::code_pepper(ctx.is_development(), ctx.config("AUTH_SECRET"))?;
    Ok(crypto::hmac_sha256_hex(&secret, &["calendar-feed", user.as_ref(), nonce]))
}

/// The token a feed turned on before tokens were HMACs has: calendar apps keep subscribing to
/// that address, so it keeps working until the feed is turned off or given a new address.
fn feed_token_before_hmac(ctx: &AppCtx<'_>, user: &UserId, nonce: &str) -> Result<String, AppError> {
    let secret = domain::account::code_pepper(ctx.is_development(), ctx.config("AUTH_SECRET"))?;
    Ok(crypto::sha256_hex(&[&secret, "calendar-feed", user.as_ref(), nonce]))
}

/// The token of a stored feed, in whichever form it was made.
fn stored_token(ctx: &AppCtx<'_>, row: &store::FeedRow) -> Result<String, AppError> {
    let token = feed_token(ctx, &row.user_id, &row.nonce)?;
    if token_hash(&token) == row.token_hash {
        return Ok(token);
    }
    feed_token_before_hmac(ctx, &row.user_id, &row.nonce)
}

pub fn token_hash(token: &str) -> String {
    crypto::sha256_hex(&["calendar-feed-token", token])
}

fn feed_url(ctx: &AppCtx<'_>, token: &str) -> String {
    format!("{}/cal/{token}.ics", ctx.origin())
}

/// The feed's address, if it is on.
pub async fn feed(ctx: &AppCtx<'_>, user: &UserId) -> Result<Option<String>, AppError> {
    match store::feed_of(&ctx.db()?, user).await? {
        Some(row) => Ok(Some(feed_url(ctx, &stored_token(ctx, &row)?))),
        None => Ok(None),
    }
}

/// Turns the feed on with a new address; the old one, if any, names nothing from now on.
pub async fn rotate_feed(ctx: &AppCtx<'_>, user: &UserId) -> Result<String, AppError> {
    let nonce = crypto::hex(&crypto::random_bytes::<32>()?);
    let token = feed_token(ctx, user, &nonce)?;
    store::set_feed(&ctx.db()?, user, &token_hash(&token), &nonce, ctx.now).await?;
    Ok(feed_url(ctx, &token))
}

/// The person a feed token belongs to, if it is theirs right now.
pub async fn feed_owner(ctx: &AppCtx<'_>, token: &str) -> Result<Option<UserId>, AppError> {
    let Some(row) = store::feed_by_hash(&ctx.db()?, &token_hash(token)).await? else { return Ok(None) };
    // A token derived under another secret (the secret was rotated) names nothing.
    let current = stored_token(ctx, &row)?;
    Ok(crypto::constant_time_eq(&current, token).then_some(row.user_id))
}

/// Whether slots still use the busy times of the calendar's last good fetch.
pub fn in_use(row: &CalendarRow, now: Timestamp) -> bool {
    row.ok_at.is_some_and(|ok| ok > now - SignedDuration::from_hours(calendar::KEEP_BUSY_HOURS))
}

/// Replaces the mentor's calendars and hands each to the calendar queue, whose reader in the jobs
/// Worker reads it within seconds and then keeps the mentor's next free slot true. Until then a
/// new calendar's status is `pending`.
pub async fn save(
    ctx: &AppCtx<'_>,
    mentor: &ProfileRow,
    urls: &[String],
) -> Result<Vec<CalendarRow>, AppError> {
    let addresses = calendar::parse_addresses(urls, ctx.is_development())?;
    let new_ids = addresses.iter().map(|_| crypto::new_id()).collect::<Result<Vec<_>, _>>()?;
    let db = ctx.db()?;
    let mut statements = store::replace_statements(&db, &mentor.user_id, &addresses, &new_ids, ctx.now)?;
    statements.push(store::enqueued_statement(&db, &mentor.user_id, ctx.now)?);
    db.batch(statements).await?;
    let rows = store::of_user(&db, &mentor.user_id).await?;
    let reads =
        rows.iter().map(|row| CalendarJob { calendar_id: row.id.clone(), asked_at: ctx.now }).collect();
    // Should the queue refuse them, the Cron Trigger hands them again within 15 minutes.
    if let Err(error) = queues::send(ctx.env, reads).await {
        worker::console_error!("handing calendars to their queue: {error}");
    }
    Ok(rows)
}

/// Starts "I'm free right now" for `minutes` and returns its window and the slots it offers.
pub async fn start_free_now(
    ctx: &AppCtx<'_>,
    mentor: &UserId,
    minutes: i64,
) -> Result<(FreeNow, Vec<Slot>), AppError> {
    let window = FreeNow::starting(ctx.now, minutes);
    let db = ctx.db()?;
    db.batch(store::set_free_now_statements(&db, mentor, Some((window.start, window.end)), ctx.now)?).await?;
    availability::refresh_next_free_slot(ctx, mentor).await?;
    let slots = availability::free_slots(ctx, mentor, window.start, window.end).await?;
    Ok((window, slots))
}

/// Ends "I'm free right now" early (nothing happens when it is not on).
pub async fn end_free_now(ctx: &AppCtx<'_>, mentor: &UserId) -> Result<(), AppError> {
    let db = ctx.db()?;
    db.batch(store::set_free_now_statements(&db, mentor, None, ctx.now)?).await?;
    availability::refresh_next_free_slot(ctx, mentor).await
}
