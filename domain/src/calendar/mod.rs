//! Calendars around the slots: a person's subscribable feed of their sessions, busy times read
//! from a mentor's own calendars, and "I'm free right now".

#[cfg(feature = "calendars")]
pub mod import;

use serde::{Deserialize, Serialize};

use crate::booking::SlotView;
use crate::error::ApiError;
use crate::slots::{Busy, SlotStatus};

/// `GET`, `POST /api/me/calendar-feed`: the feed's address, null while it is off.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CalendarFeed {
    pub url: Option<String>,
}

/// A feed token: 256 random bits as 64 lowercase hex digits. Anything else names no feed.
pub fn is_feed_token(token: &str) -> bool {
    token.len() == 64 && token.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// How many of their own calendars a mentor may read busy times from.
pub const MAX_BUSY_CALENDARS: usize = 3;
/// The longest calendar address taken.
const MAX_URL_CHARS: usize = 2_000;

/// `PUT /api/me/busy-calendars`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BusyCalendarsInput {
    /// Secret iCalendar addresses (`https://…`, or `webcal://…`, read as https), at most 3.
    pub urls: Vec<String>,
}

/// A calendar address, checked. The address is a secret: only `host` and `tail` are ever shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CalendarAddress {
    pub url: String,
    pub host: String,
    /// The address's last 4 characters, so that the mentor can tell two apart.
    pub tail: String,
}

/// Checks the addresses: https only (development also allows `http://127.0.0.1` and
/// `http://localhost`, so that tests can serve files), no address twice, at most 3.
pub fn parse_addresses(urls: &[String], allow_local_http: bool) -> Result<Vec<CalendarAddress>, ApiError> {
    if urls.len() > MAX_BUSY_CALENDARS {
        return Err(ApiError::validation("urls", "Add at most 3 calendars."));
    }
    let mut out: Vec<CalendarAddress> = Vec::new();
    for raw in urls {
        let address = parse_address(raw.trim(), allow_local_http)?;
        if !out.iter().any(|a| a.url == address.url) {
            out.push(address);
        }
    }
    Ok(out)
}

/// One address, read by the same URL parser the fetch uses, so that the host checked is the
/// host fetched (`https://127.0.0.1\@example.com/` is 127.0.0.1 to both). The address it gives
/// back is that parser's, and is what is fetched.
fn parse_address(raw: &str, allow_local_http: bool) -> Result<CalendarAddress, ApiError> {
    use url::Host;
    let invalid = |why: &str| ApiError::validation("urls", why.to_string());
    let not_https = || invalid("Use the calendar's https:// address.");
    let not_shared =
        || invalid("Use the address your calendar service gives for sharing or exporting the calendar.");
    if raw.chars().count() > MAX_URL_CHARS {
        return Err(invalid("A calendar address is at most 2,000 characters."));
    }
    if raw.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(invalid("A calendar address has no spaces."));
    }
    let (scheme, rest) = raw.split_once("://").ok_or_else(not_https)?;
    let scheme = scheme.to_ascii_lowercase();
    let (https, rest) = match scheme.as_str() {
        // webcal is https by another name.
        "https" | "webcal" | "webcals" => (true, rest),
        "http" if allow_local_http => (false, rest),
        _ => return Err(not_https()),
    };
    let parsed = url::Url::parse(&format!("{}://{rest}", if https { "https" } else { "http" }))
        .map_err(|_| not_shared())?;
    let public = match parsed.host() {
        Some(Host::Domain(name)) => {
            let name = name.trim_end_matches('.');
            name.contains('.') && !name.ends_with(".localhost")
        }
        // A calendar service gives a name, never an address of a machine.
        Some(Host::Ipv4(_) | Host::Ipv6(_)) | None => false,
    };
    // Development serves test files from this machine, over plain http only.
    let local = matches!(parsed.host(), Some(Host::Domain("localhost")))
        || matches!(parsed.host(), Some(Host::Ipv4(ip)) if ip == std::net::Ipv4Addr::LOCALHOST);
    let allowed = if https { public } else { local };
    if !allowed {
        return Err(if https || local { not_shared() } else { not_https() });
    }
    let url = parsed.to_string();
    let host = parsed.host_str().unwrap_or_default().to_string();
    let tail: String = {
        let chars: Vec<char> = url.chars().collect();
        chars[chars.len().saturating_sub(4)..].iter().collect()
    };
    Ok(CalendarAddress { url, host, tail })
}

