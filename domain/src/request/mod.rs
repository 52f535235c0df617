//! Open requests: one-off questions a mentee posts and mentors pick up, answering in writing or
//! by offering a slot. Who may see a request, how it moves through its life, and how well it fits
//! a mentor are decided here.

use jiff::{SignedDuration, Timestamp};
use serde::{Deserialize, Serialize};

use crate::account::collapse_whitespace;
use crate::booking::{Booking, parse_slot_start};
use crate::error::{ApiError, ErrorCode};
use crate::ids::UserId;
pub use crate::markdown::parse_text;
use crate::profile;
pub use crate::profile::Person;
use crate::thread::MAX_MESSAGE_CHARS;

pub mod mail;

pub const MAX_TITLE_CHARS: usize = 120;
pub const MAX_BODY_CHARS: usize = 4_000;
pub const MAX_TAGS: usize = 5;
pub const DEFAULT_EXPIRY_DAYS: u32 = 7;
pub const MAX_EXPIRY_DAYS: u32 = 14;

/// How the mentee would like to be helped.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Format {
    Call,
    Written,
    #[default]
    Either,
}

impl Format {
    pub const ALL: [Self; 3] = [Self::Call, Self::Written, Self::Either];

    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Call => "call",
            Self::Written => "written",
            Self::Either => "either",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|f| f.as_str() == raw)
    }

    /// Whether an offer of `kind` answers a request in this format.
    pub const fn accepts(self, kind: OfferKind) -> bool {
        matches!(
            (self, kind),
            (Self::Either, _) | (Self::Call, OfferKind::Slot) | (Self::Written, OfferKind::Written)
        )
    }
}

/// Which mentors may see a request, relative to the mentee's organization.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Audience {
    #[default]
    Everyone,
    MyOrganization,
    /// For questions one would not ask at work.
    OutsideMyOrganization,
}

impl Audience {
    pub const ALL: [Self; 3] = [Self::Everyone, Self::MyOrganization, Self::OutsideMyOrganization];

    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Everyone => "everyone",
            Self::MyOrganization => "my_organization",
            Self::OutsideMyOrganization => "outside_my_organization",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|a| a.as_str() == raw)
    }

    /// Whether a mentor in `mentor_org` is in the audience of a mentee in `author_org`.
    /// A person without an organization is outside every organization.
    pub fn includes(self, author_org: Option<&str>, mentor_org: Option<&str>) -> bool {
        let same = matches!((author_org, mentor_org), (Some(a), Some(m)) if a == m);
        match self {
            Self::Everyone => true,
            Self::MyOrganization => same,
            Self::OutsideMyOrganization => !same,
        }
    }
}

/// Where a request is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum RequestStatus {
    Open,
    HasOffers,
    Accepted,
    Closed,
    Expired,
}

/// What can happen to a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RequestEvent {
    /// A mentor makes an offer.
    Offer,
    /// The mentee accepts one of the offers.
    Accept,
    /// The mentee closes it.
    Close,
    /// Its time ran out.
    Expire,
}

impl RequestStatus {
    pub const ALL: [Self; 5] = [Self::Open, Self::HasOffers, Self::Accepted, Self::Closed, Self::Expired];

    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Open => "open",
            Self::HasOffers => "has_offers",
            Self::Accepted => "accepted",
            Self::Closed => "closed",
            Self::Expired => "expired",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.as_str() == raw)
    }

    /// Still looking for help: listed for mentors, open to offers, can expire.
    pub const fn is_open(self) -> bool {
        matches!(self, Self::Open | Self::HasOffers)
    }

    /// The state after `event`, or why it cannot happen now.
    ///
    /// open → has offers → accepted → closed, and open or has offers → expired. Once accepted the
    /// request takes no new offers, but the mentee may still accept another mentor's earlier
    /// offer: many mentors can help one person. Closed and expired are final.
    pub fn after(self, event: RequestEvent) -> Result<Self, ApiError> {
        use RequestEvent as E;
        match (self, event) {
            (Self::Open | Self::HasOffers, E::Offer) => Ok(Self::HasOffers),
            (Self::HasOffers | Self::Accepted, E::Accept) => Ok(Self::Accepted),
            (Self::Open | Self::HasOffers | Self::Accepted, E::Close) => Ok(Self::Closed),
            (Self::Open | Self::HasOffers, E::Expire) => Ok(Self::Expired),
            (Self::Open, E::Accept) => Err(refused("This request has no offers to accept yet.")),
            (Self::Accepted, E::Offer) => {
                Err(refused("The mentee has already accepted an offer on this request."))
            }
            (Self::Accepted, E::Expire) => Err(refused("An accepted request does not expire.")),
            (Self::Closed, _) => Err(refused("This request is closed.")),
            (Self::Expired, _) => Err(refused("This request has expired.")),
        }
    }
}

