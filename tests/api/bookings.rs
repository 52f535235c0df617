//! Availability, slots and bookings: the rules, no double booking (also under concurrency),
//! idempotency, cancel and reschedule, who may see what, invites and reminders.

use serde_json::{Value, json};

use crate::client::{Client, Reply, unique_email};

/// A mentor offering every quarter hour of every day in UTC, with no notice needed.
pub fn open_mentor(extra: Value) -> (Client, String) {
    open_mentor_at("acme.com", extra)
}

/// The same, with an address at `domain` (their organization).
pub fn open_mentor_at(domain: &str, extra: Value) -> (Client, String) {
    let mentor = Client::signed_in(&unique_email("bookable", domain));
    let reply = mentor.send(
        "PUT",
        "/api/me/profile",
        &json!({"display_name": "A new user", "is_mentor": true, "timezone": "UTC"}),
    );
    let id = reply.json()["profile"]["id"].as_str().unwrap().to_string();
    let days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
    let mut rules = json!({
        "timezone": "UTC",
        "weekly": days.iter().map(|d| json!({"weekday": d, "start": "00:00", "end": "24:00"})).collect::<Vec<_>>(),
        "min_notice_minutes": 0,
        "horizon_days": 21,
        "max_per_week": 100
    });
    rules.as_object_mut().unwrap().extend(extra.as_object().unwrap().clone());
    let saved = mentor.send("PUT", "/api/me/availability", &rules);
    assert_eq!(saved.status, 200, "{}", saved.body);
    (mentor, id)
}

/// `hour`:00 UTC on the day `days` from today, RFC 3339: times on one calendar day, whatever the
/// time of day the tests run.
pub fn on_day(days: i64, hour: i64) -> String {
    let now = jiff::Timestamp::now().as_second();
    let midnight = now - now.rem_euclid(86_400);
    jiff::Timestamp::from_second(midnight + days * 86_400 + hour * 3_600)
        .unwrap()
        .strftime("%Y-%m-%dT%H:%M:%SZ")
        .to_string()
}

/// A quarter hour `hours` from now, RFC 3339.
pub fn quarter_hour_in(hours: i64) -> String {
    let at = jiff::Timestamp::now() + jiff::SignedDuration::from_hours(hours);
    let seconds = at.as_second() - at.as_second().rem_euclid(900) + 900;
    jiff::Timestamp::from_second(seconds).unwrap().strftime("%Y-%m-%dT%H:%M:%SZ").to_string()
}

fn book(client: &Client, mentor: &str, start: &str) -> Reply {
    client.post_json("/api/bookings", &json!({"mentor_id": mentor, "start": start, "agenda": "Review my CV"}))
}

fn mentee() -> Client {
    Client::signed_in(&unique_email("mentee", "globex.com"))
}

#[test]
fn availability_round_trips_and_bad_rules_name_their_field() {
    let mentor = Client::signed_in(&unique_email("rules", "acme.com"));
    mentor.send(
        "PUT",
        "/api/me/profile",
        &json!({"display_name": "A new user", "is_mentor": true, "weekly_capacity": 4}),
    );
    let body = json!({"timezone":"Asia/Kathmandu","weekly":[{"weekday":"mon","start":"09:00","end":"10:00"}],
        "one_off":["2026-12-01T14:00:00Z"],"blocked_dates":["2026-12-24"],"min_notice_minutes":120,
        "horizon_days":21,"buffer_minutes":0,"max_per_day":8,"max_per_week":20});
    let saved = mentor.send("PUT", "/api/me/availability", &body);
    assert_eq!(saved.status, 200, "{}", saved.body);
    assert_eq!(mentor.get("/api/me/availability").json()["availability"], body);

    let defaults = Client::signed_in(&unique_email("defaults", "acme.com"));
    defaults.send("PUT", "/api/me/profile", &json!({"display_name": "A new user", "weekly_capacity": 4}));
    let got = defaults.get("/api/me/availability").json();
    assert_eq!(got["availability"]["min_notice_minutes"], 120);
    assert_eq!(got["availability"]["horizon_days"], 21);
    assert_eq!(got["availability"]["max_per_week"], 4, "from the profile's weekly capacity");

    for (rules, field) in [
        (json!({"weekly":[{"weekday":"monday","start":"09:00","end":"10:00"}]}), "weekly"),
        (json!({"weekly":[{"weekday":"mon","start":"09:05","end":"10:00"}]}), "weekly"),
        (json!({"timezone":"Mars/Base"}), "timezone"),
        (json!({"one_off":["2026-12-01T14:07:00Z"]}), "one_off"),
        (json!({"blocked_dates":["Christmas"]}), "blocked_dates"),
        (json!({"horizon_days": 500}), "horizon_days"),
    ] {
        let reply = mentor.send("PUT", "/api/me/availability", &rules);
        assert_eq!((reply.status, reply.json()["error"]["field"].as_str()), (422, Some(field)), "{rules}");
    }
    assert_eq!(Client::new().get("/api/me/availability").status, 401);
}

