//! Wire types: the JSON bodies of the API, shared by the worker (which sends them) and the app
//! (which reads them). Fields are snake_case; times are RFC 3339 in UTC.

use serde::{Deserialize, Serialize};

/// `GET /api/health`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Health {
    /// Always `"ok"` when the worker answers.
    pub status: String,
    /// The version of the running build.
    pub version: String,
}

impl Health {
    pub fn ok() -> Self {
        Self {
            status: "ok".into(),
            version: crate::VERSION.into(),
        }
    }
}
