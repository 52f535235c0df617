//! Queued mail: written in the batch of the change it announces, then delivered (in
//! development, delivered means kept here for the development mailbox).

use domain::ids::{OfferId, ThreadId};
use domain::mail::MailStatus;
use domain::wire::OutboxMessage;
use jiff::Timestamp;
use worker::{D1Database, D1PreparedStatement, Result};

use super::bookings::Expect;
use super::{id, int, opt_time, text, time};

/// When a queued mail is written: it goes with the change it announces, so it is written only
/// if that change happened.
pub enum After<'a> {
    /// The change is the rest of the batch, which fails or succeeds as a whole.
    Always,
    /// Only if the statement just before it changed a row (in the same batch).
    Changed,
    /// Only if the booking is as the batch should have left it.
    Booking(&'a Expect<'a>),
    /// Only if the offer exists (the batch inserted it).
    Offer(&'a OfferId),
    /// Only if the thread exists (the batch opened it).
    Thread(&'a ThreadId),
}

/// How queued mail is delivered.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Delivery {
    /// Posted to the mail API after the response.
    Posted,
    /// Development: delivering is keeping the row here, done as it is written, unless the
    /// development switch makes delivery fail; then it waits like any mail whose delivery failed.
    Kept,
}

/// Queues a mail to `to`, due at once.
pub fn queue_statement(
    db: &D1Database,
    to: &str,
    subject: &str,
    body: &str,
    now: Timestamp,
    delivery: Delivery,
    after: &After<'_>,
) -> Result<D1PreparedStatement> {
    let insert = match delivery {
        Delivery::Posted => {
            "INSERT INTO outbox (to_email, subject, text, sent_at, status, attempts, next_attempt_at, queued_at)
             SELECT ?1, ?2, ?3, ?4, 'pending', 0, ?4, ?4"
        }
        Delivery::Kept => {
            "INSERT INTO outbox (to_email, subject, text, sent_at, status, attempts, next_attempt_at, queued_at)
             SELECT ?1, ?2, ?3, ?4, CASE WHEN f.failing THEN 'pending' ELSE 'sent' END,
                    CASE WHEN f.failing THEN 0 ELSE 1 END, CASE WHEN f.failing THEN ?4 END, ?4
             FROM (SELECT EXISTS (SELECT 1 FROM meta WHERE key = 'mail_delivery_failing') AS failing) f"
        }
    };
    let mut params = vec![text(to), text(subject), text(body), time(now)];
    let condition = match after {
        After::Always => String::new(),
        After::Changed => " WHERE changes() = 1".into(),
        After::Booking(expect) => {
            params.extend([id(expect.id), text(expect.status.as_str()), time(expect.start)]);
            " WHERE EXISTS (SELECT 1 FROM bookings WHERE id = ?5 AND status = ?6 AND start_at = ?7)".into()
        }
        After::Offer(offer) => {
            params.push(id(*offer));
            " WHERE EXISTS (SELECT 1 FROM offers WHERE id = ?5)".into()
        }
        After::Thread(thread) => {
            params.push(id(*thread));
            " WHERE EXISTS (SELECT 1 FROM threads WHERE id = ?5)".into()
        }
    };
    db.prepare(format!("{insert}{condition}")).bind(&params)
}

/// A queued mail taken for delivery.
#[derive(Debug, serde::Deserialize)]
pub struct Pending {
    pub id: i64,
    pub to_email: String,
    pub subject: String,
    pub text: String,
    /// Including the one under way.
    pub attempts: u32,
}

/// Takes up to `limit` due mails for delivery, holding each until `lease_until` so that no other
/// run takes it meanwhile, and counts the attempt.
pub async fn claim_due(
    db: &D1Database,
    now: Timestamp,
    lease_until: Timestamp,
    limit: i64,
) -> Result<Vec<Pending>> {
    db.prepare(
        "UPDATE outbox SET next_attempt_at = ?2, attempts = attempts + 1
         WHERE id IN (SELECT id FROM outbox WHERE status = 'pending' AND next_attempt_at <= ?1
                      ORDER BY next_attempt_at, id LIMIT ?3)
           AND status = 'pending' AND next_attempt_at <= ?1
         RETURNING id, to_email, subject, text, attempts",
    )
    .bind(&[time(now), time(lease_until), int(limit)])?
    .all()
    .await?
    .results()
}

