//! After a session: attendance, feedback and kudos, and resuming after a pause.

use domain::booking::BookingEnvelope;
use domain::error::ApiError;
use domain::ids::RequestId;
use domain::wrapup::{AttendanceInput, FeedbackInput};
use worker::Response;

use super::bookings::path_booking;
use crate::http::{self, AppError, Ctx};
use crate::services::wrapup;
use crate::store::requests as requests_store;
use crate::views;

pub async fn report_attendance(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    let (user, row) = path_booking(ctx).await?;
    let input: AttendanceInput = ctx.decode()?;
    let report = input.parse()?;
    let row = wrapup::report(ctx, &user, row, report).await?;
    http::ok(&BookingEnvelope { booking: views::booking::booking(&row, user.id.as_str(), &ctx.origin()) })
}

pub async fn booking_feedback(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    let (user, row) = path_booking(ctx).await?;
    http::ok(&views::wrapup::feedback(Some(&wrapup::booking_feedback(ctx, &row).await?), &user.id))
}

pub async fn give_booking_feedback(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    let (user, row) = path_booking(ctx).await?;
    let input: FeedbackInput = ctx.decode()?;
    http::ok(&views::wrapup::feedback(
        Some(&wrapup::give_booking_feedback(ctx, &user, &row, input).await?),
        &user.id,
    ))
}

pub async fn request_feedback(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    let user = ctx.user().await?;
    let request: RequestId = ctx.id("id")?;
    let accepted = requests_store::accepted_offer(&ctx.db()?, &request, &user.id)
        .await?
        .ok_or_else(ApiError::not_found)?;
    let feedback = wrapup::request_feedback(ctx, request.as_ref(), accepted.accepted_at).await?;
    http::ok(&views::wrapup::feedback(feedback.as_ref(), &user.id))
}

pub async fn give_request_feedback(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    let user = ctx.user().await?;
    let request: RequestId = ctx.id("id")?;
    let db = ctx.db()?;
    let accepted =
        requests_store::accepted_offer(&db, &request, &user.id).await?.ok_or_else(ApiError::not_found)?;
    let input: FeedbackInput = ctx.decode()?;
    let (Some(mentor), Some(accepted_at)) = (accepted.mentor_id, accepted.accepted_at) else {
        return Err(
            ApiError::new(domain::error::ErrorCode::TooEarly, "No answer has been accepted yet.").into()
        );
    };
    let feedback =
        wrapup::give_request_feedback(ctx, &user, request.as_ref(), &mentor, accepted_at, input).await?;
    http::ok(&views::wrapup::feedback(Some(&feedback), &user.id))
}

pub async fn resume(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    let user = ctx.user().await?;
    wrapup::resume(ctx, &user).await?;
    Ok(http::empty(204))
}
