//! Bookings as RFC 5545 calendars (invites and feeds) and as "add to calendar" links.

use jiff::Timestamp;

/// An RFC 5545 invite for a booking. `cancelled` makes it a cancellation (METHOD:CANCEL).
pub struct Invite<'a> {
    pub uid: &'a str,
    pub sequence: i64,
    pub cancelled: bool,
    pub start: Timestamp,
    pub end: Timestamp,
    pub stamp: Timestamp,
    pub summary: &'a str,
    /// The agenda and how to join, in the reader's language.
    pub description: &'a str,
    pub call_link: &'a str,
    /// What the reminder ten minutes before says.
    pub alarm: &'a str,
}

/// How an invite reaches a person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Delivery<'a> {
    /// Sent to one person as an invitation (RFC 5546 `REQUEST`, or `CANCEL` once cancelled): the
    /// service's own no-reply address organizes it and the recipient alone attends, so no one's
    /// address reaches the other party.
    Mailed { organizer: &'a str, attendee: &'a str },
    /// Saved or subscribed to (a download, a feed): `PUBLISH`, with no one's address in it.
    Published,
}

pub fn ics(invite: &Invite<'_>, delivery: Delivery<'_>) -> String {
    let head = match delivery {
        Delivery::Mailed { .. } if invite.cancelled => "METHOD:CANCEL",
        Delivery::Mailed { .. } => "METHOD:REQUEST",
        Delivery::Published => "METHOD:PUBLISH",
    };
    calendar(&[head.to_string()], std::slice::from_ref(invite), delivery)
}

/// A person's subscribable calendar: their sessions as events with the UIDs and SEQUENCEs of
/// their invites, cancelled ones marked so that subscribed calendars remove them. A feed
/// publishes; it does not invite.
pub fn feed(invites: &[Invite<'_>]) -> String {
    let head = [
        "METHOD:PUBLISH".to_string(),
        "X-WR-CALNAME:Quarterhour".into(),
        "REFRESH-INTERVAL;VALUE=DURATION:PT15M".into(),
        "X-PUBLISHED-TTL:PT15M".into(),
    ];
    calendar(&head, invites, Delivery::Published)
}

fn calendar(head: &[String], invites: &[Invite<'_>], delivery: Delivery<'_>) -> String {
    let utc = |at: Timestamp| at.strftime("%Y%m%dT%H%M%SZ").to_string();
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".into(),
        "PRODID:-//Quarterhour//Bookings//EN".into(),
        "CALSCALE:GREGORIAN".into(),
    ];
    lines.extend(head.iter().cloned());
    for invite in invites {
        let status = if invite.cancelled { "CANCELLED" } else { "CONFIRMED" };
        lines.extend([
            "BEGIN:VEVENT".into(),
            format!("UID:{}", escape(invite.uid)),
            format!("SEQUENCE:{}", invite.sequence),
            format!("DTSTAMP:{}", utc(invite.stamp)),
            format!("DTSTART:{}", utc(invite.start)),
            format!("DTEND:{}", utc(invite.end)),
            format!("SUMMARY:{}", escape(invite.summary)),
            format!("DESCRIPTION:{}", escape(invite.description)),
            format!("LOCATION:{}", escape(invite.call_link)),
            format!("URL:{}", escape(invite.call_link)),
            format!("STATUS:{status}"),
        ]);
        if let Delivery::Mailed { organizer, attendee } = delivery {
            lines.extend([
                format!("ORGANIZER;CN=Quarterhour:mailto:{organizer}"),
                format!("ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:{attendee}"),
            ]);
        }
        if !invite.cancelled {
            lines.extend([
                "BEGIN:VALARM".into(),
                "ACTION:DISPLAY".into(),
                format!("DESCRIPTION:{}", escape(invite.alarm)),
                "TRIGGER:-PT10M".into(),
                "END:VALARM".into(),
            ]);
        }
        lines.push("END:VEVENT".into());
    }
    lines.push("END:VCALENDAR".into());
    lines.iter().map(|line| fold(line)).collect::<Vec<_>>().join("\r\n") + "\r\n"
}

/// What an "add to calendar" address carries: the parts are filled into each service's public
/// template by the caller, which owns URL encoding.
pub struct CalendarEntry<'a> {
    pub title: &'a str,
    pub start: Timestamp,
    pub end: Timestamp,
    pub details: &'a str,
    pub location: &'a str,
}

impl CalendarEntry<'_> {
    /// Google Calendar's template: `dates` as two basic-format UTC instants.
    pub fn google_params(&self) -> Vec<(&'static str, String)> {
        let basic = |at: Timestamp| at.strftime("%Y%m%dT%H%M%SZ").to_string();
        vec![
            ("action", "TEMPLATE".into()),
            ("text", self.title.into()),
            ("dates", format!("{}/{}", basic(self.start), basic(self.end))),
            ("details", self.details.into()),
            ("location", self.location.into()),
        ]
    }

    /// Outlook on the web's compose deep link: RFC 3339 instants.
    pub fn outlook_params(&self) -> Vec<(&'static str, String)> {
        vec![
            ("path", "/calendar/action/compose".into()),
            ("rru", "addevent".into()),
            ("subject", self.title.into()),
            ("startdt", crate::time::rfc3339(self.start)),
            ("enddt", crate::time::rfc3339(self.end)),
            ("body", self.details.into()),
            ("location", self.location.into()),
        ]
    }
}

pub const GOOGLE_CALENDAR_TEMPLATE: &str = "https://calendar.google.com/calendar/render";
pub const OUTLOOK_COMPOSE: &str = "https://outlook.live.com/calendar/0/deeplink/compose";

/// TEXT escaping (RFC 5545 3.3.11).
fn escape(text: &str) -> String {
    text.replace('\\', "\\\\").replace(';', "\\;").replace(',', "\\,").replace('\r', "").replace('\n', "\\n")
}

/// Folds a content line at 75 octets, never inside a UTF-8 character (RFC 5545 3.1).
fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3);
    let mut used = 0;
    for c in line.chars() {
        let width = c.len_utf8();
        if used + width > 75 {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += width;
    }
    out
}
