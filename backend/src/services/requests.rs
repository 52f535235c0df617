//! The request use cases: posting a question, the mentor's feed, offers, acceptance (with the
//! booking and thread it opens) and closing. Who sees what is `domain::request`'s rule.

use domain::booking;
use domain::error::{ApiError, ErrorCode};
use domain::feed::{self, FeedCandidate, MentorFit, RequestFit};
use domain::ids::{OfferId, RequestId, ThreadId, UserId};
use domain::mail::MailContent;
use domain::profile::Viewer;
use domain::request::FitReason;
use domain::request::{
    self as request_rules, NewOffer, NewRequest, OfferKind, OfferStatus, RequestEdit, RequestEvent,
    RequestRole, ValidRequest,
};
use domain::time::utc_offset_minutes;
use jiff::Timestamp;

use crate::app_ctx::AppCtx;
use crate::crypto;
use crate::error::AppError;
use crate::limits::{self, DAY, HOUR};
use crate::mailer::{self, Mail};
use crate::services::booking::Through;
use crate::services::{accounts, availability, booking as bookings, directory};
use crate::store::bookings::BookingRow;
use crate::store::outbox::After;
use crate::store::requests::{
    self, Accepted, FeedFilter, NewOfferRow, NewRequestRow, OfferRow, ReachRow, RequestRow,
};
use crate::store::users::UserRow;
use crate::store::{self, Unique};

/// How many open requests the feed ranks to find the ones it shows.
const FEED_CANDIDATES: i64 = 300;

/// A request with the viewer's standing and the offers they may see.
pub struct Visible {
    pub row: RequestRow,
    pub role: RequestRole,
    pub offers: Vec<OfferRow>,
}

/// The viewer's standing on a request (None: they may not see it), by the domain's rule.
pub fn role_of(
    row: &RequestRow,
    viewer: Viewer<'_>,
    is_mentor: bool,
    offer: Option<&OfferRow>,
    now: Timestamp,
) -> Option<RequestRole> {
    RequestRole::of(
        row.author_id.as_str(),
        row.author_organization.as_deref(),
        row.audience,
        row.mentor_id.as_ref().map(UserId::as_str),
        row.status_at(now),
        viewer,
        is_mentor,
        offer.map(|offer| offer.status),
    )
}

/// What ranking needs to know about a request.
pub fn request_fit(row: &RequestRow, now: Timestamp, reveals_author: bool) -> RequestFit<'_> {
    RequestFit {
        expertise: &row.expertise,
        languages: &row.author_languages,
        utc_offset_minutes: utc_offset_minutes(&row.author_timezone, now),
        offer_count: row.offer_count,
        reveals_author,
    }
}

/// A request as `user` may see it; 404 when they may see none of it.
pub async fn visible(ctx: &AppCtx<'_>, user: &UserRow, id: &RequestId) -> Result<Visible, AppError> {
    let db = ctx.db()?;
    let row = requests::find(&db, id).await?.ok_or_else(ApiError::not_found)?;
    visible_row(ctx, user, row).await
}

async fn visible_row(ctx: &AppCtx<'_>, user: &UserRow, row: RequestRow) -> Result<Visible, AppError> {
    let db = ctx.db()?;
    let ids = [row.id.clone()];
    let own = if row.author_id == user.id {
        Vec::new()
    } else {
        requests::offers_by_mentor_on(&db, &user.id, &ids).await?
    };
    let is_mentor = accounts::profile_of(ctx, &user.id).await?.fields().is_mentor;
    let role =
        role_of(&row, user.as_viewer(), is_mentor, own.first(), ctx.now).ok_or_else(ApiError::not_found)?;
    let offers = if role == RequestRole::Author { requests::offers_on(&db, &ids).await? } else { own };
    Ok(Visible { row, role, offers })
}

