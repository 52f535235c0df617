//! The kinds a request and an offer come in: how the mentee would like help, who may see the
//! question, what a mentor offers and where an offer stands.

use serde::{Deserialize, Serialize};

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

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum OfferStatus {
    Pending,
    Accepted,
}
