//! The directory tables: listing rows in step with profiles, and searching them.

use domain::directory::{Search, Sort, max_offset_distance_minutes, search_terms};
use domain::profile::{CareerStage, ProfileFields};
use worker::wasm_bindgen::JsValue;
use worker::{D1Database, D1PreparedStatement, Result};

use domain::ids::UserId;
use jiff::Timestamp;

use super::{Binds, id, int, json_list, opt_text, text, time};

/// A profile is listed when its owner mentors and has given a name.
pub fn is_listed(fields: &ProfileFields) -> bool {
    fields.is_mentor && !fields.display_name.is_empty()
}

pub struct Listing<'a> {
    pub user_id: &'a UserId,
    pub fields: &'a ProfileFields,
    pub organization_domain: Option<&'a str>,
    pub utc_offset_minutes: i64,
    pub now: Timestamp,
}

/// Statements that list, update or unlist a profile, to run in one batch with its save.
pub fn sync_statements(db: &D1Database, listing: &Listing<'_>) -> Result<Vec<D1PreparedStatement>> {
    let user = id(listing.user_id);
    if !is_listed(listing.fields) {
        // Unlisting changes the counts too, but a save by someone never listed changes nothing.
        let listed = "EXISTS (SELECT 1 FROM directory WHERE user_id = ?1)";
        return Ok(vec![
            super::bump_version_when_statement(db, super::Versioned::Directory, listed)
                .bind(std::slice::from_ref(&user))?,
            db.prepare("DELETE FROM directory WHERE user_id = ?1").bind(&[user])?,
        ]);
    }
    let fields = listing.fields;
    let expertise = json_list(&fields.expertise);
    let languages = json_list(&fields.languages);
    Ok(vec![
        db.prepare(
            "INSERT INTO directory (user_id, display_name, headline, bio, expertise, languages, timezone,
                 utc_offset_minutes, career_stage, organization_domain, visibility, accepting_requests, listed_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)
             ON CONFLICT (user_id) DO UPDATE SET
                 display_name = excluded.display_name, headline = excluded.headline, bio = excluded.bio,
                 expertise = excluded.expertise, languages = excluded.languages, timezone = excluded.timezone,
                 utc_offset_minutes = excluded.utc_offset_minutes, career_stage = excluded.career_stage,
                 organization_domain = excluded.organization_domain, visibility = excluded.visibility,
                 accepting_requests = excluded.accepting_requests",
        )
        .bind(&[
            user.clone(),
            text(&fields.display_name),
            text(&fields.headline),
            text(&fields.bio),
            text(&expertise),
            text(&languages),
            text(&fields.timezone),
            int(listing.utc_offset_minutes),
            opt_text(fields.career_stage.map(CareerStage::as_str)),
            opt_text(listing.organization_domain),
            text(fields.visibility.as_str()),
            int(i64::from(fields.accepting_requests)),
            time(listing.now),
        ])?,
        db.prepare("DELETE FROM directory_tags WHERE directory_id = (SELECT id FROM directory WHERE user_id = ?1)")
            .bind(std::slice::from_ref(&user))?,
        db.prepare(
            "INSERT INTO directory_tags (kind, value, directory_id, free_at, visibility, organization_domain,
                 accepting_requests, listed_at)
             SELECT k.kind, k.value, d.id, d.next_free_slot_at, d.visibility, d.organization_domain,
                    d.accepting_requests, d.listed_at
             FROM directory d, (SELECT 'x' AS kind, value FROM json_each(?2)
                                UNION SELECT 'l', value FROM json_each(?3)) k
             WHERE d.user_id = ?1",
        )
        .bind(&[user, text(&expertise), text(&languages)])?,
        // A listing made anew (a mentor who was not listed for a while) starts from the truth.
        refresh_impact_statement(db, listing.user_id)?,
        super::bump_version_statement(db, super::Versioned::Directory),
    ])
}

