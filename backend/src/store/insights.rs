//! Insights' per-day aggregates: the facts a day is made of (read by the scheduled job only),
//! the aggregate rows themselves, the days marked out of date by the database's triggers, and
//! the mentors-now snapshot. Facts name people by id and never leave the worker; the rows hold
//! counts and sketches only.

use std::collections::BTreeMap;

use domain::ids::UserId;
use domain::insights::people::People;
use domain::insights::tally::{DayFacts, Help, Metric, Question, Rating, Side, Tally};
use worker::{D1Database, D1PreparedStatement, Result};

use super::{id, int, opt_text, rows_at, text};

/// A day as the aggregates key it: `2026-12-03`.
pub type Day = String;

/// Marks meaning "every scope" (in `scope`) and "every day" (in `day`).
pub const EVERY: &str = "*";

#[derive(serde::Deserialize)]
struct HelpRow {
    day: String,
    mentor: String,
    mentee: String,
    mentor_organization: Option<String>,
    mentee_organization: Option<String>,
    #[serde(deserialize_with = "super::flag")]
    mentor_counted: bool,
    #[serde(deserialize_with = "super::flag")]
    mentee_counted: bool,
}

impl HelpRow {
    fn into_help(self) -> (Day, Help) {
        let mentor =
            Side { id: self.mentor, organization: self.mentor_organization, counted: self.mentor_counted };
        let mentee =
            Side { id: self.mentee, organization: self.mentee_organization, counted: self.mentee_counted };
        (self.day, Help { mentor, mentee })
    }
}

#[derive(serde::Deserialize)]
struct QuestionRow {
    day: String,
    asker: String,
    organization: Option<String>,
    #[serde(deserialize_with = "super::flag")]
    counted: bool,
    #[serde(deserialize_with = "super::json_text")]
    tags: Vec<String>,
    hours_to_first_offer: Option<f64>,
}

#[derive(serde::Deserialize)]
struct RatingRow {
    day: String,
    rater: String,
    mentor: String,
    organization: Option<String>,
    #[serde(deserialize_with = "super::flag")]
    counted: bool,
    rating: Option<String>,
    #[serde(deserialize_with = "super::json_text")]
    kudos: Vec<String>,
}

/// Both sides of a held session or accepted answer, with their organization and whether they
/// count themselves in.
fn sides(mentor: &str, mentee: &str) -> String {
    format!(
        "{mentor} AS mentor, {mentee} AS mentee,
         mu.organization_domain AS mentor_organization, eu.organization_domain AS mentee_organization,
         coalesce(mp.in_organization_insights, 1) AS mentor_counted,
         coalesce(ep.in_organization_insights, 1) AS mentee_counted
         FROM {{from}}
         JOIN users mu ON mu.id = {mentor} LEFT JOIN profiles mp ON mp.user_id = {mentor}
         JOIN users eu ON eu.id = {mentee} LEFT JOIN profiles ep ON ep.user_id = {mentee}"
    )
}

