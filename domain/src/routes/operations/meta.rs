use crate::wire::Health;

/// Whether the API is up, and which version answers.
#[utoipa::path(
    get,
    operation_id = "health",
    path = "/api/health",
    tag = "meta",
    responses((status = 200, description = "The API is up.", body = Health))
)]
pub fn health() {}

/// This document.
#[utoipa::path(
    get,
    operation_id = "openapi",
    path = "/api/openapi.json",
    tag = "meta",
    responses((status = 200, description = "The OpenAPI document.", content_type = "application/json"))
)]
pub fn openapi() {}
