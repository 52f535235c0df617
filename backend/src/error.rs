//! The worker's one error type. Client errors carry the `domain` envelope; internal ones are
//! logged where they are answered and reach the client only as a bare `internal` error.

use domain::error::ApiError;

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

/// For logs: the message and status of a client error, the detail of an internal one.
impl std::fmt::Display for AppError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            AppError::Api(error) => write!(f, "{} ({})", error.message, error.code.status()),
            AppError::MethodNotAllowed(allowed) => {
                write!(f, "method not allowed (allowed: {})", allowed.join(", "))
            }
            AppError::RateLimited { retry_after } => write!(f, "rate limited for {retry_after} s"),
            AppError::Internal(detail) => f.write_str(detail),
        }
    }
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
