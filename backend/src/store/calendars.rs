//! Calendar feeds, mentors' busy calendars and "I'm free right now".

use domain::calendar::{CalendarAddress, CalendarStatus, MAX_UNFINISHED_READS};
use domain::ids::UserId;
use jiff::Timestamp;
use worker::{D1Database, D1PreparedStatement, Result};

use super::{id, int, opt_time, text, time};

#[derive(serde::Deserialize)]
pub struct FeedRow {
    pub user_id: UserId,
    pub token_hash: String,
    pub nonce: String,
}

pub async fn feed_of(db: &D1Database, user: &UserId) -> Result<Option<FeedRow>> {
    db.prepare("SELECT user_id, token_hash, nonce FROM calendar_feeds WHERE user_id = ?1")
        .bind(&[id(user)])?
        .first(None)
        .await
}

pub async fn feed_by_hash(db: &D1Database, token_hash: &str) -> Result<Option<FeedRow>> {
    db.prepare("SELECT user_id, token_hash, nonce FROM calendar_feeds WHERE token_hash = ?1")
        .bind(&[text(token_hash)])?
        .first(None)
        .await
}

/// Creates the feed or replaces its token: the old address names nothing from this write on.
pub async fn set_feed(
    db: &D1Database,
    user: &UserId,
    token_hash: &str,
    nonce: &str,
    now: Timestamp,
) -> Result<()> {
    db.prepare(
        "INSERT INTO calendar_feeds (user_id, token_hash, nonce, created_at) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (user_id) DO UPDATE SET token_hash = ?2, nonce = ?3, created_at = ?4",
    )
    .bind(&[id(user), text(token_hash), text(nonce), time(now)])?
    .run()
    .await?;
    Ok(())
}

pub async fn delete_feed(db: &D1Database, user: &UserId) -> Result<()> {
    db.prepare("DELETE FROM calendar_feeds WHERE user_id = ?1").bind(&[id(user)])?.run().await?;
    Ok(())
}

/// A busy calendar with what its last fetches left.
#[derive(Debug, serde::Deserialize)]
pub struct CalendarRow {
    pub id: String,
    pub user_id: UserId,
    /// The secret address: only the fetcher reads it.
    pub url: String,
    pub host: String,
    pub tail: String,
    pub status: Option<String>,
    pub interval_count: i64,
    #[serde(default, deserialize_with = "domain::time::opt_instant")]
    pub fetched_at: Option<Timestamp>,
    #[serde(default, deserialize_with = "domain::time::opt_instant")]
    pub ok_at: Option<Timestamp>,
}

impl CalendarRow {
    pub fn status(&self) -> Option<CalendarStatus> {
        self.status.as_deref().and_then(CalendarStatus::parse)
    }
}

const COLUMNS: &str = "id, user_id, url, host, tail, status, interval_count, fetched_at, ok_at";

pub async fn of_user(db: &D1Database, user: &UserId) -> Result<Vec<CalendarRow>> {
    db.prepare(format!("SELECT {COLUMNS} FROM busy_calendars WHERE user_id = ?1 ORDER BY position"))
        .bind(&[id(user)])?
        .all()
        .await?
        .results()
}

/// Calendars not fetched for [`domain::calendar::REFRESH_MINUTES`], longest ago first, and last
/// those whose previous read did not finish. One just added is being read by its save, so runs
/// leave it alone as long as they would a fetched one. A calendar whose reads stopped unfinished
/// [`MAX_UNFINISHED_READS`] times is left out until a day after the last.
pub async fn due(
    db: &D1Database,
    fetched_before: Timestamp,
    attempted_before: Timestamp,
    limit: i64,
) -> Result<Vec<CalendarRow>> {
    db.prepare(format!(
        "SELECT {COLUMNS} FROM busy_calendars
         WHERE COALESCE(fetched_at, created_at) < ?1 AND (attempts < ?3 OR attempted_at < ?2)
         ORDER BY attempts > 0, fetched_at IS NOT NULL, fetched_at LIMIT ?4"
    ))
    .bind(&[time(fetched_before), time(attempted_before), int(MAX_UNFINISHED_READS), int(limit)])?
    .all()
    .await?
    .results()
}

