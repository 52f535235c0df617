//! Open requests: posting a question, the mentors' feed, offers, acceptance and closing, and the
//! scheduled expiry and daily digest. Who sees what is decided by `domain::request`.

use domain::booking;
use domain::error::{ApiError, ErrorBody, ErrorCode};
use domain::markdown;
use domain::profile::{self as profile_rules, Viewer};
use domain::request::{
    self, Acceptance, CloseRequest, Fit, Format, MentorFit, NewOffer, NewRequest, Offer, OfferEnvelope,
    OfferKind, OfferStatus, Person, Request, RequestEnvelope, RequestEvent, RequestFit, RequestList,
    RequestRole, RequestStatus, mail,
};
use domain::time::{rfc3339, utc_offset_minutes};
use jiff::{SignedDuration, Timestamp};
use worker::{D1Database, Response, console_error};

use crate::context::Ctx;
use crate::error::AppError;
use crate::handlers::bookings;
use crate::limits::{self, DAY};
use crate::mailer::{self, Mail};
use crate::store::requests::{self, Accepted, FeedFilter, NewOfferRow, NewRequestRow, OfferRow, RequestRow};
use crate::store::users::UserRow;
use crate::store::{bookings as booking_store, profiles};
use crate::{crypto, http, sessions, store, views};

/// How many requests the feed shows, and how many open ones it ranks to find them.
const FEED_SIZE: usize = 50;
const FEED_CANDIDATES: i64 = 300;
/// Digests sent per scheduled run; the rest go on the next runs.
const DIGESTS_PER_RUN: i64 = 40;
const DIGEST_ITEMS: usize = 10;

fn status_of(row: &RequestRow, now: Timestamp) -> RequestStatus {
    let stored = RequestStatus::parse(&row.status).unwrap_or(RequestStatus::Closed);
    let expires_at = row.expires_at.parse().unwrap_or(Timestamp::UNIX_EPOCH);
    stored.at(expires_at, now)
}

fn format_of(row: &RequestRow) -> Format {
    Format::parse(&row.format).unwrap_or_default()
}

fn audience_of(row: &RequestRow) -> request::Audience {
    // An unreadable audience is treated as the narrowest one.
    request::Audience::parse(&row.audience).unwrap_or(request::Audience::MyOrganization)
}

fn tags(json: &str) -> Vec<String> {
    serde_json::from_str(json).unwrap_or_default()
}

fn offer_status(row: &OfferRow) -> OfferStatus {
    if row.status == "accepted" { OfferStatus::Accepted } else { OfferStatus::Pending }
}

fn offer_view(row: &OfferRow) -> Offer {
    Offer {
        id: row.id.clone(),
        request_id: row.request_id.clone(),
        mentor: Person {
            id: row.mentor_id.clone(),
            display_name: row.mentor_name.clone(),
            headline: row.mentor_headline.clone(),
            organization: views::organization(
                row.mentor_organization.as_deref(),
                row.mentor_organization_name.as_deref(),
            ),
            timezone: row.mentor_timezone.clone(),
        },
        kind: OfferKind::parse(&row.kind).unwrap_or(OfferKind::Written),
        message_html: markdown::to_safe_html(&row.message),
        message: row.message.clone(),
        slot_start: row.slot_start.clone(),
        status: offer_status(row),
        thread_id: row.thread_id.clone(),
        booking_id: row.booking_id.clone(),
        created_at: row.created_at.clone(),
    }
}

/// The request as a viewer in `role` sees it; `offers` are those this viewer may see.
fn view(
    row: &RequestRow,
    role: RequestRole,
    offers: &[&OfferRow],
    reasons: Vec<String>,
    now: Timestamp,
) -> Request {
    let anonymous = row.anonymous != 0;
    let author = role.sees_author(anonymous).then(|| Person {
        id: row.author_id.clone(),
        display_name: row.author_name.clone(),
        headline: row.author_headline.clone(),
        organization: views::organization(
            row.author_organization.as_deref(),
            row.author_organization_name.as_deref(),
        ),
        timezone: row.author_timezone.clone(),
    });
    let offers: Vec<Offer> = offers.iter().map(|offer| offer_view(offer)).collect();
    let thread_id = offers.iter().rev().find_map(|offer| offer.thread_id.clone());
    Request {
        id: row.id.clone(),
        title: row.title.clone(),
        body_html: markdown::to_safe_html(&row.body),
        body: row.body.clone(),
        expertise: tags(&row.expertise),
        format: format_of(row),
        audience: audience_of(row),
        anonymous,
        author,
        status: status_of(row, now),
        resolved: row.resolved.map(|resolved| resolved != 0),
        role: if role == RequestRole::Author { "author" } else { "mentor" }.into(),
        offer_count: u32::try_from(row.offer_count).unwrap_or(0),
        offers,
        thread_id,
        reasons,
        created_at: row.created_at.clone(),
        expires_at: row.expires_at.clone(),
        closed_at: row.closed_at.clone(),
    }
}