/// Development's delivery, in one statement: every due mail is kept as delivered, unless the
/// development switch (`set_failing_statement`) makes delivery fail. Returns how many.
pub async fn keep_due(db: &D1Database, now: Timestamp) -> Result<usize> {
    let result = db
        .prepare(
            "UPDATE outbox SET status = 'sent', sent_at = ?1, next_attempt_at = NULL, attempts = attempts + 1
             WHERE status = 'pending' AND next_attempt_at <= ?1
               AND NOT EXISTS (SELECT 1 FROM meta WHERE key = 'mail_delivery_failing')",
        )
        .bind(&[time(now)])?
        .run()
        .await?;
    Ok(super::changes(&result))
}

/// Whether the development switch makes delivery fail.
pub async fn failing(db: &D1Database) -> Result<bool> {
    #[derive(serde::Deserialize)]
    struct Found {
        #[serde(deserialize_with = "super::flag")]
        found: bool,
    }
    let row: Option<Found> = db
        .prepare("SELECT EXISTS (SELECT 1 FROM meta WHERE key = 'mail_delivery_failing') AS found")
        .first(None)
        .await?;
    Ok(row.is_some_and(|row| row.found))
}

/// Sets or clears the development switch that makes delivery fail; clearing it makes every
/// pending mail due at `now`, so that the next run sends what waited.
pub fn set_failing_statements(
    db: &D1Database,
    failing: bool,
    now: Timestamp,
) -> Result<Vec<D1PreparedStatement>> {
    Ok(if failing {
        vec![db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('mail_delivery_failing', '1')")]
    } else {
        vec![
            db.prepare("DELETE FROM meta WHERE key = 'mail_delivery_failing'"),
            db.prepare("UPDATE outbox SET next_attempt_at = ?1 WHERE status = 'pending'")
                .bind(&[time(now)])?,
        ]
    })
}

/// Records a delivery: the mail is never tried again.
pub fn sent_statement(db: &D1Database, mail: i64, now: Timestamp) -> Result<D1PreparedStatement> {
    db.prepare("UPDATE outbox SET status = 'sent', sent_at = ?2, next_attempt_at = NULL WHERE id = ?1 AND status = 'pending'")
        .bind(&[int(mail), time(now)])
}

/// Records a failed delivery: tried again at `retry_at`, or given up when there is none.
pub fn failed_statement(
    db: &D1Database,
    mail: i64,
    retry_at: Option<Timestamp>,
) -> Result<D1PreparedStatement> {
    db.prepare(
        "UPDATE outbox SET next_attempt_at = ?2, status = CASE WHEN ?2 IS NULL THEN 'failed' ELSE status END
         WHERE id = ?1 AND status = 'pending'",
    )
    .bind(&[int(mail), opt_time(retry_at)])
}

#[derive(serde::Deserialize)]
struct Row {
    to_email: String,
    subject: String,
    text: String,
    sent_at: String,
    status: MailStatus,
}

/// Newest first, delivered or not; all recipients when `to` is None.
pub async fn list(db: &D1Database, to: Option<&str>, limit: i64) -> Result<Vec<OutboxMessage>> {
    let statement = match to {
        Some(to) => db
            .prepare("SELECT to_email, subject, text, sent_at, status FROM outbox WHERE to_email = ?1 ORDER BY id DESC LIMIT ?2")
            .bind(&[text(to), int(limit)])?,
        None => db
            .prepare("SELECT to_email, subject, text, sent_at, status FROM outbox ORDER BY id DESC LIMIT ?1")
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
            status: row.status,
        })
        .collect())
}

pub fn delete_statement(db: &D1Database, to: &str) -> Result<D1PreparedStatement> {
    db.prepare("DELETE FROM outbox WHERE to_email = ?1").bind(&[text(to)])
}
