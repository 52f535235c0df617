//! Availability as mentors write it, bookings as both parties see them, and calendar invites.

use jiff::Timestamp;
use jiff::tz::TimeZone;
use serde::{Deserialize, Serialize};

use crate::error::{ApiError, ErrorCode};
pub use crate::side::Side;
use crate::slots::{self, Availability, WeeklyWindow};

/// How far ahead a mentor may offer slots.
pub const MAX_HORIZON_DAYS: i64 = 90;

/// A weekly window on the wire: `{"weekday":"tue","start":"12:00","end":"13:00"}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct WeeklyWindowInput {
    /// mon, tue, wed, thu, fri, sat or sun.
    pub weekday: String,
    /// Local wall-clock "HH:MM" on a quarter hour.
    pub start: String,
    /// Local wall-clock "HH:MM" on a quarter hour; "24:00" is midnight after.
    pub end: String,
}

/// `PUT /api/me/availability`; `GET` answers with the same shape.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct AvailabilityInput {
    /// IANA zone the weekly windows and blocked dates are in; defaults to the profile's.
    #[serde(default)]
    pub timezone: Option<String>,
    #[serde(default)]
    pub weekly: Vec<WeeklyWindowInput>,
    /// Extra slots, as RFC 3339 instants on quarter hours.
    #[serde(default)]
    pub one_off: Vec<String>,
    /// Local dates (YYYY-MM-DD) with no slots.
    #[serde(default)]
    pub blocked_dates: Vec<String>,
    #[serde(default = "default_notice")]
    pub min_notice_minutes: i64,
    #[serde(default = "default_horizon")]
    pub horizon_days: i64,
    #[serde(default)]
    pub buffer_minutes: i64,
    #[serde(default)]
    pub max_per_day: Option<u32>,
    /// Defaults to the profile's weekly capacity.
    #[serde(default)]
    pub max_per_week: Option<u32>,
}

fn default_notice() -> i64 {
    120
}

fn default_horizon() -> i64 {
    21
}

impl AvailabilityInput {
    /// Refuses one-off slots and blocked dates a mentor writes further from `now` than a client
    /// may name a time; stored rules are read by [`Self::parse`] without this.
    pub fn check_reach(&self, now: Timestamp) -> Result<(), ApiError> {
        for raw in &self.one_off {
            if crate::time::client_instant(raw, now) == Err(crate::time::Unread::OutOfReach) {
                return Err(crate::time::out_of_reach("one_off"));
            }
        }
        for raw in &self.blocked_dates {
            crate::time::parse_client_date("blocked_dates", raw, now)?;
        }
        Ok(())
    }

    /// The same rules without one-off slots and blocked dates so far past that a mentor could
    /// not write them again; they offer nothing any more.
    pub fn without_the_long_past(mut self, now: Timestamp) -> Self {
        let (earliest, _) = crate::time::reach(now);
        let (earliest_date, _) = crate::time::date_reach(now);
        self.one_off.retain(|raw| raw.parse::<Timestamp>().is_ok_and(|at| at >= earliest));
        self.blocked_dates
            .retain(|raw| raw.parse::<jiff::civil::Date>().is_ok_and(|day| day >= earliest_date));
        self
    }

