//! After the wrap-up: every booking's private thread, follow-up bookings, the outcome check-in
//! two weeks on (through the scheduled run, sent once), shared outcomes in a mentor's impact,
//! the growth record and its Markdown, and the export and deletion of all of it.

use jiff::{SignedDuration, Timestamp};
use serde_json::{Value, json};

use crate::bookings::{mails_about, open_mentor, quarter_hour_in};
use crate::client::{Client, Reply, unique_email};

pub fn mentee() -> Client {
    let client = Client::signed_in(&unique_email("followup", "initech.com"));
    client.send("PUT", "/api/me/profile", &json!({"display_name": "A new user", "timezone": "UTC"}));
    client
}

fn email_of(client: &Client) -> String {
    client.get("/api/me").json()["user"]["email"].as_str().unwrap().to_string()
}

fn at(start: &str, minutes: i64) -> String {
    (start.parse::<Timestamp>().unwrap() + SignedDuration::from_mins(minutes)).to_string()
}

/// A quarter hour about `days` days ago (negative) or ahead, on the development clock.
pub fn days_from_now(days: i64) -> String {
    let at = Timestamp::now() + SignedDuration::from_hours(24 * days);
    let seconds = at.as_second() - at.as_second().rem_euclid(900) + 900;
    Timestamp::from_second(seconds).unwrap().to_string()
}

fn book(client: &Client, mentor: &str, start: &str, now: &str, extra: Value) -> Reply {
    let mut body = json!({"mentor_id": mentor, "start": start, "agenda": "Prepare my promotion packet\nI have a draft."});
    body.as_object_mut().unwrap().extend(extra.as_object().unwrap().clone());
    client.request_with("POST", "/api/bookings", &body, &[("x-quarterhour-now", now)])
}

fn booked(reply: &Reply) -> Value {
    assert_eq!(reply.status, 201, "{}", reply.body);
    reply.json()["booking"].clone()
}

fn with_clock(client: &Client, method: &str, path: &str, body: &Value, now: &str) -> Reply {
    client.request_with(method, path, body, &[("x-quarterhour-now", now)])
}

/// A session booked on the development clock `days` from now and reported held by both.
pub fn held_session(mentor: &Client, mentor_id: &str, client: &Client, days: i64) -> (String, String) {
    // Sessions in the past are settled by any scheduled run: none may come before the reports.
    let _no_run = crate::client::between_scheduled_runs();
    let now = days_from_now(days);
    let start = at(&now, 120);
    let id = booked(&book(client, mentor_id, &start, &now, json!({})))["id"].as_str().unwrap().to_string();
    let path = format!("/api/bookings/{id}/attendance");
    for who in [client, mentor] {
        let reply = with_clock(who, "POST", &path, &json!({"outcome": "held"}), &at(&start, 20));
        assert_eq!(reply.status, 200, "{}", reply.body);
    }
    (id, start)
}

fn run_scheduled() -> Value {
    crate::client::run_scheduled(None)
}

#[test]
fn a_thread_mails_each_recipient_about_new_messages_at_most_once_an_hour() {
    let (mentor, mentor_id) = open_mentor(json!({}));
    let client = mentee();
    let reply = client.post_json(
        "/api/bookings",
        &json!({"mentor_id": mentor_id, "start": quarter_hour_in(300), "agenda": "A plan"}),
    );
    let thread = booked(&reply)["thread_id"].as_str().unwrap().to_string();
    let path = format!("/api/threads/{thread}/messages");
    let (mentor_email, mentee_email) = (email_of(&mentor), email_of(&client));
    for body in ["One thought", "Another", "And a third"] {
        assert_eq!(client.post_json(&path, &json!({ "body": body })).status, 201);
    }
    assert_eq!(mails_about(&mentor_email, "New message from").len(), 1, "one mail for three messages");
    assert_eq!(mentor.post_json(&path, &json!({"body": "Thanks"})).status, 201);
    assert_eq!(mails_about(&mentee_email, "New message from").len(), 1, "each recipient has their own hour");

    let hour_later = at(&Timestamp::now().to_string(), 61);
    let later = with_clock(&client, "POST", &path, &json!({"body": "Still there?"}), &hour_later);
    assert_eq!(later.status, 201, "{}", later.body);
    assert_eq!(mails_about(&mentor_email, "New message from").len(), 2, "an hour on, a new mail");
    assert_eq!(mentor.get("/api/me").json()["unread"]["messages"], 4, "every message is still unread");
}

