//! The outcome check-in: the mentee says what came of a held session or an accepted answer,
//! chooses whether the mentor hears it, and is asked once, two weeks on.

use domain::ids::{BookingId, OfferId, RequestId, UserId};
use domain::mail::MailContent;
use domain::markdown;
use domain::outcome::{self, OutcomeInput};
use domain::wrapup::{Attendance, SubjectKind};
use jiff::SignedDuration;

use crate::app_ctx::AppCtx;
use crate::error::AppError;
use crate::mailer::{self, Mail};
use crate::services::wrapup::{self, MentorImpact};
use crate::store::bookings as bookings_store;
use crate::store::outbox::After;
use crate::store::outcomes::{self as store, DueRow, OutcomeKey, OutcomeRow, SharedRow};
use crate::store::requests as requests_store;
use crate::store::users::UserRow;

/// What an outcome is about, once the viewer is known to be its mentee.
pub struct Subject {
    pub kind: SubjectKind,
    pub id: String,
    pub mentor: UserId,
    /// The session was held, or the answer accepted.
    pub happened: bool,
}

/// The session or answered question `id` of `kind` whose mentee is `user`; 404 for anyone else,
/// and for what does not exist.
pub async fn subject(ctx: &AppCtx<'_>, user: &UserRow, kind: &str, id: String) -> Result<Subject, AppError> {
    let not_found = || AppError::from(domain::error::ApiError::not_found());
    let kind = SubjectKind::parse(kind).ok_or_else(not_found)?;
    let db = ctx.db()?;
    match kind {
        SubjectKind::Booking => {
            let row = bookings_store::find(&db, &BookingId::new(id))
                .await?
                .filter(|row| row.mentee_id == user.id)
                .ok_or_else(not_found)?;
            Ok(Subject {
                kind,
                id: row.id.to_string(),
                mentor: row.mentor_id,
                happened: row.status.is_live() && row.attendance == Attendance::Held,
            })
        }
        SubjectKind::Request => {
            let request = RequestId::new(id);
            let accepted =
                requests_store::accepted_offer(&db, &request, &user.id).await?.ok_or_else(not_found)?;
            let happened = accepted.accepted_at.is_some();
            // Until an answer is accepted there is no mentor; the outcome is refused below.
            let mentor = accepted.mentor_id.unwrap_or_default();
            Ok(Subject { kind, id: request.into_string(), mentor, happened })
        }
    }
}

/// The mentee's outcome, if they gave one.
pub async fn get(
    ctx: &AppCtx<'_>,
    user: &UserRow,
    subject: &Subject,
) -> Result<Option<OutcomeRow>, AppError> {
    Ok(store::find(&ctx.db()?, subject.kind, &subject.id, &user.id).await?)
}

/// Records or changes what came of it; editable at any time.
pub async fn record(
    ctx: &AppCtx<'_>,
    user: &UserRow,
    subject: &Subject,
    input: &OutcomeInput,
) -> Result<Option<OutcomeRow>, AppError> {
    let checked = input.parse()?;
    outcome::may_record(subject.kind, subject.happened)?;
    wrapup::limit(ctx, user).await?;
    let key =
        OutcomeKey { kind: subject.kind, subject: &subject.id, mentee: &user.id, mentor: &subject.mentor };
    let db = ctx.db()?;
    db.batch(vec![store::upsert_statement(&db, &key, &checked, ctx.now)?]).await?;
    get(ctx, user, subject).await
}

/// A mentor's impact with the outcomes mentees shared with them.
pub async fn my_impact(
    ctx: &AppCtx<'_>,
    mentor: &UserId,
) -> Result<(MentorImpact, Vec<SharedRow>), AppError> {
    let impact = wrapup::impact(ctx, mentor).await?;
    Ok((impact, store::shared_with(&ctx.db()?, mentor).await?))
}

/// Check-ins sent per kind and run; the rest go on the next runs.
const CHECK_INS_PER_RUN: i64 = 50;

/// Asks mentees, once, two weeks after a held session or an accepted answer, what came of it
/// (not those who already said). Returns how many were asked.
pub async fn ask(ctx: &AppCtx<'_>) -> Result<u32, AppError> {
    let db = ctx.db()?;
    let before = ctx.now - SignedDuration::from_hours(24 * outcome::CHECK_IN_DAYS);
    let mut asked = 0;
    for row in store::due_sessions(&db, before, CHECK_INS_PER_RUN).await? {
        let mark = store::mark_session_asked_statement(&db, &BookingId::new(row.id.clone()))?;
        asked += send(ctx, &row, mark, &format!("/sessions/{}", row.subject_id)).await?;
    }
    for row in store::due_answers(&db, before, CHECK_INS_PER_RUN).await? {
        let mark = store::mark_answer_asked_statement(&db, &OfferId::new(row.id.clone()))?;
        // The growth record holds the answer's outcome form.
        asked += send(ctx, &row, mark, &format!("/growth#request-{}", row.subject_id)).await?;
    }
    Ok(asked)
}

/// Marks one check-in done and, unless the mentee already answered, mails it in the same batch.
async fn send(
    ctx: &AppCtx<'_>,
    row: &DueRow,
    mark: worker::D1PreparedStatement,
    path: &str,
) -> Result<u32, AppError> {
    let mut statements = vec![mark];
    if !row.answered {
        let content = MailContent::OutcomeCheckIn {
            mentor: row.mentor_name.clone(),
            about: markdown::first_line(&row.about, 80),
            link: ctx.link(path),
        };
        let mail = Mail::new(&row.mentee_email, content);
        statements.extend(mailer::queue_statements(ctx, &[mail], After::Changed)?);
    }
    ctx.db()?.batch(statements).await?;
    Ok(u32::from(!row.answered))
}
