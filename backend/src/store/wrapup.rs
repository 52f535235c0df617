//! The SQL after a session: attendance reports, the no-show standing of mentors, feedback, and
//! the impact a mentor's profile shows.

use domain::booking::Side;
use domain::ids::{BookingId, UserId};
use domain::wrapup::{Attendance, Feedback, Report, SessionRecord, SubjectKind};
use jiff::Timestamp;
use worker::{D1Database, D1PreparedStatement, Result};

use super::{id, int, json_list, opt_text, text, time};

fn report_column(side: Side) -> &'static str {
    match side {
        Side::Mentor => "mentor_report",
        Side::Mentee => "mentee_report",
    }
}

/// Records one side's report and the attendance both reports now make, only if the other side's
/// report is still the one it was read as (so two reports at once cannot both miss the other).
pub fn report_statement(
    db: &D1Database,
    booking: &BookingId,
    side: Side,
    report: Report,
    other_as_read: Option<Report>,
    attendance: Attendance,
) -> Result<D1PreparedStatement> {
    let mine = report_column(side);
    let other = report_column(side.other());
    db.prepare(format!(
        "UPDATE bookings SET {mine} = ?2, attendance = ?3
         WHERE id = ?1 AND status = 'booked' AND attendance_settled = 0 AND {other} IS ?4"
    ))
    .bind(&[
        id(booking),
        text(report.as_str()),
        text(attendance.as_str()),
        opt_text(other_as_read.map(Report::as_str)),
    ])
}

#[derive(serde::Deserialize)]
struct RecordRow {
    #[serde(deserialize_with = "domain::time::instant")]
    start_at: Timestamp,
    attendance: String,
    #[serde(default, deserialize_with = "domain::time::opt_instant")]
    cancelled_at: Option<Timestamp>,
    cancelled_by_them: i64,
}

/// The sessions someone had on `side` that started in `[since, now]`, as the policy sees them.
pub async fn records(
    db: &D1Database,
    user: &UserId,
    side: Side,
    since: Timestamp,
    now: Timestamp,
) -> Result<Vec<SessionRecord>> {
    let column = match side {
        Side::Mentor => "mentor_id",
        Side::Mentee => "mentee_id",
    };
    let rows: Vec<RecordRow> = db
        .prepare(format!(
            "SELECT start_at, attendance, cancelled_at, coalesce(cancelled_by = ?1, 0) AS cancelled_by_them
             FROM bookings WHERE {column} = ?1 AND start_at >= ?2 AND start_at <= ?3"
        ))
        .bind(&[id(user), time(since), time(now)])?
        .all()
        .await?
        .results()?;
    Ok(rows
        .into_iter()
        .map(|row| SessionRecord {
            start: row.start_at,
            attendance: Attendance::parse(&row.attendance).unwrap_or(Attendance::Unreported),
            cancelled_by_them_at: row.cancelled_at.filter(|_| row.cancelled_by_them == 1),
        })
        .collect())
}

/// A mentor's standing under the no-show policy.
#[derive(Debug, Default, serde::Deserialize)]
pub struct Standing {
    #[serde(default, deserialize_with = "domain::time::opt_instant")]
    pub paused_at: Option<Timestamp>,
    #[serde(default, deserialize_with = "domain::time::opt_instant")]
    pub resumed_at: Option<Timestamp>,
}

pub fn standing_statement(db: &D1Database, mentor: &UserId) -> Result<D1PreparedStatement> {
    db.prepare("SELECT paused_at, resumed_at FROM mentor_standing WHERE mentor_id = ?1").bind(&[id(mentor)])
}

pub async fn standing(db: &D1Database, mentor: &UserId) -> Result<Standing> {
    Ok(standing_statement(db, mentor)?.first(None).await?.unwrap_or_default())
}

