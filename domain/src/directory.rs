//! The mentor directory's search: parameters as a client sends them, checked into a query the
//! worker can run, plus the opaque cursor and the time-zone overlap rule.

use serde::{Deserialize, Serialize};

use crate::account::Organization;
use crate::error::ApiError;
use crate::paging::{base64url_decode, base64url_encode};
use crate::profile::{CareerStage, is_language_code, normalize_tag};

pub const DEFAULT_LIMIT: u32 = 20;
pub const MAX_LIMIT: u32 = 50;
/// Working hours are 09:00–18:00 local: nine hours.
pub const WORKING_HOURS: u32 = 9;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Sort {
    /// Best text match first (newest first when there is no text).
    Relevance,
    /// Earliest free slot first; mentors without one last.
    Soonest,
    /// Most recently listed first.
    Newest,
}

/// A checked search: every value is normalized and within bounds.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Search {
    pub q: Option<String>,
    pub expertise: Vec<String>,
    pub organization: Option<String>,
    pub exclude_organization: Option<String>,
    pub language: Option<String>,
    pub career_stage: Option<CareerStage>,
    pub tz_overlap_hours: Option<u32>,
    pub viewer_timezone: Option<String>,
    pub available_within_days: Option<u32>,
    /// Only mentors who are free right now, with a slot still bookable.
    pub available_now: bool,
    pub sort: Option<Sort>,
    pub limit: u32,
    pub cursor: Option<Cursor>,
}

/// The words of a search, as full-text search matches them: runs of letters and digits, at
/// most 12. Punctuation and operators (`*`, `"`, `NEAR(`, `-`) are never passed through.
pub fn search_terms(q: &str) -> Vec<&str> {
    q.split(|c: char| !c.is_alphanumeric()).filter(|word| !word.is_empty()).take(12).collect()
}

impl Search {
    /// The sort actually applied: relevance needs text to rank by.
    pub fn effective_sort(&self) -> Sort {
        match (self.sort, &self.q) {
            (Some(Sort::Relevance) | None, Some(_)) => Sort::Relevance,
            (Some(Sort::Soonest), _) => Sort::Soonest,
            _ => Sort::Newest,
        }
    }

    /// Parses query-string pairs. Unknown parameters are refused so that typos do not silently
    /// widen a search.
    pub fn parse<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Result<Self, ApiError> {
        let mut search = Search { limit: DEFAULT_LIMIT, ..Search::default() };
        for (key, value) in pairs {
            let value = value.trim();
            match key {
                "q" => {
                    let q = crate::account::collapse_whitespace(value);
                    if q.chars().count() > 200 {
                        return Err(ApiError::invalid_parameter(
                            "q",
                            "Keep the search to 200 characters or fewer.",
                        ));
                    }
                    // Text with no word in it (`*`, `"`, `-`) is no query at all.
                    search.q = (!search_terms(&q).is_empty()).then_some(q);
                }
                "expertise" => {
                    let tag = normalize_tag(value)
                        .map_err(|e| ApiError::invalid_parameter("expertise", e.message))?;
                    if !search.expertise.contains(&tag) {
                        search.expertise.push(tag);
                    }
                    if search.expertise.len() > 10 {
                        return Err(ApiError::invalid_parameter(
                            "expertise",
                            "Filter by at most 10 skills at once.",
                        ));
                    }
                }
                "organization" => search.organization = Some(parse_domain("organization", value)?),
                "exclude_organization" => {
                    search.exclude_organization = Some(parse_domain("exclude_organization", value)?)
                }
                "language" => {
                    let code = value.to_ascii_lowercase();
                    if !is_language_code(&code) {
                        return Err(ApiError::invalid_parameter(
                            "language",
                            "Use an ISO 639-1 language code such as en or es.",
                        ));
                    }
                    search.language = Some(code);
                }
                "career_stage" => {
                    search.career_stage = Some(CareerStage::parse(value).ok_or_else(|| {
                        ApiError::invalid_parameter(
                            "career_stage",
                            "Use one of student, early, mid, senior, lead, executive.",
                        )
                    })?)
                }
                "tz_overlap_hours" => {
                    search.tz_overlap_hours = Some(parse_number("tz_overlap_hours", value, 1, WORKING_HOURS)?)
                }
                "viewer_timezone" => {
                    let zone = crate::profile::parse_timezone(value)
                        .map_err(|e| ApiError::invalid_parameter("viewer_timezone", e.message))?;
                    search.viewer_timezone = Some(zone);
                }
                "available_within_days" => {
                    search.available_within_days = Some(parse_number("available_within_days", value, 1, 60)?)
                }
                "available_now" => {
                    search.available_now = match value {
                        "true" => true,
                        "false" => false,
                        _ => return Err(ApiError::invalid_parameter("available_now", "Use true or false.")),
                    }
                }
                "sort" => {
                    search.sort = Some(match value {
                        "relevance" => Sort::Relevance,
                        "soonest" => Sort::Soonest,
                        "newest" => Sort::Newest,
                        _ => {
                            return Err(ApiError::invalid_parameter(
                                "sort",
                                "Use relevance, soonest or newest.",
                            ));
                        }
                    })
                }
                "limit" => search.limit = parse_number("limit", value, 1, MAX_LIMIT)?,
                "cursor" => {
                    search.cursor = Some(Cursor::decode(value).ok_or_else(|| {
                        ApiError::invalid_parameter("cursor", "This cursor is not valid; start again.")
                    })?)
                }
                other => {
                    return Err(ApiError::invalid_parameter(
                        other,
                        format!("\"{other}\" is not a search parameter."),
                    ));
                }
            }
        }
        if search.cursor.as_ref().is_some_and(|cursor| cursor.sort != search.effective_sort()) {
            return Err(ApiError::invalid_parameter("cursor", "This cursor belongs to another ordering."));
        }
        Ok(search)
    }
}

