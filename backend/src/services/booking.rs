//! The booking use cases: booking, rescheduling and cancelling a session under every guarantee a
//! session has, whichever route or job asks. Each reads what it needs in one D1 batch and writes
//! in one batch; the database re-checks the guards.

use domain::booking::{self, BookingEvent, BookingMail, BookingNotice, BookingStatus};
use domain::ids::{BookingId, ThreadId, UserId};
use domain::mail::MailContent;
use domain::slots::{Availability, Busy, SLOT_MINUTES};
use domain::time::shifted;
use jiff::{SignedDuration, Timestamp};
use worker::D1PreparedStatement;

use crate::app_ctx::AppCtx;
use crate::crypto;
use crate::error::AppError;
use crate::mailer::{self, Mail};
use crate::services::availability::{
    ChangeLimit, MenteeCheck, calendar, check_free, config_u32, horizon_end, next_free_slot,
};
use crate::services::{directory, invites};
use crate::store::bookings::{self, BookingRow, Expect, NewBooking};
use crate::store::outbox::After;
use crate::store::threads;
use crate::store::users::UserRow;
use crate::store::{self, Unique};

/// The booking `id`, if `user` takes part in it; 404 for everyone else, as for a booking that
/// does not exist.
pub async fn participant_booking(
    ctx: &AppCtx<'_>,
    user: UserRow,
    id: &BookingId,
) -> Result<(UserRow, BookingRow), AppError> {
    let row = bookings::find(&ctx.db()?, id).await?.ok_or_else(domain::error::ApiError::not_found)?;
    if row.mentor_id == user.id || row.mentee_id == user.id {
        Ok((user, row))
    } else {
        Err(domain::error::ApiError::not_found().into())
    }
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
    pub fn mail_statements(&self, ctx: &AppCtx<'_>) -> Result<Vec<D1PreparedStatement>, AppError> {
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
    ctx: &AppCtx<'_>,
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
    ctx: &AppCtx<'_>,
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
    ctx: &AppCtx<'_>,
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
    ctx: &AppCtx<'_>,
    prepared: &PreparedBooking,
) -> Result<Vec<D1PreparedStatement>, AppError> {
    let mut statements = prepared.mail_statements(ctx)?;
    statements.push(prepared.next_free_slot_statement(&ctx.db()?)?);
    Ok(statements)
}

/// Moves a live booking to another free slot of the same mentor, with a new invite for both.
pub async fn reschedule(
    ctx: &AppCtx<'_>,
    row: &BookingRow,
    start: Timestamp,
) -> Result<BookingRow, AppError> {
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
        .map_err(store::on_unique(Unique::BookingLiveStart, booking::slot_taken))?;
    if results.first().is_none_or(|moved| !store::changed(moved)) {
        return Err(booking::slot_taken().into());
    }
    written(&results, read_back, "a moved booking vanished")
}

/// Cancels a booking (nothing happens to one already cancelled) and mails both participants.
pub async fn cancel(
    ctx: &AppCtx<'_>,
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

/// The booking a batch read back at `index`, if the writes before it left one.
fn booking_at(results: &[worker::D1Result], index: usize) -> Result<Option<BookingRow>, AppError> {
    Ok(results.get(index).map(store::first::<BookingRow>).transpose()?.flatten())
}

/// The booking a batch wrote and read back at `index`; `what` names it if it is missing.
fn written(results: &[worker::D1Result], index: usize, what: &str) -> Result<BookingRow, AppError> {
    booking_at(results, index)?.ok_or_else(|| AppError::Internal(what.into()))
}

/// The two mails a booking notice sends.
pub fn mails(ctx: &AppCtx<'_>, row: &BookingRow, notice: BookingNotice, reason: Option<&str>) -> Vec<Mail> {
    let invite_url = invites::invite_url(row, &ctx.origin());
    let sides = [
        (&row.mentor_email, &row.mentor_timezone, &row.mentee_name, &row.mentee_timezone),
        (&row.mentee_email, &row.mentee_timezone, &row.mentor_name, &row.mentor_timezone),
    ];
    // Reminders remind; the booking, a move and a cancellation invite (or uninvite).
    let invites =
        matches!(notice, BookingNotice::Booked | BookingNotice::Rescheduled | BookingNotice::Cancelled);
    let organizer = crate::mailer::sender_address(ctx.env);
    sides
        .into_iter()
        .map(|(to, zone, other, other_zone)| {
            let content = MailContent::Booking(Box::new(BookingMail {
                event: notice,
                recipient_zone: zone.clone(),
                other_name: other.clone(),
                other_zone: other_zone.clone(),
                start: row.start_at,
                agenda: row.agenda.clone(),
                call_link: row.call_link.clone(),
                invite_url: invite_url.clone(),
                reason: reason.map(str::to_owned),
                follow_up_of: row.follow_up_start_at,
                invite: invites.then(|| invites::mailed_invite(row, ctx.now, &organizer, to)),
            }));
            Mail::new(to, content)
        })
        .collect()
}
