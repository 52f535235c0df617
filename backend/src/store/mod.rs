//! All SQL lives under this module, one file per table (or tight group of tables). Rows are
//! decoded into domain types here: ids as their newtypes, instants as `Timestamp`, statuses as
//! the domain's enums; text exists only in the SQL and its parameters.

pub mod availability;
pub mod bookings;
pub mod cache;
pub mod calendars;
pub mod directory;
pub mod growth;
pub mod insights;
pub mod login_codes;
pub mod matching;
pub mod organizations;
pub mod outbox;
pub mod outcomes;
pub mod profiles;
pub mod rate_events;
pub mod requests;
pub mod sessions;
pub mod threads;
pub mod users;
pub mod wrapup;

use domain::error::ApiError;
use jiff::Timestamp;
use serde::de::DeserializeOwned;
use worker::wasm_bindgen::JsValue;

use crate::error::AppError;

/// Numbered parameters for a statement being assembled.
#[derive(Default)]
pub struct Binds(pub Vec<JsValue>);

impl Binds {
    /// Adds a parameter; returns its placeholder (`?N`).
    pub fn add(&mut self, value: JsValue) -> String {
        self.0.push(value);
        format!("?{}", self.0.len())
    }
}

pub fn text(value: &str) -> JsValue {
    JsValue::from_str(value)
}

pub fn int(value: i64) -> JsValue {
    // D1 takes numbers; every integer we store is far below 2^53.
    JsValue::from_f64(value as f64)
}

pub fn opt_text(value: Option<&str>) -> JsValue {
    value.map_or(JsValue::NULL, JsValue::from_str)
}

/// An id newtype as its stored text.
pub fn id(value: &impl AsRef<str>) -> JsValue {
    text(value.as_ref())
}

pub fn opt_id<T: AsRef<str>>(value: Option<&T>) -> JsValue {
    opt_text(value.map(AsRef::as_ref))
}

/// An instant as stored: RFC 3339 in UTC, to the second, so that text order is time order.
pub fn time(at: Timestamp) -> JsValue {
    text(&domain::time::rfc3339(at))
}

pub fn opt_time(at: Option<Timestamp>) -> JsValue {
    at.map_or(JsValue::NULL, time)
}

/// A list of tags, codes or ids as the JSON text a column stores or `json_each` reads.
pub fn json_list<T: serde::Serialize>(items: &[T]) -> String {
    serde_json::to_string(items).unwrap_or_else(|_| "[]".into())
}

/// Decodes a column holding a JSON list of text (tags, language codes); unreadable is empty.
pub fn json_text<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<Vec<String>, D::Error> {
    let raw: String = serde::Deserialize::deserialize(deserializer)?;
    Ok(serde_json::from_str(&raw).unwrap_or_default())
}

/// Decodes a 0/1 column.
pub fn flag<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<bool, D::Error> {
    let raw: i64 = serde::Deserialize::deserialize(deserializer)?;
    Ok(raw != 0)
}

/// Decodes a nullable 0/1 column.
pub fn opt_flag<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<Option<bool>, D::Error> {
    let raw: Option<i64> = serde::Deserialize::deserialize(deserializer)?;
    Ok(raw.map(|raw| raw != 0))
}

/// The rows of the batch result at `index` (none when the batch returned fewer results).
pub fn rows_at<T: serde::de::DeserializeOwned>(
    results: &[worker::D1Result],
    index: usize,
) -> worker::Result<Vec<T>> {
    results.get(index).map(|result| result.results::<T>()).transpose().map(Option::unwrap_or_default)
}

/// The first row a statement of a batch returned.
pub fn first<T: DeserializeOwned>(result: &worker::D1Result) -> worker::Result<Option<T>> {
    Ok(result.results::<T>()?.into_iter().next())
}

/// Data whose every change raises a version number in `meta`, so that answers cached under the
/// version are never stale.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Versioned {
    /// Listings: search totals and facets.
    Directory,
    /// The insights aggregates: raised by every scheduled run that changes them.
    Insights,
    /// Mentors' next free slots: raised by a trigger whenever one changes, for the searches by
    /// free slot ("free within N days"). Bookings change them all day long, so they do not
    /// raise the directory's version, which every other search is cached under.
    FreeSlots,
}

impl Versioned {
    const fn key(self) -> &'static str {
        match self {
            Self::Directory => "directory_version",
            Self::Insights => "insights_version",
            Self::FreeSlots => "free_slots_version",
        }
    }
}

pub fn version_statement(db: &worker::D1Database, data: Versioned) -> worker::D1PreparedStatement {
    versions_statement(db, &[data])
}

/// The versions of everything an answer depends on, as one `version`.
pub fn versions_statement(db: &worker::D1Database, data: &[Versioned]) -> worker::D1PreparedStatement {
    let parts: Vec<String> = data
        .iter()
        .map(|data| format!("coalesce((SELECT value FROM meta WHERE key = '{}'), '0')", data.key()))
        .collect();
    db.prepare(format!("SELECT {} AS version", parts.join(" || '.' || ")))
}

pub fn bump_version_statement(db: &worker::D1Database, data: Versioned) -> worker::D1PreparedStatement {
    bump_version_when_statement(db, data, "1")
}