    /// Checks every value, filling the zone and weekly cap from the profile where left out, and
    /// returns the stored form (canonical) with the rules it means.
    pub fn parse(
        mut self,
        profile_timezone: &str,
        weekly_capacity: u32,
    ) -> Result<(AvailabilityInput, Availability), ApiError> {
        let zone_name = crate::profile::parse_timezone(self.timezone.as_deref().unwrap_or(profile_timezone))?;
        let timezone = TimeZone::get(&zone_name)
            .map_err(|_| ApiError::validation("timezone", "Pick a time zone such as Europe/Lisbon."))?;
        self.timezone = Some(zone_name);
        if self.weekly.len() > 50 {
            return Err(ApiError::validation("weekly", "Use at most 50 weekly windows."));
        }
        let mut weekly = Vec::new();
        for window in &self.weekly {
            let weekday = slots::parse_weekday("weekly", &window.weekday)?;
            let start_minute = slots::parse_wall_clock("weekly", &window.start, false)?;
            let end_minute = slots::parse_wall_clock("weekly", &window.end, true)?;
            if end_minute <= start_minute {
                return Err(ApiError::validation(
                    "weekly",
                    format!("{}–{} ends before it starts.", window.start, window.end),
                ));
            }
            weekly.push(WeeklyWindow { weekday, start_minute, end_minute });
        }
        if self.one_off.len() > 200 {
            return Err(ApiError::validation("one_off", "Use at most 200 one-off slots."));
        }
        let one_off = self
            .one_off
            .iter()
            .map(|raw| parse_quarter_hour("one_off", raw))
            .collect::<Result<Vec<_>, _>>()?;
        self.one_off = one_off.iter().map(|at| crate::time::rfc3339(*at)).collect();
        if self.blocked_dates.len() > 400 {
            return Err(ApiError::validation("blocked_dates", "Use at most 400 blocked dates."));
        }
        let blocked_dates = self
            .blocked_dates
            .iter()
            .map(|raw| {
                raw.parse::<jiff::civil::Date>().map_err(|_| {
                    ApiError::validation("blocked_dates", format!("\"{raw}\" is not a date like 2026-12-24."))
                })
            })
            .collect::<Result<Vec<_>, _>>()?;
        let bounded = |field: &str, value: i64, max: i64| {
            if (0..=max).contains(&value) {
                Ok(value)
            } else {
                Err(ApiError::validation(field, format!("Use a whole number from 0 to {max}.")))
            }
        };
        let min_notice_minutes = bounded("min_notice_minutes", self.min_notice_minutes, 60 * 24 * 14)?;
        let horizon_days = bounded("horizon_days", self.horizon_days, MAX_HORIZON_DAYS)?;
        let buffer_minutes = bounded("buffer_minutes", self.buffer_minutes, 240)?;
        if horizon_days == 0 {
            return Err(ApiError::validation("horizon_days", "Offer slots at least one day ahead."));
        }
        if self.max_per_day.is_some_and(|cap| cap > 96) {
            return Err(ApiError::validation("max_per_day", "Use a number from 0 to 96."));
        }
        if self.max_per_week.is_some_and(|cap| cap > 400) {
            return Err(ApiError::validation("max_per_week", "Use a number from 0 to 400."));
        }
        self.max_per_week = Some(self.max_per_week.unwrap_or(weekly_capacity));
        let rules = Availability {
            timezone,
            weekly,
            one_off,
            blocked_dates,
            min_notice_minutes,
            horizon_days,
            buffer_minutes,
            max_per_day: self.max_per_day,
            max_per_week: self.max_per_week,
            calendar_busy: Vec::new(),
            free_now: None,
        };
        Ok((self, rules))
    }
}

/// An RFC 3339 instant that must fall on a quarter hour.
pub fn parse_quarter_hour(field: &str, raw: &str) -> Result<Timestamp, ApiError> {
    let at: Timestamp = raw.trim().parse().map_err(|_| {
        ApiError::validation(field, format!("\"{raw}\" is not a time like 2026-12-01T14:00:00Z."))
    })?;
    if at.as_second().rem_euclid(15 * 60) != 0 || at.subsec_nanosecond() != 0 {
        return Err(ApiError::validation(field, "Slots start on a quarter hour (:00, :15, :30 or :45)."));
    }
    Ok(at)
}

/// The start of a slot to book or offer: slots start on a quarter hour, or on a 5-minute mark
/// while the mentor is free now, within reach of `now`; whether it is one of the mentor's slots
/// is checked after.
pub fn parse_slot_start(field: &str, raw: &str, now: Timestamp) -> Result<Timestamp, ApiError> {
    let at = crate::time::parse_client_instant(field, raw, now)?;
    if at.as_second().rem_euclid(5 * 60) != 0 || at.subsec_nanosecond() != 0 {
        return Err(ApiError::validation(
            field,
            "Slots start on a quarter hour, or on a 5-minute mark when the mentor is free now.",
        ));
    }
    Ok(at)
}

/// `POST /api/bookings`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct BookingRequest {
    pub mentor_id: String,
    /// The slot's start, RFC 3339.
    pub start: String,
    /// What the mentee wants from the 15 minutes; 1–500 characters.
    pub agenda: String,
    /// A held session with the same mentor that this one follows up.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub follow_up_of: Option<String>,
}

pub const MAX_AGENDA_CHARS: usize = 500;