/// The request, for its author. A mentor who may see it is told only the author may do this
/// (403); to everyone else it does not exist (404).
pub async fn authored(ctx: &AppCtx<'_>, user: &UserRow, id: &RequestId) -> Result<RequestRow, AppError> {
    let row = requests::find(&ctx.db()?, id).await?.ok_or_else(ApiError::not_found)?;
    if row.author_id == user.id {
        return Ok(row);
    }
    visible_row(ctx, user, row).await?;
    Err(ApiError::new(ErrorCode::Forbidden, "Only the person who asked can do this.").into())
}

/// The mentor a question is addressed to must be one the author may see (404 otherwise, as if
/// they did not exist), take questions, and be in the question's audience.
/// Returns the mentor's address, to tell them.
async fn check_addressee(
    ctx: &AppCtx<'_>,
    user: &UserRow,
    valid: &ValidRequest,
) -> Result<Option<String>, AppError> {
    let Some(mentor_id) = &valid.mentor_id else {
        return Ok(None);
    };
    if *mentor_id == user.id {
        return Err(ApiError::validation("mentor_id", "You cannot ask yourself.").into());
    }
    let not_found = |error: AppError| match error {
        AppError::Api(error) => AppError::Api(error.with_field("mentor_id")),
        other => other,
    };
    let mentor = directory::visible_mentor(ctx, mentor_id, Some(user)).await.map_err(not_found)?;
    let fields = mentor.fields();
    if !fields.accepting_requests {
        return Err(ApiError::new(
            ErrorCode::NotAcceptingRequests,
            "This mentor is not taking questions right now; book one of their slots instead.",
        )
        .with_field("mentor_id")
        .into());
    }
    if !valid.audience.includes(user.organization_domain.as_deref(), mentor.organization_domain.as_deref()) {
        return Err(ApiError::validation("audience", "This mentor is outside the audience you chose.").into());
    }
    let mentor = store::users::find(&ctx.db()?, mentor_id).await?.ok_or_else(ApiError::not_found)?;
    Ok(Some(mentor.email))
}

/// Posts a question, to every mentor in its audience or to one.
pub async fn post(ctx: &AppCtx<'_>, user: &UserRow, input: NewRequest) -> Result<RequestRow, AppError> {
    let valid = input.parse(user.organization_domain.as_deref(), ctx.now)?;
    let addressee = check_addressee(ctx, user, &valid).await?;
    if accounts::profile_of(ctx, &user.id).await?.display_name.is_empty() {
        // A question carries its author's name (for mentors once revealed), so a profile needs one.
        return Err(ApiError::new(
            ErrorCode::ValidationFailed,
            "Add your name to your profile first, so that mentors know whom they are helping.",
        )
        .into());
    }
    let per_day = ctx.config_number("REQUESTS_PER_USER_PER_DAY", 20);
    limits::enforce(ctx, &format!("requests:{}", user.id), per_day, DAY).await?;
    let id = RequestId::new(crypto::new_id()?);
    let db = ctx.db()?;
    let organization = user.organization_domain.as_deref();
    let reach = reach(&db, user, &valid).await?;
    let new = NewRequestRow {
        id: &id,
        author_id: &user.id,
        author_organization: organization,
        request: &valid,
        reach: &reach,
        now: ctx.now,
    };
    let mut statements = vec![requests::insert_statement(&db, &new)?];
    if let Some(to) = addressee {
        let content = MailContent::AskedDirectly {
            title: valid.title.clone(),
            link: ctx.link(&format!("/requests/{id}")),
        };
        statements.extend(mailer::queue_statements(ctx, &[Mail::new(&to, content)], After::Always)?);
    }
    db.batch(statements).await?;
    requests::find(&db, &id).await?.ok_or_else(|| AppError::Internal("a new request vanished".into()))
}

/// Whom a question reaches; one addressed to a mentor reaches just them.
async fn reach(db: &worker::D1Database, user: &UserRow, valid: &ValidRequest) -> Result<ReachRow, AppError> {
    let mut reach = requests::reach(db, &user.id, user.organization_domain.as_deref(), valid).await?;
    if valid.mentor_id.is_some() {
        reach.mentors = 1;
    }
    Ok(reach)
}

