//! Calendars: the personal feed, busy times from a mentor's own calendars (served by a local
//! HTTP server this test starts), why a slot is offered or not, and "I'm free right now".

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::sync::{Arc, Mutex};

use serde_json::{Value, json};

use crate::bookings::{open_mentor, python_reads, quarter_hour_in};
use crate::client::{Client, Reply, unique_email};

fn mentee() -> Client {
    Client::signed_in(&unique_email("calendar-mentee", "globex.com"))
}

fn book(client: &Client, mentor: &str, start: &str, now: Option<&str>) -> Reply {
    let body = json!({"mentor_id": mentor, "start": start, "agenda": "Review my CV"});
    match now {
        Some(now) => client.request_with("POST", "/api/bookings", &body, &[("x-quarterhour-now", now)]),
        None => client.post_json("/api/bookings", &body),
    }
}

/// What Python's `icalendar` (an independent parser) reads from a feed: one line per event,
/// `uid sequence status start`.
fn parse_feed(ics: &str) -> Vec<String> {
    // Two independent parsers, Python's `icalendar` and `vobject`, must read the same.
    let icalendar = r#"
import sys, icalendar
cal = icalendar.Calendar.from_ical(sys.stdin.read())
print(cal["METHOD"])
for event in cal.walk("VEVENT"):
    print(event["UID"], event["SEQUENCE"], event["STATUS"], event.decoded("DTSTART").strftime("%Y-%m-%dT%H:%M:%SZ"))
"#;
    let vobject = r#"
import sys, vobject
cal = vobject.readOne(sys.stdin.read())
print(cal.method.value)
for event in cal.contents.get("vevent", []):
    print(event.uid.value, event.sequence.value, event.status.value, event.dtstart.value.strftime("%Y-%m-%dT%H:%M:%SZ"))
"#;
    let read = python_reads(icalendar, ics);
    assert_eq!(read, python_reads(vobject, ics), "icalendar and vobject disagree");
    let mut lines = read.lines().map(str::to_string);
    assert_eq!(lines.next().as_deref(), Some("PUBLISH"), "a feed publishes");
    lines.collect()
}

#[test]
fn the_feed_lists_sessions_with_their_invite_uid_and_follows_moves_and_cancellations() {
    let (_mentor, mentor_id) = open_mentor(json!({}));
    let client = mentee();
    assert_eq!(client.get("/api/me/calendar-feed").json()["url"], Value::Null, "off until turned on");
    let start = quarter_hour_in(30);
    let booking = book(&client, &mentor_id, &start, None).json()["booking"].clone();
    let id = booking["id"].as_str().unwrap().to_string();
    let links = &booking["add_to_calendar"];
    assert!(
        links["google"]
            .as_str()
            .unwrap()
            .starts_with("https://calendar.google.com/calendar/render?action=TEMPLATE")
    );
    assert!(
        links["outlook"]
            .as_str()
            .unwrap()
            .starts_with("https://outlook.live.com/calendar/0/deeplink/compose?")
    );

    let url =
        client.post_json("/api/me/calendar-feed", &json!({})).json()["url"].as_str().unwrap().to_string();
    assert_eq!(
        client.get("/api/me/calendar-feed").json()["url"],
        url.as_str(),
        "the same address until rotated"
    );
    let path = url.split_once("/cal/").map(|(_, token)| format!("/cal/{token}")).unwrap();
    let feed = Client::new().get(&path);
    assert_eq!(feed.status, 200, "{}", feed.body);
    assert!(feed.header("content-type").unwrap().starts_with("text/calendar"));
    assert_eq!(feed.header("cache-control"), Some("private, max-age=300"));
    let uid = format!("{id}@quarterhour");
    assert_eq!(parse_feed(&feed.body), [format!("{uid} 0 CONFIRMED {start}")]);
    // Calendar apps poll: an unchanged feed is 304, and HEAD says as much without a body.
    let etag = feed.header("etag").expect("an ETag").to_string();
    let unchanged = Client::new().request("GET", &path, None, &[("if-none-match", &etag)]);
    assert_eq!((unchanged.status, unchanged.body.as_str()), (304, ""));
    assert_eq!(unchanged.header("etag"), Some(etag.as_str()));
    let head = Client::new().request("HEAD", &path, None, &[]);
    assert_eq!((head.status, head.body.as_str(), head.header("etag")), (200, "", Some(etag.as_str())));

    let moved_to = quarter_hour_in(34);
    let moved = client.post_json(&format!("/api/bookings/{id}/reschedule"), &json!({"start": moved_to}));
    assert_eq!(moved.status, 200, "{}", moved.body);
    let after_move = Client::new().request("GET", &path, None, &[("if-none-match", &etag)]);
    assert_eq!(after_move.status, 200, "a changed feed is sent again");
    assert_ne!(after_move.header("etag"), Some(etag.as_str()));
    assert_eq!(parse_feed(&after_move.body), [format!("{uid} 1 CONFIRMED {moved_to}")]);
    assert_eq!(client.post_json(&format!("/api/bookings/{id}/cancel"), &json!({})).status, 200);
    assert_eq!(parse_feed(&Client::new().get(&path).body), [format!("{uid} 2 CANCELLED {moved_to}")]);

    // Rotating voids the old address at once; turning it off voids the new one.
    let rotated =
        client.post_json("/api/me/calendar-feed", &json!({})).json()["url"].as_str().unwrap().to_string();
    assert_ne!(rotated, url);
    assert_eq!(Client::new().get(&path).status, 404);
    let new_path = rotated.split_once("/cal/").map(|(_, token)| format!("/cal/{token}")).unwrap();
    assert_eq!(Client::new().get(&new_path).status, 200);
    assert_eq!(client.send("DELETE", "/api/me/calendar-feed", &json!({})).status, 204);
    assert_eq!(client.get("/api/me/calendar-feed").json()["url"], Value::Null);
    assert_eq!(Client::new().get(&new_path).status, 404);
    for bad in ["/cal/abc.ics", "/cal/%00.ics", &format!("/cal/{}.ics", "a".repeat(64))] {
        let reply = Client::new().get(bad);
        assert_eq!((reply.status, reply.error_code().as_str()), (404, "not_found"), "{bad}");
    }
}

