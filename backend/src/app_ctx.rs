//! What a use case runs with: the bindings, configuration, the clock, this deployment's address
//! and the work left for after the answer. An API request builds one around itself (`http::Ctx`
//! derefs to it) and the scheduled jobs build one directly, so services never see a request.

use std::cell::{Cell, RefCell};

use jiff::Timestamp;
use serde::Serialize;
use worker::{D1Database, Env, KvStore};

use crate::error::AppError;
use crate::store::cache;

pub struct AppCtx<'a> {
    pub env: &'a Env,
    pub now: Timestamp,
    /// This deployment's origin (`https://…`), for links in mail and responses.
    pub origin: String,
    /// What is left for after the answer.
    pub later: &'a Later,
    /// Who the work is done for, by address, for per-client limits (`scheduled` for the jobs).
    pub client: String,
    /// Development only: how many rows a scheduled job takes in one run, as a test asked.
    pub per_run_asked: Option<i64>,
}

/// Work left for after the answer, which never waits for it: handing the mail that was written
/// to the mail queue (once its batch has committed), and keeping the answers worth reusing.
#[derive(Default)]
pub struct Later {
    mail: Cell<bool>,
    cached: RefCell<Vec<cache::Entry>>,
}

impl Later {
    /// Whether nothing was left.
    pub fn is_idle(&self) -> bool {
        !self.mail.get() && self.cached.borrow().is_empty()
    }

    /// Does what was left: hands the mail written to its queue, and writes the answers worth
    /// keeping. A failure is logged and loses nothing an answer depended on.
    pub async fn finish(self, env: &Env, now: Timestamp) {
        if self.mail.get() {
            crate::queues::enqueue_written_mail(env, now).await;
        }
        self.write_cached(env).await;
    }

    async fn write_cached(self, env: &Env) {
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

/// The Worker's clock. Workers report milliseconds since 1970, always in range.
pub fn clock() -> Timestamp {
    Timestamp::from_millisecond(worker::Date::now().as_millis() as i64).unwrap_or(Timestamp::UNIX_EPOCH)
}

/// Local development: mail stays in the outbox and `/api/dev/*` is served.
pub fn is_development(env: &Env) -> bool {
    config_of(env, "ENVIRONMENT").as_deref() == Some("development")
}

/// One of the static files the worker is deployed with (`app/dist`), read through its assets
/// binding: data too large to compile in, such as the OpenAPI document and the free-mail list.
pub async fn asset_text(env: &Env, path: &str) -> Result<String, AppError> {
    Ok(asset(env, path).await?.text().await?)
}

async fn asset(env: &Env, path: &str) -> Result<worker::Response, AppError> {
    let asset = env.assets("ASSETS")?.fetch(format!("https://assets.invalid{path}"), None).await?;
    if asset.status_code() != 200 {
        return Err(AppError::Internal(format!("the asset {path} answered {}", asset.status_code())));
    }
    Ok(asset)
}

/// Makes time zones known to `domain::zones`: a Worker built without the database compiled in
/// reads it from its static assets, once per isolate.
pub async fn load_zones(env: &Env) -> Result<(), AppError> {
    if domain::zones::ready() {
        return Ok(());
    }
    let file = asset(env, domain::zones::ZONEINFO_FILE).await?.bytes().await?;
    domain::zones::install(file).map_err(|why| AppError::Internal(format!("the time-zone database: {why}")))
}

impl AppCtx<'_> {
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

    /// The mail written now is handed to its queue after the answer.
    pub fn enqueue_mail_later(&self) {
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

    /// This deployment's origin, for links in mail and responses.
    pub fn origin(&self) -> String {
        self.origin.clone()
    }

    /// A link into the app.
    pub fn link(&self, path: &str) -> String {
        format!("{}{path}", self.origin)
    }

    /// How many rows a scheduled job takes in one run: `default`, or in development the number
    /// a test asked for, so that tests can show the rest wait for the next run.
    pub fn per_run(&self, default: i64) -> i64 {
        match self.per_run_asked {
            Some(asked) if self.is_development() => asked,
            _ => default,
        }
    }

    /// The client's address as Cloudflare reports it, for per-client limits.
    pub fn client_ip(&self) -> String {
        self.client.clone()
    }

    pub fn now_seconds(&self) -> i64 {
        self.now.as_second()
    }

    pub fn now_text(&self) -> String {
        domain::time::rfc3339(self.now)
    }
}
