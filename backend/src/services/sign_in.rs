//! Sign-in codes: sending one, and using one under the caps on wrong codes.

use domain::account::{
    self, Email, LOGIN_CODE_TTL_SECONDS, WRONG_CODES_PER_ADDRESS_PER_DAY, WRONG_CODES_PER_ADDRESS_PER_HOUR,
    WRONG_CODES_PER_CLIENT_PER_HOUR,
};
use domain::error::{ApiError, ErrorCode};
use domain::locale::Locale;
use domain::mail::MailContent;
use worker::console_error;

use crate::app_ctx::AppCtx;
use crate::crypto;
use crate::error::AppError;
use crate::limits::{self, DAY, HOUR};
use crate::mailer::{self, Mail};
use crate::store::login_codes;
use crate::store::outbox::After;
use crate::store::rate_events::{self, At, Cap};

/// The rate-limit buckets of an address; hashed, so the table holds no e-mail addresses.
pub fn address_buckets(email: &Email) -> [String; 2] {
    let hashed = crypto::sha256_hex(&[email.as_str()]);
    [format!("email-code:address:{hashed}"), format!("wrong-code:address:{hashed}")]
}

/// Mails a new sign-in code to `email`. Per address the cap counts every client; per client it
/// counts every address, and is high because an office network shares one client address.
pub async fn send_code(ctx: &AppCtx<'_>, email: &Email, language: Option<Locale>) -> Result<(), AppError> {
    let per_client = ctx.config_number("CODE_REQUESTS_PER_CLIENT_PER_HOUR", 300);
    limits::enforce(ctx, &format!("email-code:client:{}", ctx.client_ip()), per_client, HOUR).await?;
    let per_address = ctx.config_number("CODES_PER_ADDRESS_PER_HOUR", 5);
    let [address_bucket, _] = address_buckets(email);
    limits::enforce(ctx, &address_bucket, per_address, HOUR).await?;

    let code = account::login_code_from_random(crypto::random_bytes::<8>()?);
    let mut mail = Mail::new(email.as_str(), MailContent::SignInCode { code: code.clone() });
    mail.language = language;
    let db = ctx.db()?;
    let hash = code_hash(ctx, email, &code)?;
    let now = ctx.now_seconds();
    let mut statements =
        login_codes::add_statements(&db, email.as_str(), &hash, now + LOGIN_CODE_TTL_SECONDS, now)?;
    statements.extend(mailer::queue_statements(ctx, &[mail], After::Always)?);
    db.batch(statements).await?;
    Ok(())
}

fn code_hash(ctx: &AppCtx<'_>, email: &Email, code: &str) -> Result<String, AppError> {
    // Keyed with a server secret: a leaked table cannot be brute-forced back to codes. Codes
    // stored before this was an HMAC no longer match: they are refused like expired ones.
    let pepper = account::code_pepper(ctx.is_development(), ctx.config("AUTH_SECRET")).inspect_err(|_| {
        console_error!("AUTH_SECRET is not set: sign-in codes are refused");
    })?;
    Ok(crypto::hmac_sha256_hex(&pepper, &["sign-in-code", email.as_str(), code]))
}

fn invalid_code() -> AppError {
    ApiError::new(
        ErrorCode::InvalidCode,
        "That code is wrong or has expired. Check the e-mail or ask for a new code.",
    )
    .into()
}

/// Uses up `email`'s codes if `code` is one of them. Each attempt takes a place under the caps
/// on wrong codes before it is judged, in one statement, so that no burst of concurrent guesses
/// is judged past a cap; a right code gives its place back.
pub async fn use_code(ctx: &AppCtx<'_>, email: &Email, code: &str) -> Result<(), AppError> {
    let db = ctx.db()?;
    let now = ctx.now_seconds();
    let [_, address] = address_buckets(email);
    let client = format!("wrong-code:client:{}", ctx.client_ip());
    let caps = [
        Cap { bucket: &address, limit: WRONG_CODES_PER_ADDRESS_PER_HOUR, window: HOUR },
        Cap { bucket: &address, limit: WRONG_CODES_PER_ADDRESS_PER_DAY, window: DAY },
        Cap { bucket: &client, limit: WRONG_CODES_PER_CLIENT_PER_HOUR, window: HOUR },
    ];
    let results = db
        .batch(vec![
            rate_events::hit_all_statement(&db, &caps, now)?,
            rate_events::times_statement(&db, &address, DAY, WRONG_CODES_PER_ADDRESS_PER_DAY, now)?,
            rate_events::times_statement(&db, &client, HOUR, WRONG_CODES_PER_CLIENT_PER_HOUR, now)?,
        ])
        .await?;
    let counted = results.first().map(rate_events::counted).transpose()?.unwrap_or_default();
    if counted.is_empty() {
        // Too many wrong codes for this address or from this client: even a right one waits.
        let times = |index: usize| -> Result<Vec<i64>, AppError> {
            let rows = results.get(index).map(|r| r.results::<At>()).transpose()?.unwrap_or_default();
            Ok(rows.into_iter().map(|row| row.at).collect())
        };
        let retry_after = account::wrong_code_wait(&times(1)?, &times(2)?, now).unwrap_or(1);
        return Err(AppError::RateLimited { retry_after });
    }

    let hash = code_hash(ctx, email, code)?;
    let live = login_codes::live(&db, email.as_str(), now).await?;
    let Some(matched) = live.iter().find(|stored| crypto::constant_time_eq(&hash, &stored.code_hash)) else {
        return Err(invalid_code());
    };
    if !login_codes::consume(&db, email.as_str(), matched.id).await? {
        return Err(invalid_code());
    }
    rate_events::forget_statement(&db, &counted)?.run().await?;
    Ok(())
}
