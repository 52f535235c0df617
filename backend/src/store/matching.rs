//! The SQL behind matching: candidates from the tag index, this week's load, learned relations.

use std::collections::HashMap;

use domain::ids::UserId;
use domain::matching::learn::PairCount;
use domain::profile::CareerStage;
use jiff::Timestamp;
use worker::{D1Database, D1PreparedStatement, Result};

use super::{Binds, id, int, json_list, opt_text, text, time};
use worker::wasm_bindgen::JsValue;

/// Candidates fetched per match; ranking then orders them.
pub const CANDIDATES: i64 = 150;

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
    #[serde(default, deserialize_with = "domain::time::opt_instant")]
    pub next_free_slot_at: Option<Timestamp>,
    #[serde(default, deserialize_with = "domain::time::opt_instant")]
    pub free_now_until: Option<Timestamp>,
    pub sessions_held: u32,
    pub people_helped: u32,
    pub answers_accepted: u32,
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
    /// Only mentors who speak one of these, when any is given.
    pub languages: &'a [String],
    pub week_start: Timestamp,
    pub week: &'a str,
    /// Today (UTC, `YYYY-MM-DD`): its suggestions do not yet count toward the load.
    pub day: &'a str,
    pub answered_since: Timestamp,
}

/// Mentors taken per asked skill and per related one, before ranking.
const PER_SKILL: i64 = 100;
const PER_RELATED: i64 = 25;

/// For each tag, the mentors listing it (and speaking a language asked for) who are free soonest (then the newest without a free
/// slot, unless a call was asked for), as ranges of `directory_tags_soonest` that end at the
/// tag's share; those listing the most and the most strongly weighted tags first. Never a scan
/// of every mentor who lists a tag. (D1 allows at most five terms in a compound SELECT, so each
/// tag's share ends at an edge found by offset rather than in a `UNION` per tag.)
pub fn candidates_statement(db: &D1Database, query: &CandidateQuery<'_>) -> Result<D1PreparedStatement> {
    let mut binds = Binds::default();
    let split = |asked: bool| -> Result<String> {
        let tags: HashMap<&String, f32> =
            query.tags.iter().filter(|(_, w)| (**w >= 1.0) == asked).map(|(t, w)| (t, *w)).collect();
        serde_json::to_string(&tags).map_err(|e| worker::Error::RustError(e.to_string()))
    };
    let (asked, related) = (binds.add(text(&split(true)?)), binds.add(text(&split(false)?)));
    let organization = binds.add(opt_text(query.organization));
    let free_before = query.free_before.map(|at| binds.add(time(at)));
    let languages = (!query.languages.is_empty()).then(|| binds.add(text(&json_list(query.languages))));
    // The rows of one tag that may be suggested: visible to the viewer, answering if asked to,
    // free in time if a call was asked for.
    let rows = |alias: &str, tag: &str, free: bool| {
        let mut condition = format!(
            "{alias}.kind = 'x' AND {alias}.value = {tag}
             AND ({alias}.visibility = 'public'
                  OR ({alias}.visibility = 'organization' AND {alias}.organization_domain = {organization}))"
        );
        if query.answering {
            condition.push_str(&format!(" AND {alias}.accepting_requests = 1"));
        }
        if languages.is_some() {
            condition.push_str(&format!(" AND {alias}.directory_id IN speakers"));
        }
        match (free, &free_before) {
            (true, Some(before)) => condition
                .push_str(&format!(" AND {alias}.free_at IS NOT NULL AND {alias}.free_at <= {before}")),
            (true, None) => condition.push_str(&format!(" AND {alias}.free_at IS NOT NULL")),
            (false, _) => condition.push_str(&format!(" AND {alias}.free_at IS NULL")),
        }
        condition
    };
    let edges = |share: i64| {
        let offset = share - 1;
        let free = rows("s", "w.key", true);
        let not_free = rows("s", "w.key", false);
        format!(
            "(SELECT s.free_at FROM directory_tags s WHERE {free}
              ORDER BY s.free_at, s.directory_id LIMIT 1 OFFSET {offset}) AS edge_at,
             (SELECT s.directory_id FROM directory_tags s WHERE {free}
              ORDER BY s.free_at, s.directory_id LIMIT 1 OFFSET {offset}) AS edge_id,
             (SELECT s.directory_id FROM directory_tags s WHERE {not_free}
              ORDER BY s.directory_id DESC LIMIT 1 OFFSET {offset}) AS edge_unfree"
        )
    };
    let (asked_edges, related_edges) = (edges(PER_SKILL), edges(PER_RELATED));
    let free_rows = rows("t", "c.tag", true);
    let mut hits = format!(
        "SELECT t.directory_id AS id, c.weight FROM cut c CROSS JOIN directory_tags t ON {free_rows}
             AND (t.free_at, t.directory_id) <= (coalesce(c.edge_at, '~'), coalesce(c.edge_id, 9007199254740991))"
    );
    if free_before.is_none() {
        let unfree_rows = rows("t", "c.tag", false);
        hits.push_str(&format!(
            " UNION ALL
             SELECT t.directory_id AS id, c.weight FROM cut c CROSS JOIN directory_tags t ON {unfree_rows}
                 AND t.directory_id >= coalesce(c.edge_unfree, 0)"
        ));
    }
    let week_end = query.week_start + jiff::SignedDuration::from_hours(7 * 24);
    let viewer = binds.add(query.viewer.map_or(JsValue::NULL, id));
    let (week_start, week_end) = (binds.add(time(query.week_start)), binds.add(time(week_end)));
    let week = binds.add(text(query.week));
    let day = binds.add(text(query.day));
    let answered_since = binds.add(time(query.answered_since));
    let limit = binds.add(int(CANDIDATES));
    let speaks = languages.unwrap_or_else(|| binds.add(text("[]")));
    let sql = format!(
        "WITH speakers AS MATERIALIZED (
             SELECT directory_id FROM directory_tags
             WHERE kind = 'l' AND value IN (SELECT value FROM json_each({speaks}))),
         cut AS MATERIALIZED (
             SELECT w.key AS tag, w.value AS weight, {asked_edges} FROM json_each({asked}) w
             UNION ALL
             SELECT w.key, w.value, {related_edges} FROM json_each({related}) w),
         hits AS MATERIALIZED (SELECT id, sum(weight) AS weight FROM ({hits}) GROUP BY id),
         chosen AS (
             SELECT d.* FROM hits h JOIN directory d ON d.id = h.id
             WHERE d.user_id IS NOT {viewer}
               AND NOT EXISTS (SELECT 1 FROM mentor_standing s
                               WHERE s.mentor_id = d.user_id AND s.paused_at IS NOT NULL)
             ORDER BY h.weight DESC, coalesce(d.next_free_slot_at, '~'), d.id
             LIMIT {limit})
         SELECT c.user_id, c.display_name, c.headline, c.bio, c.expertise, c.languages, c.timezone,
                c.utc_offset_minutes, c.career_stage, c.organization_domain, o.name AS organization_name,
                c.accepting_requests, c.next_free_slot_at, c.free_now_until, c.sessions_held, c.people_helped,
                c.answers_accepted, p.weekly_capacity,
                (SELECT count(*) FROM bookings b WHERE b.mentor_id = c.user_id AND b.status = 'booked'
                     AND b.start_at >= {week_start} AND b.start_at < {week_end}) AS booked_this_week,
                max(0, coalesce((SELECT e.suggested FROM match_exposure e
                                 WHERE e.mentor_id = c.user_id AND e.week = {week}), 0)
                       - (SELECT count(*) FROM match_views v WHERE v.mentor_id = c.user_id AND v.day = {day}))
                    AS suggested_this_week,
                (SELECT count(*) FROM offers f WHERE f.mentor_id = c.user_id AND f.created_at >= {answered_since})
                    AS answered_recently
         FROM chosen c
         JOIN profiles p ON p.user_id = c.user_id
         LEFT JOIN organizations o ON o.domain = c.organization_domain"
    );
    db.prepare(sql).bind(&binds.0)
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

