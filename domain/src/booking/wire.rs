//! Bookings and slots as both parties see them.

use serde::{Deserialize, Serialize};

use crate::side::Side;

use super::availability::AvailabilityInput;
use super::lifecycle::BookingStatus;

/// One side of a booking.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Participant {
    pub id: String,
    pub display_name: String,
    pub timezone: String,
}

/// A booking as either participant sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Booking {
    pub id: String,
    pub mentor: Participant,
    pub mentee: Participant,
    pub start: String,
    pub end: String,
    pub agenda: String,
    pub status: BookingStatus,
    pub call_link: String,
    /// Which side the viewer is on.
    pub role: Side,
    pub cancel_reason: Option<String>,
    /// Address of the calendar invite (.ics).
    pub invite_url: String,
    pub created_at: String,
    /// Whether it happened, from both sides' reports (`unreported` until they say).
    pub attendance: crate::wrapup::Attendance,
    /// What the viewer reported, if they did.
    pub my_report: Option<crate::wrapup::Report>,
    /// The private thread of the two participants, open from the moment of booking.
    pub thread_id: Option<String>,
    /// The earlier session this one follows up, if it does.
    pub follow_up_of: Option<FollowUpOf>,
    /// The session as a new event in Google Calendar or Outlook on the web (their public
    /// "add event" addresses), beside the .ics invite.
    pub add_to_calendar: CalendarLinks,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CalendarLinks {
    pub google: String,
    pub outlook: String,
}

/// The held session a booking follows up: the mentor sees "Follow-up to your session on 3 Dec".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FollowUpOf {
    pub booking_id: String,
    /// The earlier session's start, RFC 3339.
    pub start: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BookingEnvelope {
    pub booking: Booking,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BookingList {
    pub bookings: Vec<Booking>,
    pub meta: crate::paging::ListMeta,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SlotView {
    pub start: String,
    pub end: String,
}

/// `GET /api/mentors/{id}/slots`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SlotList {
    pub slots: Vec<SlotView>,
    /// The mentor's zone, to show their local time beside the viewer's.
    pub timezone: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AvailabilityEnvelope {
    pub availability: AvailabilityInput,
}
