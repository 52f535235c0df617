//! A mentor's spare 15-minute slots: weekly windows kept as wall-clock times in the mentor's
//! IANA zone, turned into UTC instants day by day, so daylight-saving changes and odd offsets
//! (+5:30, +5:45, +12:45, Lord Howe's 30-minute DST) come out right.

use std::collections::BTreeMap;

use jiff::civil::{Date, DateTime, Time, Weekday};
use jiff::tz::TimeZone;
use jiff::{SignedDuration, Timestamp, ToSpan};

use crate::error::ApiError;
use crate::time::shifted;

pub const SLOT_MINUTES: i64 = 15;

/// A weekly window, e.g. Tuesdays 12:00–13:00 local. `end` may be 24:00 (midnight after).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WeeklyWindow {
    pub weekday: Weekday,
    pub start_minute: i32,
    pub end_minute: i32,
}

/// The rules, checked: every value is in range and on quarter-hour boundaries.
#[derive(Debug, Clone)]
pub struct Availability {
    pub timezone: TimeZone,
    pub weekly: Vec<WeeklyWindow>,
    pub one_off: Vec<Timestamp>,
    pub blocked_dates: Vec<Date>,
    pub min_notice_minutes: i64,
    pub horizon_days: i64,
    pub buffer_minutes: i64,
    pub max_per_day: Option<u32>,
    pub max_per_week: Option<u32>,
    /// Busy times from the mentor's own calendars: never offered, never counted against caps.
    pub calendar_busy: Vec<Busy>,
    /// "I'm free right now", while it lasts.
    pub free_now: Option<FreeNow>,
}

/// How much notice a slot offered by "I'm free right now" needs.
pub const FREE_NOW_NOTICE_MINUTES: i64 = 5;

/// "I'm free right now": slots back to back from a 5-minute mark, bookable up to 5 minutes
/// before they start, whatever the mentor's usual notice, windows and blocked dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FreeNow {
    pub start: Timestamp,
    pub end: Timestamp,
}

impl FreeNow {
    /// The window of `minutes` from the first 5-minute mark at least 5 minutes after `now`.
    pub fn starting(now: Timestamp, minutes: i64) -> FreeNow {
        let mark = 5 * 60;
        let earliest = now.as_second() + FREE_NOW_NOTICE_MINUTES * 60;
        let first = earliest.div_euclid(mark) * mark + if earliest.rem_euclid(mark) == 0 { 0 } else { mark };
        let start = Timestamp::from_second(first).unwrap_or(now);
        FreeNow { start, end: shifted(start, SignedDuration::from_mins(minutes)) }
    }

    /// The slots' starts.
    fn starts(&self) -> impl Iterator<Item = Timestamp> + '_ {
        let slot = SignedDuration::from_mins(SLOT_MINUTES);
        std::iter::successors(Some(self.start), move |at| at.checked_add(slot).ok())
            .take_while(move |at| at.checked_add(slot).is_ok_and(|end| end <= self.end))
    }

    fn overlaps(&self, start: Timestamp) -> bool {
        start < self.end && shifted(start, SignedDuration::from_mins(SLOT_MINUTES)) > self.start
    }
}

/// One bookable slot, in UTC.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Slot {
    pub start: Timestamp,
    pub end: Timestamp,
}

/// A booking that takes time from the mentor, in UTC.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Busy {
    pub start: Timestamp,
    pub end: Timestamp,
}

/// Parses "HH:MM" on a quarter-hour; `allow_midnight_end` admits "24:00".
pub fn parse_wall_clock(field: &str, raw: &str, allow_midnight_end: bool) -> Result<i32, ApiError> {
    let invalid =
        || ApiError::validation(field, format!("\"{raw}\" is not a time like 09:30 on a quarter hour."));
    let (h, m) = raw.split_once(':').ok_or_else(invalid)?;
    if h.len() != 2 || m.len() != 2 {
        return Err(invalid());
    }
    let (h, m): (i32, i32) = (h.parse().map_err(|_| invalid())?, m.parse().map_err(|_| invalid())?);
    let minute = h * 60 + m;
    let in_range = (h < 24 && m < 60) || (allow_midnight_end && h == 24 && m == 0);
    if !in_range || m % 15 != 0 {
        return Err(invalid());
    }
    Ok(minute)
}

