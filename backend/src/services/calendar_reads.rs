//! Reading mentors' busy calendars, in the jobs Worker: one calendar per message of the
//! `calendars` queue (handed by its save and, every 15 minutes, by the Cron Trigger), so that a
//! file that fails or stops its reader holds up no other. A calendar whose reads keep failing
//! ends in the dead-letter queue and says why (`give_up`).

use std::future::Future;
use std::pin::{Pin, pin};
use std::task::Poll;
use std::time::Duration;

use domain::booking::MAX_HORIZON_DAYS;
use domain::calendar::import::Unreadable;
use domain::calendar::{
    self, CalendarStatus, FETCH_TIMEOUT_SECONDS, MAX_CALENDAR_BYTES, MAX_REDIRECTS, REFRESH_MINUTES, import,
};
use domain::ids::UserId;
use futures_util::StreamExt;
use futures_util::future::{Either, MaybeDone, maybe_done, poll_fn, select};
use jiff::tz::TimeZone;
use jiff::{SignedDuration, Timestamp};
use worker::{
    AbortController, AbortSignal, Delay, Fetch, Headers, Request, RequestInit, RequestRedirect, Url,
};

use crate::app_ctx::AppCtx;
use crate::error::AppError;
use crate::queues::{self, CalendarJob};
use crate::services::{accounts, availability};
use crate::store::calendars::{self as store, CalendarRow};
use crate::store::profiles::ProfileRow;

/// Calendars handed to the queue per Cron Trigger run: more than any deployment holds today, so
/// that every calendar due is handed on each run.
const ENQUEUED_PER_RUN: i64 = 10_000;

/// Hands to the calendar queue each calendar not read for 15 minutes and not handed since.
/// Returns how many.
pub async fn enqueue_due(ctx: &AppCtx<'_>) -> Result<u32, AppError> {
    let Cutoffs { fetched_before, attempted_before } = Cutoffs::at(ctx.now);
    let ids = store::take_to_enqueue(
        &ctx.db()?,
        fetched_before,
        attempted_before,
        fetched_before,
        ctx.now,
        ctx.per_run(ENQUEUED_PER_RUN),
    )
    .await?;
    let count = u32::try_from(ids.len()).unwrap_or(u32::MAX);
    let reads = ids.into_iter().map(|calendar_id| CalendarJob { calendar_id, asked_at: ctx.now }).collect();
    queues::send(ctx.env, reads).await?;
    Ok(count)
}

/// How a read a queue message asked for went.
#[derive(Debug, PartialEq, Eq)]
pub enum Read {
    /// Read, or ended with a status that another read would not change (not a calendar, too
    /// large or too complex), or nothing to read (gone, or left alone for the day).
    Done,
    /// Not reached in time: worth trying again. The status says so meanwhile.
    Failed(CalendarStatus),
}

/// Reads one calendar (a message of the calendar queue), then the mentor's next free slot.
pub async fn read_one(ctx: &AppCtx<'_>, calendar_id: &str) -> Result<Read, AppError> {
    let db = ctx.db()?;
    let attempted_before = Cutoffs::at(ctx.now).attempted_before;
    let Some(row) = store::readable(&db, calendar_id, attempted_before).await? else { return Ok(Read::Done) };
    let zone = zone_of(&accounts::profile_of(ctx, &row.user_id).await?);
    let file = fetch_text(&row.url, ctx.is_development()).await;
    let failed = match &file {
        Err(status @ (CalendarStatus::Unreachable | CalendarStatus::TooSlow)) => Some(*status),
        _ => None,
    };
    read(ctx, &row, &zone, file).await?;
    availability::refresh_next_free_slot(ctx, &row.user_id).await?;
    Ok(failed.map_or(Read::Done, Read::Failed))
}

/// Ends a calendar its queue gave up on (its dead-letter queue): see [`store::give_up`].
pub async fn give_up(ctx: &AppCtx<'_>, calendar_id: &str) -> Result<(), AppError> {
    Ok(store::give_up(&ctx.db()?, calendar_id, ctx.now).await?)
}

