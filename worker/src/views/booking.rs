//! Bookings as their participants see them.

use domain::booking::{
    Booking, CalendarEntry, CalendarLinks, FollowUpOf, GOOGLE_CALENDAR_TEMPLATE, OUTLOOK_COMPOSE,
    Participant, Side,
};
use domain::time::rfc3339;

use crate::services::invites::{invite_url, summary};
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
