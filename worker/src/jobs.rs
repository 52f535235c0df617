//! Work done on a schedule (Cron Triggers), not in answer to a request.

use jiff::Timestamp;
use worker::{Env, console_error};

use crate::store::directory;

/// Runs every scheduled job; a failing job is logged and does not stop the others.
pub async fn run(env: &Env, now: Timestamp) {
    if let Err(error) = refresh_offsets(env, now).await {
        console_error!("refreshing time-zone offsets: {error}");
    }
}

/// Directory rows keep each mentor's current UTC offset for the overlap filter; daylight saving
/// moves it, so it is recomputed from the IANA zone every hour.
async fn refresh_offsets(env: &Env, now: Timestamp) -> worker::Result<()> {
    let db = env.d1("DB")?;
    let mut statements = directory::timezones(&db)
        .await?
        .iter()
        .map(|zone| directory::set_offset_statement(&db, zone, domain::time::utc_offset_minutes(zone, now)))
        .collect::<worker::Result<Vec<_>>>()?;
    if !statements.is_empty() {
        statements.push(directory::bump_version_statement(&db));
        db.batch(statements).await?;
    }
    Ok(())
}
