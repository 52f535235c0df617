use crate::error::ErrorBody;
use crate::wire::{EmailCodeRequest, UserEnvelope, VerifyRequest};

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
pub fn request_code() {}

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
pub fn verify() {}

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
pub fn sign_out() {}

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
pub fn sign_out_everywhere() {}
