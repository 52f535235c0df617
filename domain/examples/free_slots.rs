//! Times free-slot computation for a busy mentor over a full 21-day horizon:
//! `cargo run --release -p domain --example free_slots` (part of `make bench`).

use std::time::Instant;

use domain::slots::{Availability, Busy, WeeklyWindow, free_slots};
use jiff::civil::Weekday;
use jiff::tz::TimeZone;
use jiff::{SignedDuration, Timestamp};

fn main() {
    let weekdays = [
        Weekday::Monday,
        Weekday::Tuesday,
        Weekday::Wednesday,
        Weekday::Thursday,
        Weekday::Friday,
        Weekday::Saturday,
        Weekday::Sunday,
    ];
    let rules = Availability {
        timezone: TimeZone::get("Europe/London").expect("a known zone"),
        weekly: weekdays
            .into_iter()
            .map(|weekday| WeeklyWindow { weekday, start_minute: 8 * 60, end_minute: 20 * 60 })
            .collect(),
        one_off: Vec::new(),
        blocked_dates: Vec::new(),
        min_notice_minutes: 120,
        horizon_days: 21,
        buffer_minutes: 15,
        max_per_day: Some(20),
        max_per_week: Some(100),
        calendar_busy: Vec::new(),
        free_now: None,
    };
    let now: Timestamp = "2026-10-20T06:00:00Z".parse().expect("a valid instant");
    // Every fifth slot across the horizon is booked: about 200 bookings.
    let busy: Vec<Busy> = (0..21 * 48 / 5)
        .map(|i| {
            let start = now + SignedDuration::from_mins(75 * i);
            Busy { start, end: start + SignedDuration::from_mins(15) }
        })
        .collect();
    let until = now + SignedDuration::from_hours(24 * 21);

    let mut times = Vec::new();
    let mut count = 0;
    for _ in 0..200 {
        let started = Instant::now();
        count = free_slots(&rules, &busy, now, now, until).len();
        times.push(started.elapsed());
    }
    times.sort();
    let percentile = |p: usize| times[(times.len() * p / 100).min(times.len() - 1)];
    println!(
        "  free slots, 21-day horizon, {} bookings:  p50 {:?}   p99 {:?}   ({count} slots)",
        busy.len(),
        percentile(50),
        percentile(99)
    );
}
