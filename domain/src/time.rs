//! Instants on the wire and in storage: RFC 3339 in UTC, to the second.

use jiff::civil::Date;
use jiff::{SignedDuration, Timestamp};

use crate::error::ApiError;

/// How far back and ahead of now a client may name a time: nothing the product offers lies
/// further, and jiff's range ends in the year 9999, where arithmetic would overflow.
pub const PAST_REACH_DAYS: i64 = 366;
pub const FUTURE_REACH_DAYS: i64 = 731;

/// `at` moved by `by`, held at the ends of time rather than overflowing.
pub fn shifted(at: Timestamp, by: SignedDuration) -> Timestamp {
    at.checked_add(by).unwrap_or(if by.is_negative() { Timestamp::MIN } else { Timestamp::MAX })
}

/// The earliest and latest instants a client may name at `now`.
pub fn reach(now: Timestamp) -> (Timestamp, Timestamp) {
    (
        shifted(now, SignedDuration::from_hours(-24 * PAST_REACH_DAYS)),
        shifted(now, SignedDuration::from_hours(24 * FUTURE_REACH_DAYS)),
    )
}

/// Why a client's time was not read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unread {
    /// Not a time at all, or a day that does not exist (2026-02-30).
    Malformed,
    /// A real time, but further from now than [`reach`].
    OutOfReach,
}

/// Reads an RFC 3339 instant a client sent, refusing one out of [`reach`].
pub fn client_instant(raw: &str, now: Timestamp) -> Result<Timestamp, Unread> {
    let raw = raw.trim();
    let Ok(at) = raw.parse::<Timestamp>() else {
        // Shaped like a time but past jiff's range (9999-12-31T23:45:00Z): out of reach too.
        return Err(match jiff::fmt::temporal::Pieces::parse(raw) {
            Ok(pieces) if pieces.time().is_some() && pieces.offset().is_some() => Unread::OutOfReach,
            _ => Unread::Malformed,
        });
    };
    let (earliest, latest) = reach(now);
    if at < earliest || at > latest { Err(Unread::OutOfReach) } else { Ok(at) }
}

/// The 422 for a time out of [`reach`].
pub fn out_of_reach(field: &str) -> ApiError {
    ApiError::validation(field, "Pick a time within a year before and two years after today.")
}

/// An instant in a request body: 422 naming `field` when malformed or out of [`reach`].
pub fn parse_client_instant(field: &str, raw: &str, now: Timestamp) -> Result<Timestamp, ApiError> {
    client_instant(raw, now).map_err(|unread| match unread {
        Unread::Malformed => {
            ApiError::validation(field, format!("\"{raw}\" is not a time like 2026-12-01T14:00:00Z."))
        }
        Unread::OutOfReach => out_of_reach(field),
    })
}

/// A calendar date (YYYY-MM-DD) in a request body, in any zone: 422 naming `field` when
/// malformed or more than a day outside the UTC dates of [`reach`].
pub fn parse_client_date(field: &str, raw: &str, now: Timestamp) -> Result<Date, ApiError> {
    // Only YYYY-MM-DD: jiff would also read the date of "2026-12-24 10:00".
    let date =
        raw.trim().parse::<Date>().ok().filter(|date| date.to_string() == raw.trim()).ok_or_else(|| {
            ApiError::validation(field, format!("\"{raw}\" is not a date like 2026-12-24."))
        })?;
    let (earliest, latest) = date_reach(now);
    if date < earliest || date > latest { Err(out_of_reach(field)) } else { Ok(date) }
}

/// The first and last dates a client may name at `now`: those of [`reach`] in UTC, and a day
/// either side for zones.
pub fn date_reach(now: Timestamp) -> (Date, Date) {
    let (earliest, latest) = reach(now);
    let utc_date = |at: Timestamp| at.to_zoned(jiff::tz::TimeZone::UTC).date();
    (utc_date(earliest).yesterday().unwrap_or(Date::MIN), utc_date(latest).tomorrow().unwrap_or(Date::MAX))
}

/// Reads an instant from JSON or a database row. jiff's own `Deserialize` would format its parse
/// error, and that formatting alone is 8 KB of each Worker's gzipped wasm; serde's fixed
/// "invalid value" message says the same.
pub fn instant<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<Timestamp, D::Error> {
    struct Instant;
    impl serde::de::Visitor<'_> for Instant {
        type Value = Timestamp;
        fn expecting(&self, out: &mut std::fmt::Formatter) -> std::fmt::Result {
            out.write_str("an RFC 3339 instant")
        }
        fn visit_str<E: serde::de::Error>(self, raw: &str) -> Result<Timestamp, E> {
            raw.parse().map_err(|_| E::invalid_value(serde::de::Unexpected::Str(raw), &self))
        }
    }
    deserializer.deserialize_str(Instant)
}

