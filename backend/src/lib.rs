//! What Quarterhour's Workers share: the use cases (`services`), which run with an application
//! context (`app_ctx`) and never see an HTTP request; all SQL and KV access (`store`); the mail
//! outbox and its delivery (`mailer`); the messages on the queues (`queues`); the one error type,
//! rate limits and hashing. The `jobs` feature adds what only the jobs Worker runs.

pub mod app_ctx;
pub mod crypto;
pub mod error;
pub mod limits;
pub mod mailer;
pub mod queues;
pub mod services;
pub mod store;
