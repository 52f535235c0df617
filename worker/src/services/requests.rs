//! The request use cases: posting a question, the mentor's feed, offers, acceptance (with the
//! booking and thread it opens) and closing. Who sees what is `domain::request`'s rule.

use domain::booking;
use domain::error::{ApiError, ErrorCode};
use domain::ids::{OfferId, RequestId, ThreadId, UserId};
use domain::profile::Viewer;
use domain::request::fit::{self, FeedCandidate, MentorFit, RequestFit};
use domain::request::{NewOffer, NewRequest, OfferKind, OfferStatus, RequestEvent, RequestRole, mail};
use domain::time::utc_offset_minutes;
use jiff::Timestamp;

use crate::crypto;
use crate::http::limits::{self, DAY};
use crate::http::{AppError, Ctx, on_unique};
use crate::mailer::{self, Mail};
use crate::services::booking::Through;
use crate::services::{accounts, booking as bookings};
use crate::store::bookings::BookingRow;
use crate::store::outbox::After;
use crate::store::requests::{self, Accepted, FeedFilter, NewOfferRow, NewRequestRow, OfferRow, RequestRow};
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
pub async fn visible(ctx: &Ctx<'_>, user: &UserRow, id: &RequestId) -> Result<Visible, AppError> {
    let db = ctx.db()?;
    let row = requests::find(&db, id).await?.ok_or_else(ApiError::not_found)?;
    visible_row(ctx, user, row).await
}

async fn visible_row(ctx: &Ctx<'_>, user: &UserRow, row: RequestRow) -> Result<Visible, AppError> {
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
pub async fn authored(ctx: &Ctx<'_>, user: &UserRow, id: &RequestId) -> Result<RequestRow, AppError> {
    let row = requests::find(&ctx.db()?, id).await?.ok_or_else(ApiError::not_found)?;
    if row.author_id == user.id {
        return Ok(row);
    }
    visible_row(ctx, user, row).await?;
    Err(ApiError::new(ErrorCode::Forbidden, "Only the person who asked can do this.").into())
}

/// Posts a question.
pub async fn post(ctx: &Ctx<'_>, user: &UserRow, input: NewRequest) -> Result<RequestRow, AppError> {
    let valid = input.parse(user.organization_domain.as_deref(), ctx.now)?;
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
    let new = NewRequestRow {
        id: &id,
        author_id: &user.id,
        author_organization: user.organization_domain.as_deref(),
        request: &valid,
        now: ctx.now,
    };
    requests::insert_statement(&db, &new)?.run().await?;
    requests::find(&db, &id).await?.ok_or_else(|| AppError::Internal("a new request vanished".into()))
}

/// One entry of a mentor's feed.
pub struct FeedItem {
    pub row: RequestRow,
    pub role: RequestRole,
    pub offer: Option<OfferRow>,
    pub reasons: Vec<String>,
}

/// Open requests the mentor may answer, in the feed's order (`domain::request::fit::feed`).
/// Empty for people who do not mentor.
pub async fn feed(ctx: &Ctx<'_>, user: &UserRow, filter: &FeedFilter<'_>) -> Result<Vec<FeedItem>, AppError> {
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
        })
        .collect();
    let mentor = MentorFit {
        expertise: &fields.expertise,
        languages: &fields.languages,
        utc_offset_minutes: utc_offset_minutes(&fields.timezone, ctx.now),
    };
    Ok(fit::feed(&mentor, &candidates)
        .into_iter()
        .map(|(index, fit)| {
            let (row, role, offer) = shown[index];
            FeedItem { row: row.clone(), role, offer: offer.cloned(), reasons: fit.reasons }
        })
        .collect())
}

/// The user's own requests with every offer on each, newest first.
pub async fn authored_by(ctx: &Ctx<'_>, user: &UserId) -> Result<Vec<(RequestRow, Vec<OfferRow>)>, AppError> {
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
    ctx: &Ctx<'_>,
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
        bookings::check_mentor_slot(ctx, &user.id, start).await.map_err(|error| match error {
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
    let (subject, text) = mail::offer_received(&mentor_name, &row.title, valid.kind, &link);
    let mail = mailer::queue_statements(
        ctx,
        &[Mail { to: row.author_email.clone(), subject, text }],
        After::Offer(&offer_id),
    )?;
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
        .map_err(on_unique(Unique::OfferPerMentor, already_offered))?
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
    ctx: &Ctx<'_>,
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
    ctx: &Ctx<'_>,
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
    let (subject, text) = mail::offer_accepted(mentee_name, &row.title, &link);
    let accepted_mail = Mail { to: offer.mentor_email.clone(), subject, text };
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
        .map_err(on_unique(Unique::BookingLiveStart, booking::slot_taken))?;
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
    ctx: &Ctx<'_>,
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