pub fn parse_weekday(field: &str, raw: &str) -> Result<Weekday, ApiError> {
    Ok(match raw {
        "mon" => Weekday::Monday,
        "tue" => Weekday::Tuesday,
        "wed" => Weekday::Wednesday,
        "thu" => Weekday::Thursday,
        "fri" => Weekday::Friday,
        "sat" => Weekday::Saturday,
        "sun" => Weekday::Sunday,
        _ => return Err(ApiError::validation(field, "Use mon, tue, wed, thu, fri, sat or sun.")),
    })
}

/// The instant a local wall-clock time names, or None when it does not exist (skipped by a
/// daylight-saving jump). A repeated time (clocks going back) means its first occurrence.
fn instant_of(zone: &TimeZone, local: DateTime) -> Option<Timestamp> {
    let ambiguous = zone.to_ambiguous_timestamp(local);
    if matches!(ambiguous.offset(), jiff::tz::AmbiguousOffset::Gap { .. }) {
        return None;
    }
    ambiguous.earlier().ok()
}

/// Which of the rules a candidate start must pass; [`explain`] turns them on one by one.
#[derive(Clone, Copy)]
struct Gates {
    notice: bool,
    horizon: bool,
    blocked_dates: bool,
}

const ALL_GATES: Gates = Gates { notice: true, horizon: true, blocked_dates: true };

/// The starts the rules offer in `[from, to)` before bookings, busy times and caps: the weekly
/// windows and one-off slots, and "free now" slots, which replace any that overlap them.
fn candidates(
    rules: &Availability,
    now: Timestamp,
    from: Timestamp,
    to: Timestamp,
    gates: Gates,
) -> Vec<Timestamp> {
    let zone = &rules.timezone;
    let local_date = |at: Timestamp| at.to_zoned(zone.clone()).date();
    let blocked = |at: Timestamp| gates.blocked_dates && rules.blocked_dates.contains(&local_date(at));
    let mut from_regular = from;
    let mut to_regular = to;
    if gates.notice {
        from_regular = from_regular.max(shifted(now, SignedDuration::from_mins(rules.min_notice_minutes)));
    }
    if gates.horizon {
        to_regular = to_regular.min(shifted(now, SignedDuration::from_hours(24 * rules.horizon_days)));
    }

    let mut out: Vec<Timestamp> = Vec::new();
    if from_regular < to_regular {
        let (first_day, last_day) = (local_date(from_regular), local_date(to_regular));
        let mut day = first_day;
        while day <= last_day {
            if !(gates.blocked_dates && rules.blocked_dates.contains(&day)) {
                for window in rules.weekly.iter().filter(|w| w.weekday == day.weekday()) {
                    let mut minute = window.start_minute;
                    while minute + SLOT_MINUTES as i32 <= window.end_minute {
                        let time = Time::new((minute / 60) as i8, (minute % 60) as i8, 0, 0);
                        if let Some(at) = time.ok().and_then(|t| instant_of(zone, day.to_datetime(t))) {
                            out.push(at);
                        }
                        minute += SLOT_MINUTES as i32;
                    }
                }
            }
            match day.checked_add(1.day()) {
                Ok(next) => day = next,
                Err(_) => break,
            }
        }
        out.extend(rules.one_off.iter().copied().filter(|at| !blocked(*at)));
        out.retain(|at| *at >= from_regular && *at < to_regular);
    }
    if let Some(free_now) = &rules.free_now {
        out.retain(|at| !free_now.overlaps(*at));
        let earliest = if gates.notice {
            shifted(now, SignedDuration::from_mins(FREE_NOW_NOTICE_MINUTES))
        } else {
            from
        };
        out.extend(free_now.starts().filter(|at| *at >= from.max(earliest) && *at < to));
    }
    crate::order::sort_dedup(&mut out);
    out
}

