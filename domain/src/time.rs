//! Instants on the wire and in storage: RFC 3339 in UTC, to the second.

use jiff::Timestamp;

pub fn rfc3339(at: Timestamp) -> String {
    at.strftime("%Y-%m-%dT%H:%M:%SZ").to_string()
}

/// The zone's offset from UTC at `at`, in minutes (e.g. 345 for Asia/Kathmandu). Unknown zones
/// count as UTC; zones are checked when they are stored.
pub fn utc_offset_minutes(timezone: &str, at: Timestamp) -> i64 {
    jiff::tz::TimeZone::get(timezone).map_or(0, |zone| i64::from(zone.to_offset(at).seconds()) / 60)
}

#[cfg(test)]
mod tests {
    use super::*;

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
