//! A booking as iCalendar text: the invite a participant downloads and their feed. The invite a
//! participant is mailed is written as data with the change it announces and put into words, in
//! its reader's language, when the mail is delivered.

use domain::booking::{self, Invite, MailedInvite, Side};
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
    let (uid, summary, description) = (uid(row), summary(row, viewer), description(row));
    booking::ics(&invite_of(row, &uid, &summary, &description, now), booking::Delivery::Published)
}

/// The invitation mailed to `attendee` for the booking: organized by the service's own address,
/// with the recipient as its one attendee, so neither party's address reaches the other.
pub fn mailed_invite(row: &BookingRow, now: Timestamp, organizer: &str, attendee: &str) -> MailedInvite {
    MailedInvite {
        uid: uid(row),
        sequence: row.sequence,
        cancelled: !row.status.is_live(),
        end: row.end_at,
        stamp: now,
        organizer: organizer.to_owned(),
        attendee: attendee.to_owned(),
    }
}

/// The viewer's calendar feed: each session as its invite has it (same UID and SEQUENCE).
pub fn feed(rows: &[BookingRow], viewer: &str, now: Timestamp) -> String {
    let named: Vec<[String; 3]> =
        rows.iter().map(|row| [uid(row), summary(row, viewer), description(row)]).collect();
    let invites: Vec<Invite<'_>> = rows
        .iter()
        .zip(&named)
        .map(|(row, [uid, summary, description])| invite_of(row, uid, summary, description, now))
        .collect();
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

/// The agenda and how to join. Downloads and feeds are in English; mailed invites are in their
/// reader's language.
fn description(row: &BookingRow) -> String {
    format!("{}\n\nJoin the call: {}", row.agenda, row.call_link)
}

fn invite_of<'a>(
    row: &'a BookingRow,
    uid: &'a str,
    summary: &'a str,
    description: &'a str,
    now: Timestamp,
) -> Invite<'a> {
    Invite {
        uid,
        sequence: row.sequence,
        cancelled: !row.status.is_live(),
        start: row.start_at,
        end: row.end_at,
        stamp: now,
        summary,
        description,
        call_link: &row.call_link,
        alarm: "Quarterhour session in 10 minutes",
    }
}