/// Free slots starting in `[from, to)`, given the rules, what is already booked and the time now.
pub fn free_slots(
    rules: &Availability,
    busy: &[Busy],
    now: Timestamp,
    from: Timestamp,
    to: Timestamp,
) -> Vec<Slot> {
    let slot = SignedDuration::from_mins(SLOT_MINUTES);
    let candidates = candidates(rules, now, from, to, ALL_GATES);
    if candidates.is_empty() {
        return Vec::new();
    }
    let zone = &rules.timezone;
    let local_date = |at: Timestamp| at.to_zoned(zone.clone()).date();

    let buffer = SignedDuration::from_mins(rules.buffer_minutes);
    let week_of = |date: Date| {
        date.checked_sub(SignedDuration::from_hours(24 * i64::from(date.weekday().to_monday_zero_offset())))
            .ok()
    };
    // Bookings per local day and week, counted once rather than for every candidate.
    let mut per_day: BTreeMap<Date, u32> = BTreeMap::new();
    let mut per_week: BTreeMap<Option<Date>, u32> = BTreeMap::new();
    for b in busy {
        let day = local_date(b.start);
        *per_day.entry(day).or_default() += 1;
        *per_week.entry(week_of(day)).or_default() += 1;
    }
    let under_caps = |day: Date| {
        rules.max_per_day.is_none_or(|cap| per_day.get(&day).copied().unwrap_or(0) < cap)
            && rules.max_per_week.is_none_or(|cap| per_week.get(&week_of(day)).copied().unwrap_or(0) < cap)
    };

    let clear = |s: &Slot, times: &[Busy]| {
        !times.iter().any(|b| s.start < shifted(b.end, buffer) && shifted(b.start, -buffer) < s.end)
    };
    candidates
        .into_iter()
        .map(|start| Slot { start, end: shifted(start, slot) })
        .filter(|s| clear(s, busy) && clear(s, &rules.calendar_busy))
        .filter(|s| under_caps(local_date(s.start)))
        .collect()
}

/// The first free slot starting in `[from, to)`, found a day at a time so that a mentor with
/// slots soon costs one day's work rather than the whole horizon's.
pub fn first_free(
    rules: &Availability,
    busy: &[Busy],
    now: Timestamp,
    from: Timestamp,
    to: Timestamp,
) -> Option<Slot> {
    let day = SignedDuration::from_hours(24);
    let mut start = from;
    while start < to {
        let end = shifted(start, day).min(to);
        if let Some(slot) = free_slots(rules, busy, now, start, end).into_iter().next() {
            return Some(slot);
        }
        start = end;
    }
    None
}

/// Why a start the mentor does not offer as free was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BookingRefusal {
    /// Another live booking starts then, or the mentor's buffer around one covers it.
    SlotTaken,
    /// Not one of the mentor's slots at all: outside their windows, notice or horizon.
    OutsideAvailability,
    /// A slot the mentor offers, but their daily or weekly cap is reached.
    OverCapacity,
}

/// Whether `start` is a free slot (None) or why not. `busy` is every live booking of the mentor
/// in the weeks around `start`, so that caps see them all.
pub fn refusal(
    rules: &Availability,
    busy: &[Busy],
    now: Timestamp,
    start: Timestamp,
) -> Option<BookingRefusal> {
    let end = shifted(start, SignedDuration::from_mins(SLOT_MINUTES));
    let offered = |rules: &Availability, busy: &[Busy]| {
        free_slots(rules, busy, now, start, end).first().is_some_and(|slot| slot.start == start)
    };
    if offered(rules, busy) {
        return None;
    }
    if busy.iter().any(|b| b.start >= start && b.start < end) {
        return Some(BookingRefusal::SlotTaken);
    }
    let uncapped = Availability {
        max_per_day: None,
        max_per_week: None,
        buffer_minutes: 0,
        calendar_busy: Vec::new(),
        ..rules.clone()
    };
    if !offered(&uncapped, &[]) {
        return Some(BookingRefusal::OutsideAvailability);
    }
    let unbuffered = Availability { buffer_minutes: 0, calendar_busy: Vec::new(), ..rules.clone() };
    if offered(&unbuffered, busy) {
        // Free but for the buffer around a neighbouring session or the mentor's own calendar.
        return Some(BookingRefusal::SlotTaken);
    }
    Some(BookingRefusal::OverCapacity)
}

/// Why a start is or is not offered: what the mentor's availability editor answers to
/// "Why isn't 14:00 offered?".
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum SlotStatus {
    Offered,
    /// An event in one of the mentor's own calendars (or the buffer around it) covers it.
    BusyCalendar,
    /// A session (or the buffer around one) covers it.
    Booked,
    /// Not in a weekly window, a one-off slot or "free now", already past, or beyond the horizon.
    OutsideWindow,
    /// Sooner than the mentor's minimum notice.
    MinNotice,
    DailyCap,
    WeeklyCap,
    BlockedDate,
    /// The mentor is paused by the no-show policy.
    Paused,
}