/// Recounts the impact totals on a mentor's listing (none when they are not listed): run with
/// every write that changes attendance or accepts an answer, and with every listing.
pub fn refresh_impact_statement(db: &D1Database, mentor: &UserId) -> Result<D1PreparedStatement> {
    db.prepare(
        "UPDATE directory SET
             sessions_held = (SELECT count(*) FROM bookings WHERE mentor_id = ?1 AND attendance = 'held'),
             answers_accepted = (SELECT count(*) FROM offers WHERE mentor_id = ?1 AND status = 'accepted'),
             people_helped = (SELECT count(DISTINCT mentee_id) FROM bookings WHERE mentor_id = ?1 AND attendance = 'held')
                 + (SELECT count(DISTINCT r.author_id) FROM offers f JOIN requests r ON r.id = f.request_id
                    WHERE f.mentor_id = ?1 AND f.status = 'accepted'
                      AND r.author_id NOT IN (SELECT mentee_id FROM bookings WHERE mentor_id = ?1 AND attendance = 'held'))
         WHERE user_id = ?1",
    )
    .bind(&[id(mentor)])
}

/// The mentors whose impact counts `user`: held sessions with them, or answers they accepted.
pub async fn mentors_who_helped(db: &D1Database, user: &UserId) -> Result<Vec<UserId>> {
    #[derive(serde::Deserialize)]
    struct Mentor {
        mentor_id: UserId,
    }
    let rows: Vec<Mentor> = db
        .prepare(
            "SELECT mentor_id FROM bookings WHERE mentee_id = ?1 AND attendance = 'held'
             UNION
             SELECT f.mentor_id FROM offers f JOIN requests r ON r.id = f.request_id
             WHERE r.author_id = ?1 AND f.status = 'accepted'",
        )
        .bind(&[id(user)])?
        .all()
        .await?
        .results()?;
    Ok(rows.into_iter().map(|row| row.mentor_id).collect())
}

pub fn delete_statement(db: &D1Database, user: &UserId) -> Result<D1PreparedStatement> {
    db.prepare("DELETE FROM directory WHERE user_id = ?1").bind(&[id(user)])
}

/// The time zones listed mentors are in, for the scheduled offset refresh.
pub async fn timezones(db: &D1Database) -> Result<Vec<String>> {
    #[derive(serde::Deserialize)]
    struct Zone {
        timezone: String,
    }
    // Profiles hold only zones of the tz database, which names fewer than 600.
    let rows: Vec<Zone> =
        db.prepare("SELECT DISTINCT timezone FROM directory LIMIT 1000").all().await?.results()?;
    Ok(rows.into_iter().map(|row| row.timezone).collect())
}

pub fn set_offset_statement(
    db: &D1Database,
    timezone: &str,
    offset_minutes: i64,
) -> Result<D1PreparedStatement> {
    db.prepare(
        "UPDATE directory SET utc_offset_minutes = ?2 WHERE timezone = ?1 AND utc_offset_minutes != ?2",
    )
    .bind(&[text(timezone), int(offset_minutes)])
}

/// Who is searching, for visibility and time-zone overlap. Hidden profiles are listed for no one,
/// their owners included.
pub struct Searcher<'a> {
    pub organization: Option<&'a str>,
    pub utc_offset_minutes: i64,
    /// The latest free-slot start that counts for `available_within_days`, when given.
    pub available_until: Option<Timestamp>,
    pub now: Timestamp,
}

#[derive(Debug, serde::Deserialize)]
pub struct CardRow {
    pub id: i64,
    pub user_id: UserId,
    pub display_name: String,
    pub headline: String,
    #[serde(deserialize_with = "super::json_text")]
    pub expertise: Vec<String>,
    #[serde(deserialize_with = "super::json_text")]
    pub languages: Vec<String>,
    pub timezone: String,
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
    pub sort_key: serde_json::Value,
}

#[derive(Debug, serde::Serialize, serde::Deserialize)]
pub struct FacetRow {
    pub value: String,
    pub name: Option<String>,
    pub count: u64,
}

/// Turns free text into an FTS5 query: every word must appear, as a word or a word's start; a
/// single letter only as a whole word (as a start it would match most of the directory).
fn fts_query(q: &str) -> Option<String> {
    let term = |word: &&str| {
        if word.chars().count() == 1 { format!("\"{word}\"") } else { format!("\"{word}\"*") }
    };
    let words: Vec<String> = search_terms(q).iter().map(term).collect();
    (!words.is_empty()).then(|| words.join(" "))
}

