//! Threads: the private, asynchronous exchange an accepted offer opens between a mentee and a
//! mentor. Only the two can read or write one; to anyone else it does not exist.

use domain::ids::ThreadId;
use domain::thread::{MessageEnvelope, NewMessage, ThreadList, parse_message};
use worker::Response;

use crate::http::{self, AppError, Ctx};
use crate::services::threads;
use crate::store::threads as store;
use crate::views;

pub async fn mine(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    let user = ctx.user().await?;
    let rows = store::for_user(&ctx.db()?, &user.id).await?;
    http::ok(&ThreadList {
        threads: rows.iter().map(|row| views::thread::thread(row, user.id.as_str())).collect(),
    })
}

pub async fn messages(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    let user = ctx.user().await?;
    let thread = threads::participant_thread(ctx, &user.id, &ctx.id::<ThreadId>("id")?).await?;
    let rows = threads::read(ctx, &user.id, &thread).await?;
    http::ok(&views::thread::with_messages(&thread, &rows, user.id.as_str()))
}

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
