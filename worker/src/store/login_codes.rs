use worker::{D1Database, Result};

use super::{changes, int, text};

#[derive(serde::Deserialize)]
pub struct LoginCode {
    pub code_hash: String,
    pub expires_at: i64,
    pub attempts: i64,
}

/// Stores a new code for the address, replacing any earlier one.
pub fn replace_statement(
    db: &D1Database,
    email: &str,
    code_hash: &str,
    expires_at: i64,
) -> Result<worker::D1PreparedStatement> {
    db.prepare(
        "INSERT INTO login_codes (email, code_hash, expires_at, attempts) VALUES (?1, ?2, ?3, 0)
         ON CONFLICT (email) DO UPDATE SET code_hash = ?2, expires_at = ?3, attempts = 0",
    )
    .bind(&[text(email), text(code_hash), int(expires_at)])
}

pub async fn find(db: &D1Database, email: &str) -> Result<Option<LoginCode>> {
    db.prepare("SELECT code_hash, expires_at, attempts FROM login_codes WHERE email = ?1")
        .bind(&[text(email)])?
        .first(None)
        .await
}

/// Counts a wrong guess; the code is deleted once `max_attempts` wrong guesses are reached.
pub async fn record_wrong_guess(db: &D1Database, email: &str, max_attempts: i64) -> Result<()> {
    db.batch(vec![
        db.prepare("UPDATE login_codes SET attempts = attempts + 1 WHERE email = ?1").bind(&[text(email)])?,
        db.prepare("DELETE FROM login_codes WHERE email = ?1 AND attempts >= ?2")
            .bind(&[text(email), int(max_attempts)])?,
    ])
    .await?;
    Ok(())
}

/// Uses up the code. False when another request used it first.
pub async fn consume(db: &D1Database, email: &str, code_hash: &str) -> Result<bool> {
    let result = db
        .prepare("DELETE FROM login_codes WHERE email = ?1 AND code_hash = ?2")
        .bind(&[text(email), text(code_hash)])?
        .run()
        .await?;
    Ok(changes(&result) == 1)
}

pub fn delete_statement(db: &D1Database, email: &str) -> Result<worker::D1PreparedStatement> {
    db.prepare("DELETE FROM login_codes WHERE email = ?1").bind(&[text(email)])
}
