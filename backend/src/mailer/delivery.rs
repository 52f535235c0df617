//! Delivering one queued mail: put into words in its recipient's language, posted to the mail
//! API (in development, kept or posted to the development mail API), then marked sent, or
//! failed with the time to try again.

use domain::locale::Locale;
use domain::mail::{DELIVERY_LEASE, MailContent, retry_after};
use jiff::{SignedDuration, Timestamp};
use worker::wasm_bindgen::JsValue;
use worker::{D1Database, Env, Fetch, Headers, Method, Request, RequestInit, console_error};

use super::sender;
use crate::app_ctx::{config_of, is_development};
use crate::error::AppError;
use crate::store::outbox::{self, Pending};

/// Mails delivered per drain; the rest wait for the next.
const DELIVERIES_PER_RUN: i64 = 50;

/// Mails put into words per statement batch.
const RENDERS_PER_BATCH: i64 = 50;

/// Puts mails written as content into words, in their recipient's language (their profile's
/// choice, else the language the mail was written with, else English): `only` that one, or a
/// batch of the oldest. A mail whose content cannot be read is given up on alone. Returns how
/// many it handled.
pub async fn render_written(db: &D1Database, only: Option<i64>, now: Timestamp) -> Result<u32, AppError> {
    let rows = outbox::unrendered(db, only, RENDERS_PER_BATCH).await?;
    let mut statements = Vec::with_capacity(rows.len());
    let handled = u32::try_from(rows.len()).unwrap_or(u32::MAX);
    for row in rows {
        let locale = row.locale.as_deref().and_then(Locale::from_tag).unwrap_or(Locale::En);
        match serde_json::from_str::<MailContent>(&row.content) {
            Ok(content) => {
                let words = i18n::mail::render(&content, locale);
                statements.push(outbox::rendered_statement(
                    db,
                    row.id,
                    &words.subject,
                    &words.text,
                    words.once_sent_subject.as_deref(),
                    words.invite.as_deref(),
                )?);
            }
            Err(error) => {
                console_error!("mail {} cannot be read: {error}", row.id);
                statements.push(outbox::unreadable_statement(db, row.id, now)?);
            }
        }
    }
    if !statements.is_empty() {
        db.batch(statements).await?;
    }
    Ok(handled)
}

/// Development: puts every written mail into words (the development mailbox shows them), a
/// bounded number of batches per call.
pub async fn render_all_written(db: &D1Database, now: Timestamp) -> Result<u32, AppError> {
    let mut rendered = 0;
    for _ in 0..20 {
        let batch = render_written(db, None, now).await?;
        rendered += batch;
        if batch == 0 {
            break;
        }
    }
    Ok(rendered)
}

/// Delivers the mail that is due at `now`, oldest first: what the development drain of the queue
/// does. A failure is logged (without the address) and tried again later; it never reaches the
/// person whose request queued the mail. Returns how many were delivered.
pub async fn deliver_due(env: &Env, now: Timestamp) -> u32 {
    match deliver_all(env, now).await {
        Ok(delivered) => delivered,
        Err(error) => {
            console_error!("delivering mail: {error}");
            0
        }
    }
}

/// What became of a mail a queue message named.
#[derive(Debug, PartialEq, Eq)]
pub enum Outcome {
    Delivered,
    /// Not delivered: to be tried again after this long.
    TryAgainIn(SignedDuration),
    /// Nothing (more) to do: sent already, being sent by another delivery, not due yet (its
    /// retry has a message of its own), or given up after a day of failures.
    Settled,
}

/// Delivers the outbox row `outbox_id`, if it is due (the `mail` queue's consumer).
pub async fn deliver_one(env: &Env, now: Timestamp, outbox_id: i64) -> Result<Outcome, AppError> {
    let db = env.d1("DB")?;
    render_written(&db, Some(outbox_id), now).await?;
    let Some(api) = mail_api(env, &db, now).await?.1 else { return Ok(Outcome::Settled) };
    let Some(mail) = outbox::claim(&db, Some(outbox_id), now, now + DELIVERY_LEASE).await? else {
        return Ok(Outcome::Settled);
    };
    attempt(env, &db, &api, &mail, now).await
}

/// Where mail is posted.
enum MailApi {
    /// The configured mail API, with its key.
    Configured { url: String, key: String },
    /// Development: a domain's mail goes to the development mail API (at its address), the
    /// rest is kept, or fails while the development switch says so.
    Development(Vec<(String, String)>),
}

