//! Two weeks after a held session or an accepted answer the mentee says what came of it; the
//! mentor learns it only when the mentee shares it.

use jiff::{SignedDuration, Timestamp};
use serde::{Deserialize, Serialize};

use crate::error::{ApiError, ErrorCode};
use crate::wrapup::SubjectKind;

/// Days after the session (or the accepted answer) before the check-in is mailed.
pub const CHECK_IN_DAYS: i64 = 14;

pub const MAX_NOTE: usize = 1_000;

/// What the mentee did with the help.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum OutcomeStatus {
    Done,
    InProgress,
    NotYet,
    NotUseful,
}

impl OutcomeStatus {
    pub const ALL: [Self; 4] = [Self::Done, Self::InProgress, Self::NotYet, Self::NotUseful];

    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Done => "done",
            Self::InProgress => "in_progress",
            Self::NotYet => "not_yet",
            Self::NotUseful => "not_useful",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|status| status.as_str() == raw)
    }

    /// The status in words, as the mentee's record and the mentor's impact list say it.
    pub const fn label(self) -> &'static str {
        match self {
            Self::Done => "Acted on it",
            Self::InProgress => "Working on it",
            Self::NotYet => "Not yet",
            Self::NotUseful => "It did not fit",
        }
    }
}

/// `PUT /api/outcomes/{kind}/{id}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct OutcomeInput {
    /// `done`, `in_progress`, `not_yet` or `not_useful`.
    pub status: String,
    /// At most 1,000 characters.
    #[serde(default)]
    pub note: String,
    /// Whether the mentor may read this outcome (off unless said).
    #[serde(default)]
    pub share_with_mentor: bool,
}

/// An outcome once checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckedOutcome {
    pub status: OutcomeStatus,
    pub note: String,
    pub share_with_mentor: bool,
}

impl OutcomeInput {
    pub fn parse(&self) -> Result<CheckedOutcome, ApiError> {
        let status = OutcomeStatus::parse(&self.status)
            .ok_or_else(|| ApiError::validation("status", "Use done, in_progress, not_yet or not_useful."))?;
        let note = self.note.trim().replace("\r\n", "\n");
        if note.chars().count() > MAX_NOTE {
            return Err(ApiError::validation("note", format!("Use at most {MAX_NOTE} characters.")));
        }
        if note.chars().any(|c| c.is_control() && !matches!(c, '\n' | '\t')) {
            return Err(ApiError::validation("note", "The note contains characters that cannot be shown."));
        }
        Ok(CheckedOutcome { status, note, share_with_mentor: self.share_with_mentor })
    }
}

/// The mentee's outcome as they see it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Outcome {
    pub kind: SubjectKind,
    pub subject_id: String,
    pub status: OutcomeStatus,
    pub note: String,
    pub share_with_mentor: bool,
    pub updated_at: String,
}

/// `GET`/`PUT /api/outcomes/{kind}/{id}`: null until the mentee says.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OutcomeEnvelope {
    pub outcome: Option<Outcome>,
}

/// An outcome a mentee shared with the mentor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SharedOutcome {
    pub kind: SubjectKind,
    pub subject_id: String,
    /// The mentee's display name.
    pub mentee: String,
    /// The question's title, or the first line of the session's agenda.
    pub about: String,
    pub status: OutcomeStatus,
    pub note: String,
    pub updated_at: String,
}

/// `GET /api/me/impact`: a mentor's own impact, with what mentees shared of their outcomes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MyImpact {
    pub impact: crate::wrapup::Impact,
    pub shared_outcomes: Vec<SharedOutcome>,
}

/// Whether the mentee may say what came of it: only once the session was held, or the answer
/// accepted. Anyone but the mentee was answered 404 before this.
pub fn may_record(kind: SubjectKind, held_or_accepted: bool) -> Result<(), ApiError> {
    if held_or_accepted {
        return Ok(());
    }
    let message = match kind {
        SubjectKind::Booking => "Say what came of a session once it has taken place.",
        SubjectKind::Request => "Say what came of an answer once you have accepted one.",
    };
    Err(ApiError::new(ErrorCode::TooEarly, message))
}

/// When the check-in for something held or accepted at `at` is due.
pub fn check_in_due(at: Timestamp) -> Timestamp {
    crate::time::shifted(at, SignedDuration::from_hours(24 * CHECK_IN_DAYS))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(status: &str, note: &str) -> OutcomeInput {
        OutcomeInput { status: status.into(), note: note.into(), share_with_mentor: true }
    }

    #[test]
    fn every_status_parses_and_others_name_the_field() {
        for status in OutcomeStatus::ALL {
            assert_eq!(input(status.as_str(), "").parse().unwrap().status, status);
        }
        assert_eq!(input("finished", "").parse().unwrap_err().field.as_deref(), Some("status"));
        assert_eq!(input("done", &"x".repeat(1_001)).parse().unwrap_err().field.as_deref(), Some("note"));
        assert_eq!(input("done", "a\u{0}b").parse().unwrap_err().field.as_deref(), Some("note"));
        let checked = input("done", "  Shipped the \r\nplan  ").parse().unwrap();
        assert_eq!(checked.note, "Shipped the \nplan");
        assert!(checked.share_with_mentor);
    }

    #[test]
    fn outcomes_follow_what_happened() {
        assert!(may_record(SubjectKind::Booking, true).is_ok());
        assert_eq!(may_record(SubjectKind::Booking, false).unwrap_err().code, ErrorCode::TooEarly);
        assert_eq!(may_record(SubjectKind::Request, false).unwrap_err().code, ErrorCode::TooEarly);
    }

    #[test]
    fn the_check_in_is_two_weeks_on() {
        let held: Timestamp = "2026-12-01T10:15:00Z".parse().unwrap();
        assert_eq!(check_in_due(held).to_string(), "2026-12-15T10:15:00Z");
    }
}
