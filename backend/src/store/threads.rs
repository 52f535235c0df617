//! Threads between a mentee and a mentor (from an accepted offer, or from a booking), their
//! messages, and what each side has read.

use domain::ids::{BookingId, RequestId, ThreadId, UserId};
use jiff::Timestamp;
use worker::{D1Database, Result};

use super::{changed, id, int, text, time};

/// A thread as one participant (`?1` in the queries) sees it.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct ThreadRow {
    pub id: ThreadId,
    pub request_id: Option<RequestId>,
    pub request_title: Option<String>,
    pub mentee_id: UserId,
    pub booking_id: Option<BookingId>,
    #[serde(default, deserialize_with = "domain::time::opt_instant")]
    pub session_start_at: Option<Timestamp>,
    pub session_agenda: Option<String>,
    #[serde(deserialize_with = "domain::time::instant")]
    pub last_message_at: Timestamp,
    /// The newest message the viewer has read.
    pub read_id: i64,
    /// Messages from the other side the viewer has not read.
    pub unread: i64,
    pub other_id: UserId,
    pub other_name: String,
    pub other_headline: String,
    pub other_timezone: String,
    pub other_organization: Option<String>,
    pub other_organization_name: Option<String>,
    pub other_email: String,
}

impl ThreadRow {
    /// The question's title, or the first line of the session's agenda.
    pub fn title(&self) -> String {
        if let Some(title) = &self.request_title {
            return title.clone();
        }
        let line = domain::markdown::first_line(self.session_agenda.as_deref().unwrap_or(""), 80);
        if line.is_empty() { "15-minute session".into() } else { line }
    }
}

const SELECT: &str = "SELECT t.id, t.request_id, r.title AS request_title, t.mentee_id, t.mentor_id,
        t.booking_id, b.start_at AS session_start_at, b.agenda AS session_agenda, t.last_message_at,
        CASE WHEN t.mentee_id = ?1 THEN t.mentee_read_id ELSE t.mentor_read_id END AS read_id,
        (SELECT count(*) FROM thread_messages m WHERE m.thread_id = t.id AND m.author_id != ?1
            AND m.id > CASE WHEN t.mentee_id = ?1 THEN t.mentee_read_id ELSE t.mentor_read_id END) AS unread,
        p.user_id AS other_id, p.display_name AS other_name, p.headline AS other_headline,
        p.timezone AS other_timezone, u.organization_domain AS other_organization,
        o.name AS other_organization_name, u.email AS other_email
    FROM threads t
    LEFT JOIN requests r ON r.id = t.request_id
    LEFT JOIN bookings b ON b.id = t.booking_id
    JOIN profiles p ON p.user_id = CASE WHEN t.mentee_id = ?1 THEN t.mentor_id ELSE t.mentee_id END
    JOIN users u ON u.id = p.user_id
    LEFT JOIN organizations o ON o.domain = u.organization_domain";

/// The thread, if `user_id` takes part in it.
pub async fn find_for(db: &D1Database, user: &UserId, thread: &ThreadId) -> Result<Option<ThreadRow>> {
    db.prepare(format!("{SELECT} WHERE t.id = ?2 AND (t.mentee_id = ?1 OR t.mentor_id = ?1)"))
        .bind(&[id(user), id(thread)])?
        .first(None)
        .await
}

/// The user's threads, latest activity first.
pub async fn for_user(db: &D1Database, user: &UserId) -> Result<Vec<ThreadRow>> {
    db.prepare(format!(
        "{SELECT} WHERE t.mentee_id = ?1 OR t.mentor_id = ?1 ORDER BY t.last_message_at DESC, t.id LIMIT 500"
    ))
    .bind(&[id(user)])?
    .all()
    .await?
    .results()
}

#[derive(Debug, Clone, serde::Deserialize)]
pub struct MessageRow {
    pub id: i64,
    pub author_id: UserId,
    pub body: String,
    #[serde(deserialize_with = "domain::time::instant")]
    pub created_at: Timestamp,
}

/// The newest 2,000 messages, oldest first.
pub async fn messages(db: &D1Database, thread: &ThreadId) -> Result<Vec<MessageRow>> {
    db.prepare(
        "SELECT * FROM (SELECT id, author_id, body, created_at FROM thread_messages WHERE thread_id = ?1
                           ORDER BY id DESC LIMIT 2000)
         ORDER BY id",
    )
    .bind(&[id(thread)])?
    .all()
    .await?
    .results()
}