/// The facts of the days from `since` up to (not including) `until`, by day: for every scope,
/// or only those involving the organization `scope`.
pub async fn facts(
    db: &D1Database,
    scope: Option<&str>,
    since: &str,
    until: &str,
) -> Result<BTreeMap<Day, DayFacts>> {
    let involves = "(?1 IS NULL OR mu.organization_domain = ?1 OR eu.organization_domain = ?1)";
    let sessions = format!(
        "SELECT substr(b.start_at, 1, 10) AS day, {}
         WHERE b.attendance = 'held' AND b.status = 'booked' AND b.start_at >= ?2 AND b.start_at < ?3 AND {involves}",
        sides("b.mentor_id", "b.mentee_id").replace("{from}", "bookings b"),
    );
    let answers = format!(
        "SELECT substr(f.accepted_at, 1, 10) AS day, {}
         WHERE f.status = 'accepted' AND f.accepted_at >= ?2 AND f.accepted_at < ?3 AND {involves}",
        sides("f.mentor_id", "r.author_id")
            .replace("{from}", "offers f JOIN requests r ON r.id = f.request_id"),
    );
    let questions = "SELECT substr(r.created_at, 1, 10) AS day, r.author_id AS asker,
                u.organization_domain AS organization, coalesce(p.in_organization_insights, 1) AS counted,
                r.expertise AS tags,
                (SELECT (julianday(min(o.created_at)) - julianday(r.created_at)) * 24
                 FROM offers o WHERE o.request_id = r.id) AS hours_to_first_offer
         FROM requests r JOIN users u ON u.id = r.author_id LEFT JOIN profiles p ON p.user_id = r.author_id
         WHERE r.created_at >= ?2 AND r.created_at < ?3 AND (?1 IS NULL OR u.organization_domain = ?1)";
    let ratings = "SELECT substr(b.start_at, 1, 10) AS day, fb.author_id AS rater, b.mentor_id AS mentor,
                u.organization_domain AS organization, coalesce(p.in_organization_insights, 1) AS counted,
                fb.rating, fb.kudos
         FROM feedback fb JOIN bookings b ON fb.subject_kind = 'booking' AND b.id = fb.subject_id
         JOIN users u ON u.id = b.mentor_id LEFT JOIN profiles p ON p.user_id = b.mentor_id
         WHERE fb.author_side = 'mentee' AND b.start_at >= ?2 AND b.start_at < ?3
           AND (?1 IS NULL OR u.organization_domain = ?1)";
    let binds = [opt_text(scope), text(since), text(until)];
    let statements = vec![
        db.prepare(&sessions).bind(&binds)?,
        db.prepare(&answers).bind(&binds)?,
        db.prepare(questions).bind(&binds)?,
        db.prepare(ratings).bind(&binds)?,
    ];
    let results = db.batch(statements).await?;
    let mut days: BTreeMap<Day, DayFacts> = BTreeMap::new();
    for (day, help) in rows_at::<HelpRow>(&results, 0)?.into_iter().map(HelpRow::into_help) {
        days.entry(day).or_default().sessions.push(help);
    }
    for (day, help) in rows_at::<HelpRow>(&results, 1)?.into_iter().map(HelpRow::into_help) {
        days.entry(day).or_default().answers.push(help);
    }
    for row in rows_at::<QuestionRow>(&results, 2)? {
        days.entry(row.day).or_default().questions.push(Question {
            asker: Side { id: row.asker, organization: row.organization, counted: row.counted },
            tags: row.tags,
            hours_to_first_offer: row.hours_to_first_offer,
        });
    }
    for row in rows_at::<RatingRow>(&results, 3)? {
        days.entry(row.day).or_default().ratings.push(Rating {
            rater: row.rater,
            mentor: Side { id: row.mentor, organization: row.organization, counted: row.counted },
            helpful: row.rating.map(|rating| rating == "helpful"),
            kudos: row.kudos,
        });
    }
    Ok(days)
}

/// The aggregates: per day, and merged per calendar month.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Table {
    Days,
    Months,
}

impl Table {
    const fn name(self) -> &'static str {
        match self {
            Self::Days => "insight_days",
            Self::Months => "insight_months",
        }
    }

    /// The column keying a row in time: `day` (`2026-12-03`) or `month` (`2026-12`).
    const fn key(self) -> &'static str {
        match self {
            Self::Days => "day",
            Self::Months => "month",
        }
    }
}

/// One aggregate row to write: a day's or a month's (`key`).
pub struct NewRow<'a> {
    pub scope: &'a str,
    pub key: &'a str,
    pub metric: &'a Metric,
    pub tally: &'a Tally,
}

/// Statement text stays well below D1's statement limit: rows go in chunks of JSON this long.
const CHUNK_BYTES: usize = 80_000;

