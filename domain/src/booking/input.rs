//! What clients send to book, move and cancel sessions and to page through them.

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use crate::error::ApiError;

/// An RFC 3339 instant that must fall on a quarter hour.
pub fn parse_quarter_hour(field: &str, raw: &str) -> Result<Timestamp, ApiError> {
    let at: Timestamp = raw.trim().parse().map_err(|_| {
        ApiError::validation(field, format!("\"{raw}\" is not a time like 2026-12-01T14:00:00Z."))
    })?;
    if at.as_second().rem_euclid(15 * 60) != 0 || at.subsec_nanosecond() != 0 {
        return Err(ApiError::validation(field, "Slots start on a quarter hour (:00, :15, :30 or :45)."));
    }
    Ok(at)
}

/// The start of a slot to book or offer: slots start on a quarter hour, or on a 5-minute mark
/// while the mentor is free now, within reach of `now`; whether it is one of the mentor's slots
/// is checked after.
pub fn parse_slot_start(field: &str, raw: &str, now: Timestamp) -> Result<Timestamp, ApiError> {
    let at = crate::time::parse_client_instant(field, raw, now)?;
    if at.as_second().rem_euclid(5 * 60) != 0 || at.subsec_nanosecond() != 0 {
        return Err(ApiError::validation(
            field,
            "Slots start on a quarter hour, or on a 5-minute mark when the mentor is free now.",
        ));
    }
    Ok(at)
}

/// `POST /api/bookings`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct BookingRequest {
    pub mentor_id: String,
    /// The slot's start, RFC 3339.
    pub start: String,
    /// What the mentee wants from the 15 minutes; 1–500 characters.
    pub agenda: String,
    /// A held session with the same mentor that this one follows up.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub follow_up_of: Option<String>,
}

pub const MAX_AGENDA_CHARS: usize = 500;

pub fn parse_agenda(raw: &str) -> Result<String, ApiError> {
    let agenda = raw.trim().replace("\r\n", "\n");
    if agenda.is_empty() {
        return Err(ApiError::validation("agenda", "Say what you'd like from the 15 minutes."));
    }
    if agenda.chars().count() > MAX_AGENDA_CHARS {
        return Err(ApiError::validation(
            "agenda",
            format!("Keep the agenda to {MAX_AGENDA_CHARS} characters or fewer."),
        ));
    }
    if agenda.chars().any(|c| c.is_control() && !matches!(c, '\n' | '\t')) {
        return Err(ApiError::validation("agenda", "The agenda contains characters that cannot be shown."));
    }
    Ok(agenda)
}

/// Why a booking is cancelled, as either side writes it: optional, at most 500 characters, no
/// control characters.
pub fn parse_cancel_reason(raw: Option<&str>) -> Result<Option<String>, ApiError> {
    let Some(reason) = raw.map(|r| r.trim().replace("\r\n", "\n")).filter(|r| !r.is_empty()) else {
        return Ok(None);
    };
    if reason.chars().count() > MAX_AGENDA_CHARS {
        return Err(ApiError::validation("reason", "Keep the reason to 500 characters or fewer."));
    }
    if reason.chars().any(|c| c.is_control() && !matches!(c, '\n' | '\t')) {
        return Err(ApiError::validation("reason", "The reason contains characters that cannot be shown."));
    }
    Ok(Some(reason))
}

/// Where a page of `GET /api/me/bookings` ended. Upcoming sessions come first, soonest first,
/// then past ones, latest first; `now` is where the first page split them, so that later pages
/// split the same way.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BookingCursor {
    #[serde(rename = "n")]
    #[serde(deserialize_with = "crate::time::instant")]
    pub now: Timestamp,
    #[serde(rename = "p")]
    pub past: bool,
    #[serde(rename = "s")]
    #[serde(deserialize_with = "crate::time::instant")]
    pub start: Timestamp,
    #[serde(rename = "i")]
    pub id: String,
}

impl BookingCursor {
    pub fn encode(&self) -> String {
        crate::paging::base64url_encode(serde_json::to_string(self).unwrap_or_default().as_bytes())
    }

    pub fn decode(text: &str) -> Option<Self> {
        if text.len() > 400 {
            return None;
        }
        let cursor: Self = serde_json::from_slice(&crate::paging::base64url_decode(text)?).ok()?;
        crate::ids::is_well_formed(&cursor.id).then_some(cursor)
    }
}

/// Sessions on one page of `GET /api/me/bookings`, by default and at most.
pub const BOOKINGS_PAGE: u32 = 100;

/// The `limit` and `cursor` of `GET /api/me/bookings`.
pub fn parse_bookings_page(
    limit: Option<&str>,
    cursor: Option<&str>,
) -> Result<(u32, Option<BookingCursor>), ApiError> {
    // An empty `limit=` is not a number: only a missing one means the default.
    let limit = match limit.map(str::trim) {
        None => BOOKINGS_PAGE,
        Some(raw) => raw
            .parse::<u32>()
            .ok()
            .filter(|n| (1..=BOOKINGS_PAGE).contains(n))
            .ok_or_else(|| ApiError::invalid_parameter("limit", "Ask for 1 to 100 sessions a page."))?,
    };
    let cursor = match cursor.map(str::trim).filter(|raw| !raw.is_empty()) {
        None => None,
        Some(raw) => Some(BookingCursor::decode(raw).ok_or_else(|| {
            ApiError::invalid_parameter("cursor", "This cursor is not valid; start again.")
        })?),
    };
    Ok((limit, cursor))
}

/// `POST /api/bookings/{id}/cancel`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct CancelRequest {
    #[serde(default)]
    pub reason: Option<String>,
}

/// `POST /api/bookings/{id}/reschedule`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct RescheduleRequest {
    pub start: String,
}