pub fn parse_agenda(raw: &str) -> Result<String, ApiError> {
    let agenda = raw.trim().replace("\r\n", "\n");
    if agenda.is_empty() {
        return Err(ApiError::validation("agenda", "Say what you'd like from the 15 minutes."));
    }
    if agenda.chars().count() > MAX_AGENDA_CHARS {
        return Err(ApiError::validation(
            "agenda",
            format!("Keep the agenda to {MAX_AGENDA_CHARS} characters or fewer."),
        ));
    }
    if agenda.chars().any(|c| c.is_control() && !matches!(c, '\n' | '\t')) {
        return Err(ApiError::validation("agenda", "The agenda contains characters that cannot be shown."));
    }
    Ok(agenda)
}

/// Why a booking is cancelled, as either side writes it: optional, at most 500 characters, no
/// control characters.
pub fn parse_cancel_reason(raw: Option<&str>) -> Result<Option<String>, ApiError> {
    let Some(reason) = raw.map(|r| r.trim().replace("\r\n", "\n")).filter(|r| !r.is_empty()) else {
        return Ok(None);
    };
    if reason.chars().count() > MAX_AGENDA_CHARS {
        return Err(ApiError::validation("reason", "Keep the reason to 500 characters or fewer."));
    }
    if reason.chars().any(|c| c.is_control() && !matches!(c, '\n' | '\t')) {
        return Err(ApiError::validation("reason", "The reason contains characters that cannot be shown."));
    }
    Ok(Some(reason))
}

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

/// Where a page of `GET /api/me/bookings` ended. Upcoming sessions come first, soonest first,
/// then past ones, latest first; `now` is where the first page split them, so that later pages
/// split the same way.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BookingCursor {
    #[serde(rename = "n")]
    pub now: Timestamp,
    #[serde(rename = "p")]
    pub past: bool,
    #[serde(rename = "s")]
    pub start: Timestamp,
    #[serde(rename = "i")]
    pub id: String,
}

impl BookingCursor {
    pub fn encode(&self) -> String {
        crate::paging::base64url_encode(serde_json::to_string(self).unwrap_or_default().as_bytes())
    }

    pub fn decode(text: &str) -> Option<Self> {
        if text.len() > 400 {
            return None;
        }
        let cursor: Self = serde_json::from_slice(&crate::paging::base64url_decode(text)?).ok()?;
        crate::ids::is_well_formed(&cursor.id).then_some(cursor)
    }
}

/// Sessions on one page of `GET /api/me/bookings`, by default and at most.
pub const BOOKINGS_PAGE: u32 = 100;

/// The `limit` and `cursor` of `GET /api/me/bookings`.
pub fn parse_bookings_page(
    limit: Option<&str>,
    cursor: Option<&str>,
) -> Result<(u32, Option<BookingCursor>), ApiError> {
    // An empty `limit=` is not a number: only a missing one means the default.
    let limit = match limit.map(str::trim) {
        None => BOOKINGS_PAGE,
        Some(raw) => raw
            .parse::<u32>()
            .ok()
            .filter(|n| (1..=BOOKINGS_PAGE).contains(n))
            .ok_or_else(|| ApiError::invalid_parameter("limit", "Ask for 1 to 100 sessions a page."))?,
    };
    let cursor = match cursor.map(str::trim).filter(|raw| !raw.is_empty()) {
        None => None,
        Some(raw) => Some(BookingCursor::decode(raw).ok_or_else(|| {
            ApiError::invalid_parameter("cursor", "This cursor is not valid; start again.")
        })?),
    };
    Ok((limit, cursor))
}

/// `POST /api/bookings/{id}/cancel`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct CancelRequest {
    #[serde(default)]
    pub reason: Option<String>,
}

/// `POST /api/bookings/{id}/reschedule`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct RescheduleRequest {
    pub start: String,
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

/// One side of a booking.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Participant {
    pub id: String,
    pub display_name: String,
    pub timezone: String,
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

/// When a session is, in the recipient's zone with the other party's local time beside it:
/// "Tue 1 Dec 2026, 14:00–14:15 your time (Europe/London); 19:45 for A new user (Asia/Kathmandu)".
pub fn when_line(start: Timestamp, recipient_zone: &str, other_name: &str, other_zone: &str) -> String {
    let zone = |name: &str| TimeZone::get(name).unwrap_or(TimeZone::UTC);
    let mine = start.to_zoned(zone(recipient_zone));
    let end = crate::time::shifted(start, jiff::SignedDuration::from_mins(slots::SLOT_MINUTES))
        .to_zoned(zone(recipient_zone));
    let theirs = start.to_zoned(zone(other_zone));
    format!(
        "{}–{} your time ({recipient_zone}); {} for {other_name} ({other_zone})",
        mine.strftime("%a %-d %b %Y, %H:%M"),
        end.strftime("%H:%M"),
        theirs.strftime("%H:%M"),
    )
}