impl RequestStatus {
    /// The status as of `now`: an open request past its expiry is expired even before the
    /// scheduled job has recorded it.
    pub fn at(self, expires_at: Timestamp, now: Timestamp) -> Self {
        if self.is_open() && expires_at <= now { Self::Expired } else { self }
    }
}

/// The viewer's side of a request, as the wire says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum RequestSide {
    Author,
    Mentor,
}

/// How a viewer stands to a request they may see.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RequestRole {
    /// The mentee who asked.
    Author,
    /// A mentor who made an offer; `accepted` once the mentee accepted it.
    Offerer { accepted: bool },
    /// A mentor in the audience of an open request.
    Mentor,
}

impl RequestRole {
    /// Who a request is for, and what it holds back from whom: the author and the mentors who
    /// offered always see it; other mentors only while it is open and they are in its audience.
    /// Everyone else may not see it at all (None).
    /// A request addressed to one mentor (`addressed_to`) is for that mentor alone.
    #[allow(clippy::too_many_arguments)]
    pub fn of(
        author_id: &str,
        author_org: Option<&str>,
        audience: Audience,
        addressed_to: Option<&str>,
        status: RequestStatus,
        viewer: profile::Viewer<'_>,
        viewer_is_mentor: bool,
        viewer_offer: Option<OfferStatus>,
    ) -> Option<Self> {
        if viewer.user_id == author_id {
            return Some(Self::Author);
        }
        if let Some(offer) = viewer_offer {
            return Some(Self::Offerer { accepted: offer == OfferStatus::Accepted });
        }
        (status.is_open()
            && viewer_is_mentor
            && addressed_to.is_none_or(|mentor| mentor == viewer.user_id)
            && audience.includes(author_org, viewer.organization))
        .then_some(Self::Mentor)
    }

    /// The side shown on the wire.
    pub const fn side(self) -> RequestSide {
        match self {
            Self::Author => RequestSide::Author,
            Self::Offerer { .. } | Self::Mentor => RequestSide::Mentor,
        }
    }

    /// Whether an anonymous request shows its author to this viewer: only to the author and to
    /// mentors whose offer was accepted.
    pub fn sees_author(self, anonymous: bool) -> bool {
        !anonymous || matches!(self, Self::Author | Self::Offerer { accepted: true })
    }
}

fn refused(message: &str) -> ApiError {
    ApiError::new(ErrorCode::RequestClosed, message)
}

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

/// Whether the author may still edit a request: only while it is open and nobody has offered.
pub fn editable(status: RequestStatus, offer_count: u32) -> Result<(), ApiError> {
    if !status.is_open() {
        return Err(refused("This request is closed; it can no longer be edited."));
    }
    if offer_count > 0 || status != RequestStatus::Open {
        return Err(ApiError::new(
            ErrorCode::AlreadyOffered,
            "A mentor has already offered to help, so the question stays as they read it.",
        ));
    }
    Ok(())
}

/// What a mentor offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum OfferKind {
    /// An answer in writing.
    Written,
    /// A 15-minute slot from the mentor's availability.
    Slot,
}

