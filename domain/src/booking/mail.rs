//! What a booking mail says, as data: written with the change it announces and put into words
//! in the reader's language and zone when it is delivered.

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

/// What a booking mail is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BookingNotice {
    Booked,
    Rescheduled,
    Cancelled,
    DayBefore,
    Soon,
}

/// One participant's mail about a session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BookingMail {
    pub event: BookingNotice,
    pub recipient_zone: String,
    pub other_name: String,
    pub other_zone: String,
    pub start: Timestamp,
    pub agenda: String,
    pub call_link: String,
    pub invite_url: String,
    /// Why it was cancelled, in the canceller's words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// The start of the earlier session this one follows up.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub follow_up_of: Option<Timestamp>,
}
