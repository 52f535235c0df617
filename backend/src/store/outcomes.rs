//! What mentees did with a session or an answer, the check-in two weeks on that asks them, and
//! what they chose to share with the mentor.

use domain::ids::{BookingId, OfferId, UserId};
use domain::outcome::{CheckedOutcome, OutcomeStatus};
use domain::wrapup::SubjectKind;
use jiff::Timestamp;
use worker::{D1Database, D1PreparedStatement, Result};

use super::{id, int, text, time};

/// An outcome as stored.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct OutcomeRow {
    pub subject_kind: SubjectKind,
    pub subject_id: String,
    pub status: OutcomeStatus,
    pub note: String,
    #[serde(deserialize_with = "super::flag")]
    pub share_with_mentor: bool,
    #[serde(deserialize_with = "domain::time::instant")]
    pub updated_at: Timestamp,
}

const SELECT: &str = "SELECT subject_kind, subject_id, status, note, share_with_mentor, updated_at
    FROM outcomes";

/// The mentee's outcome of one session or answer.
pub async fn find(
    db: &D1Database,
    kind: SubjectKind,
    subject: &str,
    mentee: &UserId,
) -> Result<Option<OutcomeRow>> {
    db.prepare(format!("{SELECT} WHERE subject_kind = ?1 AND subject_id = ?2 AND mentee_id = ?3"))
        .bind(&[text(kind.as_str()), text(subject), id(mentee)])?
        .first(None)
        .await
}

pub struct OutcomeKey<'a> {
    pub kind: SubjectKind,
    pub subject: &'a str,
    pub mentee: &'a UserId,
    pub mentor: &'a UserId,
}

pub fn upsert_statement(
    db: &D1Database,
    key: &OutcomeKey<'_>,
    outcome: &CheckedOutcome,
    now: Timestamp,
) -> Result<D1PreparedStatement> {
    db.prepare(
        "INSERT INTO outcomes (subject_kind, subject_id, mentee_id, mentor_id, status, note, share_with_mentor,
                               created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)
         ON CONFLICT (subject_kind, subject_id) DO UPDATE SET
             status = excluded.status, note = excluded.note, share_with_mentor = excluded.share_with_mentor,
             updated_at = excluded.updated_at
         WHERE outcomes.mentee_id = excluded.mentee_id",
    )
    .bind(&[
        text(key.kind.as_str()),
        text(key.subject),
        id(key.mentee),
        id(key.mentor),
        text(outcome.status.as_str()),
        text(&outcome.note),
        int(i64::from(outcome.share_with_mentor)),
        time(now),
    ])
}

/// An outcome a mentee shared with the mentor, with what it was about.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct SharedRow {
    pub subject_kind: SubjectKind,
    pub subject_id: String,
    pub mentee_name: String,
    pub about: String,
    pub status: OutcomeStatus,
    pub note: String,
    #[serde(deserialize_with = "domain::time::instant")]
    pub updated_at: Timestamp,
}

/// The newest 200 outcomes mentees shared with `mentor`.
pub async fn shared_with(db: &D1Database, mentor: &UserId) -> Result<Vec<SharedRow>> {
    db.prepare(
        "SELECT o.subject_kind, o.subject_id, p.display_name AS mentee_name,
                coalesce(r.title, b.agenda, '') AS about, o.status, o.note, o.updated_at
         FROM outcomes o
         JOIN profiles p ON p.user_id = o.mentee_id
         LEFT JOIN bookings b ON o.subject_kind = 'booking' AND b.id = o.subject_id
         LEFT JOIN requests r ON o.subject_kind = 'request' AND r.id = o.subject_id
         WHERE o.mentor_id = ?1 AND o.share_with_mentor = 1
         ORDER BY o.updated_at DESC LIMIT 200",
    )
    .bind(&[id(mentor)])?
    .all()
    .await?
    .results()
}

/// A held session or accepted answer whose two weeks are over and whose mentee was not asked.
#[derive(Debug, serde::Deserialize)]
pub struct DueRow {
    /// The booking's or the offer's id.
    pub id: String,
    /// The booking's or the request's id: what the outcome is about.
    pub subject_id: String,
    pub mentee_email: String,
    pub mentor_name: String,
    pub about: String,
    /// The mentee already said what came of it.
    #[serde(deserialize_with = "super::flag")]
    pub answered: bool,
}

