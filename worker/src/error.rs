//! The worker's one error type. Client errors carry the `domain` envelope; internal ones are
//! logged where they are answered and reach the client only as a bare `internal` error.

use domain::error::ApiError;

use crate::store::{self, Unique};

#[derive(Debug)]
pub enum AppError {
    /// The client's fault; sent as it is.
    Api(ApiError),
    /// The path exists with other methods; sent as 405 with an `Allow` header.
    MethodNotAllowed(Vec<&'static str>),
    /// Too many requests; sent as 429 with `Retry-After` in seconds.
    RateLimited { retry_after: i64 },
    /// Ours; the text is logged, never sent.
    Internal(String),
}

impl From<ApiError> for AppError {
    fn from(error: ApiError) -> Self {
        Self::Api(error)
    }
}

impl From<worker::Error> for AppError {
    fn from(error: worker::Error) -> Self {
        Self::Internal(error.to_string())
    }
}

impl From<worker::KvError> for AppError {
    fn from(error: worker::KvError) -> Self {
        Self::Internal(format!("KV: {error}"))
    }
}

impl From<serde_json::Error> for AppError {
    fn from(error: serde_json::Error) -> Self {
        Self::Internal(format!("serialising a response: {error}"))
    }
}

/// Maps a write refused by the unique index `index` to the client error `refusal`; any other
/// failure stays internal. Which index refused is read in one place, `store::unique_violation`.
pub fn on_unique(index: Unique, refusal: fn() -> ApiError) -> impl FnOnce(worker::Error) -> AppError {
    move |error| match store::unique_violation(&error) {
        Some(refused) if refused == index => refusal().into(),
        Some(other) => AppError::Internal(format!("refused by the unique index {}", other.index_name())),
        None => error.into(),
    }
}
