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
    #[serde(deserialize_with = "crate::time::instant")]
    pub start: Timestamp,
    pub agenda: String,
    pub call_link: String,
    pub invite_url: String,
    /// Why it was cancelled, in the canceller's words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// The start of the earlier session this one follows up.
    #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "crate::time::opt_instant")]
    pub follow_up_of: Option<Timestamp>,
    /// The invitation to attach: a booking, its move and its cancellation carry one, reminders
    /// do not. Its words are the reader's language too.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invite: Option<MailedInvite>,
}

/// What a mailed invitation says besides its words (RFC 5546: organized by the service's own
/// address, with the recipient as its one attendee, so no one's address reaches the other party).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MailedInvite {
    pub uid: String,
    pub sequence: i64,
    pub cancelled: bool,
    #[serde(deserialize_with = "crate::time::instant")]
    pub end: Timestamp,
    /// When it was written (DTSTAMP).
    #[serde(deserialize_with = "crate::time::instant")]
    pub stamp: Timestamp,
    pub organizer: String,
    pub attendee: String,
}
