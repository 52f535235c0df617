//! Instants on the wire and in storage: RFC 3339 in UTC, to the second.

use jiff::Timestamp;

pub fn rfc3339(at: Timestamp) -> String {
    at.strftime("%Y-%m-%dT%H:%M:%SZ").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_utc_to_the_second() {
        let at = Timestamp::from_millisecond(1_795_000_000_123).unwrap();
        assert_eq!(rfc3339(at), "2026-11-18T11:06:40Z");
    }
}
