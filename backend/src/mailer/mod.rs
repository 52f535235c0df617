//! The one way mail leaves Quarterhour, as a transactional outbox: every mail is a row written in
//! the same D1 batch as the change it announces. Once that batch has committed (after the
//! answer), each new row is handed to the `mail` queue, whose consumer in the jobs Worker
//! delivers it (`delivery`) and marks it sent; a row is never sent twice. The Cron Trigger hands
//! again the rows still undelivered 10 minutes after they were handed, so a lost message loses no
//! mail. In development, delivery is keeping the row for the development mailbox (`GET
//! /api/dev/outbox`, the app's `/dev/mailbox`), done as the row is written unless a development
//! switch makes it fail, or mail to a domain goes to the development mail API (`PUT
//! /api/dev/mail-api`); elsewhere it is posted to an HTTP mail API (`MAIL_API_URL`, default
//! Resend's) with the `MAIL_API_KEY` secret, from `MAIL_FROM`, with the outbox id as its
//! `Idempotency-Key`. Addresses are never logged.

#[cfg(feature = "jobs")]
pub mod delivery;

use worker::{D1PreparedStatement, Env};

use crate::app_ctx::{AppCtx, config_of};
use crate::error::AppError;
use crate::store::outbox::{self, After, Delivery, Queued};

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
    ctx.enqueue_mail_later();
    let queued = Queued {
        to: &mail.to,
        subject: &mail.subject,
        text: &mail.text,
        invite: mail.invite.as_deref(),
        once_sent_subject,
    };
    Ok(outbox::queue_statement(&ctx.db()?, &queued, ctx.now, delivery, after)?)
}
