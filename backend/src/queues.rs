//! The work the Workers hand each other on Cloudflare Queues: the API Worker and the Cron
//! Trigger send, the jobs Worker consumes. Each message names one thing to do, so that one that
//! fails is retried (and ends in its dead-letter queue) alone. The database stays the source of
//! truth: a message only says where to look, and doing it twice does nothing more.

use jiff::{SignedDuration, Timestamp};
use serde::Serialize;
use serde::de::DeserializeOwned;
use worker::{Env, console_error};

use crate::error::AppError;
use crate::store::outbox;

/// A queue, by the binding both Workers give it (`wrangler.toml`, `jobs/wrangler.toml`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Queue {
    Mail,
    Calendars,
    Insights,
}

impl Queue {
    pub fn binding(self) -> &'static str {
        match self {
            Self::Mail => "MAIL_QUEUE",
            Self::Calendars => "CALENDARS_QUEUE",
            Self::Insights => "INSIGHTS_QUEUE",
        }
    }
}

/// The jobs Worker's development-only paths, which the API Worker's development endpoints call
/// through their service binding (`JOBS`).
pub mod dev_paths {
    /// `POST /api/dev/run-scheduled`.
    pub const RUN_SCHEDULED: &str = "/run-scheduled";
    /// `POST /api/dev/seed-insights`.
    pub const SEED_INSIGHTS: &str = "/seed-insights";
    /// `POST /api/dev/seed`.
    pub const SEED: &str = "/seed";
    /// `GET /api/dev/outbox`: the mail, put into words first.
    pub const OUTBOX: &str = "/outbox";
}

/// A message's body, typed by the queue it travels on.
pub trait Job: Serialize + DeserializeOwned {
    const QUEUE: Queue;
}

/// One outbox row to deliver; its id is the mail API's idempotency key.
#[derive(Debug, Serialize, serde::Deserialize)]
pub struct MailJob {
    pub outbox_id: i64,
}

impl Job for MailJob {
    const QUEUE: Queue = Queue::Mail;
}

/// One busy calendar to read. `asked_at` is when (by the development clock, locally) the read
/// was asked for: development reads at that time, so that tests may set the clock.
#[derive(Debug, Serialize, serde::Deserialize)]
pub struct CalendarJob {
    pub calendar_id: String,
    #[serde(deserialize_with = "domain::time::instant")]
    pub asked_at: Timestamp,
}

impl Job for CalendarJob {
    const QUEUE: Queue = Queue::Calendars;
}

/// The out-of-date insight marks of one scope (an organization's domain, or `*`, the network's
/// days) to recompute.
#[derive(Debug, Serialize, serde::Deserialize)]
pub struct InsightsJob {
    pub scope: String,
}

impl Job for InsightsJob {
    const QUEUE: Queue = Queue::Insights;
}

/// The most messages one `sendBatch` takes.
const BATCH: usize = 100;

/// Sends `jobs` to their queue, a hundred a call.
pub async fn send<J: Job>(env: &Env, jobs: Vec<J>) -> Result<(), AppError> {
    if jobs.is_empty() {
        return Ok(());
    }
    let queue = env.queue(J::QUEUE.binding())?;
    let mut jobs = jobs.into_iter().peekable();
    while jobs.peek().is_some() {
        queue.send_batch(jobs.by_ref().take(BATCH).collect::<Vec<_>>()).await?;
    }
    Ok(())
}

/// Rows handed to the queue after one answer or job; more wait for the Cron Trigger.
const ENQUEUED_AT_ONCE: i64 = 500;

/// Rows handed again per Cron Trigger run.
const ENQUEUED_AGAIN_PER_RUN: i64 = 5_000;

/// How long a row handed to the queue may stay undelivered before it is handed again.
pub const HANDED_AGAIN_AFTER: SignedDuration = SignedDuration::from_mins(10);

/// Hands the mail written since (whose batch has committed) to the `mail` queue, one message a
/// row. A failure is logged; the Cron Trigger hands those rows later.
pub async fn enqueue_written_mail(env: &Env, now: Timestamp) {
    if let Err(error) = enqueue(env, now, None, ENQUEUED_AT_ONCE).await {
        console_error!("handing mail to its queue: {error}");
    }
}

/// Hands to the `mail` queue every undelivered row never handed, or handed more than 10 minutes
/// ago. Returns how many.
pub async fn enqueue_unsent_mail(env: &Env, now: Timestamp) -> Result<u32, AppError> {
    enqueue(env, now, Some(now - HANDED_AGAIN_AFTER), ENQUEUED_AGAIN_PER_RUN).await
}

async fn enqueue(
    env: &Env,
    now: Timestamp,
    again_before: Option<Timestamp>,
    limit: i64,
) -> Result<u32, AppError> {
    let ids = outbox::take_to_enqueue(&env.d1("DB")?, now, again_before, limit).await?;
    let count = u32::try_from(ids.len()).unwrap_or(u32::MAX);
    send(env, ids.into_iter().map(|outbox_id| MailJob { outbox_id }).collect()).await?;
    Ok(count)
}
