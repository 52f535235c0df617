//! After a session: each side's attendance report and the no-show policy it feeds, feedback
//! and kudos, and the impact a mentor's profile shows.

use domain::booking::Side;
use domain::error::ApiError;
use domain::error::ErrorCode;
use domain::ids::UserId;
use domain::mail::MailContent;
use domain::wrapup::{self, Attendance, FeedbackInput, Report, SubjectKind};
use jiff::{SignedDuration, Timestamp};

use crate::app_ctx::AppCtx;
use crate::error::AppError;
use crate::limits::{self, HOUR};
use crate::mailer::{self, Mail};
use crate::services::availability;
use crate::store::bookings::{self as bookings_store, BookingRow};
use crate::store::directory;
use crate::store::outbox::After;
use crate::store::users::{self, UserRow};
use crate::store::wrapup::{self as store, FeedbackKey, FeedbackRow, ImpactRow};

/// Reports, feedback and outcomes one person may send an hour.
const WRAP_UPS_PER_HOUR: i64 = 60;

pub async fn limit(ctx: &AppCtx<'_>, user: &UserRow) -> Result<(), AppError> {
    let per_hour = ctx.config_number("WRAP_UPS_PER_USER_PER_HOUR", WRAP_UPS_PER_HOUR);
    limits::enforce(ctx, &format!("wrapup:{}", user.id), per_hour, HOUR).await
}

/// Records what `user` says happened in the session, and what it means for the other side.
pub async fn report(
    ctx: &AppCtx<'_>,
    user: &UserRow,
    row: BookingRow,
    report: Report,
) -> Result<BookingRow, AppError> {
    if !row.status.is_live() {
        return Err(domain::booking::booking_cancelled().into());
    }
    wrapup::may_report(row.end_at, ctx.now)?;
    limit(ctx, user).await?;
    let side = Side::of(user.id.as_str(), row.mentor_id.as_str());
    let db = ctx.db()?;
    let mut row = row;
    // A report from the other side at the same moment is met by reading again once.
    for _ in 0..2 {
        let other = row.report_of(side.other());
        let (mentor, mentee) = match side {
            Side::Mentor => (Some(report), other),
            Side::Mentee => (other, Some(report)),
        };
        let attendance = wrapup::attendance(mentor, mentee, row.end_at, ctx.now);
        let results = db
            .batch(vec![
                store::report_statement(&db, &row.id, side, report, other, attendance)?,
                directory::refresh_impact_statement(&db, &row.mentor_id)?,
                bookings_store::find_statement(&db, &row.id)?,
            ])
            .await?;
        let read: BookingRow = results
            .get(2)
            .map(crate::store::first::<BookingRow>)
            .transpose()?
            .flatten()
            .ok_or_else(ApiError::not_found)?;
        let (mine, other_now) = (read.report_of(side), read.report_of(side.other()));
        row = read;
        if mine != Some(report) && other_now == other {
            // Nothing raced it: the reports were settled (or the booking cancelled) meanwhile.
            return Err(
                ApiError::new(ErrorCode::WrapUpClosed, "Attendance for this session is settled.").into()
            );
        }
        if mine == Some(report) {
            if let Some(Side::Mentor) = row.attendance.missed_by() {
                enforce_mentor_policy(ctx, &row.mentor_id).await?;
            }
            return Ok(row);
        }
    }
    Err(AppError::Internal("an attendance report kept meeting another".into()))
}

/// Pauses a mentor whose misses call for it, and mails them why; does nothing otherwise.
pub async fn enforce_mentor_policy(ctx: &AppCtx<'_>, mentor: &UserId) -> Result<(), AppError> {
    let db = ctx.db()?;
    let standing = store::standing(&db, mentor).await?;
    if standing.paused_at.is_some() {
        return Ok(());
    }
    let since = ctx.now - SignedDuration::from_hours(24 * wrapup::MISS_WINDOW_DAYS);
    let records = store::records(&db, mentor, Side::Mentor, since, ctx.now).await?;
    let misses = wrapup::misses(Side::Mentor, &records);
    if !wrapup::mentor_pauses(&misses, standing.resumed_at, ctx.now) {
        return Ok(());
    }
    let Some(user) = users::find(&db, mentor).await? else { return Ok(()) };
    let content = MailContent::Paused { link: format!("{}/profile", ctx.origin()) };
    let mut statements = store::pause_statements(&db, mentor, ctx.now)?;
    // The mail follows the pause directly: only a mentor this paused is mailed.
    let clear = statements.pop();
    statements.extend(mailer::queue_statements(ctx, &[Mail::new(&user.email, content)], After::Changed)?);
    statements.extend(clear);
    db.batch(statements).await?;
    Ok(())
}