#[test]
fn slots_come_from_wall_clock_rules_in_the_mentors_zone() {
    let mentor = Client::signed_in(&unique_email("kathmandu", "acme.com"));
    let reply =
        mentor.send("PUT", "/api/me/profile", &json!({"display_name": "A new user", "is_mentor": true}));
    let id = reply.json()["profile"]["id"].as_str().unwrap().to_string();
    let days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
    let weekly: Vec<Value> =
        days.iter().map(|d| json!({"weekday": d, "start": "09:00", "end": "10:00"})).collect();
    mentor.send(
        "PUT",
        "/api/me/availability",
        &json!({"timezone": "Asia/Kathmandu", "weekly": weekly, "min_notice_minutes": 0}),
    );

    let slots = Client::new().get(&format!("/api/mentors/{id}/slots"));
    assert_eq!(slots.status, 200, "{}", slots.body);
    let json = slots.json();
    assert_eq!(json["timezone"], "UTC", "the profile's zone");
    let starts: Vec<String> =
        json["slots"].as_array().unwrap().iter().map(|s| s["start"].as_str().unwrap().to_string()).collect();
    assert!(starts.len() >= 24, "about four a day for a week: {starts:?}");
    for start in &starts {
        assert!(
            ["T03:15:00Z", "T03:30:00Z", "T03:45:00Z", "T04:00:00Z"].iter().any(|t| start.ends_with(t)),
            "09:00-10:00 Kathmandu is 03:15-04:15 UTC: {start}"
        );
    }
    let bad = Client::new().get(&format!("/api/mentors/{id}/slots?from=yesterday"));
    assert_eq!((bad.status, bad.json()["error"]["field"].as_str()), (400, Some("from")));
    assert_eq!(Client::new().get("/api/mentors/nobody/slots").status, 404);
}

#[test]
fn a_mentee_books_a_slot_and_both_see_it_with_mail() {
    let (mentor, mentor_id) = open_mentor(json!({}));
    let client = mentee();
    let start = quarter_hour_in(30);
    let reply = book(&client, &mentor_id, &start);
    assert_eq!(reply.status, 201, "{}", reply.body);
    let booking = reply.json()["booking"].clone();
    assert_eq!(booking["start"], start.as_str());
    assert_eq!(booking["status"], "booked");
    assert_eq!(booking["role"], "mentee");
    assert!(
        booking["call_link"].as_str().unwrap().starts_with("https://meet.jit.si/quarterhour-"),
        "generated room"
    );

    let mine = client.get("/api/me/bookings").json();
    assert_eq!(mine["bookings"][0]["id"], booking["id"]);
    let theirs = mentor.get("/api/me/bookings").json();
    assert_eq!(theirs["bookings"][0]["id"], booking["id"]);
    assert_eq!(theirs["bookings"][0]["role"], "mentor");

    let slots =
        Client::new().get(&format!("/api/mentors/{mentor_id}/slots?from={start}&to={}", quarter_hour_in(31)));
    assert!(!slots.body.contains(&format!("\"start\":\"{start}\"")), "the slot is no longer free");

    let mentee_email = client.get("/api/me").json()["user"]["email"].as_str().unwrap().to_string();
    let outbox = Client::new().get(&format!("/api/dev/outbox?to={mentee_email}")).json();
    let mail = &outbox["messages"][0];
    assert!(mail["subject"].as_str().unwrap().starts_with("Booked: 15 minutes with"));
    let text = mail["text"].as_str().unwrap();
    assert!(
        text.contains("your time (UTC)") && text.contains("invite.ics") && text.contains("Review my CV"),
        "{text}"
    );
}