impl OfferKind {
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Written => "written",
            Self::Slot => "slot",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        [Self::Written, Self::Slot].into_iter().find(|k| k.as_str() == raw)
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

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum OfferStatus {
    Pending,
    Accepted,
}

/// An offer as its mentor and the request's author see it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Offer {
    pub id: String,
    pub request_id: String,
    pub mentor: Person,
    pub kind: OfferKind,
    /// Markdown as written.
    pub message: String,
    pub message_html: String,
    /// For `slot` offers: the proposed start, RFC 3339 UTC.
    pub slot_start: Option<String>,
    pub status: OfferStatus,
    /// Set once accepted.
    pub thread_id: Option<String>,
    /// Set once a slot offer is accepted.
    pub booking_id: Option<String>,
    pub created_at: String,
}

/// A request as one viewer may see it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Request {
    pub id: String,
    pub title: String,
    /// Markdown as written.
    pub body: String,
    pub body_html: String,
    pub expertise: Vec<String>,
    pub format: Format,
    pub audience: Audience,
    pub anonymous: bool,
    /// The mentee; null when anonymous, to everyone but the mentee and mentors whose offer they
    /// accepted.
    pub author: Option<Person>,
    pub status: RequestStatus,
    /// For closed requests: whether the mentee said it was resolved.
    pub resolved: Option<bool>,
    /// `author` for the mentee, `mentor` for everyone else.
    pub role: RequestSide,
    pub offer_count: u32,
    /// The author sees every offer; a mentor sees only their own.
    pub offers: Vec<Offer>,
    /// The viewer's thread on this request once an offer is accepted: a mentor's own, or for the
    /// mentee the latest accepted offer's (each offer in `offers` carries its own `thread_id`).
    pub thread_id: Option<String>,
    /// Why this request fits the viewing mentor (in `GET /api/requests/for-me`).
    pub reasons: Vec<String>,
    /// The one mentor this question is addressed to; absent for questions to everyone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mentor_id: Option<String>,
    /// Whom it reached; for the author only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reach: Option<Reach>,
    pub created_at: String,
    pub expires_at: String,
    pub closed_at: Option<String>,
}

/// Whom a request reached when it was posted or last edited: the mentors taking questions, in
/// its audience, who list one of its skills (for a question to one mentor, that mentor).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Reach {
    pub mentors: u32,
    /// The request's skills that at least one of them lists, in the request's order.
    pub skills: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RequestEnvelope {
    pub request: Request,
}

/// `GET /api/requests/for-me` and `GET /api/me/requests`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RequestList {
    pub requests: Vec<Request>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OfferEnvelope {
    pub offer: Offer,
}

/// `POST /api/requests/{id}/offers/{offer_id}/accept`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Acceptance {
    pub request: Request,
    pub offer: Offer,
    /// The thread between the mentee and this mentor.
    pub thread_id: String,
    /// The booking a slot offer became.
    pub booking: Option<Booking>,
}

/// `POST /api/requests/{id}/close`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct CloseRequest {
    /// Whether the question got the help it needed.
    pub resolved: bool,
}

#[cfg(test)]
mod tests {
    use super::*;
    use RequestEvent as E;
    use RequestStatus as S;

    fn now() -> Timestamp {
        "2026-11-24T10:00:00Z".parse().unwrap()
    }

    fn new_request() -> NewRequest {
        NewRequest {
            title: "  How do I   review a large PR? ".into(),
            body: "Context:\r\n- 4k lines".into(),
            expertise: vec!["Code Review".into(), "rust".into()],
            format: Format::Either,
            audience: Audience::Everyone,
            anonymous: false,
            expires_in_days: None,
            mentor_id: None,
        }
    }

    fn field_of(result: Result<ValidRequest, ApiError>) -> Option<String> {
        result.unwrap_err().field
    }

    #[test]
    fn every_allowed_transition() {
        let allowed = [
            (S::Open, E::Offer, S::HasOffers),
            (S::HasOffers, E::Offer, S::HasOffers),
            (S::HasOffers, E::Accept, S::Accepted),
            (S::Accepted, E::Accept, S::Accepted),
            (S::Open, E::Close, S::Closed),
            (S::HasOffers, E::Close, S::Closed),
            (S::Accepted, E::Close, S::Closed),
            (S::Open, E::Expire, S::Expired),
            (S::HasOffers, E::Expire, S::Expired),
        ];
        for (from, event, to) in allowed {
            assert_eq!(from.after(event), Ok(to), "{from:?} + {event:?}");
        }
    }

