//! Work done on a schedule (Cron Triggers), not in answer to a request.

use domain::routes::PathParams;
use domain::wire::ScheduledRun;
use jiff::Timestamp;
use worker::{Env, Method, Request, console_error};

use crate::context::Ctx;
use crate::error::AppError;
use crate::handlers::{bookings, requests};
use crate::store::directory;

/// Runs every scheduled job for a Cron Trigger. Reminder mails link back to the app, so the
/// jobs get a request context whose address is `APP_ORIGIN`.
pub async fn run(env: &Env, now: Timestamp) {
    let origin =
        env.var("APP_ORIGIN").map(|v| v.to_string()).unwrap_or_else(|_| "http://127.0.0.1:8787".into());
    match Request::new(&format!("{origin}/"), Method::Get) {
        Ok(req) => {
            run_at(&Ctx { env, req: &req, params: PathParams::default(), body: Vec::new(), now }).await;
        }
        Err(error) => console_error!("APP_ORIGIN is not a valid address: {error}"),
    }
}

/// Runs every job at `ctx.now`; a failing job is logged and does not stop the others. Returns
/// what each did.
pub async fn run_at(ctx: &Ctx<'_>) -> ScheduledRun {
    if let Err(error) = refresh_offsets(ctx.env, ctx.now).await {
        console_error!("refreshing time-zone offsets: {error}");
    }
    let count = |job: &str, outcome: Result<u32, AppError>| {
        outcome.unwrap_or_else(|error| {
            console_error!("{job}: {error:?}");
            0
        })
    };
    ScheduledRun {
        reminders_sent: count("sending reminders", bookings::send_reminders(ctx).await),
        requests_expired: count("expiring requests", requests::expire_due(ctx).await),
        digests_sent: count("sending request digests", requests::send_digests(ctx).await),
    }
}

/// Directory rows keep each mentor's current UTC offset for the overlap filter; daylight saving
/// moves it, so it is recomputed from the IANA zone on every scheduled run.
async fn refresh_offsets(env: &Env, now: Timestamp) -> worker::Result<()> {
    let db = env.d1("DB")?;
    let statements = directory::timezones(&db)
        .await?
        .iter()
        .map(|zone| directory::set_offset_statement(&db, zone, domain::time::utc_offset_minutes(zone, now)))
        .collect::<worker::Result<Vec<_>>>()?;
    if statements.is_empty() {
        return Ok(());
    }
    let changed: usize = db.batch(statements).await?.iter().map(crate::store::changes).sum();
    // Cached search counts depend on offsets only through the overlap filter, and only a change
    // makes them stale.
    if changed > 0 {
        directory::bump_version_statement(&db).run().await?;
    }
    Ok(())
}
