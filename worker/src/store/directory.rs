//! The directory tables: listing rows in step with profiles, and searching them.

use domain::directory::{Search, Sort, max_offset_distance_minutes};
use domain::profile::{CareerStage, ProfileFields};
use worker::wasm_bindgen::JsValue;
use worker::{D1Database, D1PreparedStatement, Result};

use super::{int, opt_text, text};

/// A profile is listed when its owner mentors and has given a name.
pub fn is_listed(fields: &ProfileFields) -> bool {
    fields.is_mentor && !fields.display_name.is_empty()
}

pub struct Listing<'a> {
    pub user_id: &'a str,
    pub fields: &'a ProfileFields,
    pub organization_domain: Option<&'a str>,
    pub utc_offset_minutes: i64,
    pub now: &'a str,
}

/// Statements that list, update or unlist a profile, to run in one batch with its save.
pub fn sync_statements(db: &D1Database, listing: &Listing<'_>) -> Result<Vec<D1PreparedStatement>> {
    let user = text(listing.user_id);
    if !is_listed(listing.fields) {
        return Ok(vec![
            db.prepare("DELETE FROM directory WHERE user_id = ?1")
                .bind(&[user])?,
        ]);
    }
    let fields = listing.fields;
    let expertise = serde_json::to_string(&fields.expertise).unwrap_or_else(|_| "[]".into());
    let languages = serde_json::to_string(&fields.languages).unwrap_or_else(|_| "[]".into());
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
            text(listing.now),
        ])?,
        db.prepare("DELETE FROM directory_tags WHERE directory_id = (SELECT id FROM directory WHERE user_id = ?1)")
            .bind(std::slice::from_ref(&user))?,
        db.prepare(
            "INSERT INTO directory_tags (kind, value, directory_id)
             SELECT 'x', j.value, d.id FROM directory d, json_each(?2) j WHERE d.user_id = ?1
             UNION
             SELECT 'l', j.value, d.id FROM directory d, json_each(?3) j WHERE d.user_id = ?1",
        )
        .bind(&[user, text(&expertise), text(&languages)])?,
    ])
}

pub fn delete_statement(db: &D1Database, user_id: &str) -> Result<D1PreparedStatement> {
    db.prepare("DELETE FROM directory WHERE user_id = ?1")
        .bind(&[text(user_id)])
}

/// The time zones listed mentors are in, for the hourly offset refresh.
pub async fn timezones(db: &D1Database) -> Result<Vec<String>> {
    #[derive(serde::Deserialize)]
    struct Zone {
        timezone: String,
    }
    let rows: Vec<Zone> = db
        .prepare("SELECT DISTINCT timezone FROM directory")
        .all()
        .await?
        .results()?;
    Ok(rows.into_iter().map(|row| row.timezone).collect())
}

pub fn set_offset_statement(
    db: &D1Database,
    timezone: &str,
    offset_minutes: i64,
) -> Result<D1PreparedStatement> {
    db.prepare("UPDATE directory SET utc_offset_minutes = ?2 WHERE timezone = ?1 AND utc_offset_minutes != ?2")
        .bind(&[text(timezone), int(offset_minutes)])
}

/// Who is searching, for visibility and time-zone overlap.
pub struct Searcher<'a> {
    pub user_id: Option<&'a str>,
    pub organization: Option<&'a str>,
    pub utc_offset_minutes: i64,
    /// The latest free-slot start that counts for `available_within_days`, when given.
    pub available_until: Option<String>,
}

#[derive(Debug, serde::Deserialize)]
pub struct CardRow {
    pub id: i64,
    pub user_id: String,
    pub display_name: String,
    pub headline: String,
    pub expertise: String,
    pub languages: String,
    pub timezone: String,
    pub career_stage: Option<String>,
    pub organization_domain: Option<String>,
    pub organization_name: Option<String>,
    pub accepting_requests: i64,
    pub next_free_slot_at: Option<String>,
    pub sort_key: serde_json::Value,
}