/// A request with the viewer's standing and the offers they may see; 404 when they may see none
/// of it.
struct Visible {
    row: RequestRow,
    role: RequestRole,
    offers: Vec<OfferRow>,
}

impl Visible {
    fn view(&self, now: Timestamp) -> Request {
        view(&self.row, self.role, &self.offers.iter().collect::<Vec<_>>(), Vec::new(), now)
    }
}

async fn is_mentor(db: &D1Database, user: &UserRow) -> Result<bool, AppError> {
    Ok(profiles::find(db, &user.id).await?.is_some_and(|profile| profile.fields().is_mentor))
}

async fn visible(ctx: &Ctx<'_>, user: &UserRow, id: &str) -> Result<Visible, AppError> {
    let db = ctx.db()?;
    let row = requests::find(&db, id).await?.ok_or_else(ApiError::not_found)?;
    let ids = [row.id.clone()];
    let own = if row.author_id == user.id {
        Vec::new()
    } else {
        requests::offers_by_mentor_on(&db, &user.id, &ids).await?
    };
    let role = role_of(&row, user.as_viewer(), is_mentor(&db, user).await?, own.first(), ctx.now)
        .ok_or_else(ApiError::not_found)?;
    let offers = if role == RequestRole::Author { requests::offers_on(&db, &ids).await? } else { own };
    Ok(Visible { row, role, offers })
}

/// The viewer's standing on a request (None: they may not see it), by the domain's rule.
fn role_of(
    row: &RequestRow,
    viewer: Viewer<'_>,
    is_mentor: bool,
    offer: Option<&OfferRow>,
    now: Timestamp,
) -> Option<RequestRole> {
    RequestRole::of(
        &row.author_id,
        row.author_organization.as_deref(),
        audience_of(row),
        status_of(row, now),
        viewer,
        is_mentor,
        offer.map(offer_status),
    )
}

/// How well a request fits a mentor, and why.
fn fit_of(mentor: &MentorFit<'_>, row: &RequestRow, now: Timestamp) -> Fit {
    let (expertise, languages) = (tags(&row.expertise), tags(&row.author_languages));
    request::fit(
        mentor,
        &RequestFit {
            expertise: &expertise,
            languages: &languages,
            utc_offset_minutes: utc_offset_minutes(&row.author_timezone, now),
            offer_count: u32::try_from(row.offer_count).unwrap_or(0),
        },
    )
}

fn request_link(ctx: &Ctx<'_>, id: &str) -> String {
    format!("{}/requests/{id}", bookings::origin(ctx))
}

fn thread_link(ctx: &Ctx<'_>, id: &str) -> String {
    format!("{}/threads/{id}", bookings::origin(ctx))
}

/// Posts a question.
#[utoipa::path(
    post,
    operation_id = "create_request",
    path = "/api/requests",
    tag = "requests",
    request_body = NewRequest,
    responses(
        (status = 201, description = "Posted and open to offers.", body = RequestEnvelope),
        (status = 401, description = "Not signed in.", body = ErrorBody),
        (status = 422, description = "A field breaks a rule (`field` names it), or the profile has no name yet.", body = ErrorBody),
        (status = 429, description = "Too many questions today; see `Retry-After`.", body = ErrorBody),
    )
)]
pub async fn create(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    let user = sessions::require(ctx).await?;
    let input: NewRequest = ctx.decode()?;
    let valid = input.parse(user.organization_domain.as_deref(), ctx.now)?;
    let db = ctx.db()?;
    let profile = profiles::find(&db, &user.id)
        .await?
        .ok_or_else(|| AppError::Internal("a user without a profile".into()))?;
    if profile.display_name.is_empty() {
        return Err(nameless());
    }
    let per_day = ctx.config_number("REQUESTS_PER_USER_PER_DAY", 20);
    limits::enforce(ctx, &format!("requests:{}", user.id), per_day, DAY).await?;
    let id = crypto::new_id()?;
    let now = ctx.now_text();
    requests::insert_statement(
        &db,
        &NewRequestRow {
            id: &id,
            author_id: &user.id,
            author_organization: user.organization_domain.as_deref(),
            request: &valid,
            expires_at: &rfc3339(valid.expires_at),
            now: &now,
        },
    )?
    .run()
    .await?;
    let row =
        requests::find(&db, &id).await?.ok_or_else(|| AppError::Internal("a new request vanished".into()))?;
    http::json(201, &RequestEnvelope { request: view(&row, RequestRole::Author, &[], Vec::new(), ctx.now) })
}