    #[test]
    fn every_refused_transition() {
        let refused = [
            (S::Open, E::Accept),
            (S::Accepted, E::Offer),
            (S::Accepted, E::Expire),
            (S::Closed, E::Offer),
            (S::Closed, E::Accept),
            (S::Closed, E::Close),
            (S::Closed, E::Expire),
            (S::Expired, E::Offer),
            (S::Expired, E::Accept),
            (S::Expired, E::Close),
            (S::Expired, E::Expire),
        ];
        for (from, event) in refused {
            let error = from.after(event).unwrap_err();
            assert_eq!(error.code, ErrorCode::RequestClosed, "{from:?} + {event:?}");
            assert_eq!(error.status(), 409);
        }
        // Every pair is covered by exactly one of the two tables.
        assert_eq!(S::ALL.len() * 4, 9 + refused.len());
    }

    #[test]
    fn only_open_states_are_open() {
        let open: Vec<_> = S::ALL.into_iter().filter(|s| s.is_open()).collect();
        assert_eq!(open, [S::Open, S::HasOffers]);
        for status in S::ALL {
            assert_eq!(S::parse(status.as_str()), Some(status));
        }
    }

    #[test]
    fn an_open_request_past_its_expiry_reads_as_expired() {
        let at: Timestamp = "2026-11-24T10:00:00Z".parse().unwrap();
        assert_eq!(S::Open.at(at, at), S::Expired);
        assert_eq!(S::HasOffers.at(at, at - SignedDuration::from_secs(1)), S::HasOffers);
        assert_eq!(S::Accepted.at(at, at), S::Accepted);
        assert_eq!(S::Closed.at(at, at), S::Closed);
    }

    fn viewer<'a>(id: &'a str, org: Option<&'a str>) -> profile::Viewer<'a> {
        profile::Viewer { user_id: id, organization: org }
    }

    #[test]
    fn who_may_see_a_request() {
        let acme = Some("acme.com");
        let role = |audience, status, who, mentor, offer| {
            RequestRole::of("author", acme, audience, None, status, who, mentor, offer)
        };
        let colleague = viewer("m1", acme);
        let outsider = viewer("m2", Some("globex.com"));
        assert_eq!(role(Audience::MyOrganization, S::Open, colleague, true, None), Some(RequestRole::Mentor));
        assert_eq!(role(Audience::MyOrganization, S::Open, outsider, true, None), None);
        assert_eq!(role(Audience::OutsideMyOrganization, S::Open, colleague, true, None), None);
        assert_eq!(
            role(Audience::OutsideMyOrganization, S::HasOffers, outsider, true, None),
            Some(RequestRole::Mentor)
        );
        assert_eq!(role(Audience::Everyone, S::Open, outsider, false, None), None, "not a mentor");
        assert_eq!(role(Audience::Everyone, S::Closed, outsider, true, None), None, "no longer open");
        assert_eq!(
            role(Audience::Everyone, S::Closed, outsider, true, Some(OfferStatus::Pending)),
            Some(RequestRole::Offerer { accepted: false })
        );
        assert_eq!(
            role(Audience::MyOrganization, S::Expired, viewer("author", acme), false, None),
            Some(RequestRole::Author)
        );
    }