/// The calendar `calendar_id` if a read of it may begin: it exists and is not one whose reads
/// stopped unfinished [`MAX_UNFINISHED_READS`] times, the last after `attempted_before`.
pub async fn readable(
    db: &D1Database,
    calendar_id: &str,
    attempted_before: Timestamp,
) -> Result<Option<CalendarRow>> {
    db.prepare(format!(
        "SELECT {COLUMNS} FROM busy_calendars WHERE id = ?1 AND (attempts < ?3 OR attempted_at < ?2)"
    ))
    .bind(&[text(calendar_id), time(attempted_before), int(MAX_UNFINISHED_READS)])?
    .first(None)
    .await
}

/// Marks the calendars due for a read (as [`due`] chooses them, at most `limit`) that were not
/// handed to the calendar queue since `again_before` as handed at `now`, and returns their ids.
pub async fn take_to_enqueue(
    db: &D1Database,
    fetched_before: Timestamp,
    attempted_before: Timestamp,
    again_before: Timestamp,
    now: Timestamp,
    limit: i64,
) -> Result<Vec<String>> {
    #[derive(serde::Deserialize)]
    struct Row {
        id: String,
    }
    let rows: Vec<Row> = db
        .prepare(
            "UPDATE busy_calendars SET enqueued_at = ?5
             WHERE id IN (SELECT id FROM busy_calendars
                          WHERE COALESCE(fetched_at, created_at) < ?1 AND (attempts < ?3 OR attempted_at < ?2)
                            AND (enqueued_at IS NULL OR enqueued_at < ?4)
                          ORDER BY attempts > 0, fetched_at IS NOT NULL, fetched_at LIMIT ?6)
             RETURNING id",
        )
        .bind(&[
            time(fetched_before),
            time(attempted_before),
            int(MAX_UNFINISHED_READS),
            time(again_before),
            time(now),
            int(limit),
        ])?
        .all()
        .await?
        .results()?;
    Ok(rows.into_iter().map(|row| row.id).collect())
}

/// Marks the mentor's calendars as handed to the calendar queue at `now` (by their save).
pub fn enqueued_statement(db: &D1Database, user: &UserId, now: Timestamp) -> Result<D1PreparedStatement> {
    db.prepare("UPDATE busy_calendars SET enqueued_at = ?2 WHERE user_id = ?1").bind(&[id(user), time(now)])
}

/// Ends the reads of a calendar that its queue gave up on: `too_complex` when a read began and
/// never ended (it stopped the reader), else `unreachable`. Busy times from a good read are kept
/// as any failed read keeps them.
pub async fn give_up(db: &D1Database, calendar_id: &str, now: Timestamp) -> Result<()> {
    db.prepare(
        "UPDATE busy_calendars SET status = CASE WHEN attempts > 0 THEN ?2 ELSE ?3 END, fetched_at = ?4
         WHERE id = ?1",
    )
    .bind(&[
        text(calendar_id),
        text(CalendarStatus::TooComplex.as_str()),
        text(CalendarStatus::Unreachable.as_str()),
        time(now),
    ])?
    .run()
    .await?;
    Ok(())
}

/// How many busy calendars there are, for the size of a scheduled run's batch.
pub async fn count(db: &D1Database) -> Result<u64> {
    #[derive(serde::Deserialize)]
    struct Row {
        n: u64,
    }
    let row: Option<Row> = db.prepare("SELECT COUNT(*) AS n FROM busy_calendars").first(None).await?;
    Ok(row.map_or(0, |row| row.n))
}

/// Records that a read of the calendar begins, before its file is parsed; [`record_fetch`] ends
/// it. A read that begins while another never ended already says `too_complex`, so that the
/// status is right if this one does not end either.
pub async fn record_attempt(db: &D1Database, calendar_id: &str, now: Timestamp) -> Result<()> {
    db.prepare(
        "UPDATE busy_calendars SET attempts = attempts + 1, attempted_at = ?2,
             status = CASE WHEN attempts + 1 >= ?3 THEN ?4 ELSE status END
         WHERE id = ?1",
    )
    .bind(&[
        text(calendar_id),
        time(now),
        int(MAX_UNFINISHED_READS),
        text(CalendarStatus::TooComplex.as_str()),
    ])?
    .run()
    .await?;
    Ok(())
}

