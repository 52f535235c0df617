//! Everything stored about a person: the export that hands it to them and the deletion that
//! removes it.

use domain::account::Email;
use domain::booking::BookingNotice;

use crate::app_ctx::AppCtx;
use crate::error::AppError;
use crate::mailer;
use crate::services::{booking, requests, threads};
use crate::store::bookings;
use crate::store::directory;
use crate::store::organizations;
use crate::store::outbox::{self, After};
use crate::store::profiles;
use crate::store::sessions;
use crate::store::users::{self, UserRow};
use crate::store::{availability, login_codes, rate_events, requests as request_store};

/// Everything stored about a user that the export holds besides their account and profile.
pub struct ExportRows {
    pub messages: Vec<domain::wire::OutboxMessage>,
    pub requests: Vec<(request_store::RequestRow, Vec<request_store::OfferRow>)>,
    pub offers: Vec<request_store::OfferRow>,
    pub threads: Vec<threads::WithMessages>,
    pub bookings: Vec<bookings::BookingRow>,
    pub availability: Option<domain::booking::AvailabilityInput>,
    pub feedback: Vec<serde_json::Value>,
    pub paused_at: Option<jiff::Timestamp>,
    pub outcomes: Vec<serde_json::Value>,
}

pub async fn export(ctx: &AppCtx<'_>, user: &UserRow) -> Result<ExportRows, AppError> {
    let db = ctx.db()?;
    Ok(ExportRows {
        messages: outbox::list(&db, Some(&user.email), 10_000).await?,
        requests: requests::authored_by(ctx, &user.id).await?,
        offers: request_store::offers_by_mentor(&db, &user.id).await?,
        threads: threads::all_of(ctx, &user.id).await?,
        bookings: bookings::for_user(&db, &user.id).await?,
        availability: match availability::find(&db, &user.id).await? {
            Some(row) => Some(
                serde_json::from_str(&row.rules)
                    .map_err(|e| AppError::Internal(format!("stored availability: {e}")))?,
            ),
            None => None,
        },
        feedback: crate::store::wrapup::feedback_of(&db, &user.id).await?,
        paused_at: crate::store::wrapup::standing(&db, &user.id).await?.paused_at,
        outcomes: crate::store::outcomes::of_user(&db, &user.id).await?,
    })
}

/// Deletes the account and everything stored about it, and signs out everywhere. The other side
/// of every upcoming session learns it will not happen.
pub async fn delete(ctx: &AppCtx<'_>, user: &UserRow) -> Result<(), AppError> {
    let db = ctx.db()?;
    let reason = Some("The other person deleted their account.");
    let mut mails = Vec::new();
    for row in bookings::for_user(&db, &user.id).await? {
        if row.status.is_live() && row.start_at > ctx.now {
            // A cancellation outranks the invitations before it (RFC 5546): one sequence on.
            let cancelled = bookings::BookingRow { sequence: row.sequence + 1, ..row };
            mails.extend(booking::mails(ctx, &cancelled, BookingNotice::Cancelled, reason));
        }
    }
    // Written with the deletion and delivered after it: a failing mail API cannot block it.
    let mut statements = mailer::queue_statements(ctx, &mails, After::Always)?;
    statements.extend(request_store::delete_for_user_statements(&db, &user.id)?);
    statements.extend(crate::store::wrapup::delete_for_user_statements(&db, &user.id)?);
    statements.push(crate::store::outcomes::delete_for_user_statement(&db, &user.id)?);
    statements.extend([
        bookings::delete_for_user_statement(&db, &user.id)?,
        availability::delete_statement(&db, &user.id)?,
        directory::delete_statement(&db, &user.id)?,
        crate::store::bump_version_statement(&db, crate::store::Versioned::Directory),
        profiles::delete_statement(&db, &user.id)?,
        organizations::hand_over_statement(&db, &user.id)?,
        users::delete_statement(&db, &user.id)?,
        login_codes::delete_statement(&db, &user.email)?,
        outbox::delete_statement(&db, &user.email)?,
    ]);
    for kind in ["requests", "offers", "messages", "bookings"] {
        statements.push(rate_events::delete_bucket_statement(&db, &format!("{kind}:{}", user.id))?);
    }
    if let Ok(email) = Email::parse(&user.email) {
        for bucket in crate::services::sign_in::address_buckets(&email) {
            statements.push(rate_events::delete_bucket_statement(&db, &bucket)?);
        }
    }
    // The people they were helped by no longer count them.
    for mentor in directory::mentors_who_helped(&db, &user.id).await? {
        statements.push(directory::refresh_impact_statement(&db, &mentor)?);
    }
    db.batch(statements).await?;
    Ok(sessions::end_all(&ctx.kv()?, &user.id).await?)
}
