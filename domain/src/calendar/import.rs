//! Busy times from a mentor's own calendar, read from its secret iCalendar address.
//!
//! The `icalendar` crate parses the file and its date-time values; the `rrule` crate expands
//! recurrences. Recurrences are expanded in the event's wall-clock time and each occurrence is
//! then placed in its zone by jiff, so a weekly 10:00 meeting in New York stays at 10:00 across
//! the daylight-saving change. Only intervals come out: no title, description, attendee or
//! location of any event is kept.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{Datelike, NaiveDate, NaiveDateTime, TimeZone as _, Timelike};
use icalendar::parser::{Component, Property};
use icalendar::{CalendarDateTime, DatePerhapsTime};
use jiff::civil::{self, DateTime};
use jiff::tz::TimeZone;
use jiff::{SignedDuration, Span, Timestamp};

use crate::slots::Busy;

/// At most this many busy intervals are kept from one calendar.
pub const MAX_INTERVALS: usize = 2_000;
/// At most this many events in one file, counted before the file is parsed.
pub const MAX_EVENTS: usize = 5_000;
/// At most this many occurrences near the window, all events of one file together.
pub const MAX_OCCURRENCES: usize = 20_000;
/// At most this many RDATE and EXDATE values on one event.
pub const MAX_EXTRA_DATES: usize = 1_000;
/// At most this many steps (periods, like the days of a daily rule, and candidate dates) walked
/// by one rule, and by all the rules of one file: expansion starts near the window, so only rules
/// that repeat every few minutes, or count from long ago, come near either.
pub const MAX_WALK_PER_RULE: u32 = 20_000;
pub const MAX_WALK_PER_FILE: u32 = 200_000;

/// Why a calendar file gives no busy times.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unreadable {
    /// The file is not an iCalendar calendar.
    NotICalendar,
    /// Over one of the limits above: more events, repeats or exceptions than are read.
    TooComplex,
}

/// What one file may still cost to read.
struct Budget {
    occurrences: usize,
    walk: u32,
}

impl Budget {
    fn take_occurrences(&mut self, count: usize) -> Result<(), Unreadable> {
        self.occurrences = self.occurrences.checked_sub(count).ok_or(Unreadable::TooComplex)?;
        Ok(())
    }
}

/// When an event starts or ends, as the calendar wrote it.
#[derive(Debug, Clone, PartialEq)]
enum When {
    /// A whole day, in the mentor's zone.
    Date(civil::Date),
    /// A wall-clock time in a zone (its TZID, or the mentor's zone for a floating time).
    Local(DateTime, TimeZone),
    Utc(Timestamp),
}

impl When {
    fn of(value: DatePerhapsTime, mentor_zone: &TimeZone) -> Option<When> {
        Some(match value {
            DatePerhapsTime::Date(date) => When::Date(civil_date(date)?),
            DatePerhapsTime::DateTime(CalendarDateTime::Utc(at)) => {
                When::Utc(Timestamp::from_second(at.timestamp()).ok()?)
            }
            DatePerhapsTime::DateTime(CalendarDateTime::Floating(naive)) => {
                When::Local(civil_datetime(naive)?, mentor_zone.clone())
            }
            DatePerhapsTime::DateTime(CalendarDateTime::WithTimezone { date_time, tzid }) => When::Local(
                civil_datetime(date_time)?,
                zone_named(&tzid).unwrap_or_else(|| mentor_zone.clone()),
            ),
        })
    }

    /// The instant it names; a date means its first moment in `mentor_zone`.
    fn instant(&self, mentor_zone: &TimeZone) -> Option<Timestamp> {
        match self {
            When::Date(date) => placed(mentor_zone, date.to_datetime(civil::Time::midnight())),
            When::Local(local, zone) => placed(zone, *local),
            When::Utc(at) => Some(*at),
        }
    }

    /// The wall-clock reading recurrences are expanded in.
    fn wall_clock(&self) -> DateTime {
        match self {
            When::Date(date) => date.to_datetime(civil::Time::midnight()),
            When::Local(local, _) => *local,
            When::Utc(at) => at.to_zoned(TimeZone::UTC).datetime(),
        }
    }

    /// The same kind of time at another wall-clock reading (an occurrence of a recurrence).
    fn at(&self, wall_clock: DateTime) -> When {
        match self {
            When::Date(_) => When::Date(wall_clock.date()),
            When::Local(_, zone) => When::Local(wall_clock, zone.clone()),
            When::Utc(_) => When::Utc(placed(&TimeZone::UTC, wall_clock).unwrap_or_default()),
        }
    }
}

/// A TZID as an IANA zone: as written, or the IANA name at its end
/// ("/mozilla.org/20050126_1/America/New_York"). None for names jiff does not know.
fn zone_named(tzid: &str) -> Option<TimeZone> {
    let tzid = tzid.trim_matches('"');
    let mut rest = tzid;
    loop {
        if let Ok(zone) = crate::zones::get(rest) {
            return Some(zone);
        }
        rest = rest.split_once('/')?.1;
    }
}

