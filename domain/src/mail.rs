//! Mail: what each mail says, as data, and its delivery. A mail is written with the change it
//! announces as a [`MailContent`], put into words in its recipient's language when it is
//! delivered, tried after the response, then again with backoff.

use jiff::{SignedDuration, Timestamp};
use serde::{Deserialize, Serialize};

use crate::booking::BookingMail;
use crate::request::FitReason;
use crate::request::OfferKind;

/// What a mail says, before it is put into words. Names, titles, agendas and links are as
/// people wrote them or as the service made them; everything else is worded in the recipient's
/// language, and times are shown in their zone.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum MailContent {
    /// A sign-in code: its text is a secret, erased once sent.
    SignInCode { code: String },
    /// A session booked, moved, cancelled or about to start.
    Booking(Box<BookingMail>),
    /// To a question's author: a mentor answered it in writing or offered a call.
    OfferReceived { mentor: String, title: String, offer: OfferKind, link: String },
    /// To the one mentor a question is addressed to; the mentee's name is in the app, if they give it.
    AskedDirectly { title: String, link: String },
    /// To the mentor whose offer the author accepted.
    OfferAccepted { mentee: String, title: String, link: String },
    /// A new message in a conversation.
    NewMessage { sender: String, title: String, link: String },
    /// To a question's author: it expired, with how many offers it had.
    RequestExpired { title: String, offers: u32, link: String },
    /// To a mentor: new questions that fit them, at most daily.
    Digest { items: Vec<DigestItem>, link: String },
    /// 15 minutes after a session: did it happen?
    CheckIn {
        other: String,
        #[serde(deserialize_with = "crate::time::instant")]
        start: Timestamp,
        zone: String,
        link: String,
    },
    /// To a mentor the missed-sessions policy paused.
    Paused { link: String },
    /// Two weeks on: did the mentee act on what a mentor said?
    OutcomeCheckIn { mentor: String, about: String, link: String },
}

/// One question of a [`MailContent::Digest`], with what makes it fit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DigestItem {
    pub title: String,
    pub reasons: Vec<FitReason>,
    pub link: String,
}

/// Where a queued mail is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum MailStatus {
    /// Written with its change, not delivered yet.
    Pending,
    /// Delivered; never sent again.
    Sent,
    /// Given up on after a day of retries.
    Failed,
}

impl MailStatus {
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Pending => "pending",
            Self::Sent => "sent",
            Self::Failed => "failed",
        }
    }
}

/// How long a delivery in progress holds a mail before another run may try it.
pub const DELIVERY_LEASE: SignedDuration = SignedDuration::from_mins(2);

/// When to try again after `attempts` failed deliveries: after 1, 5 and 30 minutes, then hourly
/// for a day; None once that day is over.
pub fn retry_after(attempts: u32) -> Option<SignedDuration> {
    match attempts {
        0 => Some(SignedDuration::ZERO),
        1 => Some(SignedDuration::from_mins(1)),
        2 => Some(SignedDuration::from_mins(5)),
        3 => Some(SignedDuration::from_mins(30)),
        4..=27 => Some(SignedDuration::from_hours(1)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retries_back_off_and_stop_after_a_day() {
        let mins = |attempts| retry_after(attempts).map(|d| d.as_mins());
        assert_eq!([mins(1), mins(2), mins(3), mins(4)], [Some(1), Some(5), Some(30), Some(60)]);
        let total: i64 = (1..=27).filter_map(retry_after).map(|d| d.as_mins()).sum();
        assert_eq!(total, 1 + 5 + 30 + 24 * 60, "hourly for a day after the first three");
        assert_eq!(retry_after(28), None);
        assert_eq!(MailStatus::Pending.as_str(), "pending");
    }
}
