//! Checks on an incoming request before any handler sees it.

use domain::error::{ApiError, ErrorCode, MAX_BODY_BYTES};
use worker::Request;

use super::AppError;

/// CSRF defence: a state-changing request that names an origin must name ours.
pub fn check_origin(req: &Request) -> Result<(), AppError> {
    let Some(origin) = req.headers().get("origin")? else {
        return Ok(());
    };
    let url = req.url()?;
    if origin == url.origin().ascii_serialization() {
        return Ok(());
    }
    Err(ApiError::new(ErrorCode::ForbiddenOrigin, "This request came from another site and was refused.")
        .into())
}

/// Reads the body, refusing more than [`MAX_BODY_BYTES`] before and after reading.
pub async fn read_body(req: &mut Request) -> Result<Vec<u8>, AppError> {
    let declared = req.headers().get("content-length")?.and_then(|len| len.trim().parse::<usize>().ok());
    if declared.is_some_and(|len| len > MAX_BODY_BYTES) {
        return Err(ApiError::payload_too_large().into());
    }
    let body = req
        .bytes()
        .await
        .map_err(|_| ApiError::new(ErrorCode::InvalidJson, "The request body could not be read."))?;
    if body.len() > MAX_BODY_BYTES {
        return Err(ApiError::payload_too_large().into());
    }
    Ok(body)
}