/// The instant a wall-clock reading names; in a daylight-saving gap, the reading after it.
fn placed(zone: &TimeZone, local: DateTime) -> Option<Timestamp> {
    zone.to_ambiguous_timestamp(local).compatible().ok()
}

fn civil_date(date: NaiveDate) -> Option<civil::Date> {
    civil::Date::new(i16::try_from(date.year()).ok()?, date.month() as i8, date.day() as i8).ok()
}

fn civil_datetime(naive: NaiveDateTime) -> Option<DateTime> {
    let time =
        civil::Time::new(naive.hour() as i8, naive.minute() as i8, naive.second().min(59) as i8, 0).ok()?;
    Some(civil_date(naive.date())?.to_datetime(time))
}

fn naive(local: DateTime) -> Option<NaiveDateTime> {
    NaiveDate::from_ymd_opt(i32::from(local.year()), local.month() as u32, local.day() as u32)?.and_hms_opt(
        local.hour() as u32,
        local.minute() as u32,
        local.second() as u32,
    )
}

fn prop<'a>(event: &'a Component<'a>, name: &str) -> Option<&'a Property<'a>> {
    event.properties.iter().find(|p| p.name.as_str().eq_ignore_ascii_case(name))
}

fn value_of<'a>(event: &'a Component<'a>, name: &str) -> Option<&'a str> {
    prop(event, name).map(|p| p.val.as_str().trim())
}

fn when_of(property: &Property<'_>, mentor_zone: &TimeZone) -> Option<When> {
    When::of(DatePerhapsTime::try_from(property).ok()?, mentor_zone)
}

/// Every value of every `name` property (EXDATE and RDATE may list several, comma-separated).
/// A PERIOD value ("start/end" or "start/duration") gives its start and, when it says, its end.
fn list_of(event: &Component<'_>, name: &str, mentor_zone: &TimeZone) -> Vec<(When, Option<When>)> {
    let mut out = Vec::new();
    for property in event.properties.iter().filter(|p| p.name.as_str().eq_ignore_ascii_case(name)) {
        for part in property.val.as_str().split(',') {
            let (start, end) = part.trim().split_once('/').map_or((part.trim(), None), |(s, e)| (s, Some(e)));
            let single = |value: &str| {
                let one = Property {
                    name: property.name.clone(),
                    val: value.into(),
                    params: property.params.clone(),
                };
                when_of(&one, mentor_zone)
            };
            if let Some(start) = single(start) {
                let end = end.and_then(|e| {
                    if e.starts_with('P') || e.starts_with("+P") {
                        let span: Span = e.trim_start_matches('+').parse().ok()?;
                        let at = start
                            .instant(mentor_zone)?
                            .to_zoned(mentor_zone.clone())
                            .checked_add(span)
                            .ok()?;
                        Some(When::Utc(at.timestamp()))
                    } else {
                        single(e)
                    }
                });
                out.push((start, end));
            }
        }
    }
    out
}

/// One VEVENT, as far as busy time goes.
struct Event<'a> {
    uid: &'a str,
    start: When,
    /// Exact length of each occurrence (timed events), or whole days (all-day events).
    length: Length,
    /// A moved or cancelled instance: the original start it replaces.
    recurrence_id: Option<When>,
    /// Free time (TRANSP:TRANSPARENT) or a cancelled event: takes no time, though as an
    /// override it still removes the instance it replaces.
    takes_time: bool,
    rrule: Option<&'a str>,
    rdates: Vec<(When, Option<When>)>,
    exdates: Vec<When>,
}

#[derive(Debug, Clone, Copy)]
enum Length {
    Exact(SignedDuration),
    Days(i64),
    Nominal(Span),
}

impl<'a> Event<'a> {
    fn read(component: &'a Component<'a>, mentor_zone: &TimeZone) -> Option<Event<'a>> {
        let start = when_of(prop(component, "DTSTART")?, mentor_zone)?;
        let end = prop(component, "DTEND").and_then(|p| when_of(p, mentor_zone));
        let duration =
            value_of(component, "DURATION").and_then(|raw| raw.trim_start_matches('+').parse::<Span>().ok());
        let length = match (&start, end, duration) {
            (When::Date(first), Some(When::Date(last)), _) => {
                Length::Days((last - *first).get_days().max(1).into())
            }
            (When::Date(_), _, Some(span)) => Length::Nominal(span),
            (When::Date(_), _, None) => Length::Days(1),
            (_, Some(end), _) => Length::Exact(
                end.instant(mentor_zone)?
                    .duration_since(start.instant(mentor_zone)?)
                    .max(SignedDuration::ZERO),
            ),
            (_, None, Some(span)) => Length::Nominal(span),
            // A timed event without an end takes no time (RFC 5545 3.6.1).
            (_, None, None) => Length::Exact(SignedDuration::ZERO),
        };
        let status = value_of(component, "STATUS").unwrap_or("");
        let transparency = value_of(component, "TRANSP").unwrap_or("");
        Some(Event {
            uid: value_of(component, "UID").unwrap_or(""),
            start,
            length,
            recurrence_id: prop(component, "RECURRENCE-ID").and_then(|p| when_of(p, mentor_zone)),
            takes_time: !status.eq_ignore_ascii_case("CANCELLED")
                && !transparency.eq_ignore_ascii_case("TRANSPARENT"),
            rrule: value_of(component, "RRULE"),
            rdates: list_of(component, "RDATE", mentor_zone),
            exdates: list_of(component, "EXDATE", mentor_zone).into_iter().map(|(when, _)| when).collect(),
        })
    }

    /// The busy interval of an occurrence starting at `start`.
    fn interval(&self, start: &When, end: Option<&When>, mentor_zone: &TimeZone) -> Option<Busy> {
        let from = start.instant(mentor_zone)?;
        let to = match (end, self.length) {
            (Some(end), _) => end.instant(mentor_zone)?,
            (None, Length::Exact(length)) => from.checked_add(length).ok()?,
            (None, Length::Days(days)) => {
                let first = start.wall_clock().date();
                placed(
                    mentor_zone,
                    first.checked_add(Span::new().days(days)).ok()?.to_datetime(civil::Time::midnight()),
                )?
            }
            (None, Length::Nominal(span)) => {
                from.to_zoned(zone_of(start, mentor_zone)).checked_add(span).ok()?.timestamp()
            }
        };
        (to > from).then_some(Busy { start: from, end: to })
    }
}

