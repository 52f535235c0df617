use domain::ids::UserId;
use jiff::Timestamp;
use worker::{D1Database, D1PreparedStatement, Result};

use super::{id, text, time};

/// The mentor's rules as stored: the JSON of `AvailabilityInput`.
#[derive(serde::Deserialize)]
pub struct RulesRow {
    pub rules: String,
    /// "I'm free right now", if the mentor turned it on (it may have ended since).
    #[serde(default, deserialize_with = "domain::time::opt_instant")]
    pub free_now_start: Option<Timestamp>,
    #[serde(default, deserialize_with = "domain::time::opt_instant")]
    pub free_now_end: Option<Timestamp>,
    /// Busy times from the mentor's calendars: `[[[start, end], …], …]`, one list per calendar.
    #[serde(default)]
    pub calendar_busy: Option<String>,
}

/// The mentor's rules in force, a row if they have set any and are not paused by the no-show
/// policy: what slots are offered from, with "free now" and the busy times of their calendars
/// (those fetched well within the last 24 hours).
pub fn find_statement(db: &D1Database, mentor: &UserId, now: Timestamp) -> Result<D1PreparedStatement> {
    let kept_since = now - jiff::SignedDuration::from_hours(domain::calendar::KEEP_BUSY_HOURS);
    db.prepare(
        "SELECT rules, free_now_start, free_now_end,
                (SELECT json_group_array(json(b.intervals)) FROM busy_calendars b
                  WHERE b.user_id = ?1 AND b.ok_at > ?2) AS calendar_busy
           FROM availability WHERE mentor_id = ?1
           AND NOT EXISTS (SELECT 1 FROM mentor_standing s WHERE s.mentor_id = ?1 AND s.paused_at IS NOT NULL)",
    )
    .bind(&[id(mentor), time(kept_since)])
}

/// The mentor's rules as they set them, paused or not: what they edit and export.
pub async fn find(db: &D1Database, mentor: &UserId) -> Result<Option<RulesRow>> {
    db.prepare("SELECT rules FROM availability WHERE mentor_id = ?1").bind(&[id(mentor)])?.first(None).await
}

pub fn upsert_statement(
    db: &D1Database,
    mentor: &UserId,
    rules: &str,
    now: Timestamp,
) -> Result<D1PreparedStatement> {
    db.prepare(
        "INSERT INTO availability (mentor_id, rules, updated_at) VALUES (?1, ?2, ?3)
         ON CONFLICT (mentor_id) DO UPDATE SET rules = ?2, updated_at = ?3",
    )
    .bind(&[id(mentor), text(rules), time(now)])
}

pub fn delete_statement(db: &D1Database, mentor: &UserId) -> Result<D1PreparedStatement> {
    db.prepare("DELETE FROM availability WHERE mentor_id = ?1").bind(&[id(mentor)])
}
