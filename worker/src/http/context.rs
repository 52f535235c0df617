//! What a handler gets: the environment, the request (headers, path parameters, the body already
//! read within its size limit) and the time the request arrived. Who signed in (`Ctx::user`,
//! `Ctx::viewer`) is read by `sessions`, which sits above this module.

use std::cell::{Cell, RefCell};

use domain::error::ApiError;
use domain::routes::PathParams;
use domain::time::{self, Unread};
use jiff::Timestamp;
use serde::Serialize;
use serde::de::DeserializeOwned;
use worker::{D1Database, Env, KvStore, Request};

use super::AppError;
use crate::store::cache;

pub struct Ctx<'a> {
    pub env: &'a Env,
    pub req: &'a Request,
    pub params: PathParams<'a>,
    pub body: Vec<u8>,
    pub now: Timestamp,
    /// What the request leaves for after its answer.
    pub later: &'a Later,
}

/// Work a request leaves for after its answer, which never waits for it: delivering the mail it
/// queued, and keeping the answers worth reusing.
#[derive(Default)]
pub struct Later {
    mail: Cell<bool>,
    cached: RefCell<Vec<cache::Entry>>,
}

impl Later {
    /// Whether the request left nothing to do.
    pub fn is_idle(&self) -> bool {
        !self.mail.get() && self.cached.borrow().is_empty()
    }

    /// Whether the request queued mail to deliver after its answer (the mailer delivers it).
    pub fn has_mail(&self) -> bool {
        self.mail.get()
    }

    /// Writes the answers worth keeping (the scheduled jobs deliver their own mail last).
    pub async fn write_cached(self, env: &Env) {
        let cached = self.cached.into_inner();
        if cached.is_empty() {
            return;
        }
        let development = is_development(env);
        match env.kv("KV") {
            Ok(kv) => {
                for entry in cached {
                    entry.write(&kv, development).await;
                }
            }
            Err(error) => worker::console_error!("caching: {error}"),
        }
    }
}

/// A wrangler var or secret, if set.
pub fn config_of(env: &Env, name: &str) -> Option<String> {
    if let Ok(secret) = env.secret(name) {
        return Some(secret.to_string());
    }
    env.var(name).ok().map(|var| var.to_string())
}

/// Local development: mail stays in the outbox and `/api/dev/*` is served.
pub fn is_development(env: &Env) -> bool {
    config_of(env, "ENVIRONMENT").as_deref() == Some("development")
}

impl Ctx<'_> {
    pub fn db(&self) -> Result<D1Database, AppError> {
        Ok(self.env.d1("DB")?)
    }

    pub fn kv(&self) -> Result<KvStore, AppError> {
        Ok(self.env.kv("KV")?)
    }

    /// A wrangler var or secret, if set.
    pub fn config(&self, name: &str) -> Option<String> {
        config_of(self.env, name)
    }

    /// A numeric wrangler var, or `default` when unset or unreadable.
    pub fn config_number(&self, name: &str, default: i64) -> i64 {
        self.config(name).and_then(|value| value.trim().parse().ok()).unwrap_or(default)
    }

    /// Local development: mail goes to the outbox and `/api/dev/*` is served.
    pub fn is_development(&self) -> bool {
        is_development(self.env)
    }

    /// Development-only routes do not exist elsewhere (404).
    pub fn development_only(&self) -> Result<(), AppError> {
        if self.is_development() { Ok(()) } else { Err(domain::error::ApiError::not_found().into()) }
    }

    /// Delivery of the mail this request queued follows its answer.
    pub fn deliver_mail_later(&self) {
        self.later.mail.set(true);
    }

    /// Keeps `value` in KV under `key` for `ttl_seconds` once the answer is out: a cache write
    /// never delays an answer or fails it. `what` names the value in the log.
    pub fn cache_later<T: Serialize>(&self, key: String, value: &T, ttl_seconds: u64, what: &'static str) {
        match cache::Entry::new(key, value, ttl_seconds, what) {
            Ok(entry) => self.later.cached.borrow_mut().push(entry),
            Err(error) => worker::console_error!("caching {what}: {error}"),
        }
    }

    pub fn decode<T: DeserializeOwned>(&self) -> Result<T, AppError> {
        Ok(ApiError::decode_json(&self.body)?)
    }

    pub fn param(&self, name: &str) -> &str {
        self.params.get(name).unwrap_or_default()
    }

    /// A path parameter as the id type it names; 404 before any storage is touched when it
    /// cannot be an id at all.
    pub fn id<T: From<String>>(&self, name: &str) -> Result<T, AppError> {
        let raw = self.param(name);
        if domain::ids::is_well_formed(raw) {
            Ok(T::from(raw.to_string()))
        } else {
            Err(domain::error::ApiError::not_found().into())
        }
    }

    /// This deployment's origin, for links in mail and responses.
    pub fn origin(&self) -> String {
        self.req.url().map(|url| url.origin().ascii_serialization()).unwrap_or_default()
    }

    /// A link into the app.
    pub fn link(&self, path: &str) -> String {
        format!("{}{path}", self.origin())
    }

    pub fn query(&self, name: &str) -> Option<String> {
        let url = self.req.url().ok()?;
        url.query_pairs().find(|(key, _)| key == name).map(|(_, value)| value.into_owned())
    }

    /// An optional RFC 3339 query parameter: 400 when it is not a time, 422 when it is one out
    /// of reach of now.
    pub fn instant_query(&self, name: &str) -> Result<Option<Timestamp>, ApiError> {
        let Some(raw) = self.query(name) else { return Ok(None) };
        time::client_instant(&raw, self.now).map(Some).map_err(|unread| match unread {
            Unread::Malformed => {
                ApiError::invalid_parameter(name, "Use an RFC 3339 time like 2026-12-01T14:00:00Z.")
            }
            Unread::OutOfReach => time::out_of_reach(name),
        })
    }

    pub fn header(&self, name: &str) -> Option<String> {
        self.req.headers().get(name).ok().flatten()
    }

    /// The client's address as Cloudflare reports it. In development a test may name itself a
    /// client (`x-quarterhour-client`), so that per-client limits can be shown from one machine.
    pub fn client_ip(&self) -> String {
        let named = self.is_development().then(|| self.header("x-quarterhour-client")).flatten();
        named.or_else(|| self.header("cf-connecting-ip")).unwrap_or_else(|| "unknown".into())
    }

    /// How many rows a scheduled job takes in one run: `default`, or in development the number
    /// in `x-quarterhour-per-run`, so that tests can show the rest wait for the next run.
    pub fn per_run(&self, default: i64) -> i64 {
        let asked = || self.header("x-quarterhour-per-run")?.trim().parse().ok().filter(|n: &i64| *n > 0);
        if self.is_development() { asked().unwrap_or(default) } else { default }
    }

    pub fn now_seconds(&self) -> i64 {
        self.now.as_second()
    }

    pub fn now_text(&self) -> String {
        domain::time::rfc3339(self.now)
    }

    /// Whether the request came to a local address, where cookies cannot be `Secure`.
    pub fn is_local(&self) -> bool {
        self.req
            .url()
            .ok()
            .and_then(|url| url.host_str().map(str::to_string))
            .is_some_and(|host| host == "localhost" || host == "127.0.0.1" || host == "[::1]")
    }
}
