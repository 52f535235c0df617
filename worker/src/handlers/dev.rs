//! Development-only endpoints. Outside `ENVIRONMENT=development` they do not exist (404).

use domain::account::Email;
use domain::error::{ApiError, ErrorBody};
use domain::wire::{
    CacheWrites, DevMailAnswer, DevMailApi, DevMailPosts, MailDelivery, Outbox, RunScheduled, ScheduledRun,
    SeedInsights, SeedRequest, SeedResult, SeededInsights,
};
use worker::Response;

use crate::http::{self, AppError, Ctx};
use crate::store::{cache, outbox};
use crate::{crypto, jobs};

/// Mail the development outbox holds, newest first.
#[utoipa::path(
    get,
    operation_id = "dev_outbox",
    path = "/api/dev/outbox",
    tag = "development",
    params(("to" = Option<String>, Query, description = "Only mail to this address")),
    responses(
        (status = 200, description = "The messages, newest first (at most 100).", body = Outbox),
        (status = 400, description = "`to` is not an e-mail address.", body = ErrorBody),
        (status = 404, description = "Not a development deployment.", body = ErrorBody),
    )
)]
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
    let messages = outbox::list(&ctx.db()?, to.as_deref(), 100).await?;
    http::ok(&Outbox { messages })
}

/// Loads generated people (see `domain::demo`), skipping those already there.
#[utoipa::path(
    post,
    operation_id = "dev_seed",
    path = "/api/dev/seed",
    tag = "development",
    request_body = SeedRequest,
    responses(
        (status = 200, description = "How many people were created.", body = SeedResult),
        (status = 404, description = "Not a development deployment.", body = ErrorBody),
        (status = 422, description = "A field is out of range.", body = ErrorBody),
    )
)]
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
    http::ok(&crate::services::demo::seed(ctx, &request).await?)
}

/// Runs the scheduled jobs now, or at the development clock's time (`x-quarterhour-now`), so
/// that reminders can be tested at the moment they fall due.
#[utoipa::path(
    post,
    operation_id = "dev_run_scheduled",
    path = "/api/dev/run-scheduled",
    tag = "development",
    request_body = RunScheduled,
    responses(
        (status = 200, description = "The jobs ran.", body = ScheduledRun),
        (status = 404, description = "Not a development deployment.", body = ErrorBody),
        (status = 422, description = "An unknown field (`validation_failed`).", body = ErrorBody),
    )
)]
pub async fn run_scheduled(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    ctx.development_only()?;
    let run: RunScheduled = ctx.decode()?;
    if run.stop_after_claiming_insights {
        crate::services::insights::claim_and_stop(ctx).await?;
        return http::ok(&ScheduledRun::default());
    }
    if let Some(calendar) = &run.stop_while_reading_calendar {
        crate::services::calendars::begin_read_and_stop(ctx, calendar).await?;
        return http::ok(&ScheduledRun::default());
    }
    http::ok(&jobs::run_at(ctx).await)
}

/// Makes mail delivery fail (or work again), to show that mail waits and is not lost: with it
/// failing, changes still succeed and their mail stays pending; once it works again, the next
/// delivery sends each pending mail once.
#[utoipa::path(
    put,
    operation_id = "dev_mail_delivery",
    path = "/api/dev/mail-delivery",
    tag = "development",
    request_body = MailDelivery,
    responses(
        (status = 200, description = "The switch as set.", body = MailDelivery),
        (status = 404, description = "Not a development deployment.", body = ErrorBody),
        (status = 422, description = "A field other than `failing` (`validation_failed`).", body = ErrorBody),
    )
)]
pub async fn mail_delivery(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    ctx.development_only()?;
    let switch: MailDelivery = ctx.decode()?;
    let db = ctx.db()?;
    db.batch(outbox::set_failing_statements(&db, switch.failing, ctx.now)?).await?;
    http::ok(&switch)
}

