//! The booking use cases: the mentor's rules and free slots, and booking, rescheduling and
//! cancelling a session under every guarantee a session has, whichever route or job asks. Each
//! reads what it needs in one D1 batch and writes in one batch; the database re-checks the guards.

use domain::booking::{
    self, AvailabilityInput, BookingEvent, BookingMail, BookingNotice, BookingStatus, MAX_HORIZON_DAYS,
};
use domain::calendar;
use domain::ids::{BookingId, ThreadId, UserId};
use domain::slots::{self, Availability, Busy, FreeNow, SLOT_MINUTES, Slot, SlotStatus};
use domain::time::shifted;
use jiff::{SignedDuration, Timestamp};
use worker::{D1Database, D1PreparedStatement};

use crate::crypto;
use crate::http::limits::HOUR;
use crate::http::{AppError, Ctx};
use crate::mailer::{self, Mail};
use crate::services::directory;
use crate::store::availability::{self, RulesRow};
use crate::store::bookings::{self, BookingRow, Expect, Found, NewBooking, Span, Upcoming};
use crate::store::outbox::After;
use crate::store::profiles::{self, ProfileRow};
use crate::store::rate_events;
use crate::store::threads;
use crate::store::users::{self, UserRow};
use crate::store::{self, Unique};
use crate::views;

/// Weekly caps count every booking of the weeks concerned, so bookings are read a week (and a
/// day, for zones) either side of the times in question.
const WEEK: SignedDuration = SignedDuration::from_hours(24 * 8);

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
struct Calendar {
    profile: ProfileRow,
    /// The mentor's address, for the mails a booking sends.
    mentor_email: String,
    /// The mentee's profile, when a mentee was named.
    mentee: Option<ProfileRow>,
    rules: Option<Availability>,
    /// The mentor's live bookings from a week before `from` to a week after `to`.
    live: Vec<Span>,
    /// Whether the mentee has another live session overlapping the slot asked about.
    mentee_busy: bool,
    /// Whether the mentor has a session then in either role (as mentor, their free slots show it).
    mentor_busy: bool,
    /// The mentee's upcoming sessions, in all and with this mentor.
    upcoming: Upcoming,
}

impl Calendar {
    /// Live bookings as the slot rules count them, all but `except`.
    fn busy(&self, except: Option<&BookingId>) -> Vec<Busy> {
        self.live.iter().filter(|span| Some(&span.id) != except).map(Span::busy).collect()
    }

    /// The rules, if the mentor still mentors and has set any.
    fn mentor_rules(&self) -> Option<&Availability> {
        self.rules.as_ref().filter(|_| self.profile.fields().is_mentor)
    }
}

/// Who must be free besides the mentor: the mentee, at `start`, leaving aside `except` (the
/// booking being moved).
struct MenteeCheck<'a> {
    mentee: &'a UserId,
    start: Timestamp,
    except: Option<&'a BookingId>,
    /// The mentee's hourly limit of bookings, cancellations and moves, counted in the same batch.
    limit: Option<ChangeLimit>,
}

/// How many bookings, cancellations and moves one person may make an hour.
pub struct ChangeLimit {
    pub bucket: String,
    pub per_hour: i64,
}

