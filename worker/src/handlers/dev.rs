//! Development-only endpoints. Outside `ENVIRONMENT=development` they do not exist (404).

use domain::account::Email;
use domain::error::{ApiError, ErrorBody};
use domain::wire::Outbox;
use worker::Response;

use crate::context::Ctx;
use crate::error::AppError;
use crate::http;
use crate::store::outbox;

/// Mail the development outbox holds, newest first.
#[utoipa::path(
    get,
    operation_id = "dev_outbox",
    path = "/api/dev/outbox",
    tag = "development",
    params(("to" = Option<String>, Query, description = "Only mail to this address")),
    responses(
        (status = 200, description = "The messages, newest first (at most 100).", body = Outbox),
        (status = 400, description = "`to` is not an e-mail address.", body = ErrorBody),
        (status = 404, description = "Not a development deployment.", body = ErrorBody),
    )
)]
pub async fn outbox(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    if !ctx.is_development() {
        return Err(ApiError::not_found().into());
    }
    let to = match ctx.query("to") {
        Some(raw) => Some(
            Email::parse(&raw)
                .map_err(|e| ApiError::invalid_parameter("to", e.message))?
                .as_str()
                .to_string(),
        ),
        None => None,
    };
    let messages = outbox::list(&ctx.db()?, to.as_deref(), 100).await?;
    http::json(200, &Outbox { messages })
}