    #[test]
    fn a_question_to_one_mentor_is_for_that_mentor_alone() {
        let role = |who, offer| {
            RequestRole::of("author", None, Audience::Everyone, Some("m1"), S::Open, who, true, offer)
        };
        assert_eq!(role(viewer("m1", None), None), Some(RequestRole::Mentor));
        assert_eq!(role(viewer("m2", None), None), None, "another mentor");
        assert_eq!(role(viewer("author", None), None), Some(RequestRole::Author));
        assert_eq!(
            role(viewer("m1", None), Some(OfferStatus::Accepted)),
            Some(RequestRole::Offerer { accepted: true })
        );
        let closed = RequestRole::of(
            "author",
            None,
            Audience::Everyone,
            Some("m1"),
            S::Closed,
            viewer("m1", None),
            true,
            None,
        );
        assert_eq!(closed, None, "no longer open");
        let no_mentor = new_request().parse(None, now()).unwrap();
        assert_eq!(no_mentor.mentor_id, None);
        let to_one =
            NewRequest { mentor_id: Some(" m1 ".into()), ..new_request() }.parse(None, now()).unwrap();
        assert_eq!(to_one.mentor_id, Some(UserId::new("m1")));
        let blank = NewRequest { mentor_id: Some(" ".into()), ..new_request() };
        assert_eq!(field_of(blank.parse(None, now())).as_deref(), Some("mentor_id"));
    }

    #[test]
    fn an_edit_keeps_what_it_leaves_out_and_follows_the_rules_of_a_new_request() {
        let current =
            NewRequest { mentor_id: Some("m1".into()), ..new_request() }.parse(None, now()).unwrap();
        let later = now() + SignedDuration::from_hours(1);
        let edit = RequestEdit { title: Some("A clearer title".into()), ..RequestEdit::default() };
        let edited = edit.apply(&current, None, later).unwrap();
        assert_eq!(edited.title, "A clearer title");
        assert_eq!((&edited.body, &edited.expertise), (&current.body, &current.expertise));
        assert_eq!(edited.expires_at, current.expires_at, "the expiry stays unless asked");
        assert_eq!(edited.mentor_id, current.mentor_id, "still to the same mentor");
        let longer = RequestEdit { expires_in_days: Some(14), ..RequestEdit::default() };
        let longer = longer.apply(&current, None, later).unwrap();
        assert_eq!(longer.expires_at.duration_since(later).as_hours(), 14 * 24, "counted from now");
        for (edit, field) in [
            (RequestEdit { title: Some(" ".into()), ..RequestEdit::default() }, "title"),
            (RequestEdit { expertise: Some(Vec::new()), ..RequestEdit::default() }, "expertise"),
            (RequestEdit { expires_in_days: Some(15), ..RequestEdit::default() }, "expires_in_days"),
            (RequestEdit { audience: Some(Audience::MyOrganization), ..RequestEdit::default() }, "audience"),
        ] {
            assert_eq!(field_of(edit.apply(&current, None, later)).as_deref(), Some(field));
        }
    }

    #[test]
    fn a_request_is_editable_only_while_open_without_offers() {
        assert_eq!(editable(S::Open, 0), Ok(()));
        assert_eq!(editable(S::HasOffers, 1).unwrap_err().code, ErrorCode::AlreadyOffered);
        assert_eq!(editable(S::Open, 1).unwrap_err().code, ErrorCode::AlreadyOffered);
        for status in [S::Accepted, S::Closed, S::Expired] {
            let error = editable(status, 1).unwrap_err();
            assert_eq!((error.code, error.status()), (ErrorCode::RequestClosed, 409), "{status:?}");
        }
    }

    #[test]
    fn anonymity_lifts_only_for_the_accepted_mentor() {
        assert!(RequestRole::Author.sees_author(true));
        assert!(RequestRole::Offerer { accepted: true }.sees_author(true));
        assert!(!RequestRole::Offerer { accepted: false }.sees_author(true));
        assert!(!RequestRole::Mentor.sees_author(true));
        assert!(RequestRole::Mentor.sees_author(false));
    }

    #[test]
    fn a_valid_request_is_normalized_and_expires_in_seven_days_by_default() {
        let valid = new_request().parse(None, now()).unwrap();
        assert_eq!(valid.title, "How do I review a large PR?");
        assert_eq!(valid.body, "Context:\n- 4k lines");
        assert_eq!(valid.expertise, ["code review", "rust"]);
        assert_eq!(valid.expires_at, "2026-12-01T10:00:00Z".parse().unwrap());
        let two_weeks = NewRequest { expires_in_days: Some(14), ..new_request() }.parse(None, now()).unwrap();
        assert_eq!(two_weeks.expires_at, "2026-12-08T10:00:00Z".parse().unwrap());
    }

