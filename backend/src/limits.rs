//! Rate limits: sliding windows over counted events, refused with 429 and `Retry-After`.

use crate::app_ctx::AppCtx;
use crate::error::AppError;
use crate::store::rate_events;

pub const MINUTE: i64 = 60;
pub const HOUR: i64 = 60 * MINUTE;
pub const DAY: i64 = 24 * HOUR;

/// Counts one event in `bucket`, or refuses it when `per_window` already happened in the last
/// `window` seconds.
pub async fn enforce(ctx: &AppCtx<'_>, bucket: &str, per_window: i64, window: i64) -> Result<(), AppError> {
    match rate_events::hit(&ctx.db()?, bucket, per_window, window, ctx.now_seconds()).await? {
        None => Ok(()),
        Some(retry_after) => Err(AppError::RateLimited { retry_after }),
    }
}