fn zone_of(when: &When, mentor_zone: &TimeZone) -> TimeZone {
    match when {
        When::Local(_, zone) => zone.clone(),
        When::Date(_) => mentor_zone.clone(),
        When::Utc(_) => TimeZone::UTC,
    }
}

/// A RRULE's UNTIL as a wall-clock reading in the event's own time, the reading recurrences are
/// expanded in: a UTC instant is moved into the event's zone, a date alone means its whole day.
fn until_in_wall_clock(value: &str, start: &When) -> Option<DateTime> {
    if let Some(utc) = value.strip_suffix('Z') {
        let at = placed(&TimeZone::UTC, utc.parse::<DateTime>().ok()?)?;
        let zone = match start {
            When::Local(_, zone) => zone.clone(),
            _ => TimeZone::UTC,
        };
        return Some(at.to_zoned(zone).datetime());
    }
    if value.len() == 8 {
        let date = value.parse::<civil::Date>().ok()?;
        return Some(match start {
            When::Date(_) => date.to_datetime(civil::Time::midnight()),
            _ => date.to_datetime(civil::time(23, 59, 59, 0)),
        });
    }
    value.parse::<DateTime>().ok()
}

/// A comma-separated list of numbers.
fn numbers<T: std::str::FromStr>(value: &str) -> Option<Vec<T>> {
    value.split(',').map(|n| n.trim_start_matches('+').parse().ok()).collect()
}

/// The RRULE value (`FREQ=WEEKLY;BYDAY=MO,WE;UNTIL=…`) as an `rrule` rule in wall-clock time.
/// Built part by part rather than parsed by `rrule` itself, whose parser needs every time zone
/// and a regular-expression engine that an expansion in wall-clock time has no use for.
fn rule_in_wall_clock(rule: &str, start: &When) -> Option<rrule::RRule<rrule::Unvalidated>> {
    use rrule::{Frequency, NWeekday, RRule};
    let mut parts: Vec<(String, &str)> = Vec::new();
    for part in rule.split(';').filter(|part| !part.is_empty()) {
        let (key, value) = part.split_once('=')?;
        parts.push((key.trim().to_ascii_uppercase(), value.trim()));
    }
    let freq = parts.iter().find(|(key, _)| key == "FREQ")?.1.parse::<Frequency>().ok()?;
    let mut built = RRule::new(freq);
    for (key, value) in &parts {
        built = match key.as_str() {
            "FREQ" => built,
            "INTERVAL" => built.interval(value.parse().ok()?),
            "COUNT" => built.count(value.parse().ok()?),
            "UNTIL" => built.until(utc_reading(until_in_wall_clock(value, start)?)?),
            "WKST" => match value.parse::<NWeekday>().ok()? {
                NWeekday::Every(day) => built.week_start(day),
                NWeekday::Nth(..) => return None,
            },
            "BYDAY" => built.by_weekday(value.split(',').map(|d| d.parse().ok()).collect::<Option<_>>()?),
            "BYMONTH" => {
                let months: Vec<u8> = numbers(value)?;
                let months = months
                    .into_iter()
                    .map(|m| chrono::Month::try_from(m).ok())
                    .collect::<Option<Vec<_>>>()?;
                built.by_month(&months)
            }
            "BYMONTHDAY" => built.by_month_day(numbers(value)?),
            "BYYEARDAY" => built.by_year_day(numbers(value)?),
            "BYWEEKNO" => built.by_week_no(numbers(value)?),
            "BYSETPOS" => built.by_set_pos(numbers(value)?),
            "BYHOUR" => built.by_hour(numbers(value)?),
            "BYMINUTE" => built.by_minute(numbers(value)?),
            "BYSECOND" => built.by_second(numbers(value)?),
            // Extensions (X-…) say nothing about when the event happens.
            _ => built,
        };
    }
    Some(built)
}