/// How the last fetch of a calendar went.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum CalendarStatus {
    /// Saved and waiting for its first read, which the jobs Worker does within seconds.
    Pending,
    Ok,
    /// No answer, an error status, too many redirects or a redirect off https.
    Unreachable,
    /// An answer that is not an iCalendar file.
    NotIcalendar,
    /// Over 1 MB.
    TooLarge,
    /// No complete answer within 5 seconds.
    TooSlow,
    /// More events, repeats or exceptions than are read (see `import`'s limits), or reading it
    /// stopped twice without finishing. Tried again after a day.
    TooComplex,
}

impl CalendarStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Pending => "pending",
            Self::Ok => "ok",
            Self::Unreachable => "unreachable",
            Self::NotIcalendar => "not_icalendar",
            Self::TooLarge => "too_large",
            Self::TooSlow => "too_slow",
            Self::TooComplex => "too_complex",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        [
            Self::Pending,
            Self::Ok,
            Self::Unreachable,
            Self::NotIcalendar,
            Self::TooLarge,
            Self::TooSlow,
            Self::TooComplex,
        ]
        .into_iter()
        .find(|status| status.as_str() == raw)
    }
}

/// The most one calendar file may weigh.
pub const MAX_CALENDAR_BYTES: usize = 1024 * 1024;
/// How long one fetch may take, redirects and body included.
pub const FETCH_TIMEOUT_SECONDS: u64 = 5;
pub const MAX_REDIRECTS: usize = 3;
/// Busy times of a calendar that cannot be fetched are kept this long after its last good fetch.
pub const KEEP_BUSY_HOURS: i64 = 24;
/// How often the scheduled job reads each calendar again.
pub const REFRESH_MINUTES: i64 = 15;
/// How often the scheduled job runs (the cron in `wrangler.toml`).
pub const RUN_EVERY_MINUTES: i64 = 5;
/// Reads begun and not finished (the run was stopped while parsing) before a calendar is given
/// the status `too_complex` and skipped for a day.
pub const MAX_UNFINISHED_READS: i64 = 2;

/// How many calendars one scheduled run reads: a third of all of them (each is due again 15
/// minutes after its read, so all of them are the backlog), so that every calendar is read every
/// three 5-minute runs however many there are; at least 12.
pub fn reads_per_run(calendars: u64) -> u64 {
    let runs_per_refresh = (REFRESH_MINUTES / RUN_EVERY_MINUTES) as u64;
    calendars.div_ceil(runs_per_refresh).max(12)
}

/// One of the mentor's calendars as they see it: never the address itself.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BusyCalendar {
    pub id: String,
    pub host: String,
    /// The address's last 4 characters.
    pub ends_with: String,
    /// How the last fetch went: `pending` until the first has ended (never null since
    /// calendars are read in the background).
    pub status: Option<CalendarStatus>,
    /// Busy intervals in use from this calendar (kept from the last good fetch for 24 hours).
    pub busy_intervals: u32,
    pub fetched_at: Option<String>,
    /// The last fetch that worked.
    pub ok_at: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BusyCalendarList {
    pub calendars: Vec<BusyCalendar>,
}

/// Busy intervals as stored: `[[start, end], …]` in Unix seconds.
pub fn encode_intervals(intervals: &[Busy]) -> String {
    let pairs: Vec<[i64; 2]> = intervals.iter().map(|b| [b.start.as_second(), b.end.as_second()]).collect();
    serde_json::to_string(&pairs).unwrap_or_else(|_| "[]".into())
}

