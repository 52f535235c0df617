//! Availability, free slots and bookings: the mentor's rules, the slots they give, and the
//! bookings made on them, with invites, mails and reminders.

use domain::booking::{
    self, AvailabilityEnvelope, AvailabilityInput, Booking, BookingEnvelope, BookingEvent, BookingList,
    BookingMail, BookingRequest, BookingStatus, CancelRequest, Invite, Participant, RescheduleRequest,
    SlotList, SlotView,
};
use domain::error::{ApiError, ErrorBody};
use domain::profile as profile_rules;
use domain::slots::{self, Availability, Busy, SLOT_MINUTES};
use domain::time::rfc3339;
use domain::wire::ListMeta;
use jiff::{SignedDuration, Timestamp};
use worker::{D1Database, Response};

use crate::context::Ctx;
use crate::error::AppError;
use crate::mailer::{self, Mail};
use crate::store::availability;
use crate::store::bookings::{self, BookingRow, NewBooking};
use crate::store::profiles::{self, ProfileRow};
use crate::store::users::UserRow;
use crate::{crypto, http, sessions, store};

fn parse_time(raw: &str) -> Option<Timestamp> {
    raw.parse().ok()
}

/// The mentor's stored rules, read with the profile's zone and weekly capacity as defaults.
async fn rules_of(
    db: &D1Database,
    profile: &ProfileRow,
) -> Result<Option<(AvailabilityInput, Availability)>, AppError> {
    let Some(json) = availability::find(db, &profile.user_id).await? else { return Ok(None) };
    let input: AvailabilityInput =
        serde_json::from_str(&json).map_err(|e| AppError::Internal(format!("stored availability: {e}")))?;
    let fields = profile.fields();
    Ok(input.parse(&fields.timezone, fields.weekly_capacity).ok())
}

/// Free slots in `[from, to)`, counting the mentor's live bookings (all but `except`).
async fn free_slots(
    db: &D1Database,
    mentor_id: &str,
    rules: &Availability,
    now: Timestamp,
    from: Timestamp,
    to: Timestamp,
    except: Option<&str>,
) -> Result<Vec<slots::Slot>, AppError> {
    // A week either side, so that weekly caps see every booking of the weeks concerned.
    let week = SignedDuration::from_hours(24 * 8);
    let spans = bookings::live_for_mentor(db, mentor_id, &rfc3339(from - week), &rfc3339(to + week)).await?;
    let busy: Vec<Busy> = spans
        .iter()
        .filter(|span| Some(span.id.as_str()) != except)
        .filter_map(|span| Some(Busy { start: parse_time(&span.start_at)?, end: parse_time(&span.end_at)? }))
        .collect();
    Ok(slots::free_slots(rules, &busy, now, from, to))
}

/// Keeps the directory's "next free slot" (for `available_within_days` and `sort=soonest`) true.
/// Cached search totals never depend on it (searches by free slot are not cached), so the
/// directory's version stays as it is.
async fn refresh_next_free_slot(
    ctx: &Ctx<'_>,
    mentor_id: &str,
    rules: Option<&Availability>,
) -> Result<(), AppError> {
    let db = ctx.db()?;
    let next = match rules {
        Some(rules) => {
            let until = ctx.now + SignedDuration::from_hours(24 * rules.horizon_days);
            free_slots(&db, mentor_id, rules, ctx.now, ctx.now, until, None)
                .await?
                .first()
                .map(|s| rfc3339(s.start))
        }
        None => None,
    };
    bookings::set_next_free_slot_statement(&db, mentor_id, next.as_deref())?.run().await?;
    Ok(())
}

async fn own_profile(db: &D1Database, user: &UserRow) -> Result<ProfileRow, AppError> {
    profiles::find(db, &user.id).await?.ok_or_else(|| AppError::Internal("a user without a profile".into()))
}

/// The signed-in mentor's availability rules.
#[utoipa::path(
    get,
    operation_id = "get_availability",
    path = "/api/me/availability",
    tag = "bookings",
    responses(
        (status = 200, description = "The rules; defaults when none are set.", body = AvailabilityEnvelope),
        (status = 401, description = "Not signed in.", body = ErrorBody),
    )
)]
pub async fn get_availability(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    let user = sessions::require(ctx).await?;
    let db = ctx.db()?;
    let profile = own_profile(&db, &user).await?;
    let fields = profile.fields();
    let stored = match availability::find(&db, &user.id).await? {
        Some(json) => serde_json::from_str(&json)
            .map_err(|e| AppError::Internal(format!("stored availability: {e}")))?,
        None => serde_json::from_str::<AvailabilityInput>("{}")?,
    };
    let (availability, _) = stored.parse(&fields.timezone, fields.weekly_capacity)?;
    http::json(200, &AvailabilityEnvelope { availability })
}

