//! What insights are computed from, for one organization (its members who count themselves in)
//! or for the whole network (`None`: everyone), in one batch. Rows name people only by id, and
//! never leave the worker: `domain::insights` turns them into suppressed, rounded figures.

use domain::ids::UserId;
use domain::insights::{Facts, HelpFact, QuestionFact, RatingFact};
use jiff::Timestamp;
use worker::{D1Database, Result};

use super::{id, opt_text, rows_at, time};

/// Whether the person (of `users u`, `profiles p`) counts for the scope `?1`.
const MEMBER: &str = "(?1 IS NULL OR (u.organization_domain = ?1 AND p.in_organization_insights = 1))";

#[derive(serde::Deserialize)]
struct HelpRow {
    mentor: String,
    mentee: String,
    mentor_organization: Option<String>,
    mentee_organization: Option<String>,
    #[serde(deserialize_with = "super::flag")]
    mentor_member: bool,
    #[serde(deserialize_with = "super::flag")]
    mentee_member: bool,
    month: String,
}

impl From<HelpRow> for HelpFact {
    fn from(row: HelpRow) -> Self {
        Self {
            mentor: row.mentor,
            mentee: row.mentee,
            mentor_organization: row.mentor_organization,
            mentee_organization: row.mentee_organization,
            mentor_member: row.mentor_member,
            mentee_member: row.mentee_member,
            month: row.month,
        }
    }
}

#[derive(serde::Deserialize)]
struct QuestionRow {
    asker: String,
    #[serde(deserialize_with = "super::json_text")]
    tags: Vec<String>,
    hours_to_first_offer: Option<f64>,
}

#[derive(serde::Deserialize)]
struct SupplyRow {
    tag: String,
    mentors: u32,
}

#[derive(serde::Deserialize)]
struct CountRow {
    n: u32,
}

#[derive(serde::Deserialize)]
struct RatingRow {
    rater: String,
    rating: Option<String>,
    #[serde(deserialize_with = "super::json_text")]
    kudos: Vec<String>,
}

/// Both sides of a held session or accepted answer, each with whether they count for `?1`.
fn sides(mentor: &str, mentee: &str) -> String {
    let member = |alias: &str| {
        format!(
            "(?1 IS NULL OR ({alias}u.organization_domain = ?1 AND {alias}p.in_organization_insights = 1))"
        )
    };
    format!(
        "{mentor} AS mentor, {mentee} AS mentee,
         mu.organization_domain AS mentor_organization, eu.organization_domain AS mentee_organization,
         {} AS mentor_member, {} AS mentee_member",
        member("m"),
        member("e"),
    )
}

fn joins(mentor: &str, mentee: &str) -> String {
    format!(
        "JOIN users mu ON mu.id = {mentor} JOIN profiles mp ON mp.user_id = {mentor}
         JOIN users eu ON eu.id = {mentee} JOIN profiles ep ON ep.user_id = {mentee}"
    )
}

/// Either side is a member (or, for the network, anyone).
const INVOLVES: &str = "(?1 IS NULL OR mu.organization_domain = ?1 OR eu.organization_domain = ?1)";