/// The stored intervals of any number of calendars, `[[[start, end], …], …]` or one calendar's
/// `[[start, end], …]`; anything unreadable counts as nothing.
pub fn decode_intervals(raw: &str) -> Vec<Busy> {
    let pair = |[start, end]: [i64; 2]| {
        Some(Busy {
            start: jiff::Timestamp::from_second(start).ok()?,
            end: jiff::Timestamp::from_second(end).ok()?,
        })
    };
    if let Ok(many) = serde_json::from_str::<Vec<Vec<[i64; 2]>>>(raw) {
        let mut all: Vec<Busy> = many.into_iter().flatten().filter_map(pair).collect();
        crate::order::sort_by_key(&mut all, |b| (b.start, b.end));
        return all;
    }
    serde_json::from_str::<Vec<[i64; 2]>>(raw)
        .map(|one| one.into_iter().filter_map(pair).collect())
        .unwrap_or_default()
}

/// `POST /api/me/free-now`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FreeNowInput {
    /// 15, 30 or 60.
    pub minutes: i64,
}

impl FreeNowInput {
    pub fn minutes(&self) -> Result<i64, ApiError> {
        match self.minutes {
            15 | 30 | 60 => Ok(self.minutes),
            _ => Err(ApiError::validation("minutes", "Say 15, 30 or 60 minutes.")),
        }
    }
}

/// A mentor's "free now" window and the slots it still offers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FreeNowView {
    pub start: String,
    pub end: String,
    pub slots: Vec<SlotView>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FreeNowEnvelope {
    pub free_now: FreeNowView,
}

/// `GET /api/me/availability/explain`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SlotExplanation {
    pub start: String,
    pub status: SlotStatus,
    /// The reason in a sentence, for the availability editor.
    pub message: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SlotExplanationEnvelope {
    pub explanation: SlotExplanation,
}

