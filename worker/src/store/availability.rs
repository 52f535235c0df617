use worker::{D1Database, D1PreparedStatement, Result};

use super::text;

#[derive(serde::Deserialize)]
struct Row {
    rules: String,
}

/// The mentor's rules as stored (the JSON of `AvailabilityInput`), if they have set any.
pub async fn find(db: &D1Database, mentor_id: &str) -> Result<Option<String>> {
    let row: Option<Row> = db
        .prepare("SELECT rules FROM availability WHERE mentor_id = ?1")
        .bind(&[text(mentor_id)])?
        .first(None)
        .await?;
    Ok(row.map(|row| row.rules))
}

pub fn upsert_statement(
    db: &D1Database,
    mentor_id: &str,
    rules: &str,
    now: &str,
) -> Result<D1PreparedStatement> {
    db.prepare(
        "INSERT INTO availability (mentor_id, rules, updated_at) VALUES (?1, ?2, ?3)
         ON CONFLICT (mentor_id) DO UPDATE SET rules = ?2, updated_at = ?3",
    )
    .bind(&[text(mentor_id), text(rules), text(now)])
}

pub fn delete_statement(db: &D1Database, mentor_id: &str) -> Result<D1PreparedStatement> {
    db.prepare("DELETE FROM availability WHERE mentor_id = ?1").bind(&[text(mentor_id)])
}
