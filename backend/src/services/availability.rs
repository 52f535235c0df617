//! A mentor's availability: their rules, the free slots those leave beside their sessions and
//! calendars, and what a booking decision reads about a mentor (and a mentee) in one batch.

use domain::booking::{self, AvailabilityInput, MAX_HORIZON_DAYS};
use domain::calendar;
use domain::ids::{BookingId, UserId};
use domain::slots::{self, Availability, Busy, FreeNow, SLOT_MINUTES, Slot, SlotStatus};
use domain::time::shifted;
use jiff::{SignedDuration, Timestamp};
use worker::{D1Database, D1PreparedStatement};

use crate::app_ctx::AppCtx;
use crate::error::AppError;
use crate::limits::HOUR;
use crate::store;
use crate::store::availability::{self, RulesRow};
use crate::store::bookings::{self, Found, Span, Upcoming};
use crate::store::profiles::{self, ProfileRow};
use crate::store::rate_events;
use crate::store::users::{self, UserRow};

/// Weekly caps count every booking of the weeks concerned, so bookings are read a week (and a
/// day, for zones) either side of the times in question.
pub const WEEK: SignedDuration = SignedDuration::from_hours(24 * 8);

/// The mentor's checked rules from their stored row, with the profile's zone and weekly capacity
/// as defaults. None when they have set none.
/// Busy times from the mentor's calendars and a "free now" window that has not ended join them.
fn rules_from(
    row: Option<RulesRow>,
    profile: &ProfileRow,
    now: Timestamp,
) -> Result<Option<Availability>, AppError> {
    let Some(row) = row else { return Ok(None) };
    let input: AvailabilityInput = serde_json::from_str(&row.rules)
        .map_err(|e| AppError::Internal(format!("stored availability: {e}")))?;
    let fields = profile.fields();
    let Ok((_, mut rules)) = input.parse(&fields.timezone, fields.weekly_capacity) else { return Ok(None) };
    rules.calendar_busy = row.calendar_busy.as_deref().map(calendar::decode_intervals).unwrap_or_default();
    rules.calendar_busy.retain(|busy| busy.end > now);
    rules.free_now = row
        .free_now_start
        .zip(row.free_now_end)
        .filter(|(_, end)| *end > now)
        .map(|(start, end)| FreeNow { start, end });
    Ok(Some(rules))
}

/// What a booking decision needs about a mentor (and perhaps the mentee), read in one batch.
pub struct Calendar {
    pub profile: ProfileRow,
    /// The mentor's address, for the mails a booking sends.
    pub mentor_email: String,
    /// The mentee's profile, when a mentee was named.
    pub mentee: Option<ProfileRow>,
    pub rules: Option<Availability>,
    /// The mentor's live bookings from a week before `from` to a week after `to`.
    pub live: Vec<Span>,
    /// Whether the mentee has another live session overlapping the slot asked about.
    pub mentee_busy: bool,
    /// Whether the mentor has a session then in either role (as mentor, their free slots show it).
    pub mentor_busy: bool,
    /// The mentee's upcoming sessions, in all and with this mentor.
    pub upcoming: Upcoming,
}

impl Calendar {
    /// Live bookings as the slot rules count them, all but `except`.
    pub fn busy(&self, except: Option<&BookingId>) -> Vec<Busy> {
        self.live.iter().filter(|span| Some(&span.id) != except).map(Span::busy).collect()
    }

    /// The rules, if the mentor still mentors and has set any.
    pub fn mentor_rules(&self) -> Option<&Availability> {
        self.rules.as_ref().filter(|_| self.profile.fields().is_mentor)
    }
}

/// Who must be free besides the mentor: the mentee, at `start`, leaving aside `except` (the
/// booking being moved).
pub struct MenteeCheck<'a> {
    pub mentee: &'a UserId,
    pub start: Timestamp,
    pub except: Option<&'a BookingId>,
    /// The mentee's hourly limit of bookings, cancellations and moves, counted in the same batch.
    pub limit: Option<ChangeLimit>,
}

/// How many bookings, cancellations and moves one person may make an hour.
pub struct ChangeLimit {
    pub bucket: String,
    pub per_hour: i64,
}

impl ChangeLimit {
    pub fn of(ctx: &AppCtx<'_>, user: &UserId) -> Self {
        ChangeLimit {
            bucket: format!("bookings:{user}"),
            per_hour: ctx.config_number("BOOKING_CHANGES_PER_USER_PER_HOUR", 20),
        }
    }
}

impl MenteeCheck<'_> {
    fn end(&self) -> Timestamp {
        shifted(self.start, SignedDuration::from_mins(SLOT_MINUTES))
    }
}

