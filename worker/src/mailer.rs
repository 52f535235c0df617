//! The one way mail leaves the worker, as a transactional outbox: every mail is a row written in
//! the same D1 batch as the change it announces, delivered after the response (`wait_until`) and
//! again by the Cron Trigger with backoff; a row is marked sent once delivered and never re-sent.
//! In development, delivery is keeping the row for the development mailbox (`GET /api/dev/outbox`,
//! the app's `/dev/mailbox`), done as the row is written unless a development switch makes it
//! fail; elsewhere it is posted to an HTTP mail API (`MAIL_API_URL`, default
//! Resend's) with the `MAIL_API_KEY` secret, from `MAIL_FROM`. Addresses are never logged.

use domain::mail::{DELIVERY_LEASE, retry_after};
use jiff::Timestamp;
use worker::wasm_bindgen::JsValue;
use worker::{D1PreparedStatement, Env, Fetch, Headers, Method, Request, RequestInit, console_error};

use crate::http::{AppError, Ctx, config_of, is_development};
use crate::store::outbox::{self, After, Delivery, Pending};

pub struct Mail {
    pub to: String,
    pub subject: String,
    pub text: String,
}

/// Mails delivered per run; the rest wait for the next.
const DELIVERIES_PER_RUN: i64 = 50;

/// Statements that queue `mails`, to run in the batch of the change they announce.
pub fn queue_statements(
    ctx: &Ctx<'_>,
    mails: &[Mail],
    after: After<'_>,
) -> Result<Vec<D1PreparedStatement>, AppError> {
    let db = ctx.db()?;
    let delivery = if ctx.is_development() { Delivery::Kept } else { Delivery::Posted };
    if delivery == Delivery::Posted {
        ctx.deliver_mail_later();
    }
    Ok(mails
        .iter()
        .map(|mail| {
            outbox::queue_statement(&db, &mail.to, &mail.subject, &mail.text, ctx.now, delivery, &after)
        })
        .collect::<worker::Result<Vec<_>>>()?)
}

/// Delivers the mail that is due at `now`. A failure is logged (without the address) and tried
/// again later; it never reaches the person whose request queued the mail. Returns how many
/// were delivered.
pub async fn deliver_due(env: &Env, now: Timestamp) -> u32 {
    match deliver(env, now).await {
        Ok(delivered) => delivered,
        Err(error) => {
            console_error!("delivering mail: {error:?}");
            0
        }
    }
}

async fn deliver(env: &Env, now: Timestamp) -> Result<u32, AppError> {
    let db = env.d1("DB")?;
    let development = is_development(env);
    if development {
        // Delivery is keeping the row; only a failing switch takes the long way, to count attempts.
        let kept = outbox::keep_due(&db, now).await?;
        if kept > 0 || !outbox::failing(&db).await? {
            return Ok(u32::try_from(kept).unwrap_or(u32::MAX));
        }
    }
    let due = outbox::claim_due(&db, now, now + DELIVERY_LEASE, DELIVERIES_PER_RUN).await?;
    if due.is_empty() {
        return Ok(0);
    }
    let mut delivered = 0;
    let mut outcomes = Vec::new();
    for mail in &due {
        // In development this path is taken only while the switch makes delivery fail.
        let result = if development {
            Err(AppError::Internal("mail delivery is switched off for development".into()))
        } else {
            post(env, mail).await
        };
        match result {
            Ok(()) => {
                delivered += 1;
                outcomes.push(outbox::sent_statement(&db, mail.id, now)?);
            }
            Err(error) => {
                console_error!("mail {} not delivered (attempt {}): {error:?}", mail.id, mail.attempts);
                let retry_at = retry_after(mail.attempts).map(|wait| now + wait);
                outcomes.push(outbox::failed_statement(&db, mail.id, retry_at)?);
            }
        }
    }
    db.batch(outcomes).await?;
    Ok(delivered)
}

/// Posts one mail to the mail API.
async fn post(env: &Env, mail: &Pending) -> Result<(), AppError> {
    let Some(api_key) = config_of(env, "MAIL_API_KEY") else {
        return Err(AppError::Internal("MAIL_API_KEY is not set; mail cannot be sent".into()));
    };
    let url = config_of(env, "MAIL_API_URL").unwrap_or_else(|| "https://api.resend.com/emails".into());
    let from = config_of(env, "MAIL_FROM").unwrap_or_else(|| "Quarterhour <no-reply@quarterhour.app>".into());
    let body = serde_json::json!({ "from": from, "to": [mail.to_email], "subject": mail.subject, "text": mail.text });

    let headers = Headers::new();
    headers.set("authorization", &format!("Bearer {api_key}"))?;
    headers.set("content-type", "application/json")?;
    let mut init = RequestInit::new();
    init.with_method(Method::Post)
        .with_headers(headers)
        .with_body(Some(JsValue::from_str(&body.to_string())));
    let response = Fetch::Request(Request::new_with_init(&url, &init)?).send().await?;
    if !(200..300).contains(&response.status_code()) {
        return Err(AppError::Internal(format!("the mail API answered {}", response.status_code())));
    }
    Ok(())
}
