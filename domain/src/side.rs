//! Which side of a session or thread a person is on: the one shared word of bookings, threads
//! and wrap-ups.

use serde::{Deserialize, Serialize};

/// Which side of a session or thread the viewer is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Side {
    Mentor,
    Mentee,
}

impl Side {
    /// The viewer's side, given the session's mentor.
    pub fn of(viewer_id: &str, mentor_id: &str) -> Self {
        if viewer_id == mentor_id { Self::Mentor } else { Self::Mentee }
    }

    /// The other side of the same session.
    pub const fn other(self) -> Self {
        match self {
            Self::Mentor => Self::Mentee,
            Self::Mentee => Self::Mentor,
        }
    }

    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Mentor => "mentor",
            Self::Mentee => "mentee",
        }
    }
}