fn parse<T: serde::de::DeserializeOwned>(json: &str) -> Result<T> {
    serde_json::from_str(json).map_err(|e| worker::Error::RustError(format!("search result: {e}")))
}

/// Matches scored for relevance, at most (`SEARCH_SCORED_MATCHES` lowers it so that tests can
/// cross it): the newest this many matches are ordered by relevance, the rest follow newest first. Scoring costs the same for every match, so without a cap a word
/// in most profiles would score the whole directory; among so many matches the word tells them
/// apart little anyway (its weight in bm25 is near zero).
pub const SCORED_MATCHES: i64 = 1000;

/// The sort key of matches past the scored ones: bm25 scores are always below zero.
const UNSCORED: f64 = 0.0;

/// How a statement asks for a skill or language.
#[derive(Clone, Copy)]
enum TagTest {
    /// Every listing with the tag, read once: for counting all the matches.
    Listed,
    /// Looked up for each listing as it is read: for a page, read in order only until it is full.
    Held,
}

impl TagTest {
    fn condition(self, kind: &str, value: &str) -> String {
        match self {
            TagTest::Listed => {
                format!(
                    "d.id IN (SELECT directory_id FROM directory_tags WHERE kind = '{kind}' AND value = {value})"
                )
            }
            TagTest::Held => format!(
                "EXISTS (SELECT 1 FROM directory_tags t WHERE t.kind = '{kind}' AND t.value = {value} AND t.directory_id = d.id)"
            ),
        }
    }
}

/// The tags a search asks for, skills first (a skill is usually the rarer), as (kind, parameter).
fn tags(search: &Search, binds: &mut Binds) -> Vec<(&'static str, String)> {
    let skills = search.expertise.iter().map(|tag| ("x", tag.as_str()));
    let language = search.language.iter().map(|language| ("l", language.as_str()));
    skills.chain(language).map(|(kind, value)| (kind, binds.add(text(value)))).collect()
}

