//! The one way mail leaves the worker. In development it is written to the outbox table (read it
//! at `GET /api/dev/outbox` or the app's `/dev/mailbox`); elsewhere it is posted to an HTTP mail
//! API (`MAIL_API_URL`, default Resend's) with the `MAIL_API_KEY` secret, from `MAIL_FROM`.
//! Addresses are never logged.

use domain::wire::OutboxMessage;
use worker::wasm_bindgen::JsValue;
use worker::{Fetch, Headers, Method, Request, RequestInit, console_error};

use crate::http::{AppError, Ctx};
use crate::store::outbox;

pub struct Mail {
    pub to: String,
    pub subject: String,
    pub text: String,
}

pub async fn send(ctx: &Ctx<'_>, mail: Mail) -> Result<(), AppError> {
    send_all(ctx, vec![mail]).await
}

/// Sends several mails; in development they are written to the outbox in one batch.
pub async fn send_all(ctx: &Ctx<'_>, mails: Vec<Mail>) -> Result<(), AppError> {
    if ctx.is_development() {
        let db = ctx.db()?;
        let statements = mails
            .into_iter()
            .map(|mail| {
                let message = OutboxMessage {
                    to: mail.to,
                    subject: mail.subject,
                    text: mail.text,
                    sent_at: ctx.now_text(),
                };
                outbox::insert_statement(&db, &message)
            })
            .collect::<worker::Result<Vec<_>>>()?;
        if !statements.is_empty() {
            db.batch(statements).await?;
        }
        return Ok(());
    }
    for mail in mails {
        deliver(ctx, mail).await?;
    }
    Ok(())
}

/// Posts one mail to the mail API.
async fn deliver(ctx: &Ctx<'_>, mail: Mail) -> Result<(), AppError> {
    let Some(api_key) = ctx.config("MAIL_API_KEY") else {
        return Err(AppError::Internal("MAIL_API_KEY is not set; mail cannot be sent".into()));
    };
    let url = ctx.config("MAIL_API_URL").unwrap_or_else(|| "https://api.resend.com/emails".into());
    let from = ctx.config("MAIL_FROM").unwrap_or_else(|| "Quarterhour <no-reply@quarterhour.app>".into());
    let body =
        serde_json::json!({ "from": from, "to": [mail.to], "subject": mail.subject, "text": mail.text });

    let headers = Headers::new();
    headers.set("authorization", &format!("Bearer {api_key}"))?;
    headers.set("content-type", "application/json")?;
    let mut init = RequestInit::new();
    init.with_method(Method::Post)
        .with_headers(headers)
        .with_body(Some(JsValue::from_str(&body.to_string())));
    let response = Fetch::Request(Request::new_with_init(&url, &init)?).send().await?;
    if !(200..300).contains(&response.status_code()) {
        console_error!("mail API answered {}", response.status_code());
        return Err(AppError::Internal("the mail API refused a message".into()));
    }
    Ok(())
}
