use domain::ids::UserId;
use jiff::Timestamp;
use worker::{D1Database, D1PreparedStatement, Result};

use super::{id, text, time};

/// The mentor's rules as stored: the JSON of `AvailabilityInput`.
#[derive(serde::Deserialize)]
pub struct RulesRow {
    pub rules: String,
}

/// The mentor's rules, a row if they have set any.
pub fn find_statement(db: &D1Database, mentor: &UserId) -> Result<D1PreparedStatement> {
    db.prepare("SELECT rules FROM availability WHERE mentor_id = ?1").bind(&[id(mentor)])
}

pub async fn find(db: &D1Database, mentor: &UserId) -> Result<Option<RulesRow>> {
    find_statement(db, mentor)?.first(None).await
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
