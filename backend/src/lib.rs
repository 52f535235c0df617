//! What Quarterhour's Workers share: the use cases (`services`), which run with an application
//! context (`app_ctx`) and never see an HTTP request; all SQL and KV access (`store`); the mail
//! outbox and its delivery (`mailer`); the one error type, rate limits and hashing.

pub mod app_ctx;
pub mod crypto;
pub mod error;
pub mod limits;
pub mod mailer;
pub mod services;
pub mod store;