/// Pauses a mentor who is not paused yet; the statements after it in the batch (their mail)
/// follow only if it changed a row.
pub fn pause_statements(
    db: &D1Database,
    mentor: &UserId,
    now: Timestamp,
) -> Result<Vec<D1PreparedStatement>> {
    Ok(vec![
        db.prepare(
            "INSERT INTO mentor_standing (mentor_id, paused_at) VALUES (?1, ?2)
             ON CONFLICT (mentor_id) DO UPDATE SET paused_at = ?2 WHERE paused_at IS NULL",
        )
        .bind(&[id(mentor), time(now)])?,
        db.prepare("UPDATE directory SET next_free_slot_at = NULL WHERE user_id = ?1").bind(&[id(mentor)])?,
    ])
}

/// Ends a pause; changes no row when the mentor was not paused.
pub fn resume_statement(db: &D1Database, mentor: &UserId, now: Timestamp) -> Result<D1PreparedStatement> {
    db.prepare("UPDATE mentor_standing SET paused_at = NULL, resumed_at = ?2 WHERE mentor_id = ?1 AND paused_at IS NOT NULL")
        .bind(&[id(mentor), time(now)])
}

/// Live sessions that ended at least 15 minutes before `before` and whose participants have not
/// been asked whether they happened.
pub fn to_ask_statement(db: &D1Database, ended_before: Timestamp, limit: i64) -> Result<D1PreparedStatement> {
    db.prepare(format!(
        "{} WHERE b.status = 'booked' AND b.asked_attendance = 0 AND b.end_at <= ?1 ORDER BY b.end_at LIMIT ?2",
        super::bookings::SELECT
    ))
    .bind(&[time(ended_before), int(limit)])
}

/// Marks the check-in sent; changes no row when another run already did (so it is sent once).
pub fn mark_asked_statement(db: &D1Database, booking: &BookingId) -> Result<D1PreparedStatement> {
    db.prepare("UPDATE bookings SET asked_attendance = 1 WHERE id = ?1 AND asked_attendance = 0")
        .bind(&[id(booking)])
}

/// A session whose reports have closed, to settle.
#[derive(Debug, serde::Deserialize)]
pub struct ToSettle {
    pub id: BookingId,
    pub mentor_id: UserId,
    #[serde(deserialize_with = "domain::time::instant")]
    pub end_at: Timestamp,
    pub mentor_report: Option<Report>,
    pub mentee_report: Option<Report>,
}

pub async fn to_settle(db: &D1Database, closed_before: Timestamp, limit: i64) -> Result<Vec<ToSettle>> {
    db.prepare(
        "SELECT id, mentor_id, end_at, mentor_report, mentee_report FROM bookings
         WHERE status = 'booked' AND attendance_settled = 0 AND end_at <= ?1 ORDER BY end_at LIMIT ?2",
    )
    .bind(&[time(closed_before), int(limit)])?
    .all()
    .await?
    .results()
}

pub fn settle_statement(
    db: &D1Database,
    booking: &BookingId,
    attendance: Attendance,
) -> Result<D1PreparedStatement> {
    db.prepare("UPDATE bookings SET attendance = ?2, attendance_settled = 1 WHERE id = ?1 AND attendance_settled = 0")
        .bind(&[id(booking), text(attendance.as_str())])
}

/// Who gives feedback on what, about whom.
pub struct FeedbackKey<'a> {
    pub kind: SubjectKind,
    pub subject: &'a str,
    pub author: &'a UserId,
    pub about: &'a UserId,
    pub side: Side,
}

/// Gives or edits feedback (each side once per session).
pub fn upsert_feedback_statement(
    db: &D1Database,
    key: &FeedbackKey<'_>,
    feedback: &Feedback,
    now: Timestamp,
) -> Result<D1PreparedStatement> {
    db.prepare(
        "INSERT INTO feedback (subject_kind, subject_id, author_id, about_id, author_side, rating, kudos,
             note_to_other, private_note, next_steps, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11)
         ON CONFLICT (subject_kind, subject_id, author_id) DO UPDATE SET rating = ?6, kudos = ?7,
             note_to_other = ?8, private_note = ?9, next_steps = ?10, updated_at = ?11",
    )
    .bind(&[
        text(key.kind.as_str()),
        text(key.subject),
        id(key.author),
        id(key.about),
        text(key.side.as_str()),
        opt_text(feedback.rating.map(|r| r.as_str())),
        text(&json_list(&feedback.kudos)),
        text(&feedback.note_to_other),
        text(&feedback.private_note),
        text(&json_list(&feedback.next_steps)),
        time(now),
    ])
}