#[test]
fn each_party_is_mailed_in_their_own_language_with_the_others_local_time() {
    let (mentor, mentor_id) = open_mentor(json!({}));
    let saved =
        mentor.send("PUT", "/api/me/profile", &json!({"timezone": "America/Sao_Paulo", "locale": "pt-BR"}));
    assert_eq!(saved.status, 200, "{}", saved.body);
    let client = mentee();
    let saved = client.send(
        "PUT",
        "/api/me/profile",
        &json!({"display_name": "A new user", "timezone": "Europe/Berlin", "locale": "de"}),
    );
    assert_eq!(saved.status, 200, "{}", saved.body);
    // 15:00 UTC: 16:00 in Berlin (CET), 12:00 in São Paulo (UTC−3).
    let reply = book(&client, &mentor_id, &on_day(3, 15));
    assert_eq!(reply.status, 201, "{}", reply.body);

    let email_of = |who: &Client| who.get("/api/me").json()["user"]["email"].as_str().unwrap().to_string();
    let mentee_mail =
        Client::new().get(&format!("/api/dev/outbox?to={}", email_of(&client))).json()["messages"][0].clone();
    let mentor_mail =
        Client::new().get(&format!("/api/dev/outbox?to={}", email_of(&mentor))).json()["messages"][0].clone();

    assert_eq!(mentee_mail["subject"], "Gebucht: 15 Minuten mit A new user");
    let text = mentee_mail["text"].as_str().unwrap();
    assert!(text.contains("16:00–16:15") && text.contains("Europe/Berlin"), "{text}");
    assert!(text.contains("12:00") && text.contains("America/Sao_Paulo"), "the mentor's time beside: {text}");
    assert!(text.contains("Agenda:\nReview my CV"), "{text}");

    assert_eq!(mentor_mail["subject"], "Sessão agendada: 15 minutos com A new user");
    let text = mentor_mail["text"].as_str().unwrap();
    assert!(text.contains("12:00–12:15") && text.contains("America/Sao_Paulo"), "{text}");
    assert!(text.contains("16:00") && text.contains("Europe/Berlin"), "the mentee's time beside: {text}");
    assert!(text.contains("Pauta:\nReview my CV"), "{text}");

    // Each invitation is titled, described and reminds in its reader's language.
    let read_invite = |mail: &serde_json::Value| {
        let script = r#"
import sys, icalendar
cal = icalendar.Calendar.from_ical(sys.stdin.read())
event = next(c for c in cal.walk() if c.name == "VEVENT")
alarm = next(c for c in event.walk() if c.name == "VALARM")
print(event["SUMMARY"], "|", event["DESCRIPTION"].splitlines()[-1], "|", alarm["DESCRIPTION"])
"#;
        let ics = mail["invite"].as_str().unwrap_or_else(|| panic!("no invite attached: {mail}"));
        python_reads(script, ics).trim().to_string()
    };
    let link =
        mentee_mail["text"].as_str().unwrap().lines().find_map(|line| line.strip_prefix("Zum Videocall: "));
    let link = link.unwrap_or_else(|| panic!("no call link: {mentee_mail}"));
    assert_eq!(
        read_invite(&mentee_mail),
        format!(
            "Quarterhour: 15 Minuten mit A new user | Zum Videocall: {link} | Quarterhour-Session in 10 Minuten"
        )
    );
    assert_eq!(
        read_invite(&mentor_mail),
        format!(
            "Quarterhour: 15 minutos com A new user | Entrar na chamada: {link} | Sessão do Quarterhour daqui a 10 minutos"
        )
    );
}

#[test]
fn a_sign_in_code_comes_in_the_browsers_language_until_the_person_chooses_one() {
    let email = unique_email("hablante", "acme.com");
    let reply = Client::new().request_with(
        "POST",
        "/api/auth/email-code",
        &json!({"email": email}),
        &[("accept-language", "es-MX,es;q=0.9,en;q=0.5")],
    );
    assert_eq!(reply.status, 202, "{}", reply.body);
    let mail = Client::new().get(&format!("/api/dev/outbox?to={email}")).json()["messages"][0].clone();
    let code = Client::latest_code(&email);
    assert_eq!(mail["subject"], format!("Tu código de acceso a Quarterhour: {code}"));

    // Once signed in with a chosen language, that language wins over the browser's.
    let client = Client::signed_in(&email);
    client.send("PUT", "/api/me/profile", &json!({"display_name": "A new user", "locale": "fr"}));
    client.request_with(
        "POST",
        "/api/auth/email-code",
        &json!({"email": email}),
        &[("accept-language", "es")],
    );
    let mail = Client::new().get(&format!("/api/dev/outbox?to={email}")).json()["messages"][0].clone();
    assert!(mail["subject"].as_str().unwrap().starts_with("Votre code de connexion à Quarterhour"), "{mail}");
}

#[test]
fn a_taken_slot_is_409_and_rule_breaks_are_422_with_a_reason() {
    let (mentor, mentor_id) = open_mentor(json!({"max_per_day": 2}));
    // Three sessions on one UTC day (the mentor's zone), so the daily cap applies to all three.
    let start = on_day(3, 10);
    assert_eq!(book(&mentee(), &mentor_id, &start).status, 201);
    let taken = book(&mentee(), &mentor_id, &start);
    assert_eq!((taken.status, taken.error_code().as_str()), (409, "slot_taken"));

    let late = book(&mentee(), &mentor_id, &quarter_hour_in(24 * 30));
    assert_eq!((late.status, late.error_code().as_str()), (422, "outside_availability"), "past the horizon");
    let odd = mentee().post_json(
        "/api/bookings",
        &json!({"mentor_id": mentor_id, "start": "2026-12-01T10:07:00Z", "agenda": "x"}),
    );
    assert_eq!((odd.status, odd.json()["error"]["field"].as_str()), (422, Some("start")));

    let second = on_day(3, 11);
    assert_eq!(book(&mentee(), &mentor_id, &second).status, 201);
    let capped = book(&mentee(), &mentor_id, &on_day(3, 12));
    assert_eq!((capped.status, capped.error_code().as_str()), (422, "over_capacity"), "two a day");

    let (_other, other_id) = open_mentor(json!({}));
    let busy = mentee();
    let at = quarter_hour_in(60);
    assert_eq!(book(&busy, &other_id, &at).status, 201);
    let (_third, third_id) = open_mentor(json!({}));
    let clash = book(&busy, &third_id, &at);
    assert_eq!((clash.status, clash.error_code().as_str()), (422, "mentee_busy"));

    let own = book(&mentor, &mentor_id, &quarter_hour_in(70));
    assert_eq!((own.status, own.error_code().as_str()), (422, "cannot_book_self"));
    let no_agenda = mentee().post_json(
        "/api/bookings",
        &json!({"mentor_id": other_id, "start": quarter_hour_in(71), "agenda": " "}),
    );
    assert_eq!((no_agenda.status, no_agenda.json()["error"]["field"].as_str()), (422, Some("agenda")));
    assert_eq!(
        Client::new()
            .post_json("/api/bookings", &json!({"mentor_id": other_id, "start": at, "agenda": "x"}))
            .status,
        401
    );
}

