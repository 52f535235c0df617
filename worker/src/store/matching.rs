//! The SQL behind matching: candidates from the tag index, this week's load, learned relations.

use std::collections::HashMap;

use domain::ids::UserId;
use domain::matching::learn::PairCount;
use domain::profile::CareerStage;
use jiff::Timestamp;
use worker::{D1Database, D1PreparedStatement, Result};

use super::{id, int, opt_text, text, time};

/// Candidates fetched per match; ranking then orders them.
pub const CANDIDATES: i64 = 300;

/// One mentor the viewer may see who lists an asked or related skill, with this week's load.
#[derive(Debug, serde::Deserialize)]
pub struct CandidateRow {
    pub user_id: UserId,
    pub display_name: String,
    pub headline: String,
    pub bio: String,
    #[serde(deserialize_with = "super::json_text")]
    pub expertise: Vec<String>,
    #[serde(deserialize_with = "super::json_text")]
    pub languages: Vec<String>,
    pub timezone: String,
    pub utc_offset_minutes: i64,
    pub career_stage: Option<CareerStage>,
    pub organization_domain: Option<String>,
    pub organization_name: Option<String>,
    #[serde(deserialize_with = "super::flag")]
    pub accepting_requests: bool,
    pub next_free_slot_at: Option<Timestamp>,
    pub weekly_capacity: i64,
    pub booked_this_week: i64,
    pub suggested_this_week: i64,
    pub answered_recently: i64,
}

pub struct CandidateQuery<'a> {
    /// Tag → weight: the asked skills count 1, related ones their weight.
    pub tags: &'a HashMap<String, f32>,
    pub viewer: Option<&'a UserId>,
    pub organization: Option<&'a str>,
    /// Only mentors with a free slot before this (a call was asked for).
    pub free_before: Option<Timestamp>,
    /// Only mentors who answer open questions (a written answer was asked for).
    pub answering: bool,
    pub week_start: Timestamp,
    pub week: &'a str,
    pub answered_since: Timestamp,
}

/// Mentors who list the most (and the most strongly weighted) of the tags, soonest free first,
/// from the tag index: never a scan of every mentor.
pub fn candidates_statement(db: &D1Database, query: &CandidateQuery<'_>) -> Result<D1PreparedStatement> {
    let tags = serde_json::to_string(query.tags).map_err(|e| worker::Error::RustError(e.to_string()))?;
    let week_end = query.week_start + jiff::SignedDuration::from_hours(7 * 24);
    db.prepare(
        "WITH hits AS (
             SELECT t.directory_id AS id, sum(j.value) AS weight
             FROM json_each(?1) j
             JOIN directory_tags t ON t.kind = 'x' AND t.value = j.key
             GROUP BY t.directory_id),
         chosen AS (
             SELECT d.* FROM hits h JOIN directory d ON d.id = h.id
             WHERE (d.visibility = 'public' OR (d.visibility = 'organization' AND d.organization_domain = ?2))
               AND d.user_id IS NOT ?3
               AND (?9 IS NULL OR d.next_free_slot_at <= ?9)
               AND (?10 = 0 OR d.accepting_requests = 1)
             ORDER BY h.weight DESC, coalesce(d.next_free_slot_at, '~'), d.id
             LIMIT ?8)
         SELECT c.user_id, c.display_name, c.headline, c.bio, c.expertise, c.languages, c.timezone,
                c.utc_offset_minutes, c.career_stage, c.organization_domain, o.name AS organization_name,
                c.accepting_requests, c.next_free_slot_at, p.weekly_capacity,
                (SELECT count(*) FROM bookings b WHERE b.mentor_id = c.user_id AND b.status = 'booked'
                     AND b.start_at >= ?4 AND b.start_at < ?5) AS booked_this_week,
                coalesce((SELECT e.suggested FROM match_exposure e
                          WHERE e.mentor_id = c.user_id AND e.week = ?6), 0) AS suggested_this_week,
                (SELECT count(*) FROM offers f WHERE f.mentor_id = c.user_id AND f.created_at >= ?7)
                    AS answered_recently
         FROM chosen c
         JOIN profiles p ON p.user_id = c.user_id
         LEFT JOIN organizations o ON o.domain = c.organization_domain",
    )
    .bind(&[
        text(&tags),
        opt_text(query.organization),
        query.viewer.map_or(wasm_bindgen::JsValue::NULL, id),
        time(query.week_start),
        time(week_end),
        text(query.week),
        time(query.answered_since),
        int(CANDIDATES),
        query.free_before.map_or(wasm_bindgen::JsValue::NULL, time),
        int(i64::from(query.answering)),
    ])
}

#[derive(serde::Deserialize)]
struct RelationRow {
    tag: String,
    related: String,
    weight: f64,
}

/// Learned relations of the given tags.
pub fn relations_statement(db: &D1Database, tags: &[String]) -> Result<D1PreparedStatement> {
    let tags = serde_json::to_string(tags).map_err(|e| worker::Error::RustError(e.to_string()))?;
    db.prepare(
        "SELECT tag, related, weight FROM skill_relations WHERE tag IN (SELECT value FROM json_each(?1))
         ORDER BY tag, weight DESC",
    )
    .bind(&[text(&tags)])
}

