//! Sessions: a random token in an HttpOnly cookie, stored in KV (under its hash, see
//! `store::sessions`) with a TTL. The cookie holds `<user id>.<secret>`.

use domain::account::SESSION_TTL_SECONDS;
use domain::error::ApiError;
use domain::ids::UserId;

use crate::crypto;
use crate::error::AppError;
use crate::http::Ctx;
use crate::store::sessions::key;
use crate::store::users::{self, UserRow};

pub const COOKIE: &str = "qh_session";

#[derive(serde::Serialize, serde::Deserialize)]
struct Session {
    user_id: String,
    created_at: String,
}

/// The `(user id, secret)` in the request's session cookie, if any and well-formed.
fn cookie_token(ctx: &Ctx<'_>) -> Option<(String, String)> {
    let header = ctx.header("cookie")?;
    let value = header
        .split(';')
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == COOKIE)
        .map(|(_, value)| value.to_string())?;
    let (user_id, secret) = value.split_once('.')?;
    let well_formed = |s: &str| !s.is_empty() && s.len() <= 64 && s.bytes().all(|b| b.is_ascii_hexdigit());
    (well_formed(user_id) && well_formed(secret)).then(|| (user_id.to_string(), secret.to_string()))
}

/// Whether the request carries a well-formed session cookie, valid or not: enough for a page's
/// first view to leave out "Sign in", never for access to anything.
pub fn has_cookie(ctx: &Ctx<'_>) -> bool {
    cookie_token(ctx).is_some()
}

/// Starts a session and returns the `Set-Cookie` header value for it.
pub async fn start(ctx: &Ctx<'_>, user: &UserId) -> Result<String, AppError> {
    let user_id = user.as_str();
    let secret = crypto::hex(&crypto::random_bytes::<32>()?);
    let session = Session { user_id: user_id.to_string(), created_at: ctx.now_text() };
    ctx.kv()?
        .put(&key(user_id, &secret), serde_json::to_string(&session)?)?
        .expiration_ttl(SESSION_TTL_SECONDS)
        .execute()
        .await?;
    Ok(cookie(ctx, &format!("{user_id}.{secret}"), SESSION_TTL_SECONDS))
}

fn cookie(ctx: &Ctx<'_>, value: &str, max_age: u64) -> String {
    let secure = if ctx.is_local() { "" } else { "; Secure" };
    format!("{COOKIE}={value}; Path=/; HttpOnly; SameSite=Lax; Max-Age={max_age}{secure}")
}

/// The answer once a session is over: 204, and the cookie removed from the browser.
pub fn signed_out(ctx: &Ctx<'_>) -> Result<worker::Response, AppError> {
    let response = crate::http::empty(204);
    response.headers().set("set-cookie", &cookie(ctx, "", 0))?;
    Ok(response)
}

/// The signed-in user, if the request carries a live session for an existing account.
pub async fn current(ctx: &Ctx<'_>) -> Result<Option<UserRow>, AppError> {
    let Some((user_id, secret)) = cookie_token(ctx) else {
        return Ok(None);
    };
    let stored = ctx.kv()?.get(&key(&user_id, &secret)).text().await?;
    if stored.is_none() {
        return Ok(None);
    }
    Ok(users::find(&ctx.db()?, &UserId::new(user_id)).await?)
}

pub async fn require(ctx: &Ctx<'_>) -> Result<UserRow, AppError> {
    current(ctx).await?.ok_or_else(|| ApiError::unauthenticated().into())
}

impl Ctx<'_> {
    /// The signed-in user; 401 when there is none.
    pub async fn user(&self) -> Result<UserRow, AppError> {
        require(self).await
    }

    /// The signed-in user, if any.
    pub async fn viewer(&self) -> Result<Option<UserRow>, AppError> {
        current(self).await
    }
}

/// Ends the request's session, if it has one.
pub async fn end(ctx: &Ctx<'_>) -> Result<(), AppError> {
    if let Some((user_id, secret)) = cookie_token(ctx) {
        ctx.kv()?.delete(&key(&user_id, &secret)).await?;
    }
    Ok(())
}