    #[test]
    fn invalid_requests_name_the_field() {
        let cases = [
            (NewRequest { title: "   ".into(), ..new_request() }, "title"),
            (NewRequest { title: "x".repeat(121), ..new_request() }, "title"),
            (NewRequest { body: "\n ".into(), ..new_request() }, "body"),
            (NewRequest { body: "x".repeat(4_001), ..new_request() }, "body"),
            (NewRequest { body: "bell \u{7}".into(), ..new_request() }, "body"),
            (NewRequest { expertise: vec![], ..new_request() }, "expertise"),
            (NewRequest { expertise: vec!["a<b".into()], ..new_request() }, "expertise"),
            (
                NewRequest { expertise: (0..6).map(|i| format!("t{i}")).collect(), ..new_request() },
                "expertise",
            ),
            (NewRequest { expires_in_days: Some(0), ..new_request() }, "expires_in_days"),
            (NewRequest { expires_in_days: Some(15), ..new_request() }, "expires_in_days"),
            (NewRequest { audience: Audience::MyOrganization, ..new_request() }, "audience"),
        ];
        for (request, field) in cases {
            assert_eq!(field_of(request.parse(None, now())).as_deref(), Some(field));
        }
        let mine = NewRequest { audience: Audience::MyOrganization, ..new_request() };
        assert!(mine.parse(Some("acme.com"), now()).is_ok());
    }

    #[test]
    fn audiences_hold_strictly() {
        let acme = Some("acme.com");
        let globex = Some("globex.com");
        assert!(Audience::Everyone.includes(acme, globex));
        assert!(Audience::Everyone.includes(None, None));
        assert!(Audience::MyOrganization.includes(acme, acme));
        assert!(!Audience::MyOrganization.includes(acme, globex));
        assert!(!Audience::MyOrganization.includes(acme, None));
        assert!(!Audience::MyOrganization.includes(None, None));
        assert!(Audience::OutsideMyOrganization.includes(acme, globex));
        assert!(Audience::OutsideMyOrganization.includes(acme, None));
        assert!(!Audience::OutsideMyOrganization.includes(acme, acme));
        assert!(Audience::OutsideMyOrganization.includes(None, acme));
    }

    #[test]
    fn offers_must_suit_the_format() {
        let now: Timestamp = "2026-11-24T10:00:00Z".parse().unwrap();
        let written = NewOffer { kind: OfferKind::Written, message: " Try this. ".into(), slot_start: None };
        assert_eq!(written.clone().parse(Format::Written, now).unwrap().message, "Try this.");
        assert_eq!(written.clone().parse(Format::Call, now).unwrap_err().field.as_deref(), Some("kind"));
        let slot = NewOffer {
            kind: OfferKind::Slot,
            message: String::new(),
            slot_start: Some("2026-12-01T14:15:00Z".into()),
        };
        let valid = slot.clone().parse(Format::Either, now).unwrap();
        assert_eq!(valid.slot_start, Some("2026-12-01T14:15:00Z".parse().unwrap()));
        assert_eq!(slot.clone().parse(Format::Written, now).unwrap_err().field.as_deref(), Some("kind"));
        let unaligned = NewOffer { slot_start: Some("2026-12-01T14:12:00Z".into()), ..slot.clone() };
        assert_eq!(unaligned.parse(Format::Call, now).unwrap_err().field.as_deref(), Some("slot_start"));
        let far = NewOffer { slot_start: Some("9999-12-30T00:00:00Z".into()), ..slot.clone() };
        assert_eq!(far.parse(Format::Call, now).unwrap_err().field.as_deref(), Some("slot_start"));
        let missing = NewOffer { slot_start: None, ..slot };
        assert_eq!(missing.parse(Format::Call, now).unwrap_err().field.as_deref(), Some("slot_start"));
        let empty = NewOffer { message: "  ".into(), ..written };
        assert_eq!(empty.parse(Format::Either, now).unwrap_err().field.as_deref(), Some("message"));
    }
}
