//! Threads: the private exchange an accepted offer opens between a mentee and a mentor.

use serde::{Deserialize, Serialize};

use crate::error::ApiError;
use crate::markdown::parse_text;
use crate::profile::Person;
use crate::side::Side;

/// A written answer, a note with a proposed slot, and a thread message share this limit.
pub const MAX_MESSAGE_CHARS: usize = 4_000;

/// Mails about new messages a participant gets per thread and hour: one says there is something
/// to read, however many messages follow it.
pub const MESSAGE_MAILS_PER_THREAD_PER_HOUR: usize = 1;

/// A thread message's text.
pub fn parse_message(raw: &str) -> Result<String, ApiError> {
    parse_text("body", raw, MAX_MESSAGE_CHARS, "Write a message first.")
}

/// One message in a thread.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Message {
    pub id: String,
    pub author_id: String,
    /// Whether the viewer wrote it.
    pub mine: bool,
    /// Markdown as written.
    pub body: String,
    pub body_html: String,
    /// Not yet read by the viewer when this response was made.
    pub unread: bool,
    pub created_at: String,
}

/// A thread as one of its two participants sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Thread {
    pub id: String,
    /// The question the thread answers; null for a session's own thread.
    pub request_id: Option<String>,
    /// The question's title, or for a session's thread the first line of its agenda.
    pub request_title: String,
    /// For a session's thread, when the session starts (RFC 3339).
    pub session_start: Option<String>,
    /// The other participant.
    pub with: Person,
    /// The viewer's side.
    pub role: Side,
    pub booking_id: Option<String>,
    /// Messages the viewer has not read.
    pub unread: u32,
    pub last_message_at: String,
}

/// `GET /api/threads/{id}/messages`: the thread and all its messages, oldest first. Reading
/// marks them read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ThreadMessages {
    pub thread: Thread,
    pub messages: Vec<Message>,
}

/// `GET /api/me/threads`, most recent activity first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ThreadList {
    pub threads: Vec<Thread>,
}

/// `POST /api/threads/{id}/messages`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct NewMessage {
    /// Markdown, 1–4,000 characters.
    pub body: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MessageEnvelope {
    pub message: Message,
}

/// Unread thread messages, in `GET /api/me`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct UnreadCounts {
    pub messages: u32,
    pub threads: u32,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_are_limited_to_four_thousand_characters() {
        assert_eq!(parse_message(&"é".repeat(4_000)).unwrap().chars().count(), 4_000);
        assert_eq!(parse_message(&"é".repeat(4_001)).unwrap_err().field.as_deref(), Some("body"));
        assert!(parse_message("  ").is_err());
    }
}
