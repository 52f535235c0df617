//! What clients send to post, edit, answer and close requests, and its validation.

use jiff::{SignedDuration, Timestamp};
use serde::{Deserialize, Serialize};

use crate::account::collapse_whitespace;
use crate::booking::parse_slot_start;
use crate::error::ApiError;
use crate::ids::UserId;
use crate::markdown::parse_text;
use crate::profile;
use crate::thread::MAX_MESSAGE_CHARS;

use super::kinds::{Audience, Format, OfferKind};

pub const MAX_TITLE_CHARS: usize = 120;
pub const MAX_BODY_CHARS: usize = 4_000;
pub const MAX_TAGS: usize = 5;
pub const DEFAULT_EXPIRY_DAYS: u32 = 7;
pub const MAX_EXPIRY_DAYS: u32 = 14;

/// `POST /api/requests`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct NewRequest {
    /// 1–120 characters.
    pub title: String,
    /// Markdown, 1–4,000 characters; shown rendered to safe HTML.
    pub body: String,
    /// 1–5 skills the question is about.
    pub expertise: Vec<String>,
    #[serde(default)]
    pub format: Format,
    #[serde(default)]
    pub audience: Audience,
    /// Hides the mentee's name and organization from mentors until the mentee accepts an offer.
    #[serde(default)]
    pub anonymous: bool,
    /// 1–14; default 7.
    #[serde(default)]
    pub expires_in_days: Option<u32>,
    /// Asks this one mentor only: nobody else sees the question.
    #[serde(default)]
    pub mentor_id: Option<String>,
}

/// A request as validated, ready to store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidRequest {
    pub title: String,
    pub body: String,
    pub expertise: Vec<String>,
    pub format: Format,
    pub audience: Audience,
    pub anonymous: bool,
    pub expires_at: Timestamp,
    /// The one mentor asked, for a question addressed to them.
    pub mentor_id: Option<UserId>,
}

impl NewRequest {
    /// Checks every field; `author_org` is the mentee's organization, which `my_organization`
    /// needs.
    pub fn parse(self, author_org: Option<&str>, now: Timestamp) -> Result<ValidRequest, ApiError> {
        let title = collapse_whitespace(&self.title);
        if title.is_empty() {
            return Err(ApiError::validation("title", "Give your question a short title."));
        }
        if title.chars().count() > MAX_TITLE_CHARS {
            return Err(ApiError::validation(
                "title",
                format!("Keep the title to {MAX_TITLE_CHARS} characters or fewer."),
            ));
        }
        if title.chars().any(char::is_control) {
            return Err(ApiError::validation("title", "The title contains characters that cannot be shown."));
        }
        let body = parse_text("body", &self.body, MAX_BODY_CHARS, "Describe your question.")?;
        let expertise = profile::parse_expertise(&self.expertise)?;
        if expertise.is_empty() {
            return Err(ApiError::validation(
                "expertise",
                "Name at least one skill, so that the right mentors see it.",
            ));
        }
        if expertise.len() > MAX_TAGS {
            return Err(ApiError::validation("expertise", format!("Name at most {MAX_TAGS} skills.")));
        }
        if self.audience == Audience::MyOrganization && author_org.is_none() {
            return Err(ApiError::validation(
                "audience",
                "Only people with a work e-mail address belong to an organization; choose everyone instead.",
            ));
        }
        let days = self.expires_in_days.unwrap_or(DEFAULT_EXPIRY_DAYS);
        if !(1..=MAX_EXPIRY_DAYS).contains(&days) {
            return Err(ApiError::validation(
                "expires_in_days",
                format!("Choose between 1 and {MAX_EXPIRY_DAYS} days."),
            ));
        }
        let mentor_id = match self.mentor_id.as_deref().map(str::trim) {
            None => None,
            Some("") => return Err(ApiError::validation("mentor_id", "Choose the mentor to ask.")),
            Some(id) => Some(UserId::new(id)),
        };
        Ok(ValidRequest {
            title,
            body,
            expertise,
            format: self.format,
            audience: self.audience,
            anonymous: self.anonymous,
            expires_at: crate::time::shifted(now, SignedDuration::from_hours(24 * i64::from(days))),
            mentor_id,
        })
    }
}