#[test]
fn a_feed_address_from_before_tokens_were_hmacs_keeps_working() {
    // tests/fixtures/calendar-feed-before-hmac.sql: a feed whose token is a plain SHA-256.
    let path = "/cal/bfcd1ea7b811cc6b4d467890bc8b2991a7da7532ec53e68b70a02d517c311dd8.ics";
    let feed = Client::new().get(path);
    assert_eq!(feed.status, 200, "calendar apps keep subscribing to it: {}", feed.body);
    assert!(feed.header("content-type").unwrap().starts_with("text/calendar"));
    let owner = Client::signed_in("subscriber@feed-before-hmac.example");
    let shown = owner.get("/api/me/calendar-feed").json()["url"].as_str().unwrap().to_string();
    assert!(shown.ends_with(path), "the address shown is the one subscribed to: {shown}");
    let rotated =
        owner.post_json("/api/me/calendar-feed", &json!({})).json()["url"].as_str().unwrap().to_string();
    let new_path = rotated.split_once("/cal/").map(|(_, token)| format!("/cal/{token}")).unwrap();
    assert_eq!(Client::new().get(&new_path).status, 200, "a new address is an HMAC one");
    assert_eq!(Client::new().get(path).status, 404, "and the old one names nothing");
}

/// A local HTTP server for calendar files: each path answers with its status and body, and
/// a path listed as "once" answers 404 after its first fetch (so that the scheduled job, which
/// other tests run, cannot re-read it at another time).
struct Files {
    base: String,
    routes: Routes,
}

/// Path → (status, body or redirect target, answered once). `HANG` never answers.
type Routes = Arc<Mutex<HashMap<String, (u16, Vec<u8>, bool)>>>;

impl Files {
    fn start() -> Files {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let base = format!("http://127.0.0.1:{}", listener.local_addr().unwrap().port());
        let routes: Routes = Arc::default();
        let shared = Arc::clone(&routes);
        // Answers that never come keep their connection here, open until the test ends.
        let held: Arc<Mutex<Vec<std::net::TcpStream>>> = Arc::default();
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let mut reader = BufReader::new(stream);
                let mut line = String::new();
                if reader.read_line(&mut line).is_err() {
                    continue;
                }
                let path = line.split_whitespace().nth(1).unwrap_or("/").to_string();
                loop {
                    let mut header = String::new();
                    if reader.read_line(&mut header).map_or(true, |n| n == 0) || header == "\r\n" {
                        break;
                    }
                }
                if shared.lock().unwrap().get(&path).is_some_and(|(status, _, _)| *status == HANG) {
                    held.lock().unwrap().push(reader.into_inner());
                    continue;
                }
                let (status, body, location) = {
                    let mut routes = shared.lock().unwrap();
                    match routes.get(&path).cloned() {
                        Some((status, body, once)) => {
                            if once {
                                routes.insert(path.clone(), (404, Vec::new(), false));
                            }
                            let location =
                                (status == 302).then(|| String::from_utf8_lossy(&body).to_string());
                            (status, if status == 302 { Vec::new() } else { body }, location)
                        }
                        None => (404, Vec::new(), None),
                    }
                };
                let mut stream = reader.into_inner();
                let mut head = format!(
                    "HTTP/1.1 {status} X\r\nContent-Type: text/calendar\r\nContent-Length: {}\r\nConnection: close\r\n",
                    body.len()
                );
                if let Some(location) = location {
                    head.push_str(&format!("Location: {location}\r\n"));
                }
                head.push_str("\r\n");
                let _ = stream.write_all(head.as_bytes()).and_then(|_| stream.write_all(&body));
            }
        });
        Files { base, routes }
    }

    fn serve(&self, path: &str, status: u16, body: &[u8], once: bool) -> String {
        self.routes.lock().unwrap().insert(path.to_string(), (status, body.to_vec(), once));
        format!("{}{path}", self.base)
    }
}

const NOW: &str = "2026-10-26T12:00:00Z";

/// A status that makes the file server hold the connection without ever answering.
const HANG: u16 = 0;

