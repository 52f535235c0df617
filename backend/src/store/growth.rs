//! What a person's growth record is made of, read in one batch: their held sessions and
//! accepted answers on either side, the feedback they gave and were given, and the outcomes.

use domain::ids::UserId;
use domain::outcome::OutcomeStatus;
use domain::wrapup::SubjectKind;
use jiff::Timestamp;
use worker::{D1Database, Result};

use super::{id, rows_at};

/// Sessions and answers per record; a person with more sees their newest.
const LIMIT: &str = "1000";

/// A held session or an accepted answer the user took part in.
#[derive(Debug, serde::Deserialize)]
pub struct SubjectRow {
    pub kind: SubjectKind,
    pub subject_id: String,
    #[serde(deserialize_with = "super::flag")]
    pub as_mentor: bool,
    #[serde(deserialize_with = "domain::time::instant")]
    pub at: Timestamp,
    /// The other person's display name; empty for an anonymous asker.
    pub with_name: String,
    /// The question's title, or the session's agenda.
    pub title: String,
    /// The question's tags (JSON); empty for sessions.
    #[serde(deserialize_with = "super::json_text")]
    pub expertise: Vec<String>,
}

#[derive(Debug, serde::Deserialize)]
pub struct FeedbackRow {
    pub subject_kind: SubjectKind,
    pub subject_id: String,
    #[serde(deserialize_with = "super::flag")]
    pub mine: bool,
    #[serde(deserialize_with = "super::json_text")]
    pub kudos: Vec<String>,
    pub note_to_other: String,
    pub private_note: String,
    #[serde(deserialize_with = "super::json_text")]
    pub next_steps: Vec<String>,
}

#[derive(Debug, serde::Deserialize)]
pub struct OutcomeRow {
    pub subject_kind: SubjectKind,
    pub subject_id: String,
    pub status: OutcomeStatus,
    pub note: String,
}

pub struct Gathered {
    pub subjects: Vec<SubjectRow>,
    pub feedback: Vec<FeedbackRow>,
    pub outcomes: Vec<OutcomeRow>,
}

pub async fn gather(db: &D1Database, user: &UserId) -> Result<Gathered> {
    let subjects = db.prepare(format!(
        "SELECT * FROM (
             SELECT 'booking' AS kind, b.id AS subject_id, b.mentor_id = ?1 AS as_mentor, b.start_at AS at,
                    p.display_name AS with_name, b.agenda AS title, '[]' AS expertise
             FROM bookings b
             JOIN profiles p ON p.user_id = CASE WHEN b.mentor_id = ?1 THEN b.mentee_id ELSE b.mentor_id END
             WHERE (b.mentor_id = ?1 OR b.mentee_id = ?1) AND b.attendance = 'held'
             UNION ALL
             SELECT 'request', r.id, f.mentor_id = ?1, f.accepted_at,
                    CASE WHEN f.mentor_id = ?1 AND r.anonymous = 1 THEN '' ELSE p.display_name END,
                    r.title, r.expertise
             FROM offers f JOIN requests r ON r.id = f.request_id
             JOIN profiles p ON p.user_id = CASE WHEN f.mentor_id = ?1 THEN r.author_id ELSE f.mentor_id END
             WHERE f.status = 'accepted' AND (f.mentor_id = ?1 OR r.author_id = ?1))
         ORDER BY at DESC LIMIT {LIMIT}"
    ));
    // Feedback the user gave (all of it) and was given (kudos and the note to them only).
    let feedback = db.prepare(
        "SELECT subject_kind, subject_id, 1 AS mine, kudos, note_to_other, private_note, next_steps
         FROM feedback WHERE author_id = ?1
         UNION ALL
         SELECT subject_kind, subject_id, 0, kudos, note_to_other, '', '[]'
         FROM feedback WHERE about_id = ?1",
    );
    // The user's own outcomes, and those mentees shared with them.
    let outcomes = db.prepare(
        "SELECT subject_kind, subject_id, status, note FROM outcomes WHERE mentee_id = ?1
         UNION ALL
         SELECT subject_kind, subject_id, status, note FROM outcomes WHERE mentor_id = ?1 AND share_with_mentor = 1",
    );
    let results = db
        .batch(vec![subjects.bind(&[id(user)])?, feedback.bind(&[id(user)])?, outcomes.bind(&[id(user)])?])
        .await?;
    Ok(Gathered {
        subjects: rows_at(&results, 0)?,
        feedback: rows_at(&results, 1)?,
        outcomes: rows_at(&results, 2)?,
    })
}
