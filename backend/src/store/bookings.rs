use domain::booking::{BookingCursor, BookingStatus};
use domain::ids::{BookingId, OfferId, ThreadId, UserId};
use domain::slots::Busy;
use domain::wrapup::{Attendance, Report};
use jiff::Timestamp;
use worker::wasm_bindgen::JsValue;
use worker::{D1Database, D1PreparedStatement, Result};

use super::{id, int, opt_id, opt_text, opt_time, text, time};

/// A booking with both participants' names and zones.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct BookingRow {
    pub id: BookingId,
    pub mentor_id: UserId,
    pub mentee_id: UserId,
    #[serde(deserialize_with = "domain::time::instant")]
    pub start_at: Timestamp,
    #[serde(deserialize_with = "domain::time::instant")]
    pub end_at: Timestamp,
    pub agenda: String,
    pub status: BookingStatus,
    pub call_link: String,
    pub sequence: i64,
    pub cancel_reason: Option<String>,
    #[serde(deserialize_with = "domain::time::instant")]
    pub created_at: Timestamp,
    pub mentor_report: Option<Report>,
    pub mentee_report: Option<Report>,
    pub attendance: Attendance,
    /// The booking's private thread (every booking has one).
    pub thread_id: Option<ThreadId>,
    pub follow_up_of: Option<BookingId>,
    /// When the session it follows up started.
    #[serde(default, deserialize_with = "domain::time::opt_instant")]
    pub follow_up_start_at: Option<Timestamp>,
    pub mentor_name: String,
    pub mentor_timezone: String,
    pub mentor_email: String,
    pub mentee_name: String,
    pub mentee_timezone: String,
    pub mentee_email: String,
}

impl BookingRow {
    /// What `side` reported of the session, if it did.
    pub fn report_of(&self, side: domain::booking::Side) -> Option<Report> {
        match side {
            domain::booking::Side::Mentor => self.mentor_report,
            domain::booking::Side::Mentee => self.mentee_report,
        }
    }
}

pub const SELECT: &str = "SELECT b.id, b.mentor_id, b.mentee_id, b.start_at, b.end_at, b.agenda, b.status,
        b.call_link, b.sequence, b.cancel_reason, b.created_at, b.mentor_report, b.mentee_report, b.attendance,
        (SELECT t.id FROM threads t WHERE t.booking_id = b.id) AS thread_id, b.follow_up_of,
        (SELECT p.start_at FROM bookings p WHERE p.id = b.follow_up_of) AS follow_up_start_at,
        mp.display_name AS mentor_name, mp.timezone AS mentor_timezone, mu.email AS mentor_email,
        ep.display_name AS mentee_name, ep.timezone AS mentee_timezone, eu.email AS mentee_email
    FROM bookings b
    JOIN profiles mp ON mp.user_id = b.mentor_id JOIN users mu ON mu.id = b.mentor_id
    JOIN profiles ep ON ep.user_id = b.mentee_id JOIN users eu ON eu.id = b.mentee_id";

pub fn find_statement(db: &D1Database, booking: &BookingId) -> Result<D1PreparedStatement> {
    db.prepare(format!("{SELECT} WHERE b.id = ?1")).bind(&[id(booking)])
}

pub async fn find(db: &D1Database, booking: &BookingId) -> Result<Option<BookingRow>> {
    find_statement(db, booking)?.first(None).await
}

pub async fn find_by_idempotency_key(
    db: &D1Database,
    mentee: &UserId,
    key: &str,
) -> Result<Option<BookingRow>> {
    db.prepare(format!("{SELECT} WHERE b.mentee_id = ?1 AND b.idempotency_key = ?2"))
        .bind(&[id(mentee), text(key)])?
        .first(None)
        .await
}

/// Everything a user takes part in, by start.
pub async fn for_user(db: &D1Database, user: &UserId) -> Result<Vec<BookingRow>> {
    db.prepare(format!("{SELECT} WHERE b.mentor_id = ?1 OR b.mentee_id = ?1 ORDER BY b.start_at, b.id"))
        .bind(&[id(user)])?
        .all()
        .await?
        .results()
}