/// Replaces the signed-in mentor's availability rules.
#[utoipa::path(
    put,
    operation_id = "put_availability",
    path = "/api/me/availability",
    tag = "bookings",
    request_body = AvailabilityInput,
    responses(
        (status = 200, description = "The rules as saved.", body = AvailabilityEnvelope),
        (status = 401, description = "Not signed in.", body = ErrorBody),
        (status = 422, description = "A rule is invalid; `field` names it.", body = ErrorBody),
    )
)]
pub async fn put_availability(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    let user = sessions::require(ctx).await?;
    let input: AvailabilityInput = ctx.decode()?;
    let db = ctx.db()?;
    let profile = own_profile(&db, &user).await?;
    let fields = profile.fields();
    let (stored, rules) = input.parse(&fields.timezone, fields.weekly_capacity)?;
    availability::upsert_statement(&db, &user.id, &serde_json::to_string(&stored)?, &ctx.now_text())?
        .run()
        .await?;
    refresh_next_free_slot(ctx, &user.id, Some(&rules)).await?;
    http::json(200, &AvailabilityEnvelope { availability: stored })
}

/// A mentor's free slots between `from` and `to` (default: the next 7 days; at most 31).
#[utoipa::path(
    get,
    operation_id = "mentor_slots",
    path = "/api/mentors/{id}/slots",
    tag = "bookings",
    params(
        ("id" = String, Path, description = "The mentor's user id"),
        ("from" = Option<String>, Query, description = "RFC 3339; default now"),
        ("to" = Option<String>, Query, description = "RFC 3339; default 7 days after `from`"),
    ),
    responses(
        (status = 200, description = "Free slots, in UTC.", body = SlotList),
        (status = 400, description = "`from`/`to` malformed or more than 31 days apart.", body = ErrorBody),
        (status = 404, description = "No such mentor, or not visible to the viewer.", body = ErrorBody),
    )
)]
pub async fn slots(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    let viewer = sessions::current(ctx).await?;
    let db = ctx.db()?;
    let mentor = visible_mentor(&db, ctx.param("id"), viewer.as_ref()).await?;
    let parse = |name: &str| -> Result<Option<Timestamp>, AppError> {
        match ctx.query(name) {
            Some(raw) => Ok(Some(parse_time(&raw).ok_or_else(|| {
                ApiError::invalid_parameter(name, "Use an RFC 3339 time like 2026-12-01T14:00:00Z.")
            })?)),
            None => Ok(None),
        }
    };
    let from = parse("from")?.unwrap_or(ctx.now);
    let to = parse("to")?.unwrap_or(from + SignedDuration::from_hours(24 * 7));
    if to <= from || to - SignedDuration::from_hours(24 * 31) > from {
        return Err(ApiError::invalid_parameter("to", "Ask for at most 31 days after `from`.").into());
    }
    let slots = match rules_of(&db, &mentor).await? {
        Some((_, rules)) => free_slots(&db, &mentor.user_id, &rules, ctx.now, from, to, None).await?,
        None => Vec::new(),
    };
    let slots = slots.iter().map(|s| SlotView { start: rfc3339(s.start), end: rfc3339(s.end) }).collect();
    http::json(200, &SlotList { slots, timezone: mentor.fields().timezone })
}

/// A mentor's profile, if the viewer may see it; 404 otherwise, as if it did not exist.
async fn visible_mentor(db: &D1Database, id: &str, viewer: Option<&UserRow>) -> Result<ProfileRow, AppError> {
    let profile = profiles::find(db, id).await?.ok_or_else(ApiError::not_found)?;
    let fields = profile.fields();
    let viewer = viewer.map(UserRow::as_viewer);
    let visible = fields.is_mentor
        && profile_rules::shown_to(
            fields.visibility,
            &fields.display_name,
            &profile.user_id,
            profile.organization_domain.as_deref(),
            viewer,
        );
    if visible { Ok(profile) } else { Err(ApiError::not_found().into()) }
}

