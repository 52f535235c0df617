//! Threads: the private, asynchronous exchange an accepted offer opens between a mentee and a
//! mentor. Only the two can read or write one; to anyone else it does not exist.

use domain::error::ErrorBody;
use domain::ids::ThreadId;
use domain::thread::{MessageEnvelope, NewMessage, ThreadList, ThreadMessages, parse_message};
use worker::Response;

use crate::http::{self, AppError, Ctx};
use crate::services::threads;
use crate::store::threads as store;
use crate::views;

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
pub async fn mine(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    let user = ctx.user().await?;
    let rows = store::for_user(&ctx.db()?, &user.id).await?;
    http::ok(&ThreadList {
        threads: rows.iter().map(|row| views::thread::thread(row, user.id.as_str())).collect(),
    })
}

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
pub async fn messages(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    let user = ctx.user().await?;
    let thread = threads::participant_thread(ctx, &user.id, &ctx.id::<ThreadId>("id")?).await?;
    let rows = threads::read(ctx, &user.id, &thread).await?;
    http::ok(&views::thread::with_messages(&thread, &rows, user.id.as_str()))
}

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
pub async fn post(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    let user = ctx.user().await?;
    let thread = threads::participant_thread(ctx, &user.id, &ctx.id::<ThreadId>("id")?).await?;
    let input: NewMessage = ctx.decode()?;
    let body = parse_message(&input.body)?;
    let message = threads::post(ctx, &user, &thread, &body).await?;
    http::created(&MessageEnvelope {
        message: views::thread::message(&message, user.id.as_str(), message.id),
    })
}