/// What a person's calendar feed lists: their sessions from `since` on, cancelled ones too, by
/// start; at most 500.
pub async fn for_feed(db: &D1Database, user: &UserId, since: Timestamp) -> Result<Vec<BookingRow>> {
    db.prepare(format!(
        "{SELECT} WHERE (b.mentor_id = ?1 OR b.mentee_id = ?1) AND b.start_at >= ?2 ORDER BY b.start_at, b.id LIMIT 500"
    ))
    .bind(&[id(user), time(since)])?
    .all()
    .await?
    .results()
}

/// One page of the user's bookings: upcoming ones (from `split`) soonest first, then past ones
/// latest first, after `cursor`; at most `limit`.
pub async fn page_for_user(
    db: &D1Database,
    user: &UserId,
    split: Timestamp,
    cursor: Option<&BookingCursor>,
    limit: u32,
) -> Result<Vec<BookingRow>> {
    let (phase, start, after) = match cursor {
        Some(c) => (int(i64::from(c.past)), time(c.start), text(&c.id)),
        None => (JsValue::NULL, JsValue::NULL, JsValue::NULL),
    };
    db.prepare(format!(
        "{SELECT} WHERE (b.mentor_id = ?1 OR b.mentee_id = ?1)
           AND (?3 IS NULL
                OR (?3 = 0 AND (b.start_at < ?2 OR b.start_at > ?4 OR (b.start_at = ?4 AND b.id > ?5)))
                OR (?3 = 1 AND b.start_at < ?2 AND (b.start_at < ?4 OR (b.start_at = ?4 AND b.id > ?5))))
         ORDER BY b.start_at < ?2,
                  CASE WHEN b.start_at >= ?2 THEN b.start_at END,
                  CASE WHEN b.start_at < ?2 THEN b.start_at END DESC,
                  b.id
         LIMIT ?6"
    ))
    .bind(&[id(user), time(split), phase, start, after, int(i64::from(limit))])?
    .all()
    .await?
    .results()
}

/// How many bookings the user takes part in.
pub async fn count_for_user(db: &D1Database, user: &UserId) -> Result<u64> {
    #[derive(serde::Deserialize)]
    struct Count {
        count: u64,
    }
    let row: Option<Count> = db
        .prepare("SELECT count(*) AS count FROM bookings WHERE mentor_id = ?1 OR mentee_id = ?1")
        .bind(&[id(user)])?
        .first(None)
        .await?;
    Ok(row.map_or(0, |row| row.count))
}

/// A live booking's time, as the slot rules count it.
#[derive(Debug, serde::Deserialize)]
pub struct Span {
    pub id: BookingId,
    #[serde(deserialize_with = "domain::time::instant")]
    pub start_at: Timestamp,
    #[serde(deserialize_with = "domain::time::instant")]
    pub end_at: Timestamp,
}

impl Span {
    pub fn busy(&self) -> Busy {
        Busy { start: self.start_at, end: self.end_at }
    }
}

/// The mentor's live bookings starting in `[from, to)`.
pub fn live_for_mentor_statement(
    db: &D1Database,
    mentor: &UserId,
    from: Timestamp,
    to: Timestamp,
) -> Result<D1PreparedStatement> {
    db.prepare(
        "SELECT id, start_at, end_at FROM bookings
         WHERE mentor_id = ?1 AND status = 'booked' AND start_at >= ?2 AND start_at < ?3",
    )
    .bind(&[id(mentor), time(from), time(to)])
}

/// Whether the user has a live booking, on either side, overlapping `[start, end)` (other than
/// `except`): one row with `found` 0 or 1.
pub fn user_busy_statement(
    db: &D1Database,
    user: &UserId,
    start: Timestamp,
    end: Timestamp,
    except: Option<&BookingId>,
) -> Result<D1PreparedStatement> {
    db.prepare(
        "SELECT EXISTS (SELECT 1 FROM bookings
             WHERE (mentor_id = ?1 OR mentee_id = ?1) AND status = 'booked'
               AND start_at < ?3 AND end_at > ?2 AND id IS NOT ?4) AS found",
    )
    .bind(&[id(user), time(start), time(end), opt_id(except)])
}

