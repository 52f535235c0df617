//! Passwordless sign-in: a six-digit code by e-mail, then a session cookie.

use domain::account::{self, Email, LOGIN_CODE_TTL_SECONDS};
use domain::error::{ApiError, ErrorBody, ErrorCode};
use domain::wire::{EmailCodeRequest, UserEnvelope, VerifyRequest};
use worker::{Response, console_error};

use crate::crypto;
use crate::http::limits::{self, DAY, HOUR};
use crate::http::{self, AppError, Ctx};
use crate::mailer::{self, Mail};
use crate::services::accounts::{self, address_bucket};
use crate::store::login_codes;
use crate::store::outbox::After;
use crate::store::rate_events::{self, At};
use crate::{sessions, views};

/// Sends a sign-in code. The answer is the same whether or not the address has an account.
#[utoipa::path(
    post,
    operation_id = "request_email_code",
    path = "/api/auth/email-code",
    tag = "auth",
    request_body = EmailCodeRequest,
    responses(
        (status = 202, description = "If the address can sign in, a code is on its way."),
        (status = 422, description = "Not an e-mail address (`field`: `email`).", body = ErrorBody),
        (status = 429, description = "Too many codes for this address or client; see `Retry-After`.", body = ErrorBody),
        (status = 503, description = "The deployment has no sign-in secret (`not_configured`).", body = ErrorBody),
    )
)]
pub async fn request_code(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    let request: EmailCodeRequest = ctx.decode()?;
    let email = Email::parse(&request.email)?;
    let db = ctx.db()?;
    let now = ctx.now_seconds();

    let per_client = ctx.config_number("CODE_REQUESTS_PER_CLIENT_PER_HOUR", 30);
    let client_bucket = format!("email-code:client:{}", ctx.client_ip());
    limits::enforce(ctx, &client_bucket, per_client, HOUR).await?;
    let per_address = ctx.config_number("CODES_PER_ADDRESS_PER_HOUR", 5);
    limits::enforce(ctx, &address_bucket(&email), per_address, HOUR).await?;

    let code = account::login_code_from_random(crypto::random_bytes::<8>()?);
    let expires_at = now + LOGIN_CODE_TTL_SECONDS;
    let mail = Mail {
        to: email.as_str().to_string(),
        subject: format!("Your Quarterhour sign-in code: {code}"),
        text: format!(
            "Your sign-in code is {code}.\n\nIt works once, for the next 10 minutes. \
             If you did not ask to sign in to Quarterhour, ignore this e-mail: \
             nobody can sign in without the code."
        ),
    };
    let hash = code_hash(ctx, &email, &code)?;
    let mut statements = login_codes::add_statements(&db, email.as_str(), &hash, expires_at, now)?;
    statements.extend(mailer::queue_statements(ctx, &[mail], After::Always)?);
    db.batch(statements).await?;
    http::json(202, &serde_json::json!({ "status": "sent" }))
}

fn code_hash(ctx: &Ctx<'_>, email: &Email, code: &str) -> Result<String, AppError> {
    // Keyed with a server secret: a leaked table cannot be brute-forced back to codes.
    let pepper = account::code_pepper(ctx.is_development(), ctx.config("AUTH_SECRET")).inspect_err(|_| {
        console_error!("AUTH_SECRET is not set: sign-in codes are refused");
    })?;
    Ok(crypto::sha256_hex(&[&pepper, email.as_str(), code]))
}

/// The rate-limit buckets of wrong sign-in codes: hashed, so the table holds no addresses.
fn wrong_code_buckets(ctx: &Ctx<'_>, email: &Email) -> [String; 2] {
    [
        format!("wrong-code:address:{}", crypto::sha256_hex(&[email.as_str()])),
        format!("wrong-code:client:{}", ctx.client_ip()),
    ]
}

fn invalid_code() -> AppError {
    ApiError::new(
        ErrorCode::InvalidCode,
        "That code is wrong or has expired. Check the e-mail or ask for a new code.",
    )
    .into()
}

/// Exchanges a code for a session; the first sign-in creates the account.
#[utoipa::path(
    post,
    operation_id = "verify_email_code",
    path = "/api/auth/verify",
    tag = "auth",
    request_body = VerifyRequest,
    responses(
        (status = 200, description = "Signed in; the session cookie is set.", body = UserEnvelope),
        (status = 401, description = "Wrong, expired or used-up code (`invalid_code`).", body = ErrorBody),
        (status = 422, description = "A field is malformed.", body = ErrorBody),
        (status = 429, description = "Too many wrong codes for this address (10 an hour, 30 a day) or from this client (30 an hour); see `Retry-After`.", body = ErrorBody),
        (status = 503, description = "The deployment has no sign-in secret (`not_configured`).", body = ErrorBody),
    )
)]
pub async fn verify(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    let request: VerifyRequest = ctx.decode()?;
    let email = Email::parse(&request.email)?;
    let code = account::parse_login_code(&request.code)?;
    let db = ctx.db()?;

    // Too many wrong codes for this address or from this client: even a right one waits.
    let now = ctx.now_seconds();
    let [address_bucket, client_bucket] = wrong_code_buckets(ctx, &email);
    let results = db
        .batch(vec![
            rate_events::times_statement(&db, &address_bucket, DAY, now)?,
            rate_events::times_statement(&db, &client_bucket, HOUR, now)?,
        ])
        .await?;
    let times = |index: usize| -> Result<Vec<i64>, AppError> {
        let rows = results.get(index).map(|r| r.results::<At>()).transpose()?.unwrap_or_default();
        Ok(rows.into_iter().map(|row| row.at).collect())
    };
    if let Some(retry_after) = account::wrong_code_wait(&times(0)?, &times(1)?, now) {
        return Err(AppError::RateLimited { retry_after });
    }
    let hash = code_hash(ctx, &email, &code)?;
    let live = login_codes::live(&db, email.as_str(), now).await?;
    let Some(matched) = live.iter().find(|stored| crypto::constant_time_eq(&hash, &stored.code_hash)) else {
        let mut statements = rate_events::record_statements(&db, &address_bucket, DAY, now)?;
        statements.extend(rate_events::record_statements(&db, &client_bucket, HOUR, now)?);
        db.batch(statements).await?;
        return Err(invalid_code());
    };
    if !login_codes::consume(&db, email.as_str(), matched.id).await? {
        return Err(invalid_code());
    }

    let user = accounts::sign_in(ctx, &email).await?;
    let organization = accounts::organization_of(ctx, &user).await?;
    let cookie = sessions::start(ctx, &user.id).await?;
    let response = http::ok(&UserEnvelope { user: views::user(&user, organization.as_ref()) })?;
    response.headers().set("set-cookie", &cookie)?;
    Ok(response)
}

/// Ends this session on the server and clears the cookie.
#[utoipa::path(
    post,
    operation_id = "sign_out",
    path = "/api/auth/sign-out",
    tag = "auth",
    responses(
        (status = 204, description = "Signed out (also when there was no session)."),
    )
)]
pub async fn sign_out(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    sessions::end(ctx).await?;
    sessions::signed_out(ctx)
}

/// Ends every session of the signed-in user, on every device, and clears this cookie.
#[utoipa::path(
    post,
    operation_id = "sign_out_everywhere",
    path = "/api/auth/sign-out-everywhere",
    tag = "auth",
    responses(
        (status = 204, description = "Every session of the user is ended."),
        (status = 401, description = "Not signed in.", body = ErrorBody),
    )
)]
pub async fn sign_out_everywhere(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    let user = ctx.user().await?;
    sessions::end_all(ctx, &user.id).await?;
    sessions::signed_out(ctx)
}
