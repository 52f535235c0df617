//! Bookings: making one on a free slot, listing, cancelling, moving, and the calendar invite.

use domain::booking::{
    self, Booking, BookingCursor, BookingEnvelope, BookingList, BookingRequest, CancelRequest,
    RescheduleRequest,
};
use domain::error::ApiError;
use domain::ids::{BookingId, UserId};
use domain::wire::ListMeta;
use worker::Response;

use crate::http::{self, AppError, Ctx};
use crate::limits::{self, HOUR};
use crate::services::availability::ChangeLimit;
use crate::services::booking::{self as bookings, participant_booking};
use crate::services::invites;
use crate::store::bookings::{self as store, BookingRow};
use crate::store::users::UserRow;
use crate::views;

fn envelope(ctx: &Ctx<'_>, row: &BookingRow, viewer: &UserRow) -> BookingEnvelope {
    BookingEnvelope { booking: views::booking::booking(row, viewer.id.as_str(), &ctx.origin()) }
}

pub async fn create(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    let user = ctx.user().await?;
    let request: BookingRequest = ctx.decode()?;
    let key = ctx.header("idempotency-key").map(|k| k.trim().to_string()).filter(|k| !k.is_empty());
    if key.as_ref().is_some_and(|k| k.len() > 200) {
        return Err(ApiError::validation("Idempotency-Key", "Use a key of at most 200 characters.").into());
    }
    if let Some(key) = &key
        && let Some(existing) = store::find_by_idempotency_key(&ctx.db()?, &user.id, key).await?
    {
        return http::created(&envelope(ctx, &existing, &user));
    }
    let agenda = booking::parse_agenda(&request.agenda)?;
    let start = booking::parse_slot_start("start", &request.start, ctx.now)?;
    let mentor_id = UserId::new(request.mentor_id);
    if mentor_id == user.id {
        return Err(booking::cannot_book_self().into());
    }
    let follow_up_of = match request.follow_up_of.as_deref().map(str::trim).filter(|raw| !raw.is_empty()) {
        Some(raw) if domain::ids::is_well_formed(raw) => Some(BookingId::new(raw)),
        Some(_) => return Err(booking::not_a_follow_up().into()),
        None => None,
    };
    let row =
        bookings::book(ctx, &mentor_id, &user, start, &agenda, key.as_deref(), follow_up_of.as_ref()).await?;
    http::created(&envelope(ctx, &row, &user))
}

pub async fn mine(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    let user = ctx.user().await?;
    let (limit, cursor) =
        booking::parse_bookings_page(ctx.query("limit").as_deref(), ctx.query("cursor").as_deref())?;
    let split = cursor.as_ref().map_or(ctx.now, |c| c.now);
    let db = ctx.db()?;
    let mut rows = store::page_for_user(&db, &user.id, split, cursor.as_ref(), limit + 1).await?;
    let more = rows.len() > limit as usize;
    rows.truncate(limit as usize);
    let next_cursor = rows.last().filter(|_| more).map(|last| {
        BookingCursor {
            now: split,
            past: last.start_at < split,
            start: last.start_at,
            id: last.id.to_string(),
        }
        .encode()
    });
    let origin = ctx.origin();
    let bookings: Vec<Booking> =
        rows.iter().map(|row| views::booking::booking(row, user.id.as_str(), &origin)).collect();
    let meta = ListMeta { total: store::count_for_user(&db, &user.id).await?, next_cursor };
    http::ok(&BookingList { bookings, meta })
}

/// Booking, cancelling and moving sessions together: at most so many an hour per person, so that
/// no one floods a mentor's mailbox. (Booking counts itself, in the batch that reads the slot.)
async fn limit_changes(ctx: &Ctx<'_>, user: &UserRow) -> Result<(), AppError> {
    let limit = ChangeLimit::of(ctx, &user.id);
    limits::enforce(ctx, &limit.bucket, limit.per_hour, HOUR).await
}

pub async fn cancel(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    let (user, row) = path_booking(ctx).await?;
    let request: CancelRequest =
        if ctx.body.iter().all(u8::is_ascii_whitespace) { CancelRequest::default() } else { ctx.decode()? };
    let reason = booking::parse_cancel_reason(request.reason.as_deref())?;
    limit_changes(ctx, &user).await?;
    let row = bookings::cancel(ctx, row, reason.as_deref(), &user.id).await?;
    http::ok(&envelope(ctx, &row, &user))
}

pub async fn reschedule(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    let (user, row) = path_booking(ctx).await?;
    let request: RescheduleRequest = ctx.decode()?;
    let start = booking::parse_slot_start("start", &request.start, ctx.now)?;
    limit_changes(ctx, &user).await?;
    let row = bookings::reschedule(ctx, &row, start).await?;
    http::ok(&envelope(ctx, &row, &user))
}

pub async fn invite(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    let (user, row) = path_booking(ctx).await?;
    let text = invites::invite(&row, user.id.as_str(), ctx.now);
    http::download(text, "text/calendar; charset=utf-8", "quarterhour-session.ics")
}

/// The booking the path's `id` names, for the signed-in user who takes part in it; 404 for
/// everyone else.
pub(super) async fn path_booking(ctx: &Ctx<'_>) -> Result<(UserRow, BookingRow), AppError> {
    participant_booking(ctx, ctx.user().await?, &ctx.id("id")?).await
}