#[test]
fn buffers_keep_the_slots_beside_a_booking_free() {
    let (_mentor, mentor_id) = open_mentor(json!({"buffer_minutes": 15}));
    let start = quarter_hour_in(30);
    assert_eq!(book(&mentee(), &mentor_id, &start).status, 201);
    let after = (start.parse::<jiff::Timestamp>().unwrap() + jiff::SignedDuration::from_mins(15)).to_string();
    let refused = book(&mentee(), &mentor_id, &after);
    assert_eq!(refused.status / 100, 4, "{}", refused.body);
    let later = (start.parse::<jiff::Timestamp>().unwrap() + jiff::SignedDuration::from_mins(30)).to_string();
    assert_eq!(book(&mentee(), &mentor_id, &later).status, 201);
}

#[test]
fn fifty_concurrent_requests_for_one_slot_make_exactly_one_booking() {
    let (mentor, mentor_id) = open_mentor(json!({}));
    let start = quarter_hour_in(40);
    let mentees: Vec<Client> = (0..50).map(|_| mentee()).collect();
    let statuses: Vec<u16> = std::thread::scope(|scope| {
        let handles: Vec<_> =
            mentees.iter().map(|client| scope.spawn(|| book(client, &mentor_id, &start).status)).collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    assert_eq!(statuses.iter().filter(|s| **s == 201).count(), 1, "{statuses:?}");
    assert_eq!(statuses.iter().filter(|s| **s == 409).count(), 49, "{statuses:?}");
    let rows = mentor.get("/api/me/bookings").json()["bookings"].as_array().unwrap().len();
    assert_eq!(rows, 1);
}

#[test]
fn a_retry_with_the_same_idempotency_key_returns_the_same_booking() {
    let (mentor, mentor_id) = open_mentor(json!({}));
    let client = mentee();
    let body = json!({"mentor_id": mentor_id, "start": quarter_hour_in(26), "agenda": "Salary negotiation"});
    let key = [("idempotency-key", "retry-1")];
    let first = client.request_with("POST", "/api/bookings", &body, &key);
    let again = client.request_with("POST", "/api/bookings", &body, &key);
    assert_eq!((first.status, again.status), (201, 201), "{}", again.body);
    assert_eq!(first.json()["booking"]["id"], again.json()["booking"]["id"]);
    assert_eq!(mentor.get("/api/me/bookings").json()["meta"]["total"], 1);
}

#[test]
fn cancel_and_reschedule_change_the_invite_and_free_the_slot() {
    let (_mentor, mentor_id) = open_mentor(json!({}));
    let client = mentee();
    let start = quarter_hour_in(28);
    let booking = book(&client, &mentor_id, &start).json()["booking"].clone();
    let id = booking["id"].as_str().unwrap();

    let ics = client.get(&format!("/api/bookings/{id}/invite.ics"));
    assert_eq!(ics.status, 200);
    assert!(ics.header("content-type").unwrap().starts_with("text/calendar"));
    assert!(ics.body.contains("SEQUENCE:0") && ics.body.contains("METHOD:PUBLISH"));

    let new_start = quarter_hour_in(29);
    let moved = client.post_json(&format!("/api/bookings/{id}/reschedule"), &json!({"start": new_start}));
    assert_eq!(moved.status, 200, "{}", moved.body);
    assert_eq!(moved.json()["booking"]["start"], new_start.as_str());
    assert!(client.get(&format!("/api/bookings/{id}/invite.ics")).body.contains("SEQUENCE:1"));
    assert_eq!(book(&mentee(), &mentor_id, &start).status, 201, "the old slot is free again");

    let cancelled =
        client.post_json(&format!("/api/bookings/{id}/cancel"), &json!({"reason": "Something came up"}));
    assert_eq!(cancelled.status, 200, "{}", cancelled.body);
    assert_eq!(cancelled.json()["booking"]["status"], "cancelled");
    let ics = client.get(&format!("/api/bookings/{id}/invite.ics")).body;
    assert!(ics.contains("STATUS:CANCELLED") && ics.contains("SEQUENCE:2"), "{ics}");
    assert_eq!(book(&mentee(), &mentor_id, &new_start).status, 201, "a cancelled slot is free again");
    let again =
        client.post_json(&format!("/api/bookings/{id}/reschedule"), &json!({"start": quarter_hour_in(33)}));
    assert_eq!((again.status, again.error_code().as_str()), (409, "booking_cancelled"));
}

#[test]
fn only_the_two_participants_see_or_change_a_booking() {
    let (_mentor, mentor_id) = open_mentor(json!({}));
    let booking = book(&mentee(), &mentor_id, &quarter_hour_in(27)).json()["booking"].clone();
    let id = booking["id"].as_str().unwrap();
    let stranger = mentee();
    for reply in [
        stranger.get(&format!("/api/bookings/{id}/invite.ics")),
        stranger.post_json(&format!("/api/bookings/{id}/cancel"), &json!({})),
        stranger.post_json(&format!("/api/bookings/{id}/reschedule"), &json!({"start": quarter_hour_in(35)})),
    ] {
        assert_eq!((reply.status, reply.error_code().as_str()), (404, "not_found"));
    }
    assert!(stranger.get("/api/me/bookings").json()["bookings"].as_array().unwrap().is_empty());
}

/// What a Python `script` using `icalendar` (an independent parser) prints for `ics` on stdin.
pub fn python_reads(script: &str, ics: &str) -> String {
    use std::io::Write;
    let python = std::env::var("QH_PYTHON").expect("QH_PYTHON: a Python with `icalendar`, set by make test");
    let mut child = std::process::Command::new(python)
        .args(["-c", script])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(ics.as_bytes()).unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn the_invite_parses_with_an_independent_icalendar_parser() {
    let (_mentor, mentor_id) = open_mentor(json!({}));
    let client = mentee();
    let start = quarter_hour_in(30);
    let id = book(&client, &mentor_id, &start).json()["booking"]["id"].as_str().unwrap().to_string();
    let ics = client.get(&format!("/api/bookings/{id}/invite.ics")).body;
    let script = r#"
import sys, icalendar
cal = icalendar.Calendar.from_ical(sys.stdin.read())
event = next(c for c in cal.walk() if c.name == "VEVENT")
alarm = next(c for c in cal.walk() if c.name == "VALARM")
print(event["UID"], event.decoded("DTSTART").isoformat(), event.decoded("DTEND").isoformat(),
      event["SEQUENCE"], alarm.decoded("TRIGGER"), cal["METHOD"], "Join the call" in str(event["DESCRIPTION"]))
"#;
    let parsed = python_reads(script, &ics);
    let start = start.replace('Z', "+00:00");
    assert_eq!(
        parsed.trim(),
        format!("{id}@quarterhour {start} {} 0 -1 day, 23:50:00 PUBLISH True", {
            let end: jiff::Timestamp = start.replace("+00:00", "Z").parse().unwrap();
            (end + jiff::SignedDuration::from_mins(15)).strftime("%Y-%m-%dT%H:%M:%S+00:00").to_string()
        })
    );
}

/// The invitation attached to the newest mail to `email` whose subject starts with `subject`,
/// as Python's `icalendar` and `vobject` both read it: the method, the organizer, the
/// attendees, the UID and the sequence.
fn mailed_invite(email: &str, subject: &str) -> String {
    let outbox = Client::new().get(&format!("/api/dev/outbox?to={email}")).json();
    let mail = outbox["messages"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["subject"].as_str().unwrap().starts_with(subject))
        .unwrap_or_else(|| panic!("no {subject:?} mail: {outbox}"))
        .clone();
    let ics = mail["invite"].as_str().unwrap_or_else(|| panic!("no invite attached: {mail}"));
    let icalendar = r#"
import sys, icalendar
cal = icalendar.Calendar.from_ical(sys.stdin.read())
event = next(c for c in cal.walk() if c.name == "VEVENT")
attendees = event.get("ATTENDEE")
attendees = attendees if isinstance(attendees, list) else [attendees]
print(cal["METHOD"], str(event["ORGANIZER"]), ",".join(str(a) for a in attendees), event["UID"], event["SEQUENCE"])
"#;
    let vobject = r#"
import sys, vobject
cal = vobject.readOne(sys.stdin.read())
event = cal.vevent
print(cal.method.value, event.organizer.value, ",".join(a.value for a in event.attendee_list), event.uid.value, event.sequence.value)
"#;
    let read = python_reads(icalendar, ics);
    assert_eq!(read, python_reads(vobject, ics), "icalendar and vobject disagree");
    read.trim().to_string()
}

#[test]
fn each_party_is_mailed_an_invitation_naming_only_themselves() {
    let (mentor, mentor_id) = open_mentor(json!({}));
    let client = mentee();
    let id =
        book(&client, &mentor_id, &quarter_hour_in(31)).json()["booking"]["id"].as_str().unwrap().to_string();
    let email_of = |c: &Client| c.get("/api/me").json()["user"]["email"].as_str().unwrap().to_string();
    let (mentor_email, mentee_email) = (email_of(&mentor), email_of(&client));
    let organizer = "mailto:no-reply@quarterhour.app";
    for (me, other) in [(&mentee_email, &mentor_email), (&mentor_email, &mentee_email)] {
        let read = mailed_invite(me, "Booked:");
        assert_eq!(read, format!("REQUEST {organizer} mailto:{me} {id}@quarterhour 0"));
        assert!(!read.contains(other.as_str()), "the other party's address stays private");
    }
    let cancelled = client.post_json(&format!("/api/bookings/{id}/cancel"), &json!({}));
    assert_eq!(cancelled.status, 200, "{}", cancelled.body);
    for me in [&mentee_email, &mentor_email] {
        let read = mailed_invite(me, "Cancelled:");
        assert_eq!(read, format!("CANCEL {organizer} mailto:{me} {id}@quarterhour 1"));
    }
}

#[test]
fn reminders_go_out_once_from_runs_as_deployed() {
    let (_mentor, mentor_id) = open_mentor(json!({}));
    let client = mentee();
    assert_eq!(book(&client, &mentor_id, &quarter_hour_in(3)).status, 201);
    let email = client.get("/api/me").json()["user"]["email"].as_str().unwrap().to_string();
    let reminders = || {
        let outbox = Client::new().get(&format!("/api/dev/outbox?to={email}")).json();
        outbox["messages"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|m| m["subject"].as_str().unwrap().starts_with("Tomorrow:"))
            .count()
    };
    assert_eq!(reminders(), 0);
    for _ in 0..2 {
        // As the jobs Worker's Cron Trigger runs: at the real time, handing mail to its queue.
        let alone = crate::client::scheduler_alone();
        crate::client::run_scheduled_holding(&alone, &[], &json!({"as_deployed": true}));
    }
    assert_eq!(reminders(), 1, "the day-before reminder, once");
}

#[test]
fn reminders_past_a_runs_bound_go_out_on_the_next_run() {
    use crate::client::{run_scheduled_holding, scheduler_alone};
    let (_mentor, mentor_id) = open_mentor(json!({}));
    let client = mentee();
    let email = client.get("/api/me").json()["user"]["email"].as_str().unwrap().to_string();
    let reminders = || mails_about(&email, "Tomorrow:").len();
    // No other run may remind these sessions before the bounded one.
    let alone = scheduler_alone();
    assert_eq!(book(&client, &mentor_id, &quarter_hour_in(3)).status, 201);
    assert_eq!(book(&client, &mentor_id, &quarter_hour_in(4)).status, 201);
    assert_eq!(reminders(), 0);

    let bounded = run_scheduled_holding(&alone, &[("x-quarterhour-per-run", "1")], &json!({}));
    assert!(bounded["reminders_sent"].as_u64().unwrap() <= 2, "one of each kind: {bounded}");
    assert!(reminders() <= 1, "both are due, but a run takes one");
    run_scheduled_holding(&alone, &[], &json!({}));
    assert_eq!(reminders(), 2, "the other waited for the next run");
    run_scheduled_holding(&alone, &[], &json!({}));
    assert_eq!(reminders(), 2, "and each went out once");
}

#[test]
fn the_fifteen_minute_reminder_goes_out_once_when_due() {
    let (_mentor, mentor_id) = open_mentor(json!({}));
    let client = mentee();
    let start = quarter_hour_in(5);
    assert_eq!(book(&client, &mentor_id, &start).status, 201);
    let email = client.get("/api/me").json()["user"]["email"].as_str().unwrap().to_string();
    let count = |prefix: &str| {
        let outbox = Client::new().get(&format!("/api/dev/outbox?to={email}")).json();
        outbox["messages"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|m| m["subject"].as_str().unwrap().starts_with(prefix))
            .count()
    };
    let run_at = |minutes_before: i64| {
        let at = start.parse::<jiff::Timestamp>().unwrap() - jiff::SignedDuration::from_mins(minutes_before);
        crate::client::run_scheduled(Some(&at.to_string()));
    };
    run_at(60);
    assert_eq!(count("In 15 minutes:"), 0, "not due an hour before");
    run_at(10);
    run_at(5);
    assert_eq!(count("In 15 minutes:"), 1, "sent once when due");
    assert_eq!(count("Tomorrow:"), 1, "the day-before reminder, once");
}

#[test]
fn deleting_an_account_tells_the_other_side_and_removes_the_booking() {
    let (mentor, mentor_id) = open_mentor(json!({}));
    let client = mentee();
    assert_eq!(book(&client, &mentor_id, &quarter_hour_in(50)).status, 201);
    assert_eq!(mentor.request("DELETE", "/api/me", None, &[]).status, 204);
    assert!(client.get("/api/me/bookings").json()["bookings"].as_array().unwrap().is_empty());
    let email = client.get("/api/me").json()["user"]["email"].as_str().unwrap().to_string();
    let outbox = Client::new().get(&format!("/api/dev/outbox?to={email}")).json();
    let cancelled = &outbox["messages"][0];
    assert!(cancelled["subject"].as_str().unwrap().starts_with("Cancelled:"), "{cancelled}");
    assert!(cancelled["text"].as_str().unwrap().contains("deleted their account"));
}

#[test]
fn the_call_link_is_the_mentors_own_meeting_link_when_set() {
    let (mentor, mentor_id) = open_mentor(json!({}));
    let link = "https://meet.example.org/a-new-user";
    assert_eq!(mentor.send("PUT", "/api/me/profile", &json!({"meeting_link": link})).status, 200);
    let reply = book(&mentee(), &mentor_id, &quarter_hour_in(40));
    assert_eq!(reply.json()["booking"]["call_link"], link);
}

pub fn mails_about(email: &str, subject_start: &str) -> Vec<Value> {
    let outbox = Client::new().get(&format!("/api/dev/outbox?to={email}")).json();
    outbox["messages"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| m["subject"].as_str().unwrap().starts_with(subject_start))
        .cloned()
        .collect()
}

fn mail_delivery_failing(failing: bool) {
    let reply = Client::new().send("PUT", "/api/dev/mail-delivery", &json!({ "failing": failing }));
    assert_eq!(reply.status, 200, "{}", reply.body);
}

#[test]
fn mail_waits_while_delivery_fails_and_goes_out_once_when_it_works_again() {
    let (mentor, mentor_id) = open_mentor(json!({}));
    let mentor_email = mentor.get("/api/me").json()["user"]["email"].as_str().unwrap().to_string();
    let (client, leaving) = (mentee(), mentee());
    mail_delivery_failing(true);
    let booked = book(&client, &mentor_id, &quarter_hour_in(40));
    let other = book(&leaving, &mentor_id, &quarter_hour_in(41));
    let deleted = leaving.request("DELETE", "/api/me", None, &[]);
    // The changes succeed and their mail is written, waiting.
    let pending = (mails_about(&mentor_email, "Booked:"), mails_about(&mentor_email, "Cancelled:"));
    mail_delivery_failing(false);
    assert_eq!((booked.status, other.status, deleted.status), (201, 201, 204), "{}", booked.body);
    assert_eq!((pending.0.len(), pending.1.len()), (2, 1), "both bookings and the deletion mailed");
    assert!(pending.0.iter().chain(&pending.1).all(|m| m["status"] == "pending"), "{pending:?}");

    let run = |at: jiff::Timestamp| {
        crate::client::run_scheduled(Some(&at.to_string()));
    };
    run(jiff::Timestamp::now());
    let delivered: Vec<Value> =
        [mails_about(&mentor_email, "Booked:"), mails_about(&mentor_email, "Cancelled:")].concat();
    assert_eq!(delivered.len(), 3, "each mail once: {delivered:?}");
    assert!(delivered.iter().all(|m| m["status"] == "sent"), "{delivered:?}");
    run(jiff::Timestamp::now());
    let again: Vec<Value> =
        [mails_about(&mentor_email, "Booked:"), mails_about(&mentor_email, "Cancelled:")].concat();
    assert_eq!(again, delivered, "nothing is sent twice");
}

#[test]
fn a_mentee_holds_at_most_two_upcoming_sessions_with_a_mentor_and_ten_in_all() {
    let client = mentee();
    let mentors: Vec<String> = (0..6).map(|_| open_mentor(json!({})).1).collect();
    for (i, mentor) in mentors.iter().take(5).enumerate() {
        for j in 0..2 {
            let reply = book(&client, mentor, &quarter_hour_in(30 + (i * 2 + j) as i64));
            assert_eq!(reply.status, 201, "booking {i}.{j}: {}", reply.body);
        }
    }
    let third = book(&client, &mentors[0], &quarter_hour_in(60));
    assert_eq!((third.status, third.error_code().as_str()), (422, "too_many_bookings"), "{}", third.body);
    assert_eq!(third.json()["error"]["field"], "mentor_id");
    let eleventh = book(&client, &mentors[5], &quarter_hour_in(61));
    assert_eq!((eleventh.status, eleventh.error_code().as_str()), (422, "too_many_bookings"));
}

#[test]
fn booking_cancelling_and_moving_are_limited_to_twenty_an_hour() {
    let (_mentor, mentor_id) = open_mentor(json!({}));
    let client = mentee();
    let booked = book(&client, &mentor_id, &quarter_hour_in(30));
    let id = booked.json()["booking"]["id"].as_str().unwrap().to_string();
    for attempt in 1..20 {
        let reply = client.post_json(&format!("/api/bookings/{id}/cancel"), &json!({}));
        assert_eq!(reply.status, 200, "change {attempt}: {}", reply.body);
    }
    let reply = client.post_json(&format!("/api/bookings/{id}/cancel"), &json!({}));
    assert_eq!((reply.status, reply.error_code().as_str()), (429, "rate_limited"), "{}", reply.body);
    assert!(reply.header("retry-after").is_some());
}

#[test]
fn a_session_that_has_started_cannot_be_cancelled_or_moved() {
    let (_mentor, mentor_id) = open_mentor(json!({}));
    let client = mentee();
    let start = quarter_hour_in(2);
    let id = book(&client, &mentor_id, &start).json()["booking"]["id"].as_str().unwrap().to_string();
    let during = (start.parse::<jiff::Timestamp>().unwrap() + jiff::SignedDuration::from_mins(1)).to_string();
    let clock = [("x-quarterhour-now", during.as_str())];
    let cancel = client.request_with("POST", &format!("/api/bookings/{id}/cancel"), &json!({}), &clock);
    assert_eq!((cancel.status, cancel.error_code().as_str()), (409, "session_started"), "{}", cancel.body);
    let body = json!({"start": quarter_hour_in(5)});
    let moved = client.request_with("POST", &format!("/api/bookings/{id}/reschedule"), &body, &clock);
    assert_eq!((moved.status, moved.error_code().as_str()), (409, "session_started"), "{}", moved.body);
}

#[test]
fn a_mentor_who_is_someone_elses_mentee_then_cannot_be_booked_then() {
    let (mentor, mentor_id) = open_mentor(json!({}));
    let (_other, other_id) = open_mentor(json!({}));
    let start = quarter_hour_in(34);
    assert_eq!(book(&mentor, &other_id, &start).status, 201, "the mentor books a session of their own");
    let reply = book(&mentee(), &mentor_id, &start);
    assert_eq!((reply.status, reply.error_code().as_str()), (409, "slot_taken"), "{}", reply.body);
    assert_eq!(book(&mentee(), &mentor_id, &quarter_hour_in(36)).status, 201, "other times are free");
}

#[test]
fn a_mentee_busy_mentoring_cannot_book_then_and_no_reschedule_lands_on_either_persons_session() {
    let (both, both_id) = open_mentor(json!({}));
    let (_mentor, mentor_id) = open_mentor(json!({}));
    let start = quarter_hour_in(38);
    assert_eq!(book(&mentee(), &both_id, &start).status, 201, "someone books them as a mentor");
    let reply = book(&both, &mentor_id, &start);
    assert_eq!((reply.status, reply.error_code().as_str()), (422, "mentee_busy"), "{}", reply.body);

    let booked = book(&both, &mentor_id, &quarter_hour_in(40));
    assert_eq!(booked.status, 201, "{}", booked.body);
    let id = booked.json()["booking"]["id"].as_str().unwrap().to_string();
    let move_to =
        |to: &str| both.post_json(&format!("/api/bookings/{id}/reschedule"), &json!({ "start": to }));
    let onto_own = move_to(&start);
    assert_eq!((onto_own.status, onto_own.error_code().as_str()), (422, "mentee_busy"), "{}", onto_own.body);
    let taken = quarter_hour_in(42);
    assert_eq!(book(&mentee(), &mentor_id, &taken).status, 201);
    let onto_mentors = move_to(&taken);
    assert_eq!(
        (onto_mentors.status, onto_mentors.error_code().as_str()),
        (409, "slot_taken"),
        "{}",
        onto_mentors.body
    );
    assert_eq!(move_to(&quarter_hour_in(44)).status, 200, "a time free for both");
}

#[test]
fn a_cancel_reason_is_checked_like_an_agenda() {
    let (_mentor, mentor_id) = open_mentor(json!({}));
    let client = mentee();
    let id =
        book(&client, &mentor_id, &quarter_hour_in(30)).json()["booking"]["id"].as_str().unwrap().to_string();
    let reply = client.post_json(&format!("/api/bookings/{id}/cancel"), &json!({"reason": "sorry\u{7}"}));
    assert_eq!(
        (reply.status, reply.json()["error"]["field"].as_str()),
        (422, Some("reason")),
        "{}",
        reply.body
    );
}

#[test]
fn the_export_holds_bookings_and_availability() {
    let (mentor, mentor_id) = open_mentor(json!({}));
    let client = mentee();
    let booked = book(&client, &mentor_id, &quarter_hour_in(30)).json()["booking"]["id"].clone();
    let theirs = mentor.get("/api/me/export").json();
    assert_eq!(theirs["bookings"][0]["id"], booked);
    assert_eq!(theirs["bookings"][0]["role"], "mentor");
    assert_eq!(theirs["availability"]["weekly"].as_array().map(Vec::len), Some(7), "{theirs}");
    let mine = client.get("/api/me/export").json();
    assert_eq!(mine["bookings"][0]["id"], booked);
    assert_eq!(mine["availability"], Value::Null, "a mentee who set no rules");
}

#[test]
fn my_bookings_come_in_pages_upcoming_first_then_the_latest_past() {
    let client = mentee();
    let (mentors, starts): (Vec<String>, Vec<String>) =
        (0..3).map(|i| (open_mentor(json!({})).1, quarter_hour_in(30 + i))).unzip();
    let ids: Vec<String> = mentors
        .iter()
        .zip(&starts)
        .map(|(mentor, start)| {
            book(&client, mentor, start).json()["booking"]["id"].as_str().unwrap().to_string()
        })
        .collect();
    // Seen from between the second and third session: the third is upcoming, the others past.
    let between =
        (starts[1].parse::<jiff::Timestamp>().unwrap() + jiff::SignedDuration::from_mins(30)).to_string();
    let clock = [("x-quarterhour-now", between.as_str())];
    let page = |path: &str| {
        let reply = client.request("GET", path, None, &clock);
        assert_eq!(reply.status, 200, "{}", reply.body);
        reply.json()
    };
    let first = page("/api/me/bookings?limit=2");
    let order: Vec<&str> =
        first["bookings"].as_array().unwrap().iter().map(|b| b["id"].as_str().unwrap()).collect();
    assert_eq!(order, [ids[2].as_str(), ids[1].as_str()], "upcoming first, then the latest past");
    assert_eq!(first["meta"]["total"], 3);
    let cursor = first["meta"]["next_cursor"].as_str().expect("more to come").to_string();
    let second = page(&format!("/api/me/bookings?limit=2&cursor={cursor}"));
    assert_eq!(second["bookings"][0]["id"], ids[0].as_str());
    assert_eq!(second["bookings"].as_array().unwrap().len(), 1);
    assert_eq!(second["meta"]["next_cursor"], Value::Null);
    assert_eq!(client.get("/api/me/bookings?limit=101").error_code(), "invalid_parameter");
    assert_eq!(client.get("/api/me/bookings?cursor=nonsense").error_code(), "invalid_parameter");
}
