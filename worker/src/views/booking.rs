//! Bookings as their participants see them, and as calendar invites.

use domain::booking::{self, Booking, FollowUpOf, Invite, Participant, Side};
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
    }
}

pub fn invite_url(row: &BookingRow, origin: &str) -> String {
    format!("{origin}/api/bookings/{}/invite.ics", row.id)
}

/// The booking as an RFC 5545 calendar for `viewer`: the same UID in every version, a SEQUENCE
/// that rises with every change, a cancellation once cancelled.
pub fn invite(row: &BookingRow, viewer: &str, now: Timestamp) -> String {
    let other = match Side::of(viewer, row.mentor_id.as_str()) {
        Side::Mentor => &row.mentee_name,
        Side::Mentee => &row.mentor_name,
    };
    let summary = format!("Quarterhour: 15 minutes with {other}");
    let uid = format!("{}@quarterhour", row.id);
    booking::ics(&Invite {
        uid: &uid,
        sequence: row.sequence,
        cancelled: !row.status.is_live(),
        start: row.start_at,
        end: row.end_at,
        stamp: now,
        summary: &summary,
        agenda: &row.agenda,
        call_link: &row.call_link,
    })
}
