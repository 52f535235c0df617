//! The one way mail leaves Quarterhour, as a transactional outbox: every mail is a row written in
//! the same D1 batch as the change it announces, holding what it says as data (`MailContent`). Once
//! that batch has committed (after the answer), each new row is handed to the `mail` queue, whose
//! consumer in the jobs Worker puts it into words in the recipient's language (the `i18n` crate),
//! delivers it (`delivery`) and marks it sent; a row is never sent twice. The Cron Trigger hands
//! again the rows still undelivered 10 minutes after they were handed, so a lost message loses no
//! mail. In development, delivery is keeping the row for the development mailbox (`GET
//! /api/dev/outbox`, the app's `/dev/mailbox`), done as the row is written (and put into words when
//! the mailbox is read) unless a development switch makes it fail, or mail to a domain goes to the
//! development mail API (`PUT /api/dev/mail-api`); elsewhere it is posted to an HTTP mail API
//! (`MAIL_API_URL`, default Resend's) with the `MAIL_API_KEY` secret, from `MAIL_FROM`, with the
//! outbox id as its `Idempotency-Key`. Addresses are never logged.

#[cfg(feature = "jobs")]
pub mod delivery;

use domain::locale::Locale;
use domain::mail::MailContent;
use worker::{D1PreparedStatement, Env};

use crate::app_ctx::{AppCtx, config_of};
use crate::error::AppError;
use crate::store::outbox::{self, After, Delivery, Queued};

/// A mail to write with the change it announces; put into words when it is delivered.
pub struct Mail {
    pub to: String,
    pub content: MailContent,
    /// The language to write in if the recipient has chosen none (their browser's, for a
    /// sign-in code); English without either.
    pub language: Option<Locale>,
}

impl Mail {
    pub fn new(to: &str, content: MailContent) -> Self {
        Self { to: to.to_owned(), content, language: None }
    }
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

/// Statements that queue `mails`, to run in the batch of the change they announce.
pub fn queue_statements(
    ctx: &AppCtx<'_>,
    mails: &[Mail],
    after: After<'_>,
) -> Result<Vec<D1PreparedStatement>, AppError> {
    let delivery = if ctx.is_development() { Delivery::Kept } else { Delivery::Posted };
    let db = ctx.db()?;
    mails
        .iter()
        .map(|mail| {
            ctx.enqueue_mail_later();
            let content = serde_json::to_string(&mail.content)
                .map_err(|error| AppError::Internal(error.to_string()))?;
            let queued = Queued { to: &mail.to, content: &content, language: mail.language.map(Locale::tag) };
            Ok(outbox::queue_statement(&db, &queued, ctx.now, delivery, &after)?)
        })
        .collect()
}