/// [`instant`], or nothing for a null.
pub fn opt_instant<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<Option<Timestamp>, D::Error> {
    #[derive(serde::Deserialize)]
    struct Present(#[serde(deserialize_with = "instant")] Timestamp);
    let present: Option<Present> = serde::Deserialize::deserialize(deserializer)?;
    Ok(present.map(|Present(at)| at))
}

pub fn rfc3339(at: Timestamp) -> String {
    at.strftime("%Y-%m-%dT%H:%M:%SZ").to_string()
}

/// The zone's offset from UTC at `at`, in minutes (e.g. 345 for Asia/Kathmandu). Unknown zones
/// count as UTC; zones are checked when they are stored.
pub fn utc_offset_minutes(timezone: &str, at: Timestamp) -> i64 {
    crate::zones::get(timezone).map_or(0, |zone| i64::from(zone.to_offset(at).seconds()) / 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn now() -> Timestamp {
        "2026-12-05T10:00:00Z".parse().unwrap()
    }

    #[test]
    fn shifting_stops_at_the_ends_of_time() {
        let day = SignedDuration::from_hours(24);
        assert_eq!(shifted(now(), day), "2026-12-06T10:00:00Z".parse().unwrap());
        assert_eq!(shifted(Timestamp::MAX, day), Timestamp::MAX);
        assert_eq!(shifted(Timestamp::MIN, -day), Timestamp::MIN);
        assert_eq!(shifted("9999-12-30T00:00:00Z".parse().unwrap(), day * 7), Timestamp::MAX);
    }

    #[test]
    fn client_instants_are_read_within_a_year_back_and_two_ahead() {
        let read = |raw: &str| client_instant(raw, now());
        assert_eq!(read(" 2026-12-05T10:15:00Z "), Ok("2026-12-05T10:15:00Z".parse().unwrap()));
        assert!(read("2025-12-05T10:00:00Z").is_ok(), "a year back");
        assert!(read("2028-12-05T10:00:00Z").is_ok(), "two years ahead");
        for far in [
            "2025-12-01T00:00:00Z",
            "2028-12-10T00:00:00Z",
            "9999-12-30T00:00:00Z",
            "9999-12-31T23:45:00Z",
            "0001-01-01T00:00:00Z",
            "-009999-01-01T00:00:00Z",
        ] {
            assert_eq!(read(far), Err(Unread::OutOfReach), "{far}");
        }
        for malformed in ["2026-02-30T10:00:00Z", "tomorrow", "", "2026-12-05", "2026-12-05T10:00:00"] {
            assert_eq!(read(malformed), Err(Unread::Malformed), "{malformed}");
        }
    }

    #[test]
    fn a_body_instant_out_of_reach_or_malformed_is_422_on_its_field() {
        for raw in ["9999-12-30T00:00:00Z", "2026-02-30T10:00:00Z", "-009999-01-01T00:00:00Z"] {
            let error = parse_client_instant("start", raw, now()).unwrap_err();
            assert_eq!((error.status(), error.field.as_deref()), (422, Some("start")), "{raw}");
        }
    }

    #[test]
    fn client_dates_are_read_within_the_same_reach_in_any_zone() {
        let read = |raw: &str| parse_client_date("blocked_dates", raw, now());
        assert!(read("2026-12-24").is_ok());
        assert!(read("2025-12-04").is_ok(), "a year back, and a day for zones");
        assert!(read("2028-12-06").is_ok(), "two years ahead, and a day for zones");
        for bad in [
            "2025-11-30",
            "2028-12-10",
            "9999-12-31",
            "0001-01-01",
            "-009999-01-01",
            "2026-02-30",
            "x",
            "2026-12-24 10:00",
        ] {
            let error = read(bad).unwrap_err();
            assert_eq!((error.status(), error.field.as_deref()), (422, Some("blocked_dates")), "{bad}");
        }
    }

    #[test]
    fn formats_utc_to_the_second() {
        let at = Timestamp::from_millisecond(1_795_000_000_123).unwrap();
        assert_eq!(rfc3339(at), "2026-11-18T11:06:40Z");
    }

    #[test]
    fn offsets_follow_daylight_saving_and_odd_zones() {
        let winter: Timestamp = "2026-01-15T12:00:00Z".parse().unwrap();
        let summer: Timestamp = "2026-07-15T12:00:00Z".parse().unwrap();
        assert_eq!(utc_offset_minutes("America/New_York", winter), -300);
        assert_eq!(utc_offset_minutes("America/New_York", summer), -240);
        assert_eq!(utc_offset_minutes("Asia/Kathmandu", winter), 345);
        assert_eq!(utc_offset_minutes("Australia/Lord_Howe", winter), 660, "30-minute DST");
        assert_eq!(utc_offset_minutes("Australia/Lord_Howe", summer), 630);
        assert_eq!(utc_offset_minutes("Pacific/Chatham", winter), 825);
    }
}
