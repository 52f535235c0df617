//! The HTTP edge: what a handler gets (`Ctx`), reading and checking the request (origin, body
//! size) and encoding responses: JSON bodies, the error envelope and the headers every response
//! carries.

mod context;
mod error;
mod request;

pub use context::Ctx;
pub use error::{error_of, language_of};
pub use request::{check_origin, read_body};

pub use crate::error::AppError;

use domain::error::ApiError;
use serde::Serialize;
use worker::{Headers, Response};

/// Policies every answer carries, API or page. The SPA's static files get the same from
/// `public/_headers`, which an API test keeps equal.
const COMMON_HEADERS: &[(&str, &str)] = &[
    ("x-content-type-options", "nosniff"),
    ("referrer-policy", "strict-origin-when-cross-origin"),
    ("x-frame-options", "DENY"),
    ("permissions-policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()"),
    ("cross-origin-opener-policy", "same-origin"),
];

/// Headers for API responses, beside the common ones.
const API_HEADERS: &[(&str, &str)] = &[
    ("content-security-policy", "default-src 'none'; frame-ancestors 'none'"),
    ("cache-control", "no-store"),
    ("cross-origin-resource-policy", "same-origin"),
];

/// The app's policy for the pages the worker answers (a mentor's page, "not found").
const PAGE_CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; \
                        img-src 'self' data:; connect-src 'self'; font-src 'self'; manifest-src 'self'; \
                        object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

pub fn with_page_headers(response: Response) -> Response {
    let headers = response.headers();
    // Setting a valid, constant header cannot fail; a response without it is still an answer.
    for (name, value) in COMMON_HEADERS.iter().chain([&("content-security-policy", PAGE_CSP)]) {
        let _ = headers.set(name, value);
    }
    response
}

pub fn with_api_headers(response: Response) -> Response {
    let headers = response.headers();
    for (name, value) in COMMON_HEADERS.iter().chain(API_HEADERS) {
        // A response that says how it may be cached (the calendar feed) keeps that.
        if *name == "cache-control" && headers.has(name).unwrap_or(false) {
            continue;
        }
        let _ = headers.set(name, value);
    }
    response
}

/// A JSON response with the given status.
pub fn json<T: Serialize>(status: u16, body: &T) -> Result<Response, AppError> {
    let bytes = serde_json::to_vec(body)?;
    Ok(json_bytes(status, bytes))
}

/// 200 with a JSON body.
pub fn ok<T: Serialize>(body: &T) -> Result<Response, AppError> {
    json(200, body)
}

/// 201 with a JSON body: something was made.
pub fn created<T: Serialize>(body: &T) -> Result<Response, AppError> {
    json(201, body)
}

/// 200 with a text file to save as `filename` (an invite, a Markdown record, a CSV).
pub fn download(text: String, content_type: &str, filename: &str) -> Result<Response, AppError> {
    let response = Response::builder().with_status(200).fixed(text.into_bytes());
    response.headers().set("content-type", content_type)?;
    response.headers().set("content-disposition", &format!("attachment; filename=\"{filename}\""))?;
    Ok(response)
}

/// The same answer without its body: what `HEAD` gets.
pub fn without_body(response: Response) -> Response {
    Response::builder().with_status(response.status_code()).with_headers(response.headers().clone()).empty()
}

/// Whether an `If-None-Match` header names `etag` (weak comparison, RFC 9110 §13.1.2).
pub fn etag_matches(if_none_match: Option<&str>, etag: &str) -> bool {
    let opaque = |tag: &str| tag.trim().trim_start_matches("W/").to_string();
    if_none_match.is_some_and(|header| {
        header.trim() == "*" || header.split(',').any(|tag| opaque(tag) == opaque(etag))
    })
}

/// A response without a body (204 and the like).
pub fn empty(status: u16) -> Response {
    Response::builder().with_status(status).empty()
}

/// The error envelope. Cannot fail: it is how failures are reported.
pub fn error_response(error: ApiError) -> Response {
    let status = error.status();
    let bytes = serde_json::to_vec(&error.into_body()).unwrap_or_else(|_| {
        br#"{"error":{"code":"internal","message":"Something went wrong on our side."}}"#.to_vec()
    });
    json_bytes(status, bytes)
}

/// A JSON body that is already text.
pub fn json_text(status: u16, body: &str) -> Response {
    json_bytes(status, body.as_bytes().to_vec())
}

fn json_bytes(status: u16, bytes: Vec<u8>) -> Response {
    let headers = Headers::new();
    let _ = headers.set("content-type", "application/json; charset=utf-8");
    Response::builder().with_status(status).with_headers(headers).fixed(bytes)
}