/// "Follow-up to your session on 3 Dec", the day in the reader's zone.
pub fn follow_up_line(earlier: Timestamp, zone: &str) -> String {
    let day = earlier.to_zoned(TimeZone::get(zone).unwrap_or(TimeZone::UTC));
    format!("Follow-up to your session on {}", day.strftime("%-d %b"))
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

/// What a booking mail is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BookingNotice {
    Booked,
    Rescheduled,
    Cancelled,
    DayBefore,
    Soon,
}

/// Subject and text of a booking mail for one participant.
pub struct BookingMail<'a> {
    pub event: BookingNotice,
    pub recipient_zone: &'a str,
    pub other_name: &'a str,
    pub other_zone: &'a str,
    pub start: Timestamp,
    pub agenda: &'a str,
    pub call_link: &'a str,
    pub invite_url: &'a str,
    pub reason: Option<&'a str>,
    /// The start of the earlier session this one follows up.
    pub follow_up_of: Option<Timestamp>,
}

impl BookingMail<'_> {
    pub fn subject(&self) -> String {
        let who = self.other_name;
        match self.event {
            BookingNotice::Booked => format!("Booked: 15 minutes with {who}"),
            BookingNotice::Rescheduled => format!("Moved: your 15 minutes with {who}"),
            BookingNotice::Cancelled => format!("Cancelled: your 15 minutes with {who}"),
            BookingNotice::DayBefore => format!("Tomorrow: 15 minutes with {who}"),
            BookingNotice::Soon => format!("In 15 minutes: your session with {who}"),
        }
    }

    pub fn text(&self) -> String {
        let when = when_line(self.start, self.recipient_zone, self.other_name, self.other_zone);
        let mut text = match self.event {
            BookingNotice::Cancelled => format!("This session is cancelled:\n{when}\n"),
            BookingNotice::Rescheduled => format!("This session has moved to:\n{when}\n"),
            _ => format!("{when}\n"),
        };
        if let Some(earlier) = self.follow_up_of {
            text.push_str(&format!("{}\n", follow_up_line(earlier, self.recipient_zone)));
        }
        if let Some(reason) = self.reason.filter(|r| !r.trim().is_empty()) {
            text.push_str(&format!("\nReason: {reason}\n"));
        }
        text.push_str(&format!("\nAgenda:\n{}\n", self.agenda));
        if self.event != BookingNotice::Cancelled {
            text.push_str(&format!("\nJoin the call: {}\n", self.call_link));
        }
        text.push_str(&format!("\nAdd to your calendar: {}\n", self.invite_url));
        text
    }
}

/// An RFC 5545 invite for a booking. `cancelled` makes it a cancellation (METHOD:CANCEL).
pub struct Invite<'a> {
    pub uid: &'a str,
    pub sequence: i64,
    pub cancelled: bool,
    pub start: Timestamp,
    pub end: Timestamp,
    pub stamp: Timestamp,
    pub summary: &'a str,
    pub agenda: &'a str,
    pub call_link: &'a str,
}

/// How an invite reaches a person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Delivery<'a> {
    /// Sent to one person as an invitation (RFC 5546 `REQUEST`, or `CANCEL` once cancelled): the
    /// service's own no-reply address organizes it and the recipient alone attends, so no one's
    /// address reaches the other party.
    Mailed { organizer: &'a str, attendee: &'a str },
    /// Saved or subscribed to (a download, a feed): `PUBLISH`, with no one's address in it.
    Published,
}

pub fn ics(invite: &Invite<'_>, delivery: Delivery<'_>) -> String {
    let head = match delivery {
        Delivery::Mailed { .. } if invite.cancelled => "METHOD:CANCEL",
        Delivery::Mailed { .. } => "METHOD:REQUEST",
        Delivery::Published => "METHOD:PUBLISH",
    };
    calendar(&[head.to_string()], std::slice::from_ref(invite), delivery)
}