/// How many upcoming live sessions the mentee holds, in all and with this mentor.
pub fn upcoming_statement(
    db: &D1Database,
    mentee: &UserId,
    mentor: &UserId,
    now: Timestamp,
) -> Result<D1PreparedStatement> {
    db.prepare(
        "SELECT count(*) AS upcoming, coalesce(sum(mentor_id = ?2), 0) AS with_mentor FROM bookings
         WHERE mentee_id = ?1 AND status = 'booked' AND start_at > ?3",
    )
    .bind(&[id(mentee), id(mentor), time(now)])
}

/// The row `upcoming_statement` returns.
#[derive(Debug, Default, serde::Deserialize)]
pub struct Upcoming {
    pub upcoming: u32,
    pub with_mentor: u32,
}

/// The row `user_busy_statement` returns.
#[derive(serde::Deserialize)]
pub struct Found {
    #[serde(deserialize_with = "super::flag")]
    pub found: bool,
}

pub struct NewBooking<'a> {
    pub id: &'a BookingId,
    pub mentor_id: &'a UserId,
    pub mentee_id: &'a UserId,
    pub start: Timestamp,
    pub end: Timestamp,
    /// The mentor's buffer, applied around `start`/`end` for the overlap check.
    pub guard_start: Timestamp,
    pub guard_end: Timestamp,
    pub agenda: &'a str,
    pub call_link: &'a str,
    pub idempotency_key: Option<&'a str>,
    /// The held session this one follows up (a new booking only).
    pub follow_up_of: Option<&'a BookingId>,
    pub now: Timestamp,
}

impl NewBooking<'_> {
    /// The parameters both guarded writes take, as ?1–?11.
    fn params(&self) -> [worker::wasm_bindgen::JsValue; 11] {
        [
            id(self.id),
            id(self.mentor_id),
            id(self.mentee_id),
            time(self.start),
            time(self.end),
            text(self.agenda),
            text(self.call_link),
            opt_text(self.idempotency_key),
            time(self.now),
            time(self.guard_start),
            time(self.guard_end),
        ]
    }
}

const GUARDED_INSERT: &str =
    "INSERT INTO bookings (id, mentor_id, mentee_id, start_at, end_at, agenda, status,
         call_link, idempotency_key, created_at, updated_at, follow_up_of)
     SELECT ?1, ?2, ?3, ?4, ?5, ?6, 'booked', ?7, ?8, ?9, ?9, ?12
     WHERE NOT EXISTS (SELECT 1 FROM bookings WHERE (mentor_id = ?2 OR mentee_id = ?2) AND status = 'booked'
                         AND start_at < ?11 AND end_at > ?10)
       AND NOT EXISTS (SELECT 1 FROM bookings WHERE (mentor_id = ?3 OR mentee_id = ?3)
                         AND status = 'booked' AND start_at < ?5 AND end_at > ?4)";

/// Inserts the booking only if neither side has an overlapping live booking (the mentor's
/// buffer included), in one statement; the unique index catches what a race slips past. It
/// changes no row when the guard refused it.
pub fn insert_statement(db: &D1Database, b: &NewBooking<'_>) -> Result<D1PreparedStatement> {
    let mut params = b.params().to_vec();
    params.push(opt_id(b.follow_up_of));
    db.prepare(GUARDED_INSERT).bind(&params)
}

/// The same guarded insert for a batch, made only while `offer_id` is being accepted with this
/// booking (its `booking_id` set earlier in the same transaction).
pub fn insert_for_offer_statement(
    db: &D1Database,
    b: &NewBooking<'_>,
    offer: &OfferId,
) -> Result<D1PreparedStatement> {
    let mut params = b.params().to_vec();
    params.push(opt_id(b.follow_up_of));
    params.push(id(offer));
    db.prepare(format!(
        "{GUARDED_INSERT} AND EXISTS (SELECT 1 FROM offers WHERE id = ?13 AND booking_id = ?1)"
    ))
    .bind(&params)
}

