//! Requests and offers as one viewer may see them.

use serde::{Deserialize, Serialize};

use crate::booking::Booking;
use crate::profile::Person;

use super::kinds::{Audience, Format, OfferKind, OfferStatus};
use super::lifecycle::{RequestSide, RequestStatus};

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
    /// Why this request fits the viewing mentor (in `GET /api/requests/for-me`), in English.
    pub reasons: Vec<String>,
    /// The same reasons as data, for saying them in the reader's language.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fit: Vec<super::FitReason>,
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