/// Statements that replace the rows of `table` for `scopes` (all: `None`) and the days or months
/// from `keys.0` to `keys.1` included (all: `None`) with `rows`, in one batch.
pub fn replace_statements(
    db: &D1Database,
    table: Table,
    scopes: Option<&[&str]>,
    keys: Option<(&str, &str)>,
    rows: &[NewRow<'_>],
) -> Result<Vec<D1PreparedStatement>> {
    let (name, column) = (table.name(), table.key());
    let scopes = scopes.map(|scopes| serde_json::json!(scopes).to_string());
    let mut statements = vec![
        db.prepare(format!(
            "DELETE FROM {name}
             WHERE (?1 IS NULL OR scope IN (SELECT value FROM json_each(?1)))
               AND (?2 IS NULL OR ({column} >= ?2 AND {column} <= ?3))"
        ))
        .bind(&[
            opt_text(scopes.as_deref()),
            opt_text(keys.map(|k| k.0)),
            opt_text(keys.map(|k| k.1)),
        ])?,
    ];
    let insert = format!(
        "INSERT INTO {name} (scope, {column}, metric, count, people)
         SELECT j.value ->> 0, j.value ->> 1, j.value ->> 2, j.value ->> 3, j.value ->> 4 FROM json_each(?1) j"
    );
    let mut chunk = String::from("[");
    let flush = |chunk: &mut String, statements: &mut Vec<D1PreparedStatement>| -> Result<()> {
        if chunk.len() > 1 {
            chunk.push(']');
            statements.push(db.prepare(&insert).bind(&[text(chunk)])?);
        }
        *chunk = String::from("[");
        Ok(())
    };
    for row in rows {
        let encoded = serde_json::json!([
            row.scope,
            row.key,
            row.metric.key(),
            row.tally.count,
            row.metric.stored_people(&row.tally.people)
        ]);
        if chunk.len() > 1 {
            chunk.push(',');
        }
        chunk.push_str(&encoded.to_string());
        if chunk.len() > CHUNK_BYTES {
            flush(&mut chunk, &mut statements)?;
        }
    }
    flush(&mut chunk, &mut statements)?;
    Ok(statements)
}

#[derive(serde::Deserialize)]
struct ScopeRow {
    scope: String,
}

/// The scopes with rows on `day`.
pub async fn scopes_on(db: &D1Database, day: &str) -> Result<Vec<String>> {
    let rows: Vec<ScopeRow> = db
        .prepare("SELECT DISTINCT scope FROM insight_days WHERE day = ?1")
        .bind(&[text(day)])?
        .all()
        .await?
        .results()?;
    Ok(rows.into_iter().map(|row| row.scope).collect())
}

#[derive(serde::Deserialize)]
struct StoredRow {
    scope: String,
    key: String,
    metric: String,
    count: u32,
    people: String,
}

impl StoredRow {
    fn decoded(self) -> Option<(String, Day, Metric, Tally)> {
        let metric = Metric::parse(&self.metric)?;
        let people = People::decode(&self.people)?;
        Some((self.scope, self.key, metric, Tally { count: self.count, people }))
    }
}

/// The day rows of `scopes` from `since` up to (not including) `until`, whole: what a month is
/// merged from.
pub async fn day_rows(
    db: &D1Database,
    scopes: &[&str],
    since: &str,
    until: &str,
) -> Result<Vec<(String, Day, Metric, Tally)>> {
    let rows: Vec<StoredRow> = db
        .prepare(
            "SELECT scope, day AS key, metric, count, people FROM insight_days
             WHERE scope IN (SELECT value FROM json_each(?1)) AND day >= ?2 AND day < ?3",
        )
        .bind(&[text(&serde_json::json!(scopes).to_string()), text(since), text(until)])?
        .all()
        .await?
        .results()?;
    Ok(rows.into_iter().filter_map(StoredRow::decoded).collect())
}

#[derive(serde::Deserialize)]
pub struct Dirty {
    pub scope: String,
    pub day: String,
}

/// Takes up to `limit` out-of-date marks under the lease `claim`, newest days first and whole
/// scopes before days, after putting back the marks of claims taken before `stale_before` (a
/// run that died). A mark made while they are being recomputed stays for the next run.
pub async fn claim_dirty(
    db: &D1Database,
    limit: i64,
    scope: Option<&str>,
    claim: &str,
    now: &str,
    stale_before: &str,
) -> Result<Vec<Dirty>> {
    let order = "ORDER BY day = '*' DESC, day DESC";
    let mut claim_params = vec![text(claim), text(now), int(limit)];
    let of_scope = match scope {
        Some(scope) => {
            claim_params.push(text(scope));
            "WHERE scope = ?4"
        }
        None => "",
    };
    let statements = vec![
        db.prepare(
            "INSERT INTO insight_dirty (scope, day) SELECT DISTINCT scope, day FROM insight_claims c
             WHERE claimed_at < ?1
               AND NOT EXISTS (SELECT 1 FROM insight_dirty d WHERE d.scope = c.scope AND d.day = c.day)",
        )
        .bind(&[text(stale_before)])?,
        db.prepare("DELETE FROM insight_claims WHERE claimed_at < ?1").bind(&[text(stale_before)])?,
        db.prepare(format!(
            "INSERT INTO insight_claims (scope, day, claim, claimed_at)
             SELECT scope, day, ?1, ?2 FROM insight_dirty {of_scope} {order} LIMIT ?3"
        ))
        .bind(&claim_params)?,
        db.prepare(
            "DELETE FROM insight_dirty WHERE (scope, day) IN
             (SELECT scope, day FROM insight_claims WHERE claim = ?1)",
        )
        .bind(&[text(claim)])?,
        db.prepare(format!("SELECT scope, day FROM insight_claims WHERE claim = ?1 {order}"))
            .bind(&[text(claim)])?,
    ];
    let results = db.batch(statements).await?;
    results.last().map_or(Ok(Vec::new()), |claimed| claimed.results())
}

/// The scopes with out-of-date marks (and those a run that died left claimed), at most `limit`.
pub async fn marked_scopes(db: &D1Database, limit: i64) -> Result<Vec<String>> {
    #[derive(serde::Deserialize)]
    struct Row {
        scope: String,
    }
    let rows: Vec<Row> = db
        .prepare(
            "SELECT scope FROM insight_dirty UNION SELECT scope FROM insight_claims ORDER BY scope LIMIT ?1",
        )
        .bind(&[int(limit)])?
        .all()
        .await?
        .results()?;
    Ok(rows.into_iter().map(|row| row.scope).collect())
}

/// Ends a claimed mark once its rewrite is stored.
pub fn release_statement(db: &D1Database, mark: &Dirty, claim: &str) -> Result<D1PreparedStatement> {
    db.prepare("DELETE FROM insight_claims WHERE scope = ?1 AND day = ?2 AND claim = ?3").bind(&[
        text(&mark.scope),
        text(&mark.day),
        text(claim),
    ])
}

/// Puts marks back after a failed recomputation.
pub fn mark_dirty_statement(db: &D1Database, scope: &str, day: &str) -> Result<D1PreparedStatement> {
    db.prepare("INSERT OR IGNORE INTO insight_dirty (scope, day) VALUES (?1, ?2)")
        .bind(&[text(scope), text(day)])
}

/// Rewrites the mentors-now snapshot of every scope: all mentors for the network, mentors who
/// count themselves in for each organization; in total (`tag` '') and per skill.
pub fn refresh_mentors_statements(db: &D1Database) -> Vec<D1PreparedStatement> {
    let member = "p.is_mentor = 1 AND u.organization_domain IS NOT NULL AND p.in_organization_insights = 1";
    let snapshot = format!(
        "SELECT '*' AS scope, '' AS tag, count(*) AS count FROM profiles WHERE is_mentor = 1
         UNION ALL
         SELECT '*', j.value, count(*) FROM profiles p, json_each(p.expertise) j
         WHERE p.is_mentor = 1 GROUP BY j.value
         UNION ALL
         SELECT u.organization_domain, '', count(*) FROM profiles p JOIN users u ON u.id = p.user_id
         WHERE {member} GROUP BY u.organization_domain
         UNION ALL
         SELECT u.organization_domain, j.value, count(*)
         FROM profiles p JOIN users u ON u.id = p.user_id, json_each(p.expertise) j
         WHERE {member} GROUP BY u.organization_domain, j.value"
    );
    // Cached figures stay good while the snapshot is what it was.
    let changed = format!(
        "EXISTS (SELECT * FROM ({snapshot}) EXCEPT SELECT scope, tag, count FROM insight_mentors)
         OR EXISTS (SELECT scope, tag, count FROM insight_mentors EXCEPT SELECT * FROM ({snapshot}))"
    );
    vec![
        super::bump_version_when_statement(db, super::Versioned::Insights, &changed),
        db.prepare("DELETE FROM insight_mentors"),
        db.prepare(format!("INSERT INTO insight_mentors (scope, tag, count) {snapshot}")),
    ]
}

#[derive(serde::Deserialize)]
struct MentorsRow {
    tag: String,
    count: u32,
}

/// Which stored rows make a period: the whole months inside it, and the days at its edges.
pub struct PeriodRows<'a> {
    pub months: (&'a str, &'a str),
    pub days: [(&'a str, &'a str); 2],
}