/// Counts one more suggestion this week of each mentor not yet shown to `viewer` today, and
/// remembers that they were.
pub fn exposure_statements(
    db: &D1Database,
    mentors: &[&UserId],
    week: &str,
    day: &str,
    viewer: &str,
) -> Result<Vec<D1PreparedStatement>> {
    let ids: Vec<&str> = mentors.iter().map(|mentor| mentor.as_ref()).collect();
    let ids = serde_json::to_string(&ids).map_err(|e| worker::Error::RustError(e.to_string()))?;
    let binds = [text(&ids), text(week), text(day), text(viewer)];
    Ok(vec![
        db.prepare(
            "INSERT INTO match_exposure (mentor_id, week, suggested)
             SELECT value, ?2, 1 FROM json_each(?1)
             WHERE NOT EXISTS (SELECT 1 FROM match_views v
                               WHERE v.mentor_id = value AND v.day = ?3 AND v.viewer = ?4)
             ON CONFLICT (mentor_id, week) DO UPDATE SET suggested = suggested + 1",
        )
        .bind(&binds)?,
        db.prepare(
            "INSERT OR IGNORE INTO match_views (mentor_id, day, viewer) SELECT value, ?3, ?4 FROM json_each(?1)",
        )
        .bind(&binds)?,
    ])
}

/// Deletes up to `limit` of the views from before `before_day`: only today's are read.
pub fn purge_views_statement(db: &D1Database, before_day: &str, limit: i64) -> Result<D1PreparedStatement> {
    db.prepare(
        "DELETE FROM match_views WHERE (mentor_id, day, viewer) IN
             (SELECT mentor_id, day, viewer FROM match_views WHERE day < ?1 LIMIT ?2)",
    )
    .bind(&[text(before_day), int(limit)])
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
/// Deletes up to `limit` rows of exposure from before `before_week`; the rest go on later runs.
pub fn purge_exposure_statement(
    db: &D1Database,
    before_week: &str,
    limit: i64,
) -> Result<D1PreparedStatement> {
    db.prepare(
        "DELETE FROM match_exposure WHERE (mentor_id, week) IN
             (SELECT mentor_id, week FROM match_exposure WHERE week < ?1 LIMIT ?2)",
    )
    .bind(&[text(before_week), int(limit)])
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