/// A wall-clock reading as `rrule` takes it: in its UTC zone, which has no transitions.
fn utc_reading(local: DateTime) -> Option<chrono::DateTime<rrule::Tz>> {
    Some(rrule::Tz::UTC.from_utc_datetime(&naive(local)?))
}

/// The wall-clock starts of a recurrence between two wall-clock readings, expanded by `rrule`.
/// None when the rule cannot be read: the event then counts once, at its start.
fn expand(
    rule: &str,
    start: &When,
    from: DateTime,
    to: DateTime,
    budget: &mut Budget,
) -> Result<Option<Vec<DateTime>>, Unreadable> {
    let Some(rule) = rule_in_wall_clock(rule, start) else { return Ok(None) };
    let (Some(after), Some(before)) = (utc_reading(from), utc_reading(to)) else { return Ok(None) };
    if rule.get_until().is_some_and(|until| *until < after) {
        return Ok(Some(Vec::new()));
    }
    // A COUNT counts from DTSTART, so only an endless or UNTIL rule may start nearer the window.
    let first = match rule.get_count() {
        Some(_) => start.wall_clock(),
        None => nearer_start(start.wall_clock(), rule.get_freq(), rule.get_interval(), from),
    };
    let Some(set) = utc_reading(first).and_then(|first| rule.build(first).ok()) else { return Ok(None) };
    let set = set.walk_limit(MAX_WALK_PER_RULE.min(budget.walk));
    let mut dates = (&set).into_iter();
    let mut out = Vec::new();
    for date in dates.by_ref() {
        if date > before {
            break;
        }
        if date >= after {
            // Counted against the file's occurrences by the caller, with the event's others.
            if out.len() >= budget.occurrences {
                return Err(Unreadable::TooComplex);
            }
            out.extend(civil_datetime(date.naive_utc()));
        }
    }
    budget.walk = budget.walk.saturating_sub(dates.walked());
    if dates.cut_short() {
        return Err(Unreadable::TooComplex);
    }
    Ok(Some(out))
}

/// The latest start at or before `from` that is a whole number of the rule's periods after
/// `start` (`start` itself when there is none), so that expanding from it gives the same dates
/// from `from` on while walking only the window, not the years since `start`. Wall-clock
/// readings have no daylight-saving changes, so days and weeks are exact.
fn nearer_start(start: DateTime, freq: rrule::Frequency, interval: u16, from: DateTime) -> DateTime {
    use rrule::Frequency;
    let interval = i64::from(interval.max(1));
    let exact = |unit: i64| {
        let step = interval * unit;
        let periods = from.duration_since(start).as_secs().div_euclid(step);
        start.checked_add(SignedDuration::from_secs(periods * step)).unwrap_or(start)
    };
    let calendar = |months_per_period: i64| {
        let months = i64::from(from.year() - start.year()) * 12 + i64::from(from.month() - start.month());
        let periods = months.div_euclid(interval * months_per_period);
        // Back a period or a few while the day is past `from` or does not exist (31 April).
        (1..=periods)
            .rev()
            .take(12)
            .filter_map(|n| {
                let span = Span::new().try_months(n * interval * months_per_period).ok()?;
                start.checked_add(span).ok()
            })
            .find(|at| at.day() == start.day() && *at <= from)
            .unwrap_or(start)
    };
    if from <= start {
        return start;
    }
    match freq {
        Frequency::Secondly => exact(1),
        Frequency::Minutely => exact(60),
        Frequency::Hourly => exact(60 * 60),
        Frequency::Daily => exact(24 * 60 * 60),
        Frequency::Weekly => exact(7 * 24 * 60 * 60),
        Frequency::Monthly => calendar(1),
        Frequency::Yearly => calendar(12),
    }
}

/// Fails when the file holds more events than are read, before it is parsed.
fn count_events(text: &str) -> Result<(), Unreadable> {
    let events = text.lines().filter(|line| line.trim_end().eq_ignore_ascii_case("BEGIN:VEVENT")).count();
    if events > MAX_EVENTS { Err(Unreadable::TooComplex) } else { Ok(()) }
}

/// Fails when an event lists more RDATE and EXDATE values than are read, before they are parsed.
fn count_extra_dates(event: &Component<'_>) -> Result<(), Unreadable> {
    let values: usize = event
        .properties
        .iter()
        .filter(|p| ["RDATE", "EXDATE"].iter().any(|name| p.name.as_str().eq_ignore_ascii_case(name)))
        .map(|p| p.val.as_str().matches(',').count() + 1)
        .sum();
    if values > MAX_EXTRA_DATES { Err(Unreadable::TooComplex) } else { Ok(()) }
}

/// The occurrences an event no longer has (EXDATE, or moved and cancelled instances), to look
/// up by what they name: the same instant, or the same day when either is a date. Keys are
/// seconds and day numbers, in sets of the one type the recurrence crate already sets.
#[derive(Default)]
struct Gone {
    instants: BTreeSet<i64>,
    /// The days of dates, and the wall-clock days of times.
    dates: BTreeSet<i64>,
    days_of_times: BTreeSet<i64>,
}

