//! Development-only endpoints. Outside `ENVIRONMENT=development` they do not exist (404). Those
//! that run background work or load the demo people hand it to the jobs Worker (`to_jobs`), so
//! that the API Worker carries none of that code.

use domain::account::Email;
use domain::error::ApiError;
use domain::wire::{
    CacheWrites, DevMailAnswer, DevMailApi, DevMailPosts, MailDelivery, Outbox, OutboxQuery, RunScheduled,
    ScheduledRun, SeedInsights, SeedRequest, SeedResult, SeededInsights,
};
use serde::Serialize;
use serde::de::DeserializeOwned;
use worker::js_sys::Uint8Array;
use worker::{Headers, Method, RequestInit, Response};

use crate::crypto;
use crate::http::{self, AppError, Ctx};
use crate::queues::dev_paths;
use crate::store::{cache, outbox};

pub async fn outbox(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    ctx.development_only()?;
    let to = match ctx.query("to") {
        Some(raw) => Some(
            Email::parse(&raw)
                .map_err(|e| ApiError::invalid_parameter("to", e.message))?
                .as_str()
                .to_string(),
        ),
        None => None,
    };
    // The jobs Worker puts written mail into words before listing it.
    let body =
        serde_json::to_vec(&OutboxQuery { to }).map_err(|error| AppError::Internal(error.to_string()))?;
    to_jobs_with::<Outbox>(ctx, dev_paths::OUTBOX, &body).await
}

pub async fn seed(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    ctx.development_only()?;
    let request: SeedRequest = ctx.decode()?;
    let prefix_ok = !request.prefix.is_empty()
        && request.prefix.len() <= 16
        && request.prefix.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit());
    if !prefix_ok {
        return Err(ApiError::validation("prefix", "Use 1-16 lower-case letters or digits.").into());
    }
    if request.mentors > 2000 {
        return Err(ApiError::validation("mentors", "Load at most 2,000 mentors a call.").into());
    }
    if request.mentees > 200 {
        return Err(ApiError::validation("mentees", "Load at most 200 mentees a call.").into());
    }
    let end = request.start.checked_add(request.mentors.max(request.mentees));
    if end.is_none_or(|end| end > 1_000_000) {
        return Err(ApiError::validation("start", "Indexes stop at 1,000,000.").into());
    }
    to_jobs::<SeedResult>(ctx, dev_paths::SEED).await
}

/// Runs the Cron Trigger's jobs in the jobs Worker, at the development clock's time.
pub async fn run_scheduled(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    ctx.development_only()?;
    let _: RunScheduled = ctx.decode()?;
    to_jobs::<ScheduledRun>(ctx, dev_paths::RUN_SCHEDULED).await
}

/// Hands a development request on to the jobs Worker (its `JOBS` service binding), which does
/// what only it can (the scheduled jobs, aggregating insights), with the development clock
/// and the rows per run a test asked for.
async fn to_jobs<T: DeserializeOwned + Serialize>(ctx: &Ctx<'_>, path: &str) -> Result<Response, AppError> {
    to_jobs_with::<T>(ctx, path, &ctx.body).await
}

/// [`to_jobs`] with a body of the API Worker's making.
async fn to_jobs_with<T: DeserializeOwned + Serialize>(
    ctx: &Ctx<'_>,
    path: &str,
    body: &[u8],
) -> Result<Response, AppError> {
    let headers = Headers::new();
    headers.set("content-type", "application/json")?;
    headers.set("x-quarterhour-now", &ctx.now_text())?;
    if let Some(per_run) = ctx.per_run_asked {
        headers.set("x-quarterhour-per-run", &per_run.to_string())?;
    }
    let mut init = RequestInit::new();
    init.with_method(Method::Post).with_headers(headers).with_body(Some(Uint8Array::from(body).into()));
    let mut answer =
        ctx.env.service("JOBS")?.fetch(format!("https://jobs.internal{path}"), Some(init)).await?;
    let status = answer.status_code();
    if status != 200 {
        let error: domain::error::ErrorBody = answer.json().await?;
        return Err(AppError::Api(error.error));
    }
    http::ok(&answer.json::<T>().await?)
}

pub async fn mail_delivery(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    ctx.development_only()?;
    let switch: MailDelivery = ctx.decode()?;
    let db = ctx.db()?;
    db.batch(outbox::set_failing_statements(&db, switch.failing, ctx.now)?).await?;
    http::ok(&switch)
}

pub async fn route_mail_api(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    ctx.development_only()?;
    let route: DevMailApi = ctx.decode()?;
    let domain = Email::parse(&format!("postmaster@{}", route.domain))
        .map_err(|_| ApiError::validation("domain", "Use a domain name such as example.org."))?
        .domain()
        .to_string();
    let url = ctx.link("/api/dev/mail-api");
    let db = ctx.db()?;
    outbox::route_to_dev_mail_api_statement(&db, &domain, &url, route.answer.as_str())?.run().await?;
    http::ok(&DevMailApi { domain, answer: route.answer })
}

pub async fn mail_api_post(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    ctx.development_only()?;
    #[derive(serde::Deserialize)]
    struct Posted {
        to: Vec<String>,
    }
    let posted: Posted = ctx.decode()?;
    let no_recipient = || ApiError::validation("to", "Post a mail to an address whose domain comes here.");
    let to = posted.to.first().and_then(|to| Email::parse(to).ok()).ok_or_else(no_recipient)?;
    let db = ctx.db()?;
    let answer = outbox::dev_mail_api_answer(&db, to.domain()).await?.ok_or_else(no_recipient)?;
    // Without a key every post is a mail of its own, as with a real mail API.
    let key = match ctx.header("idempotency-key") {
        Some(key) => key,
        None => format!("none-{}", crypto::new_id()?),
    };
    let posts = outbox::count_dev_mail_api_post(&db, &key, to.as_str()).await?;
    if answer == DevMailAnswer::Slowly.as_str() {
        worker::Delay::from(std::time::Duration::from_secs(1)).await;
    }
    if answer == DevMailAnswer::FailsOnceAfterSending.as_str() && posts == 1 {
        return Err(AppError::Internal("the development mail API fails once after sending".into()));
    }
    http::ok(&serde_json::json!({ "id": key }))
}

pub async fn mail_api_sent(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    ctx.development_only()?;
    let to = Email::parse(&ctx.query("to").unwrap_or_default())
        .map_err(|e| ApiError::invalid_parameter("to", e.message))?;
    http::ok(&DevMailPosts { sent: outbox::dev_mail_api_sent(&ctx.db()?, to.as_str()).await? })
}

pub async fn cache_writes(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    ctx.development_only()?;
    let switch: CacheWrites = ctx.decode()?;
    cache::set_writes_failing(&ctx.kv()?, switch.failing).await?;
    http::ok(&switch)
}

pub async fn seed_insights(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    ctx.development_only()?;
    let _: SeedInsights = ctx.decode()?;
    to_jobs::<SeededInsights>(ctx, dev_paths::SEED_INSIGHTS).await
}