#[test]
fn every_booking_has_a_private_thread_with_unread_counts() {
    let (mentor, mentor_id) = open_mentor(json!({}));
    let client = mentee();
    let reply = client.post_json(
        "/api/bookings",
        &json!({"mentor_id": mentor_id, "start": quarter_hour_in(30), "agenda": "Context: a new team\nMore"}),
    );
    let booking = booked(&reply);
    let thread = booking["thread_id"].as_str().expect("a thread from the moment of booking").to_string();
    let listed = mentor.get("/api/me/bookings").json();
    let seen =
        listed["bookings"].as_array().unwrap().iter().find(|b| b["id"] == booking["id"]).unwrap().clone();
    assert_eq!(seen["thread_id"], thread.as_str(), "the same thread for both sides");

    let path = format!("/api/threads/{thread}/messages");
    let opened = mentor.get(&path).json();
    assert_eq!(opened["thread"]["request_id"], Value::Null);
    assert_eq!(opened["thread"]["booking_id"], booking["id"]);
    assert_eq!(opened["thread"]["request_title"], "Context: a new team", "titled by the agenda's first line");
    assert_eq!(opened["thread"]["session_start"], booking["start"]);
    assert_eq!(opened["messages"], json!([]));

    let sent = client.post_json(&path, &json!({"body": "Here is my draft: …"}));
    assert_eq!(sent.status, 201, "{}", sent.body);
    assert_eq!(mentor.get("/api/me").json()["unread"], json!({"messages": 1, "threads": 1}));
    assert_eq!(mails_about(&email_of(&mentor), "New message from").len(), 1);
    let threads = mentor.get("/api/me/threads").json();
    assert!(threads["threads"].as_array().unwrap().iter().any(|t| t["id"] == thread.as_str()));
    assert_eq!(mentee().get(&path).status, 404, "a stranger");
    assert_eq!(mentee().post_json(&path, &json!({"body": "hi"})).status, 404);
    let export = client.get("/api/me/export").json();
    assert!(export["threads"].as_array().unwrap().iter().any(|t| t["thread"]["id"] == thread.as_str()));
}