/// Statements that make the mentor's calendars exactly `addresses`, in order. A calendar kept
/// keeps its id and its busy times, and is `pending` again (its save reads it again); `new_ids`
/// are for the ones added.
pub fn replace_statements(
    db: &D1Database,
    user: &UserId,
    addresses: &[CalendarAddress],
    new_ids: &[String],
    now: Timestamp,
) -> Result<Vec<D1PreparedStatement>> {
    let urls = serde_json::to_string(&addresses.iter().map(|a| a.url.as_str()).collect::<Vec<_>>())
        .unwrap_or_else(|_| "[]".into());
    let mut statements = vec![
        db.prepare(
            "DELETE FROM busy_calendars WHERE user_id = ?1 AND url NOT IN (SELECT value FROM json_each(?2))",
        )
        .bind(&[id(user), text(&urls)])?,
    ];
    for (position, (address, new_id)) in addresses.iter().zip(new_ids).enumerate() {
        statements.push(
            db.prepare(
                "INSERT INTO busy_calendars (id, user_id, position, url, host, tail, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                 ON CONFLICT (user_id, url) DO UPDATE SET position = ?3, status = NULL",
            )
            .bind(&[
                text(new_id),
                id(user),
                int(position as i64),
                text(&address.url),
                text(&address.host),
                text(&address.tail),
                time(now),
            ])?,
        );
    }
    Ok(statements)
}

/// Records a fetch. A good one replaces the busy intervals; a failed one keeps the last good
/// ones, which slots stop using 24 hours after `ok_at`. Of two reads that overlap (a mentor's
/// save and a scheduled run), the one that began later is kept, whichever ends last.
pub async fn record_fetch(
    db: &D1Database,
    calendar_id: &str,
    status: CalendarStatus,
    intervals: Option<(&str, usize)>,
    now: Timestamp,
) -> Result<()> {
    let result = match intervals {
        Some((json, count)) => db
            .prepare(
                "UPDATE busy_calendars SET status = ?2, intervals = ?3, interval_count = ?4, fetched_at = ?5,
                     ok_at = ?5
                 WHERE id = ?1 AND (fetched_at IS NULL OR fetched_at <= ?5)",
            )
            .bind(&[text(calendar_id), text(status.as_str()), text(json), int(count as i64), time(now)])?,
        None => db
            .prepare(
                "UPDATE busy_calendars SET status = ?2, fetched_at = ?3
                 WHERE id = ?1 AND (fetched_at IS NULL OR fetched_at <= ?3)",
            )
            .bind(&[text(calendar_id), text(status.as_str()), time(now)])?,
    };
    // Either way the read finished.
    let finished =
        db.prepare("UPDATE busy_calendars SET attempts = 0 WHERE id = ?1").bind(&[text(calendar_id)])?;
    db.batch(vec![result, finished]).await?;
    Ok(())
}

/// Starts or ends "free now" (`None`). A mentor with no rules yet gets the default ones, which
/// offer nothing but the window.
pub fn set_free_now_statements(
    db: &D1Database,
    mentor: &UserId,
    window: Option<(Timestamp, Timestamp)>,
    now: Timestamp,
) -> Result<Vec<D1PreparedStatement>> {
    let (start, end) = (opt_time(window.map(|w| w.0)), opt_time(window.map(|w| w.1)));
    Ok(vec![
        db.prepare(
            "INSERT INTO availability (mentor_id, rules, updated_at, free_now_start, free_now_end)
             VALUES (?1, '{}', ?2, ?3, ?4)
             ON CONFLICT (mentor_id) DO UPDATE SET free_now_start = ?3, free_now_end = ?4",
        )
        .bind(&[id(mentor), time(now), start, end.clone()])?,
        db.prepare("UPDATE directory SET free_now_until = ?2 WHERE user_id = ?1").bind(&[id(mentor), end])?,
    ])
}

/// When the mentor's "free now" ends, if it is on at `now`.
pub async fn free_now_until(db: &D1Database, mentor: &UserId, now: Timestamp) -> Result<Option<Timestamp>> {
    #[derive(serde::Deserialize)]
    struct Row {
        #[serde(deserialize_with = "domain::time::instant")]
        free_now_end: Timestamp,
    }
    let row: Option<Row> = db
        .prepare("SELECT free_now_end FROM availability WHERE mentor_id = ?1 AND free_now_end > ?2")
        .bind(&[id(mentor), time(now)])?
        .first(None)
        .await?;
    Ok(row.map(|row| row.free_now_end))
}
