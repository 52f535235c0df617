//! Profiles as others see them, cached in KV. Every profile or organization change rewrites or
//! drops the entry in the same request, so a changed profile is never served stale.

use domain::wire::Profile;
use worker::console_error;

use domain::ids::UserId;

use crate::http::{AppError, Ctx};
use crate::store::profiles::ProfileRow;
use crate::views::{self, Audience};

/// Entries also expire on their own, so a missed invalidation heals.
const TTL_SECONDS: u64 = 24 * 60 * 60;

fn key(user_id: &UserId) -> String {
    format!("profile:{user_id}")
}

pub async fn get(ctx: &Ctx<'_>, user_id: &UserId) -> Result<Option<Profile>, AppError> {
    let cached = ctx.kv()?.get(&key(user_id)).text().await?;
    Ok(cached.and_then(|json| serde_json::from_str(&json).ok()))
}

/// Stores the public view of a profile, returning it.
pub async fn put(ctx: &Ctx<'_>, row: &ProfileRow) -> Result<Profile, AppError> {
    let profile = views::profile(row, Audience::Others);
    ctx.kv()?
        .put(&key(&row.user_id), serde_json::to_string(&profile)?)?
        .expiration_ttl(TTL_SECONDS)
        .execute()
        .await?;
    Ok(profile)
}

pub async fn forget(ctx: &Ctx<'_>, user_id: &UserId) -> Result<(), AppError> {
    ctx.kv()?.delete(&key(user_id)).await?;
    Ok(())
}

/// Drops the entries of many users; a failure is logged and the rest still go.
pub async fn forget_all(ctx: &Ctx<'_>, user_ids: &[UserId]) -> Result<(), AppError> {
    let kv = ctx.kv()?;
    for user_id in user_ids {
        if let Err(error) = kv.delete(&key(user_id)).await {
            console_error!("dropping a cached profile: {error}");
        }
    }
    Ok(())
}