#[test]
fn a_follow_up_names_the_held_session_with_the_same_mentor() {
    let (mentor, mentor_id) = open_mentor(json!({}));
    let client = mentee();
    let (earlier, earlier_start) = held_session(&mentor, &mentor_id, &client, -3);

    let now = days_from_now(0);
    let start = at(&now, 60 * 30);
    let follow_up = booked(&book(&client, &mentor_id, &start, &now, json!({"follow_up_of": earlier})));
    assert_eq!(follow_up["follow_up_of"], json!({"booking_id": earlier, "start": earlier_start}));
    let day = earlier_start.parse::<Timestamp>().unwrap().strftime("%-d %b").to_string();
    let mails = mails_about(&email_of(&mentor), "Booked: 15 minutes with");
    assert!(
        mails
            .iter()
            .any(|m| m["text"].as_str().unwrap().contains(&format!("Follow-up to your session on {day}"))),
        "{mails:?}"
    );
    let seen = mentor.get("/api/me/bookings").json()["bookings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["id"] == follow_up["id"])
        .unwrap()
        .clone();
    assert_eq!(seen["follow_up_of"]["booking_id"], earlier.as_str());

    // Not held, another mentor's, someone else's, or no id at all: refused with the field named.
    let (other_mentor, other_id) = open_mentor(json!({}));
    let upcoming = booked(&book(&client, &mentor_id, &at(&start, 60), &now, json!({})))["id"].clone();
    let stranger = mentee();
    for (who, mentor, earlier) in [
        (&client, &mentor_id, upcoming.clone()),
        (&client, &other_id, json!(earlier)),
        (&stranger, &mentor_id, json!(earlier)),
        (&client, &mentor_id, json!("not-an-id")),
        (&client, &mentor_id, json!("0123456789abcdef0123456789abcdef")),
    ] {
        let refused = book(who, mentor, &at(&start, 120), &now, json!({"follow_up_of": earlier}));
        assert_eq!(refused.status, 422, "{}", refused.body);
        assert_eq!(refused.json()["error"]["field"], "follow_up_of", "{}", refused.body);
    }
    drop(other_mentor);
}

fn outcome(client: &Client, kind: &str, id: &str, body: &Value) -> Reply {
    client.send("PUT", &format!("/api/outcomes/{kind}/{id}"), body)
}

#[test]
fn outcomes_are_the_mentees_and_reach_the_mentor_only_when_shared() {
    let (mentor, mentor_id) = open_mentor(json!({}));
    let client = mentee();
    let (held, _) = held_session(&mentor, &mentor_id, &client, -2);
    let now = days_from_now(0);
    let upcoming = booked(&book(&client, &mentor_id, &at(&now, 60 * 30), &now, json!({})))["id"]
        .as_str()
        .unwrap()
        .to_string();

    let early = outcome(&client, "booking", &upcoming, &json!({"status": "done"}));
    assert_eq!((early.status, early.error_code()), (422, "too_early".to_string()), "{}", early.body);
    assert_eq!(
        outcome(&mentor, "booking", &held, &json!({"status": "done"})).status,
        404,
        "the mentor's is not theirs"
    );
    assert_eq!(outcome(&mentee(), "booking", &held, &json!({"status": "done"})).status, 404);
    assert_eq!(outcome(&client, "meeting", &held, &json!({"status": "done"})).status, 404);
    for (body, field) in [
        (json!({"status": "finished"}), "status"),
        (json!({"status": "done", "note": "x".repeat(1_001)}), "note"),
        (json!({"status": "done", "extra": 1}), "extra"),
    ] {
        let refused = outcome(&client, "booking", &held, &body);
        assert_eq!(
            (refused.status, refused.json()["error"]["field"].as_str()),
            (422, Some(field)),
            "{}",
            refused.body
        );
    }
    assert_eq!(client.get(&format!("/api/outcomes/booking/{held}")).json(), json!({"outcome": null}));

    let private = outcome(&client, "booking", &held, &json!({"status": "in_progress", "note": "Drafting"}));
    assert_eq!(private.status, 200, "{}", private.body);
    assert_eq!(private.json()["outcome"]["share_with_mentor"], false, "not shared unless said");
    let impact = mentor.get("/api/me/impact").json();
    assert_eq!(
        (impact["impact"]["outcomes_shared"].as_u64(), impact["shared_outcomes"].clone()),
        (Some(0), json!([]))
    );

    let shared = outcome(
        &client,
        "booking",
        &held,
        &json!({"status": "done", "note": "Sent the packet to my manager", "share_with_mentor": true}),
    );
    assert_eq!(shared.json()["outcome"]["status"], "done");
    let impact = mentor.get("/api/me/impact").json();
    assert_eq!(impact["impact"]["outcomes_shared"], 1);
    let listed = &impact["shared_outcomes"][0];
    assert_eq!(
        (listed["mentee"].as_str(), listed["about"].as_str(), listed["note"].as_str()),
        (Some("A new user"), Some("Prepare my promotion packet"), Some("Sent the packet to my manager"))
    );
    assert!(!impact.to_string().contains('@'), "no addresses: {impact}");
    let public = Client::new().get(&format!("/api/mentors/{mentor_id}")).json();
    assert_eq!(public["impact"]["outcomes_shared"], 1);
    assert!(!public.to_string().contains("Sent the packet"), "the note reaches only the mentor");
    assert_eq!(
        client.get(&format!("/api/outcomes/booking/{held}")).json()["outcome"]["note"],
        "Sent the packet to my manager"
    );
}

#[test]
fn two_weeks_on_the_mentee_is_asked_once_what_came_of_it() {
    let (mentor, mentor_id) = open_mentor(json!({}));
    mentor.send("PUT", "/api/me/profile", &json!({"expertise": ["kubernetes"], "accepting_requests": true}));
    let client = mentee();
    let (held, _) = held_session(&mentor, &mentor_id, &client, -20);

    // An answer accepted 20 days ago, on the development clock.
    let then = days_from_now(-20);
    let created = with_clock(
        &client,
        "POST",
        "/api/requests",
        &json!({"title": "Pods keep getting OOM-killed", "body": "Where do I start?", "expertise": ["kubernetes"],
                "format": "written", "audience": "everyone"}),
        &then,
    );
    assert_eq!(created.status, 201, "{}", created.body);
    let request = created.json()["request"]["id"].as_str().unwrap().to_string();
    let offered = with_clock(
        &mentor,
        "POST",
        &format!("/api/requests/{request}/offers"),
        &json!({"kind": "written", "message": "Start with `kubectl describe pod`."}),
        &at(&then, 10),
    );
    assert_eq!(offered.status, 201, "{}", offered.body);
    let offer = offered.json()["offer"]["id"].as_str().unwrap().to_string();
    let accepted = with_clock(
        &client,
        "POST",
        &format!("/api/requests/{request}/offers/{offer}/accept"),
        &json!({}),
        &at(&then, 20),
    );
    assert_eq!(accepted.status, 200, "{}", accepted.body);

    run_scheduled();
    run_scheduled();
    let asked = mails_about(&email_of(&client), "Did you act on it?");
    assert_eq!(asked.len(), 2, "one for the session, one for the answer: {asked:?}");
    let texts: Vec<&str> = asked.iter().map(|m| m["text"].as_str().unwrap()).collect();
    assert!(
        texts
            .iter()
            .any(|t| t.contains(&format!("/sessions/{held}")) && t.contains("Prepare my promotion packet"))
    );
    assert!(
        texts.iter().any(|t| t.contains(&format!("/growth#request-{request}")) && t.contains("OOM-killed"))
    );
    assert!(mails_about(&email_of(&mentor), "Did you act on it?").is_empty(), "only the mentee is asked");

    let answered =
        outcome(&client, "request", &request, &json!({"status": "done", "share_with_mentor": true}));
    assert_eq!(answered.status, 200, "{}", answered.body);
    assert_eq!(outcome(&mentor, "request", &request, &json!({"status": "done"})).status, 404);
}

#[test]
fn the_growth_record_has_notes_steps_outcomes_and_kudos_and_its_markdown_no_addresses() {
    let (mentor, mentor_id) = open_mentor(json!({}));
    mentor.send("PUT", "/api/me/profile", &json!({"display_name": "A new user's mentor"}));
    let client = mentee();
    let (held, start) = held_session(&mentor, &mentor_id, &client, -1);
    let path = format!("/api/bookings/{held}/feedback");
    let after = at(&start, 30);
    let mine = json!({"rating": "helpful", "kudos": ["practical"], "private_note": "Lead with impact",
                      "next_steps": ["Rewrite the summary", "Ask two peers"]});
    assert_eq!(with_clock(&client, "PUT", &path, &mine, &after).status, 200);
    let theirs = json!({"kudos": ["well_prepared"], "note_to_other": "Great questions", "private_note": "Mentor only"});
    assert_eq!(with_clock(&mentor, "PUT", &path, &theirs, &after).status, 200);
    outcome(&client, "booking", &held, &json!({"status": "done", "note": "Promoted"}));

    let growth = client.get("/api/me/growth").json();
    assert_eq!(growth["totals"]["sessions_received"], 1);
    assert_eq!(growth["kudos_received"], json!([{"tag": "well_prepared", "count": 1}]));
    let entry = growth["months"][0]["entries"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["subject_id"] == held.as_str())
        .unwrap()
        .clone();
    assert_eq!(entry["role"], "mentee");
    assert_eq!(entry["with"], "A new user's mentor");
    assert_eq!(entry["private_note"], "Lead with impact");
    assert_eq!(entry["next_steps"], json!(["Rewrite the summary", "Ask two peers"]));
    assert_eq!(entry["note_received"], "Great questions");
    assert_eq!(entry["outcome"]["status"], "done");
    assert!(!growth.to_string().contains("Mentor only"), "never the other's private note");

    let mentors = mentor.get("/api/me/growth").json();
    let given = mentors["months"][0]["entries"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["subject_id"] == held.as_str())
        .unwrap()
        .clone();
    assert_eq!(
        (given["role"].as_str(), given["private_note"].as_str()),
        (Some("mentor"), Some("Mentor only"))
    );
    assert_eq!(given["kudos_received"], json!(["practical"]));
    assert_eq!(given["outcome"], Value::Null, "an outcome the mentee did not share stays theirs");

    let md = client.get("/api/me/growth.md");
    assert_eq!(md.status, 200);
    assert!(
        md.header("content-type").unwrap().starts_with("text/markdown"),
        "{:?}",
        md.header("content-type")
    );
    assert!(md.header("content-disposition").unwrap().contains("growth.md"));
    for expected in [
        "# Growth record: A new user",
        "### Session I had: Prepare my promotion packet",
        "from A new user's mentor",
        "- Outcome: Acted on it: Promoted",
        "  - Rewrite the summary",
        "> Lead with impact",
        "Great questions",
    ] {
        assert!(md.body.contains(expected), "{expected:?} in {}", md.body);
    }
    assert!(!md.body.contains(&email_of(&client)) && !md.body.contains(&email_of(&mentor)), "{}", md.body);
    assert_eq!(Client::new().get("/api/me/growth.md").status, 401);
}

#[test]
fn the_export_holds_outcomes_and_deletion_removes_them() {
    let (mentor, mentor_id) = open_mentor(json!({}));
    let client = mentee();
    let (held, _) = held_session(&mentor, &mentor_id, &client, -1);
    let body = json!({"status": "done", "note": "Shipped", "share_with_mentor": true});
    assert_eq!(outcome(&client, "booking", &held, &body).status, 200);

    let export = client.get("/api/me/export").json();
    let recorded = export["outcomes"].as_array().unwrap();
    assert_eq!(recorded.len(), 1, "{recorded:?}");
    assert_eq!(
        (recorded[0]["direction"].as_str(), recorded[0]["note"].as_str()),
        (Some("recorded"), Some("Shipped"))
    );
    assert_eq!(recorded[0]["share_with_mentor"], true);
    let shared = mentor.get("/api/me/export").json();
    assert_eq!(shared["outcomes"][0]["direction"], "shared_with_me");

    assert_eq!(client.request("DELETE", "/api/me", None, &[]).status, 204);
    assert_eq!(mentor.get("/api/me/export").json()["outcomes"], json!([]));
    assert_eq!(mentor.get("/api/me/impact").json()["impact"]["outcomes_shared"], 0);
}
