use domain::wire::OutboxMessage;
use worker::{D1Database, D1PreparedStatement, Result};

use super::{int, text};

pub fn insert_statement(db: &D1Database, message: &OutboxMessage) -> Result<D1PreparedStatement> {
    db.prepare("INSERT INTO outbox (to_email, subject, text, sent_at) VALUES (?1, ?2, ?3, ?4)").bind(&[
        text(&message.to),
        text(&message.subject),
        text(&message.text),
        text(&message.sent_at),
    ])
}

#[derive(serde::Deserialize)]
struct Row {
    to_email: String,
    subject: String,
    text: String,
    sent_at: String,
}

/// Newest first; all recipients when `to` is None.
pub async fn list(db: &D1Database, to: Option<&str>, limit: i64) -> Result<Vec<OutboxMessage>> {
    let statement = match to {
        Some(to) => db
            .prepare("SELECT to_email, subject, text, sent_at FROM outbox WHERE to_email = ?1 ORDER BY id DESC LIMIT ?2")
            .bind(&[text(to), int(limit)])?,
        None => db
            .prepare("SELECT to_email, subject, text, sent_at FROM outbox ORDER BY id DESC LIMIT ?1")
            .bind(&[int(limit)])?,
    };
    let rows: Vec<Row> = statement.all().await?.results()?;
    Ok(rows
        .into_iter()
        .map(|row| OutboxMessage {
            to: row.to_email,
            subject: row.subject,
            text: row.text,
            sent_at: row.sent_at,
        })
        .collect())
}

pub fn delete_statement(db: &D1Database, to: &str) -> Result<D1PreparedStatement> {
    db.prepare("DELETE FROM outbox WHERE to_email = ?1").bind(&[text(to)])
}