/// Every message of every thread the user takes part in, by thread and then oldest first.
pub async fn messages_of_user(db: &D1Database, user: &UserId) -> Result<Vec<(ThreadId, MessageRow)>> {
    #[derive(serde::Deserialize)]
    struct Row {
        thread_id: ThreadId,
        id: i64,
        author_id: UserId,
        body: String,
        #[serde(deserialize_with = "domain::time::instant")]
        created_at: Timestamp,
    }
    let rows: Vec<Row> = db
        .prepare(
            "SELECT m.thread_id, m.id, m.author_id, m.body, m.created_at
             FROM thread_messages m JOIN threads t ON t.id = m.thread_id
             WHERE t.mentee_id = ?1 OR t.mentor_id = ?1
             ORDER BY m.thread_id, m.id",
        )
        .bind(&[id(user)])?
        .all()
        .await?
        .results()?;
    Ok(rows
        .into_iter()
        .map(|row| {
            let message = MessageRow {
                id: row.id,
                author_id: row.author_id,
                body: row.body,
                created_at: row.created_at,
            };
            (row.thread_id, message)
        })
        .collect())
}

/// Opens the private thread of a booking written earlier in the same batch (nothing otherwise).
pub fn open_for_booking_statement(
    db: &D1Database,
    thread: &ThreadId,
    booking: &BookingId,
    mentee: &UserId,
    mentor: &UserId,
    now: Timestamp,
) -> Result<worker::D1PreparedStatement> {
    db.prepare(
        "INSERT INTO threads (id, booking_id, mentee_id, mentor_id, created_at, last_message_at)
         SELECT ?1, ?2, ?3, ?4, ?5, ?5 WHERE EXISTS (SELECT 1 FROM bookings WHERE id = ?2)",
    )
    .bind(&[id(thread), id(booking), id(mentee), id(mentor), time(now)])
}

/// Adds a message and moves the thread's activity time, in one transaction with `then` (the
/// mail announcing it). Read marks stay: one's own messages are
/// never unread, and the other side's that arrived meanwhile are not read by writing.
pub async fn post(
    db: &D1Database,
    thread: &ThreadId,
    author: &UserId,
    body: &str,
    now: Timestamp,
    then: Vec<worker::D1PreparedStatement>,
) -> Result<MessageRow> {
    let mut statements = vec![
        db.prepare(
            "INSERT INTO thread_messages (thread_id, author_id, body, created_at) VALUES (?1, ?2, ?3, ?4)
             RETURNING id, author_id, body, created_at",
        )
        .bind(&[id(thread), id(author), text(body), time(now)])?,
        db.prepare("UPDATE threads SET last_message_at = ?2 WHERE id = ?1").bind(&[id(thread), time(now)])?,
    ];
    statements.extend(then);
    let results = db.batch(statements).await?;
    results
        .first()
        .map(|inserted| inserted.results::<MessageRow>())
        .transpose()?
        .and_then(|rows| rows.into_iter().next())
        .ok_or_else(|| worker::Error::RustError("an inserted message was not returned".into()))
}

/// Marks everything up to `message_id` read for `user_id`; read marks never move back.
pub async fn mark_read(db: &D1Database, thread: &ThreadId, user: &UserId, message_id: i64) -> Result<bool> {
    let result = db
        .prepare(
            "UPDATE threads
             SET mentee_read_id = CASE WHEN mentee_id = ?2 THEN max(mentee_read_id, ?3) ELSE mentee_read_id END,
                 mentor_read_id = CASE WHEN mentor_id = ?2 THEN max(mentor_read_id, ?3) ELSE mentor_read_id END
             WHERE id = ?1",
        )
        .bind(&[id(thread), id(user), int(message_id)])?
        .run()
        .await?;
    Ok(changed(&result))
}

#[derive(Debug, Default, serde::Deserialize)]
pub struct Unread {
    pub messages: i64,
    pub threads: i64,
}

/// Messages from others the user has not read, and in how many threads.
pub async fn unread(db: &D1Database, user: &UserId) -> Result<Unread> {
    let row: Option<Unread> = db
        .prepare(
            "SELECT count(*) AS messages, count(DISTINCT m.thread_id) AS threads
             FROM threads t JOIN thread_messages m ON m.thread_id = t.id
             WHERE m.author_id != ?1
               AND ((t.mentee_id = ?1 AND m.id > t.mentee_read_id)
                    OR (t.mentor_id = ?1 AND m.id > t.mentor_read_id))",
        )
        .bind(&[id(user)])?
        .first(None)
        .await?;
    Ok(row.unwrap_or_default())
}