/// A mentor in New York offering 09:00–12:00 on weekdays, with no notice.
fn new_york_mentor() -> (Client, String) {
    let mentor = Client::signed_in(&unique_email("calendar-mentor", "initech.com"));
    let profile = mentor.send(
        "PUT",
        "/api/me/profile",
        &json!({"display_name": "A new user", "is_mentor": true, "timezone": "America/New_York"}),
    );
    let id = profile.json()["profile"]["id"].as_str().unwrap().to_string();
    let weekly: Vec<Value> = ["mon", "tue", "wed", "thu", "fri"]
        .iter()
        .map(|d| json!({"weekday": d, "start": "09:00", "end": "12:00"}))
        .collect();
    let rules = json!({"timezone": "America/New_York", "weekly": weekly, "min_notice_minutes": 0, "horizon_days": 28,
                       "max_per_week": 100});
    let saved = mentor.request_with("PUT", "/api/me/availability", &rules, &[("x-quarterhour-now", NOW)]);
    assert_eq!(saved.status, 200, "{}", saved.body);
    (mentor, id)
}

/// The mentor's free slots on a New York date, as local start times.
fn slots_on(mentor_id: &str, date: &str, now: &str) -> Vec<String> {
    let zone = jiff::tz::TimeZone::get("America/New_York").unwrap();
    let day: jiff::civil::Date = date.parse().unwrap();
    let from = day.to_zoned(zone.clone()).unwrap().timestamp();
    let to = day.tomorrow().unwrap().to_zoned(zone.clone()).unwrap().timestamp();
    let reply = Client::new().request(
        "GET",
        &format!("/api/mentors/{mentor_id}/slots?from={from}&to={to}"),
        None,
        &[("x-quarterhour-now", now)],
    );
    assert_eq!(reply.status, 200, "{}", reply.body);
    reply.json()["slots"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            let at: jiff::Timestamp = s["start"].as_str().unwrap().parse().unwrap();
            at.to_zoned(zone.clone()).strftime("%H:%M").to_string()
        })
        .collect()
}