/// Edits the author's request until the first offer: the same rules as posting it.
pub async fn edit(
    ctx: &AppCtx<'_>,
    user: &UserRow,
    id: &RequestId,
    input: RequestEdit,
) -> Result<Visible, AppError> {
    let db = ctx.db()?;
    // Only its author may know it exists.
    let row = requests::find(&db, id)
        .await?
        .filter(|row| row.author_id == user.id)
        .ok_or_else(ApiError::not_found)?;
    request_rules::editable(row.status_at(ctx.now), row.offer_count)?;
    let organization = user.organization_domain.as_deref();
    let valid = input.apply(&row.as_valid(), organization, ctx.now)?;
    let per_hour = ctx.config_number("REQUEST_EDITS_PER_USER_PER_HOUR", 30);
    limits::enforce(ctx, &format!("request-edits:{}", user.id), per_hour, HOUR).await?;
    let reach = reach(&db, user, &valid).await?;
    if !requests::edit(&db, &row.id, &valid, &reach, ctx.now).await? {
        // An offer or the end came meanwhile: say which.
        let now = requests::find(&db, id).await?.ok_or_else(ApiError::not_found)?;
        request_rules::editable(now.status_at(ctx.now), now.offer_count.max(1))?;
    }
    visible(ctx, user, &row.id).await
}

/// One entry of a mentor's feed.
pub struct FeedItem {
    pub row: RequestRow,
    pub role: RequestRole,
    pub offer: Option<OfferRow>,
    pub reasons: Vec<FitReason>,
}

/// Open requests the mentor may answer, in the feed's order (`domain::feed::feed`).
/// Empty for people who do not mentor.
pub async fn feed(
    ctx: &AppCtx<'_>,
    user: &UserRow,
    filter: &FeedFilter<'_>,
) -> Result<Vec<FeedItem>, AppError> {
    let fields = accounts::profile_of(ctx, &user.id).await?.fields();
    if !fields.is_mentor {
        return Ok(Vec::new());
    }
    let db = ctx.db()?;
    let org = user.organization_domain.as_deref();
    let rows =
        requests::open_for_mentor(&db, &user.id, org, &fields.expertise, filter, ctx.now, FEED_CANDIDATES)
            .await?;
    let ids: Vec<RequestId> = rows.iter().map(|row| row.id.clone()).collect();
    let own = requests::offers_by_mentor_on(&db, &user.id, &ids).await?;
    // The SQL narrowed the rows; the domain rule decides.
    let shown: Vec<(&RequestRow, RequestRole, Option<&OfferRow>)> = rows
        .iter()
        .filter_map(|row| {
            let offer = own.iter().find(|offer| offer.request_id == row.id);
            role_of(row, user.as_viewer(), true, offer, ctx.now).map(|role| (row, role, offer))
        })
        .collect();
    let candidates: Vec<FeedCandidate<'_>> = shown
        .iter()
        .map(|(row, role, offer)| FeedCandidate {
            fit: request_fit(row, ctx.now, role.sees_author(row.anonymous)),
            created_at: row.created_at,
            answered: offer.is_some(),
            addressed: row.mentor_id.is_some(),
        })
        .collect();
    let mentor = MentorFit {
        expertise: &fields.expertise,
        languages: &fields.languages,
        utc_offset_minutes: utc_offset_minutes(&fields.timezone, ctx.now),
    };
    Ok(feed::feed(&mentor, &candidates)
        .into_iter()
        .map(|(index, fit)| {
            let (row, role, offer) = shown[index];
            FeedItem { row: row.clone(), role, offer: offer.cloned(), reasons: fit.reasons }
        })
        .collect())
}

/// The user's own requests with every offer on each, newest first.
pub async fn authored_by(
    ctx: &AppCtx<'_>,
    user: &UserId,
) -> Result<Vec<(RequestRow, Vec<OfferRow>)>, AppError> {
    let db = ctx.db()?;
    let rows = requests::by_author(&db, user).await?;
    let ids: Vec<RequestId> = rows.iter().map(|row| row.id.clone()).collect();
    let offers = requests::offers_on(&db, &ids).await?;
    Ok(rows
        .into_iter()
        .map(|row| {
            let mine = offers.iter().filter(|offer| offer.request_id == row.id).cloned().collect();
            (row, mine)
        })
        .collect())
}