/// Development's drain of the calendar queue: reads again the calendars not read for 15
/// minutes, a third of all calendars per run (see [`calendar::reads_per_run`]), then the next free
/// slot of each mentor concerned. Returns how many were read.
pub async fn refresh_due(ctx: &AppCtx<'_>) -> Result<u32, AppError> {
    let db = ctx.db()?;
    let batch = calendar::reads_per_run(store::count(&db).await?);
    let due = due(ctx, i64::try_from(batch).unwrap_or(i64::MAX)).await?;
    // Each mentor's zone, read once for up to three calendars.
    let mut zones: Vec<(&UserId, TimeZone)> = Vec::new();
    let mut reads: Vec<(&CalendarRow, TimeZone)> = Vec::with_capacity(due.len());
    for row in &due {
        let zone = match zones.iter().find(|(mentor, _)| **mentor == row.user_id) {
            Some((_, zone)) => zone.clone(),
            None => {
                let zone = zone_of(&accounts::profile_of(ctx, &row.user_id).await?);
                zones.push((&row.user_id, zone.clone()));
                zone
            }
        };
        reads.push((row, zone));
    }
    read_all(ctx, &reads).await?;
    for (mentor, _) in zones {
        availability::refresh_next_free_slot(ctx, mentor).await?;
    }
    Ok(u32::try_from(due.len()).unwrap_or(u32::MAX))
}

/// The calendars due for a read, at most `limit`, in the order runs read them.
async fn due(ctx: &AppCtx<'_>, limit: i64) -> Result<Vec<CalendarRow>, AppError> {
    let Cutoffs { fetched_before, attempted_before } = Cutoffs::at(ctx.now);
    Ok(store::due(&ctx.db()?, fetched_before, attempted_before, limit).await?)
}

/// When a calendar is due: last read `REFRESH_MINUTES` ago or more, and no read begun in the
/// last day that never ended (one that died while parsing is left alone for a day).
struct Cutoffs {
    fetched_before: Timestamp,
    attempted_before: Timestamp,
}

impl Cutoffs {
    fn at(now: Timestamp) -> Cutoffs {
        Cutoffs {
            fetched_before: now - SignedDuration::from_mins(REFRESH_MINUTES),
            attempted_before: now - SignedDuration::from_hours(24),
        }
    }
}

/// Development: what a scheduled run that dies while parsing `calendar_id`'s file leaves behind,
/// a read begun and never ended, if the calendar is due.
pub async fn begin_read_and_stop(ctx: &AppCtx<'_>, calendar_id: &str) -> Result<(), AppError> {
    if due(ctx, 1_000_000).await?.iter().any(|row| row.id == calendar_id) {
        store::record_attempt(&ctx.db()?, calendar_id, ctx.now).await?;
    }
    Ok(())
}

fn zone_of(profile: &ProfileRow) -> TimeZone {
    domain::zones::get_or_utc(&profile.fields().timezone)
}

/// Calendars fetched at once: a Worker keeps at most six connections open at a time.
const FETCHES_AT_ONCE: usize = 6;

/// Fetches the calendars a few at a time and reads each file in turn.
async fn read_all(ctx: &AppCtx<'_>, calendars: &[(&CalendarRow, TimeZone)]) -> Result<(), AppError> {
    let development = ctx.is_development();
    for group in calendars.chunks(FETCHES_AT_ONCE) {
        let files = all(group.iter().map(|(row, _)| fetch_text(&row.url, development)).collect()).await;
        for ((row, zone), file) in group.iter().zip(files) {
            read(ctx, row, zone, file).await?;
        }
    }
    Ok(())
}

/// Awaits a few futures side by side: `join_all` without the machinery it carries for many.
async fn all<F: Future>(futures: Vec<F>) -> Vec<F::Output> {
    let mut pending: Vec<Pin<Box<MaybeDone<F>>>> =
        futures.into_iter().map(|f| Box::pin(maybe_done(f))).collect();
    poll_fn(|cx| {
        let mut ready = true;
        for future in &mut pending {
            ready &= future.as_mut().poll(cx).is_ready();
        }
        if ready { Poll::Ready(()) } else { Poll::Pending }
    })
    .await;
    pending.iter_mut().filter_map(|future| future.as_mut().take_output()).collect()
}

