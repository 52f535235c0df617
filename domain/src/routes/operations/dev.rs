use crate::error::ErrorBody;
use crate::wire::{
    CacheWrites, DevMailApi, DevMailPosts, MailDelivery, Outbox, RunScheduled, ScheduledRun, SeedInsights,
    SeedRequest, SeedResult, SeededInsights,
};

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
pub fn outbox() {}

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
pub fn seed() {}

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
pub fn run_scheduled() {}

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
pub fn mail_delivery() {}

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
pub fn route_mail_api() {}

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
pub fn mail_api_post() {}

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
pub fn mail_api_sent() {}

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
pub fn cache_writes() {}

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
pub fn seed_insights() {}