/// Sessions held and ended before `before` whose mentee was not asked yet.
pub async fn due_sessions(db: &D1Database, before: Timestamp, limit: i64) -> Result<Vec<DueRow>> {
    db.prepare(
        "SELECT b.id, b.id AS subject_id, u.email AS mentee_email, p.display_name AS mentor_name,
                b.agenda AS about,
                EXISTS (SELECT 1 FROM outcomes o WHERE o.subject_kind = 'booking' AND o.subject_id = b.id)
                    AS answered
         FROM bookings b JOIN users u ON u.id = b.mentee_id JOIN profiles p ON p.user_id = b.mentor_id
         WHERE b.attendance = 'held' AND b.asked_outcome = 0 AND b.end_at <= ?1
         ORDER BY b.end_at LIMIT ?2",
    )
    .bind(&[time(before), int(limit)])?
    .all()
    .await?
    .results()
}

/// Answers accepted before `before` whose asker was not asked yet.
pub async fn due_answers(db: &D1Database, before: Timestamp, limit: i64) -> Result<Vec<DueRow>> {
    db.prepare(
        "SELECT f.id, r.id AS subject_id, u.email AS mentee_email, p.display_name AS mentor_name,
                r.title AS about,
                EXISTS (SELECT 1 FROM outcomes o WHERE o.subject_kind = 'request' AND o.subject_id = r.id)
                    AS answered
         FROM offers f JOIN requests r ON r.id = f.request_id
         JOIN users u ON u.id = r.author_id JOIN profiles p ON p.user_id = f.mentor_id
         WHERE f.status = 'accepted' AND f.asked_outcome = 0 AND f.accepted_at <= ?1
         ORDER BY f.accepted_at LIMIT ?2",
    )
    .bind(&[time(before), int(limit)])?
    .all()
    .await?
    .results()
}

/// Marks the check-in sent; changes no row when another run already did (so it goes once).
pub fn mark_session_asked_statement(db: &D1Database, booking: &BookingId) -> Result<D1PreparedStatement> {
    db.prepare("UPDATE bookings SET asked_outcome = 1 WHERE id = ?1 AND asked_outcome = 0")
        .bind(&[id(booking)])
}

pub fn mark_answer_asked_statement(db: &D1Database, offer: &OfferId) -> Result<D1PreparedStatement> {
    db.prepare("UPDATE offers SET asked_outcome = 1 WHERE id = ?1 AND asked_outcome = 0").bind(&[id(offer)])
}

pub fn delete_for_user_statement(db: &D1Database, user: &UserId) -> Result<D1PreparedStatement> {
    db.prepare("DELETE FROM outcomes WHERE mentee_id = ?1 OR mentor_id = ?1").bind(&[id(user)])
}

/// The user's outcomes for their export: all they recorded, and those shared with them.
pub async fn of_user(db: &D1Database, user: &UserId) -> Result<Vec<serde_json::Value>> {
    #[derive(serde::Deserialize)]
    struct Row {
        row: String,
    }
    let rows: Vec<Row> = db
        .prepare(
            "SELECT json_object('direction', 'recorded', 'subject_kind', subject_kind, 'subject_id', subject_id,
                 'status', status, 'note', note, 'share_with_mentor', json(CASE share_with_mentor WHEN 1
                 THEN 'true' ELSE 'false' END), 'created_at', created_at, 'updated_at', updated_at) AS row
             FROM outcomes WHERE mentee_id = ?1
             UNION ALL
             SELECT json_object('direction', 'shared_with_me', 'subject_kind', subject_kind,
                 'subject_id', subject_id, 'status', status, 'note', note, 'updated_at', updated_at) AS row
             FROM outcomes WHERE mentor_id = ?1 AND share_with_mentor = 1",
        )
        .bind(&[id(user)])?
        .all()
        .await?
        .results()?;
    rows.into_iter()
        .map(|r| serde_json::from_str(&r.row).map_err(|e| worker::Error::RustError(format!("outcomes: {e}"))))
        .collect()
}