#[derive(serde::Deserialize)]
struct Total {
    total: f64,
}

#[derive(serde::Deserialize)]
pub struct FacetRow {
    pub value: String,
    pub name: Option<String>,
    pub count: f64,
}

pub struct SearchResult {
    pub rows: Vec<CardRow>,
    pub has_more: bool,
    pub total: u64,
    pub expertise: Vec<FacetRow>,
    pub organizations: Vec<FacetRow>,
    pub languages: Vec<FacetRow>,
}

/// Turns free text into an FTS5 query: every word must appear, as a word or a word's start.
fn fts_query(q: &str) -> Option<String> {
    let words: Vec<String> = q
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .take(12)
        .map(|word| format!("\"{word}\"*"))
        .collect();
    (!words.is_empty()).then(|| words.join(" "))
}

/// The `matched` CTE: ids (and relevance) of every listed mentor this searcher may see that
/// passes every filter.
fn matched_cte(search: &Search, searcher: &Searcher<'_>) -> (String, Vec<JsValue>) {
    let mut binds: Vec<JsValue> = Vec::new();
    let mut bind = |value: JsValue| {
        binds.push(value);
        format!("?{}", binds.len())
    };
    let fts = search.q.as_deref().and_then(fts_query);
    let (score, join) = match &fts {
        Some(_) => (
            "bm25(directory_fts, 8.0, 4.0, 1.0, 6.0)",
            "JOIN directory_fts ON directory_fts.rowid = d.id",
        ),
        None => ("0.0", ""),
    };
    let mut conditions = vec![format!(
        "(d.visibility = 'public' OR (d.visibility = 'organization' AND d.organization_domain = {}) OR d.user_id = {})",
        bind(opt_text(searcher.organization)),
        bind(opt_text(searcher.user_id)),
    )];
    if let Some(fts) = &fts {
        conditions.push(format!("directory_fts MATCH {}", bind(text(fts))));
    }
    for tag in &search.expertise {
        conditions.push(format!(
            "d.id IN (SELECT directory_id FROM directory_tags WHERE kind = 'x' AND value = {})",
            bind(text(tag))
        ));
    }
    if let Some(language) = &search.language {
        conditions.push(format!(
            "d.id IN (SELECT directory_id FROM directory_tags WHERE kind = 'l' AND value = {})",
            bind(text(language))
        ));
    }
    if let Some(domain) = &search.organization {
        conditions.push(format!("d.organization_domain = {}", bind(text(domain))));
    }
    if let Some(domain) = &search.exclude_organization {
        conditions.push(format!(
            "(d.organization_domain IS NULL OR d.organization_domain != {})",
            bind(text(domain))
        ));
    }
    if let Some(stage) = search.career_stage {
        conditions.push(format!("d.career_stage = {}", bind(text(stage.as_str()))));
    }
    if let Some(hours) = search.tz_overlap_hours {
        let viewer = bind(int(searcher.utc_offset_minutes));
        let diff = format!("(((d.utc_offset_minutes - {viewer}) % 1440) + 1440) % 1440");
        conditions.push(format!(
            "min({diff}, 1440 - {diff}) <= {}",
            bind(int(max_offset_distance_minutes(hours)))
        ));
    }
    if search.available_within_days.is_some() {
        let until = searcher.available_until.clone().unwrap_or_default();
        conditions.push(format!(
            "d.next_free_slot_at IS NOT NULL AND d.next_free_slot_at <= {}",
            bind(text(&until))
        ));
    }
    let sql = format!(
        "WITH matched AS (SELECT d.id, {score} AS score FROM directory d {join} WHERE {})",
        conditions.join(" AND ")
    );
    (sql, binds)
}