/// The feed's filters, from the query string.
struct FeedQuery {
    expertise: Option<String>,
    format: Option<Format>,
}

impl FeedQuery {
    fn parse(ctx: &Ctx<'_>) -> Result<Self, ApiError> {
        let expertise = match ctx.query("expertise").filter(|raw| !raw.trim().is_empty()) {
            Some(raw) => Some(
                profile_rules::normalize_tag(&raw)
                    .map_err(|error| ApiError::invalid_parameter("expertise", error.message))?,
            ),
            None => None,
        };
        let format = match ctx.query("format").as_deref().map(str::trim) {
            None | Some("") | Some("either") => None,
            Some(raw) => Some(
                Format::parse(raw)
                    .ok_or_else(|| ApiError::invalid_parameter("format", "Use call, written or either."))?,
            ),
        };
        Ok(Self { expertise, format })
    }
}

/// Open requests the signed-in mentor may answer, best fit first, each with its reasons.
#[utoipa::path(
    get,
    operation_id = "requests_for_me",
    path = "/api/requests/for-me",
    tag = "requests",
    params(
        ("expertise" = Option<String>, Query, description = "Only requests naming this skill"),
        ("format" = Option<String>, Query, description = "`call` or `written`: only requests that take that kind of answer"),
    ),
    responses(
        (status = 200, description = "At most 50 requests; empty for people who do not mentor.", body = RequestList),
        (status = 400, description = "A filter is malformed.", body = ErrorBody),
        (status = 401, description = "Not signed in.", body = ErrorBody),
    )
)]
pub async fn for_me(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    let user = sessions::require(ctx).await?;
    let query = FeedQuery::parse(ctx)?;
    let db = ctx.db()?;
    let profile = profiles::find(&db, &user.id)
        .await?
        .ok_or_else(|| AppError::Internal("a user without a profile".into()))?;
    let fields = profile.fields();
    if !fields.is_mentor {
        return http::json(200, &RequestList { requests: Vec::new() });
    }
    let now = ctx.now_text();
    let rows = requests::open_for_mentor(
        &db,
        &user.id,
        user.organization_domain.as_deref(),
        &fields.expertise,
        &FeedFilter { expertise: query.expertise.as_deref(), format: query.format.map(Format::as_str) },
        &now,
        FEED_CANDIDATES,
    )
    .await?;
    let ids: Vec<String> = rows.iter().map(|row| row.id.clone()).collect();
    let own = requests::offers_by_mentor_on(&db, &user.id, &ids).await?;
    let mentor = MentorFit {
        expertise: &fields.expertise,
        languages: &fields.languages,
        utc_offset_minutes: utc_offset_minutes(&fields.timezone, ctx.now),
    };
    let mut ranked: Vec<(bool, Fit, &RequestRow, RequestRole, Option<&OfferRow>)> = Vec::new();
    for row in &rows {
        let offer = own.iter().find(|offer| offer.request_id == row.id);
        // The SQL narrowed the rows; the domain rule decides.
        let Some(role) = role_of(row, user.as_viewer(), true, offer, ctx.now) else {
            continue;
        };
        ranked.push((offer.is_some(), fit_of(&mentor, row, ctx.now), row, role, offer));
    }
    // Requests the mentor has not answered yet first; then by fit, then newest.
    ranked.sort_by(|a, b| {
        a.0.cmp(&b.0).then(b.1.score.cmp(&a.1.score)).then(b.2.created_at.cmp(&a.2.created_at))
    });
    let requests = ranked
        .into_iter()
        .take(FEED_SIZE)
        .map(|(_, fit, row, role, offer)| {
            view(row, role, &offer.into_iter().collect::<Vec<_>>(), fit.reasons, ctx.now)
        })
        .collect();
    http::json(200, &RequestList { requests })
}