/// A person's subscribable calendar: their sessions as events with the UIDs and SEQUENCEs of
/// their invites, cancelled ones marked so that subscribed calendars remove them. A feed
/// publishes; it does not invite.
pub fn feed(invites: &[Invite<'_>]) -> String {
    let head = [
        "METHOD:PUBLISH".to_string(),
        "X-WR-CALNAME:Quarterhour".into(),
        "REFRESH-INTERVAL;VALUE=DURATION:PT15M".into(),
        "X-PUBLISHED-TTL:PT15M".into(),
    ];
    calendar(&head, invites, Delivery::Published)
}

fn calendar(head: &[String], invites: &[Invite<'_>], delivery: Delivery<'_>) -> String {
    let utc = |at: Timestamp| at.strftime("%Y%m%dT%H%M%SZ").to_string();
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".into(),
        "PRODID:-//Quarterhour//Bookings//EN".into(),
        "CALSCALE:GREGORIAN".into(),
    ];
    lines.extend(head.iter().cloned());
    for invite in invites {
        let description = format!("{}\n\nJoin the call: {}", invite.agenda, invite.call_link);
        let status = if invite.cancelled { "CANCELLED" } else { "CONFIRMED" };
        lines.extend([
            "BEGIN:VEVENT".into(),
            format!("UID:{}", escape(invite.uid)),
            format!("SEQUENCE:{}", invite.sequence),
            format!("DTSTAMP:{}", utc(invite.stamp)),
            format!("DTSTART:{}", utc(invite.start)),
            format!("DTEND:{}", utc(invite.end)),
            format!("SUMMARY:{}", escape(invite.summary)),
            format!("DESCRIPTION:{}", escape(&description)),
            format!("LOCATION:{}", escape(invite.call_link)),
            format!("URL:{}", escape(invite.call_link)),
            format!("STATUS:{status}"),
        ]);
        if let Delivery::Mailed { organizer, attendee } = delivery {
            lines.extend([
                format!("ORGANIZER;CN=Quarterhour:mailto:{organizer}"),
                format!("ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:{attendee}"),
            ]);
        }
        if !invite.cancelled {
            lines.extend([
                "BEGIN:VALARM".into(),
                "ACTION:DISPLAY".into(),
                "DESCRIPTION:Quarterhour session in 10 minutes".into(),
                "TRIGGER:-PT10M".into(),
                "END:VALARM".into(),
            ]);
        }
        lines.push("END:VEVENT".into());
    }
    lines.push("END:VCALENDAR".into());
    lines.iter().map(|line| fold(line)).collect::<Vec<_>>().join("\r\n") + "\r\n"
}

/// What an "add to calendar" address carries: the parts are filled into each service's public
/// template by the caller, which owns URL encoding.
pub struct CalendarEntry<'a> {
    pub title: &'a str,
    pub start: Timestamp,
    pub end: Timestamp,
    pub details: &'a str,
    pub location: &'a str,
}

impl CalendarEntry<'_> {
    /// Google Calendar's template: `dates` as two basic-format UTC instants.
    pub fn google_params(&self) -> Vec<(&'static str, String)> {
        let basic = |at: Timestamp| at.strftime("%Y%m%dT%H%M%SZ").to_string();
        vec![
            ("action", "TEMPLATE".into()),
            ("text", self.title.into()),
            ("dates", format!("{}/{}", basic(self.start), basic(self.end))),
            ("details", self.details.into()),
            ("location", self.location.into()),
        ]
    }

    /// Outlook on the web's compose deep link: RFC 3339 instants.
    pub fn outlook_params(&self) -> Vec<(&'static str, String)> {
        vec![
            ("path", "/calendar/action/compose".into()),
            ("rru", "addevent".into()),
            ("subject", self.title.into()),
            ("startdt", crate::time::rfc3339(self.start)),
            ("enddt", crate::time::rfc3339(self.end)),
            ("body", self.details.into()),
            ("location", self.location.into()),
        ]
    }
}

pub const GOOGLE_CALENDAR_TEMPLATE: &str = "https://calendar.google.com/calendar/render";
pub const OUTLOOK_COMPOSE: &str = "https://outlook.live.com/calendar/0/deeplink/compose";

/// TEXT escaping (RFC 5545 3.3.11).
fn escape(text: &str) -> String {
    text.replace('\\', "\\\\").replace(';', "\\;").replace(',', "\\,").replace('\r', "").replace('\n', "\\n")
}

