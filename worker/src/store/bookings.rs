use worker::{D1Database, D1PreparedStatement, Result};

use super::{changes, opt_text, text};

/// A booking with both participants' names and zones.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct BookingRow {
    pub id: String,
    pub mentor_id: String,
    pub mentee_id: String,
    pub start_at: String,
    pub end_at: String,
    pub agenda: String,
    pub status: String,
    pub call_link: String,
    pub sequence: i64,
    pub cancel_reason: Option<String>,
    pub created_at: String,
    pub mentor_name: String,
    pub mentor_timezone: String,
    pub mentor_email: String,
    pub mentee_name: String,
    pub mentee_timezone: String,
    pub mentee_email: String,
}

const SELECT: &str = "SELECT b.id, b.mentor_id, b.mentee_id, b.start_at, b.end_at, b.agenda, b.status,
        b.call_link, b.sequence, b.cancel_reason, b.created_at,
        mp.display_name AS mentor_name, mp.timezone AS mentor_timezone, mu.email AS mentor_email,
        ep.display_name AS mentee_name, ep.timezone AS mentee_timezone, eu.email AS mentee_email
    FROM bookings b
    JOIN profiles mp ON mp.user_id = b.mentor_id JOIN users mu ON mu.id = b.mentor_id
    JOIN profiles ep ON ep.user_id = b.mentee_id JOIN users eu ON eu.id = b.mentee_id";

pub async fn find(db: &D1Database, id: &str) -> Result<Option<BookingRow>> {
    db.prepare(format!("{SELECT} WHERE b.id = ?1")).bind(&[text(id)])?.first(None).await
}

pub async fn find_by_idempotency_key(
    db: &D1Database,
    mentee_id: &str,
    key: &str,
) -> Result<Option<BookingRow>> {
    db.prepare(format!("{SELECT} WHERE b.mentee_id = ?1 AND b.idempotency_key = ?2"))
        .bind(&[text(mentee_id), text(key)])?
        .first(None)
        .await
}

/// Everything a user takes part in, by start.
pub async fn for_user(db: &D1Database, user_id: &str) -> Result<Vec<BookingRow>> {
    db.prepare(format!("{SELECT} WHERE b.mentor_id = ?1 OR b.mentee_id = ?1 ORDER BY b.start_at, b.id"))
        .bind(&[text(user_id)])?
        .all()
        .await?
        .results()
}

#[derive(Debug, serde::Deserialize)]
pub struct Span {
    pub id: String,
    pub start_at: String,
    pub end_at: String,
}

/// The mentor's live bookings starting in `[from, to)`.
pub async fn live_for_mentor(db: &D1Database, mentor_id: &str, from: &str, to: &str) -> Result<Vec<Span>> {
    db.prepare(
        "SELECT id, start_at, end_at FROM bookings
         WHERE mentor_id = ?1 AND status = 'booked' AND start_at >= ?2 AND start_at < ?3",
    )
    .bind(&[text(mentor_id), text(from), text(to)])?
    .all()
    .await?
    .results()
}

/// Whether the user has a live booking, on either side, overlapping `[start, end)` (other than
/// `except`).
pub async fn user_busy(
    db: &D1Database,
    user_id: &str,
    start: &str,
    end: &str,
    except: Option<&str>,
) -> Result<bool> {
    #[derive(serde::Deserialize)]
    struct Found {
        found: i64,
    }
    let row: Option<Found> = db
        .prepare(
            "SELECT EXISTS (SELECT 1 FROM bookings
                 WHERE (mentor_id = ?1 OR mentee_id = ?1) AND status = 'booked'
                   AND start_at < ?3 AND end_at > ?2 AND id IS NOT ?4) AS found",
        )
        .bind(&[text(user_id), text(start), text(end), opt_text(except)])?
        .first(None)
        .await?;
    Ok(row.is_some_and(|row| row.found == 1))
}

pub struct NewBooking<'a> {
    pub id: &'a str,
    pub mentor_id: &'a str,
    pub mentee_id: &'a str,
    pub start: &'a str,
    pub end: &'a str,
    /// The mentor's buffer, applied around `start`/`end` for the overlap check.
    pub guard_start: &'a str,
    pub guard_end: &'a str,
    pub agenda: &'a str,
    pub call_link: &'a str,
    pub idempotency_key: Option<&'a str>,
    pub now: &'a str,
}

impl NewBooking<'_> {
    /// The parameters both guarded writes take, as ?1–?11.
    fn params(&self) -> [worker::wasm_bindgen::JsValue; 11] {
        [
            text(self.id),
            text(self.mentor_id),
            text(self.mentee_id),
            text(self.start),
            text(self.end),
            text(self.agenda),
            text(self.call_link),
            opt_text(self.idempotency_key),
            text(self.now),
            text(self.guard_start),
            text(self.guard_end),
        ]
    }
}