pub fn view(row: &BookingRow, viewer_id: &str, base: &str) -> Booking {
    Booking {
        id: row.id.clone(),
        mentor: Participant {
            id: row.mentor_id.clone(),
            display_name: row.mentor_name.clone(),
            timezone: row.mentor_timezone.clone(),
        },
        mentee: Participant {
            id: row.mentee_id.clone(),
            display_name: row.mentee_name.clone(),
            timezone: row.mentee_timezone.clone(),
        },
        start: row.start_at.clone(),
        end: row.end_at.clone(),
        agenda: row.agenda.clone(),
        status: if row.status == "booked" { BookingStatus::Booked } else { BookingStatus::Cancelled },
        call_link: row.call_link.clone(),
        role: if row.mentor_id == viewer_id { "mentor" } else { "mentee" }.to_string(),
        cancel_reason: row.cancel_reason.clone(),
        invite_url: format!("{base}/api/bookings/{}/invite.ics", row.id),
        created_at: row.created_at.clone(),
    }
}

pub fn origin(ctx: &Ctx<'_>) -> String {
    ctx.req.url().map(|url| url.origin().ascii_serialization()).unwrap_or_default()
}

/// Mails both participants about a booking event.
pub async fn notify(
    ctx: &Ctx<'_>,
    row: &BookingRow,
    event: BookingEvent,
    reason: Option<&str>,
) -> Result<(), AppError> {
    let Some(start) = parse_time(&row.start_at) else { return Ok(()) };
    let invite_url = format!("{}/api/bookings/{}/invite.ics", origin(ctx), row.id);
    let sides = [
        (&row.mentor_email, &row.mentor_timezone, &row.mentee_name, &row.mentee_timezone),
        (&row.mentee_email, &row.mentee_timezone, &row.mentor_name, &row.mentor_timezone),
    ];
    for (to, zone, other, other_zone) in sides {
        let mail = BookingMail {
            event,
            recipient_zone: zone,
            other_name: other,
            other_zone,
            start,
            agenda: &row.agenda,
            call_link: &row.call_link,
            invite_url: &invite_url,
            reason,
        };
        mailer::send(ctx, Mail { to: to.clone(), subject: mail.subject(), text: mail.text() }).await?;
    }
    Ok(())
}

fn created(row: &BookingRow, viewer: &str, ctx: &Ctx<'_>) -> Result<Response, AppError> {
    http::json(201, &BookingEnvelope { booking: view(row, viewer, &origin(ctx)) })
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
        (status = 409, description = "The slot was just taken (`slot_taken`).", body = ErrorBody),
        (status = 422, description = "Outside the mentor's rules (`outside_availability`), past their caps (`over_capacity`), overlapping another session of the mentee (`mentee_busy`), booking oneself (`cannot_book_self`), or a field is invalid.", body = ErrorBody),
    )
)]
pub async fn create(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    let user = sessions::require(ctx).await?;
    let request: BookingRequest = ctx.decode()?;
    let key = ctx.header("idempotency-key").map(|k| k.trim().to_string()).filter(|k| !k.is_empty());
    if key.as_ref().is_some_and(|k| k.len() > 200) {
        return Err(ApiError::validation("Idempotency-Key", "Use a key of at most 200 characters.").into());
    }
    let db = ctx.db()?;
    if let Some(existing) = match &key {
        Some(key) => bookings::find_by_idempotency_key(&db, &user.id, key).await?,
        None => None,
    } {
        return created(&existing, &user.id, ctx);
    }
    let agenda = booking::parse_agenda(&request.agenda)?;
    let start = booking::parse_quarter_hour("start", &request.start)?;
    if request.mentor_id == user.id {
        return Err(booking::cannot_book_self().into());
    }
    let mentor = visible_mentor(&db, &request.mentor_id, Some(&user)).await?;
    let row = book(ctx, &mentor, &user.id, start, &agenda, key.as_deref()).await?;
    created(&row, &user.id, ctx)
}

/// A booking checked against the mentor's rules and the mentee's other sessions, ready for the
/// guarded insert (alone, or inside a larger transaction).
pub struct PreparedBooking {
    pub id: String,
    mentor_id: String,
    mentee_id: String,
    agenda: String,
    call_link: String,
    key: Option<String>,
    slot: CheckedSlot,
    rules: Availability,
    now: String,
}

impl PreparedBooking {
    pub fn row(&self) -> NewBooking<'_> {
        NewBooking {
            id: &self.id,
            mentor_id: &self.mentor_id,
            mentee_id: &self.mentee_id,
            start: &self.slot.start,
            end: &self.slot.end,
            guard_start: &self.slot.guard_start,
            guard_end: &self.slot.guard_end,
            agenda: &self.agenda,
            call_link: &self.call_link,
            idempotency_key: self.key.as_deref(),
            now: &self.now,
        }
    }
}

