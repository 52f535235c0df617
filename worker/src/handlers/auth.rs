//! Passwordless sign-in: a six-digit code by e-mail, then a session cookie.

use domain::account::{self, Email};
use domain::locale::Locale;
use domain::wire::{EmailCodeRequest, UserEnvelope, VerifyRequest};
use worker::Response;

use crate::http::{self, AppError, Ctx};
use crate::services::{accounts, sign_in};
use crate::{sessions, views};

pub async fn request_code(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    let request: EmailCodeRequest = ctx.decode()?;
    let email = Email::parse(&request.email)?;
    // Someone without a chosen language gets the code in their browser's.
    let language = ctx.header("accept-language").and_then(|header| Locale::from_accept_language(&header));
    sign_in::send_code(ctx, &email, language).await?;
    http::json(202, &serde_json::json!({ "status": "sent" }))
}

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

pub async fn sign_out(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    sessions::end(ctx).await?;
    sessions::signed_out(ctx)
}

pub async fn sign_out_everywhere(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    let user = ctx.user().await?;
    crate::store::sessions::end_all(&ctx.kv()?, &user.id).await?;
    sessions::signed_out(ctx)
}
