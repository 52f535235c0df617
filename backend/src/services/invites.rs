//! A booking as iCalendar text: the invite a participant downloads or is mailed, and their feed.
//! Mail is written with the change it announces, so the services that queue it render these.

use domain::booking::{self, Invite, Side};
use jiff::Timestamp;

use crate::crypto;
use crate::store::bookings::BookingRow;

/// The session as the viewer's event: titled with the other person.
pub fn summary(row: &BookingRow, viewer: &str) -> String {
    let other = match Side::of(viewer, row.mentor_id.as_str()) {
        Side::Mentor => &row.mentee_name,
        Side::Mentee => &row.mentor_name,
    };
    format!("Quarterhour: 15 minutes with {other}")
}

pub fn invite_url(row: &BookingRow, origin: &str) -> String {
    format!("{origin}/api/bookings/{}/invite.ics", row.id)
}

/// The booking as an RFC 5545 calendar for `viewer` to save: the same UID in every version, a
/// SEQUENCE that rises with every change, marked cancelled once cancelled.
pub fn invite(row: &BookingRow, viewer: &str, now: Timestamp) -> String {
    let (uid, summary) = (uid(row), summary(row, viewer));
    booking::ics(&invite_of(row, &uid, &summary, now), booking::Delivery::Published)
}

/// The invitation mailed to `attendee` (`viewer`'s address) for the booking: organized by the
/// service's own address, with the recipient as its one attendee, so neither party's address
/// reaches the other.
pub fn mailed_invite(
    row: &BookingRow,
    viewer: &str,
    now: Timestamp,
    organizer: &str,
    attendee: &str,
) -> String {
    let (uid, summary) = (uid(row), summary(row, viewer));
    booking::ics(&invite_of(row, &uid, &summary, now), booking::Delivery::Mailed { organizer, attendee })
}

/// The viewer's calendar feed: each session as its invite has it (same UID and SEQUENCE).
pub fn feed(rows: &[BookingRow], viewer: &str, now: Timestamp) -> String {
    let named: Vec<(String, String)> = rows.iter().map(|row| (uid(row), summary(row, viewer))).collect();
    let invites: Vec<Invite<'_>> =
        rows.iter().zip(&named).map(|(row, (uid, summary))| invite_of(row, uid, summary, now)).collect();
    booking::feed(&invites)
}

/// A weak ETag for what a rendered `feed` says, not when it was made (each event's DTSTAMP).
pub fn feed_etag(feed: &str) -> String {
    let unstamped: String = feed.split("\r\n").filter(|line| !line.starts_with("DTSTAMP:")).collect();
    format!("W/\"{}\"", &crypto::sha256_hex(&[&unstamped])[..32])
}

fn uid(row: &BookingRow) -> String {
    format!("{}@quarterhour", row.id)
}

fn invite_of<'a>(row: &'a BookingRow, uid: &'a str, summary: &'a str, now: Timestamp) -> Invite<'a> {
    Invite {
        uid,
        sequence: row.sequence,
        cancelled: !row.status.is_live(),
        start: row.start_at,
        end: row.end_at,
        stamp: now,
        summary,
        agenda: &row.agenda,
        call_link: &row.call_link,
    }
}