/// One request, as the viewer may see it.
#[utoipa::path(
    get,
    operation_id = "get_request",
    path = "/api/requests/{id}",
    tag = "requests",
    params(("id" = String, Path, description = "The request's id")),
    responses(
        (status = 200, description = "The request; offers and the author as the viewer may see them.", body = RequestEnvelope),
        (status = 401, description = "Not signed in.", body = ErrorBody),
        (status = 404, description = "No such request, or not one this viewer may see.", body = ErrorBody),
    )
)]
pub async fn get(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    let user = sessions::require(ctx).await?;
    let visible = visible(ctx, &user, ctx.param("id")).await?;
    http::json(200, &RequestEnvelope { request: visible.view(ctx.now) })
}

/// The signed-in mentee's own requests, newest first, with every offer.
#[utoipa::path(
    get,
    operation_id = "my_requests",
    path = "/api/me/requests",
    tag = "requests",
    responses(
        (status = 200, description = "The user's requests.", body = RequestList),
        (status = 401, description = "Not signed in.", body = ErrorBody),
    )
)]
pub async fn mine(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    let user = sessions::require(ctx).await?;
    http::json(200, &RequestList { requests: authored_by(ctx, &user.id).await? })
}

/// The user's own requests as their author sees them, newest first.
pub async fn authored_by(ctx: &Ctx<'_>, user_id: &str) -> Result<Vec<Request>, AppError> {
    let db = ctx.db()?;
    let rows = requests::by_author(&db, user_id).await?;
    let ids: Vec<String> = rows.iter().map(|row| row.id.clone()).collect();
    let offers = requests::offers_on(&db, &ids).await?;
    Ok(rows
        .iter()
        .map(|row| {
            let mine: Vec<&OfferRow> = offers.iter().filter(|offer| offer.request_id == row.id).collect();
            view(row, RequestRole::Author, &mine, Vec::new(), ctx.now)
        })
        .collect())
}

/// Every offer the user made as a mentor.
pub async fn offered_by(ctx: &Ctx<'_>, user_id: &str) -> Result<Vec<Offer>, AppError> {
    Ok(requests::offers_by_mentor(&ctx.db()?, user_id).await?.iter().map(offer_view).collect())
}

/// Makes an offer: a written answer, or one of the mentor's free slots.
#[utoipa::path(
    post,
    operation_id = "create_offer",
    path = "/api/requests/{id}/offers",
    tag = "requests",
    params(("id" = String, Path, description = "The request's id")),
    request_body = NewOffer,
    responses(
        (status = 201, description = "Offered; the mentee is mailed.", body = OfferEnvelope),
        (status = 401, description = "Not signed in.", body = ErrorBody),
        (status = 404, description = "No such request, or not one this viewer may see.", body = ErrorBody),
        (status = 409, description = "This mentor already offered (`already_offered`), or the request no longer takes offers (`request_closed`); a slot just taken is `slot_taken`.", body = ErrorBody),
        (status = 422, description = "A field breaks a rule; the author answering (`cannot_answer_own_request`); a slot outside the mentor's availability or caps, or when the mentee is busy.", body = ErrorBody),
    )
)]
pub async fn offer(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    let user = sessions::require(ctx).await?;
    let visible = visible(ctx, &user, ctx.param("id")).await?;
    let input: NewOffer = ctx.decode()?;
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
    status_of(row, ctx.now).after(RequestEvent::Offer)?;
    let valid = input.parse(format_of(row))?;
    let db = ctx.db()?;
    if let Some(start) = valid.slot_start {
        let mentor = profiles::find(&db, &user.id)
            .await?
            .ok_or_else(|| AppError::Internal("a user without a profile".into()))?;
        bookings::check_mentor_slot(ctx, &mentor, start).await.map_err(|error| match error {
            AppError::Api(error) => AppError::Api(error.with_field("slot_start")),
            other => other,
        })?;
    }
    let per_day = ctx.config_number("OFFERS_PER_USER_PER_DAY", 60);
    limits::enforce(ctx, &format!("offers:{}", user.id), per_day, DAY).await?;
    let id = crypto::new_id()?;
    let slot_start = valid.slot_start.map(rfc3339);
    let inserted = requests::insert_offer(
        &db,
        &NewOfferRow {
            id: &id,
            request_id: &row.id,
            mentor_id: &user.id,
            kind: valid.kind.as_str(),
            message: &valid.message,
            slot_start: slot_start.as_deref(),
            now: &ctx.now_text(),
        },
    )
    .await;
    match inserted {
        Ok(true) => {}
        Ok(false) => return Err(closed().into()),
        Err(error) if store::is_unique_violation(&error) => {
            return Err(already_offered().into());
        }
        Err(error) => return Err(error.into()),
    }
    let offer = requests::offers_by_mentor_on(&db, &user.id, std::slice::from_ref(&row.id))
        .await?
        .into_iter()
        .next()
        .ok_or_else(|| AppError::Internal("a new offer vanished".into()))?;
    let (subject, text) =
        mail::offer_received(&offer.mentor_name, &row.title, valid.kind, &request_link(ctx, &row.id));
    mailer::send(ctx, Mail { to: row.author_email.clone(), subject, text }).await?;
    http::json(201, &OfferEnvelope { offer: offer_view(&offer) })
}

