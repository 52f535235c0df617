//! Queued mail: written in the batch of the change it announces, then delivered (in
//! development, delivered means kept here for the development mailbox).

use domain::ids::{OfferId, ThreadId};
use domain::mail::MailStatus;
use domain::wire::OutboxMessage;
use jiff::Timestamp;
use worker::{D1Database, D1PreparedStatement, Result};

use super::bookings::Expect;
use super::{id, int, opt_text, opt_time, text, time};

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

/// A queued mail: its recipient, what it says (a `MailContent` as JSON, its invitation included),
/// and the language to write it in unless the recipient chose one.
pub struct Queued<'a> {
    pub to: &'a str,
    pub content: &'a str,
    pub language: Option<&'a str>,
}

/// Development: whether a mail to `?1` waits to be delivered rather than being kept at once
/// (the switch makes delivery fail, or its domain goes to the development mail API).
const DEVELOPMENT_WAITS: &str = "EXISTS (SELECT 1 FROM meta WHERE key = 'mail_delivery_failing'
    OR key = 'dev-mail-api:' || substr(?1, instr(?1, '@') + 1))";

/// Queues a mail, due at once.
pub fn queue_statement(
    db: &D1Database,
    mail: &Queued<'_>,
    now: Timestamp,
    delivery: Delivery,
    after: &After<'_>,
) -> Result<D1PreparedStatement> {
    // Subject and text stay empty until the mail is put into words (`rendered_statement`).
    let insert = match delivery {
        Delivery::Posted => {
            "INSERT INTO outbox (to_email, subject, text, content, locale, sent_at, status, attempts,
                                 next_attempt_at, queued_at)
             SELECT ?1, '', '', ?2, ?3, ?4, 'pending', 0, ?4, ?4"
                .to_string()
        }
        Delivery::Kept => format!(
            "INSERT INTO outbox (to_email, subject, text, content, locale, sent_at, status, attempts,
                                 next_attempt_at, queued_at)
             SELECT ?1, '', '', ?2, ?3, ?4, CASE WHEN f.waits THEN 'pending' ELSE 'sent' END,
                    CASE WHEN f.waits THEN 0 ELSE 1 END, CASE WHEN f.waits THEN ?4 END, ?4
             FROM (SELECT {DEVELOPMENT_WAITS} AS waits) f"
        ),
    };
    let mut params = vec![text(mail.to), text(mail.content), opt_text(mail.language), time(now)];
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

/// A mail written but not yet put into words, with the language to write it in: its
/// recipient's choice, else the one it was written with.
#[derive(Debug, serde::Deserialize)]
pub struct Unrendered {
    pub id: i64,
    pub content: String,
    pub locale: Option<String>,
}

/// Up to `limit` mails not yet put into words (`only` that one, if given), oldest first.
pub async fn unrendered(db: &D1Database, only: Option<i64>, limit: i64) -> Result<Vec<Unrendered>> {
    let (which, params) = match only {
        Some(only) => ("AND o.id = ?2", vec![int(limit), int(only)]),
        None => ("", vec![int(limit)]),
    };
    db.prepare(format!(
        "SELECT o.id, o.content, coalesce(p.locale, o.locale) AS locale
         FROM outbox o LEFT JOIN users u ON u.email = o.to_email LEFT JOIN profiles p ON p.user_id = u.id
         WHERE o.content IS NOT NULL {which} ORDER BY o.id LIMIT ?1"
    ))
    .bind(&params)?
    .all()
    .await?
    .results()
}

/// Records the words of a mail, and of its invitation if it has one.
pub fn rendered_statement(
    db: &D1Database,
    mail: i64,
    subject: &str,
    text_: &str,
    once_sent_subject: Option<&str>,
    invite: Option<&str>,
) -> Result<D1PreparedStatement> {
    db.prepare(
        "UPDATE outbox SET subject = ?2, text = ?3, once_sent_subject = ?4, invite = coalesce(?5, invite), content = NULL
         WHERE id = ?1 AND content IS NOT NULL",
    )
    .bind(&[int(mail), text(subject), text(text_), opt_text(once_sent_subject), opt_text(invite)])
}

/// A mail whose content cannot be read (written by an older version, say) is given up on.
pub fn unreadable_statement(db: &D1Database, mail: i64, now: Timestamp) -> Result<D1PreparedStatement> {
    db.prepare(
        "UPDATE outbox SET content = NULL, status = 'failed', next_attempt_at = NULL,
                           sent_at = coalesce(sent_at, ?2)
         WHERE id = ?1",
    )
    .bind(&[int(mail), time(now)])
}

/// A queued mail taken for delivery.
#[derive(Debug, serde::Deserialize)]
pub struct Pending {
    pub id: i64,
    pub to_email: String,
    pub subject: String,
    pub text: String,
    pub invite: Option<String>,
    /// Including the one under way.
    pub attempts: u32,
}

