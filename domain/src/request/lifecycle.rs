//! A request's life: its status and what can happen to it, and how each viewer stands to it.

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use crate::error::{ApiError, ErrorCode};
use crate::profile;

use super::kinds::{Audience, OfferStatus};

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
