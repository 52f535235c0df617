//! Work done on a schedule (Cron Triggers), not in answer to a request.

use domain::routes::PathParams;
use jiff::Timestamp;
use worker::{Env, Method, Request, console_error};

use crate::context::Ctx;
use crate::handlers::bookings;
use crate::store::directory;

/// Runs every scheduled job; a failing job is logged and does not stop the others.
pub async fn run(env: &Env, now: Timestamp) {
    if let Err(error) = refresh_offsets(env, now).await {
        console_error!("refreshing time-zone offsets: {error}");
    }
    if let Err(error) = send_reminders(env, now).await {
        console_error!("sending reminders: {error:?}");
    }
}

/// Reminder mails link back to the app, so they need its address: `APP_ORIGIN`.
async fn send_reminders(env: &Env, now: Timestamp) -> Result<(), crate::error::AppError> {
    let origin =
        env.var("APP_ORIGIN").map(|v| v.to_string()).unwrap_or_else(|_| "http://127.0.0.1:8787".into());
    let req = Request::new(&format!("{origin}/"), Method::Get)?;
    let ctx = Ctx { env, req: &req, params: PathParams::default(), body: Vec::new(), now };
    bookings::send_reminders(&ctx).await?;
    Ok(())
}

/// Directory rows keep each mentor's current UTC offset for the overlap filter; daylight saving
/// moves it, so it is recomputed from the IANA zone on every scheduled run.
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