/// Ends the signed-in mentor's pause; their slots are offered again at once.
pub async fn resume(ctx: &AppCtx<'_>, user: &UserRow) -> Result<(), AppError> {
    let db = ctx.db()?;
    db.batch(vec![store::resume_statement(&db, &user.id, ctx.now)?]).await?;
    availability::refresh_next_free_slot(ctx, &user.id).await
}

/// Until when the mentee may hold only one upcoming session, if that is now.
pub async fn mentee_limited_until(ctx: &AppCtx<'_>, mentee: &UserId) -> Result<Option<Timestamp>, AppError> {
    let days = wrapup::MISS_WINDOW_DAYS + wrapup::MENTEE_LIMIT_DAYS;
    let since = ctx.now - SignedDuration::from_hours(24 * days);
    let records = store::records(&ctx.db()?, mentee, Side::Mentee, since, ctx.now).await?;
    Ok(wrapup::mentee_limited_until(&wrapup::misses(Side::Mentee, &records), ctx.now))
}

/// A cancellation by `by`: a late one by the mentor may pause them.
pub async fn after_cancellation(ctx: &AppCtx<'_>, row: &BookingRow, by: &UserId) -> Result<(), AppError> {
    if *by == row.mentor_id && wrapup::is_late_cancellation(row.start_at, ctx.now) {
        enforce_mentor_policy(ctx, &row.mentor_id).await?;
    }
    Ok(())
}

/// The feedback given on one subject, and when its 14 days began.
pub struct Feedback {
    pub rows: Vec<FeedbackRow>,
    pub from: Timestamp,
}

async fn feedback_on(
    ctx: &AppCtx<'_>,
    kind: SubjectKind,
    subject: &str,
    from: Timestamp,
) -> Result<Feedback, AppError> {
    Ok(Feedback { rows: store::feedback_on(&ctx.db()?, kind, subject).await?, from })
}

/// The feedback on a session, as one of its participants sees it.
pub async fn booking_feedback(ctx: &AppCtx<'_>, row: &BookingRow) -> Result<Feedback, AppError> {
    feedback_on(ctx, SubjectKind::Booking, row.id.as_ref(), row.end_at).await
}

/// Gives or edits feedback on a session; either side, once, for 14 days after it ended.
pub async fn give_booking_feedback(
    ctx: &AppCtx<'_>,
    user: &UserRow,
    row: &BookingRow,
    input: FeedbackInput,
) -> Result<Feedback, AppError> {
    if !row.status.is_live() {
        return Err(domain::booking::booking_cancelled().into());
    }
    let side = Side::of(user.id.as_str(), row.mentor_id.as_str());
    let feedback = input.parse(side)?;
    wrapup::may_give_feedback(row.end_at, ctx.now)?;
    limit(ctx, user).await?;
    let about = match side {
        Side::Mentor => &row.mentee_id,
        Side::Mentee => &row.mentor_id,
    };
    let key =
        FeedbackKey { kind: SubjectKind::Booking, subject: row.id.as_ref(), author: &user.id, about, side };
    let db = ctx.db()?;
    db.batch(vec![store::upsert_feedback_statement(&db, &key, &feedback, ctx.now)?]).await?;
    booking_feedback(ctx, row).await
}

/// The author's feedback on the accepted answer to their question; empty until one is accepted.
pub async fn request_feedback(
    ctx: &AppCtx<'_>,
    request: &str,
    accepted_at: Option<Timestamp>,
) -> Result<Option<Feedback>, AppError> {
    match accepted_at {
        Some(accepted_at) => Ok(Some(feedback_on(ctx, SubjectKind::Request, request, accepted_at).await?)),
        None => Ok(None),
    }
}