/// Raises the version only when `condition` (SQL) holds as the statement runs.
pub fn bump_version_when_statement(
    db: &worker::D1Database,
    data: Versioned,
    condition: &str,
) -> worker::D1PreparedStatement {
    db.prepare(format!(
        "INSERT INTO meta (key, value) SELECT '{}', '1' WHERE {condition}
         ON CONFLICT (key) DO UPDATE SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT)",
        data.key()
    ))
}

/// The version a [`version_statement`] read.
pub fn version_of(result: &worker::D1Result) -> worker::Result<String> {
    #[derive(serde::Deserialize)]
    struct Version {
        version: String,
    }
    Ok(result.results::<Version>()?.pop().map(|v| v.version).unwrap_or_default())
}

/// How many rows a write changed, counting the rows its triggers wrote (D1 reports both).
pub fn changes(result: &worker::D1Result) -> usize {
    result.meta().ok().flatten().and_then(|meta| meta.changes).unwrap_or(0)
}

/// Whether a guarded write changed its row. Triggers (insights' out-of-date marks) write only
/// when the statement itself changed a row, so "any change" is "the statement's change".
pub fn changed(result: &worker::D1Result) -> bool {
    changes(result) > 0
}

/// The unique indexes whose refusal means something to a client (see the migrations).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unique {
    /// `bookings_one_live_per_mentor_start`: one live booking per mentor and start.
    BookingLiveStart,
    /// `bookings_by_idempotency_key`: one booking per mentee and key.
    BookingIdempotencyKey,
    /// `offers_one_per_mentor`: one offer per mentor and request.
    OfferPerMentor,
}

impl Unique {
    const ALL: [Self; 3] = [Self::BookingLiveStart, Self::BookingIdempotencyKey, Self::OfferPerMentor];

    pub const fn index_name(self) -> &'static str {
        match self {
            Self::BookingLiveStart => "bookings_one_live_per_mentor_start",
            Self::BookingIdempotencyKey => "bookings_by_idempotency_key",
            Self::OfferPerMentor => "offers_one_per_mentor",
        }
    }

    /// SQLite names an index's columns, not the index, when it refuses a write.
    const fn columns(self) -> &'static str {
        match self {
            Self::BookingLiveStart => "bookings.mentor_id, bookings.start_at",
            Self::BookingIdempotencyKey => "bookings.mentee_id, bookings.idempotency_key",
            Self::OfferPerMentor => "offers.request_id, offers.mentor_id",
        }
    }
}

/// Maps a write refused by the unique index `index` to the client error `refusal`; any other
/// failure stays internal. Which index refused is read in one place, `store::unique_violation`.
pub fn on_unique(index: Unique, refusal: fn() -> ApiError) -> impl FnOnce(worker::Error) -> AppError {
    move |error| match unique_violation(&error) {
        Some(refused) if refused == index => refusal().into(),
        Some(other) => AppError::Internal(format!("refused by the unique index {}", other.index_name())),
        None => error.into(),
    }
}

/// Which unique index refused a write, if one did: the one place that reads D1's error text.
pub fn unique_violation(error: &worker::Error) -> Option<Unique> {
    let message = error.to_string();
    let (_, columns) = message.split_once("UNIQUE constraint failed: ")?;
    Unique::ALL.into_iter().find(|index| columns.starts_with(index.columns()))
}

#[cfg(test)]
mod tests {
    use super::*;

    const MIGRATIONS: [&str; 2] = [
        include_str!("../../../worker/migrations/0004_create_bookings.sql"),
        include_str!("../../../worker/migrations/0005_create_requests.sql"),
    ];

    #[test]
    fn each_mapped_index_exists_on_the_columns_it_is_known_by() {
        for index in Unique::ALL {
            let (table, columns) =
                index.columns().split_once('.').map(|(t, _)| t).zip(Some(index.columns())).unwrap();
            let bare = columns.replace(&format!("{table}."), "");
            let declared = format!("CREATE UNIQUE INDEX {} ON {table} ({bare})", index.index_name());
            assert!(MIGRATIONS.iter().any(|sql| sql.contains(&declared)), "{declared}");
        }
    }

    #[test]
    fn a_refusal_is_named_by_its_index() {
        let error = |text: &str| worker::Error::RustError(text.into());
        let live =
            "D1_ERROR: UNIQUE constraint failed: bookings.mentor_id, bookings.start_at: SQLITE_CONSTRAINT";
        assert_eq!(unique_violation(&error(live)), Some(Unique::BookingLiveStart));
        let key = "UNIQUE constraint failed: bookings.mentee_id, bookings.idempotency_key";
        assert_eq!(unique_violation(&error(key)), Some(Unique::BookingIdempotencyKey));
        let offer = "UNIQUE constraint failed: offers.request_id, offers.mentor_id";
        assert_eq!(unique_violation(&error(offer)), Some(Unique::OfferPerMentor));
        assert_eq!(unique_violation(&error("UNIQUE constraint failed: users.email")), None);
        assert_eq!(unique_violation(&error("no such table: bookings")), None);
    }
}
