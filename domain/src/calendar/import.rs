//! Busy times from a mentor's own calendar, read from its secret iCalendar address.
//!
//! The `icalendar` crate parses the file and its date-time values; the `rrule` crate expands
//! recurrences. Recurrences are expanded in the event's wall-clock time and each occurrence is
//! then placed in its zone by jiff, so a weekly 10:00 meeting in New York stays at 10:00 across
//! the daylight-saving change. Only intervals come out: no title, description, attendee or
//! location of any event is kept.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate, NaiveDateTime, TimeZone as _, Timelike};
use icalendar::parser::{Component, Property};
use icalendar::{CalendarDateTime, DatePerhapsTime};
use jiff::civil::{self, DateTime};
use jiff::tz::TimeZone;
use jiff::{SignedDuration, Span, Timestamp};

use crate::slots::Busy;

/// At most this many busy intervals are kept from one calendar.
pub const MAX_INTERVALS: usize = 2_000;
/// At most this many occurrences of one recurring event fall in the window.
const MAX_OCCURRENCES: u16 = 2_000;

/// The file is not an iCalendar calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotICalendar;

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
        if let Ok(zone) = TimeZone::get(rest) {
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

/// Whether two starts name the same occurrence: the same instant, or the same day for dates.
fn same_occurrence(a: &When, b: &When, mentor_zone: &TimeZone) -> bool {
    match (a, b) {
        (When::Date(x), When::Date(y)) => x == y,
        (When::Date(x), other) | (other, When::Date(x)) => other.wall_clock().date() == *x,
        _ => a.instant(mentor_zone).is_some() && a.instant(mentor_zone) == b.instant(mentor_zone),
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
fn expand(rule: &str, start: &When, from: DateTime, to: DateTime) -> Option<Vec<DateTime>> {
    let rule = rule_in_wall_clock(rule, start)?;
    let set =
        rule.build(utc_reading(start.wall_clock())?).ok()?.after(utc_reading(from)?).before(utc_reading(to)?);
    let dates = set.all(MAX_OCCURRENCES).dates;
    Some(dates.iter().filter_map(|date| civil_datetime(date.naive_utc())).collect())
}

/// The busy intervals of an iCalendar file overlapping `[from, to)`, sorted and merged.
/// Floating times and dates are read in `mentor_zone`.
pub fn busy_intervals(
    ics: &str,
    mentor_zone: &TimeZone,
    from: Timestamp,
    to: Timestamp,
) -> Result<Vec<Busy>, NotICalendar> {
    let text = ics.trim_start_matches('\u{feff}').trim_start();
    if !text.get(..15).is_some_and(|head| head.eq_ignore_ascii_case("BEGIN:VCALENDAR")) {
        return Err(NotICalendar);
    }
    let unfolded = icalendar::parser::unfold(text);
    let calendar = icalendar::parser::read_calendar(&unfolded).map_err(|_| NotICalendar)?;
    let events: Vec<Event<'_>> = calendar
        .components
        .iter()
        .filter(|c| c.name.as_str().eq_ignore_ascii_case("VEVENT"))
        .filter_map(|c| Event::read(c, mentor_zone))
        .collect();

    // Moved or cancelled instances, by the UID of the series they belong to.
    let mut overrides: BTreeMap<&str, Vec<&When>> = BTreeMap::new();
    for event in &events {
        if let Some(original) = &event.recurrence_id {
            overrides.entry(event.uid).or_default().push(original);
        }
    }

    // Expansion runs a day wider on each side: wall-clock readings are up to 14 hours from UTC.
    let day = SignedDuration::from_hours(26);
    let wall = |at: Timestamp| at.to_zoned(TimeZone::UTC).datetime();
    let (wide_from, wide_to) = (wall(from - day - SignedDuration::from_hours(24 * 7)), wall(to + day));

    let mut intervals = Vec::new();
    for event in events.iter().filter(|e| e.takes_time) {
        let mut starts: Vec<(When, Option<When>)> = match (event.rrule, &event.recurrence_id) {
            (Some(rule), None) => match expand(rule, &event.start, wide_from, wide_to) {
                Some(local) => local.into_iter().map(|at| (event.start.at(at), None)).collect(),
                None => vec![(event.start.clone(), None)],
            },
            _ => vec![(event.start.clone(), None)],
        };
        if event.recurrence_id.is_none() {
            starts.extend(event.rdates.iter().cloned());
            let replaced = overrides.get(event.uid).map(Vec::as_slice).unwrap_or_default();
            starts.retain(|(start, _)| {
                !event
                    .exdates
                    .iter()
                    .chain(replaced.iter().copied())
                    .any(|gone| same_occurrence(start, gone, mentor_zone))
            });
        }
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
    fn only_the_window_is_expanded_and_an_endless_rule_stays_bounded() {
        let ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:u\r\nDTSTART:20100101T090000Z\r\n\
                   DTEND:20100101T091500Z\r\nRRULE:FREQ=DAILY\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:v\r\n\
                   DTSTART:20261201T000000Z\r\nDTEND:20261201T000100Z\r\nRRULE:FREQ=MINUTELY;INTERVAL=2\r\n\
                   END:VEVENT\r\nEND:VCALENDAR\r\n";
        let zone = TimeZone::UTC;
        let daily =
            busy_intervals(ics, &zone, ts("2026-11-01T00:00:00Z"), ts("2026-11-08T00:00:00Z")).unwrap();
        assert_eq!(daily.len(), 7, "one a day since 2010, only the week asked for");
        assert_eq!(daily[0].start, ts("2026-11-01T09:00:00Z"));
        let minutely =
            busy_intervals(ics, &zone, ts("2026-12-01T00:00:00Z"), ts("2027-01-01T00:00:00Z")).unwrap();
        assert!(minutely.len() <= MAX_INTERVALS, "{}", minutely.len());
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
            assert_eq!(busy_intervals(text, &zone, from, to), Err(NotICalendar), "{text}");
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
