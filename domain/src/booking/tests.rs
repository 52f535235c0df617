use jiff::Timestamp;

use super::*;
use crate::error::ErrorCode;

fn input(json: &str) -> AvailabilityInput {
    serde_json::from_str(json).unwrap()
}

#[test]
fn the_documented_body_parses_with_defaults_filled() {
    let (stored, rules) = input(
        r#"{"timezone":"Asia/Kathmandu","weekly":[{"weekday":"mon","start":"09:00","end":"10:00"}],
            "one_off":["2026-12-01T14:00:00Z"],"blocked_dates":["2026-12-24"],"min_notice_minutes":120,
            "horizon_days":21,"buffer_minutes":0,"max_per_day":8,"max_per_week":20}"#,
    )
    .parse("UTC", 2)
    .unwrap();
    assert_eq!(stored.timezone.as_deref(), Some("Asia/Kathmandu"));
    assert_eq!(rules.weekly.len(), 1);
    assert_eq!(rules.max_per_week, Some(20));
    let (stored, rules) = input("{}").parse("Europe/Lisbon", 3).unwrap();
    assert_eq!(stored.timezone.as_deref(), Some("Europe/Lisbon"));
    assert_eq!((rules.min_notice_minutes, rules.horizon_days, rules.max_per_week), (120, 21, Some(3)));
}

