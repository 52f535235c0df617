//! What a handler gets: the application context (`AppCtx`, which `Ctx` derefs to), the request
//! (headers, path parameters, the body already read within its size limit) and the time the
//! request arrived. Who signed in (`Ctx::user`, `Ctx::viewer`) is read by `sessions`, which sits
//! above this module.

use std::ops::Deref;

use domain::error::ApiError;
use domain::routes::PathParams;
use domain::time::{self, Unread};
use jiff::Timestamp;
use serde::de::DeserializeOwned;
use worker::{Env, Request};

use crate::app_ctx::{AppCtx, Later, is_development};
use crate::error::AppError;

pub struct Ctx<'a> {
    pub app: AppCtx<'a>,
    pub req: &'a Request,
    pub params: PathParams<'a>,
    pub body: Vec<u8>,
}

impl<'a> Deref for Ctx<'a> {
    type Target = AppCtx<'a>;

    fn deref(&self) -> &AppCtx<'a> {
        &self.app
    }
}

impl<'a> Ctx<'a> {
    /// The context of `req`, arrived at `clock`: the services' context carries its origin, the
    /// client's address and, in development, the time (`x-quarterhour-now`) and the rows per
    /// scheduled run (`x-quarterhour-per-run`) a test asks for.
    pub fn new(
        env: &'a Env,
        req: &'a Request,
        params: PathParams<'a>,
        body: Vec<u8>,
        clock: Timestamp,
        later: &'a Later,
    ) -> Self {
        let origin = req.url().map(|url| url.origin().ascii_serialization()).unwrap_or_default();
        let header = |name: &str| req.headers().get(name).ok().flatten();
        let development = is_development(env);
        // Lets tests travel in time (code expiry, reminders); never honoured in production.
        let now = development.then(|| header("x-quarterhour-now")?.parse().ok()).flatten().unwrap_or(clock);
        let per_run_asked = development
            .then(|| header("x-quarterhour-per-run")?.trim().parse().ok().filter(|n: &i64| *n > 0))
            .flatten();
        // In development a test may name itself a client (`x-quarterhour-client`), so that
        // per-client limits can be shown from one machine.
        let named = development.then(|| header("x-quarterhour-client")).flatten();
        let client = named.or_else(|| header("cf-connecting-ip")).unwrap_or_else(|| "unknown".into());
        Ctx { app: AppCtx { env, now, origin, later, client, per_run_asked }, req, params, body }
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

    /// Whether the request came to a local address, where cookies cannot be `Secure`.
    pub fn is_local(&self) -> bool {
        self.req
            .url()
            .ok()
            .and_then(|url| url.host_str().map(str::to_string))
            .is_some_and(|host| host == "localhost" || host == "127.0.0.1" || host == "[::1]")
    }
}
