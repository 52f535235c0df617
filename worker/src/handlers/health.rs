use domain::wire::Health;
use worker::Response;

use crate::http::{self, AppError};

/// Whether the API is up, and which version answers.
#[utoipa::path(
    get,
    operation_id = "health",
    path = "/api/health",
    tag = "meta",
    responses((status = 200, description = "The API is up.", body = Health))
)]
pub fn get() -> Result<Response, AppError> {
    http::ok(&Health::ok())
}