fn already_offered() -> ApiError {
    ApiError::new(ErrorCode::AlreadyOffered, "You have already made an offer on this request.")
}

fn closed() -> ApiError {
    ApiError::new(ErrorCode::RequestClosed, "This request no longer takes offers.")
}

/// Makes an offer on a request the mentor may see: a written answer, or one of their free slots.
/// The mentee is mailed.
pub async fn offer(
    ctx: &AppCtx<'_>,
    user: &UserRow,
    visible: Visible,
    input: NewOffer,
) -> Result<OfferRow, AppError> {
    let row = &visible.row;
    match visible.role {
        RequestRole::Author => {
            return Err(ApiError::new(
                ErrorCode::CannotAnswerOwnRequest,
                "You cannot answer your own question.",
            )
            .into());
        }
        RequestRole::Offerer { .. } => return Err(already_offered().into()),
        RequestRole::Mentor => {}
    }
    row.status_at(ctx.now).after(RequestEvent::Offer)?;
    let valid = input.parse(row.format, ctx.now)?;
    if let Some(start) = valid.slot_start {
        availability::check_mentor_slot(ctx, &user.id, start).await.map_err(|error| match error {
            AppError::Api(error) => AppError::Api(error.with_field("slot_start")),
            other => other,
        })?;
    }
    let per_day = ctx.config_number("OFFERS_PER_USER_PER_DAY", 60);
    limits::enforce(ctx, &format!("offers:{}", user.id), per_day, DAY).await?;
    let db = ctx.db()?;
    let offer_id = OfferId::new(crypto::new_id()?);
    let mentor_name = accounts::profile_of(ctx, &user.id).await?.display_name;
    let link = ctx.link(&format!("/requests/{}", row.id));
    let content = MailContent::OfferReceived {
        mentor: mentor_name.clone(),
        title: row.title.clone(),
        offer: valid.kind,
        link,
    };
    let mail =
        mailer::queue_statements(ctx, &[Mail::new(&row.author_email, content)], After::Offer(&offer_id))?;
    let new = NewOfferRow {
        id: &offer_id,
        request_id: &row.id,
        mentor_id: &user.id,
        kind: valid.kind,
        message: &valid.message,
        slot_start: valid.slot_start,
        now: ctx.now,
    };
    if !requests::insert_offer(&db, &new, mail)
        .await
        .map_err(store::on_unique(Unique::OfferPerMentor, already_offered))?
    {
        return Err(closed().into());
    }
    let offer = requests::offers_by_mentor_on(&db, &user.id, std::slice::from_ref(&row.id))
        .await?
        .into_iter()
        .next()
        .ok_or_else(|| AppError::Internal("a new offer vanished".into()))?;
    Ok(offer)
}

/// An accepted offer, read back from the store: the request as its author sees it, the offer,
/// its thread and the booking a slot offer became.
pub struct Acceptance {
    pub visible: Visible,
    pub offer: OfferRow,
    pub thread_id: ThreadId,
    pub booking: Option<BookingRow>,
}

async fn acceptance(
    ctx: &AppCtx<'_>,
    user: &UserRow,
    id: &RequestId,
    offer: &OfferId,
) -> Result<Acceptance, AppError> {
    let visible = visible(ctx, user, id).await?;
    let offer = visible
        .offers
        .iter()
        .find(|row| row.id == *offer)
        .cloned()
        .ok_or_else(|| AppError::Internal("an accepted offer vanished".into()))?;
    let thread_id = offer
        .thread_id
        .clone()
        .ok_or_else(|| AppError::Internal("an accepted offer without a thread".into()))?;
    let booking = match &offer.booking_id {
        Some(id) => store::bookings::find(&ctx.db()?, id).await?,
        None => None,
    };
    Ok(Acceptance { visible, offer, thread_id, booking })
}

