//! Bookings: making one on a free slot, listing, cancelling, moving, and the calendar invite.

use domain::booking::{
    self, Booking, BookingCursor, BookingEnvelope, BookingList, BookingRequest, CancelRequest,
    RescheduleRequest,
};
use domain::error::{ApiError, ErrorBody};
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

/// Books a free slot. A retry with the same `Idempotency-Key` returns the same booking.
#[utoipa::path(
    post,
    operation_id = "create_booking",
    path = "/api/bookings",
    tag = "bookings",
    request_body = BookingRequest,
    params(("Idempotency-Key" = Option<String>, Header, description = "Makes retries safe: the same key returns the same booking")),
    responses(
        (status = 201, description = "Booked; both participants are mailed an invite.", body = BookingEnvelope),
        (status = 401, description = "Not signed in.", body = ErrorBody),
        (status = 404, description = "No such mentor, or not visible to the viewer.", body = ErrorBody),
        (status = 409, description = "The slot was just taken, or the mentor has another session then (`slot_taken`).", body = ErrorBody),
        (status = 422, description = "Outside the mentor's rules (`outside_availability`), past their caps (`over_capacity`), overlapping another session of the mentee (`mentee_busy`), booking oneself (`cannot_book_self`), holding 10 upcoming sessions or 2 with this mentor already (`too_many_bookings`), or a field is invalid.", body = ErrorBody),
        (status = 429, description = "More than 20 bookings, cancellations and moves in an hour; see `Retry-After`.", body = ErrorBody),
    )
)]
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

/// The signed-in user's bookings, as mentor and as mentee, past and upcoming, by start.
#[utoipa::path(
    get,
    operation_id = "my_bookings",
    path = "/api/me/bookings",
    tag = "bookings",
    params(
        ("limit" = Option<u32>, Query, minimum = 1, maximum = 100, description = "Page size, default 100"),
        ("cursor" = Option<String>, Query, description = "`meta.next_cursor` of the previous page"),
    ),
    responses(
        (status = 200, description = "One page of the user's bookings: upcoming ones soonest first, then past ones latest first; `meta.next_cursor` fetches the next page.", body = BookingList),
        (status = 400, description = "`limit` is not 1–100, or `cursor` is not one this API gave (`invalid_parameter`).", body = ErrorBody),
        (status = 401, description = "Not signed in.", body = ErrorBody),
    )
)]
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

/// Cancels a booking; either participant may.
#[utoipa::path(
    post,
    operation_id = "cancel_booking",
    path = "/api/bookings/{id}/cancel",
    tag = "bookings",
    params(("id" = String, Path, description = "The booking's id")),
    request_body = CancelRequest,
    responses(
        (status = 200, description = "Cancelled (also when it already was); both are mailed.", body = BookingEnvelope),
        (status = 401, description = "Not signed in.", body = ErrorBody),
        (status = 404, description = "No such booking for this user.", body = ErrorBody),
        (status = 409, description = "The session has started (`session_started`).", body = ErrorBody),
        (status = 422, description = "The reason is too long or holds control characters.", body = ErrorBody),
        (status = 429, description = "More than 20 bookings, cancellations and moves in an hour; see `Retry-After`.", body = ErrorBody),
    )
)]
pub async fn cancel(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    let (user, row) = path_booking(ctx).await?;
    let request: CancelRequest =
        if ctx.body.iter().all(u8::is_ascii_whitespace) { CancelRequest::default() } else { ctx.decode()? };
    let reason = booking::parse_cancel_reason(request.reason.as_deref())?;
    limit_changes(ctx, &user).await?;
    let row = bookings::cancel(ctx, row, reason.as_deref(), &user.id).await?;
    http::ok(&envelope(ctx, &row, &user))
}

/// Moves a booking to another free slot of the same mentor; either participant may.
#[utoipa::path(
    post,
    operation_id = "reschedule_booking",
    path = "/api/bookings/{id}/reschedule",
    tag = "bookings",
    params(("id" = String, Path, description = "The booking's id")),
    request_body = RescheduleRequest,
    responses(
        (status = 200, description = "Moved; both are mailed an updated invite.", body = BookingEnvelope),
        (status = 401, description = "Not signed in.", body = ErrorBody),
        (status = 404, description = "No such booking for this user.", body = ErrorBody),
        (status = 409, description = "The new slot is taken (`slot_taken`), the booking is cancelled (`booking_cancelled`), or the session has started (`session_started`).", body = ErrorBody),
        (status = 429, description = "More than 20 bookings, cancellations and moves in an hour; see `Retry-After`.", body = ErrorBody),
        (status = 422, description = "The new time is not offered, past a cap, or clashes with the mentee's sessions.", body = ErrorBody),
    )
)]
pub async fn reschedule(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    let (user, row) = path_booking(ctx).await?;
    let request: RescheduleRequest = ctx.decode()?;
    let start = booking::parse_slot_start("start", &request.start, ctx.now)?;
    limit_changes(ctx, &user).await?;
    let row = bookings::reschedule(ctx, &row, start).await?;
    http::ok(&envelope(ctx, &row, &user))
}

/// The booking as an iCalendar invite (a cancellation once cancelled).
#[utoipa::path(
    get,
    operation_id = "booking_invite",
    path = "/api/bookings/{id}/invite.ics",
    tag = "bookings",
    params(("id" = String, Path, description = "The booking's id")),
    responses(
        (status = 200, description = "An RFC 5545 calendar.", content_type = "text/calendar"),
        (status = 401, description = "Not signed in.", body = ErrorBody),
        (status = 404, description = "No such booking for this user.", body = ErrorBody),
    )
)]
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
