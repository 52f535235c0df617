//! The one module that knows the API's URLs. Everything else calls these functions and gets
//! either the decoded body or an [`ApiFailure`] ready to show to a person.

use domain::error::{ApiError, ErrorBody};
use domain::wire::Health;
use gloo_net::http::{Request, Response};
use serde::de::DeserializeOwned;

/// Why a call did not produce the answer asked for.
#[derive(Debug, Clone, PartialEq)]
pub enum ApiFailure {
    /// No answer from the server at all: offline, DNS, or the server is down.
    Unreachable,
    /// The server answered with the error envelope.
    Api(ApiError),
}

impl ApiFailure {
    /// A sentence for the person using the app.
    pub fn message(&self) -> String {
        match self {
            Self::Unreachable => {
                "We can't reach the Quarterhour server right now. Check your connection \
                                  and try again in a moment."
                    .to_string()
            }
            Self::Api(error) => error.message.clone(),
        }
    }
}

pub async fn health() -> Result<Health, ApiFailure> {
    get("/api/health").await
}

async fn get<T: DeserializeOwned>(url: &str) -> Result<T, ApiFailure> {
    let response = Request::get(url)
        .send()
        .await
        .map_err(|_| ApiFailure::Unreachable)?;
    decode(response).await
}

async fn decode<T: DeserializeOwned>(response: Response) -> Result<T, ApiFailure> {
    if response.ok() {
        return response
            .json::<T>()
            .await
            .map_err(|_| ApiFailure::Unreachable);
    }
    // Anything that is not our envelope (a proxy's error page, say) means the API is not there.
    match response.json::<ErrorBody>().await {
        Ok(body) => Err(ApiFailure::Api(body.error)),
        Err(_) => Err(ApiFailure::Unreachable),
    }
}