pub async fn facts(
    db: &D1Database,
    organization: Option<&str>,
    since: Timestamp,
    until: Timestamp,
) -> Result<Facts> {
    let sessions = format!(
        "SELECT {}, substr(b.start_at, 1, 7) AS month FROM bookings b {}
         WHERE b.attendance = 'held' AND b.status = 'booked' AND b.start_at >= ?2 AND b.start_at < ?3
           AND {INVOLVES}",
        sides("b.mentor_id", "b.mentee_id"),
        joins("b.mentor_id", "b.mentee_id"),
    );
    let answers = format!(
        "SELECT {}, substr(f.accepted_at, 1, 7) AS month
         FROM offers f JOIN requests r ON r.id = f.request_id {}
         WHERE f.status = 'accepted' AND f.accepted_at >= ?2 AND f.accepted_at < ?3 AND {INVOLVES}",
        sides("f.mentor_id", "r.author_id"),
        joins("f.mentor_id", "r.author_id"),
    );
    let questions = format!(
        "SELECT r.author_id AS asker, r.expertise AS tags,
                (SELECT (julianday(min(o.created_at)) - julianday(r.created_at)) * 24
                 FROM offers o WHERE o.request_id = r.id) AS hours_to_first_offer
         FROM requests r JOIN users u ON u.id = r.author_id JOIN profiles p ON p.user_id = r.author_id
         WHERE r.created_at >= ?2 AND r.created_at < ?3 AND {MEMBER}"
    );
    let mentors = format!(
        "SELECT count(*) AS n FROM profiles p JOIN users u ON u.id = p.user_id WHERE p.is_mentor = 1 AND {MEMBER}"
    );
    let supply = format!(
        "SELECT j.value AS tag, count(*) AS mentors
         FROM profiles p JOIN users u ON u.id = p.user_id, json_each(p.expertise) j
         WHERE p.is_mentor = 1 AND {MEMBER} GROUP BY j.value"
    );
    let ratings = format!(
        "SELECT fb.author_id AS rater, fb.rating, fb.kudos
         FROM feedback fb JOIN bookings b ON fb.subject_kind = 'booking' AND b.id = fb.subject_id
         JOIN users u ON u.id = b.mentor_id JOIN profiles p ON p.user_id = b.mentor_id
         WHERE fb.author_side = 'mentee' AND b.start_at >= ?2 AND b.start_at < ?3 AND {MEMBER}"
    );
    // D1 refuses more bound values than a statement has placeholders: the current mentors take
    // only the scope.
    let in_period = [opt_text(organization), time(since), time(until)];
    let now = [opt_text(organization)];
    let statements = vec![
        db.prepare(&sessions).bind(&in_period)?,
        db.prepare(&answers).bind(&in_period)?,
        db.prepare(&questions).bind(&in_period)?,
        db.prepare(&mentors).bind(&now)?,
        db.prepare(&supply).bind(&now)?,
        db.prepare(&ratings).bind(&in_period)?,
    ];
    let results = db.batch(statements).await?;
    let sessions: Vec<HelpRow> = rows_at(&results, 0)?;
    let answers: Vec<HelpRow> = rows_at(&results, 1)?;
    let questions: Vec<QuestionRow> = rows_at(&results, 2)?;
    let mentors: Vec<CountRow> = rows_at(&results, 3)?;
    let supply: Vec<SupplyRow> = rows_at(&results, 4)?;
    let ratings: Vec<RatingRow> = rows_at(&results, 5)?;
    Ok(Facts {
        sessions: sessions.into_iter().map(HelpFact::from).collect(),
        answers: answers.into_iter().map(HelpFact::from).collect(),
        questions: questions
            .into_iter()
            .map(|q| QuestionFact {
                asker: q.asker,
                tags: q.tags,
                hours_to_first_offer: q.hours_to_first_offer,
            })
            .collect(),
        mentors: mentors.first().map_or(0, |row| row.n),
        supply: supply.into_iter().map(|row| (row.tag, row.mentors)).collect(),
        ratings: ratings
            .into_iter()
            .map(|r| RatingFact {
                rater: r.rater,
                helpful: r.rating.map(|rating| rating == "helpful"),
                kudos: r.kudos,
            })
            .collect(),
        months: Vec::new(),
    })
}

/// Whether the person counts in their organization's insights.
pub async fn counted(db: &D1Database, user: &UserId) -> Result<bool> {
    #[derive(serde::Deserialize)]
    struct Row {
        #[serde(deserialize_with = "super::flag")]
        counted: bool,
    }
    let row: Option<Row> = db
        .prepare("SELECT in_organization_insights AS counted FROM profiles WHERE user_id = ?1")
        .bind(&[id(user)])?
        .first(None)
        .await?;
    Ok(row.is_none_or(|row| row.counted))
}

pub async fn set_counted(db: &D1Database, user: &UserId, counted: bool) -> Result<()> {
    db.prepare("UPDATE profiles SET in_organization_insights = ?2 WHERE user_id = ?1")
        .bind(&[id(user), super::int(i64::from(counted))])?
        .run()
        .await?;
    Ok(())
}