#[test]
fn bad_rules_name_their_field() {
    for (json, field) in [
        (r#"{"timezone":"Mars/Base"}"#, "timezone"),
        (r#"{"weekly":[{"weekday":"monday","start":"09:00","end":"10:00"}]}"#, "weekly"),
        (r#"{"weekly":[{"weekday":"mon","start":"09:10","end":"10:00"}]}"#, "weekly"),
        (r#"{"weekly":[{"weekday":"mon","start":"10:00","end":"09:00"}]}"#, "weekly"),
        (r#"{"one_off":["2026-12-01T14:05:00Z"]}"#, "one_off"),
        (r#"{"one_off":["tomorrow"]}"#, "one_off"),
        (r#"{"blocked_dates":["24/12/2026"]}"#, "blocked_dates"),
        (r#"{"min_notice_minutes":-5}"#, "min_notice_minutes"),
        (r#"{"horizon_days":0}"#, "horizon_days"),
        (r#"{"buffer_minutes":1000}"#, "buffer_minutes"),
    ] {
        let error = input(json).parse("UTC", 2).unwrap_err();
        assert_eq!(error.field.as_deref(), Some(field), "{json}");
    }
}

#[test]
fn one_offs_and_blocked_dates_far_from_now_are_refused_and_the_long_past_dropped() {
    let now: Timestamp = "2026-12-05T10:00:00Z".parse().unwrap();
    let near = input(r#"{"one_off":["2026-12-07T14:00:00Z"],"blocked_dates":["2027-01-01"]}"#);
    assert!(near.check_reach(now).is_ok());
    for (json, field) in [
        (r#"{"one_off":["9999-12-30T00:00:00Z"]}"#, "one_off"),
        (r#"{"one_off":["9999-12-31T23:45:00Z"]}"#, "one_off"),
        (r#"{"one_off":["0001-01-01T00:00:00Z"]}"#, "one_off"),
        (r#"{"blocked_dates":["9999-12-31"]}"#, "blocked_dates"),
        (r#"{"blocked_dates":["-009999-01-01"]}"#, "blocked_dates"),
        (r#"{"blocked_dates":["2026-02-30"]}"#, "blocked_dates"),
    ] {
        let error = input(json).check_reach(now).unwrap_err();
        assert_eq!((error.status(), error.field.as_deref()), (422, Some(field)), "{json}");
    }
    let old = input(
        r#"{"one_off":["2024-01-01T10:00:00Z","2026-12-07T14:00:00Z"],
            "blocked_dates":["2024-01-01","2026-12-24"]}"#,
    )
    .without_the_long_past(now);
    assert_eq!(
        (old.one_off, old.blocked_dates),
        (vec!["2026-12-07T14:00:00Z".into()], vec!["2026-12-24".into()])
    );
}

#[test]
fn a_follow_up_is_of_a_held_session_between_the_same_two() {
    assert!(check_follow_up("m", "e", true, "m", "e").is_ok());
    for (mentor, mentee, held) in [("m", "e", false), ("x", "e", true), ("m", "x", true)] {
        let error = check_follow_up(mentor, mentee, held, "m", "e").unwrap_err();
        assert_eq!(error.field.as_deref(), Some("follow_up_of"));
    }
}

#[test]
fn agendas_are_required_and_bounded() {
    assert_eq!(parse_agenda("  Review my CV  ").unwrap(), "Review my CV");
    assert!(parse_agenda("   ").is_err());
    assert!(parse_agenda(&"x".repeat(501)).is_err());
    assert!(parse_agenda(&"é".repeat(500)).is_ok());
}

#[test]
fn invites_are_valid_icalendar() {
    let start: Timestamp = "2026-12-01T14:00:00Z".parse().unwrap();
    let text = ics(
        &Invite {
            uid: "abc@quarterhour",
            sequence: 2,
            cancelled: false,
            start,
            end: start + jiff::SignedDuration::from_mins(15),
            stamp: start,
            summary: "Quarterhour: A new user, mentor",
            description: "Talk about Rust; career, next steps\nand more ".repeat(4).as_str(),
            call_link: "https://meet.jit.si/quarterhour-abc",
            alarm: "In 10 minutes",
        },
        Delivery::Published,
    );
    assert!(text.starts_with("BEGIN:VCALENDAR\r\n") && text.ends_with("END:VCALENDAR\r\n"));
    assert!(text.contains("\r\nDTSTART:20261201T140000Z\r\n"));
    assert!(text.contains("\r\nDTEND:20261201T141500Z\r\n"));
    assert!(text.contains("\r\nSEQUENCE:2\r\n") && text.contains("TRIGGER:-PT10M"));
    assert!(text.contains("Rust\\; career\\, next"));
    assert!(text.contains("\r\nBEGIN:VALARM\r\nACTION:DISPLAY\r\nDESCRIPTION:In 10 minutes\r\n"));
    assert!(text.split("\r\n").all(|line| line.len() <= 75), "folded");
    assert!(text.contains("\r\nMETHOD:PUBLISH\r\n"), "a download publishes");
    assert!(!text.contains("ORGANIZER") && !text.contains("ATTENDEE") && !text.contains("mailto:"));
    let invite = Invite {
        uid: "u",
        sequence: 3,
        cancelled: false,
        start,
        end: start,
        stamp: start,
        summary: "s",
        description: "a",
        call_link: "https://x.example",
        alarm: "soon",
    };
    let mailed = Delivery::Mailed { organizer: "no-reply@quarterhour.app", attendee: "mentee@example.com" };
    let request = ics(&invite, mailed).replace("\r\n ", "");
    assert!(request.contains("\r\nMETHOD:REQUEST\r\n"));
    assert!(request.contains("\r\nORGANIZER;CN=Quarterhour:mailto:no-reply@quarterhour.app\r\n"));
    assert_eq!(request.matches("ATTENDEE").count(), 1, "the recipient alone");
    assert!(request.contains(":mailto:mentee@example.com\r\n"));
    let cancelled = ics(&Invite { cancelled: true, ..invite }, mailed);
    assert!(cancelled.contains("METHOD:CANCEL") && cancelled.contains("STATUS:CANCELLED"));
    let feed = feed(&[invite]);
    assert!(feed.contains("\r\nMETHOD:PUBLISH\r\n") && !feed.contains("ATTENDEE"));
}

#[test]
fn the_booking_lifecycle() {
    use BookingEvent as E;
    use BookingStatus as S;
    assert_eq!(S::Booked.after(E::Reschedule).unwrap(), S::Booked);
    assert_eq!(S::Booked.after(E::Cancel).unwrap(), S::Cancelled);
    assert_eq!(S::Cancelled.after(E::Cancel).unwrap(), S::Cancelled, "cancelling twice is harmless");
    assert_eq!(S::Cancelled.after(E::Reschedule).unwrap_err().code, ErrorCode::BookingCancelled);
    for status in S::ALL {
        assert_eq!(S::parse(status.as_str()), Some(status));
    }
    assert!(S::Booked.is_live() && !S::Cancelled.is_live());
    assert_eq!(S::parse("booked "), None);
}

#[test]
fn sides_serialize_as_before() {
    assert_eq!(serde_json::to_string(&Side::of("a", "a")).unwrap(), "\"mentor\"");
    assert_eq!(serde_json::to_string(&Side::of("b", "a")).unwrap(), "\"mentee\"");
}

#[test]
fn cancel_reasons_are_checked_like_an_agenda() {
    assert_eq!(parse_cancel_reason(None).unwrap(), None);
    assert_eq!(parse_cancel_reason(Some("  ")).unwrap(), None);
    assert_eq!(parse_cancel_reason(Some(" Ill ")).unwrap().as_deref(), Some("Ill"));
    assert_eq!(parse_cancel_reason(Some(&"x".repeat(501))).unwrap_err().field.as_deref(), Some("reason"));
    assert_eq!(parse_cancel_reason(Some("a\u{7}b")).unwrap_err().field.as_deref(), Some("reason"));
}

#[test]
fn a_started_session_cannot_change() {
    let start: Timestamp = "2026-12-01T14:00:00Z".parse().unwrap();
    assert!(changeable(start, start - jiff::SignedDuration::from_secs(1)).is_ok());
    assert_eq!(changeable(start, start).unwrap_err().code, ErrorCode::SessionStarted);
    assert_eq!(changeable(start, start).unwrap_err().status(), 409);
}

#[test]
fn a_mentee_holds_at_most_ten_upcoming_sessions_and_two_with_one_mentor() {
    let limit = |upcoming, with| may_book_more(upcoming, with, UPCOMING_PER_MENTEE, UPCOMING_WITH_ONE_MENTOR);
    assert!(limit(9, 1).is_ok());
    let error = limit(10, 0).unwrap_err();
    assert_eq!(
        (error.code, error.status(), error.field.as_deref()),
        (ErrorCode::TooManyBookings, 422, Some("mentor_id"))
    );
    assert_eq!(limit(3, 2).unwrap_err().code, ErrorCode::TooManyBookings);
}

#[test]
fn booking_pages_take_a_bounded_limit_and_their_own_cursor() {
    assert_eq!(parse_bookings_page(None, None).unwrap(), (100, None));
    assert_eq!(parse_bookings_page(Some("5"), None).unwrap().0, 5);
    for bad in ["0", "101", "x", "-1", ""] {
        assert_eq!(parse_bookings_page(Some(bad), None).unwrap_err().field.as_deref(), Some("limit"));
    }
    let cursor = BookingCursor {
        now: "2026-12-01T14:00:00Z".parse().unwrap(),
        past: true,
        start: "2026-11-30T09:15:00Z".parse().unwrap(),
        id: "0123456789abcdef0123456789abcdef".into(),
    };
    let (_, decoded) = parse_bookings_page(None, Some(&cursor.encode())).unwrap();
    assert_eq!(decoded, Some(cursor));
    assert_eq!(parse_bookings_page(None, Some("!!")).unwrap_err().field.as_deref(), Some("cursor"));
}
