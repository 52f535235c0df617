//! Threads: reading (which marks read), writing (which mails the other side) and the export.

use domain::error::ApiError;
use domain::ids::{ThreadId, UserId};
use domain::mail::MailContent;
use domain::thread::MESSAGE_MAILS_PER_THREAD_PER_HOUR;

use crate::app_ctx::AppCtx;
use crate::error::AppError;
use crate::limits::{self, HOUR};
use crate::mailer::{self, Mail};
use crate::services::accounts;
use crate::store::outbox::After;
use crate::store::rate_events::{self, Cap};
use crate::store::threads::{self, MessageRow, ThreadRow};
use crate::store::users::UserRow;

/// The thread if `user` is one of its two participants; 404 otherwise.
pub async fn participant_thread(
    ctx: &AppCtx<'_>,
    user: &UserId,
    id: &ThreadId,
) -> Result<ThreadRow, AppError> {
    Ok(threads::find_for(&ctx.db()?, user, id).await?.ok_or_else(ApiError::not_found)?)
}

/// The thread's messages, oldest first; everything in it is read by `user` from now on.
pub async fn read(ctx: &AppCtx<'_>, user: &UserId, thread: &ThreadRow) -> Result<Vec<MessageRow>, AppError> {
    let db = ctx.db()?;
    let rows = threads::messages(&db, &thread.id).await?;
    if let Some(last) = rows.last().filter(|last| last.id > thread.read_id) {
        threads::mark_read(&db, &thread.id, user, last.id).await?;
    }
    Ok(rows)
}

/// Writes a message to the other participant, who is mailed about it at most once an hour per
/// thread: one mail says there is something to read, however many messages follow it.
pub async fn post(
    ctx: &AppCtx<'_>,
    user: &UserRow,
    thread: &ThreadRow,
    body: &str,
) -> Result<MessageRow, AppError> {
    let per_hour = ctx.config_number("MESSAGES_PER_USER_PER_HOUR", 120);
    limits::enforce(ctx, &format!("messages:{}", user.id), per_hour, HOUR).await?;
    let sender = Some(accounts::profile_of(ctx, &user.id).await?.display_name)
        .filter(|name| !name.is_empty())
        .unwrap_or_else(|| "The other participant".into());
    let link = ctx.link(&format!("/threads/{}", thread.id));
    let content = MailContent::NewMessage { sender: sender.clone(), title: thread.title(), link };
    let db = ctx.db()?;
    let bucket = format!("thread-mail:{}:{}", thread.id, thread.other_id);
    // The mail follows the place it takes: written only if none was taken this hour.
    let mut then = vec![rate_events::hit_all_statement(
        &db,
        &[Cap { bucket: &bucket, limit: MESSAGE_MAILS_PER_THREAD_PER_HOUR, window: HOUR }],
        ctx.now_seconds(),
    )?];
    then.extend(mailer::queue_statements(ctx, &[Mail::new(&thread.other_email, content)], After::Changed)?);
    Ok(threads::post(&db, &thread.id, &user.id, body, ctx.now, then).await?)
}

/// A thread with all its messages.
pub struct WithMessages {
    pub thread: ThreadRow,
    pub messages: Vec<MessageRow>,
}

/// Every thread of the user with all its messages, for the data export; marks nothing read.
pub async fn all_of(ctx: &AppCtx<'_>, user: &UserId) -> Result<Vec<WithMessages>, AppError> {
    let db = ctx.db()?;
    let mut messages = threads::messages_of_user(&db, user).await?;
    Ok(threads::for_user(&db, user)
        .await?
        .into_iter()
        .map(|thread| {
            let (mine, rest): (Vec<_>, Vec<_>) = messages.drain(..).partition(|(id, _)| *id == thread.id);
            messages = rest;
            WithMessages { messages: mine.into_iter().map(|(_, message)| message).collect(), thread }
        })
        .collect())
}