/// `PATCH /api/requests/{id}`: the fields of `POST /api/requests` to change; those left out keep
/// their values. Open to the author until the first offer.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct RequestEdit {
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    pub body: Option<String>,
    #[serde(default)]
    pub expertise: Option<Vec<String>>,
    #[serde(default)]
    pub format: Option<Format>,
    #[serde(default)]
    pub audience: Option<Audience>,
    #[serde(default)]
    pub anonymous: Option<bool>,
    /// 1–14, counted from now; left out, the request keeps its expiry.
    #[serde(default)]
    pub expires_in_days: Option<u32>,
}

impl RequestEdit {
    /// The request as it would be posted with these changes, checked by the same rules as a new
    /// one. The mentor it is addressed to does not change.
    pub fn apply(
        self,
        current: &ValidRequest,
        author_org: Option<&str>,
        now: Timestamp,
    ) -> Result<ValidRequest, ApiError> {
        let keeps_expiry = self.expires_in_days.is_none();
        let merged = NewRequest {
            title: self.title.unwrap_or_else(|| current.title.clone()),
            body: self.body.unwrap_or_else(|| current.body.clone()),
            expertise: self.expertise.unwrap_or_else(|| current.expertise.clone()),
            format: self.format.unwrap_or(current.format),
            audience: self.audience.unwrap_or(current.audience),
            anonymous: self.anonymous.unwrap_or(current.anonymous),
            expires_in_days: self.expires_in_days,
            mentor_id: None,
        };
        let mut valid = merged.parse(author_org, now)?;
        if keeps_expiry {
            valid.expires_at = current.expires_at;
        }
        valid.mentor_id = current.mentor_id.clone();
        Ok(valid)
    }
}

/// `POST /api/requests/{id}/offers`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct NewOffer {
    pub kind: OfferKind,
    /// The written answer (Markdown, required for `written`), or a note with the slot.
    #[serde(default)]
    pub message: String,
    /// For `slot`: the proposed start, RFC 3339 on a quarter hour.
    #[serde(default)]
    pub slot_start: Option<String>,
}

/// An offer as validated: the message and, for a slot, its start.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidOffer {
    pub kind: OfferKind,
    pub message: String,
    pub slot_start: Option<Timestamp>,
}

impl NewOffer {
    /// Checks the offer against the request's format; a slot must start within reach of `now`.
    pub fn parse(self, format: Format, now: Timestamp) -> Result<ValidOffer, ApiError> {
        if !format.accepts(self.kind) {
            let message = match format {
                Format::Written => "This mentee asked for an answer in writing.",
                _ => "This mentee asked for a call; offer one of your slots.",
            };
            return Err(ApiError::validation("kind", message));
        }
        match self.kind {
            OfferKind::Written => {
                if self.slot_start.is_some() {
                    return Err(ApiError::validation("slot_start", "A written answer has no slot."));
                }
                let message = parse_text("message", &self.message, MAX_MESSAGE_CHARS, "Write your answer.")?;
                Ok(ValidOffer { kind: self.kind, message, slot_start: None })
            }
            OfferKind::Slot => {
                let Some(raw) = self.slot_start.as_deref() else {
                    return Err(ApiError::validation("slot_start", "Pick one of your free slots."));
                };
                let start = parse_slot_start("slot_start", raw, now)?;
                let message = if self.message.trim().is_empty() {
                    String::new()
                } else {
                    parse_text("message", &self.message, MAX_MESSAGE_CHARS, "")?
                };
                Ok(ValidOffer { kind: self.kind, message, slot_start: Some(start) })
            }
        }
    }
}

/// `POST /api/requests/{id}/close`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct CloseRequest {
    /// Whether the question got the help it needed.
    pub resolved: bool,
}
