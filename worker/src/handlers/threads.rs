//! Threads: the private, asynchronous exchange an accepted offer opens between a mentee and a
//! mentor. Only the two can read or write one; to anyone else it does not exist.

use domain::error::{ApiError, ErrorBody};
use domain::markdown;
use domain::request::{
    Message, MessageEnvelope, NewMessage, Person, Thread, ThreadList, ThreadMessages, mail, parse_message,
};
use worker::Response;

use crate::context::Ctx;
use crate::error::AppError;
use crate::handlers::bookings;
use crate::limits::{self, HOUR};
use crate::mailer::{self, Mail};
use crate::store::threads::{self, MessageRow, ThreadRow};
use crate::{http, sessions, views};

fn thread_view(row: &ThreadRow, viewer_id: &str) -> Thread {
    Thread {
        id: row.id.clone(),
        request_id: row.request_id.clone(),
        request_title: row.request_title.clone(),
        with: Person {
            id: row.other_id.clone(),
            display_name: row.other_name.clone(),
            headline: row.other_headline.clone(),
            organization: views::organization(
                row.other_organization.as_deref(),
                row.other_organization_name.as_deref(),
            ),
            timezone: row.other_timezone.clone(),
        },
        role: if row.mentee_id == viewer_id { "mentee" } else { "mentor" }.into(),
        booking_id: row.booking_id.clone(),
        unread: u32::try_from(row.unread).unwrap_or(0),
        last_message_at: row.last_message_at.clone(),
    }
}

fn message_view(row: &MessageRow, viewer_id: &str, read_id: i64) -> Message {
    let mine = row.author_id == viewer_id;
    Message {
        id: row.id.to_string(),
        author_id: row.author_id.clone(),
        mine,
        body_html: markdown::to_safe_html(&row.body),
        body: row.body.clone(),
        unread: !mine && row.id > read_id,
        created_at: row.created_at.clone(),
    }
}

/// The thread if the signed-in user is one of its two participants; 404 otherwise.
async fn participant_thread(ctx: &Ctx<'_>, user_id: &str) -> Result<ThreadRow, AppError> {
    Ok(threads::find_for(&ctx.db()?, user_id, ctx.param("id")).await?.ok_or_else(ApiError::not_found)?)
}

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
    let user = sessions::require(ctx).await?;
    let rows = threads::for_user(&ctx.db()?, &user.id).await?;
    http::json(200, &ThreadList { threads: rows.iter().map(|row| thread_view(row, &user.id)).collect() })
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
    let user = sessions::require(ctx).await?;
    let row = participant_thread(ctx, &user.id).await?;
    let db = ctx.db()?;
    let rows = threads::messages(&db, &row.id).await?;
    let messages = rows.iter().map(|message| message_view(message, &user.id, row.read_id)).collect();
    if let Some(last) = rows.last().filter(|last| last.id > row.read_id) {
        threads::mark_read(&db, &row.id, &user.id, last.id).await?;
    }
    http::json(200, &ThreadMessages { thread: thread_view(&row, &user.id), messages })
}

/// Every thread of the user with all its messages, for the data export; marks nothing read.
pub async fn all_of(ctx: &Ctx<'_>, user_id: &str) -> Result<Vec<ThreadMessages>, AppError> {
    let db = ctx.db()?;
    let messages = threads::messages_of_user(&db, user_id).await?;
    Ok(threads::for_user(&db, user_id)
        .await?
        .iter()
        .map(|row| ThreadMessages {
            messages: messages
                .iter()
                .filter(|(thread_id, _)| *thread_id == row.id)
                .map(|(_, message)| message_view(message, user_id, row.read_id))
                .collect(),
            thread: thread_view(row, user_id),
        })
        .collect())
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
    let user = sessions::require(ctx).await?;
    let row = participant_thread(ctx, &user.id).await?;
    let input: NewMessage = ctx.decode()?;
    let body = parse_message(&input.body)?;
    let db = ctx.db()?;
    let per_hour = ctx.config_number("MESSAGES_PER_USER_PER_HOUR", 120);
    limits::enforce(ctx, &format!("messages:{}", user.id), per_hour, HOUR).await?;
    let message = threads::post(&db, &row.id, &user.id, &body, &ctx.now_text()).await?;
    let sender = crate::store::profiles::find(&db, &user.id)
        .await?
        .map(|profile| profile.display_name)
        .filter(|name| !name.is_empty())
        .unwrap_or_else(|| "The other participant".into());
    let link = format!("{}/threads/{}", bookings::origin(ctx), row.id);
    let (subject, text) = mail::new_message(&sender, &row.request_title, &link);
    mailer::send(ctx, Mail { to: row.other_email.clone(), subject, text }).await?;
    http::json(201, &MessageEnvelope { message: message_view(&message, &user.id, message.id) })
}
