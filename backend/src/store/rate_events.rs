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

/// When the newest `most` events of `bucket` in the last `window` seconds happened (unix seconds).
pub fn times_statement(
    db: &D1Database,
    bucket: &str,
    window: i64,
    most: usize,
    now: i64,
) -> Result<D1PreparedStatement> {
    db.prepare("SELECT at FROM rate_events WHERE bucket = ?1 AND at > ?2 ORDER BY at DESC LIMIT ?3").bind(&[
        text(bucket),
        int(now - window),
        int(i64::try_from(most).unwrap_or(i64::MAX)),
    ])
}

/// At most `limit` events in `bucket` in the last `window` seconds.
pub struct Cap<'a> {
    pub bucket: &'a str,
    pub limit: usize,
    pub window: i64,
}

/// Counts one event in the bucket of every cap if none of them is full, and otherwise in none.
/// One statement, so that concurrent requests cannot all take the last place. Its rows are the
/// events counted (see `counted`): none when refused.
pub fn hit_all_statement(db: &D1Database, caps: &[Cap<'_>], now: i64) -> Result<D1PreparedStatement> {
    let mut buckets: Vec<&str> = Vec::new();
    for cap in caps {
        if !buckets.contains(&cap.bucket) {
            buckets.push(cap.bucket);
        }
    }
    let mut params = vec![int(now)];
    params.extend(buckets.iter().map(|bucket| text(bucket)));
    let values: Vec<String> = (0..buckets.len()).map(|i| format!("(?{})", i + 2)).collect();
    let guards: Vec<String> = caps
        .iter()
        .map(|cap| {
            params.extend([
                text(cap.bucket),
                int(now - cap.window),
                int(i64::try_from(cap.limit).unwrap_or(0)),
            ]);
            let n = params.len();
            format!("(SELECT count(*) FROM rate_events WHERE bucket = ?{} AND at > ?{}) < ?{n}", n - 2, n - 1)
        })
        .collect();
    db.prepare(format!(
        "INSERT INTO rate_events (bucket, at) SELECT column1, ?1 FROM (VALUES {}) WHERE {} RETURNING rowid AS id",
        values.join(", "),
        guards.join(" AND ")
    ))
    .bind(&params)
}

/// The events `hit_all_statement` counted: empty when it refused.
pub fn counted(result: &worker::D1Result) -> Result<Vec<i64>> {
    #[derive(serde::Deserialize)]
    struct Counted {
        id: i64,
    }
    Ok(result.results::<Counted>()?.into_iter().map(|row| row.id).collect())
}

/// Takes back events `hit_all_statement` counted.
pub fn forget_statement(db: &D1Database, events: &[i64]) -> Result<D1PreparedStatement> {
    let list: Vec<String> = events.iter().map(i64::to_string).collect();
    db.prepare(format!("DELETE FROM rate_events WHERE rowid IN ({})", list.join(", "))).bind(&[])
}

/// One row of `times_statement`.
#[derive(serde::Deserialize)]
pub struct At {
    pub at: i64,
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