/// Checks that `mentor` can take `start` with `mentee_id` (the mentor's rules and caps, and no
/// overlap on either side); the error says why not.
pub async fn prepare(
    ctx: &Ctx<'_>,
    mentor: &ProfileRow,
    mentee_id: &str,
    start: Timestamp,
    agenda: &str,
    key: Option<&str>,
) -> Result<PreparedBooking, AppError> {
    let db = ctx.db()?;
    let fields = mentor.fields();
    let Some((_, rules)) = rules_of(&db, mentor).await?.filter(|_| fields.is_mentor) else {
        return Err(booking::outside_availability().into());
    };
    let slot = check_slot(ctx, &db, &mentor.user_id, &rules, mentee_id, start, None).await?;
    let call_link = match fields.meeting_link {
        Some(link) => link,
        None => format!("https://meet.jit.si/quarterhour-{}", crypto::new_id()?),
    };
    Ok(PreparedBooking {
        id: crypto::new_id()?,
        mentor_id: mentor.user_id.clone(),
        mentee_id: mentee_id.to_string(),
        agenda: agenda.to_string(),
        call_link,
        key: key.map(str::to_string),
        slot,
        rules,
        now: ctx.now_text(),
    })
}

/// Books `start` with `mentor` for `mentee_id` under every guarantee a booking has, enforced
/// again by the write itself, then mails both. With an idempotency `key`, a concurrent retry that
/// won the race yields its booking.
pub async fn book(
    ctx: &Ctx<'_>,
    mentor: &ProfileRow,
    mentee_id: &str,
    start: Timestamp,
    agenda: &str,
    key: Option<&str>,
) -> Result<BookingRow, AppError> {
    let prepared = prepare(ctx, mentor, mentee_id, start, agenda, key).await?;
    let db = ctx.db()?;
    match bookings::insert(&db, &prepared.row()).await {
        Ok(true) => {}
        Ok(false) => return Err(booking::slot_taken().into()),
        Err(error) if store::is_unique_violation(&error) => {
            // A concurrent retry with the same key won the race: answer with its booking.
            let existing = match key {
                Some(key) => bookings::find_by_idempotency_key(&db, mentee_id, key).await?,
                None => None,
            };
            return existing.ok_or_else(|| booking::slot_taken().into());
        }
        Err(error) => return Err(error.into()),
    }
    announce(ctx, &prepared).await
}

/// After a prepared booking was written: mails both participants and updates the mentor's next
/// free slot. Returns the booking.
pub async fn announce(ctx: &Ctx<'_>, prepared: &PreparedBooking) -> Result<BookingRow, AppError> {
    let db = ctx.db()?;
    let row = bookings::find(&db, &prepared.id)
        .await?
        .ok_or_else(|| AppError::Internal("a new booking vanished".into()))?;
    notify(ctx, &row, BookingEvent::Booked, None).await?;
    refresh_next_free_slot(ctx, &prepared.mentor_id, Some(&prepared.rules)).await?;
    Ok(row)
}

/// Whether `start` is one of the mentor's free slots now; the error says why not. Only the
/// mentor's side: whether the mentee is free is theirs to learn, when they book.
pub async fn check_mentor_slot(ctx: &Ctx<'_>, mentor: &ProfileRow, start: Timestamp) -> Result<(), AppError> {
    let db = ctx.db()?;
    let Some((_, rules)) = rules_of(&db, mentor).await? else {
        return Err(booking::outside_availability().into());
    };
    check_mentor_free(ctx, &db, &mentor.user_id, &rules, start, None).await
}

/// Checks that `start` is one of the mentor's free slots (booking `except` aside); the error
/// says why not.
async fn check_mentor_free(
    ctx: &Ctx<'_>,
    db: &D1Database,
    mentor_id: &str,
    rules: &Availability,
    start: Timestamp,
    except: Option<&str>,
) -> Result<(), AppError> {
    let end = start + SignedDuration::from_mins(SLOT_MINUTES);
    let free = free_slots(db, mentor_id, rules, ctx.now, start, end, except).await?;
    if free.first().is_some_and(|slot| slot.start == start) {
        return Ok(());
    }
    Err(refusal(db, mentor_id, rules, ctx.now, start).await?.into())
}

