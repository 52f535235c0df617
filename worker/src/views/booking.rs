//! Bookings as their participants see them, and as calendar invites.

use domain::booking::{
    self, Booking, CalendarEntry, CalendarLinks, FollowUpOf, GOOGLE_CALENDAR_TEMPLATE, Invite,
    OUTLOOK_COMPOSE, Participant, Side,
};
use domain::time::rfc3339;
use jiff::Timestamp;

use crate::store::bookings::BookingRow;

pub fn booking(row: &BookingRow, viewer: &str, origin: &str) -> Booking {
    Booking {
        id: row.id.to_string(),
        mentor: Participant {
            id: row.mentor_id.to_string(),
            display_name: row.mentor_name.clone(),
            timezone: row.mentor_timezone.clone(),
        },
        mentee: Participant {
            id: row.mentee_id.to_string(),
            display_name: row.mentee_name.clone(),
            timezone: row.mentee_timezone.clone(),
        },
        start: rfc3339(row.start_at),
        end: rfc3339(row.end_at),
        agenda: row.agenda.clone(),
        status: row.status,
        call_link: row.call_link.clone(),
        role: Side::of(viewer, row.mentor_id.as_str()),
        cancel_reason: row.cancel_reason.clone(),
        invite_url: invite_url(row, origin),
        created_at: rfc3339(row.created_at),
        attendance: row.attendance,
        my_report: row.report_of(Side::of(viewer, row.mentor_id.as_str())),
        thread_id: row.thread_id.as_ref().map(ToString::to_string),
        follow_up_of: row
            .follow_up_of
            .as_ref()
            .zip(row.follow_up_start_at)
            .map(|(id, start)| FollowUpOf { booking_id: id.to_string(), start: rfc3339(start) }),
        add_to_calendar: calendar_links(row, viewer),
    }
}

/// The session as the viewer's event: titled with the other person.
fn summary(row: &BookingRow, viewer: &str) -> String {
    let other = match Side::of(viewer, row.mentor_id.as_str()) {
        Side::Mentor => &row.mentee_name,
        Side::Mentee => &row.mentor_name,
    };
    format!("Quarterhour: 15 minutes with {other}")
}

/// "Add to Google Calendar" and "Add to Outlook" addresses, from their public templates.
fn calendar_links(row: &BookingRow, viewer: &str) -> CalendarLinks {
    let title = summary(row, viewer);
    let details = format!("{}\n\nJoin the call: {}", row.agenda, row.call_link);
    let entry = CalendarEntry {
        title: &title,
        start: row.start_at,
        end: row.end_at,
        details: &details,
        location: &row.call_link,
    };
    let link = |base: &str, params: Vec<(&'static str, String)>| {
        worker::Url::parse_with_params(base, params.iter().map(|(k, v)| (*k, v.as_str())))
            .map(|url| url.to_string())
            .unwrap_or_default()
    };
    CalendarLinks {
        google: link(GOOGLE_CALENDAR_TEMPLATE, entry.google_params()),
        outlook: link(OUTLOOK_COMPOSE, entry.outlook_params()),
    }
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
    format!("W/\"{}\"", &crate::crypto::sha256_hex(&[&unstamped])[..32])
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
