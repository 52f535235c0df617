//! How the one error type is answered: client errors as the `domain` envelope, internal ones
//! logged here and sent only as a bare `internal` error.

use domain::error::ApiError;
use worker::{Response, console_error};

use crate::error::AppError;
use crate::http;

/// The answer to `error`.
pub fn error_of(error: AppError) -> Response {
    match error {
        AppError::Api(error) => http::error_response(error),
        AppError::MethodNotAllowed(allowed) => {
            let response = http::error_response(ApiError::method_not_allowed(&allowed));
            let _ = response.headers().set("allow", &allowed.join(", "));
            response
        }
        AppError::RateLimited { retry_after } => {
            let response = http::error_response(ApiError::rate_limited());
            let _ = response.headers().set("retry-after", &retry_after.to_string());
            response
        }
        AppError::Internal(detail) => {
            console_error!("internal error: {detail}");
            http::error_response(ApiError::internal())
        }
    }
}
