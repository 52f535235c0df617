//! The one way mail leaves the worker, as a transactional outbox: every mail is a row written in
//! the same D1 batch as the change it announces, delivered after the response (`wait_until`) and
//! again by the Cron Trigger with backoff; a row is marked sent once delivered and never re-sent.
//! In development, delivery is keeping the row for the development mailbox (`GET /api/dev/outbox`,
//! the app's `/dev/mailbox`), done as the row is written unless a development switch makes it
//! fail, or mail to a domain goes to the development mail API (`PUT /api/dev/mail-api`); elsewhere
//! it is posted to an HTTP mail API (`MAIL_API_URL`, default Resend's) with the `MAIL_API_KEY`
//! secret, from `MAIL_FROM`, with the outbox id as its `Idempotency-Key`. Addresses are never
//! logged.

use domain::mail::{DELIVERY_LEASE, retry_after};
use jiff::Timestamp;
use worker::wasm_bindgen::JsValue;
use worker::{D1PreparedStatement, Env, Fetch, Headers, Method, Request, RequestInit, console_error};

use crate::app_ctx::{AppCtx, config_of, is_development};
use crate::error::AppError;
use crate::store::outbox::{self, After, Delivery, Pending, Queued};

pub struct Mail {
    pub to: String,
    pub subject: String,
    pub text: String,
    /// An invitation to attach (`invite.ics`): a booking, its move or its cancellation.
    pub invite: Option<String>,
}

/// Who mail is from: `MAIL_FROM`, e.g. `Quarterhour <no-reply@quarterhour.app>`.
pub fn sender(env: &Env) -> String {
    config_of(env, "MAIL_FROM").unwrap_or_else(|| "Quarterhour <no-reply@quarterhour.app>".into())
}

/// The address alone of [`sender`]: the organizer of the invitations mail carries.
pub fn sender_address(env: &Env) -> String {
    let from = sender(env);
    let address = from.rsplit_once('<').map_or(from.as_str(), |(_, rest)| rest.trim_end_matches('>'));
    address.trim().to_string()
}

/// Mails delivered per run; the rest wait for the next.
const DELIVERIES_PER_RUN: i64 = 50;

/// Statements that queue `mails`, to run in the batch of the change they announce.
pub fn queue_statements(
    ctx: &AppCtx<'_>,
    mails: &[Mail],
    after: After<'_>,
) -> Result<Vec<D1PreparedStatement>, AppError> {
    mails.iter().map(|mail| queue_one(ctx, mail, None, &after)).collect()
}

/// Statements that queue a mail whose text is a secret (a sign-in code): once sent, its text is
/// blanked and its subject becomes `once_sent_subject`, since the mail service has it and the
/// outbox need not.
pub fn queue_secret_statement(
    ctx: &AppCtx<'_>,
    mail: &Mail,
    once_sent_subject: &str,
) -> Result<D1PreparedStatement, AppError> {
    queue_one(ctx, mail, Some(once_sent_subject), &After::Always)
}

fn queue_one(
    ctx: &AppCtx<'_>,
    mail: &Mail,
    once_sent_subject: Option<&str>,
    after: &After<'_>,
) -> Result<D1PreparedStatement, AppError> {
    let delivery = if ctx.is_development() { Delivery::Kept } else { Delivery::Posted };
    if delivery == Delivery::Posted {
        ctx.deliver_mail_later();
    }
    let queued = Queued {
        to: &mail.to,
        subject: &mail.subject,
        text: &mail.text,
        invite: mail.invite.as_deref(),
        once_sent_subject,
    };
    Ok(outbox::queue_statement(&ctx.db()?, &queued, ctx.now, delivery, after)?)
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

/// Where mail is posted.
enum MailApi {
    /// The configured mail API, with its key.
    Configured { url: String, key: String },
    /// Development: a domain's mail goes to the development mail API (at its address), the
    /// rest is kept, or fails while the development switch says so.
    Development(Vec<(String, String)>),
}

async fn deliver(env: &Env, now: Timestamp) -> Result<u32, AppError> {
    let db = env.d1("DB")?;
    let api = if is_development(env) {
        let routes = outbox::dev_mail_apis(&db).await?;
        // Delivery is keeping the row; only a failing switch or the development mail API takes
        // the long way.
        let kept = outbox::keep_due(&db, now).await?;
        if routes.is_empty() && (kept > 0 || !outbox::failing(&db).await?) {
            return Ok(u32::try_from(kept).unwrap_or(u32::MAX));
        }
        MailApi::Development(routes)
    } else {
        let Some(key) = config_of(env, "MAIL_API_KEY") else {
            return Err(AppError::Internal("MAIL_API_KEY is not set; mail cannot be sent".into()));
        };
        let url = config_of(env, "MAIL_API_URL").unwrap_or_else(|| "https://api.resend.com/emails".into());
        MailApi::Configured { url, key }
    };
    let from = sender(env);
    // One mail at a time, marked as soon as its post is answered: a slow mail API or a run cut
    // short leaves at most the mail in flight unmarked, and its Idempotency-Key (the outbox id)
    // keeps the mail API from sending it twice when it is posted again.
    let mut delivered = 0;
    for _ in 0..DELIVERIES_PER_RUN {
        let Some(mail) = outbox::claim_next(&db, now, now + DELIVERY_LEASE).await? else { break };
        let result = match &api {
            MailApi::Configured { url, key } => post(url, Some(key), &from, &mail).await,
            MailApi::Development(routes) => {
                let domain = mail.to_email.rsplit_once('@').map(|(_, domain)| domain).unwrap_or_default();
                match routes.iter().find(|(routed, _)| routed == domain) {
                    Some((_, url)) => post(url, None, &from, &mail).await,
                    None => Err(AppError::Internal("mail delivery is switched off for development".into())),
                }
            }
        };
        let outcome = match result {
            Ok(()) => {
                delivered += 1;
                outbox::sent_statement(&db, mail.id, now)?
            }
            Err(error) => {
                console_error!("mail {} not delivered (attempt {}): {error:?}", mail.id, mail.attempts);
                let retry_at = retry_after(mail.attempts).map(|wait| now + wait);
                outbox::failed_statement(&db, mail.id, retry_at)?
            }
        };
        outcome.run().await?;
    }
    Ok(delivered)
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