/// What each status means, said to the mentor.
pub fn explain_message(status: SlotStatus) -> &'static str {
    match status {
        SlotStatus::Offered => "This slot is offered: mentees can book it.",
        SlotStatus::BusyCalendar => {
            "An event in one of your calendars (or your buffer around it) covers this time."
        }
        SlotStatus::Booked => "You have a session then, or it is inside your buffer around one.",
        SlotStatus::OutsideWindow => {
            "It is outside your weekly windows and one-off slots, already past, or beyond how far ahead you offer slots."
        }
        SlotStatus::MinNotice => "It is sooner than the minimum notice you ask for.",
        SlotStatus::DailyCap => "You already have as many sessions that day as you allow.",
        SlotStatus::WeeklyCap => "You already have as many sessions that week as you allow.",
        SlotStatus::BlockedDate => "You blocked that date.",
        SlotStatus::Paused => "Your slots are paused after missed sessions; resume them from your profile.",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(raw: &str, dev: bool) -> Result<CalendarAddress, String> {
        parse_addresses(&[raw.to_string()], dev).map(|mut v| v.remove(0)).map_err(|e| e.message)
    }

    #[test]
    fn calendar_addresses_are_https_and_shown_only_by_host_and_tail() {
        let a =
            one("https://calendar.google.com/calendar/ical/x%40gmail.com/private-abc123/basic.ics", false)
                .unwrap();
        assert_eq!((a.host.as_str(), a.tail.as_str()), ("calendar.google.com", ".ics"));
        let webcal = one("webcal://p52-caldav.icloud.com/published/2/secret", false).unwrap();
        assert_eq!(webcal.url, "https://p52-caldav.icloud.com/published/2/secret");
        for bad in [
            "http://example.com/cal.ics",
            "ftp://example.com/x",
            "not a url",
            "https:///x",
            "https://127.0.0.1/x",
            "https://localhost/x",
            "https://intranet/x",
            "https://calendar.localhost/x",
        ] {
            assert!(one(bad, false).is_err(), "{bad}");
        }
        // Addresses of machines, however they are written, even in development.
        for machine in [
            "https://127.1/",
            "https://0x7f.0.0.1/",
            "https://10.0.0.1./",
            "https://127.0.0.1\\@example.com/x.ics",
            "webcal://[::1]/",
            "https://[::ffff:127.0.0.1]/",
            "https://169.254.169.254/latest",
            "https://2130706433/",
            "http://10.0.0.1:8123/x.ics",
            "http://example.com/x.ics",
        ] {
            assert!(one(machine, false).is_err(), "{machine}");
            assert!(one(machine, true).is_err(), "{machine} in development");
        }
        assert!(one("http://127.0.0.1:8123/weekly.ics", false).is_err(), "plain http only in development");
        assert_eq!(one("http://127.0.0.1:8123/weekly.ics", true).unwrap().host, "127.0.0.1");
        // What is kept is what the fetch will ask for.
        let normalized = one("HTTPS://Calendar.Example.COM/a/../b.ics", false).unwrap();
        assert_eq!(
            (normalized.url.as_str(), normalized.host.as_str()),
            ("https://calendar.example.com/b.ics", "calendar.example.com")
        );
        let four = vec!["https://a.example/1".to_string(); 4];
        assert!(parse_addresses(&four, false).is_err(), "at most 3");
        let twice = vec!["https://a.example/1".to_string(), "https://a.example/1".to_string()];
        assert_eq!(parse_addresses(&twice, false).unwrap().len(), 1);
    }

    #[test]
    fn three_thousand_mentors_with_three_calendars_each_are_all_read_within_half_an_hour() {
        // Minutes since each calendar's last read (None: never read), as the job picks them:
        // never read first, then longest ago, among those not read for 15 minutes.
        let calendars = 3_000 * MAX_BUSY_CALENDARS;
        let mut last_read: Vec<Option<i64>> = vec![None; calendars];
        let mut oldest_wait_after_first_round = 0;
        for run in 0..=12 {
            let now = run * RUN_EVERY_MINUTES;
            let mut due: Vec<usize> = (0..calendars)
                .filter(|&i| last_read[i].is_none_or(|at| at <= now - REFRESH_MINUTES))
                .collect();
            crate::order::sort_by_key(&mut due, |&i| (last_read[i].is_some(), last_read[i]));
            let batch = reads_per_run(calendars as u64) as usize;
            for &i in due.iter().take(batch) {
                if let Some(at) = last_read[i].filter(|_| now > 30) {
                    oldest_wait_after_first_round = oldest_wait_after_first_round.max(now - at);
                }
                last_read[i] = Some(now);
            }
            if now == 30 {
                assert!(last_read.iter().all(Option::is_some), "all read within 30 minutes");
            }
        }
        assert_eq!(oldest_wait_after_first_round, REFRESH_MINUTES, "then each every 15 minutes");
        assert_eq!(reads_per_run(0), 12);
        assert_eq!(reads_per_run(9_000), 3_000);
    }

    #[test]
    fn feed_tokens_are_64_hex_digits() {
        assert!(is_feed_token(&"ab".repeat(32)));
        assert!(!is_feed_token(&"AB".repeat(32)));
        assert!(!is_feed_token("abc"));
        assert!(!is_feed_token(&format!("{}'", "a".repeat(63))));
    }

    #[test]
    fn intervals_round_trip_and_many_calendars_flatten() {
        let busy = vec![Busy {
            start: "2026-12-07T10:00:00Z".parse().unwrap(),
            end: "2026-12-07T11:00:00Z".parse().unwrap(),
        }];
        let one = encode_intervals(&busy);
        assert_eq!(decode_intervals(&one), busy);
        assert_eq!(decode_intervals(&format!("[{one},[]]")), busy);
        assert!(decode_intervals("garbage").is_empty());
    }

    #[test]
    fn free_now_takes_15_30_or_60_minutes() {
        assert!(FreeNowInput { minutes: 30 }.minutes().is_ok());
        assert_eq!(FreeNowInput { minutes: 45 }.minutes().unwrap_err().field.as_deref(), Some("minutes"));
    }
}
