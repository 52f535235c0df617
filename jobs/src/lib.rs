//! Quarterhour's background work as a Cloudflare Worker of its own: the Cron Trigger (`cron`)
//! and the consumers of the `mail`, `calendars` and `insights` queues and of their dead-letter
//! queues (`consumers`). It shares the D1 database, the KV namespace and the `backend` crate
//! with the API Worker, which hands it work on the queues; nothing it does can hold up or stop
//! an answer. It answers no request, except in development (`dev`).

mod consumers;
mod cron;
mod dev;

use worker::{Context, Env, MessageBatch, Request, Response, ScheduleContext, ScheduledEvent, event};

#[event(start)]
fn start() {
    console_error_panic_hook::set_once();
}

#[event(scheduled)]
async fn scheduled(event: ScheduledEvent, env: Env, _ctx: ScheduleContext) {
    let now =
        jiff::Timestamp::from_millisecond(event.schedule() as i64).unwrap_or(jiff::Timestamp::UNIX_EPOCH);
    cron::run(&env, now).await;
}

#[event(queue)]
async fn queue(batch: MessageBatch<serde_json::Value>, env: Env, _ctx: Context) -> worker::Result<()> {
    consumers::consume(&batch, &env).await;
    Ok(())
}

/// Development only (the API Worker's `/api/dev/*` reach it through a service binding); a
/// deployment answers every request 404.
#[event(fetch)]
async fn fetch(req: Request, env: Env, _ctx: Context) -> worker::Result<Response> {
    dev::answer(req, &env).await
}