/// Why `start` is or is not one of the mentor's free slots: the first rule, in the order a
/// mentor would look, that keeps it back.
pub fn explain(rules: &Availability, busy: &[Busy], now: Timestamp, start: Timestamp) -> SlotStatus {
    let end = shifted(start, SignedDuration::from_mins(SLOT_MINUTES));
    let is_candidate = |gates: Gates| candidates(rules, now, start, end, gates).contains(&start);
    let open = Gates { notice: false, horizon: false, blocked_dates: false };
    if start <= now || !is_candidate(open) || !is_candidate(Gates { horizon: true, ..open }) {
        return SlotStatus::OutsideWindow;
    }
    if !is_candidate(Gates { horizon: true, blocked_dates: true, ..open }) {
        return SlotStatus::BlockedDate;
    }
    if !is_candidate(ALL_GATES) {
        return SlotStatus::MinNotice;
    }
    let buffer = SignedDuration::from_mins(rules.buffer_minutes);
    let covers = |times: &[Busy]| {
        times.iter().any(|b| start < shifted(b.end, buffer) && shifted(b.start, -buffer) < end)
    };
    if covers(busy) {
        return SlotStatus::Booked;
    }
    if covers(&rules.calendar_busy) {
        return SlotStatus::BusyCalendar;
    }
    let offered = |rules: &Availability| {
        free_slots(rules, busy, now, start, end).first().is_some_and(|s| s.start == start)
    };
    if offered(rules) {
        return SlotStatus::Offered;
    }
    if offered(&Availability { max_per_day: None, ..rules.clone() }) {
        SlotStatus::DailyCap
    } else {
        SlotStatus::WeeklyCap
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules(zone: &str, weekly: Vec<WeeklyWindow>) -> Availability {
        Availability {
            timezone: TimeZone::get(zone).unwrap(),
            weekly,
            one_off: Vec::new(),
            blocked_dates: Vec::new(),
            min_notice_minutes: 0,
            horizon_days: 400,
            buffer_minutes: 0,
            max_per_day: None,
            max_per_week: None,
            calendar_busy: Vec::new(),
            free_now: None,
        }
    }

    fn every_day(start: &str, end: &str) -> Vec<WeeklyWindow> {
        [
            Weekday::Monday,
            Weekday::Tuesday,
            Weekday::Wednesday,
            Weekday::Thursday,
            Weekday::Friday,
            Weekday::Saturday,
            Weekday::Sunday,
        ]
        .into_iter()
        .map(|weekday| WeeklyWindow {
            weekday,
            start_minute: parse_wall_clock("start", start, false).unwrap(),
            end_minute: parse_wall_clock("end", end, true).unwrap(),
        })
        .collect()
    }

    fn ts(s: &str) -> Timestamp {
        s.parse().unwrap()
    }

    /// Slots over a span of days around `day`, grouped by local date with local start times.
    fn local_slots(zone: &str, from: &str, to: &str) -> Vec<(Date, Vec<String>)> {
        let r = rules(zone, every_day("09:00", "10:00"));
        let now = ts("2026-01-01T00:00:00Z");
        let tz = TimeZone::get(zone).unwrap();
        let mut by_day: Vec<(Date, Vec<String>)> = Vec::new();
        for slot in free_slots(&r, &[], now, ts(from), ts(to)) {
            let local = slot.start.to_zoned(tz.clone());
            let time = local.strftime("%H:%M").to_string();
            match by_day.last_mut() {
                Some((date, times)) if *date == local.date() => times.push(time),
                _ => by_day.push((local.date(), vec![time])),
            }
            assert_eq!(slot.end.duration_since(slot.start), SignedDuration::from_mins(15));
        }
        by_day
    }

    fn assert_four_a_day_at_nine(zone: &str, from: &str, to: &str) {
        let days = local_slots(zone, from, to);
        assert!(days.len() >= 4, "{zone}: {days:?}");
        for (date, times) in &days {
            assert_eq!(times, &["09:00", "09:15", "09:30", "09:45"], "{zone} on {date}");
        }
    }

    #[test]
    fn a_nine_to_ten_window_gives_four_slots_every_day_across_dst_and_odd_offsets() {
        // New York's spring-forward (2026-03-08) and fall-back (2026-11-01) days.
        assert_four_a_day_at_nine("America/New_York", "2026-03-06T00:00:00Z", "2026-03-11T00:00:00Z");
        assert_four_a_day_at_nine("America/New_York", "2026-10-30T00:00:00Z", "2026-11-04T00:00:00Z");
        assert_four_a_day_at_nine("Europe/London", "2026-03-27T00:00:00Z", "2026-04-01T00:00:00Z");
        assert_four_a_day_at_nine("Europe/London", "2026-10-23T00:00:00Z", "2026-10-28T00:00:00Z");
        assert_four_a_day_at_nine("Asia/Kolkata", "2026-06-01T00:00:00Z", "2026-06-06T00:00:00Z");
        assert_four_a_day_at_nine("Asia/Kathmandu", "2026-06-01T00:00:00Z", "2026-06-06T00:00:00Z");
        // Lord Howe moves its clocks by 30 minutes (2026-04-05 and 2026-10-04).
        assert_four_a_day_at_nine("Australia/Lord_Howe", "2026-04-02T00:00:00Z", "2026-04-08T00:00:00Z");
        assert_four_a_day_at_nine("Australia/Lord_Howe", "2026-10-01T00:00:00Z", "2026-10-07T00:00:00Z");
        assert_four_a_day_at_nine("Pacific/Chatham", "2026-04-02T00:00:00Z", "2026-04-08T00:00:00Z");
        assert_four_a_day_at_nine("Pacific/Chatham", "2026-09-24T00:00:00Z", "2026-09-30T00:00:00Z");
    }

    #[test]
    fn utc_instants_follow_the_offset_of_each_day() {
        let r = rules("America/New_York", every_day("09:00", "09:15"));
        let slots = free_slots(
            &r,
            &[],
            ts("2026-01-01T00:00:00Z"),
            ts("2026-03-07T00:00:00Z"),
            ts("2026-03-10T00:00:00Z"),
        );
        let starts: Vec<String> = slots.iter().map(|s| s.start.to_string()).collect();
        assert_eq!(starts, ["2026-03-07T14:00:00Z", "2026-03-08T13:00:00Z", "2026-03-09T13:00:00Z"]);
        let r = rules("Asia/Kathmandu", every_day("09:00", "09:15"));
        let slots = free_slots(
            &r,
            &[],
            ts("2026-01-01T00:00:00Z"),
            ts("2026-06-01T00:00:00Z"),
            ts("2026-06-02T00:00:00Z"),
        );
        assert_eq!(slots[0].start.to_string(), "2026-06-01T03:15:00Z");
    }

    #[test]
    fn a_wall_clock_time_that_does_not_exist_is_skipped() {
        // 02:00-03:00 does not exist in New York on 2026-03-08.
        let r = rules("America/New_York", every_day("02:00", "03:00"));
        let days = {
            let now = ts("2026-01-01T00:00:00Z");
            free_slots(&r, &[], now, ts("2026-03-08T05:00:00Z"), ts("2026-03-08T12:00:00Z"))
        };
        assert!(days.is_empty(), "{days:?}");
        // On the fall-back day 01:00-02:00 happens twice; each slot is offered once.
        let r = rules("America/New_York", every_day("01:00", "02:00"));
        let slots = free_slots(
            &r,
            &[],
            ts("2026-01-01T00:00:00Z"),
            ts("2026-11-01T04:00:00Z"),
            ts("2026-11-01T08:00:00Z"),
        );
        assert_eq!(slots.len(), 4);
        assert_eq!(slots[0].start.to_string(), "2026-11-01T05:00:00Z", "the first 01:00");
    }

    #[test]
    fn notice_horizon_blocked_dates_and_one_offs() {
        let mut r = rules("Europe/London", every_day("09:00", "10:00"));
        r.min_notice_minutes = 120;
        r.horizon_days = 2;
        r.blocked_dates = vec![Date::new(2026, 12, 2).unwrap()];
        r.one_off = vec![ts("2026-12-02T15:00:00Z"), ts("2026-12-01T20:00:00Z")];
        let now = ts("2026-12-01T07:30:00Z");
        let slots = free_slots(&r, &[], now, ts("2026-11-01T00:00:00Z"), ts("2027-01-01T00:00:00Z"));
        let starts: Vec<String> = slots.iter().map(|s| s.start.to_string()).collect();
        // 09:30 and later today (two hours' notice), nothing on the blocked 2 December (its
        // one-off included), today's one-off, and nothing past the two-day horizon.
        assert_eq!(starts, ["2026-12-01T09:30:00Z", "2026-12-01T09:45:00Z", "2026-12-01T20:00:00Z"]);
    }

    #[test]
    fn bookings_buffers_and_caps() {
        let mut r = rules("UTC", every_day("09:00", "11:00"));
        let now = ts("2026-12-01T00:00:00Z");
        let day = |d: u8| {
            (ts(&format!("2026-12-{d:02}T00:00:00Z")), ts(&format!("2026-12-{:02}T00:00:00Z", d + 1)))
        };
        let busy = [Busy { start: ts("2026-12-01T09:30:00Z"), end: ts("2026-12-01T09:45:00Z") }];
        let (from, to) = day(1);
        assert_eq!(free_slots(&r, &busy, now, from, to).len(), 7, "the booked slot is taken");
        r.buffer_minutes = 15;
        assert_eq!(free_slots(&r, &busy, now, from, to).len(), 5, "and the slots beside it");
        r.buffer_minutes = 0;
        r.max_per_day = Some(1);
        assert!(free_slots(&r, &busy, now, from, to).is_empty(), "a day at its cap has no slots");
        let (from2, to2) = day(2);
        assert_eq!(free_slots(&r, &busy, now, from2, to2).len(), 8, "the next day is free");
        r.max_per_day = None;
        r.max_per_week = Some(1);
        assert!(free_slots(&r, &busy, now, from2, to2).is_empty(), "Tuesday 1 Dec fills the week");
        let (from7, to7) = day(7);
        assert_eq!(free_slots(&r, &busy, now, from7, to7).len(), 8, "Monday 7 Dec starts a new week");
    }

    #[test]
    fn wall_clock_times_are_quarter_hours() {
        assert_eq!(parse_wall_clock("start", "09:45", false).unwrap(), 585);
        assert_eq!(parse_wall_clock("end", "24:00", true).unwrap(), 1440);
        for bad in ["9:00", "09:10", "24:00", "25:00", "ab:cd", "0900"] {
            assert!(parse_wall_clock("start", bad, false).is_err(), "{bad}");
        }
        assert!(parse_weekday("weekday", "tue").is_ok());
        assert!(parse_weekday("weekday", "tuesday").is_err());
    }

    #[test]
    fn refusals_say_why_a_start_is_not_free() {
        let now = ts("2026-12-07T00:00:00Z"); // a Monday
        let mut r = rules("UTC", every_day("09:00", "11:00"));
        let busy = [Busy { start: ts("2026-12-07T09:30:00Z"), end: ts("2026-12-07T09:45:00Z") }];
        assert_eq!(refusal(&r, &busy, now, ts("2026-12-07T09:00:00Z")), None, "free");
        assert_eq!(refusal(&r, &busy, now, ts("2026-12-07T09:30:00Z")), Some(BookingRefusal::SlotTaken));
        assert_eq!(
            refusal(&r, &busy, now, ts("2026-12-07T12:00:00Z")),
            Some(BookingRefusal::OutsideAvailability),
            "outside the window"
        );
        r.buffer_minutes = 15;
        assert_eq!(
            refusal(&r, &busy, now, ts("2026-12-07T09:45:00Z")),
            Some(BookingRefusal::SlotTaken),
            "inside the buffer of the 09:30 session"
        );
        r.buffer_minutes = 0;
        r.max_per_day = Some(1);
        assert_eq!(
            refusal(&r, &busy, now, ts("2026-12-07T10:00:00Z")),
            Some(BookingRefusal::OverCapacity),
            "one session that day already"
        );
        assert_eq!(refusal(&r, &busy, now, ts("2026-12-08T10:00:00Z")), None, "the next day is free");
        r.max_per_day = None;
        r.max_per_week = Some(1);
        assert_eq!(refusal(&r, &busy, now, ts("2026-12-09T10:00:00Z")), Some(BookingRefusal::OverCapacity));
        r.max_per_week = None;
        r.min_notice_minutes = 24 * 60;
        assert_eq!(
            refusal(&r, &[], now, ts("2026-12-07T10:00:00Z")),
            Some(BookingRefusal::OutsideAvailability),
            "within the minimum notice"
        );
    }

    #[test]
    fn times_at_the_end_of_time_answer_without_overflowing() {
        let end = ts("9999-12-30T21:45:00Z");
        let mut r = rules("Pacific/Kiritimati", every_day("00:00", "24:00"));
        r.one_off = vec![end];
        r.buffer_minutes = 240;
        r.free_now = Some(FreeNow::starting(end, 60));
        let busy = [Busy { start: end, end: Timestamp::MAX }];
        assert!(free_slots(&r, &busy, end, end, Timestamp::MAX).is_empty());
        assert_eq!(first_free(&r, &busy, end, end, Timestamp::MAX), None);
        assert_eq!(refusal(&r, &busy, Timestamp::MIN, end), Some(BookingRefusal::SlotTaken));
        assert_eq!(explain(&r, &busy, Timestamp::MIN, end), SlotStatus::OutsideWindow);
        assert_eq!(explain(&r, &busy, end, Timestamp::MAX), SlotStatus::OutsideWindow);
    }

    #[test]
    fn the_first_free_slot_is_the_first_of_all_free_slots() {
        let now = ts("2026-12-07T08:00:00Z");
        let mut r = rules("Asia/Kathmandu", every_day("09:00", "10:00"));
        r.max_per_day = Some(1);
        let busy = [Busy { start: ts("2026-12-08T03:15:00Z"), end: ts("2026-12-08T03:30:00Z") }];
        let (from, to) = (now, now + SignedDuration::from_hours(24 * 21));
        let all = free_slots(&r, &busy, now, from, to);
        assert_eq!(first_free(&r, &busy, now, from, to), all.first().copied());
        assert_eq!(
            first_free(&r, &busy, now, from, to).unwrap().start,
            ts("2026-12-09T03:15:00Z"),
            "the 8th is full"
        );
        r.weekly.clear();
        assert_eq!(first_free(&r, &busy, now, from, to), None);
    }

    fn starts(slots: &[Slot]) -> Vec<String> {
        slots.iter().map(|s| s.start.strftime("%H:%M").to_string()).collect()
    }

    #[test]
    fn free_now_offers_quarter_hours_from_the_next_five_minute_mark_with_five_minutes_notice() {
        let now = ts("2026-12-07T10:03:20Z");
        let window = FreeNow::starting(now, 60);
        assert_eq!(window.start, ts("2026-12-07T10:10:00Z"), "the first mark at least 5 minutes away");
        assert_eq!(FreeNow::starting(ts("2026-12-07T10:05:00Z"), 15).start, ts("2026-12-07T10:10:00Z"));
        let mut r = rules("UTC", Vec::new());
        r.min_notice_minutes = 24 * 60;
        r.blocked_dates = vec![jiff::civil::date(2026, 12, 7)];
        r.free_now = Some(window);
        let day = |r: &Availability, now: Timestamp| {
            starts(&free_slots(r, &[], now, now, now + SignedDuration::from_hours(24)))
        };
        assert_eq!(
            day(&r, now),
            ["10:10", "10:25", "10:40", "10:55"],
            "notice and blocked dates do not apply"
        );
        // Each stays bookable until 5 minutes before it starts.
        assert_eq!(day(&r, ts("2026-12-07T10:05:00Z")), ["10:10", "10:25", "10:40", "10:55"]);
        assert_eq!(day(&r, ts("2026-12-07T10:05:01Z")), ["10:25", "10:40", "10:55"]);
        // Bookings, buffers, busy calendars and caps still apply.
        let booked = [Busy { start: ts("2026-12-07T10:25:00Z"), end: ts("2026-12-07T10:40:00Z") }];
        assert_eq!(
            starts(&free_slots(&r, &booked, now, now, now + SignedDuration::from_hours(1))),
            ["10:10", "10:40", "10:55"]
        );
        r.calendar_busy = vec![Busy { start: ts("2026-12-07T10:55:00Z"), end: ts("2026-12-07T11:05:00Z") }];
        assert_eq!(day(&r, now), ["10:10", "10:25", "10:40"]);
        r.buffer_minutes = 5;
        assert_eq!(day(&r, now), ["10:10", "10:25"], "10:40 ends 5 minutes before the busy time");
        r.buffer_minutes = 0;
        r.max_per_day = Some(1);
        assert_eq!(
            starts(&free_slots(&r, &booked, now, now, now + SignedDuration::from_hours(1))),
            Vec::<String>::new()
        );
    }

    #[test]
    fn free_now_replaces_the_weekly_slots_it_overlaps() {
        let now = ts("2026-12-07T09:58:00Z");
        let mut r = rules("UTC", every_day("10:00", "12:00"));
        r.free_now = Some(FreeNow::starting(now, 30));
        assert_eq!(r.free_now.unwrap().start, ts("2026-12-07T10:05:00Z"));
        let slots = free_slots(&r, &[], now, now, ts("2026-12-07T12:00:00Z"));
        assert_eq!(starts(&slots), ["10:05", "10:20", "10:45", "11:00", "11:15", "11:30", "11:45"]);
        assert!(slots.windows(2).all(|pair| pair[0].end <= pair[1].start), "no two slots overlap");
    }

    #[test]
    fn busy_calendar_times_block_slots_without_counting_against_caps() {
        let now = ts("2026-12-07T00:00:00Z");
        let mut r = rules("UTC", every_day("09:00", "10:00"));
        r.max_per_day = Some(1);
        r.calendar_busy = vec![Busy { start: ts("2026-12-07T09:00:00Z"), end: ts("2026-12-07T09:30:00Z") }];
        let slots = free_slots(&r, &[], now, now, ts("2026-12-07T12:00:00Z"));
        assert_eq!(starts(&slots), ["09:30", "09:45"]);
        assert_eq!(refusal(&r, &[], now, ts("2026-12-07T09:00:00Z")), Some(BookingRefusal::SlotTaken));
        // The mentor's buffer keeps its distance from calendar events as from sessions.
        r.buffer_minutes = 15;
        let slots = free_slots(&r, &[], now, now, ts("2026-12-07T12:00:00Z"));
        assert_eq!(starts(&slots), ["09:45"]);
        assert_eq!(explain(&r, &[], now, ts("2026-12-07T09:30:00Z")), SlotStatus::BusyCalendar);
    }

    #[test]
    fn explain_names_the_rule_that_keeps_a_start_back() {
        let now = ts("2026-12-07T00:00:00Z"); // a Monday
        let mut r = rules("UTC", every_day("09:00", "11:00"));
        r.horizon_days = 14;
        let at = |s: &str| ts(s);
        let booked = [Busy { start: at("2026-12-08T09:00:00Z"), end: at("2026-12-08T09:15:00Z") }];
        assert_eq!(explain(&r, &booked, now, at("2026-12-08T09:30:00Z")), SlotStatus::Offered);
        assert_eq!(explain(&r, &booked, now, at("2026-12-08T14:00:00Z")), SlotStatus::OutsideWindow);
        assert_eq!(explain(&r, &booked, now, at("2026-12-06T09:00:00Z")), SlotStatus::OutsideWindow, "past");
        assert_eq!(
            explain(&r, &booked, now, at("2027-01-05T09:00:00Z")),
            SlotStatus::OutsideWindow,
            "horizon"
        );
        assert_eq!(explain(&r, &booked, now, at("2026-12-08T09:00:00Z")), SlotStatus::Booked);
        r.buffer_minutes = 15;
        assert_eq!(explain(&r, &booked, now, at("2026-12-08T09:15:00Z")), SlotStatus::Booked, "the buffer");
        r.buffer_minutes = 0;
        r.calendar_busy = vec![Busy { start: at("2026-12-08T10:00:00Z"), end: at("2026-12-08T10:20:00Z") }];
        assert_eq!(explain(&r, &booked, now, at("2026-12-08T10:15:00Z")), SlotStatus::BusyCalendar);
        r.blocked_dates = vec![jiff::civil::date(2026, 12, 9)];
        assert_eq!(explain(&r, &booked, now, at("2026-12-09T09:00:00Z")), SlotStatus::BlockedDate);
        r.min_notice_minutes = 36 * 60;
        assert_eq!(explain(&r, &booked, now, at("2026-12-08T09:30:00Z")), SlotStatus::MinNotice);
        r.min_notice_minutes = 0;
        r.max_per_day = Some(1);
        assert_eq!(explain(&r, &booked, now, at("2026-12-08T09:30:00Z")), SlotStatus::DailyCap);
        r.max_per_day = None;
        r.max_per_week = Some(1);
        assert_eq!(explain(&r, &booked, now, at("2026-12-10T09:30:00Z")), SlotStatus::WeeklyCap);
        r.max_per_week = None;
        r.free_now = Some(FreeNow::starting(now, 15));
        assert_eq!(explain(&r, &booked, now, r.free_now.unwrap().start), SlotStatus::Offered);
    }
}