fn parse_number(field: &str, value: &str, min: u32, max: u32) -> Result<u32, ApiError> {
    value
        .parse::<u32>()
        .ok()
        .filter(|n| (min..=max).contains(n))
        .ok_or_else(|| ApiError::invalid_parameter(field, format!("Use a whole number from {min} to {max}.")))
}

fn parse_domain(field: &str, value: &str) -> Result<String, ApiError> {
    let domain = value.to_ascii_lowercase();
    let valid = domain.len() <= 253
        && domain.contains('.')
        && domain.split('.').all(|label| {
            !label.is_empty()
                && label.len() <= 63
                && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        });
    if valid {
        Ok(domain)
    } else {
        Err(ApiError::invalid_parameter(field, "Use an organization's domain, such as acme.com."))
    }
}

/// Where the previous page ended: its ordering, the last sort key and the last row's id.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Cursor {
    #[serde(rename = "s")]
    pub sort: Sort,
    /// The last row's sort key: a relevance score, a timestamp, or null.
    #[serde(rename = "k")]
    pub key: serde_json::Value,
    #[serde(rename = "i")]
    pub id: i64,
}

impl Eq for Cursor {}

impl Cursor {
    pub fn encode(&self) -> String {
        base64url_encode(serde_json::to_string(self).unwrap_or_default().as_bytes())
    }

    pub fn decode(text: &str) -> Option<Self> {
        if text.len() > 400 {
            return None;
        }
        serde_json::from_slice(&base64url_decode(text)?).ok()
    }
}

/// The largest circular distance, in minutes, between two UTC offsets whose 09:00–18:00 working
/// days still share `hours`. Two nine-hour windows `d` apart share `9h - d`.
pub fn max_offset_distance_minutes(hours: u32) -> i64 {
    i64::from(WORKING_HOURS.saturating_sub(hours)) * 60
}

/// Working hours two UTC offsets share, in minutes.
pub fn shared_working_minutes(offset_a_minutes: i64, offset_b_minutes: i64) -> i64 {
    let diff = (offset_a_minutes - offset_b_minutes).rem_euclid(24 * 60);
    let distance = diff.min(24 * 60 - diff);
    (i64::from(WORKING_HOURS) * 60 - distance).max(0)
}

/// A mentor's impact in totals, as their card shows it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CardImpact {
    pub sessions_held: u32,
    pub people_helped: u32,
    pub answers_accepted: u32,
}

impl CardImpact {
    /// "12 sessions held · 9 people helped · 3 answers accepted", leaving out what is zero;
    /// nothing for a mentor who has not helped anyone yet.
    pub fn line(&self) -> Option<String> {
        let counted = |n: u32, one: &str, many: &str| {
            (n > 0).then(|| format!("{n} {}", if n == 1 { one } else { many }))
        };
        let parts: Vec<String> = [
            counted(self.sessions_held, "session held", "sessions held"),
            counted(self.people_helped, "person helped", "people helped"),
            counted(self.answers_accepted, "answer accepted", "answers accepted"),
        ]
        .into_iter()
        .flatten()
        .collect();
        (!parts.is_empty()).then(|| parts.join(" · "))
    }
}