/// Feedback as stored.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct FeedbackRow {
    pub author_id: UserId,
    pub rating: Option<String>,
    #[serde(deserialize_with = "super::json_text")]
    pub kudos: Vec<String>,
    pub note_to_other: String,
    pub private_note: String,
    #[serde(deserialize_with = "super::json_text")]
    pub next_steps: Vec<String>,
    #[serde(deserialize_with = "domain::time::instant")]
    pub updated_at: Timestamp,
}

/// Both sides' feedback on one session or answer.
pub async fn feedback_on(db: &D1Database, kind: SubjectKind, subject: &str) -> Result<Vec<FeedbackRow>> {
    db.prepare(
        "SELECT author_id, rating, kudos, note_to_other, private_note, next_steps, updated_at
         FROM feedback WHERE subject_kind = ?1 AND subject_id = ?2",
    )
    .bind(&[text(kind.as_str()), text(subject)])?
    .all()
    .await?
    .results()
}

/// What a mentor's profile shows of their sessions and answers: counts only, never one rating.
#[derive(Debug, serde::Deserialize)]
pub struct ImpactRow {
    pub sessions_held: u32,
    pub sessions_reported: u32,
    pub sessions_showed_up: u32,
    pub answers_accepted: u32,
    pub people_helped: u32,
    pub organizations_helped: u32,
    pub ratings: u32,
    pub helpful: u32,
    pub published_helpful: Option<u32>,
    pub published_ratings: Option<u32>,
    pub outcomes_shared: u32,
    #[serde(deserialize_with = "kudos_counts")]
    pub kudos: Vec<(String, u32)>,
}

pub async fn impact(db: &D1Database, mentor: &UserId) -> Result<Option<ImpactRow>> {
    db.prepare(
        "WITH helped AS (
             SELECT mentee_id AS person FROM bookings WHERE mentor_id = ?1 AND attendance = 'held'
             UNION
             SELECT r.author_id FROM offers f JOIN requests r ON r.id = f.request_id
             WHERE f.mentor_id = ?1 AND f.status = 'accepted')
         SELECT
             (SELECT count(*) FROM bookings WHERE mentor_id = ?1 AND attendance = 'held') AS sessions_held,
             (SELECT count(*) FROM bookings WHERE mentor_id = ?1
                  AND attendance IN ('held', 'mentor_missed', 'mentee_missed')) AS sessions_reported,
             (SELECT count(*) FROM bookings WHERE mentor_id = ?1
                  AND attendance IN ('held', 'mentee_missed')) AS sessions_showed_up,
             (SELECT count(*) FROM offers WHERE mentor_id = ?1 AND status = 'accepted') AS answers_accepted,
             (SELECT count(*) FROM helped) AS people_helped,
             (SELECT count(DISTINCT u.organization_domain) FROM helped h JOIN users u ON u.id = h.person
              WHERE u.organization_domain IS NOT NULL
                AND u.organization_domain IS NOT (SELECT organization_domain FROM users WHERE id = ?1))
                  AS organizations_helped,
             (SELECT count(*) FROM feedback WHERE about_id = ?1 AND author_side = 'mentee' AND rating IS NOT NULL)
                  AS ratings,
             (SELECT count(*) FROM feedback WHERE about_id = ?1 AND author_side = 'mentee' AND rating = 'helpful')
                  AS helpful,
             (SELECT helpful FROM published_shares WHERE subject = ?1) AS published_helpful,
             (SELECT ratings FROM published_shares WHERE subject = ?1) AS published_ratings,
             (SELECT count(*) FROM outcomes WHERE mentor_id = ?1 AND share_with_mentor = 1) AS outcomes_shared,
             (SELECT json_group_array(json_array(tag, n)) FROM (
                  SELECT j.value AS tag, count(*) AS n FROM feedback f, json_each(f.kudos) j
                  WHERE f.about_id = ?1 AND f.author_side = 'mentee'
                  GROUP BY j.value ORDER BY n DESC, j.value)) AS kudos",
    )
    .bind(&[id(mentor)])?
    .first(None)
    .await
}