pub async fn calendar(
    ctx: &AppCtx<'_>,
    mentor: &UserId,
    from: Timestamp,
    to: Timestamp,
    mentee: Option<MenteeCheck<'_>>,
) -> Result<Calendar, AppError> {
    let db = ctx.db()?;
    let mut statements = vec![
        profiles::find_statement(&db, mentor)?,
        availability::find_statement(&db, mentor, ctx.now)?,
        bookings::live_for_mentor_statement(&db, mentor, shifted(from, -WEEK), shifted(to, WEEK))?,
        users::find_statement(&db, mentor)?,
    ];
    if let Some(check) = &mentee {
        let (start, end) = (check.start, check.end());
        statements.extend([
            bookings::user_busy_statement(&db, check.mentee, start, end, check.except)?,
            profiles::find_statement(&db, check.mentee)?,
            // The mentor may be someone else's mentee then.
            bookings::user_busy_statement(&db, mentor, start, end, check.except)?,
            bookings::upcoming_statement(&db, check.mentee, mentor, ctx.now)?,
        ]);
        if let Some(limit) = &check.limit {
            let now = ctx.now_seconds();
            statements.extend(rate_events::hit_statements(&db, &limit.bucket, limit.per_hour, HOUR, now)?);
        }
    }
    let results = db.batch(statements).await?;
    let result = |index: usize| {
        results.get(index).ok_or_else(|| AppError::Internal("a booking read returned too few results".into()))
    };
    // No such mentor: as for one the viewer may not see.
    let profile: ProfileRow = store::first(result(0)?)?.ok_or_else(domain::error::ApiError::not_found)?;
    let rules = rules_from(store::first(result(1)?)?, &profile, ctx.now)?;
    let live = result(2)?.results::<Span>()?;
    let mentor_email = store::first::<UserRow>(result(3)?)?.map(|user| user.email).unwrap_or_default();
    let busy = |index: usize| -> Result<bool, AppError> {
        Ok(store::first::<Found>(result(index)?)?.is_some_and(|row| row.found))
    };
    if mentee.as_ref().is_some_and(|check| check.limit.is_some())
        && let Some(retry_after) =
            rate_events::refused(results.get(8..).unwrap_or_default(), HOUR, ctx.now_seconds())?
    {
        return Err(AppError::RateLimited { retry_after });
    }
    let (mentee_busy, mentee, mentor_busy, upcoming) = match mentee {
        Some(_) => (
            busy(4)?,
            store::first::<ProfileRow>(result(5)?)?,
            busy(6)?,
            store::first::<Upcoming>(result(7)?)?.unwrap_or_default(),
        ),
        None => (false, None, false, Upcoming::default()),
    };
    Ok(Calendar { profile, mentor_email, mentee, rules, live, mentee_busy, mentor_busy, upcoming })
}

pub fn config_u32(ctx: &AppCtx<'_>, name: &str, default: u32) -> u32 {
    u32::try_from(ctx.config_number(name, i64::from(default))).unwrap_or(default)
}

/// The first free slot from `now` within the mentor's horizon.
pub fn next_free_slot(rules: &Availability, busy: &[Busy], now: Timestamp) -> Option<Timestamp> {
    let until = shifted(now, SignedDuration::from_hours(24 * rules.horizon_days));
    slots::first_free(rules, busy, now, now, until).map(|slot| slot.start)
}

/// Where the window of bookings to read ends: the whole horizon from now, and `start`.
pub fn horizon_end(now: Timestamp, start: Timestamp) -> Timestamp {
    shifted(now, SignedDuration::from_hours(24 * MAX_HORIZON_DAYS)).max(start)
}

/// Checks that `start` is one of the mentor's free slots (booking `except` aside) and, when
/// asked, that the mentee is free then; the error says why not.
pub fn check_free(
    calendar: &Calendar,
    rules: &Availability,
    now: Timestamp,
    start: Timestamp,
    except: Option<&BookingId>,
) -> Result<(), AppError> {
    if let Some(refusal) = slots::refusal(rules, &calendar.busy(except), now, start) {
        return Err(domain::error::ApiError::from(refusal).into());
    }
    if calendar.mentor_busy {
        return Err(booking::slot_taken().into());
    }
    if calendar.mentee_busy {
        return Err(booking::mentee_busy().into());
    }
    Ok(())
}

/// The signed-in mentor's rules as they edit them; defaults when none are set.
pub async fn rules_for_editing(ctx: &AppCtx<'_>, mentor: &ProfileRow) -> Result<AvailabilityInput, AppError> {
    let fields = mentor.fields();
    let stored = match availability::find(&ctx.db()?, &mentor.user_id).await? {
        Some(row) => serde_json::from_str(&row.rules)
            .map_err(|e| AppError::Internal(format!("stored availability: {e}")))?,
        None => serde_json::from_str::<AvailabilityInput>("{}")?,
    };
    Ok(stored.without_the_long_past(ctx.now).parse(&fields.timezone, fields.weekly_capacity)?.0)
}