fn times(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

const ALL: [&str; 12] = [
    "09:00", "09:15", "09:30", "09:45", "10:00", "10:15", "10:30", "10:45", "11:00", "11:15", "11:30",
    "11:45",
];

/// Saves the mentor's calendars, which answers at once with each new one `pending`, and returns
/// them once the jobs Worker has read them off the calendar queue.
fn save(mentor: &Client, urls: &[String], now: &str) -> Vec<Value> {
    let reply = mentor.request_with(
        "PUT",
        "/api/me/busy-calendars",
        &json!({"urls": urls}),
        &[("x-quarterhour-now", now)],
    );
    assert_eq!(reply.status, 200, "{}", reply.body);
    let saved = reply.json()["calendars"].as_array().unwrap().clone();
    assert!(saved.iter().all(|c| c["status"] == "pending"), "new calendars wait for their read: {saved:?}");
    read_off_the_queue(mentor, now)
}

/// The mentor's calendars once none is `pending`: the queue's consumer reads each within
/// seconds; a minute without is a failure.
fn read_off_the_queue(mentor: &Client, now: &str) -> Vec<Value> {
    crate::client::eventually("still pending", || {
        let listed =
            mentor.request_with("GET", "/api/me/busy-calendars", &json!({}), &[("x-quarterhour-now", now)]);
        assert_eq!(listed.status, 200, "{}", listed.body);
        let calendars = listed.json()["calendars"].as_array().unwrap().clone();
        if calendars.iter().all(|c| c["status"] != "pending") { Ok(calendars) } else { Err(calendars) }
    })
}

#[test]
fn busy_times_from_the_mentors_calendars_take_exactly_their_slots() {
    let files = Files::start();
    let (mentor, mentor_id) = new_york_mentor();
    let n = crate::client::unique_suffix();
    let weekly = files.serve(
        &format!("/{n}/weekly.ics"),
        200,
        include_bytes!("../fixtures/calendars/weekly.ics"),
        true,
    );
    let various = files.serve(
        &format!("/{n}/various.ics"),
        200,
        include_bytes!("../fixtures/calendars/various.ics"),
        true,
    );
    assert_eq!(slots_on(&mentor_id, "2026-10-26", NOW), times(&ALL), "before any calendar");

    let calendars = save(&mentor, &[weekly.clone(), various], NOW);
    assert_eq!(calendars.len(), 2);
    for calendar in &calendars {
        assert_eq!(calendar["status"], "ok", "{calendar}");
        assert_eq!(calendar["host"], "127.0.0.1");
        assert_eq!(calendar["ends_with"], ".ics");
        assert!(!calendar.to_string().contains(&n), "the address is never returned");
    }
    // Read as far ahead as any rules may offer (90 days), so that a longer horizon needs no
    // new fetch: every Monday from 26 Oct to 18 Jan but the excluded 2 Nov.
    assert_eq!(calendars[0]["busy_intervals"], 12, "the Mondays within 90 days");

    let without =
        |blocked: &[&str]| times(&ALL.iter().copied().filter(|t| !blocked.contains(t)).collect::<Vec<_>>());
    let ten_to_eleven = ["10:00", "10:15", "10:30", "10:45"];
    // The weekly meeting at 10:00 New York time, before and after the DST change on 1 November.
    assert_eq!(slots_on(&mentor_id, "2026-10-26", NOW), without(&ten_to_eleven));
    assert_eq!(slots_on(&mentor_id, "2026-11-16", NOW), without(&ten_to_eleven));
    assert_eq!(slots_on(&mentor_id, "2026-11-02", NOW), times(&ALL), "EXDATE");
    assert_eq!(slots_on(&mentor_id, "2026-11-09", NOW), without(&["11:00", "11:15"]), "the moved instance");
    // Transparent and cancelled events take no time; the all-day event takes the day.
    assert_eq!(slots_on(&mentor_id, "2026-10-27", NOW), times(&ALL), "TRANSP:TRANSPARENT");
    assert_eq!(slots_on(&mentor_id, "2026-10-28", NOW), times(&ALL), "STATUS:CANCELLED");
    assert!(slots_on(&mentor_id, "2026-10-29", NOW).is_empty(), "all day");
    assert_eq!(slots_on(&mentor_id, "2026-10-30", NOW), without(&["09:00", "09:15"]), "a UTC event");
    assert_eq!(
        slots_on(&mentor_id, "2026-11-03", NOW),
        without(&["09:00"]),
        "a floating time, in the mentor's zone"
    );

    // Why a slot is not offered, for the mentor.
    let explain = |start: &str| {
        let reply = mentor.request(
            "GET",
            &format!("/api/me/availability/explain?start={start}"),
            None,
            &[("x-quarterhour-now", NOW)],
        );
        assert_eq!(reply.status, 200, "{}", reply.body);
        reply.json()["explanation"]["status"].as_str().unwrap().to_string()
    };
    assert_eq!(explain("2026-11-16T15:00:00Z"), "busy_calendar");
    assert_eq!(explain("2026-11-16T14:00:00Z"), "offered");
    assert_eq!(explain("2026-11-16T20:00:00Z"), "outside_window");
    let malformed = mentor.get("/api/me/availability/explain?start=tomorrow");
    assert_eq!((malformed.status, malformed.error_code().as_str()), (400, "invalid_parameter"));

    // The files now answer 404: a failed read keeps the last good busy times for 24 hours.
    let again = save(&mentor, &[weekly], NOW);
    assert_eq!(again[0]["status"], "unreachable");
    assert_eq!(again[0]["busy_intervals"], 12);
    assert_eq!(slots_on(&mentor_id, "2026-11-16", NOW), without(&ten_to_eleven), "kept");
    let later = "2026-10-27T13:00:00Z";
    assert_eq!(slots_on(&mentor_id, "2026-11-16", later), times(&ALL), "dropped after 24 hours");
}

#[test]
fn calendars_that_fail_say_why_and_leave_slots_working() {
    let files = Files::start();
    let (mentor, mentor_id) = new_york_mentor();
    let n = crate::client::unique_suffix();
    let html = files.serve(&format!("/{n}/page.html"), 200, b"<!doctype html><title>Sign in</title>", false);
    let big = files.serve(&format!("/{n}/big.ics"), 200, &vec![b'x'; 2 * 1024 * 1024], false);
    let gone = format!("http://127.0.0.1:9/{n}/nothing.ics");
    let calendars = save(&mentor, &[html, big, gone], NOW);
    let statuses: Vec<&str> = calendars.iter().map(|c| c["status"].as_str().unwrap()).collect();
    assert_eq!(statuses, ["not_icalendar", "too_large", "unreachable"]);
    assert_eq!(slots_on(&mentor_id, "2026-10-27", NOW), times(&ALL));
    let listed = mentor.get("/api/me/busy-calendars").json()["calendars"].as_array().unwrap().len();
    assert_eq!(listed, 3);

    let four: Vec<String> = (0..4).map(|i| format!("https://calendar.example.com/{i}.ics")).collect();
    let mut refused =
        vec![(four, "at most 3"), (vec!["ftp://calendar.example.com/a.ics".to_string()], "https only")];
    // Addresses of machines rather than of a calendar service, however they are written.
    for machine in [
        "https://127.1/",
        "https://0x7f.0.0.1/",
        "https://10.0.0.1./",
        "https://127.0.0.1\\@example.com/x.ics",
        "webcal://[::1]/",
    ] {
        refused.push((vec![machine.to_string()], machine));
    }
    for (urls, why) in refused {
        let reply = mentor.send("PUT", "/api/me/busy-calendars", &json!({"urls": urls}));
        assert_eq!((reply.status, reply.error_code().as_str()), (422, "validation_failed"), "{why}");
        assert_eq!(reply.json()["error"]["field"], "urls");
    }
    assert_eq!(save(&mentor, &[], NOW).len(), 0, "an empty list removes them");
}

#[test]
fn free_now_offers_the_next_quarter_hours_with_five_minutes_notice() {
    // A mentor with slots only far ahead: free-now slots are the only ones today.
    let (mentor, mentor_id) = open_mentor(json!({"weekly": [], "min_notice_minutes": 1440}));
    let now = "2026-12-07T10:03:00Z";
    let header = [("x-quarterhour-now", now)];
    let started = mentor.request_with("POST", "/api/me/free-now", &json!({"minutes": 30}), &header);
    assert_eq!(started.status, 200, "{}", started.body);
    let window = started.json()["free_now"].clone();
    assert_eq!(
        (window["start"].as_str(), window["end"].as_str()),
        (Some("2026-12-07T10:10:00Z"), Some("2026-12-07T10:40:00Z"))
    );
    let starts = |reply: &Value| -> Vec<String> {
        reply["slots"].as_array().unwrap().iter().map(|s| s["start"].as_str().unwrap().to_string()).collect()
    };
    assert_eq!(starts(&window), ["2026-12-07T10:10:00Z", "2026-12-07T10:25:00Z"]);
    let me = mentor.request("GET", "/api/me", None, &header).json();
    assert_eq!(me["free_now_until"], "2026-12-07T10:40:00Z");

    // The directory finds exactly the mentors free now.
    let listed = |now: &str| -> bool {
        let reply = Client::new().request(
            "GET",
            "/api/mentors?available_now=true&limit=50",
            None,
            &[("x-quarterhour-now", now)],
        );
        assert_eq!(reply.status, 200, "{}", reply.body);
        reply.json()["mentors"].as_array().unwrap().iter().any(|m| m["id"] == mentor_id.as_str())
    };
    assert!(listed(now));
    // Matching says so too, with the window's end on the card.
    let profile = json!({"expertise": ["kubernetes"], "languages": ["tg"]});
    assert_eq!(mentor.send("PUT", "/api/me/profile", &profile).status, 200);
    let goal = json!({"goal": "help with kubernetes upgrades", "languages": ["tg"], "within_days": 1});
    let matched =
        Client::new().request_with("POST", "/api/matches", &goal, &[("x-quarterhour-now", now)]).json();
    let suggestion =
        matched["matches"].as_array().unwrap().iter().find(|m| m["mentor"]["id"] == mentor_id.as_str());
    let suggestion = suggestion.unwrap_or_else(|| panic!("matched: {matched}"));
    assert_eq!(suggestion["mentor"]["free_now_until"], "2026-12-07T10:40:00Z");
    let availability = suggestion["reasons"].as_array().unwrap().iter().find(|r| r["kind"] == "availability");
    assert_eq!(availability.map(|r| r["text"].clone()), Some(json!("Free in the next hour")), "{suggestion}");

    let slots = |now: &str| {
        let reply = Client::new().request(
            "GET",
            &format!("/api/mentors/{mentor_id}/slots?from=2026-12-07T10:00:00Z&to=2026-12-07T11:00:00Z"),
            None,
            &[("x-quarterhour-now", now)],
        );
        starts(&reply.json())
    };
    assert_eq!(slots(now), ["2026-12-07T10:10:00Z", "2026-12-07T10:25:00Z"]);
    assert_eq!(slots("2026-12-07T10:06:00Z"), ["2026-12-07T10:25:00Z"], "5 minutes' notice");

    // A mentee books one like any other slot; both get the mail and invite at once.
    let client = mentee();
    let booked = book(&client, &mentor_id, "2026-12-07T10:25:00Z", Some(now));
    assert_eq!(booked.status, 201, "{}", booked.body);
    assert_eq!(slots(now), ["2026-12-07T10:10:00Z"], "booked slots disappear");
    let overlapping = book(&mentee(), &mentor_id, "2026-12-07T10:20:00Z", Some(now));
    assert_eq!(
        (overlapping.status, overlapping.error_code().as_str()),
        (409, "slot_taken"),
        "overlapping the booked one: {}",
        overlapping.body
    );

    assert_eq!(mentor.request_with("DELETE", "/api/me/free-now", &json!({}), &header).status, 204);
    assert!(slots(now).is_empty(), "ended");
    assert!(!listed(now));
    assert_eq!(
        client.get("/api/me/bookings").json()["bookings"].as_array().unwrap().len(),
        1,
        "the booking stays"
    );

    let bad = mentor.send("POST", "/api/me/free-now", &json!({"minutes": 45}));
    assert_eq!((bad.status, bad.json()["error"]["field"].as_str()), (422, Some("minutes")));
    let not_mentor = mentee().send("POST", "/api/me/free-now", &json!({"minutes": 15}));
    assert_eq!((not_mentor.status, not_mentor.error_code().as_str()), (403, "forbidden"));
}

#[test]
fn free_now_respects_caps_and_busy_calendars() {
    let files = Files::start();
    let (mentor, mentor_id) = open_mentor(json!({"weekly": [], "max_per_day": 1}));
    let now = "2026-12-08T10:03:00Z";
    let n = crate::client::unique_suffix();
    let busy = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:b\r\nDTSTART:20261208T102500Z\r\n\
                DTEND:20261208T104000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    let url = files.serve(&format!("/{n}/busy.ics"), 200, busy.as_bytes(), true);
    assert_eq!(save(&mentor, &[url], now)[0]["status"], "ok");
    let started = mentor.request_with(
        "POST",
        "/api/me/free-now",
        &json!({"minutes": 60}),
        &[("x-quarterhour-now", now)],
    );
    let slots: Vec<String> = started.json()["free_now"]["slots"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["start"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        slots,
        ["2026-12-08T10:10:00Z", "2026-12-08T10:40:00Z", "2026-12-08T10:55:00Z"],
        "10:25 is busy"
    );
    assert_eq!(book(&mentee(), &mentor_id, "2026-12-08T10:40:00Z", Some(now)).status, 201);
    let capped = book(&mentee(), &mentor_id, "2026-12-08T10:55:00Z", Some(now));
    assert_eq!((capped.status, capped.error_code().as_str()), (422, "over_capacity"), "one a day");
}

#[test]
fn a_mentor_busy_all_week_is_not_offered_by_slots_matching_or_the_directory() {
    let files = Files::start();
    // A language no other test's mentors speak, so that the directory and matching see this one.
    let (mentor, mentor_id) = open_mentor(json!({}));
    let profile = json!({"display_name": "A new user", "expertise": ["kubernetes"], "languages": ["tw"]});
    assert_eq!(mentor.send("PUT", "/api/me/profile", &profile).status, 200);
    let listed_within_a_week = || {
        let reply = Client::new().get("/api/mentors?language=tw&available_within_days=7&limit=50");
        assert_eq!(reply.status, 200, "{}", reply.body);
        reply.json()["mentors"].as_array().unwrap().iter().any(|m| m["id"] == mentor_id.as_str())
    };
    let matched = || {
        let goal = json!({"goal": "help with kubernetes upgrades", "languages": ["tw"], "within_days": 7});
        let reply = Client::new().post_json("/api/matches", &goal);
        assert_eq!(reply.status, 200, "{}", reply.body);
        reply.json()["matches"]
            .as_array()
            .unwrap()
            .iter()
            .find(|m| m["mentor"]["id"] == mentor_id.as_str())
            .cloned()
    };
    let week_of_slots = || {
        let (from, to) =
            (jiff::Timestamp::now(), jiff::Timestamp::now() + jiff::SignedDuration::from_hours(24 * 7));
        let reply = Client::new().get(&format!("/api/mentors/{mentor_id}/slots?from={from}&to={to}"));
        assert_eq!(reply.status, 200, "{}", reply.body);
        reply.json()["slots"].as_array().unwrap().len()
    };
    assert!(listed_within_a_week());
    assert!(week_of_slots() > 0);
    let before = matched().expect("matched while free");
    assert!(!before["next_free_slots"].as_array().unwrap().is_empty());

    // One event from yesterday to eight days on: every slot of the week clashes with it.
    let day = |offset: i64| {
        (jiff::Timestamp::now() + jiff::SignedDuration::from_hours(24 * offset))
            .strftime("%Y%m%dT000000Z")
            .to_string()
    };
    let ics = format!(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Example//EN\r\nBEGIN:VEVENT\r\nUID:away@example.com\r\n\
         DTSTAMP:20261101T000000Z\r\nDTSTART:{}\r\nDTEND:{}\r\nSUMMARY:Conference\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        day(-1),
        day(8)
    );
    let url =
        files.serve(&format!("/{}/away.ics", crate::client::unique_suffix()), 200, ics.as_bytes(), false);
    assert_eq!(save(&mentor, &[url], &jiff::Timestamp::now().to_string())[0]["status"], "ok");

    assert_eq!(week_of_slots(), 0, "no slot clashes with the event");
    assert!(!listed_within_a_week(), "the directory's 'available within' filter follows the calendar");
    if let Some(after) = matched() {
        assert_eq!(after["next_free_slots"], json!([]), "{after}");
        assert!(after["reasons"].as_array().unwrap().iter().all(|r| r["kind"] != "availability"), "{after}");
    }
}

/// One event on Tuesday 27 October 2026 in New York, `HHMM` to `HHMM`.
fn one_event(from: &str, to: &str) -> Vec<u8> {
    format!(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Example//EN\r\nBEGIN:VEVENT\r\nUID:one@example.com\r\n\
         DTSTAMP:20261001T000000Z\r\nDTSTART;TZID=America/New_York:20261027T{from}00\r\n\
         DTEND;TZID=America/New_York:20261027T{to}00\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    .into_bytes()
}

#[test]
fn calendars_are_read_again_by_the_scheduled_job_through_at_most_three_redirects_within_five_seconds() {
    let files = Files::start();
    let (mentor, mentor_id) = new_york_mentor();
    let n = crate::client::unique_suffix();
    let without =
        |blocked: &[&str]| times(&ALL.iter().copied().filter(|t| !blocked.contains(t)).collect::<Vec<_>>());

    let live = files.serve(&format!("/{n}/live.ics"), 200, &one_event("1000", "1100"), false);
    assert_eq!(save(&mentor, std::slice::from_ref(&live), NOW)[0]["status"], "ok");
    assert_eq!(slots_on(&mentor_id, "2026-10-27", NOW), without(&["10:00", "10:15", "10:30", "10:45"]));
    // The event moves in the mentor's calendar; the scheduled job reads it again after 15 minutes.
    files.serve(&format!("/{n}/live.ics"), 200, &one_event("0900", "0930"), false);
    let later = "2026-10-26T12:20:00Z";
    crate::client::run_scheduled(Some(later));
    assert_eq!(slots_on(&mentor_id, "2026-10-27", later), without(&["09:00", "09:15"]));

    // Three redirects are followed; a fourth is not.
    let target = files.serve(&format!("/{n}/final.ics"), 200, &one_event("1100", "1130"), false);
    let chain = |name: &str, hops: usize| {
        let mut next = target.clone();
        for hop in (0..hops).rev() {
            next = files.serve(&format!("/{n}/{name}{hop}"), 302, next.as_bytes(), false);
        }
        next
    };
    let (three, four) = (chain("three", 3), chain("four", 4));
    let read = save(&mentor, &[three, four], NOW);
    let statuses: Vec<&str> = read.iter().map(|c| c["status"].as_str().unwrap()).collect();
    assert_eq!(statuses, ["ok", "unreachable"]);
    assert_eq!(slots_on(&mentor_id, "2026-10-27", NOW), without(&["11:00", "11:15"]));

    // A calendar that never answers is given up after 5 seconds, and slots still work.
    let silent = files.serve(&format!("/{n}/silent.ics"), HANG, b"", false);
    let read = save(&mentor, &[silent], NOW);
    assert_eq!(read[0]["status"], "too_slow");
    assert_eq!(slots_on(&mentor_id, "2026-10-27", NOW), times(&ALL));
}

#[test]
fn the_demo_calendar_served_by_the_app_blocks_a_berlin_mentors_stand_ups() {
    let mentor = Client::signed_in(&unique_email("calendar-demo", "initech.com"));
    let profile = json!({"display_name": "A new user", "is_mentor": true, "timezone": "Europe/Berlin"});
    let id =
        mentor.send("PUT", "/api/me/profile", &profile).json()["profile"]["id"].as_str().unwrap().to_string();
    let weekly: Vec<Value> = ["mon", "tue", "wed", "thu", "fri"]
        .iter()
        .map(|d| json!({"weekday": d, "start": "09:00", "end": "10:00"}))
        .collect();
    let rules =
        json!({"timezone": "Europe/Berlin", "weekly": weekly, "min_notice_minutes": 0, "horizon_days": 28});
    assert_eq!(
        mentor.request_with("PUT", "/api/me/availability", &rules, &[("x-quarterhour-now", NOW)]).status,
        200
    );
    // The file `make dev` serves for a new user to try busy times with.
    let url = format!("{}/demo/team-calendar.ics", crate::client::base_url());
    let read = save(&mentor, &[url], NOW);
    assert_eq!(read[0]["status"], "ok", "{read:?}");
    // Tuesday 27 October 2026 in Berlin: the stand-up, 09:30 to 09:45, takes one slot.
    let berlin = jiff::tz::TimeZone::get("Europe/Berlin").unwrap();
    let day: jiff::civil::Date = "2026-10-27".parse().unwrap();
    let (from, to) = (
        day.to_zoned(berlin.clone()).unwrap().timestamp(),
        day.tomorrow().unwrap().to_zoned(berlin.clone()).unwrap().timestamp(),
    );
    let reply = Client::new().request(
        "GET",
        &format!("/api/mentors/{id}/slots?from={from}&to={to}"),
        None,
        &[("x-quarterhour-now", NOW)],
    );
    let local: Vec<String> = reply.json()["slots"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            s["start"]
                .as_str()
                .unwrap()
                .parse::<jiff::Timestamp>()
                .unwrap()
                .to_zoned(berlin.clone())
                .strftime("%H:%M")
                .to_string()
        })
        .collect();
    assert_eq!(local, ["09:00", "09:15", "09:45"]);
}

#[test]
fn only_mentors_read_busy_times_from_their_calendars() {
    let mentee = mentee();
    let reply = mentee.send(
        "PUT",
        "/api/me/busy-calendars",
        &json!({"urls": ["https://calendar.example.com/a.ics"]}),
    );
    assert_eq!((reply.status, reply.error_code().as_str()), (403, "not_a_mentor"), "{}", reply.body);
    assert_eq!(mentee.get("/api/me/busy-calendars").json()["calendars"], json!([]));
}

/// A calendar of `events` events, each with `rule`, from `start`.
fn repeating(events: usize, start: &str, rule: &str) -> Vec<u8> {
    let mut ics = String::from("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Example//EN\r\n");
    for n in 0..events {
        ics.push_str(&format!(
            "BEGIN:VEVENT\r\nUID:{n}@example.com\r\nDTSTAMP:20261001T000000Z\r\nDTSTART:{start}\r\n\
             DURATION:PT1M\r\nRRULE:{rule}\r\nEND:VEVENT\r\n"
        ));
    }
    ics.push_str("END:VCALENDAR\r\n");
    ics.into_bytes()
}

#[test]
fn hostile_calendars_are_too_complex_at_once_and_hold_up_no_one() {
    let files = Files::start();
    let n = crate::client::unique_suffix();
    // One rule every second since year 1, and 6,000 events of 5,000 minutes each.
    let endless = files.serve(
        &format!("/{n}/endless.ics"),
        200,
        &repeating(1, "00010101T000000Z", "FREQ=SECONDLY"),
        false,
    );
    let many = repeating(6_000, "20261026T000000Z", "FREQ=MINUTELY;COUNT=5000");
    assert!(many.len() < 1024 * 1024, "under the size limit: {}", many.len());
    let many = files.serve(&format!("/{n}/many.ics"), 200, &many, false);

    let (hostile, hostile_id) = new_york_mentor();
    let saving = std::thread::spawn(move || {
        let started = std::time::Instant::now();
        let calendars = save(&hostile, &[endless, many], NOW);
        (calendars, started.elapsed(), hostile)
    });
    let mut health_checks = 0;
    while !saving.is_finished() || health_checks == 0 {
        let health = Client::new().get("/api/health");
        assert_eq!(health.status, 200, "health while saving: {}", health.body);
        health_checks += 1;
    }
    let (calendars, took, hostile) = saving.join().unwrap();
    assert!(took < std::time::Duration::from_secs(10), "answered in {took:?}");
    let statuses: Vec<&str> = calendars.iter().map(|c| c["status"].as_str().unwrap()).collect();
    assert_eq!(statuses, ["too_complex", "too_complex"]);
    assert_eq!(slots_on(&hostile_id, "2026-10-27", NOW), times(&ALL), "slots never fail");
    assert_eq!(Client::new().get("/api/health").status, 200, "health after saving");

    // An ordinary mentor's calendar changes; the scheduled job, reading the hostile calendars
    // again on every run, still reads it.
    let (mentor, mentor_id) = new_york_mentor();
    let live = files.serve(&format!("/{n}/live.ics"), 200, &one_event("1000", "1100"), false);
    assert_eq!(save(&mentor, std::slice::from_ref(&live), NOW)[0]["status"], "ok");
    files.serve(&format!("/{n}/live.ics"), 200, &one_event("0900", "0930"), false);
    let mut read = 0;
    for run in ["2026-10-26T12:20:00Z", "2026-10-26T12:40:00Z", "2026-10-26T13:00:00Z"] {
        read += crate::client::run_scheduled(Some(run))["calendars_read"].as_u64().unwrap();
        assert_eq!(Client::new().get("/api/health").status, 200, "health after the run at {run}");
    }
    assert!(read >= 3, "{read}");
    let later = "2026-10-26T13:00:00Z";
    let without =
        |blocked: &[&str]| times(&ALL.iter().copied().filter(|t| !blocked.contains(t)).collect::<Vec<_>>());
    assert_eq!(slots_on(&mentor_id, "2026-10-27", later), without(&["09:00", "09:15"]));
    let listed = hostile.get("/api/me/busy-calendars");
    let statuses: Vec<String> = listed.json()["calendars"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["status"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(statuses, ["too_complex", "too_complex"]);
}

/// One event on Wednesday 28 October 2026 in New York, `HHMM` to `HHMM`.
fn wednesday_event(from: &str, to: &str) -> Vec<u8> {
    String::from_utf8(one_event(from, to)).unwrap().replace("20261027", "20261028").into_bytes()
}

fn statuses_of(mentor: &Client) -> Vec<String> {
    let listed = mentor.get("/api/me/busy-calendars");
    assert_eq!(listed.status, 200, "{}", listed.body);
    listed.json()["calendars"].as_array().unwrap().iter().map(|c| c["status"].to_string()).collect()
}

#[test]
fn a_calendar_whose_reads_stopped_two_runs_is_too_complex_and_left_alone_for_a_day() {
    let files = Files::start();
    let n = crate::client::unique_suffix();
    let (mentor, mentor_id) = new_york_mentor();
    let path = format!("/{n}/stops-runs.ics");
    let url = files.serve(&path, 200, &wednesday_event("1000", "1100"), false);
    let saved = save(&mentor, &[url], NOW);
    assert_eq!(saved[0]["status"], "ok");
    let id = saved[0]["id"].as_str().unwrap().to_string();

    // Two runs die while parsing its file.
    let alone = crate::client::scheduler_alone();
    for (run, at) in ["2026-10-26T12:20:00Z", "2026-10-26T12:40:00Z"].iter().enumerate() {
        let body = json!({"stop_while_reading_calendar": id});
        crate::client::run_scheduled_holding(&alone, &[("x-quarterhour-now", at)], &body);
        let expected = if run == 0 { "\"ok\"" } else { "\"too_complex\"" };
        assert_eq!(statuses_of(&mentor), [expected], "after the run at {at}");
    }
    drop(alone);

    // The file changes; the day's other runs leave it alone and its last busy times stay in use.
    files.serve(&path, 200, &wednesday_event("0900", "0930"), false);
    let without =
        |blocked: &[&str]| times(&ALL.iter().copied().filter(|t| !blocked.contains(t)).collect::<Vec<_>>());
    for at in ["2026-10-26T13:00:00Z", "2026-10-26T13:20:00Z", "2026-10-26T13:40:00Z"] {
        crate::client::run_scheduled(Some(at));
    }
    assert_eq!(statuses_of(&mentor), ["\"too_complex\""]);
    assert_eq!(
        slots_on(&mentor_id, "2026-10-28", "2026-10-26T13:40:00Z"),
        without(&["10:00", "10:15", "10:30", "10:45"])
    );

    // A day after the last unfinished read, it is read again.
    for at in ["2026-10-27T12:45:00Z", "2026-10-27T13:05:00Z", "2026-10-27T13:25:00Z"] {
        crate::client::run_scheduled(Some(at));
    }
    assert_eq!(statuses_of(&mentor), ["\"ok\""]);
    assert_eq!(slots_on(&mentor_id, "2026-10-28", "2026-10-27T13:25:00Z"), without(&["09:00", "09:15"]));
}