fn day_key(date: civil::Date) -> i64 {
    (i64::from(date.year()) * 16 + i64::from(date.month())) * 32 + i64::from(date.day())
}

impl Gone {
    fn add(&mut self, when: &When, mentor_zone: &TimeZone) {
        match when {
            When::Date(date) => {
                self.dates.insert(day_key(*date));
            }
            other => {
                self.days_of_times.insert(day_key(other.wall_clock().date()));
                self.instants.extend(other.instant(mentor_zone).map(|at| at.as_second()));
            }
        }
    }

    fn has(&self, when: &When, mentor_zone: &TimeZone) -> bool {
        match when {
            When::Date(date) => {
                self.dates.contains(&day_key(*date)) || self.days_of_times.contains(&day_key(*date))
            }
            other => {
                self.dates.contains(&day_key(other.wall_clock().date()))
                    || other.instant(mentor_zone).is_some_and(|at| self.instants.contains(&at.as_second()))
            }
        }
    }
}

/// The busy intervals of an iCalendar file overlapping `[from, to)`, sorted and merged.
/// Floating times and dates are read in `mentor_zone`. The work is bounded by the limits above,
/// whatever the file holds: a file over one is [`Unreadable::TooComplex`].
pub fn busy_intervals(
    ics: &str,
    mentor_zone: &TimeZone,
    from: Timestamp,
    to: Timestamp,
) -> Result<Vec<Busy>, Unreadable> {
    let text = ics.trim_start_matches('\u{feff}').trim_start();
    if !text.get(..15).is_some_and(|head| head.eq_ignore_ascii_case("BEGIN:VCALENDAR")) {
        return Err(Unreadable::NotICalendar);
    }
    count_events(text)?;
    let unfolded = icalendar::parser::unfold(text);
    let calendar = icalendar::parser::read_calendar(&unfolded).map_err(|_| Unreadable::NotICalendar)?;
    let mut events: Vec<Event<'_>> = Vec::new();
    for component in calendar.components.iter().filter(|c| c.name.as_str().eq_ignore_ascii_case("VEVENT")) {
        count_extra_dates(component)?;
        events.extend(Event::read(component, mentor_zone));
    }

    // Moved or cancelled instances, by the UID of the series they belong to.
    let mut overrides: BTreeMap<&str, Gone> = BTreeMap::new();
    for event in &events {
        if let Some(original) = &event.recurrence_id {
            overrides.entry(event.uid).or_default().add(original, mentor_zone);
        }
    }

    // Expansion runs a day wider on each side: wall-clock readings are up to 14 hours from UTC.
    let day = SignedDuration::from_hours(26);
    let wall = |at: Timestamp| at.to_zoned(TimeZone::UTC).datetime();
    let (wide_from, wide_to) = (wall(from - day - SignedDuration::from_hours(24 * 7)), wall(to + day));

    let mut budget = Budget { occurrences: MAX_OCCURRENCES, walk: MAX_WALK_PER_FILE };
    let mut intervals = Vec::new();
    for event in events.iter().filter(|e| e.takes_time) {
        let mut starts: Vec<(When, Option<When>)> = match (event.rrule, &event.recurrence_id) {
            (Some(rule), None) => match expand(rule, &event.start, wide_from, wide_to, &mut budget)? {
                Some(local) => local.into_iter().map(|at| (event.start.at(at), None)).collect(),
                None => vec![(event.start.clone(), None)],
            },
            _ => vec![(event.start.clone(), None)],
        };
        if event.recurrence_id.is_none() {
            starts.extend(event.rdates.iter().cloned());
            let mut gone = Gone::default();
            for exdate in &event.exdates {
                gone.add(exdate, mentor_zone);
            }
            let replaced = overrides.get(event.uid);
            starts.retain(|(start, _)| {
                !gone.has(start, mentor_zone) && !replaced.is_some_and(|r| r.has(start, mentor_zone))
            });
        }
        budget.take_occurrences(starts.len())?;
        for (start, end) in &starts {
            if let Some(busy) = event.interval(start, end.as_ref(), mentor_zone)
                && busy.end > from
                && busy.start < to
            {
                intervals.push(busy);
            }
        }
    }
    Ok(merge(intervals))
}