/// Replaces the mentor's rules and keeps their next free slot true (their calendars' busy times
/// and "free now" included, which the stored rules do not hold).
pub async fn save_rules(
    ctx: &AppCtx<'_>,
    mentor: &ProfileRow,
    input: AvailabilityInput,
) -> Result<AvailabilityInput, AppError> {
    let fields = mentor.fields();
    input.check_reach(ctx.now)?;
    let (stored, _) = input.parse(&fields.timezone, fields.weekly_capacity)?;
    let db = ctx.db()?;
    availability::upsert_statement(&db, &mentor.user_id, &serde_json::to_string(&stored)?, ctx.now)?
        .run()
        .await?;
    refresh_next_free_slot(ctx, &mentor.user_id).await?;
    Ok(stored)
}

/// Why `start` is or is not one of the mentor's free slots, for the mentor themself.
pub async fn explain(ctx: &AppCtx<'_>, mentor: &UserId, start: Timestamp) -> Result<SlotStatus, AppError> {
    if crate::store::wrapup::standing(&ctx.db()?, mentor).await?.paused_at.is_some() {
        return Ok(SlotStatus::Paused);
    }
    let calendar = calendar(ctx, mentor, start, horizon_end(ctx.now, start), None).await?;
    Ok(match calendar.mentor_rules() {
        Some(rules) => slots::explain(rules, &calendar.busy(None), ctx.now, start),
        None => SlotStatus::OutsideWindow,
    })
}

/// Statements that store a mentor's checked rules and, from them and the mentor's `busy` times,
/// the directory's next free slot.
pub fn rules_statements(
    db: &D1Database,
    mentor: &UserId,
    stored: &AvailabilityInput,
    rules: &Availability,
    busy: &[Busy],
    now: Timestamp,
) -> Result<Vec<D1PreparedStatement>, AppError> {
    Ok(vec![
        availability::upsert_statement(db, mentor, &serde_json::to_string(stored)?, now)?,
        bookings::set_next_free_slot_statement(db, mentor, next_free_slot(rules, busy, now), None)?,
    ])
}

/// A mentor's free slots starting in `[from, to)`.
pub async fn free_slots(
    ctx: &AppCtx<'_>,
    mentor: &UserId,
    from: Timestamp,
    to: Timestamp,
) -> Result<Vec<Slot>, AppError> {
    let calendar = calendar(ctx, mentor, from, to, None).await?;
    Ok(match &calendar.rules {
        Some(rules) => slots::free_slots(rules, &calendar.busy(None), ctx.now, from, to),
        None => Vec::new(),
    })
}

/// Each mentor's free slots starting in `[from, to)`, in the order given, read in one batch.
pub async fn free_slots_of_each(
    ctx: &AppCtx<'_>,
    mentors: &[&UserId],
    from: Timestamp,
    to: Timestamp,
) -> Result<Vec<Vec<Slot>>, AppError> {
    if mentors.is_empty() {
        return Ok(Vec::new());
    }
    let db = ctx.db()?;
    let mut statements = Vec::with_capacity(mentors.len() * 3);
    for mentor in mentors {
        statements.push(profiles::find_statement(&db, mentor)?);
        statements.push(availability::find_statement(&db, mentor, ctx.now)?);
        statements.push(bookings::live_for_mentor_statement(
            &db,
            mentor,
            shifted(from, -WEEK),
            shifted(to, WEEK),
        )?);
    }
    let results = db.batch(statements).await?;
    results
        .chunks(3)
        .map(|reads| {
            let [profile, rules, live] = reads else {
                return Err(AppError::Internal("a slot read returned too few results".into()));
            };
            let Some(profile) = store::first::<ProfileRow>(profile)? else { return Ok(Vec::new()) };
            let busy: Vec<Busy> = live.results::<Span>()?.iter().map(Span::busy).collect();
            Ok(match rules_from(store::first(rules)?, &profile, ctx.now)? {
                Some(rules) => slots::free_slots(&rules, &busy, ctx.now, from, to),
                None => Vec::new(),
            })
        })
        .collect()
}

/// Whether `start` is one of the mentor's free slots now; the error says why not. Only the
/// mentor's side: whether the mentee is free is theirs to learn, when they book.
pub async fn check_mentor_slot(ctx: &AppCtx<'_>, mentor: &UserId, start: Timestamp) -> Result<(), AppError> {
    let calendar = calendar(ctx, mentor, start, horizon_end(ctx.now, start), None).await?;
    let Some(rules) = &calendar.rules else {
        return Err(booking::outside_availability().into());
    };
    check_free(&calendar, rules, ctx.now, start, None)
}

/// Recomputes the mentor's next free slot from the rules in force (none while paused).
pub async fn refresh_next_free_slot(ctx: &AppCtx<'_>, mentor: &UserId) -> Result<(), AppError> {
    let calendar = calendar(ctx, mentor, ctx.now, horizon_end(ctx.now, ctx.now), None).await?;
    let next = calendar.mentor_rules().and_then(|rules| next_free_slot(rules, &calendar.busy(None), ctx.now));
    let db = ctx.db()?;
    db.batch(vec![bookings::set_next_free_slot_statement(&db, mentor, next, None)?]).await?;
    Ok(())
}
