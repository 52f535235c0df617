//! Quarterhour's API as a Cloudflare Worker: a thin adapter that routes a request, decodes it,
//! hands it to the rules in `domain`, stores the outcome in D1 or KV and encodes the answer.

mod error;
mod handlers;
mod http;
mod openapi;

use domain::routes::{self, Endpoint, Resolution};
use worker::{Context, Env, Request, Response, event};

use crate::error::AppError;

#[event(start)]
fn start() {
    console_error_panic_hook::set_once();
}

#[event(fetch)]
async fn fetch(mut req: Request, env: Env, _ctx: Context) -> worker::Result<Response> {
    let response = match handle(&mut req, &env).await {
        Ok(response) => response,
        Err(error) => error.into_response(),
    };
    Ok(http::with_api_headers(response))
}

async fn handle(req: &mut Request, env: &Env) -> Result<Response, AppError> {
    let path = req.path();
    let method = req.method();
    let (endpoint, _params) = match routes::resolve(method.as_ref(), &path) {
        Resolution::Found(endpoint, params) => (endpoint, params),
        Resolution::MethodNotAllowed(allowed) => return Err(AppError::MethodNotAllowed(allowed)),
        Resolution::NotFound => return Err(domain::error::ApiError::not_found().into()),
    };
    match endpoint {
        Endpoint::Health => handlers::health::get(env),
        Endpoint::OpenApi => openapi::serve(),
    }
}
