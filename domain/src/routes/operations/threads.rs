use crate::error::ErrorBody;
use crate::thread::{MessageEnvelope, NewMessage, ThreadList, ThreadMessages};

/// The signed-in user's threads, latest activity first, with unread counts.
#[utoipa::path(
    get,
    operation_id = "my_threads",
    path = "/api/me/threads",
    tag = "threads",
    responses(
        (status = 200, description = "Every thread the user takes part in.", body = ThreadList),
        (status = 401, description = "Not signed in.", body = ErrorBody),
    )
)]
pub fn mine() {}

/// A thread and its messages, oldest first; reading marks them read.
#[utoipa::path(
    get,
    operation_id = "thread_messages",
    path = "/api/threads/{id}/messages",
    tag = "threads",
    params(("id" = String, Path, description = "The thread's id")),
    responses(
        (status = 200, description = "The messages; `unread` says which were new to the viewer.", body = ThreadMessages),
        (status = 401, description = "Not signed in.", body = ErrorBody),
        (status = 404, description = "No such thread for this user.", body = ErrorBody),
    )
)]
pub fn messages() {}

/// Writes a message to the other participant, who is mailed about it.
#[utoipa::path(
    post,
    operation_id = "post_message",
    path = "/api/threads/{id}/messages",
    tag = "threads",
    params(("id" = String, Path, description = "The thread's id")),
    request_body = NewMessage,
    responses(
        (status = 201, description = "Sent.", body = MessageEnvelope),
        (status = 401, description = "Not signed in.", body = ErrorBody),
        (status = 404, description = "No such thread for this user.", body = ErrorBody),
        (status = 422, description = "Empty, or over 4,000 characters (`field`: `body`).", body = ErrorBody),
        (status = 429, description = "Too many messages; see `Retry-After`.", body = ErrorBody),
    )
)]
pub fn post() {}
