//! The queues' consumers. A message names one thing to do: it is acknowledged once done (or
//! once there is nothing left to do), retried after a wait when it may work later, and after
//! the queue's `max_retries` (`jobs/wrangler.toml`) it goes to the queue's dead-letter queue,
//! whose consumer records the end. A message that cannot be read is logged and dropped: it
//! would never be read.

use backend::app_ctx::{AppCtx, Later, clock};
use backend::mailer::delivery::{self, Outcome};
use backend::queues::{CalendarJob, InsightsJob, MailJob};
use backend::services::calendar_reads::{self, Read};
use backend::services::insights_refresh;
use jiff::{SignedDuration, Timestamp};
use serde::de::DeserializeOwned;
use worker::{
    Env, MessageBatch, MessageExt, QueueRetryOptionsBuilder, RawMessage, console_error, console_log,
};

/// The queues this Worker consumes, by the names `jobs/wrangler.toml` gives them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Consumed {
    Mail,
    MailDead,
    Calendars,
    CalendarsDead,
    Insights,
    InsightsDead,
}

impl Consumed {
    fn of(name: &str) -> Option<Self> {
        Some(match name {
            "mail" => Self::Mail,
            "mail-dead" => Self::MailDead,
            "calendars" => Self::Calendars,
            "calendars-dead" => Self::CalendarsDead,
            "insights" => Self::Insights,
            "insights-dead" => Self::InsightsDead,
            _ => return None,
        })
    }
}

/// What becomes of one message.
enum Next {
    Ack,
    RetryIn(SignedDuration),
}

/// The longest a queue holds a retried message back.
const LONGEST_DELAY_SECONDS: i64 = 12 * 60 * 60;

/// How long a calendar that could not be reached waits for its next try.
const CALENDAR_RETRY: SignedDuration = SignedDuration::from_mins(1);

/// How long any other work that failed on our side waits for its next try.
const RETRY: SignedDuration = SignedDuration::from_mins(1);

pub async fn consume(batch: &MessageBatch<serde_json::Value>, env: &Env) {
    let name = batch.queue();
    let Some(queue) = Consumed::of(&name) else {
        console_error!("a batch from the queue {name}, which this Worker does not consume");
        batch.ack_all();
        return;
    };
    let later = Later::default();
    let now = clock();
    for message in batch.raw_iter() {
        match one(queue, &message, env, &later, now).await {
            Next::Ack => message.ack(),
            Next::RetryIn(wait) => {
                let seconds = wait.as_secs().clamp(0, LONGEST_DELAY_SECONDS) as u32;
                message
                    .retry_with_options(&QueueRetryOptionsBuilder::new().with_delay_seconds(seconds).build());
            }
        }
    }
    later.finish(env, now).await;
}

fn body<T: DeserializeOwned>(queue: Consumed, message: &RawMessage) -> Option<T> {
    match serde_wasm_bindgen::from_value(message.body()) {
        Ok(body) => Some(body),
        Err(error) => {
            console_error!("an unreadable message on {queue:?}, dropped: {error}");
            None
        }
    }
}

async fn one(queue: Consumed, message: &RawMessage, env: &Env, later: &Later, now: Timestamp) -> Next {
    let retry = |what: &str, error: backend::error::AppError| {
        console_error!("{what}: {error}");
        Next::RetryIn(RETRY)
    };
    match queue {
        Consumed::Mail => {
            let Some(MailJob { outbox_id }) = body(queue, message) else { return Next::Ack };
            match delivery::deliver_one(env, now, outbox_id).await {
                Ok(Outcome::Delivered | Outcome::Settled) => Next::Ack,
                Ok(Outcome::TryAgainIn(wait)) => Next::RetryIn(wait),
                Err(error) => retry("delivering mail", error),
            }
        }
        Consumed::MailDead => {
            if let Some(MailJob { outbox_id }) = body(queue, message) {
                // The outbox keeps the row; the Cron Trigger hands it again while it is due.
                console_log!("mail {outbox_id} left its queue undelivered; the outbox keeps it");
            }
            Next::Ack
        }
        Consumed::Calendars => {
            let Some(CalendarJob { calendar_id, asked_at }) = body(queue, message) else { return Next::Ack };
            let ctx = context(env, later, read_at(env, now, asked_at));
            match calendar_reads::read_one(&ctx, &calendar_id).await {
                Ok(Read::Done) => Next::Ack,
                Ok(Read::Failed(_)) => Next::RetryIn(CALENDAR_RETRY),
                Err(error) => retry("reading a busy calendar", error),
            }
        }
        Consumed::CalendarsDead => {
            let Some(CalendarJob { calendar_id, asked_at }) = body(queue, message) else { return Next::Ack };
            let ctx = context(env, later, read_at(env, now, asked_at));
            match calendar_reads::give_up(&ctx, &calendar_id).await {
                Ok(()) => Next::Ack,
                Err(error) => retry("ending a busy calendar's reads", error),
            }
        }
        Consumed::Insights => {
            let Some(InsightsJob { scope }) = body(queue, message) else { return Next::Ack };
            match insights_refresh::refresh(&context(env, later, now), Some(&scope)).await {
                Ok(_) => Next::Ack,
                Err(error) => retry("aggregating insights", error),
            }
        }
        Consumed::InsightsDead => {
            // The marks come back when their claim's lease ends, for the next run to hand again.
            if let Some(InsightsJob { scope }) = body(queue, message) {
                console_error!(
                    "the insights of one scope ({} characters) left their queue undone",
                    scope.len()
                );
            }
            Next::Ack
        }
    }
}

/// A read's time: when it was asked for in development (whose clock tests may set), else now.
fn read_at(env: &Env, now: Timestamp, asked_at: Timestamp) -> Timestamp {
    if backend::app_ctx::is_development(env) { asked_at } else { now }
}

fn context<'a>(env: &'a Env, later: &'a Later, now: Timestamp) -> AppCtx<'a> {
    AppCtx {
        env,
        now,
        origin: crate::cron::origin(env).unwrap_or_default(),
        later,
        client: "queue".into(),
        per_run_asked: None,
    }
}
