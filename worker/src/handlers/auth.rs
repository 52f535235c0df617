//! Passwordless sign-in: a six-digit code by e-mail, then a session cookie.

use domain::account::{self, Email, LOGIN_CODE_MAX_ATTEMPTS, LOGIN_CODE_TTL_SECONDS};
use domain::error::{ApiError, ErrorBody, ErrorCode};
use domain::wire::{EmailCodeRequest, UserEnvelope, VerifyRequest};
use worker::Response;

use crate::crypto;
use crate::http::limits::{self, HOUR};
use crate::http::{self, AppError, Ctx};
use crate::mailer::{self, Mail};
use crate::services::accounts::{self, address_bucket};
use crate::store::login_codes;
use crate::store::outbox::After;
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
    let mut statements = vec![login_codes::replace_statement(
        &db,
        email.as_str(),
        &code_hash(ctx, &email, &code),
        expires_at,
    )?];
    statements.extend(mailer::queue_statements(ctx, &[mail], After::Always)?);
    db.batch(statements).await?;
    http::json(202, &serde_json::json!({ "status": "sent" }))
}

fn code_hash(ctx: &Ctx<'_>, email: &Email, code: &str) -> String {
    // Keyed with a server secret: a leaked table cannot be brute-forced back to codes.
    let pepper = ctx.config("AUTH_SECRET").unwrap_or_else(|| "development-only-auth-secret".into());
    crypto::sha256_hex(&[&pepper, email.as_str(), code])
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
    )
)]
pub async fn verify(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    let request: VerifyRequest = ctx.decode()?;
    let email = Email::parse(&request.email)?;
    let code = account::parse_login_code(&request.code)?;
    let db = ctx.db()?;

    let Some(stored) = login_codes::find(&db, email.as_str()).await? else {
        return Err(invalid_code());
    };
    if stored.expires_at <= ctx.now_seconds() || stored.attempts >= LOGIN_CODE_MAX_ATTEMPTS {
        return Err(invalid_code());
    }
    let hash = code_hash(ctx, &email, &code);
    if !crypto::constant_time_eq(&hash, &stored.code_hash) {
        login_codes::record_wrong_guess(&db, email.as_str(), LOGIN_CODE_MAX_ATTEMPTS).await?;
        return Err(invalid_code());
    }
    if !login_codes::consume(&db, email.as_str(), &hash).await? {
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
    let response = http::empty(204);
    response.headers().set("set-cookie", &sessions::clearing_cookie(ctx))?;
    Ok(response)
}
