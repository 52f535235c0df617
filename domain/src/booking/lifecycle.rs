//! A booking's life: who may book how many, what can happen to a booking, and the refusals
//! clients match on.

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use crate::error::{ApiError, ErrorCode};
use crate::slots;

/// A session that has started can no longer be cancelled or moved.
pub fn changeable(start: Timestamp, now: Timestamp) -> Result<(), ApiError> {
    if start <= now {
        return Err(ApiError::new(ErrorCode::SessionStarted, "This session has already started."));
    }
    Ok(())
}

/// Upcoming sessions one mentee may hold at once, and with any one mentor.
pub const UPCOMING_PER_MENTEE: u32 = 10;
pub const UPCOMING_WITH_ONE_MENTOR: u32 = 2;

/// Whether a mentee holding `upcoming` sessions, `with_mentor` of them with this mentor, may
/// book one more (with the limits as configured).
pub fn may_book_more(
    upcoming: u32,
    with_mentor: u32,
    per_mentee: u32,
    with_one_mentor: u32,
) -> Result<(), ApiError> {
    if with_mentor >= with_one_mentor {
        return Err(ApiError::new(
            ErrorCode::TooManyBookings,
            format!(
                "You already have {with_mentor} upcoming sessions with this mentor; let one happen first."
            ),
        )
        .with_field("mentor_id"));
    }
    if upcoming >= per_mentee {
        return Err(ApiError::new(
            ErrorCode::TooManyBookings,
            format!("You already have {upcoming} upcoming sessions; let one happen or cancel one first."),
        )
        .with_field("mentor_id"));
    }
    Ok(())
}

/// Why a booking was refused, for the codes clients match on.
/// A cancelled booking cannot be moved, reported on or given feedback.
pub fn booking_cancelled() -> ApiError {
    ApiError::new(ErrorCode::BookingCancelled, "This booking is cancelled.")
}

pub fn slot_taken() -> ApiError {
    ApiError::new(ErrorCode::SlotTaken, "Someone has just booked this slot. Pick another one.")
        .with_field("start")
}

pub fn outside_availability() -> ApiError {
    ApiError::new(ErrorCode::OutsideAvailability, "The mentor does not offer this slot.").with_field("start")
}

pub fn over_capacity() -> ApiError {
    ApiError::new(ErrorCode::OverCapacity, "The mentor's sessions for that day or week are full.")
        .with_field("start")
}

pub fn mentee_busy() -> ApiError {
    ApiError::new(ErrorCode::MenteeBusy, "You already have a session at that time.").with_field("start")
}

impl From<slots::BookingRefusal> for ApiError {
    fn from(refusal: slots::BookingRefusal) -> Self {
        match refusal {
            slots::BookingRefusal::SlotTaken => slot_taken(),
            slots::BookingRefusal::OutsideAvailability => outside_availability(),
            slots::BookingRefusal::OverCapacity => over_capacity(),
        }
    }
}

pub fn cannot_book_self() -> ApiError {
    ApiError::new(ErrorCode::CannotBookSelf, "You cannot book a session with yourself.")
        .with_field("mentor_id")
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum BookingStatus {
    Booked,
    Cancelled,
}

/// What can happen to a booking.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BookingEvent {
    /// Either participant moves it to another free slot.
    Reschedule,
    /// Either participant cancels it.
    Cancel,
}

impl BookingStatus {
    pub const ALL: [Self; 2] = [Self::Booked, Self::Cancelled];

    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Booked => "booked",
            Self::Cancelled => "cancelled",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.as_str() == raw)
    }

    /// Whether the session is still going to happen.
    pub const fn is_live(self) -> bool {
        matches!(self, Self::Booked)
    }

    /// The state after `event`, or why it cannot happen. Cancelling is idempotent (a second
    /// cancel changes nothing and mails no one); a cancelled booking cannot be moved.
    pub fn after(self, event: BookingEvent) -> Result<Self, ApiError> {
        match (self, event) {
            (Self::Booked, BookingEvent::Reschedule) => Ok(Self::Booked),
            (_, BookingEvent::Cancel) => Ok(Self::Cancelled),
            (Self::Cancelled, BookingEvent::Reschedule) => Err(booking_cancelled()),
        }
    }
}

/// Whether `earlier` can be followed up by the mentee who books `mentor`: their own held
/// session with that mentor.
pub fn check_follow_up(
    earlier_mentor: &str,
    earlier_mentee: &str,
    earlier_held: bool,
    mentor: &str,
    mentee: &str,
) -> Result<(), ApiError> {
    if earlier_mentee != mentee || earlier_mentor != mentor || !earlier_held {
        return Err(not_a_follow_up());
    }
    Ok(())
}

/// `follow_up_of` names no held session of this mentee with this mentor.
pub fn not_a_follow_up() -> ApiError {
    ApiError::validation("follow_up_of", "A follow-up continues a session you had with this mentor.")
}