/// Takes a due mail for delivery (`only` that one, or the next due), holding it until
/// `lease_until` so that no other delivery takes it meanwhile, and counts the attempt.
pub async fn claim(
    db: &D1Database,
    only: Option<i64>,
    now: Timestamp,
    lease_until: Timestamp,
) -> Result<Option<Pending>> {
    let mut params = vec![time(now), time(lease_until)];
    let which = match only {
        Some(id) => {
            params.push(int(id));
            "?3"
        }
        None => {
            "(SELECT id FROM outbox WHERE status = 'pending' AND next_attempt_at <= ?1 AND content IS NULL
                  ORDER BY next_attempt_at, id LIMIT 1)"
        }
    };
    db.prepare(format!(
        "UPDATE outbox SET next_attempt_at = ?2, attempts = attempts + 1
         WHERE id = {which} AND status = 'pending' AND next_attempt_at <= ?1 AND content IS NULL
         RETURNING id, to_email, subject, text, invite, attempts"
    ))
    .bind(&params)?
    .first(None)
    .await
}

/// Marks up to `limit` undelivered mails as handed to the mail queue at `now` and returns their
/// ids: those never handed yet, and with `again_before` also those handed before it (their
/// message may be lost). Each row is returned to one caller only.
pub async fn take_to_enqueue(
    db: &D1Database,
    now: Timestamp,
    again_before: Option<Timestamp>,
    limit: i64,
) -> Result<Vec<i64>> {
    #[derive(serde::Deserialize)]
    struct Row {
        id: i64,
    }
    let rows: Vec<Row> = db
        .prepare(
            "UPDATE outbox SET enqueued_at = ?1
             WHERE id IN (SELECT id FROM outbox WHERE status = 'pending'
                            AND (enqueued_at IS NULL OR enqueued_at < ?2) ORDER BY id LIMIT ?3)
             RETURNING id",
        )
        .bind(&[time(now), opt_time(again_before), int(limit)])?
        .all()
        .await?
        .results()?;
    Ok(rows.into_iter().map(|row| row.id).collect())
}

/// Development's delivery, in one statement: every due mail is kept as delivered, unless the
/// development switch (`set_failing_statement`) makes delivery fail or its domain goes to the
/// development mail API. Returns how many.
pub async fn keep_due(db: &D1Database, now: Timestamp) -> Result<usize> {
    let result = db
        .prepare(
            "UPDATE outbox SET status = 'sent', sent_at = ?1, next_attempt_at = NULL, attempts = attempts + 1
             WHERE status = 'pending' AND next_attempt_at <= ?1
               AND NOT EXISTS (SELECT 1 FROM meta WHERE key = 'mail_delivery_failing'
                                 OR key = 'dev-mail-api:' || substr(to_email, instr(to_email, '@') + 1))",
        )
        .bind(&[time(now)])?
        .run()
        .await?;
    Ok(super::changes(&result))
}

/// Development: the domains whose mail goes to the development mail API, with its address.
pub async fn dev_mail_apis(db: &D1Database) -> Result<Vec<(String, String)>> {
    #[derive(serde::Deserialize)]
    struct Row {
        domain: String,
        url: String,
    }
    let rows: Vec<Row> = db
        .prepare(
            "SELECT substr(key, 14) AS domain, json_extract(value, '$.url') AS url
             FROM meta WHERE key LIKE 'dev-mail-api:%'",
        )
        .all()
        .await?
        .results()?;
    Ok(rows.into_iter().map(|row| (row.domain, row.url)).collect())
}

/// Development: mail to `domain` goes to the development mail API at `url`, answered as `answer`.
pub fn route_to_dev_mail_api_statement(
    db: &D1Database,
    domain: &str,
    url: &str,
    answer: &str,
) -> Result<D1PreparedStatement> {
    db.prepare(
        "INSERT OR REPLACE INTO meta (key, value)
         VALUES ('dev-mail-api:' || ?1, json_object('url', ?2, 'answer', ?3))",
    )
    .bind(&[text(domain), text(url), text(answer)])
}

/// Development: how the development mail API answers mail to `domain`, if it gets that mail.
pub async fn dev_mail_api_answer(db: &D1Database, domain: &str) -> Result<Option<String>> {
    #[derive(serde::Deserialize)]
    struct Row {
        answer: String,
    }
    let row: Option<Row> = db
        .prepare(
            "SELECT json_extract(value, '$.answer') AS answer FROM meta WHERE key = 'dev-mail-api:' || ?1",
        )
        .bind(&[text(domain)])?
        .first(None)
        .await?;
    Ok(row.map(|row| row.answer))
}