/// Moves a live booking, with the same guards as a new one. Changes no row when refused.
pub fn reschedule_statement(db: &D1Database, b: &NewBooking<'_>) -> Result<D1PreparedStatement> {
    db.prepare(
        "UPDATE bookings SET start_at = ?4, end_at = ?5, sequence = sequence + 1, updated_at = ?9,
                 reminded_day = 0, reminded_soon = 0
             WHERE id = ?1 AND status = 'booked'
               AND NOT EXISTS (SELECT 1 FROM bookings WHERE (mentor_id = ?2 OR mentee_id = ?2) AND status = 'booked' AND id != ?1
                                 AND start_at < ?11 AND end_at > ?10)
               AND NOT EXISTS (SELECT 1 FROM bookings WHERE (mentor_id = ?3 OR mentee_id = ?3) AND id != ?1
                                 AND status = 'booked' AND start_at < ?5 AND end_at > ?4)",
    )
    .bind(&b.params())
}

/// Cancels a live booking. Changes no row when it was not live.
/// Cancels a live booking, remembering who did and when (a late cancellation is half a miss).
/// Changes no row when it was not live.
pub fn cancel_statement(
    db: &D1Database,
    booking: &BookingId,
    reason: Option<&str>,
    by: Option<&UserId>,
    now: Timestamp,
) -> Result<D1PreparedStatement> {
    db.prepare(
        "UPDATE bookings SET status = 'cancelled', cancel_reason = ?2, sequence = sequence + 1, updated_at = ?3,
             cancelled_by = ?4, cancelled_at = ?3
         WHERE id = ?1 AND status = 'booked'",
    )
    .bind(&[id(booking), opt_text(reason), time(now), opt_id(by)])
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
pub async fn due(
    db: &D1Database,
    reminder: Reminder,
    now: Timestamp,
    until: Timestamp,
    limit: i64,
) -> Result<Vec<BookingRow>> {
    db.prepare(format!(
        "{SELECT} WHERE b.status = 'booked' AND b.start_at > ?1 AND b.start_at <= ?2 AND b.{} = 0
         ORDER BY b.start_at LIMIT ?3",
        reminder.column()
    ))
    .bind(&[time(now), time(until), int(limit)])?
    .all()
    .await?
    .results()
}

/// Marks the reminder sent; changes no row when another run already did (so each is sent once).
pub fn mark_reminded_statement(
    db: &D1Database,
    booking: &BookingId,
    reminder: Reminder,
) -> Result<D1PreparedStatement> {
    let column = reminder.column();
    db.prepare(format!("UPDATE bookings SET {column} = 1 WHERE id = ?1 AND {column} = 0"))
        .bind(&[id(booking)])
}

/// A booking as a write earlier in the same batch should have left it.
pub struct Expect<'a> {
    pub id: &'a BookingId,
    pub status: BookingStatus,
    pub start: Timestamp,
}

/// The mentor's next free slot is kept on their directory row, for `available_within_days` and
/// `sort=soonest` (none while the no-show policy pauses them). With `after`, only if that booking is as expected (the write before it in the
/// same batch happened).
pub fn set_next_free_slot_statement(
    db: &D1Database,
    mentor: &UserId,
    at: Option<Timestamp>,
    after: Option<Expect<'_>>,
) -> Result<D1PreparedStatement> {
    let (booking, status, start) = match &after {
        Some(expect) => (id(expect.id), text(expect.status.as_str()), time(expect.start)),
        None => (JsValue::NULL, JsValue::NULL, JsValue::NULL),
    };
    db.prepare(
        "UPDATE directory SET next_free_slot_at = CASE
             WHEN EXISTS (SELECT 1 FROM mentor_standing s WHERE s.mentor_id = ?1 AND s.paused_at IS NOT NULL)
             THEN NULL ELSE ?2 END
         WHERE user_id = ?1
           AND (?3 IS NULL OR EXISTS (SELECT 1 FROM bookings WHERE id = ?3 AND status = ?4 AND start_at = ?5))",
    )
    .bind(&[id(mentor), opt_time(at), booking, status, start])
}

pub fn delete_for_user_statement(db: &D1Database, user: &UserId) -> Result<D1PreparedStatement> {
    db.prepare("DELETE FROM bookings WHERE mentor_id = ?1 OR mentee_id = ?1").bind(&[id(user)])
}