/// Sends mail to one domain's addresses through the development mail API, as production sends
/// all mail through its mail API, so that delivery itself can be tested: the development mail
/// API can answer slowly, or fail once after sending.
#[utoipa::path(
    put,
    operation_id = "dev_route_mail_api",
    path = "/api/dev/mail-api",
    tag = "development",
    request_body = DevMailApi,
    responses(
        (status = 200, description = "Mail to the domain goes to the development mail API from now on.", body = DevMailApi),
        (status = 404, description = "Not a development deployment.", body = ErrorBody),
        (status = 422, description = "`domain` is not a domain name (`validation_failed`).", body = ErrorBody),
    )
)]
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

/// The development mail API: takes a mail as the production mail API does (with an
/// `Idempotency-Key`) and sends each key's mail once, answering as its domain was set to.
#[utoipa::path(
    post,
    operation_id = "dev_mail_api_post",
    path = "/api/dev/mail-api",
    tag = "development",
    responses(
        (status = 200, description = "Sent (or sent before, under the same `Idempotency-Key`)."),
        (status = 404, description = "Not a development deployment.", body = ErrorBody),
        (status = 422, description = "No recipient whose mail comes here (`validation_failed`).", body = ErrorBody),
        (status = 500, description = "Sent, but answered as a failure (`fails_once_after_sending`).", body = ErrorBody),
    )
)]
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

/// What the development mail API sent to an address: one entry per mail, with how many times it
/// was posted.
#[utoipa::path(
    get,
    operation_id = "dev_mail_api_sent",
    path = "/api/dev/mail-api",
    tag = "development",
    params(("to" = String, Query, description = "The recipient")),
    responses(
        (status = 200, description = "The mails, by `Idempotency-Key`.", body = DevMailPosts),
        (status = 400, description = "`to` is not an e-mail address.", body = ErrorBody),
        (status = 404, description = "Not a development deployment.", body = ErrorBody),
    )
)]
pub async fn mail_api_sent(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    ctx.development_only()?;
    let to = Email::parse(&ctx.query("to").unwrap_or_default())
        .map_err(|e| ApiError::invalid_parameter("to", e.message))?;
    http::ok(&DevMailPosts { sent: outbox::dev_mail_api_sent(&ctx.db()?, to.as_str()).await? })
}

/// Makes every write to the KV cache fail (or work again), to show that answers never depend
/// on the cache: searches and the network's figures still answer, computed each time.
#[utoipa::path(
    put,
    operation_id = "dev_cache_writes",
    path = "/api/dev/cache-writes",
    tag = "development",
    request_body = CacheWrites,
    responses(
        (status = 200, description = "The switch as set.", body = CacheWrites),
        (status = 404, description = "Not a development deployment.", body = ErrorBody),
        (status = 422, description = "A field other than `failing` (`validation_failed`).", body = ErrorBody),
    )
)]
pub async fn cache_writes(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    ctx.development_only()?;
    let switch: CacheWrites = ctx.decode()?;
    cache::set_writes_failing(&ctx.kv()?, switch.failing).await?;
    http::ok(&switch)
}

/// Writes synthetic per-day insight aggregates for one organization and the network, as heavy
/// use would leave them, so that `make bench` can time a year of a large organization's figures
/// without a million bookings.
#[utoipa::path(
    post,
    operation_id = "dev_seed_insights",
    path = "/api/dev/seed-insights",
    tag = "development",
    request_body = SeedInsights,
    responses(
        (status = 200, description = "How many aggregate rows were written.", body = SeededInsights),
        (status = 404, description = "Not a development deployment.", body = ErrorBody),
        (status = 422, description = "A field is out of range.", body = ErrorBody),
    )
)]
pub async fn seed_insights(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    ctx.development_only()?;
    let request: SeedInsights = ctx.decode()?;
    let rows = crate::services::insights::seed_synthetic(ctx, &request).await?;
    http::ok(&SeededInsights { rows })
}