/// Gives or edits the author's feedback on the accepted answer to their question.
pub async fn give_request_feedback(
    ctx: &AppCtx<'_>,
    user: &UserRow,
    request: &str,
    mentor: &UserId,
    accepted_at: Timestamp,
    input: FeedbackInput,
) -> Result<Feedback, AppError> {
    let feedback = input.parse(Side::Mentee)?;
    wrapup::may_give_feedback(accepted_at, ctx.now)?;
    limit(ctx, user).await?;
    let key = FeedbackKey {
        kind: SubjectKind::Request,
        subject: request,
        author: &user.id,
        about: mentor,
        side: Side::Mentee,
    };
    let db = ctx.db()?;
    db.batch(vec![store::upsert_feedback_statement(&db, &key, &feedback, ctx.now)?]).await?;
    feedback_on(ctx, SubjectKind::Request, request, accepted_at).await
}

/// A mentor's impact in totals, with the helpful counts that may be shown: the published ones,
/// moved on only in steps large enough that no one rating can be told from them.
pub struct MentorImpact {
    pub row: ImpactRow,
    pub shown: Option<(u32, u32)>,
}

/// A mentor's impact, in totals.
pub async fn impact(ctx: &AppCtx<'_>, mentor: &UserId) -> Result<MentorImpact, AppError> {
    let db = ctx.db()?;
    let row = store::impact(&db, mentor)
        .await?
        .ok_or_else(|| AppError::Internal("the impact query returned no row".into()))?;
    let published = row.published_helpful.zip(row.published_ratings);
    let shown = wrapup::published_counts(published, row.helpful, row.ratings);
    if let Some((helpful, ratings)) = shown.filter(|counts| Some(*counts) != published) {
        store::publish_share(&db, mentor.as_ref(), helpful, ratings).await?;
    }
    Ok(MentorImpact { row, shown })
}

/// Asks both participants of sessions that ended 15 minutes ago whether they happened, once.
/// Returns how many sessions were asked about.
pub async fn ask_attendance(ctx: &AppCtx<'_>) -> Result<u32, AppError> {
    let db = ctx.db()?;
    let ended_before = ctx.now - SignedDuration::from_mins(15);
    let rows: Vec<BookingRow> = store::to_ask_statement(&db, ended_before, 50)?.all().await?.results()?;
    let mut asked = 0;
    for row in &rows {
        let url = format!("{}/sessions/{}", ctx.origin(), row.id);
        let mails: Vec<Mail> = [
            (&row.mentor_email, &row.mentee_name, &row.mentor_timezone),
            (&row.mentee_email, &row.mentor_name, &row.mentee_timezone),
        ]
        .into_iter()
        .map(|(to, other, zone)| {
            let content = MailContent::CheckIn {
                other: other.clone(),
                start: row.start_at,
                zone: zone.clone(),
                link: url.clone(),
            };
            Mail::new(to, content)
        })
        .collect();
        let mut statements = vec![store::mark_asked_statement(&db, &row.id)?];
        statements.extend(mailer::queue_statements(ctx, &mails, After::Changed)?);
        db.batch(statements).await?;
        asked += 1;
    }
    Ok(asked)
}

/// Settles sessions whose 48 hours of reports are over: a lone report stands; a miss it makes
/// may pause the mentor. Returns how many were settled.
pub async fn settle_attendance(ctx: &AppCtx<'_>) -> Result<u32, AppError> {
    let db = ctx.db()?;
    let closed_before = ctx.now - SignedDuration::from_hours(wrapup::REPORT_HOURS);
    let mut settled = 0;
    for row in store::to_settle(&db, closed_before, 100).await? {
        let attendance = wrapup::attendance(row.mentor_report, row.mentee_report, row.end_at, ctx.now);
        db.batch(vec![
            store::settle_statement(&db, &row.id, attendance)?,
            directory::refresh_impact_statement(&db, &row.mentor_id)?,
        ])
        .await?;
        if attendance == Attendance::MentorMissed {
            enforce_mentor_policy(ctx, &row.mentor_id).await?;
        }
        settled += 1;
    }
    Ok(settled)
}