/// Accepts an offer: books a slot offer, reveals an anonymous mentee to this mentor, and opens
/// their thread, in one transaction. Accepting an accepted offer again answers the same.
pub async fn accept(
    ctx: &AppCtx<'_>,
    user: &UserRow,
    id: &RequestId,
    offer_id: &OfferId,
) -> Result<Acceptance, AppError> {
    let row = authored(ctx, user, id).await?;
    let db = ctx.db()?;
    let offer = requests::find_offer(&db, &row.id, offer_id).await?.ok_or_else(ApiError::not_found)?;
    if offer.status == OfferStatus::Accepted {
        return acceptance(ctx, user, &row.id, offer_id).await;
    }
    row.status_at(ctx.now).after(RequestEvent::Accept)?;

    // A slot offer becomes a booking in the same transaction, under all of a booking's guarantees.
    let prepared = match offer.slot_start.filter(|_| offer.kind == OfferKind::Slot) {
        Some(start) => {
            let agenda: String = format!("Question: {}", row.title).chars().take(500).collect();
            let prepared =
                bookings::prepare(ctx, Through::Offer, &offer.mentor_id, user, start, &agenda, None).await;
            // A refusal here is about the offer's slot, not a field of this request.
            Some(prepared.map_err(|error| match error {
                AppError::Api(error) => AppError::Api(ApiError { field: None, ..error }),
                other => other,
            })?)
        }
        None => None,
    };
    let booking = match &prepared {
        Some(prepared) => Some(store::bookings::insert_for_offer_statement(&db, &prepared.row(), &offer.id)?),
        None => None,
    };
    let thread_id = ThreadId::new(crypto::new_id()?);
    // The mails go in the same transaction, each only if what it announces was written.
    let mentee_name = if row.author_name.is_empty() { "The mentee" } else { row.author_name.as_str() };
    let link = ctx.link(&format!("/threads/{thread_id}"));
    let content =
        MailContent::OfferAccepted { mentee: mentee_name.to_owned(), title: row.title.clone(), link };
    let accepted_mail = Mail::new(&offer.mentor_email, content);
    let mut then = mailer::queue_statements(ctx, &[accepted_mail], After::Thread(&thread_id))?;
    then.push(store::directory::refresh_impact_statement(&db, &offer.mentor_id)?);
    if let Some(prepared) = &prepared {
        then.extend(bookings::follow_up_statements(ctx, prepared)?);
    }
    let acceptance_row = requests::Acceptance {
        request_id: &row.id,
        offer_id: &offer.id,
        thread_id: &thread_id,
        booking_id: prepared.as_ref().map(|p| &p.id),
        mentee_id: &user.id,
        mentor_id: &offer.mentor_id,
        first_message: &offer.message,
        offered_at: offer.created_at,
        now: ctx.now,
    };
    let outcome = requests::accept(&db, &acceptance_row, booking, then)
        .await
        .map_err(store::on_unique(Unique::BookingLiveStart, booking::slot_taken))?;
    match outcome {
        Accepted::Yes => {}
        Accepted::NotPending => {
            // Another tab accepted it (answer the same) or the request closed meanwhile.
            let current = requests::find_offer(&db, &row.id, offer_id).await?;
            if current.is_some_and(|offer| offer.status == OfferStatus::Accepted) {
                return acceptance(ctx, user, &row.id, offer_id).await;
            }
            return Err(closed().into());
        }
        Accepted::SlotRefused => return Err(booking::slot_taken().into()),
    }
    acceptance(ctx, user, &row.id, offer_id).await
}

/// Closes the author's request, saying whether it was resolved.
pub async fn close(
    ctx: &AppCtx<'_>,
    user: &UserRow,
    row: RequestRow,
    resolved: bool,
) -> Result<Visible, AppError> {
    row.status_at(ctx.now).after(RequestEvent::Close)?;
    if !requests::close(&ctx.db()?, &row.id, row.status, resolved, ctx.now).await? {
        return Err(
            ApiError::new(ErrorCode::RequestClosed, "This request changed meanwhile; reload it.").into()
        );
    }
    visible(ctx, user, &row.id).await
}