/// A question carries its author's name (for mentors once revealed), so a profile needs one.
fn nameless() -> AppError {
    ApiError::new(
        ErrorCode::ValidationFailed,
        "Add your name to your profile first, so that mentors know whom they are helping.",
    )
    .into()
}

fn already_offered() -> ApiError {
    ApiError::new(ErrorCode::AlreadyOffered, "You have already made an offer on this request.")
}

fn closed() -> ApiError {
    ApiError::new(ErrorCode::RequestClosed, "This request no longer takes offers.")
}

/// The request, for its author. A mentor who may see it is told only the author may do this
/// (403); to everyone else it does not exist (404).
async fn authored(ctx: &Ctx<'_>, user: &UserRow) -> Result<RequestRow, AppError> {
    let row = requests::find(&ctx.db()?, ctx.param("id")).await?.ok_or_else(ApiError::not_found)?;
    if row.author_id == user.id {
        return Ok(row);
    }
    visible(ctx, user, &row.id).await?;
    Err(ApiError::new(ErrorCode::Forbidden, "Only the person who asked can do this.").into())
}

/// What an acceptance answers with, read back from the store.
async fn acceptance(ctx: &Ctx<'_>, user: &UserRow, offer_id: &str) -> Result<Response, AppError> {
    let visible = visible(ctx, user, ctx.param("id")).await?;
    let offer = visible
        .offers
        .iter()
        .find(|offer| offer.id == offer_id)
        .ok_or_else(|| AppError::Internal("an accepted offer vanished".into()))?;
    let thread_id = offer
        .thread_id
        .clone()
        .ok_or_else(|| AppError::Internal("an accepted offer without a thread".into()))?;
    let booking = match &offer.booking_id {
        Some(id) => booking_store::find(&ctx.db()?, id)
            .await?
            .map(|row| bookings::view(&row, &user.id, &bookings::origin(ctx))),
        None => None,
    };
    let accepted =
        Acceptance { offer: offer_view(offer), request: visible.view(ctx.now), thread_id, booking };
    http::json(200, &accepted)
}