/// A slot found free, with the bounds (buffer included) its guarded write checks again.
struct CheckedSlot {
    start: String,
    end: String,
    guard_start: String,
    guard_end: String,
}

/// Checks that `start` is one of the mentor's free slots (booking `except` aside) and that the
/// mentee has nothing else then; the error says why not.
async fn check_slot(
    ctx: &Ctx<'_>,
    db: &D1Database,
    mentor_id: &str,
    rules: &Availability,
    mentee_id: &str,
    start: Timestamp,
    except: Option<&str>,
) -> Result<CheckedSlot, AppError> {
    check_mentor_free(ctx, db, mentor_id, rules, start, except).await?;
    let end = start + SignedDuration::from_mins(SLOT_MINUTES);
    let (start_text, end_text) = (rfc3339(start), rfc3339(end));
    if bookings::user_busy(db, mentee_id, &start_text, &end_text, except).await? {
        return Err(booking::mentee_busy().into());
    }
    let buffer = SignedDuration::from_mins(rules.buffer_minutes);
    Ok(CheckedSlot {
        start: start_text,
        end: end_text,
        guard_start: rfc3339(start - buffer),
        guard_end: rfc3339(end + buffer),
    })
}

/// Why `start` is not free: taken, past a cap, or not offered at all.
async fn refusal(
    db: &D1Database,
    mentor_id: &str,
    rules: &Availability,
    now: Timestamp,
    start: Timestamp,
) -> Result<ApiError, AppError> {
    let end = start + SignedDuration::from_mins(SLOT_MINUTES);
    let taken = bookings::live_for_mentor(db, mentor_id, &rfc3339(start), &rfc3339(end)).await?;
    if !taken.is_empty() {
        return Ok(booking::slot_taken());
    }
    let uncapped = Availability { max_per_day: None, max_per_week: None, buffer_minutes: 0, ..rules.clone() };
    let offered =
        slots::free_slots(&uncapped, &[], now, start, end).first().is_some_and(|s| s.start == start);
    if !offered {
        return Ok(booking::outside_availability());
    }
    let unbuffered = Availability { buffer_minutes: 0, ..rules.clone() };
    let capped = free_slots(db, mentor_id, &unbuffered, now, start, end, None).await?.is_empty();
    Ok(if capped { booking::over_capacity() } else { booking::slot_taken() })
}

/// The signed-in user's bookings, as mentor and as mentee, past and upcoming, by start.
#[utoipa::path(
    get,
    operation_id = "my_bookings",
    path = "/api/me/bookings",
    tag = "bookings",
    responses(
        (status = 200, description = "All bookings the user takes part in.", body = BookingList),
        (status = 401, description = "Not signed in.", body = ErrorBody),
    )
)]
pub async fn mine(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    let user = sessions::require(ctx).await?;
    let rows = bookings::for_user(&ctx.db()?, &user.id).await?;
    let base = origin(ctx);
    let bookings: Vec<Booking> = rows.iter().map(|row| view(row, &user.id, &base)).collect();
    let meta = ListMeta { total: bookings.len() as u64, next_cursor: None };
    http::json(200, &BookingList { bookings, meta })
}

