//! A mentor's busy calendars and "I'm free right now" as the mentor sees them.

use domain::calendar::{BusyCalendar, CalendarStatus, FreeNowView};
use domain::slots::{FreeNow, Slot};
use domain::time::rfc3339;
use jiff::Timestamp;

use crate::services::calendars::in_use;
use crate::store::calendars::CalendarRow;

pub fn busy_calendars(rows: &[CalendarRow], now: Timestamp) -> Vec<BusyCalendar> {
    rows.iter()
        .map(|row| BusyCalendar {
            id: row.id.clone(),
            host: row.host.clone(),
            ends_with: row.tail.clone(),
            // Not read yet: its read is on the calendar queue.
            status: Some(row.status().unwrap_or(CalendarStatus::Pending)),
            busy_intervals: if in_use(row, now) {
                u32::try_from(row.interval_count).unwrap_or(u32::MAX)
            } else {
                0
            },
            fetched_at: row.fetched_at.map(rfc3339),
            ok_at: row.ok_at.map(rfc3339),
        })
        .collect()
}

pub fn free_now(window: &FreeNow, slots: &[Slot]) -> FreeNowView {
    FreeNowView {
        start: rfc3339(window.start),
        end: rfc3339(window.end),
        slots: slots.iter().map(super::slot).collect(),
    }
}
