//! `GET /api/openapi.json`: the API described from the Rust types that implement it.

use domain::error::{ApiError, ErrorBody, ErrorCode};
use utoipa::OpenApi;
use worker::Response;

use crate::{error::AppError, handlers, http};

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Quarterhour API",
        description = "An open, cross-company micro-mentoring network. Every error is sent as \
                       `{\"error\":{\"code\",\"message\",\"field\"}}`.",
    ),
    paths(
        handlers::health::get,
        serve,
        handlers::auth::request_code,
        handlers::auth::verify,
        handlers::auth::sign_out,
        handlers::me::get,
        handlers::me::delete,
        handlers::me::export,
        handlers::me::update_profile,
        handlers::me::rename_organization,
        handlers::mentors::get,
        handlers::dev::outbox,
    ),
    components(schemas(ErrorBody, ApiError, ErrorCode))
)]
pub struct ApiDoc;

/// This document.
#[utoipa::path(
    get,
    operation_id = "openapi",
    path = "/api/openapi.json",
    tag = "meta",
    responses((status = 200, description = "The OpenAPI document.", content_type = "application/json"))
)]
pub fn serve() -> Result<Response, AppError> {
    http::json(200, &ApiDoc::openapi())
}
