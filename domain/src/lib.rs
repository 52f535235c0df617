//! Quarterhour's domain: the API contract (routes, wire types, errors) and the rules behind it.
//!
//! Pure Rust with no I/O, compiled natively for tests and to wasm for the worker and the app.

pub mod account;
pub mod booking;
pub mod calendar;
pub mod demo;
pub mod directory;
pub mod error;
pub mod feed;
pub mod growth;
pub mod ids;
pub mod insights;
pub mod locale;
pub mod mail;
pub mod markdown;
pub mod matching;
pub mod order;
pub mod outcome;
pub mod pages;
pub mod paging;
pub mod profile;
pub mod request;
pub mod routes;
pub mod side;
pub mod slots;
pub mod thread;
pub mod time;
pub mod wire;
pub mod wrapup;
pub mod zones;

/// The version of this build, reported by `GET /api/health`.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
