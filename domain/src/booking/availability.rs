//! Availability as a mentor writes it: weekly windows, one-off slots, blocked dates and limits,
//! parsed into the rules slots are computed from.

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use crate::error::ApiError;
use crate::slots::{self, Availability, WeeklyWindow};

use super::input::parse_quarter_hour;

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
        let timezone = crate::zones::get(&zone_name)
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