/// Development: the development mail API counts a post of the mail `key` to `to`. Returns how
/// many times that mail has now been posted.
pub async fn count_dev_mail_api_post(db: &D1Database, key: &str, to: &str) -> Result<u32> {
    #[derive(serde::Deserialize)]
    struct Row {
        posts: u32,
    }
    let row: Option<Row> = db
        .prepare(
            "INSERT INTO meta (key, value) VALUES ('dev-mail-api-post:' || ?1, json_object('to', ?2, 'posts', 1))
             ON CONFLICT (key) DO UPDATE SET value = json_set(value, '$.posts', json_extract(value, '$.posts') + 1)
             RETURNING json_extract(value, '$.posts') AS posts",
        )
        .bind(&[text(key), text(to)])?
        .first(None)
        .await?;
    Ok(row.map_or(1, |row| row.posts))
}

/// Development: the mails the development mail API got for `to`.
pub async fn dev_mail_api_sent(db: &D1Database, to: &str) -> Result<Vec<domain::wire::DevMailSent>> {
    #[derive(serde::Deserialize)]
    struct Row {
        idempotency_key: String,
        to: String,
        posts: u32,
    }
    let rows: Vec<Row> = db
        .prepare(
            "SELECT substr(key, 19) AS idempotency_key, json_extract(value, '$.to') AS \"to\",
                    json_extract(value, '$.posts') AS posts
             FROM meta WHERE key LIKE 'dev-mail-api-post:%' AND json_extract(value, '$.to') = ?1 ORDER BY key",
        )
        .bind(&[text(to)])?
        .all()
        .await?
        .results()?;
    Ok(rows
        .into_iter()
        .map(|row| domain::wire::DevMailSent {
            idempotency_key: row.idempotency_key,
            to: row.to,
            posts: row.posts,
        })
        .collect())
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

/// Records a delivery: the mail is never tried again, and a secret text is blanked.
pub fn sent_statement(db: &D1Database, mail: i64, now: Timestamp) -> Result<D1PreparedStatement> {
    db.prepare(
        "UPDATE outbox SET status = 'sent', sent_at = ?2, next_attempt_at = NULL,
                           subject = coalesce(once_sent_subject, subject),
                           text = CASE WHEN once_sent_subject IS NULL THEN text ELSE '' END
         WHERE id = ?1 AND status = 'pending'",
    )
    .bind(&[int(mail), time(now)])
}

/// Records a failed delivery: tried again at `retry_at` (when its queue message comes back, or
/// the Cron Trigger hands it again), or given up when there is none (and then a secret text is
/// blanked too).
pub fn failed_statement(
    db: &D1Database,
    mail: i64,
    retry_at: Option<Timestamp>,
) -> Result<D1PreparedStatement> {
    db.prepare(
        "UPDATE outbox SET next_attempt_at = ?2, enqueued_at = ?2,
                           status = CASE WHEN ?2 IS NULL THEN 'failed' ELSE status END,
                           subject = CASE WHEN ?2 IS NULL THEN coalesce(once_sent_subject, subject) ELSE subject END,
                           text = CASE WHEN ?2 IS NULL AND once_sent_subject IS NOT NULL THEN '' ELSE text END
         WHERE id = ?1 AND status = 'pending'",
    )
    .bind(&[int(mail), opt_time(retry_at)])
}

/// Deletes up to `limit` mails sent (or given up on) before `before`.
pub fn purge_statement(db: &D1Database, before: Timestamp, limit: i64) -> Result<D1PreparedStatement> {
    db.prepare(
        "DELETE FROM outbox WHERE id IN (SELECT id FROM outbox WHERE status IN ('sent', 'failed') AND sent_at < ?1
                                         ORDER BY status, sent_at LIMIT ?2)",
    )
    .bind(&[time(before), int(limit)])
}

#[derive(serde::Deserialize)]
struct Row {
    to_email: String,
    subject: String,
    text: String,
    invite: Option<String>,
    sent_at: String,
    status: MailStatus,
}

/// Newest first, delivered or not; all recipients when `to` is None.
pub async fn list(db: &D1Database, to: Option<&str>, limit: i64) -> Result<Vec<OutboxMessage>> {
    let statement = match to {
        Some(to) => db
            .prepare("SELECT to_email, subject, text, invite, sent_at, status FROM outbox WHERE to_email = ?1 ORDER BY id DESC LIMIT ?2")
            .bind(&[text(to), int(limit)])?,
        None => db
            .prepare("SELECT to_email, subject, text, invite, sent_at, status FROM outbox ORDER BY id DESC LIMIT ?1")
            .bind(&[int(limit)])?,
    };
    let rows: Vec<Row> = statement.all().await?.results()?;
    Ok(rows
        .into_iter()
        .map(|row| OutboxMessage {
            to: row.to_email,
            subject: row.subject,
            text: row.text,
            invite: row.invite,
            sent_at: row.sent_at,
            status: row.status,
        })
        .collect())
}

pub fn delete_statement(db: &D1Database, to: &str) -> Result<D1PreparedStatement> {
    db.prepare("DELETE FROM outbox WHERE to_email = ?1").bind(&[text(to)])
}