/// A mentor as listed in the directory.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MentorCard {
    /// The user's id (`GET /api/mentors/{id}` has the whole profile).
    pub id: String,
    pub display_name: String,
    pub headline: String,
    pub organization: Option<Organization>,
    pub expertise: Vec<String>,
    pub languages: Vec<String>,
    pub timezone: String,
    pub career_stage: Option<CareerStage>,
    pub accepting_requests: bool,
    /// The mentor's earliest free slot, once they offer slots.
    pub next_free_slot: Option<String>,
    /// While the mentor is free right now: when that ends.
    #[serde(default)]
    pub free_now_until: Option<String>,
    /// The mentor's impact in totals (the profile's `impact` has kudos and the rest).
    #[serde(default)]
    pub impact: CardImpact,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(query: &[(&str, &str)]) -> Result<Search, ApiError> {
        Search::parse(query.iter().copied())
    }

    #[test]
    fn an_impact_line_names_what_is_not_zero_in_the_singular_or_plural() {
        assert_eq!(CardImpact::default().line(), None);
        let impact = CardImpact { sessions_held: 12, people_helped: 1, answers_accepted: 0 };
        assert_eq!(impact.line().as_deref(), Some("12 sessions held · 1 person helped"));
        let impact = CardImpact { sessions_held: 0, people_helped: 0, answers_accepted: 3 };
        assert_eq!(impact.line().as_deref(), Some("3 answers accepted"));
    }

    #[test]
    fn parameters_are_normalized() {
        let search = parse(&[
            ("q", "  rust   async "),
            ("expertise", "Rust"),
            ("expertise", "rust "),
            ("expertise", "Kubernetes"),
            ("language", "ES"),
            ("organization", "Acme.COM"),
            ("limit", "50"),
        ])
        .unwrap();
        assert_eq!(search.q.as_deref(), Some("rust async"));
        assert_eq!(search.expertise, vec!["rust", "kubernetes"]);
        assert_eq!(search.language.as_deref(), Some("es"));
        assert_eq!(search.organization.as_deref(), Some("acme.com"));
        assert_eq!(search.limit, 50);
        assert_eq!(search.effective_sort(), Sort::Relevance);
    }

    #[test]
    fn bad_parameters_name_their_field() {
        for (key, value) in [
            ("limit", "0"),
            ("limit", "51"),
            ("limit", "ten"),
            ("language", "english"),
            ("career_stage", "wizard"),
            ("tz_overlap_hours", "10"),
            ("sort", "random"),
            ("cursor", "!!!"),
            ("organization", "not a domain"),
            ("available_within_days", "-1"),
            ("viewer_timezone", "Mars/Base"),
            ("colour", "blue"),
        ] {
            let error = parse(&[(key, value)]).unwrap_err();
            assert_eq!(error.status(), 400, "{key}={value}");
            assert_eq!(error.field.as_deref(), Some(key), "{key}={value}");
        }
    }

    #[test]
    fn relevance_without_text_orders_by_newest() {
        assert_eq!(parse(&[]).unwrap().effective_sort(), Sort::Newest);
        assert_eq!(parse(&[("sort", "relevance")]).unwrap().effective_sort(), Sort::Newest);
        assert_eq!(parse(&[("sort", "soonest"), ("q", "x")]).unwrap().effective_sort(), Sort::Soonest);
    }

    #[test]
    fn cursors_round_trip_and_belong_to_one_ordering() {
        let cursor = Cursor { sort: Sort::Newest, key: serde_json::json!("2026-11-24T10:00:00Z"), id: 42 };
        assert_eq!(Cursor::decode(&cursor.encode()), Some(cursor.clone()));
        let encoded = cursor.encode();
        assert!(parse(&[("cursor", encoded.as_str())]).is_ok());
        let error = parse(&[("cursor", encoded.as_str()), ("q", "rust")]).unwrap_err();
        assert_eq!(error.field.as_deref(), Some("cursor"));
    }

    #[test]
    fn a_relevance_score_in_a_cursor_comes_back_to_the_last_bit() {
        for score in [-1.2345678901234567e-6, -0.000_002_187_535_184_413_259_7, -3.0000000000000004, -7.1e-7]
        {
            let cursor = Cursor { sort: Sort::Relevance, key: serde_json::json!(score), id: 7 };
            let back = Cursor::decode(&cursor.encode()).unwrap();
            assert_eq!(back.key.as_f64().unwrap().to_bits(), f64::to_bits(score), "{score}");
        }
    }

    #[test]
    fn working_hours_overlap() {
        assert_eq!(shared_working_minutes(0, 0), 9 * 60);
        assert_eq!(shared_working_minutes(60, 0), 8 * 60, "London summer and UTC");
        assert_eq!(shared_working_minutes(330, 60), 9 * 60 - 270, "Kolkata and London summer");
        assert_eq!(shared_working_minutes(-300, 330), 0, "New York and Kolkata");
        assert_eq!(
            shared_working_minutes(765, -600),
            9 * 60 - 75,
            "Chatham and Honolulu, across the date line"
        );
        assert_eq!(max_offset_distance_minutes(9), 0);
        assert_eq!(max_offset_distance_minutes(1), 8 * 60);
    }

    #[test]
    fn text_without_words_is_no_query() {
        for q in ["*", "\"", "-", "\u{0}", "  ()  "] {
            let search = parse(&[("q", q)]).unwrap();
            assert_eq!(search.q, None, "{q:?}");
            assert_eq!(search.effective_sort(), Sort::Newest, "{q:?}");
        }
        assert_eq!(search_terms("NEAR( kubernetes AND \"go\""), ["NEAR", "kubernetes", "AND", "go"]);
        assert_eq!(search_terms("a b c d e f g h i j k l m n o p").len(), 12);
    }
}