/// Accepts an offer: books a slot offer, reveals an anonymous mentee to this mentor, and opens
/// their thread. Accepting an accepted offer again answers the same.
#[utoipa::path(
    post,
    operation_id = "accept_offer",
    path = "/api/requests/{id}/offers/{offer_id}/accept",
    tag = "requests",
    params(
        ("id" = String, Path, description = "The request's id"),
        ("offer_id" = String, Path, description = "The offer's id"),
    ),
    responses(
        (status = 200, description = "Accepted: the thread, and for a slot the booking.", body = Acceptance),
        (status = 401, description = "Not signed in.", body = ErrorBody),
        (status = 403, description = "A mentor who may see the request, but only its author may accept.", body = ErrorBody),
        (status = 404, description = "No such request of this user, or no such offer on it.", body = ErrorBody),
        (status = 409, description = "The request is closed or expired (`request_closed`), or the slot was taken (`slot_taken`).", body = ErrorBody),
        (status = 422, description = "The slot can no longer be booked: outside the mentor's availability or caps, or the mentee is busy then.", body = ErrorBody),
    )
)]
pub async fn accept(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    let user = sessions::require(ctx).await?;
    let row = authored(ctx, &user).await?;
    let db = ctx.db()?;
    let offer_id = ctx.param("offer_id");
    let offer = requests::find_offer(&db, &row.id, offer_id).await?.ok_or_else(ApiError::not_found)?;
    if offer_status(&offer) == OfferStatus::Accepted {
        return acceptance(ctx, &user, offer_id).await;
    }
    status_of(&row, ctx.now).after(RequestEvent::Accept)?;

    // A slot offer becomes a booking in the same transaction, under all of a booking's guarantees.
    let prepared = match offer.slot_start.as_deref().filter(|_| offer.kind == "slot") {
        Some(start) => {
            let start: Timestamp =
                start.parse().map_err(|_| AppError::Internal("an unreadable slot".into()))?;
            let mentor = profiles::find(&db, &offer.mentor_id).await?.ok_or_else(ApiError::not_found)?;
            let agenda: String = format!("Question: {}", row.title).chars().take(500).collect();
            Some((
                bookings::prepare(ctx, &mentor, &user.id, start, &agenda, None).await.map_err(not_a_field)?,
                mentor,
            ))
        }
        None => None,
    };
    let booking = match &prepared {
        Some((prepared, _)) => {
            Some(booking_store::insert_for_offer_statement(&db, &prepared.row(), &offer.id)?)
        }
        None => None,
    };

    let thread_id = crypto::new_id()?;
    let outcome = requests::accept(
        &db,
        &requests::Acceptance {
            request_id: &row.id,
            offer_id: &offer.id,
            thread_id: &thread_id,
            booking_id: prepared.as_ref().map(|(p, _)| p.id.as_str()),
            mentee_id: &user.id,
            mentor_id: &offer.mentor_id,
            first_message: &offer.message,
            offered_at: &offer.created_at,
            now: &ctx.now_text(),
        },
        booking,
    )
    .await;
    match outcome {
        Ok(Accepted::Yes) => {}
        Ok(Accepted::NotPending) => {
            // Another tab accepted it (answer the same) or the request closed meanwhile.
            let current = requests::find_offer(&db, &row.id, offer_id).await?;
            if current.is_some_and(|offer| offer_status(&offer) == OfferStatus::Accepted) {
                return acceptance(ctx, &user, offer_id).await;
            }
            return Err(closed().into());
        }
        Ok(Accepted::SlotRefused) => return Err(booking::slot_taken().into()),
        Err(error) if store::is_unique_violation(&error) => {
            return Err(booking::slot_taken().into());
        }
        Err(error) => return Err(error.into()),
    }
    if let Some((prepared, _)) = &prepared {
        bookings::announce(ctx, prepared).await?;
    }
    let mentee_name = if row.author_name.is_empty() { "The mentee" } else { row.author_name.as_str() };
    let (subject, text) = mail::offer_accepted(mentee_name, &row.title, &thread_link(ctx, &thread_id));
    mailer::send(ctx, Mail { to: offer.mentor_email.clone(), subject, text }).await?;
    acceptance(ctx, &user, offer_id).await
}

/// A booking refusal on accept: the slot is not a field of this request.
fn not_a_field(error: AppError) -> AppError {
    match error {
        AppError::Api(error) => AppError::Api(ApiError { field: None, ..error }),
        other => other,
    }
}

/// Closes a request, saying whether it was resolved.
#[utoipa::path(
    post,
    operation_id = "close_request",
    path = "/api/requests/{id}/close",
    tag = "requests",
    params(("id" = String, Path, description = "The request's id")),
    request_body = CloseRequest,
    responses(
        (status = 200, description = "Closed; threads stay open.", body = RequestEnvelope),
        (status = 401, description = "Not signed in.", body = ErrorBody),
        (status = 403, description = "A mentor who may see the request, but only its author may close it.", body = ErrorBody),
        (status = 404, description = "No such request, or not one this viewer may see.", body = ErrorBody),
        (status = 409, description = "Already closed or expired (`request_closed`).", body = ErrorBody),
    )
)]
pub async fn close(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    let user = sessions::require(ctx).await?;
    let row = authored(ctx, &user).await?;
    let input: CloseRequest = ctx.decode()?;
    status_of(&row, ctx.now).after(RequestEvent::Close)?;
    if !requests::close(&ctx.db()?, &row.id, &row.status, input.resolved, &ctx.now_text()).await? {
        return Err(
            ApiError::new(ErrorCode::RequestClosed, "This request changed meanwhile; reload it.").into()
        );
    }
    let visible = visible(ctx, &user, &row.id).await?;
    http::json(200, &RequestEnvelope { request: visible.view(ctx.now) })
}

