//! Threads and their messages as one of the two participants sees them.

use domain::account::Organization;
use domain::booking::Side;
use domain::markdown;
use domain::request::Person;
use domain::thread::{Message, Thread, ThreadMessages};
use domain::time::rfc3339;

use crate::store::threads::{MessageRow, ThreadRow};

pub fn thread(row: &ThreadRow, viewer: &str) -> Thread {
    Thread {
        id: row.id.to_string(),
        request_id: row.request_id.as_ref().map(ToString::to_string),
        request_title: row.title(),
        session_start: row.session_start_at.map(rfc3339),
        with: Person {
            id: row.other_id.to_string(),
            display_name: row.other_name.clone(),
            headline: row.other_headline.clone(),
            organization: Organization::verified(
                row.other_organization.as_deref(),
                row.other_organization_name.as_deref(),
            ),
            timezone: row.other_timezone.clone(),
        },
        role: if row.mentee_id == *viewer { Side::Mentee } else { Side::Mentor },
        booking_id: row.booking_id.as_ref().map(ToString::to_string),
        unread: u32::try_from(row.unread).unwrap_or(0),
        last_message_at: rfc3339(row.last_message_at),
    }
}

/// A message; `read_id` is the newest the viewer had read before this response.
pub fn message(row: &MessageRow, viewer: &str, read_id: i64) -> Message {
    let mine = row.author_id == *viewer;
    Message {
        id: row.id.to_string(),
        author_id: row.author_id.to_string(),
        mine,
        body_html: markdown::to_safe_html(&row.body),
        body: row.body.clone(),
        unread: !mine && row.id > read_id,
        created_at: rfc3339(row.created_at),
    }
}

/// A thread with its messages; `unread` marks those new to the viewer before this response.
pub fn with_messages(row: &ThreadRow, messages: &[MessageRow], viewer: &str) -> ThreadMessages {
    ThreadMessages {
        thread: thread(row, viewer),
        messages: messages.iter().map(|m| message(m, viewer, row.read_id)).collect(),
    }
}
