//! Passwordless sign-in: a six-digit code by e-mail, then a session cookie.

use domain::account::{self, Email};
use domain::error::ErrorBody;
use domain::wire::{EmailCodeRequest, UserEnvelope, VerifyRequest};
use worker::Response;

use crate::http::{self, AppError, Ctx};
use crate::services::{accounts, sign_in};
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
        (status = 429, description = "Too many codes for this address (5 an hour) or from this client across addresses (300 an hour); see `Retry-After`.", body = ErrorBody),
        (status = 503, description = "The deployment has no sign-in secret (`not_configured`).", body = ErrorBody),
    )
)]
pub async fn request_code(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    let request: EmailCodeRequest = ctx.decode()?;
    let email = Email::parse(&request.email)?;
    sign_in::send_code(ctx, &email).await?;
    http::json(202, &serde_json::json!({ "status": "sent" }))
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
        (status = 429, description = "Too many wrong codes for this address (10 an hour, 30 a day, from any client) or from this client across addresses (300 an hour); see `Retry-After`.", body = ErrorBody),
        (status = 503, description = "The deployment has no sign-in secret (`not_configured`).", body = ErrorBody),
    )
)]
pub async fn verify(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    let request: VerifyRequest = ctx.decode()?;
    let email = Email::parse(&request.email)?;
    let code = account::parse_login_code(&request.code)?;
    sign_in::use_code(ctx, &email, &code).await?;

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
