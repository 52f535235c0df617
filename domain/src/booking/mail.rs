//! The text of booking mail: when a session is, in each reader's zone, and what changed.

use jiff::Timestamp;

use crate::slots;

/// When a session is, in the recipient's zone with the other party's local time beside it:
/// "Tue 1 Dec 2026, 14:00–14:15 your time (Europe/London); 19:45 for A new user (Asia/Kathmandu)".
pub fn when_line(start: Timestamp, recipient_zone: &str, other_name: &str, other_zone: &str) -> String {
    let zone = crate::zones::get_or_utc;
    let mine = start.to_zoned(zone(recipient_zone));
    let end = crate::time::shifted(start, jiff::SignedDuration::from_mins(slots::SLOT_MINUTES))
        .to_zoned(zone(recipient_zone));
    let theirs = start.to_zoned(zone(other_zone));
    format!(
        "{}–{} your time ({recipient_zone}); {} for {other_name} ({other_zone})",
        mine.strftime("%a %-d %b %Y, %H:%M"),
        end.strftime("%H:%M"),
        theirs.strftime("%H:%M"),
    )
}

/// "Follow-up to your session on 3 Dec", the day in the reader's zone.
pub fn follow_up_line(earlier: Timestamp, zone: &str) -> String {
    let day = earlier.to_zoned(crate::zones::get_or_utc(zone));
    format!("Follow-up to your session on {}", day.strftime("%-d %b"))
}

/// What a booking mail is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BookingNotice {
    Booked,
    Rescheduled,
    Cancelled,
    DayBefore,
    Soon,
}

/// Subject and text of a booking mail for one participant.
pub struct BookingMail<'a> {
    pub event: BookingNotice,
    pub recipient_zone: &'a str,
    pub other_name: &'a str,
    pub other_zone: &'a str,
    pub start: Timestamp,
    pub agenda: &'a str,
    pub call_link: &'a str,
    pub invite_url: &'a str,
    pub reason: Option<&'a str>,
    /// The start of the earlier session this one follows up.
    pub follow_up_of: Option<Timestamp>,
}

impl BookingMail<'_> {
    pub fn subject(&self) -> String {
        let who = self.other_name;
        match self.event {
            BookingNotice::Booked => format!("Booked: 15 minutes with {who}"),
            BookingNotice::Rescheduled => format!("Moved: your 15 minutes with {who}"),
            BookingNotice::Cancelled => format!("Cancelled: your 15 minutes with {who}"),
            BookingNotice::DayBefore => format!("Tomorrow: 15 minutes with {who}"),
            BookingNotice::Soon => format!("In 15 minutes: your session with {who}"),
        }
    }

    pub fn text(&self) -> String {
        let when = when_line(self.start, self.recipient_zone, self.other_name, self.other_zone);
        let mut text = match self.event {
            BookingNotice::Cancelled => format!("This session is cancelled:\n{when}\n"),
            BookingNotice::Rescheduled => format!("This session has moved to:\n{when}\n"),
            _ => format!("{when}\n"),
        };
        if let Some(earlier) = self.follow_up_of {
            text.push_str(&format!("{}\n", follow_up_line(earlier, self.recipient_zone)));
        }
        if let Some(reason) = self.reason.filter(|r| !r.trim().is_empty()) {
            text.push_str(&format!("\nReason: {reason}\n"));
        }
        text.push_str(&format!("\nAgenda:\n{}\n", self.agenda));
        if self.event != BookingNotice::Cancelled {
            text.push_str(&format!("\nJoin the call: {}\n", self.call_link));
        }
        text.push_str(&format!("\nAdd to your calendar: {}\n", self.invite_url));
        text
    }
}