const GUARDED_INSERT: &str =
    "INSERT INTO bookings (id, mentor_id, mentee_id, start_at, end_at, agenda, status,
         call_link, idempotency_key, created_at, updated_at)
     SELECT ?1, ?2, ?3, ?4, ?5, ?6, 'booked', ?7, ?8, ?9, ?9
     WHERE NOT EXISTS (SELECT 1 FROM bookings WHERE mentor_id = ?2 AND status = 'booked'
                         AND start_at < ?11 AND end_at > ?10)
       AND NOT EXISTS (SELECT 1 FROM bookings WHERE (mentor_id = ?3 OR mentee_id = ?3)
                         AND status = 'booked' AND start_at < ?5 AND end_at > ?4)";

/// Inserts the booking only if neither side has an overlapping live booking (the mentor's
/// buffer included), in one statement; the unique index catches what a race slips past.
/// Returns false when the guard refused it.
pub async fn insert(db: &D1Database, b: &NewBooking<'_>) -> Result<bool> {
    let result = db.prepare(GUARDED_INSERT).bind(&b.params())?.run().await?;
    Ok(changes(&result) == 1)
}

/// The same guarded insert for a batch, made only while `offer_id` is being accepted with this
/// booking (its `booking_id` set earlier in the same transaction).
pub fn insert_for_offer_statement(
    db: &D1Database,
    b: &NewBooking<'_>,
    offer_id: &str,
) -> Result<D1PreparedStatement> {
    let mut params = b.params().to_vec();
    params.push(text(offer_id));
    db.prepare(format!(
        "{GUARDED_INSERT} AND EXISTS (SELECT 1 FROM offers WHERE id = ?12 AND booking_id = ?1)"
    ))
    .bind(&params)
}

/// Moves a live booking, with the same guards as a new one. False when refused.
pub async fn reschedule(db: &D1Database, b: &NewBooking<'_>) -> Result<bool> {
    let result = db
        .prepare(
            "UPDATE bookings SET start_at = ?4, end_at = ?5, sequence = sequence + 1, updated_at = ?9,
                 reminded_day = 0, reminded_soon = 0
             WHERE id = ?1 AND status = 'booked'
               AND NOT EXISTS (SELECT 1 FROM bookings WHERE mentor_id = ?2 AND status = 'booked' AND id != ?1
                                 AND start_at < ?11 AND end_at > ?10)
               AND NOT EXISTS (SELECT 1 FROM bookings WHERE (mentor_id = ?3 OR mentee_id = ?3) AND id != ?1
                                 AND status = 'booked' AND start_at < ?5 AND end_at > ?4)",
        )
        .bind(&b.params())?
        .run()
        .await?;
    Ok(changes(&result) == 1)
}

/// Cancels a live booking. False when it was not live.
pub async fn cancel(db: &D1Database, id: &str, reason: Option<&str>, now: &str) -> Result<bool> {
    let result = db
        .prepare(
            "UPDATE bookings SET status = 'cancelled', cancel_reason = ?2, sequence = sequence + 1, updated_at = ?3
             WHERE id = ?1 AND status = 'booked'",
        )
        .bind(&[text(id), opt_text(reason), text(now)])?
        .run()
        .await?;
    Ok(changes(&result) == 1)
}

/// Which reminder: the day before or just before.
#[derive(Clone, Copy)]
pub enum Reminder {
    DayBefore,
    Soon,
}

impl Reminder {
    fn column(self) -> &'static str {
        match self {
            Self::DayBefore => "reminded_day",
            Self::Soon => "reminded_soon",
        }
    }
}

/// Live bookings starting in `(now, until]` that have not had this reminder.
pub async fn due(db: &D1Database, reminder: Reminder, now: &str, until: &str) -> Result<Vec<BookingRow>> {
    db.prepare(format!(
        "{SELECT} WHERE b.status = 'booked' AND b.start_at > ?1 AND b.start_at <= ?2 AND b.{} = 0",
        reminder.column()
    ))
    .bind(&[text(now), text(until)])?
    .all()
    .await?
    .results()
}

/// Marks the reminder sent; false when another run already did (so each is sent once).
pub async fn mark_reminded(db: &D1Database, id: &str, reminder: Reminder) -> Result<bool> {
    let column = reminder.column();
    let result = db
        .prepare(format!("UPDATE bookings SET {column} = 1 WHERE id = ?1 AND {column} = 0"))
        .bind(&[text(id)])?
        .run()
        .await?;
    Ok(changes(&result) == 1)
}

/// The mentor's earliest live-or-free information is kept on the directory row.
pub fn set_next_free_slot_statement(
    db: &D1Database,
    mentor_id: &str,
    at: Option<&str>,
) -> Result<D1PreparedStatement> {
    db.prepare("UPDATE directory SET next_free_slot_at = ?2 WHERE user_id = ?1")
        .bind(&[text(mentor_id), opt_text(at)])
}

pub fn delete_for_user_statement(db: &D1Database, user_id: &str) -> Result<D1PreparedStatement> {
    db.prepare("DELETE FROM bookings WHERE mentor_id = ?1 OR mentee_id = ?1").bind(&[text(user_id)])
}