/// The counts a helpful share (a mentor's, or an insights scope's) was last published from.
pub async fn published_share(db: &D1Database, subject: &str) -> Result<Option<(u32, u32)>> {
    #[derive(serde::Deserialize)]
    struct Row {
        helpful: u32,
        ratings: u32,
    }
    let row: Option<Row> = db
        .prepare("SELECT helpful, ratings FROM published_shares WHERE subject = ?1")
        .bind(&[text(subject)])?
        .first(None)
        .await?;
    Ok(row.map(|row| (row.helpful, row.ratings)))
}

/// Publishes the counts a helpful share is shown from.
pub async fn publish_share(db: &D1Database, subject: &str, helpful: u32, ratings: u32) -> Result<()> {
    db.prepare(
        "INSERT INTO published_shares (subject, helpful, ratings) VALUES (?1, ?2, ?3)
         ON CONFLICT (subject) DO UPDATE SET helpful = ?2, ratings = ?3",
    )
    .bind(&[text(subject), int(i64::from(helpful)), int(i64::from(ratings))])?
    .run()
    .await?;
    Ok(())
}

pub fn delete_for_user_statements(db: &D1Database, user: &UserId) -> Result<Vec<D1PreparedStatement>> {
    Ok(vec![
        db.prepare("DELETE FROM feedback WHERE author_id = ?1 OR about_id = ?1").bind(&[id(user)])?,
        db.prepare("DELETE FROM mentor_standing WHERE mentor_id = ?1").bind(&[id(user)])?,
        db.prepare("DELETE FROM published_shares WHERE subject = ?1").bind(&[id(user)])?,
    ])
}

/// The user's feedback for their export: all they gave, and the kudos and notes they were given
/// (never a rating about them, never another's private note).
pub async fn feedback_of(db: &D1Database, user: &UserId) -> Result<Vec<serde_json::Value>> {
    #[derive(serde::Deserialize)]
    struct Row {
        row: String,
    }
    let rows: Vec<Row> = db
        .prepare(
            "SELECT json_object('direction', 'given', 'subject_kind', subject_kind, 'subject_id', subject_id,
                 'side', author_side, 'rating', rating, 'kudos', json(kudos), 'note_to_other', note_to_other,
                 'private_note', private_note, 'next_steps', json(next_steps),
                 'created_at', created_at, 'updated_at', updated_at) AS row
             FROM feedback WHERE author_id = ?1
             UNION ALL
             SELECT json_object('direction', 'received', 'subject_kind', subject_kind, 'subject_id', subject_id,
                 'kudos', json(kudos), 'note_to_other', note_to_other, 'created_at', created_at) AS row
             FROM feedback WHERE about_id = ?1",
        )
        .bind(&[id(user)])?
        .all()
        .await?
        .results()?;
    rows.into_iter()
        .map(|r| serde_json::from_str(&r.row).map_err(|e| worker::Error::RustError(format!("feedback: {e}"))))
        .collect()
}

/// Decodes `[[tag, count], …]` as SQLite's JSON functions wrote it.
fn kudos_counts<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> std::result::Result<Vec<(String, u32)>, D::Error> {
    let raw: String = serde::Deserialize::deserialize(deserializer)?;
    serde_json::from_str(&raw).map_err(serde::de::Error::custom)
}