/// The conditions every result must meet: visible to this searcher, and passing every filter.
/// The text condition, when there is one, is the caller's.
fn conditions(
    search: &Search,
    searcher: &Searcher<'_>,
    tags: &[(&'static str, String)],
    test: TagTest,
    binds: &mut Binds,
) -> Vec<String> {
    let mut conditions = vec![format!(
        "(d.visibility = 'public' OR (d.visibility = 'organization' AND d.organization_domain = {}))",
        binds.add(opt_text(searcher.organization)),
    )];
    conditions.extend(tags.iter().map(|(kind, value)| test.condition(kind, value)));
    if let Some(domain) = &search.organization {
        conditions.push(format!("d.organization_domain = {}", binds.add(text(domain))));
    }
    if let Some(domain) = &search.exclude_organization {
        conditions.push(format!(
            "(d.organization_domain IS NULL OR d.organization_domain != {})",
            binds.add(text(domain))
        ));
    }
    if let Some(stage) = search.career_stage {
        conditions.push(format!("d.career_stage = {}", binds.add(text(stage.as_str()))));
    }
    if let Some(hours) = search.tz_overlap_hours {
        let viewer = binds.add(int(searcher.utc_offset_minutes));
        let diff = format!("(((d.utc_offset_minutes - {viewer}) % 1440) + 1440) % 1440");
        let max = binds.add(int(max_offset_distance_minutes(hours)));
        conditions.push(format!("min({diff}, 1440 - {diff}) <= {max}"));
    }
    if search.available_within_days.is_some() {
        let until = binds.add(searcher.available_until.map_or_else(|| text(""), time));
        // Soonest first reads the free-slot index up to `until`. In any other order the time is
        // tested as each listing is read (`+` keeps SQLite from the index): a page newest first
        // stops once full, where reading everyone free this week from the index would sort most
        // of the directory.
        let free = if search.effective_sort() == Sort::Soonest { "d" } else { "+d" };
        conditions
            .push(format!("{free}.next_free_slot_at IS NOT NULL AND {free}.next_free_slot_at <= {until}"));
    }
    if search.available_now {
        // A window whose last slot is still bookable, and a free slot in it when last computed.
        let last_bookable = searcher.now
            + jiff::SignedDuration::from_mins(
                domain::slots::SLOT_MINUTES + domain::slots::FREE_NOW_NOTICE_MINUTES,
            );
        let until = binds.add(time(last_bookable));
        conditions.push(format!(
            "d.free_now_until >= {until} AND d.next_free_slot_at IS NOT NULL AND d.next_free_slot_at < d.free_now_until"
        ));
    }
    conditions
}

/// The pieces of SQL both search statements share, with their parameters: the conditions, the
/// tags asked for and, for a text search, the parameter holding its FTS5 query.
struct Matching {
    binds: Binds,
    conditions: String,
    tags: Vec<(&'static str, String)>,
    fts: Option<String>,
}

fn matching(search: &Search, searcher: &Searcher<'_>, test: TagTest) -> Matching {
    let mut binds = Binds::default();
    let fts = search.q.as_deref().and_then(fts_query).map(|fts| binds.add(text(&fts)));
    let tags = tags(search, &mut binds);
    // A page, unless one by relevance, is read from its first tag's listings: that tag holds.
    let by_relevance = search.effective_sort() == Sort::Relevance && fts.is_some();
    let read_from_first_tag = matches!(test, TagTest::Held) && !by_relevance;
    let tested = if read_from_first_tag { tags.get(1..).unwrap_or_default() } else { &tags[..] };
    let conditions = conditions(search, searcher, tested, test, &mut binds).join(" AND ");
    Matching { binds, conditions, tags, fts }
}

const CARD_COLUMNS: &str =
    "d.id, d.user_id, d.display_name, d.headline, d.expertise, d.languages, d.timezone,
    d.career_stage, d.organization_domain, o.name AS organization_name, d.accepting_requests,
    d.next_free_slot_at, d.free_now_until, d.sessions_held, d.people_helped, d.answers_accepted";

/// One page of results, in the search's order, after its cursor. Without text and with a
/// selective index this stops after `limit + 1` rows, whatever the directory's size; with text,
/// at most [`SCORED_MATCHES`] are scored.
pub fn page_statement(
    db: &D1Database,
    search: &Search,
    searcher: &Searcher<'_>,
    scored_matches: i64,
) -> Result<D1PreparedStatement> {
    let Matching { mut binds, mut conditions, tags, fts } = matching(search, searcher, TagTest::Held);
    let cursor = search.cursor.as_ref().map(|cursor| {
        let key = match &cursor.key {
            serde_json::Value::Number(n) => JsValue::from_f64(n.as_f64().unwrap_or_default()),
            serde_json::Value::String(s) => text(s),
            _ => JsValue::NULL,
        };
        (binds.add(key), binds.add(int(cursor.id)))
    });
    let limit = binds.add(int(i64::from(search.limit) + 1));
    let sort = search.effective_sort();
    if let (Sort::Relevance, Some(fts)) = (sort, &fts) {
        return relevance_page(db, binds, &conditions, fts, cursor, &limit, scored_matches);
    }
    if let Some(fts) = &fts {
        conditions.push_str(&format!(
            " AND d.id IN (SELECT rowid FROM directory_fts WHERE directory_fts MATCH {fts})"
        ));
    }
    // With a skill or language asked for, that tag's listings are read in the page's order from
    // their own indexes, and only until the page is full. Read from the whole directory instead,
    // a tag most profiles hold would have every one of its listings sorted.
    let (from, listed, free, id) = match tags.first() {
        Some((kind, value)) => (
            format!(
                "directory_tags g CROSS JOIN directory d ON d.id = g.directory_id AND g.kind = '{kind}' AND g.value = {value}"
            ),
            "g.listed_at",
            "g.free_at",
            "g.directory_id",
        ),
        None => ("directory d".to_string(), "d.listed_at", "d.next_free_slot_at", "d.id"),
    };
    let after = |condition: &str| match &cursor {
        Some((k, i)) => format!("AND {}", condition.replace("{k}", k).replace("{i}", i)),
        None => String::new(),
    };
    let sql = match sort {
        Sort::Newest | Sort::Relevance => format!(
            "SELECT {CARD_COLUMNS}, d.listed_at AS sort_key
             FROM {from}
             LEFT JOIN organizations o ON o.domain = d.organization_domain
             WHERE {conditions} {after}
             ORDER BY {listed} DESC, {id} DESC
             LIMIT {limit}",
            after = after(&format!("({listed} < {{k}} OR ({listed} = {{k}} AND {id} < {{i}}))")),
        ),
        // Those with a free slot soonest first, then those without (the key '~' sorts after every
        // time): two index ranges read in order, rather than an expression sorted over all.
        Sort::Soonest => {
            let free_first = format!(
                "SELECT {CARD_COLUMNS}, {free} AS sort_key
                 FROM {from}
                 LEFT JOIN organizations o ON o.domain = d.organization_domain
                 WHERE {conditions} AND {free} IS NOT NULL {free_after}
                 ORDER BY {free} ASC, {id} ASC LIMIT {limit}",
                free_after = after(&format!("({free} > {{k}} OR ({free} = {{k}} AND {id} > {{i}}))")),
            );
            // A search by free slot finds no one without one: nothing to read after them.
            if search.available_within_days.is_some() || search.available_now {
                free_first
            } else {
                format!(
                    "SELECT * FROM ({free_first})
                     UNION ALL
                     SELECT * FROM (
                         SELECT {CARD_COLUMNS}, '~' AS sort_key
                         FROM {from}
                         LEFT JOIN organizations o ON o.domain = d.organization_domain
                         WHERE {conditions} AND {free} IS NULL {none_after}
                         ORDER BY {id} ASC LIMIT {limit})
                     LIMIT {limit}",
                    none_after = after(&format!("({{k}} < '~' OR {id} > {{i}})")),
                )
            }
        }
    };
    db.prepare(sql).bind(&binds.0)
}

/// A page by relevance: the newest `scored_matches` matches by bm25 (lowest first), then the
/// older matches newest first with the key [`UNSCORED`]. The older part is only read once the
/// scored part runs out. The scored matches are ranked before any profile is read, so the
/// profiles are read in rank order and only until the page is full (the `LIMIT` keeps SQLite
/// from flattening the ranking into a sort after the join); the older matches are read newest
/// first in the same way.
fn relevance_page(
    db: &D1Database,
    mut binds: Binds,
    conditions: &str,
    fts: &str,
    cursor: Option<(String, String)>,
    limit: &str,
    scored_matches: i64,
) -> Result<D1PreparedStatement> {
    let cap = binds.add(int(scored_matches));
    let unscored = binds.add(JsValue::from_f64(UNSCORED));
    let (scored_after, unscored_after) = match &cursor {
        Some((k, i)) => (
            format!("AND {k} < {unscored} AND (r.score > {k} OR (r.score = {k} AND r.id > {i}))"),
            format!("AND ({k} < {unscored} OR m.id < {i})"),
        ),
        None => (String::new(), String::new()),
    };
    db.prepare(format!(
        "WITH scored AS MATERIALIZED (
             SELECT rowid AS id, bm25(directory_fts, 8.0, 4.0, 1.0, 6.0) AS score
             FROM directory_fts WHERE directory_fts MATCH {fts} ORDER BY rowid DESC LIMIT {cap})
         SELECT * FROM (
             SELECT {CARD_COLUMNS}, r.score AS sort_key
             FROM (SELECT id, score FROM scored ORDER BY score, id LIMIT {cap}) r
             CROSS JOIN directory d ON d.id = r.id
             LEFT JOIN organizations o ON o.domain = d.organization_domain
             WHERE {conditions} {scored_after}
             ORDER BY r.score ASC, r.id ASC LIMIT {limit})
         UNION ALL
         SELECT * FROM (
             SELECT {CARD_COLUMNS}, {unscored} AS sort_key
             FROM (SELECT rowid AS id FROM directory_fts WHERE directory_fts MATCH {fts}
                       AND rowid < (SELECT min(id) FROM scored) ORDER BY rowid DESC LIMIT -1) m
             CROSS JOIN directory d ON d.id = m.id
             LEFT JOIN organizations o ON o.domain = d.organization_domain
             WHERE {conditions} {unscored_after}
             ORDER BY m.id DESC LIMIT {limit})
         LIMIT {limit}"
    ))
    .bind(&binds.0)
}

/// Splits the fetched page into the page and whether there is more.
pub fn page_rows(result: &worker::D1Result, limit: u32) -> Result<(Vec<CardRow>, bool)> {
    let mut rows: Vec<CardRow> = result.results()?;
    let has_more = rows.len() > limit as usize;
    rows.truncate(limit as usize);
    Ok((rows, has_more))
}

/// The total and facet counts of a search, which do not depend on the page.
#[derive(Debug, serde::Serialize, serde::Deserialize)]
pub struct Summary {
    pub total: u64,
    pub expertise: Vec<FacetRow>,
    pub organizations: Vec<FacetRow>,
    pub languages: Vec<FacetRow>,
}

#[derive(serde::Deserialize)]
struct SummaryRow {
    total: f64,
    expertise: String,
    organizations: String,
    languages: String,
}

/// Counts every result once: one statement, so the matching set is computed once for all counts.
pub async fn summary(db: &D1Database, search: &Search, searcher: &Searcher<'_>) -> Result<Summary> {
    let Matching { binds, mut conditions, fts, .. } = matching(search, searcher, TagTest::Listed);
    if let Some(fts) = &fts {
        conditions.push_str(&format!(
            " AND d.id IN (SELECT rowid FROM directory_fts WHERE directory_fts MATCH {fts})"
        ));
    }
    let sql = format!(
        "WITH matched AS MATERIALIZED (SELECT d.id FROM directory d WHERE {conditions})
         SELECT
             (SELECT count(*) FROM matched) AS total,
             (SELECT json_group_array(json_object('value', value, 'count', count)) FROM (
                 SELECT t.value, count(*) AS count
                 FROM matched m CROSS JOIN directory_tags t ON t.directory_id = m.id AND t.kind = 'x'
                 GROUP BY t.value ORDER BY count DESC, t.value LIMIT 20)) AS expertise,
             (SELECT json_group_array(json_object('value', value, 'count', count)) FROM (
                 SELECT t.value, count(*) AS count
                 FROM matched m CROSS JOIN directory_tags t ON t.directory_id = m.id AND t.kind = 'l'
                 GROUP BY t.value ORDER BY count DESC, t.value LIMIT 20)) AS languages,
             (SELECT json_group_array(json_object('value', value, 'name', name, 'count', count)) FROM (
                 SELECT d.organization_domain AS value, o.name AS name, count(*) AS count
                 FROM matched m CROSS JOIN directory d ON d.id = m.id
                 JOIN organizations o ON o.domain = d.organization_domain
                 GROUP BY d.organization_domain ORDER BY count DESC, d.organization_domain LIMIT 20)) AS organizations"
    );
    let row: Option<SummaryRow> = db.prepare(sql).bind(&binds.0)?.first(None).await?;
    let row = row.ok_or_else(|| worker::Error::RustError("the search summary returned no row".into()))?;
    Ok(Summary {
        total: row.total as u64,
        expertise: parse(&row.expertise)?,
        organizations: parse(&row.organizations)?,
        languages: parse(&row.languages)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_match_as_starts_and_single_letters_as_whole_words() {
        assert_eq!(fts_query("kub a Rust").as_deref(), Some("\"kub\"* \"a\" \"Rust\"*"));
        assert_eq!(fts_query("* \" -"), None);
    }
}

#[derive(serde::Deserialize)]
pub struct PublicListing {
    pub user_id: UserId,
}

/// How many mentors are listed for everyone.
pub async fn public_count(db: &D1Database) -> Result<u64> {
    #[derive(serde::Deserialize)]
    struct Row {
        n: u64,
    }
    let row: Option<Row> =
        db.prepare("SELECT COUNT(*) AS n FROM directory WHERE visibility = 'public'").first(None).await?;
    Ok(row.map_or(0, |row| row.n))
}

/// Page `page` (from 0) of `per_page` mentors listed for everyone, in listing order.
pub async fn public_page(db: &D1Database, page: u64, per_page: u64) -> Result<Vec<PublicListing>> {
    db.prepare("SELECT user_id FROM directory WHERE visibility = 'public' ORDER BY id LIMIT ?1 OFFSET ?2")
        .bind(&[int(per_page as i64), int((page * per_page) as i64)])?
        .all()
        .await?
        .results()
}