pub fn relations(result: &worker::D1Result) -> Result<HashMap<String, Vec<(String, f32)>>> {
    let mut learned: HashMap<String, Vec<(String, f32)>> = HashMap::new();
    for row in result.results::<RelationRow>()? {
        learned.entry(row.tag).or_default().push((row.related, row.weight as f32));
    }
    Ok(learned)
}

/// Counts one more suggestion of each mentor this week.
pub fn exposure_statement(db: &D1Database, mentors: &[&UserId], week: &str) -> Result<D1PreparedStatement> {
    let ids: Vec<&str> = mentors.iter().map(|mentor| mentor.as_ref()).collect();
    let ids = serde_json::to_string(&ids).map_err(|e| worker::Error::RustError(e.to_string()))?;
    db.prepare(
        "INSERT INTO match_exposure (mentor_id, week, suggested)
         SELECT value, ?2, 1 FROM json_each(?1) WHERE true
         ON CONFLICT (mentor_id, week) DO UPDATE SET suggested = suggested + 1",
    )
    .bind(&[text(&ids), text(week)])
}

/// Replaces every learned relation.
pub fn replace_relations_statements(
    db: &D1Database,
    relations: &[(String, String, f32)],
) -> Result<Vec<D1PreparedStatement>> {
    let rows: Vec<(&str, &str, f32)> =
        relations.iter().map(|(a, b, w)| (a.as_str(), b.as_str(), *w)).collect();
    let rows = serde_json::to_string(&rows).map_err(|e| worker::Error::RustError(e.to_string()))?;
    Ok(vec![
        db.prepare("DELETE FROM skill_relations"),
        db.prepare(
            "INSERT INTO skill_relations (tag, related, weight)
             SELECT j.value ->> 0, j.value ->> 1, j.value ->> 2 FROM json_each(?1) j",
        )
        .bind(&[text(&rows)])?,
    ])
}

#[derive(serde::Deserialize)]
struct PairRow {
    tag: String,
    related: String,
    together: u32,
    tag_count: u32,
    related_count: u32,
    documents: u32,
}

/// How often tags occur together on mentors' profiles and answered questions, for pairs seen
/// together at least `min_together` times, and how many profiles and questions there are.
pub async fn pair_counts(db: &D1Database, min_together: u32) -> Result<(Vec<PairCount>, u32)> {
    let rows: Vec<PairRow> = db
        .prepare(
            "WITH docs AS (
                 SELECT 'm' || directory_id AS doc, value AS tag FROM directory_tags WHERE kind = 'x'
                 UNION ALL
                 SELECT 'r' || r.seq, j.value FROM requests r, json_each(r.expertise) j
                 WHERE r.status = 'accepted' OR r.resolved = 1),
             counts AS (SELECT tag, count(*) AS n FROM docs GROUP BY tag),
             total AS (SELECT count(DISTINCT doc) AS n FROM docs)
             SELECT a.tag AS tag, b.tag AS related, count(*) AS together, ca.n AS tag_count,
                    cb.n AS related_count, (SELECT n FROM total) AS documents
             FROM docs a
             JOIN docs b ON b.doc = a.doc AND b.tag != a.tag
             JOIN counts ca ON ca.tag = a.tag
             JOIN counts cb ON cb.tag = b.tag
             GROUP BY a.tag, b.tag
             HAVING count(*) >= ?1",
        )
        .bind(&[int(i64::from(min_together))])?
        .all()
        .await?
        .results()?;
    let documents = rows.first().map_or(0, |row| row.documents);
    let pairs = rows
        .into_iter()
        .map(|row| PairCount {
            tag: row.tag,
            related: row.related,
            together: row.together,
            tag_count: row.tag_count,
            related_count: row.related_count,
        })
        .collect();
    Ok((pairs, documents))
}

/// Old weeks of exposure are of no use.
pub fn purge_exposure_statement(db: &D1Database, before_week: &str) -> Result<D1PreparedStatement> {
    db.prepare("DELETE FROM match_exposure WHERE week < ?1").bind(&[text(before_week)])
}

#[derive(serde::Deserialize)]
pub struct LearnedState {
    /// The directory's version now.
    pub version: String,
    /// "version@unix seconds" of the last computation.
    pub learned: Option<String>,
}

pub async fn learned_state(db: &D1Database) -> Result<Option<LearnedState>> {
    db.prepare(
        "SELECT coalesce((SELECT value FROM meta WHERE key = 'directory_version'), '0') AS version,
                (SELECT value FROM meta WHERE key = 'skill_relations_learned') AS learned",
    )
    .first(None)
    .await
}

pub fn mark_learned_statement(db: &D1Database, version: &str, at: i64) -> Result<D1PreparedStatement> {
    db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('skill_relations_learned', ?1)")
        .bind(&[text(&format!("{version}@{at}"))])
}