/// Sorted, with overlapping and touching intervals joined; at most [`MAX_INTERVALS`].
pub fn merge(mut intervals: Vec<Busy>) -> Vec<Busy> {
    intervals.sort_by_key(|b| (b.start, b.end));
    let mut merged: Vec<Busy> = Vec::with_capacity(intervals.len());
    for busy in intervals {
        match merged.last_mut() {
            Some(last) if busy.start <= last.end => last.end = last.end.max(busy.end),
            _ => merged.push(busy),
        }
    }
    merged.truncate(MAX_INTERVALS);
    merged
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn until_reads_utc_dates_and_floating_times_in_basic_format() {
        let start = When::Local(civil::datetime(2026, 11, 2, 9, 0, 0, 0), TimeZone::UTC);
        assert_eq!(
            until_in_wall_clock("20261103T090000Z", &start),
            Some(civil::datetime(2026, 11, 3, 9, 0, 0, 0))
        );
        assert_eq!(
            until_in_wall_clock("20261103", &start),
            Some(civil::datetime(2026, 11, 3, 23, 59, 59, 0))
        );
        assert_eq!(
            until_in_wall_clock("20261103T101500", &start),
            Some(civil::datetime(2026, 11, 3, 10, 15, 0, 0))
        );
        assert_eq!(until_in_wall_clock("20261303", &start), None);
        assert_eq!(until_in_wall_clock("tomorrow", &start), None);
    }

    const WEEKLY: &str = include_str!("../../../tests/fixtures/calendars/weekly.ics");
    const VARIOUS: &str = include_str!("../../../tests/fixtures/calendars/various.ics");

    fn ts(s: &str) -> Timestamp {
        s.parse().unwrap()
    }

    fn busy_in(ics: &str, zone: &str, from: &str, to: &str) -> Vec<(String, String)> {
        let zone = TimeZone::get(zone).unwrap();
        busy_intervals(ics, &zone, ts(from), ts(to))
            .unwrap()
            .iter()
            .map(|b| (b.start.to_string(), b.end.to_string()))
            .collect()
    }

    fn pair(start: &str, end: &str) -> (String, String) {
        (start.to_string(), end.to_string())
    }

    #[test]
    fn a_weekly_meeting_keeps_its_wall_clock_across_dst_with_its_exdate_and_moved_instance() {
        let busy = busy_in(WEEKLY, "Europe/Lisbon", "2026-10-26T00:00:00Z", "2026-11-24T00:00:00Z");
        assert_eq!(
            busy,
            [
                // 10:00 in New York is 14:00Z until 1 November, 15:00Z after.
                pair("2026-10-26T14:00:00Z", "2026-10-26T15:00:00Z"),
                // 2 November is excluded; 9 November moved to 11:00–11:30.
                pair("2026-11-09T16:00:00Z", "2026-11-09T16:30:00Z"),
                pair("2026-11-16T15:00:00Z", "2026-11-16T16:00:00Z"),
                pair("2026-11-23T15:00:00Z", "2026-11-23T16:00:00Z"),
            ]
        );
    }

    #[test]
    fn free_and_cancelled_events_take_no_time_and_dates_and_floating_times_are_the_mentors() {
        let busy = busy_in(VARIOUS, "America/New_York", "2026-10-26T00:00:00Z", "2026-11-24T00:00:00Z");
        assert_eq!(
            busy,
            [
                // The all-day event: the whole of 29 October in New York (EDT, UTC-4).
                pair("2026-10-29T04:00:00Z", "2026-10-30T04:00:00Z"),
                pair("2026-10-30T13:00:00Z", "2026-10-30T13:30:00Z"),
                // Floating 09:00 on 3 November, in the mentor's zone (EST by then).
                pair("2026-11-03T14:00:00Z", "2026-11-03T14:15:00Z"),
            ]
        );
    }

    #[test]
    fn only_the_window_is_expanded_and_a_rule_too_busy_to_read_is_too_complex() {
        let ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:u\r\nDTSTART:20100101T090000Z\r\n\
                   DTEND:20100101T091500Z\r\nRRULE:FREQ=DAILY\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:v\r\n\
                   DTSTART:20261201T000000Z\r\nDTEND:20261201T000100Z\r\nRRULE:FREQ=MINUTELY;INTERVAL=2\r\n\
                   END:VEVENT\r\nEND:VCALENDAR\r\n";
        let zone = TimeZone::UTC;
        let daily =
            busy_intervals(ics, &zone, ts("2026-11-01T00:00:00Z"), ts("2026-11-08T00:00:00Z")).unwrap();
        assert_eq!(daily.len(), 7, "one a day since 2010, only the week asked for");
        assert_eq!(daily[0].start, ts("2026-11-01T09:00:00Z"));
        // Every other minute for a month is more than a file may hold.
        let minutely = busy_intervals(ics, &zone, ts("2026-12-01T00:00:00Z"), ts("2027-01-01T00:00:00Z"));
        assert_eq!(minutely, Err(Unreadable::TooComplex));
    }

    /// A calendar of `events`, each `body` (its properties, CRLF-separated) with a UID of its own.
    fn calendar_of(events: usize, body: &str) -> String {
        let mut ics = String::from("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n");
        for n in 0..events {
            ics.push_str(&format!("BEGIN:VEVENT\r\nUID:{n}\r\n{body}END:VEVENT\r\n"));
        }
        ics.push_str("END:VCALENDAR\r\n");
        ics
    }

    fn read_week(ics: &str) -> Result<Vec<Busy>, Unreadable> {
        busy_intervals(ics, &TimeZone::UTC, ts("2026-11-02T00:00:00Z"), ts("2026-11-09T00:00:00Z"))
    }

    #[test]
    fn a_secondly_rule_from_year_one_is_refused_in_well_under_a_second() {
        let ics =
            calendar_of(1, "DTSTART:00010101T000000Z\r\nDTEND:00010101T000001Z\r\nRRULE:FREQ=SECONDLY\r\n");
        let started = std::time::Instant::now();
        assert_eq!(read_week(&ics), Err(Unreadable::TooComplex));
        let took = started.elapsed();
        assert!(took < std::time::Duration::from_secs(1), "{took:?}");
    }

    #[test]
    fn rules_from_long_ago_walk_only_the_window_and_keep_their_day_and_time() {
        let starts = |start: &str, rule: &str| -> Vec<String> {
            let ics = calendar_of(1, &format!("DTSTART:{start}\r\nDURATION:PT15M\r\nRRULE:{rule}\r\n"));
            busy_intervals(&ics, &TimeZone::UTC, ts("2026-01-01T00:00:00Z"), ts("2026-12-31T00:00:00Z"))
                .unwrap()
                .iter()
                .map(|b| b.start.to_string())
                .collect()
        };
        // Every 7 hours since year 1: as many as the walk allows only because it starts near 2026.
        let every_seven_hours = starts("00010101T000000Z", "FREQ=HOURLY;INTERVAL=7;UNTIL=20260102T000000Z");
        let expected: Vec<String> = {
            let first = ts("0001-01-01T00:00:00Z");
            let step = SignedDuration::from_hours(7);
            let periods = ts("2026-01-01T00:00:00Z").duration_since(first).as_secs().div_euclid(7 * 3600) + 1;
            (0..4)
                .map(|n| (first + step * i32::try_from(periods + n).unwrap()).to_string())
                .take_while(|at| at.as_str() <= "2026-01-02T00:00:00Z")
                .collect()
        };
        assert_eq!(every_seven_hours, expected);
        // The 31st of every month since 2000: only months that have one.
        assert_eq!(
            starts("20000131T090000Z", "FREQ=MONTHLY;INTERVAL=1;UNTIL=20260601T000000Z"),
            ["2026-01-31T09:00:00Z", "2026-03-31T09:00:00Z", "2026-05-31T09:00:00Z"]
        );
        // 29 February every four years since 1904, and a fortnightly Tuesday since 1990.
        assert_eq!(starts("19040229T120000Z", "FREQ=YEARLY;INTERVAL=4"), Vec::<String>::new());
        assert_eq!(starts("19040229T120000Z", "FREQ=YEARLY").len(), 0, "2026 has no 29 February");
        let fortnightly =
            starts("19900102T080000Z", "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;UNTIL=20260201T000000Z");
        assert_eq!(fortnightly, ["2026-01-13T08:00:00Z", "2026-01-27T08:00:00Z"]);
        // A COUNT counts from DTSTART: 10,000 days from 2000 end on 18 May 2027, 9,000 in 2024.
        assert_eq!(starts("20000101T100000Z", "FREQ=DAILY;COUNT=10000").len(), 364);
        assert!(starts("20000101T100000Z", "FREQ=DAILY;COUNT=9000").is_empty());
    }

    #[test]
    fn each_limit_makes_a_file_too_complex_and_just_under_it_is_read() {
        let plain = "DTSTART:20261103T100000Z\r\nDURATION:PT15M\r\n";
        assert_eq!(read_week(&calendar_of(MAX_EVENTS, plain)).map(|b| b.len()), Ok(1));
        assert_eq!(read_week(&calendar_of(MAX_EVENTS + 1, plain)), Err(Unreadable::TooComplex), "events");

        // An hourly rule has about 2,500 occurrences near a week's window read 90 days ahead.
        let hourly = "DTSTART:20261101T000000Z\r\nDURATION:PT15M\r\nRRULE:FREQ=HOURLY\r\n";
        let quarter = |events| {
            busy_intervals(
                &calendar_of(events, hourly),
                &TimeZone::UTC,
                ts("2026-11-02T00:00:00Z"),
                ts("2027-02-01T00:00:00Z"),
            )
        };
        assert!(quarter(7).is_ok());
        assert_eq!(quarter(9), Err(Unreadable::TooComplex), "occurrences");

        let dates = |n: usize| {
            let list: Vec<String> = (0..n).map(|i| format!("{}T100000Z", 20261103 + i % 3)).collect();
            format!("{plain}RDATE:{}\r\nEXDATE:20261103T100000Z\r\n", list.join(","))
        };
        assert!(read_week(&calendar_of(1, &dates(MAX_EXTRA_DATES - 1))).is_ok());
        assert_eq!(read_week(&calendar_of(1, &dates(MAX_EXTRA_DATES))), Err(Unreadable::TooComplex), "dates");

        // A COUNT rule is walked from its start, a day and its one time each: 9,000 days from
        // 1960 fit, 12,000 do not.
        let counted = |count: u32| {
            format!("DTSTART:19600101T100000Z\r\nDURATION:PT15M\r\nRRULE:FREQ=DAILY;COUNT={count}\r\n")
        };
        assert_eq!(read_week(&calendar_of(1, &counted(9_000))), Ok(Vec::new()));
        assert_eq!(
            read_week(&calendar_of(1, &counted(12_000))),
            Err(Unreadable::TooComplex),
            "walk per rule"
        );
        // Eleven such rules walk 198,000 steps; twelve more than a file may.
        assert_eq!(read_week(&calendar_of(11, &counted(9_000))), Ok(Vec::new()));
        assert_eq!(
            read_week(&calendar_of(12, &counted(9_000))),
            Err(Unreadable::TooComplex),
            "walk per file"
        );
    }

    #[test]
    fn the_reported_hostile_calendars_are_refused_quickly() {
        let started = std::time::Instant::now();
        let endless = calendar_of(1, "DTSTART:00010101T000000Z\r\nDURATION:PT1S\r\nRRULE:FREQ=SECONDLY\r\n");
        let many = calendar_of(
            6_000,
            "DTSTART:20261102T000000Z\r\nDURATION:PT1M\r\nRRULE:FREQ=MINUTELY;COUNT=5000\r\n",
        );
        for ics in [endless, many] {
            assert_eq!(read_week(&ics), Err(Unreadable::TooComplex));
        }
        let took = started.elapsed();
        assert!(took < std::time::Duration::from_secs(1), "{took:?}");
    }

    #[test]
    fn until_in_utc_ends_a_local_series_and_rdates_add_instances() {
        let ics = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:u\r\nDTSTART;TZID=Europe/Berlin:20261102T180000\r\n\
                   DTEND;TZID=Europe/Berlin:20261102T190000\r\nRRULE:FREQ=DAILY;UNTIL=20261104T170000Z\r\n\
                   RDATE;TZID=Europe/Berlin:20261110T080000,20261111T080000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        let busy = busy_in(ics, "UTC", "2026-11-01T00:00:00Z", "2026-11-30T00:00:00Z");
        assert_eq!(
            busy,
            [
                pair("2026-11-02T17:00:00Z", "2026-11-02T18:00:00Z"),
                pair("2026-11-03T17:00:00Z", "2026-11-03T18:00:00Z"),
                pair("2026-11-04T17:00:00Z", "2026-11-04T18:00:00Z"),
                pair("2026-11-10T07:00:00Z", "2026-11-10T08:00:00Z"),
                pair("2026-11-11T07:00:00Z", "2026-11-11T08:00:00Z"),
            ]
        );
    }

    #[test]
    fn monthly_rules_with_ordinals_set_positions_counts_and_intervals() {
        let event = |start: &str, rule: &str| {
            format!(
                "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:u\r\nDTSTART;TZID=America/New_York:{start}\r\n\
                 DURATION:PT30M\r\nRRULE:{rule}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
            )
        };
        let starts = |ics: String| -> Vec<String> {
            busy_in(&ics, "UTC", "2026-01-01T00:00:00Z", "2027-01-01T00:00:00Z")
                .iter()
                .map(|(start, _)| start.clone())
                .collect()
        };
        // The second Tuesday of every other month, three times; 09:00 New York in EST then EDT.
        assert_eq!(
            starts(event("20260113T090000", "FREQ=MONTHLY;INTERVAL=2;BYDAY=2TU;COUNT=3")),
            ["2026-01-13T14:00:00Z", "2026-03-10T13:00:00Z", "2026-05-12T13:00:00Z"]
        );
        // The last weekday of the month, from November, until the end of the year.
        assert_eq!(
            starts(event(
                "20261130T090000",
                "freq=monthly;byday=MO,TU,WE,TH,FR;bysetpos=-1;until=20261231T235959Z;wkst=SU"
            )),
            ["2026-11-30T14:00:00Z", "2026-12-31T14:00:00Z"]
        );
        // A rule that cannot be read counts once, at its start.
        assert_eq!(starts(event("20261130T090000", "FREQ=SOMETIMES")), ["2026-11-30T14:00:00Z"]);
    }

    #[test]
    fn files_that_are_not_calendars_are_refused() {
        let zone = TimeZone::UTC;
        let (from, to) = (ts("2026-11-01T00:00:00Z"), ts("2026-11-08T00:00:00Z"));
        for text in ["", "<!doctype html><html></html>", "{\"events\": []}", "BEGIN:VCARD\r\nEND:VCARD\r\n"] {
            assert_eq!(busy_intervals(text, &zone, from, to), Err(Unreadable::NotICalendar), "{text}");
        }
        let empty = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n";
        assert_eq!(busy_intervals(empty, &zone, from, to), Ok(Vec::new()));
    }

    #[test]
    fn overlapping_intervals_merge() {
        let b = |s: &str, e: &str| Busy { start: ts(s), end: ts(e) };
        let merged = merge(vec![
            b("2026-11-01T10:00:00Z", "2026-11-01T11:00:00Z"),
            b("2026-11-01T09:00:00Z", "2026-11-01T10:00:00Z"),
            b("2026-11-01T10:30:00Z", "2026-11-01T12:00:00Z"),
            b("2026-11-02T10:00:00Z", "2026-11-02T11:00:00Z"),
        ]);
        assert_eq!(
            merged,
            [
                b("2026-11-01T09:00:00Z", "2026-11-01T12:00:00Z"),
                b("2026-11-02T10:00:00Z", "2026-11-02T11:00:00Z")
            ]
        );
    }
}
