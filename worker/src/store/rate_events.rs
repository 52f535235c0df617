use worker::{D1Database, D1PreparedStatement, Result};

use super::{changed, int, text};

#[derive(serde::Deserialize)]
struct Oldest {
    oldest: Option<i64>,
}

/// Counts one event in `bucket` if fewer than `limit` happened in the last `window` seconds.
/// Returns None when counted, or the seconds until the oldest event leaves the window.
/// One batch, so concurrent requests cannot both take the last place.
pub async fn hit(db: &D1Database, bucket: &str, limit: i64, window: i64, now: i64) -> Result<Option<i64>> {
    let results = db.batch(hit_statements(db, bucket, limit, window, now)?).await?;
    refused(&results, window, now)
}

/// The statements of `hit`, to run at the end of a larger batch (read `refused` from their
/// results).
pub fn hit_statements(
    db: &D1Database,
    bucket: &str,
    limit: i64,
    window: i64,
    now: i64,
) -> Result<Vec<D1PreparedStatement>> {
    Ok(vec![
        db.prepare("DELETE FROM rate_events WHERE bucket = ?1 AND at <= ?2")
            .bind(&[text(bucket), int(now - window)])?,
        db.prepare(
            "INSERT INTO rate_events (bucket, at) SELECT ?1, ?2
             WHERE (SELECT count(*) FROM rate_events WHERE bucket = ?1) < ?3",
        )
        .bind(&[text(bucket), int(now), int(limit)])?,
        db.prepare("SELECT min(at) AS oldest FROM rate_events WHERE bucket = ?1").bind(&[text(bucket)])?,
    ])
}

/// What `hit_statements` decided, from their three results: None when the event was counted,
/// or the seconds until a place is free.
pub fn refused(results: &[worker::D1Result], window: i64, now: i64) -> Result<Option<i64>> {
    if results.get(1).is_some_and(changed) {
        return Ok(None);
    }
    let oldest =
        results.get(2).map(|r| r.results::<Oldest>()).transpose()?.and_then(|rows| rows.into_iter().next());
    let oldest = oldest.and_then(|row| row.oldest).unwrap_or(now);
    Ok(Some((oldest + window - now).max(1)))
}

pub fn delete_bucket_statement(db: &D1Database, bucket: &str) -> Result<D1PreparedStatement> {
    db.prepare("DELETE FROM rate_events WHERE bucket = ?1").bind(&[text(bucket)])
}

/// When the events of `bucket` in the last `window` seconds happened (unix seconds).
pub fn times_statement(db: &D1Database, bucket: &str, window: i64, now: i64) -> Result<D1PreparedStatement> {
    db.prepare("SELECT at FROM rate_events WHERE bucket = ?1 AND at > ?2 ORDER BY at DESC LIMIT 100")
        .bind(&[text(bucket), int(now - window)])
}

/// One row of `times_statement`.
#[derive(serde::Deserialize)]
pub struct At {
    pub at: i64,
}

/// Counts an event in `bucket`, forgetting its events older than `keep` seconds.
pub fn record_statements(
    db: &D1Database,
    bucket: &str,
    keep: i64,
    now: i64,
) -> Result<Vec<D1PreparedStatement>> {
    Ok(vec![
        db.prepare("DELETE FROM rate_events WHERE bucket = ?1 AND at <= ?2")
            .bind(&[text(bucket), int(now - keep)])?,
        db.prepare("INSERT INTO rate_events (bucket, at) VALUES (?1, ?2)").bind(&[text(bucket), int(now)])?,
    ])
}

/// Events older than `keep` seconds in every bucket (no limit looks back further), for the
/// scheduled purge.
/// Deletes up to `limit` events older than `keep` seconds; the rest go on the next runs.
pub fn purge_statement(db: &D1Database, keep: i64, now: i64, limit: i64) -> Result<D1PreparedStatement> {
    db.prepare(
        "DELETE FROM rate_events WHERE rowid IN (SELECT rowid FROM rate_events WHERE at <= ?1 LIMIT ?2)",
    )
    .bind(&[int(now - keep), int(limit)])
}