/// Folds a content line at 75 octets, never inside a UTF-8 character (RFC 5545 3.1).
fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3);
    let mut used = 0;
    for c in line.chars() {
        let width = c.len_utf8();
        if used + width > 75 {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += width;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(json: &str) -> AvailabilityInput {
        serde_json::from_str(json).unwrap()
    }

    #[test]
    fn the_documented_body_parses_with_defaults_filled() {
        let (stored, rules) = input(
            r#"{"timezone":"Asia/Kathmandu","weekly":[{"weekday":"mon","start":"09:00","end":"10:00"}],
                "one_off":["2026-12-01T14:00:00Z"],"blocked_dates":["2026-12-24"],"min_notice_minutes":120,
                "horizon_days":21,"buffer_minutes":0,"max_per_day":8,"max_per_week":20}"#,
        )
        .parse("UTC", 2)
        .unwrap();
        assert_eq!(stored.timezone.as_deref(), Some("Asia/Kathmandu"));
        assert_eq!(rules.weekly.len(), 1);
        assert_eq!(rules.max_per_week, Some(20));
        let (stored, rules) = input("{}").parse("Europe/Lisbon", 3).unwrap();
        assert_eq!(stored.timezone.as_deref(), Some("Europe/Lisbon"));
        assert_eq!((rules.min_notice_minutes, rules.horizon_days, rules.max_per_week), (120, 21, Some(3)));
    }

    #[test]
    fn bad_rules_name_their_field() {
        for (json, field) in [
            (r#"{"timezone":"Mars/Base"}"#, "timezone"),
            (r#"{"weekly":[{"weekday":"monday","start":"09:00","end":"10:00"}]}"#, "weekly"),
            (r#"{"weekly":[{"weekday":"mon","start":"09:10","end":"10:00"}]}"#, "weekly"),
            (r#"{"weekly":[{"weekday":"mon","start":"10:00","end":"09:00"}]}"#, "weekly"),
            (r#"{"one_off":["2026-12-01T14:05:00Z"]}"#, "one_off"),
            (r#"{"one_off":["tomorrow"]}"#, "one_off"),
            (r#"{"blocked_dates":["24/12/2026"]}"#, "blocked_dates"),
            (r#"{"min_notice_minutes":-5}"#, "min_notice_minutes"),
            (r#"{"horizon_days":0}"#, "horizon_days"),
            (r#"{"buffer_minutes":1000}"#, "buffer_minutes"),
        ] {
            let error = input(json).parse("UTC", 2).unwrap_err();
            assert_eq!(error.field.as_deref(), Some(field), "{json}");
        }
    }

    #[test]
    fn one_offs_and_blocked_dates_far_from_now_are_refused_and_the_long_past_dropped() {
        let now: Timestamp = "2026-12-05T10:00:00Z".parse().unwrap();
        let near = input(r#"{"one_off":["2026-12-07T14:00:00Z"],"blocked_dates":["2027-01-01"]}"#);
        assert!(near.check_reach(now).is_ok());
        for (json, field) in [
            (r#"{"one_off":["9999-12-30T00:00:00Z"]}"#, "one_off"),
            (r#"{"one_off":["9999-12-31T23:45:00Z"]}"#, "one_off"),
            (r#"{"one_off":["0001-01-01T00:00:00Z"]}"#, "one_off"),
            (r#"{"blocked_dates":["9999-12-31"]}"#, "blocked_dates"),
            (r#"{"blocked_dates":["-009999-01-01"]}"#, "blocked_dates"),
            (r#"{"blocked_dates":["2026-02-30"]}"#, "blocked_dates"),
        ] {
            let error = input(json).check_reach(now).unwrap_err();
            assert_eq!((error.status(), error.field.as_deref()), (422, Some(field)), "{json}");
        }
        let old = input(
            r#"{"one_off":["2024-01-01T10:00:00Z","2026-12-07T14:00:00Z"],
                "blocked_dates":["2024-01-01","2026-12-24"]}"#,
        )
        .without_the_long_past(now);
        assert_eq!(
            (old.one_off, old.blocked_dates),
            (vec!["2026-12-07T14:00:00Z".into()], vec!["2026-12-24".into()])
        );
    }

    #[test]
    fn mails_show_both_local_times() {
        let start: Timestamp = "2026-12-01T14:00:00Z".parse().unwrap();
        let line = when_line(start, "Europe/London", "A new user", "Asia/Kathmandu");
        assert_eq!(
            line,
            "Tue 1 Dec 2026, 14:00–14:15 your time (Europe/London); 19:45 for A new user (Asia/Kathmandu)"
        );
        let mail = BookingMail {
            event: BookingNotice::Cancelled,
            recipient_zone: "Asia/Kathmandu",
            other_name: "A new user",
            other_zone: "Europe/London",
            start,
            agenda: "CV review",
            call_link: "https://meet.jit.si/x",
            invite_url: "https://quarterhour.app/api/bookings/b1/invite.ics",
            reason: Some("Ill"),
            follow_up_of: None,
        };
        assert_eq!(mail.subject(), "Cancelled: your 15 minutes with A new user");
        let text = mail.text();
        assert!(text.contains("19:45–20:00 your time (Asia/Kathmandu); 14:00 for A new user"), "{text}");
        assert!(text.contains("Reason: Ill") && !text.contains("Join the call"), "{text}");
    }

    #[test]
    fn follow_ups_name_the_earlier_day_in_the_readers_zone() {
        let earlier: Timestamp = "2026-12-03T23:30:00Z".parse().unwrap();
        assert_eq!(follow_up_line(earlier, "Europe/London"), "Follow-up to your session on 3 Dec");
        assert_eq!(follow_up_line(earlier, "Asia/Tokyo"), "Follow-up to your session on 4 Dec");
        assert!(check_follow_up("m", "e", true, "m", "e").is_ok());
        for (mentor, mentee, held) in [("m", "e", false), ("x", "e", true), ("m", "x", true)] {
            let error = check_follow_up(mentor, mentee, held, "m", "e").unwrap_err();
            assert_eq!(error.field.as_deref(), Some("follow_up_of"));
        }
    }

    #[test]
    fn agendas_are_required_and_bounded() {
        assert_eq!(parse_agenda("  Review my CV  ").unwrap(), "Review my CV");
        assert!(parse_agenda("   ").is_err());
        assert!(parse_agenda(&"x".repeat(501)).is_err());
        assert!(parse_agenda(&"é".repeat(500)).is_ok());
    }

    #[test]
    fn invites_are_valid_icalendar() {
        let start: Timestamp = "2026-12-01T14:00:00Z".parse().unwrap();
        let text = ics(
            &Invite {
                uid: "abc@quarterhour",
                sequence: 2,
                cancelled: false,
                start,
                end: start + jiff::SignedDuration::from_mins(15),
                stamp: start,
                summary: "Quarterhour: A new user, mentor",
                agenda: "Talk about Rust; career, next steps\nand more ".repeat(4).as_str(),
                call_link: "https://meet.jit.si/quarterhour-abc",
            },
            Delivery::Published,
        );
        assert!(text.starts_with("BEGIN:VCALENDAR\r\n") && text.ends_with("END:VCALENDAR\r\n"));
        assert!(text.contains("\r\nDTSTART:20261201T140000Z\r\n"));
        assert!(text.contains("\r\nDTEND:20261201T141500Z\r\n"));
        assert!(text.contains("\r\nSEQUENCE:2\r\n") && text.contains("TRIGGER:-PT10M"));
        assert!(text.contains("Rust\\; career\\, next"));
        assert!(text.split("\r\n").all(|line| line.len() <= 75), "folded");
        assert!(text.contains("\r\nMETHOD:PUBLISH\r\n"), "a download publishes");
        assert!(!text.contains("ORGANIZER") && !text.contains("ATTENDEE") && !text.contains("mailto:"));
        let invite = Invite {
            uid: "u",
            sequence: 3,
            cancelled: false,
            start,
            end: start,
            stamp: start,
            summary: "s",
            agenda: "a",
            call_link: "https://x.example",
        };
        let mailed =
            Delivery::Mailed { organizer: "no-reply@quarterhour.app", attendee: "mentee@example.com" };
        let request = ics(&invite, mailed).replace("\r\n ", "");
        assert!(request.contains("\r\nMETHOD:REQUEST\r\n"));
        assert!(request.contains("\r\nORGANIZER;CN=Quarterhour:mailto:no-reply@quarterhour.app\r\n"));
        assert_eq!(request.matches("ATTENDEE").count(), 1, "the recipient alone");
        assert!(request.contains(":mailto:mentee@example.com\r\n"));
        let cancelled = ics(&Invite { cancelled: true, ..invite }, mailed);
        assert!(cancelled.contains("METHOD:CANCEL") && cancelled.contains("STATUS:CANCELLED"));
        let feed = feed(&[invite]);
        assert!(feed.contains("\r\nMETHOD:PUBLISH\r\n") && !feed.contains("ATTENDEE"));
    }

    #[test]
    fn the_booking_lifecycle() {
        use BookingEvent as E;
        use BookingStatus as S;
        assert_eq!(S::Booked.after(E::Reschedule).unwrap(), S::Booked);
        assert_eq!(S::Booked.after(E::Cancel).unwrap(), S::Cancelled);
        assert_eq!(S::Cancelled.after(E::Cancel).unwrap(), S::Cancelled, "cancelling twice is harmless");
        assert_eq!(S::Cancelled.after(E::Reschedule).unwrap_err().code, ErrorCode::BookingCancelled);
        for status in S::ALL {
            assert_eq!(S::parse(status.as_str()), Some(status));
        }
        assert!(S::Booked.is_live() && !S::Cancelled.is_live());
        assert_eq!(S::parse("booked "), None);
    }

    #[test]
    fn sides_serialize_as_before() {
        assert_eq!(serde_json::to_string(&Side::of("a", "a")).unwrap(), "\"mentor\"");
        assert_eq!(serde_json::to_string(&Side::of("b", "a")).unwrap(), "\"mentee\"");
    }

    #[test]
    fn cancel_reasons_are_checked_like_an_agenda() {
        assert_eq!(parse_cancel_reason(None).unwrap(), None);
        assert_eq!(parse_cancel_reason(Some("  ")).unwrap(), None);
        assert_eq!(parse_cancel_reason(Some(" Ill ")).unwrap().as_deref(), Some("Ill"));
        assert_eq!(parse_cancel_reason(Some(&"x".repeat(501))).unwrap_err().field.as_deref(), Some("reason"));
        assert_eq!(parse_cancel_reason(Some("a\u{7}b")).unwrap_err().field.as_deref(), Some("reason"));
    }

    #[test]
    fn a_started_session_cannot_change() {
        let start: Timestamp = "2026-12-01T14:00:00Z".parse().unwrap();
        assert!(changeable(start, start - jiff::SignedDuration::from_secs(1)).is_ok());
        assert_eq!(changeable(start, start).unwrap_err().code, ErrorCode::SessionStarted);
        assert_eq!(changeable(start, start).unwrap_err().status(), 409);
    }

    #[test]
    fn a_mentee_holds_at_most_ten_upcoming_sessions_and_two_with_one_mentor() {
        let limit =
            |upcoming, with| may_book_more(upcoming, with, UPCOMING_PER_MENTEE, UPCOMING_WITH_ONE_MENTOR);
        assert!(limit(9, 1).is_ok());
        let error = limit(10, 0).unwrap_err();
        assert_eq!(
            (error.code, error.status(), error.field.as_deref()),
            (ErrorCode::TooManyBookings, 422, Some("mentor_id"))
        );
        assert_eq!(limit(3, 2).unwrap_err().code, ErrorCode::TooManyBookings);
    }

    #[test]
    fn booking_pages_take_a_bounded_limit_and_their_own_cursor() {
        assert_eq!(parse_bookings_page(None, None).unwrap(), (100, None));
        assert_eq!(parse_bookings_page(Some("5"), None).unwrap().0, 5);
        for bad in ["0", "101", "x", "-1", ""] {
            assert_eq!(parse_bookings_page(Some(bad), None).unwrap_err().field.as_deref(), Some("limit"));
        }
        let cursor = BookingCursor {
            now: "2026-12-01T14:00:00Z".parse().unwrap(),
            past: true,
            start: "2026-11-30T09:15:00Z".parse().unwrap(),
            id: "0123456789abcdef0123456789abcdef".into(),
        };
        let (_, decoded) = parse_bookings_page(None, Some(&cursor.encode())).unwrap();
        assert_eq!(decoded, Some(cursor));
        assert_eq!(parse_bookings_page(None, Some("!!")).unwrap_err().field.as_deref(), Some("cursor"));
    }
}