/// Reads one fetched calendar and records how it went. The read is recorded before the file is
/// parsed, so that a file that stops the run is known by the next (see `store::due`). Only
/// busy intervals are kept; the address is never logged.
async fn read(
    ctx: &AppCtx<'_>,
    row: &CalendarRow,
    zone: &TimeZone,
    file: Result<String, CalendarStatus>,
) -> Result<(), AppError> {
    let (from, to) = read_window(ctx.now);
    let db = ctx.db()?;
    let outcome = match file {
        Ok(text) => {
            store::record_attempt(&db, &row.id, ctx.now).await?;
            import::busy_intervals(&text, zone, from, to).map_err(|why| match why {
                Unreadable::NotICalendar => CalendarStatus::NotIcalendar,
                Unreadable::TooComplex => CalendarStatus::TooComplex,
            })
        }
        Err(status) => Err(status),
    };
    match outcome {
        Ok(intervals) => {
            let json = calendar::encode_intervals(&intervals);
            store::record_fetch(&db, &row.id, CalendarStatus::Ok, Some((&json, intervals.len())), ctx.now)
                .await?
        }
        Err(status) => store::record_fetch(&db, &row.id, status, None, ctx.now).await?,
    }
    Ok(())
}

/// The busy times a read keeps: from a day before now to the furthest slot offered.
fn read_window(now: Timestamp) -> (Timestamp, Timestamp) {
    (now - SignedDuration::from_hours(24), now + SignedDuration::from_hours(24 * (MAX_HORIZON_DAYS + 1)))
}

/// The calendar file at `url`, within 5 seconds, 1 MB and 3 redirects, each to an address the
/// mentor could have saved.
async fn fetch_text(url: &str, development: bool) -> Result<String, CalendarStatus> {
    let controller = AbortController::default();
    let signal = controller.signal();
    let work = pin!(fetch_following(url, development, &signal));
    let deadline = pin!(Delay::from(Duration::from_secs(FETCH_TIMEOUT_SECONDS)));
    match select(work, deadline).await {
        Either::Left((result, _)) => result,
        Either::Right(_) => {
            controller.abort();
            Err(CalendarStatus::TooSlow)
        }
    }
}

async fn fetch_following(
    url: &str,
    development: bool,
    signal: &AbortSignal,
) -> Result<String, CalendarStatus> {
    let unreachable = |_| CalendarStatus::Unreachable;
    let mut url = Url::parse(url).map_err(|_| CalendarStatus::Unreachable)?;
    for _ in 0..=MAX_REDIRECTS {
        let headers = Headers::new();
        headers.set("accept", "text/calendar, */*;q=0.5").map_err(unreachable)?;
        headers.set("user-agent", "Quarterhour busy-time reader").map_err(unreachable)?;
        let mut init = RequestInit::new();
        init.with_headers(headers).with_redirect(RequestRedirect::Manual);
        let request = Request::new_with_init(url.as_str(), &init).map_err(unreachable)?;
        let mut response = Fetch::Request(request).send_with_signal(signal).await.map_err(unreachable)?;
        match response.status_code() {
            301 | 302 | 303 | 307 | 308 => {
                let location =
                    response.headers().get("location").ok().flatten().ok_or(CalendarStatus::Unreachable)?;
                url = url.join(&location).map_err(|_| CalendarStatus::Unreachable)?;
                calendar::parse_addresses(&[url.to_string()], development)
                    .map_err(|_| CalendarStatus::Unreachable)?;
            }
            200..=299 => return body(&mut response).await,
            _ => return Err(CalendarStatus::Unreachable),
        }
    }
    Err(CalendarStatus::Unreachable)
}

/// The body as text, refused as soon as it passes 1 MB.
async fn body(response: &mut worker::Response) -> Result<String, CalendarStatus> {
    let declared =
        response.headers().get("content-length").ok().flatten().and_then(|n| n.parse::<usize>().ok());
    if declared.is_some_and(|length| length > MAX_CALENDAR_BYTES) {
        return Err(CalendarStatus::TooLarge);
    }
    let mut stream = response.stream().map_err(|_| CalendarStatus::Unreachable)?;
    let mut bytes = Vec::new();
    while let Some(chunk) = stream.next().await {
        bytes.extend(chunk.map_err(|_| CalendarStatus::Unreachable)?);
        if bytes.len() > MAX_CALENDAR_BYTES {
            return Err(CalendarStatus::TooLarge);
        }
    }
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}