impl ChangeLimit {
    pub fn of(ctx: &Ctx<'_>, user: &UserId) -> Self {
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

async fn calendar(
    ctx: &Ctx<'_>,
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

fn config_u32(ctx: &Ctx<'_>, name: &str, default: u32) -> u32 {
    u32::try_from(ctx.config_number(name, i64::from(default))).unwrap_or(default)
}

/// The first free slot from `now` within the mentor's horizon.
fn next_free_slot(rules: &Availability, busy: &[Busy], now: Timestamp) -> Option<Timestamp> {
    let until = shifted(now, SignedDuration::from_hours(24 * rules.horizon_days));
    slots::first_free(rules, busy, now, now, until).map(|slot| slot.start)
}

/// Where the window of bookings to read ends: the whole horizon from now, and `start`.
fn horizon_end(now: Timestamp, start: Timestamp) -> Timestamp {
    shifted(now, SignedDuration::from_hours(24 * MAX_HORIZON_DAYS)).max(start)
}

/// Checks that `start` is one of the mentor's free slots (booking `except` aside) and, when
/// asked, that the mentee is free then; the error says why not.
fn check_free(
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
pub async fn rules_for_editing(ctx: &Ctx<'_>, mentor: &ProfileRow) -> Result<AvailabilityInput, AppError> {
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
    ctx: &Ctx<'_>,
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
pub async fn explain(ctx: &Ctx<'_>, mentor: &UserId, start: Timestamp) -> Result<SlotStatus, AppError> {
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
    ctx: &Ctx<'_>,
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

/// The booking named by the path's `id`, if the signed-in user takes part in it; 404 for
/// everyone else, as for a booking that does not exist.
pub async fn participant_booking(ctx: &Ctx<'_>) -> Result<(UserRow, BookingRow), AppError> {
    let user = ctx.user().await?;
    let row = bookings::find(&ctx.db()?, &ctx.id::<BookingId>("id")?)
        .await?
        .ok_or_else(domain::error::ApiError::not_found)?;
    if row.mentor_id == user.id || row.mentee_id == user.id {
        Ok((user, row))
    } else {
        Err(domain::error::ApiError::not_found().into())
    }
}

/// Each mentor's free slots starting in `[from, to)`, in the order given, read in one batch.
pub async fn free_slots_of_each(
    ctx: &Ctx<'_>,
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
pub async fn check_mentor_slot(ctx: &Ctx<'_>, mentor: &UserId, start: Timestamp) -> Result<(), AppError> {
    let calendar = calendar(ctx, mentor, start, horizon_end(ctx.now, start), None).await?;
    let Some(rules) = &calendar.rules else {
        return Err(booking::outside_availability().into());
    };
    check_free(&calendar, rules, ctx.now, start, None)
}

/// A booking checked against the mentor's rules and the mentee's other sessions, ready for the
/// guarded insert (alone, or inside a larger transaction).
pub struct PreparedBooking {
    pub id: BookingId,
    /// The booking as it will read once written: what its mails say.
    planned: BookingRow,
    mentor_id: UserId,
    mentee_id: UserId,
    agenda: String,
    call_link: String,
    key: Option<String>,
    /// The held session this one follows up, checked by [`book`].
    follow_up_of: Option<BookingId>,
    start: Timestamp,
    buffer: SignedDuration,
    rules: Availability,
    /// The mentor's other live bookings, for their next free slot once this one is made.
    busy: Vec<Busy>,
    now: Timestamp,
}

impl PreparedBooking {
    pub fn row(&self) -> NewBooking<'_> {
        let end = shifted(self.start, SignedDuration::from_mins(SLOT_MINUTES));
        NewBooking {
            id: &self.id,
            mentor_id: &self.mentor_id,
            mentee_id: &self.mentee_id,
            start: self.start,
            end,
            guard_start: self.start - self.buffer,
            guard_end: end + self.buffer,
            agenda: &self.agenda,
            call_link: &self.call_link,
            idempotency_key: self.key.as_deref(),
            follow_up_of: self.follow_up_of.as_ref(),
            now: self.now,
        }
    }

    /// The mails announcing the booking, written only if the same batch wrote it.
    pub fn mail_statements(&self, ctx: &Ctx<'_>) -> Result<Vec<D1PreparedStatement>, AppError> {
        let expect = self.expect();
        mailer::queue_statements(
            ctx,
            &mails(ctx, &self.planned, BookingNotice::Booked, None),
            After::Booking(&expect),
        )
    }

    fn expect(&self) -> Expect<'_> {
        Expect { id: &self.id, status: BookingStatus::Booked, start: self.start }
    }

    /// The statement that keeps the mentor's next free slot true, run only if this booking was
    /// written earlier in the same batch.
    pub fn next_free_slot_statement(
        &self,
        db: &worker::D1Database,
    ) -> worker::Result<worker::D1PreparedStatement> {
        let mut busy = self.busy.clone();
        busy.push(Busy {
            start: self.start,
            end: shifted(self.start, SignedDuration::from_mins(SLOT_MINUTES)),
        });
        let next = next_free_slot(&self.rules, &busy, self.now);
        bookings::set_next_free_slot_statement(db, &self.mentor_id, next, Some(self.expect()))
    }
}

/// How a mentee comes to book a slot.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Through {
    /// From the mentor's profile: only a mentor the mentee may see can be booked.
    Directory,
    /// By accepting the mentor's own offer of the slot.
    Offer,
}

/// Checks that `mentor` can take `start` with `mentee` (the mentor's rules and caps, and no
/// overlap on either side); the error says why not.
pub async fn prepare(
    ctx: &Ctx<'_>,
    through: Through,
    mentor: &UserId,
    mentee: &UserRow,
    start: Timestamp,
    agenda: &str,
    key: Option<&str>,
) -> Result<PreparedBooking, AppError> {
    // Booking from the directory counts toward the hourly limit, in the same read.
    let limit = (through == Through::Directory).then(|| ChangeLimit::of(ctx, &mentee.id));
    let check = MenteeCheck { mentee: &mentee.id, start, except: None, limit };
    let calendar = calendar(ctx, mentor, start, horizon_end(ctx.now, start), Some(check)).await?;
    // Decided on the profile this batch read, before anything that would say the mentor exists.
    if through == Through::Directory && !directory::shown(&calendar.profile, Some(mentee)) {
        return Err(domain::error::ApiError::not_found().into());
    }
    let Some(rules) = calendar.mentor_rules() else {
        return Err(booking::outside_availability().into());
    };
    check_free(&calendar, rules, ctx.now, start, None)?;
    let limited_until = crate::services::wrapup::mentee_limited_until(ctx, &mentee.id).await?;
    domain::wrapup::check_mentee_limit(limited_until, calendar.upcoming.upcoming)?;
    booking::may_book_more(
        calendar.upcoming.upcoming,
        calendar.upcoming.with_mentor,
        config_u32(ctx, "UPCOMING_BOOKINGS_PER_MENTEE", booking::UPCOMING_PER_MENTEE),
        config_u32(ctx, "UPCOMING_BOOKINGS_WITH_ONE_MENTOR", booking::UPCOMING_WITH_ONE_MENTOR),
    )?;
    let call_link = match calendar.profile.fields().meeting_link {
        Some(link) => link,
        None => format!("https://meet.jit.si/quarterhour-{}", crypto::new_id()?),
    };
    let id = BookingId::new(crypto::new_id()?);
    let mentee_profile =
        calendar.mentee.as_ref().ok_or_else(|| AppError::Internal("a mentee without a profile".into()))?;
    let planned = BookingRow {
        id: id.clone(),
        mentor_id: mentor.clone(),
        mentee_id: mentee.id.clone(),
        start_at: start,
        end_at: shifted(start, SignedDuration::from_mins(SLOT_MINUTES)),
        agenda: agenda.to_string(),
        status: BookingStatus::Booked,
        call_link: call_link.clone(),
        sequence: 0,
        cancel_reason: None,
        created_at: ctx.now,
        mentor_report: None,
        mentee_report: None,
        attendance: domain::wrapup::Attendance::Unreported,
        thread_id: None,
        follow_up_of: None,
        follow_up_start_at: None,
        mentor_name: calendar.profile.display_name.clone(),
        mentor_timezone: calendar.profile.timezone.clone(),
        mentor_email: calendar.mentor_email.clone(),
        mentee_name: mentee_profile.display_name.clone(),
        mentee_timezone: mentee_profile.timezone.clone(),
        mentee_email: mentee.email.clone(),
    };
    Ok(PreparedBooking {
        id,
        planned,
        mentor_id: mentor.clone(),
        mentee_id: mentee.id.clone(),
        agenda: agenda.to_string(),
        call_link,
        key: key.map(str::to_string),
        follow_up_of: None,
        start,
        buffer: SignedDuration::from_mins(rules.buffer_minutes),
        busy: calendar.busy(None),
        rules: rules.clone(),
        now: ctx.now,
    })
}

/// Demo data: books `start` as if the mentee had accepted the mentor's offer of it (every check
/// of the mentor's rules and both calendars, no hourly limit), with its thread and no mail:
/// demo people have no mailboxes.
pub async fn book_for_demo(
    ctx: &Ctx<'_>,
    mentor: &UserId,
    mentee: &UserRow,
    start: Timestamp,
    agenda: &str,
) -> Result<(), AppError> {
    let prepared = prepare(ctx, Through::Offer, mentor, mentee, start, agenda, None).await?;
    let db = ctx.db()?;
    let thread = ThreadId::new(crypto::new_id()?);
    db.batch(vec![
        bookings::insert_statement(&db, &prepared.row())?,
        threads::open_for_booking_statement(&db, &thread, &prepared.id, &mentee.id, mentor, ctx.now)?,
        prepared.next_free_slot_statement(&db)?,
    ])
    .await?;
    Ok(())
}

/// Books `start` with `mentor` for `mentee` under every guarantee a booking has, enforced again
/// by the write itself, then mails both. With an idempotency `key`, a concurrent retry that won
/// the race yields its booking.
pub async fn book(
    ctx: &Ctx<'_>,
    mentor: &UserId,
    mentee: &UserRow,
    start: Timestamp,
    agenda: &str,
    key: Option<&str>,
    follow_up_of: Option<&BookingId>,
) -> Result<BookingRow, AppError> {
    let db = ctx.db()?;
    // What the mentee asked for is checked before what the mentor's calendar allows.
    let earlier = match follow_up_of {
        Some(earlier) => {
            let found = bookings::find(&db, earlier).await?;
            let (earlier_mentor, earlier_mentee, held) = found.as_ref().map_or(("", "", false), |row| {
                (
                    row.mentor_id.as_str(),
                    row.mentee_id.as_str(),
                    row.attendance == domain::wrapup::Attendance::Held,
                )
            });
            booking::check_follow_up(
                earlier_mentor,
                earlier_mentee,
                held,
                mentor.as_str(),
                mentee.id.as_str(),
            )?;
            found
        }
        None => None,
    };
    let mut prepared = prepare(ctx, Through::Directory, mentor, mentee, start, agenda, key).await?;
    if let Some(earlier) = earlier {
        prepared.planned.follow_up_of = Some(earlier.id.clone());
        prepared.planned.follow_up_start_at = Some(earlier.start_at);
        prepared.follow_up_of = Some(earlier.id);
    }
    let thread = ThreadId::new(crypto::new_id()?);
    let mut statements = vec![
        bookings::insert_statement(&db, &prepared.row())?,
        threads::open_for_booking_statement(&db, &thread, &prepared.id, &mentee.id, mentor, ctx.now)?,
    ];
    statements.extend(prepared.mail_statements(ctx)?);
    statements.push(prepared.next_free_slot_statement(&db)?);
    statements.push(bookings::find_statement(&db, &prepared.id)?);
    let read_back = statements.len() - 1;
    let written = db.batch(statements).await;
    let results = match written {
        Ok(results) => results,
        Err(error) => {
            return match store::unique_violation(&error) {
                // A concurrent retry with the same key won the race: answer with its booking.
                Some(Unique::BookingIdempotencyKey) => match key {
                    Some(key) => bookings::find_by_idempotency_key(&db, &mentee.id, key)
                        .await?
                        .ok_or_else(|| booking::slot_taken().into()),
                    None => Err(booking::slot_taken().into()),
                },
                Some(Unique::BookingLiveStart) => Err(booking::slot_taken().into()),
                _ => Err(error.into()),
            };
        }
    };
    match booking_at(&results, read_back)? {
        Some(row) => Ok(row),
        // The guarded insert found an overlap the checks before it could not see.
        None => Err(booking::slot_taken().into()),
    }
}

/// What a prepared booking adds to a larger transaction that writes it (accepting an offer):
/// its mails and the mentor's next free slot, each only if the booking was written.
pub fn follow_up_statements(
    ctx: &Ctx<'_>,
    prepared: &PreparedBooking,
) -> Result<Vec<D1PreparedStatement>, AppError> {
    let mut statements = prepared.mail_statements(ctx)?;
    statements.push(prepared.next_free_slot_statement(&ctx.db()?)?);
    Ok(statements)
}

/// Moves a live booking to another free slot of the same mentor, with a new invite for both.
pub async fn reschedule(ctx: &Ctx<'_>, row: &BookingRow, start: Timestamp) -> Result<BookingRow, AppError> {
    row.status.after(BookingEvent::Reschedule)?;
    booking::changeable(row.start_at, ctx.now)?;
    let check = MenteeCheck { mentee: &row.mentee_id, start, except: Some(&row.id), limit: None };
    let calendar = calendar(ctx, &row.mentor_id, start, horizon_end(ctx.now, start), Some(check)).await?;
    let Some(rules) = &calendar.rules else {
        return Err(booking::outside_availability().into());
    };
    check_free(&calendar, rules, ctx.now, start, Some(&row.id))?;
    let end = shifted(start, SignedDuration::from_mins(SLOT_MINUTES));
    let buffer = SignedDuration::from_mins(rules.buffer_minutes);
    let moved = NewBooking {
        id: &row.id,
        mentor_id: &row.mentor_id,
        mentee_id: &row.mentee_id,
        start,
        end,
        guard_start: start - buffer,
        guard_end: end + buffer,
        agenda: &row.agenda,
        call_link: &row.call_link,
        idempotency_key: None,
        follow_up_of: None,
        now: ctx.now,
    };
    let mut busy = calendar.busy(Some(&row.id));
    busy.push(Busy { start, end });
    let expect = Expect { id: &row.id, status: BookingStatus::Booked, start };
    let planned = BookingRow { start_at: start, end_at: end, sequence: row.sequence + 1, ..row.clone() };
    let db = ctx.db()?;
    // The mails follow the move directly: written only if it changed the booking.
    let mut statements = vec![bookings::reschedule_statement(&db, &moved)?];
    statements.extend(mailer::queue_statements(
        ctx,
        &mails(ctx, &planned, BookingNotice::Rescheduled, None),
        After::Changed,
    )?);
    statements.push(bookings::set_next_free_slot_statement(
        &db,
        &row.mentor_id,
        next_free_slot(rules, &busy, ctx.now),
        Some(expect),
    )?);
    statements.push(bookings::find_statement(&db, &row.id)?);
    let read_back = statements.len() - 1;
    let results = db
        .batch(statements)
        .await
        .map_err(crate::http::on_unique(Unique::BookingLiveStart, booking::slot_taken))?;
    if results.first().is_none_or(|moved| !store::changed(moved)) {
        return Err(booking::slot_taken().into());
    }
    written(&results, read_back, "a moved booking vanished")
}

/// Cancels a booking (nothing happens to one already cancelled) and mails both participants.
pub async fn cancel(
    ctx: &Ctx<'_>,
    row: BookingRow,
    reason: Option<&str>,
    by: &UserId,
) -> Result<BookingRow, AppError> {
    row.status.after(BookingEvent::Cancel)?;
    if !row.status.is_live() {
        return Ok(row);
    }
    booking::changeable(row.start_at, ctx.now)?;
    let calendar = calendar(ctx, &row.mentor_id, ctx.now, horizon_end(ctx.now, ctx.now), None).await?;
    let next = calendar
        .rules
        .as_ref()
        .and_then(|rules| next_free_slot(rules, &calendar.busy(Some(&row.id)), ctx.now));
    let expect = Expect { id: &row.id, status: BookingStatus::Cancelled, start: row.start_at };
    let planned = BookingRow { status: BookingStatus::Cancelled, sequence: row.sequence + 1, ..row.clone() };
    let db = ctx.db()?;
    // The mails follow the cancellation directly: written only if it changed the booking, so a
    // second cancel mails no one.
    let mut statements = vec![bookings::cancel_statement(&db, &row.id, reason, Some(by), ctx.now)?];
    statements.extend(mailer::queue_statements(
        ctx,
        &mails(ctx, &planned, BookingNotice::Cancelled, reason),
        After::Changed,
    )?);
    statements.push(bookings::set_next_free_slot_statement(&db, &row.mentor_id, next, Some(expect))?);
    statements.push(bookings::find_statement(&db, &row.id)?);
    let read_back = statements.len() - 1;
    let results = db.batch(statements).await?;
    let cancelled = written(&results, read_back, "a cancelled booking vanished")?;
    crate::services::wrapup::after_cancellation(ctx, &row, by).await?;
    Ok(cancelled)
}

/// Recomputes the mentor's next free slot from the rules in force (none while paused).
pub async fn refresh_next_free_slot(ctx: &Ctx<'_>, mentor: &UserId) -> Result<(), AppError> {
    let calendar = calendar(ctx, mentor, ctx.now, horizon_end(ctx.now, ctx.now), None).await?;
    let next = calendar.mentor_rules().and_then(|rules| next_free_slot(rules, &calendar.busy(None), ctx.now));
    let db = ctx.db()?;
    db.batch(vec![bookings::set_next_free_slot_statement(&db, mentor, next, None)?]).await?;
    Ok(())
}

/// The booking a batch read back at `index`, if the writes before it left one.
fn booking_at(results: &[worker::D1Result], index: usize) -> Result<Option<BookingRow>, AppError> {
    Ok(results.get(index).map(store::first::<BookingRow>).transpose()?.flatten())
}

/// The booking a batch wrote and read back at `index`; `what` names it if it is missing.
fn written(results: &[worker::D1Result], index: usize, what: &str) -> Result<BookingRow, AppError> {
    booking_at(results, index)?.ok_or_else(|| AppError::Internal(what.into()))
}

/// The two mails a booking notice sends.
pub fn mails(ctx: &Ctx<'_>, row: &BookingRow, notice: BookingNotice, reason: Option<&str>) -> Vec<Mail> {
    let invite_url = views::booking::invite_url(row, &ctx.origin());
    let sides = [
        (&row.mentor_id, &row.mentor_email, &row.mentor_timezone, &row.mentee_name, &row.mentee_timezone),
        (&row.mentee_id, &row.mentee_email, &row.mentee_timezone, &row.mentor_name, &row.mentor_timezone),
    ];
    // Reminders remind; the booking, a move and a cancellation invite (or uninvite).
    let invites =
        matches!(notice, BookingNotice::Booked | BookingNotice::Rescheduled | BookingNotice::Cancelled);
    let organizer = crate::mailer::sender_address(ctx.env);
    sides
        .into_iter()
        .map(|(viewer, to, zone, other, other_zone)| {
            let mail = BookingMail {
                event: notice,
                recipient_zone: zone,
                other_name: other,
                other_zone,
                start: row.start_at,
                agenda: &row.agenda,
                call_link: &row.call_link,
                invite_url: &invite_url,
                reason,
                follow_up_of: row.follow_up_start_at,
            };
            let invite =
                invites.then(|| views::booking::mailed_invite(row, viewer.as_str(), ctx.now, &organizer, to));
            Mail { to: to.clone(), subject: mail.subject(), text: mail.text(), invite }
        })
        .collect()
}