/// A booking the signed-in user takes part in; 404 for everyone else.
async fn participant_booking(ctx: &Ctx<'_>, user: &UserRow) -> Result<BookingRow, AppError> {
    let row = bookings::find(&ctx.db()?, ctx.param("id")).await?.ok_or_else(ApiError::not_found)?;
    if row.mentor_id == user.id || row.mentee_id == user.id {
        Ok(row)
    } else {
        Err(ApiError::not_found().into())
    }
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
        (status = 422, description = "The reason is too long.", body = ErrorBody),
    )
)]
pub async fn cancel(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    let user = sessions::require(ctx).await?;
    let row = participant_booking(ctx, &user).await?;
    let request: CancelRequest =
        if ctx.body.iter().all(u8::is_ascii_whitespace) { CancelRequest::default() } else { ctx.decode()? };
    let reason = request.reason.map(|r| r.trim().to_string()).filter(|r| !r.is_empty());
    if reason.as_ref().is_some_and(|r| r.chars().count() > 500) {
        return Err(ApiError::validation("reason", "Keep the reason to 500 characters or fewer.").into());
    }
    let db = ctx.db()?;
    if bookings::cancel(&db, &row.id, reason.as_deref(), &ctx.now_text()).await? {
        notify(ctx, &row, BookingEvent::Cancelled, reason.as_deref()).await?;
        if let Some(mentor) = profiles::find(&db, &row.mentor_id).await? {
            let rules = rules_of(&db, &mentor).await?.map(|(_, rules)| rules);
            refresh_next_free_slot(ctx, &mentor.user_id, rules.as_ref()).await?;
        }
    }
    let row = bookings::find(&db, &row.id).await?.ok_or_else(ApiError::not_found)?;
    http::json(200, &BookingEnvelope { booking: view(&row, &user.id, &origin(ctx)) })
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
        (status = 409, description = "The new slot is taken (`slot_taken`), or the booking is cancelled (`booking_cancelled`).", body = ErrorBody),
        (status = 422, description = "The new time is not offered, past a cap, or clashes with the mentee's sessions.", body = ErrorBody),
    )
)]
pub async fn reschedule(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    let user = sessions::require(ctx).await?;
    let row = participant_booking(ctx, &user).await?;
    let request: RescheduleRequest = ctx.decode()?;
    let start = booking::parse_quarter_hour("start", &request.start)?;
    if row.status != "booked" {
        return Err(
            ApiError::new(domain::error::ErrorCode::BookingCancelled, "This booking is cancelled.").into()
        );
    }
    let db = ctx.db()?;
    let mentor = profiles::find(&db, &row.mentor_id).await?.ok_or_else(ApiError::not_found)?;
    let Some((_, rules)) = rules_of(&db, &mentor).await? else {
        return Err(booking::outside_availability().into());
    };
    let slot = check_slot(ctx, &db, &mentor.user_id, &rules, &row.mentee_id, start, Some(&row.id)).await?;
    let now = ctx.now_text();
    let moved = NewBooking {
        id: &row.id,
        mentor_id: &row.mentor_id,
        mentee_id: &row.mentee_id,
        start: &slot.start,
        end: &slot.end,
        guard_start: &slot.guard_start,
        guard_end: &slot.guard_end,
        agenda: &row.agenda,
        call_link: &row.call_link,
        idempotency_key: None,
        now: &now,
    };
    match bookings::reschedule(&db, &moved).await {
        Ok(true) => {}
        Ok(false) => return Err(booking::slot_taken().into()),
        Err(error) if store::is_unique_violation(&error) => return Err(booking::slot_taken().into()),
        Err(error) => return Err(error.into()),
    }
    let row = bookings::find(&db, &row.id).await?.ok_or_else(ApiError::not_found)?;
    notify(ctx, &row, BookingEvent::Rescheduled, None).await?;
    refresh_next_free_slot(ctx, &mentor.user_id, Some(&rules)).await?;
    http::json(200, &BookingEnvelope { booking: view(&row, &user.id, &origin(ctx)) })
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
    let user = sessions::require(ctx).await?;
    let row = participant_booking(ctx, &user).await?;
    let (Some(start), Some(end)) = (parse_time(&row.start_at), parse_time(&row.end_at)) else {
        return Err(AppError::Internal("a booking with an unreadable time".into()));
    };
    let other = if row.mentor_id == user.id { &row.mentee_name } else { &row.mentor_name };
    let summary = format!("Quarterhour: 15 minutes with {other}");
    let uid = format!("{}@quarterhour", row.id);
    let text = booking::ics(&Invite {
        uid: &uid,
        sequence: row.sequence,
        cancelled: row.status != "booked",
        start,
        end,
        stamp: ctx.now,
        summary: &summary,
        agenda: &row.agenda,
        call_link: &row.call_link,
    });
    let response = Response::builder().with_status(200).fixed(text.into_bytes());
    response.headers().set("content-type", "text/calendar; charset=utf-8")?;
    response.headers().set("content-disposition", "attachment; filename=\"quarterhour-session.ics\"")?;
    Ok(response)
}

/// Sends the reminders that are due: the day before and just before, each at most once.
pub async fn send_reminders(ctx: &Ctx<'_>) -> Result<u32, AppError> {
    let db = ctx.db()?;
    let mut sent = 0;
    for (reminder, minutes, event) in [
        (bookings::Reminder::DayBefore, 24 * 60, BookingEvent::DayBefore),
        (bookings::Reminder::Soon, 15, BookingEvent::Soon),
    ] {
        let until = rfc3339(ctx.now + SignedDuration::from_mins(minutes));
        for row in bookings::due(&db, reminder, &ctx.now_text(), &until).await? {
            if bookings::mark_reminded(&db, &row.id, reminder).await? {
                notify(ctx, &row, event, None).await?;
                sent += 1;
            }
        }
    }
    Ok(sent)
}