/// Where mail goes, after (in development) keeping the due rows that need no post, with how
/// many those were; None when that delivered them all.
async fn mail_api(env: &Env, db: &D1Database, now: Timestamp) -> Result<(u32, Option<MailApi>), AppError> {
    if is_development(env) {
        let routes = outbox::dev_mail_apis(db).await?;
        // Delivery is keeping the row; only a failing switch or the development mail API takes
        // the long way.
        let kept = u32::try_from(outbox::keep_due(db, now).await?).unwrap_or(u32::MAX);
        if routes.is_empty() && (kept > 0 || !outbox::failing(db).await?) {
            return Ok((kept, None));
        }
        return Ok((kept, Some(MailApi::Development(routes))));
    }
    let Some(key) = config_of(env, "MAIL_API_KEY") else {
        return Err(AppError::Internal("MAIL_API_KEY is not set; mail cannot be sent".into()));
    };
    let url = config_of(env, "MAIL_API_URL").unwrap_or_else(|| "https://api.resend.com/emails".into());
    Ok((0, Some(MailApi::Configured { url, key })))
}

async fn deliver_all(env: &Env, now: Timestamp) -> Result<u32, AppError> {
    let db = env.d1("DB")?;
    render_all_written(&db, now).await?;
    let (kept, api) = mail_api(env, &db, now).await?;
    let Some(api) = api else { return Ok(kept) };
    // One mail at a time, marked as soon as its post is answered: a slow mail API or a run cut
    // short leaves at most the mail in flight unmarked, and its Idempotency-Key (the outbox id)
    // keeps the mail API from sending it twice when it is posted again.
    let mut delivered = 0;
    for _ in 0..DELIVERIES_PER_RUN {
        let Some(mail) = outbox::claim(&db, None, now, now + DELIVERY_LEASE).await? else { break };
        if attempt(env, &db, &api, &mail, now).await? == Outcome::Delivered {
            delivered += 1;
        }
    }
    Ok(delivered)
}

/// Posts one claimed mail and records how it went.
async fn attempt(
    env: &Env,
    db: &D1Database,
    api: &MailApi,
    mail: &Pending,
    now: Timestamp,
) -> Result<Outcome, AppError> {
    let from = sender(env);
    let result = match api {
        MailApi::Configured { url, key } => post(url, Some(key), &from, mail).await,
        MailApi::Development(routes) => {
            let domain = mail.to_email.rsplit_once('@').map(|(_, domain)| domain).unwrap_or_default();
            match routes.iter().find(|(routed, _)| routed == domain) {
                Some((_, url)) => post(url, None, &from, mail).await,
                None => Err(AppError::Internal("mail delivery is switched off for development".into())),
            }
        }
    };
    match result {
        Ok(()) => {
            outbox::sent_statement(db, mail.id, now)?.run().await?;
            Ok(Outcome::Delivered)
        }
        Err(error) => {
            console_error!("mail {} not delivered (attempt {}): {error}", mail.id, mail.attempts);
            let wait = retry_after(mail.attempts);
            outbox::failed_statement(db, mail.id, wait.map(|wait| now + wait))?.run().await?;
            Ok(wait.map_or(Outcome::Settled, Outcome::TryAgainIn))
        }
    }
}

/// Posts one mail to a mail API (Resend's request shape).
async fn post(url: &str, api_key: Option<&str>, from: &str, mail: &Pending) -> Result<(), AppError> {
    let mut body = serde_json::json!({ "from": from, "to": [mail.to_email], "subject": mail.subject, "text": mail.text });
    if let Some(invite) = &mail.invite {
        use base64::Engine;
        // The method decides how calendar apps treat it (an invitation or its cancellation).
        let method = if invite.contains("\r\nMETHOD:CANCEL\r\n") { "CANCEL" } else { "REQUEST" };
        body["attachments"] = serde_json::json!([{
            "filename": "invite.ics",
            "content": base64::engine::general_purpose::STANDARD.encode(invite),
            "content_type": format!("text/calendar; charset=utf-8; method={method}"),
        }]);
    }
    let headers = Headers::new();
    if let Some(api_key) = api_key {
        headers.set("authorization", &format!("Bearer {api_key}"))?;
    }
    headers.set("content-type", "application/json")?;
    headers.set("idempotency-key", &mail.id.to_string())?;
    let mut init = RequestInit::new();
    init.with_method(Method::Post)
        .with_headers(headers)
        .with_body(Some(JsValue::from_str(&body.to_string())));
    let response = Fetch::Request(Request::new_with_init(url, &init)?).send().await?;
    if !(200..300).contains(&response.status_code()) {
        return Err(AppError::Internal(format!("the mail API answered {}", response.status_code())));
    }
    Ok(())
}
