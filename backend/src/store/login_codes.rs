//! Sign-in codes, stored only as keyed hashes; an address may hold a few live ones at once.

use domain::account::LIVE_CODES_PER_ADDRESS;
use worker::{D1Database, D1PreparedStatement, Result};

use super::{changed, int, text};

#[derive(serde::Deserialize)]
pub struct LoginCode {
    pub id: i64,
    pub code_hash: String,
}

/// Adds a code for the address and drops its expired ones and all but the newest few.
pub fn add_statements(
    db: &D1Database,
    email: &str,
    code_hash: &str,
    expires_at: i64,
    now: i64,
) -> Result<Vec<D1PreparedStatement>> {
    Ok(vec![
        db.prepare("INSERT INTO login_codes (email, code_hash, expires_at) VALUES (?1, ?2, ?3)").bind(&[
            text(email),
            text(code_hash),
            int(expires_at),
        ])?,
        db.prepare(
            "DELETE FROM login_codes WHERE email = ?1
               AND (expires_at <= ?2 OR id NOT IN (SELECT id FROM login_codes WHERE email = ?1
                                                    ORDER BY id DESC LIMIT ?3))",
        )
        .bind(&[text(email), int(now), int(LIVE_CODES_PER_ADDRESS)])?,
    ])
}

/// The address's codes still valid at `now`.
pub async fn live(db: &D1Database, email: &str, now: i64) -> Result<Vec<LoginCode>> {
    db.prepare("SELECT id, code_hash FROM login_codes WHERE email = ?1 AND expires_at > ?2 ORDER BY id DESC")
        .bind(&[text(email), int(now)])?
        .all()
        .await?
        .results()
}

/// Uses up the address's codes once `code` (one of them) signs in. False when another request
/// used it first.
pub async fn consume(db: &D1Database, email: &str, code: i64) -> Result<bool> {
    let results = db
        .batch(vec![
            db.prepare("DELETE FROM login_codes WHERE id = ?1 AND email = ?2")
                .bind(&[int(code), text(email)])?,
            db.prepare("DELETE FROM login_codes WHERE email = ?1 AND changes() = 1").bind(&[text(email)])?,
        ])
        .await?;
    Ok(results.first().is_some_and(changed))
}

/// Expired codes of every address, for the scheduled purge.
/// Deletes up to `limit` expired codes; the rest go on the next runs.
pub fn purge_expired_statement(db: &D1Database, now: i64, limit: i64) -> Result<D1PreparedStatement> {
    db.prepare(
        "DELETE FROM login_codes WHERE id IN (SELECT id FROM login_codes WHERE expires_at <= ?1 LIMIT ?2)",
    )
    .bind(&[int(now), int(limit)])
}

pub fn delete_statement(db: &D1Database, email: &str) -> Result<D1PreparedStatement> {
    db.prepare("DELETE FROM login_codes WHERE email = ?1").bind(&[text(email)])
}
