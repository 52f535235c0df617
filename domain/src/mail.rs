//! Mail delivery: a queued mail is tried after the response, then again with backoff.

use jiff::SignedDuration;
use serde::{Deserialize, Serialize};

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
