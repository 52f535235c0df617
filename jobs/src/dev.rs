//! Development only: what the API Worker's development endpoints ask of this Worker through
//! their service binding (`JOBS`): running the Cron Trigger's jobs at the development clock and
//! draining the queues (`POST /api/dev/run-scheduled`), and writing synthetic insight aggregates
//! (`POST /api/dev/seed-insights`), loading the demo people (`POST /api/dev/seed`), and
//! putting written mail into words for the development mailbox (`GET /api/dev/outbox`).
//! Elsewhere every request is answered 404.

use backend::app_ctx::{AppCtx, Later, clock, is_development};
use backend::error::AppError;
use backend::mailer::delivery;
use backend::queues::dev_paths::{OUTBOX, RUN_SCHEDULED, SEED, SEED_INSIGHTS};
use backend::services::{calendar_reads, demo, insights_refresh};
use backend::store::outbox;
use domain::error::ApiError;
use domain::wire::{
    Outbox, OutboxQuery, RunScheduled, ScheduledRun, SeedInsights, SeedRequest, SeededInsights,
};
use jiff::Timestamp;
use serde::Serialize;
use worker::{Env, Request, Response, console_error};

use crate::cron::{self, Queues};

pub async fn answer(mut req: Request, env: &Env) -> worker::Result<Response> {
    if !is_development(env) {
        return error_of(ApiError::not_found().into());
    }
    let path = req.path();
    let body: Vec<u8> = req.bytes().await.unwrap_or_default();
    let header = |name: &str| req.headers().get(name).ok().flatten();
    // The API Worker checked both headers before forwarding them.
    let now = header("x-quarterhour-now").and_then(|now| now.parse::<Timestamp>().ok()).unwrap_or_else(clock);
    let per_run_asked = header("x-quarterhour-per-run").and_then(|n| n.parse().ok());
    let Some(origin) = cron::origin(env) else { return error_of(AppError::Internal("no origin".into())) };
    let later = Later::default();
    let ctx = AppCtx { env, now, origin, later: &later, client: "development".into(), per_run_asked };
    let answer = match path.as_str() {
        RUN_SCHEDULED => run_scheduled(&ctx, &body).await.and_then(|run| json(&run)),
        SEED_INSIGHTS => seed_insights(&ctx, &body).await.and_then(|seeded| json(&seeded)),
        SEED => seed(&ctx, &body).await.and_then(|seeded| json(&seeded)),
        OUTBOX => mailbox(&ctx, &body).await.and_then(|outbox| json(&outbox)),
        _ => Err(ApiError::not_found().into()),
    };
    later.finish(env, now).await;
    answer.or_else(error_of)
}

async fn run_scheduled(ctx: &AppCtx<'_>, body: &[u8]) -> Result<ScheduledRun, AppError> {
    let run: RunScheduled = decode(body)?;
    if run.stop_after_claiming_insights {
        insights_refresh::claim_and_stop(ctx).await?;
        return Ok(ScheduledRun::default());
    }
    if let Some(calendar) = &run.stop_while_reading_calendar {
        calendar_reads::begin_read_and_stop(ctx, calendar).await?;
        return Ok(ScheduledRun::default());
    }
    let queues = if run.as_deployed { Queues::Hand } else { Queues::Drain };
    Ok(cron::run_at(ctx, queues).await)
}

async fn seed_insights(ctx: &AppCtx<'_>, body: &[u8]) -> Result<SeededInsights, AppError> {
    let request: SeedInsights = decode(body)?;
    Ok(SeededInsights { rows: insights_refresh::seed_synthetic(ctx, &request).await? })
}

/// The API Worker checked the request's bounds.
async fn seed(ctx: &AppCtx<'_>, body: &[u8]) -> Result<domain::wire::SeedResult, AppError> {
    let request: SeedRequest = decode(body)?;
    demo::seed(ctx, &request).await
}

/// The development mailbox: every written mail put into words, then the newest 100 (to one
/// address, if asked).
async fn mailbox(ctx: &AppCtx<'_>, body: &[u8]) -> Result<Outbox, AppError> {
    let query: OutboxQuery = decode(body)?;
    let db = ctx.db()?;
    delivery::render_all_written(&db, ctx.now).await?;
    Ok(Outbox { messages: outbox::list(&db, query.to.as_deref(), 100).await? })
}

/// The API Worker decoded the body already; a body that does not decode here is its mistake.
fn decode<T: serde::de::DeserializeOwned>(body: &[u8]) -> Result<T, AppError> {
    serde_json::from_slice(if body.is_empty() { b"{}" } else { body })
        .map_err(|error| AppError::Internal(format!("a forwarded body: {error}")))
}

fn json<T: Serialize>(value: &T) -> Result<Response, AppError> {
    Ok(Response::from_json(value)?)
}

fn error_of(error: AppError) -> worker::Result<Response> {
    let error = match error {
        AppError::Api(error) => error,
        other => {
            console_error!("development job: {other}");
            ApiError::internal()
        }
    };
    let status = error.status();
    Ok(Response::from_json(&error.into_body())?.with_status(status))
}