/// One scope's rows for a period (each day's or month's, by its key), and its mentors now (the
/// total, then per skill). Large sketches come back as `People::many` unless their number of
/// people is shown: the five-people rule needs no more, and it keeps a year's answer small.
pub async fn period(
    db: &D1Database,
    scope: &str,
    rows: &PeriodRows<'_>,
) -> Result<(Vec<(Day, Metric, Tally)>, u32, Vec<(String, u32)>)> {
    let shown =
        serde_json::json!(Metric::PEOPLE_SHOWN.iter().map(Metric::key).collect::<Vec<_>>()).to_string();
    let [(first_from, first_to), (last_from, last_to)] = rows.days;
    // The period's rows: its whole months, and the days at its edges.
    let stored = "SELECT month AS key, metric, count, people FROM insight_months
                  WHERE scope = ?1 AND month >= ?3 AND month <= ?4
                  UNION ALL
                  SELECT day, metric, count, people FROM insight_days
                  WHERE scope = ?1 AND ((day >= ?5 AND day <= ?6) OR (day >= ?7 AND day <= ?8))";
    let binds = [
        text(scope),
        text(&shown),
        text(rows.months.0),
        text(rows.months.1),
        text(first_from),
        text(first_to),
        text(last_from),
        text(last_to),
    ];
    let statements = vec![
        // Metrics whose number of people is shown: every sketch, merged here.
        db.prepare(format!(
            "SELECT '' AS scope, key, metric, count, people FROM ({stored})
             WHERE metric IN (SELECT value FROM json_each(?2))"
        ))
        .bind(&binds)?,
        // The others, summed per month by the database: their large sketches are stored as only
        // "many" (`Metric::stored_people`), and small ones are joined into one.
        db.prepare(format!(
            "SELECT '' AS scope, substr(key, 1, 7) AS key, metric, sum(count) AS count,
                    CASE WHEN max(substr(people, 1, 1) = 'd') THEN 'd'
                         ELSE 's' || group_concat(substr(people, 2), '') END AS people
             FROM ({stored}) WHERE metric NOT IN (SELECT value FROM json_each(?2))
             GROUP BY substr(key, 1, 7), metric"
        ))
        .bind(&binds)?,
        db.prepare("SELECT tag, count FROM insight_mentors WHERE scope = ?1").bind(&[text(scope)])?,
    ];
    let results = db.batch(statements).await?;
    let mut stored: Vec<(Day, Metric, Tally)> = Vec::new();
    for index in [0, 1] {
        stored.extend(
            rows_at::<StoredRow>(&results, index)?
                .into_iter()
                .filter_map(StoredRow::decoded)
                .map(|(_, key, metric, tally)| (key, metric, tally)),
        );
    }
    let mut mentors = 0;
    let mut supply = Vec::new();
    for row in rows_at::<MentorsRow>(&results, 2)? {
        if row.tag.is_empty() {
            mentors = row.count;
        } else {
            supply.push((row.tag, row.count));
        }
    }
    Ok((stored, mentors, supply))
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