/// Marks open requests past their time expired and tells their authors. Returns how many.
pub async fn expire_due(ctx: &Ctx<'_>) -> Result<u32, AppError> {
    let db = ctx.db()?;
    let now = ctx.now_text();
    let mut expired = 0;
    for row in requests::due_to_expire(&db, &now).await? {
        RequestStatus::parse(&row.status).unwrap_or(RequestStatus::Closed).after(RequestEvent::Expire)?;
        if requests::expire(&db, &row.id, &now).await? {
            let offers = u32::try_from(row.offer_count).unwrap_or(0);
            let (subject, text) = mail::expired(&row.title, offers, &request_link(ctx, &row.id));
            if let Err(error) = mailer::send(ctx, Mail { to: row.author_email.clone(), subject, text }).await
            {
                console_error!("mailing an expiry: {error:?}");
            }
            expired += 1;
        }
    }
    Ok(expired)
}

/// Sends each mentor who accepts requests at most one mail a day listing the new open requests
/// that fit them. Returns how many digests went out.
pub async fn send_digests(ctx: &Ctx<'_>) -> Result<u32, AppError> {
    let db = ctx.db()?;
    let now = ctx.now_text();
    let day_ago = rfc3339(ctx.now - SignedDuration::from_hours(24));
    // No open request is older than the longest expiry.
    let floor = rfc3339(ctx.now - SignedDuration::from_hours(24 * i64::from(request::MAX_EXPIRY_DAYS)));
    let mentors = requests::digest_mentors(&db, &day_ago, &floor, &now, DIGESTS_PER_RUN).await?;
    if mentors.is_empty() {
        return Ok(0);
    }
    let newest = requests::newest_seq(&db).await?;
    let fresh = requests::open_since(&db, &floor, &now).await?;
    let mut sent = 0;
    for mentor in mentors {
        let (expertise, languages) = (tags(&mentor.expertise), tags(&mentor.languages));
        let fit_for = MentorFit {
            expertise: &expertise,
            languages: &languages,
            utc_offset_minutes: utc_offset_minutes(&mentor.timezone, ctx.now),
        };
        let viewer = Viewer { user_id: &mentor.user_id, organization: mentor.organization_domain.as_deref() };
        let mut items: Vec<(u32, &RequestRow, Vec<String>)> = fresh
            .iter()
            .filter(|row| row.seq <= newest)
            .filter(|row| match mentor.seen_up_to {
                Some(seen) => row.seq > seen,
                None => row.created_at > day_ago,
            })
            .filter(|row| role_of(row, viewer, true, None, ctx.now) == Some(RequestRole::Mentor))
            .filter(|row| tags(&row.expertise).iter().any(|tag| expertise.contains(tag)))
            .map(|row| {
                let fit = fit_of(&fit_for, row, ctx.now);
                (fit.score, row, fit.reasons)
            })
            .collect();
        // Marked even when nothing is left after the checks, so one mentor cannot hold up others.
        requests::digest_sent_statement(&db, &mentor.user_id, &now, newest)?.run().await?;
        if items.is_empty() {
            continue;
        }
        items.sort_by(|a, b| b.0.cmp(&a.0).then(b.1.created_at.cmp(&a.1.created_at)));
        let lines: Vec<(String, Vec<String>, String)> = items
            .into_iter()
            .take(DIGEST_ITEMS)
            .map(|(_, row, reasons)| (row.title.clone(), reasons, request_link(ctx, &row.id)))
            .collect();
        let (subject, text) = mail::digest(&lines, &format!("{}/requests", bookings::origin(ctx)));
        match mailer::send(ctx, Mail { to: mentor.email.clone(), subject, text }).await {
            Ok(()) => sent += 1,
            Err(error) => console_error!("mailing a digest: {error:?}"),
        }
    }
    Ok(sent)
}