pub async fn search(
    db: &D1Database,
    search: &Search,
    searcher: &Searcher<'_>,
) -> Result<SearchResult> {
    let (cte, binds) = matched_cte(search, searcher);
    let sort = search.effective_sort();
    let (sort_key, order, after) = match sort {
        Sort::Relevance => (
            "m.score",
            "m.score ASC, d.id ASC",
            "(m.score > {k} OR (m.score = {k} AND d.id > {i}))",
        ),
        Sort::Newest => (
            "d.listed_at",
            "d.listed_at DESC, d.id DESC",
            "(d.listed_at < {k} OR (d.listed_at = {k} AND d.id < {i}))",
        ),
        Sort::Soonest => (
            "coalesce(d.next_free_slot_at, '~')",
            "coalesce(d.next_free_slot_at, '~') ASC, d.id ASC",
            "(coalesce(d.next_free_slot_at, '~') > {k} OR (coalesce(d.next_free_slot_at, '~') = {k} AND d.id > {i}))",
        ),
    };
    let mut page_binds = binds.clone();
    let keyset = match &search.cursor {
        Some(cursor) => {
            let key = match &cursor.key {
                serde_json::Value::Number(n) => JsValue::from_f64(n.as_f64().unwrap_or_default()),
                serde_json::Value::String(s) => text(s),
                _ => JsValue::NULL,
            };
            page_binds.push(key);
            let k = format!("?{}", page_binds.len());
            page_binds.push(int(cursor.id));
            let i = format!("?{}", page_binds.len());
            format!("WHERE {}", after.replace("{k}", &k).replace("{i}", &i))
        }
        None => String::new(),
    };
    page_binds.push(int(i64::from(search.limit) + 1));
    let limit = format!("?{}", page_binds.len());
    let page = db
        .prepare(format!(
            "{cte}
             SELECT d.id, d.user_id, d.display_name, d.headline, d.expertise, d.languages, d.timezone,
                    d.career_stage, d.organization_domain, o.name AS organization_name,
                    d.accepting_requests, d.next_free_slot_at, {sort_key} AS sort_key
             FROM matched m JOIN directory d ON d.id = m.id
             LEFT JOIN organizations o ON o.domain = d.organization_domain
             {keyset}
             ORDER BY {order}
             LIMIT {limit}"
        ))
        .bind(&page_binds)?;
    let total = db
        .prepare(format!("{cte} SELECT count(*) AS total FROM matched"))
        .bind(&binds)?;
    let tags = |kind: &str| {
        format!(
            "{cte} SELECT t.value AS value, NULL AS name, count(*) AS count
             FROM matched m JOIN directory_tags t ON t.directory_id = m.id AND t.kind = '{kind}'
             GROUP BY t.value ORDER BY count DESC, t.value LIMIT 20"
        )
    };
    let expertise = db.prepare(tags("x")).bind(&binds)?;
    let languages = db.prepare(tags("l")).bind(&binds)?;
    let organizations = db
        .prepare(format!(
            "{cte} SELECT d.organization_domain AS value, o.name AS name, count(*) AS count
             FROM matched m JOIN directory d ON d.id = m.id
             JOIN organizations o ON o.domain = d.organization_domain
             GROUP BY d.organization_domain ORDER BY count DESC, d.organization_domain LIMIT 20"
        ))
        .bind(&binds)?;

    let results = db
        .batch(vec![page, total, expertise, organizations, languages])
        .await?;
    let [page, total, expertise, organizations, languages] =
        <[worker::D1Result; 5]>::try_from(results).map_err(|_| {
            worker::Error::RustError("the search batch returned too few results".into())
        })?;
    let mut rows: Vec<CardRow> = page.results()?;
    let has_more = rows.len() > search.limit as usize;
    rows.truncate(search.limit as usize);
    let total = total
        .results::<Total>()?
        .first()
        .map_or(0, |t| t.total as u64);
    Ok(SearchResult {
        rows,
        has_more,
        total,
        expertise: expertise.results()?,
        organizations: organizations.results()?,
        languages: languages.results()?,
    })
}
