//! After the session: attendance and its 48-hour rule, the no-show policy (pause and resume,
//! the half miss, the mentee limit), feedback (once, the edit window, who sees what), the
//! check-in mail, and the impact a mentor's profile shows.

use jiff::{SignedDuration, Timestamp};
use serde_json::{Value, json};

use crate::bookings::{mails_about, open_mentor, quarter_hour_in};
use crate::client::{Client, Reply, unique_email};

/// Hours ahead of the sessions of every test here but the one that settles attendance 50 hours
/// after its own session: the scheduled run it makes settles every session ended by then.
const AHEAD: i64 = 96;

fn mentee() -> Client {
    Client::signed_in(&unique_email("wrapup", "initech.com"))
}

fn at(start: &str, minutes: i64) -> String {
    (start.parse::<Timestamp>().unwrap() + SignedDuration::from_mins(minutes)).to_string()
}

/// Books `start` with the mentor, on the clock `now` when given; returns the booking id.
fn book_at(client: &Client, mentor: &str, start: &str, now: Option<&str>) -> Reply {
    let body = json!({"mentor_id": mentor, "start": start, "agenda": "Unblock my deploy"});
    match now {
        Some(now) => client.request_with("POST", "/api/bookings", &body, &[("x-quarterhour-now", now)]),
        None => client.post_json("/api/bookings", &body),
    }
}

fn book(client: &Client, mentor: &str, start: &str) -> String {
    let reply = book_at(client, mentor, start, None);
    assert_eq!(reply.status, 201, "{}", reply.body);
    reply.json()["booking"]["id"].as_str().unwrap().to_string()
}

fn report(client: &Client, booking: &str, outcome: &str, now: &str) -> Reply {
    client.request_with(
        "POST",
        &format!("/api/bookings/{booking}/attendance"),
        &json!({ "outcome": outcome }),
        &[("x-quarterhour-now", now)],
    )
}

fn attendance(reply: &Reply) -> String {
    assert_eq!(reply.status, 200, "{}", reply.body);
    reply.json()["booking"]["attendance"].as_str().unwrap().to_string()
}

fn run_scheduled(now: &str) -> Value {
    crate::client::run_scheduled(Some(now))
}

fn email_of(client: &Client) -> String {
    client.get("/api/me").json()["user"]["email"].as_str().unwrap().to_string()
}

#[test]
fn attendance_opens_at_the_end_is_404_for_strangers_and_needs_a_known_outcome() {
    let (mentor, mentor_id) = open_mentor(json!({}));
    let client = mentee();
    let start = quarter_hour_in(AHEAD + 2);
    let id = book(&client, &mentor_id, &start);
    let during = at(&start, 10);
    let after = at(&start, 20);

    let early = report(&client, &id, "held", &during);
    assert_eq!((early.status, early.error_code()), (422, "too_early".to_string()), "{}", early.body);
    assert_eq!(report(&mentee(), &id, "held", &after).status, 404, "a stranger");
    let unknown = report(&client, &id, "maybe", &after);
    assert_eq!(unknown.status, 422);
    assert_eq!(unknown.json()["error"]["field"], "outcome");

    assert_eq!(
        attendance(&report(&client, &id, "held", &after)),
        "unreported",
        "the mentor may still answer"
    );
    assert_eq!(attendance(&report(&mentor, &id, "held", &after)), "held", "both agree");
    // Editable for 48 hours: a change of mind contradicts the other side.
    assert_eq!(attendance(&report(&client, &id, "other_missed", &at(&start, 60 * 47))), "disputed");
    let late = report(&client, &id, "held", &at(&start, 60 * 49));
    assert_eq!((late.status, late.error_code()), (422, "wrap_up_closed".to_string()));
}

#[test]
fn a_lone_report_stands_after_48_hours_and_the_check_in_goes_out_once() {
    let (mentor, mentor_id) = open_mentor(json!({}));
    let client = mentee();
    let start = quarter_hour_in(1);
    let held = book(&client, &mentor_id, &start);
    let missed = book(&client, &mentor_id, &at(&start, 60));
    assert_eq!(attendance(&report(&mentor, &held, "held", &at(&start, 20))), "unreported");
    assert_eq!(attendance(&report(&mentor, &missed, "other_missed", &at(&start, 80))), "unreported");

    // The check-in, 15 minutes after each end, once.
    run_scheduled(&at(&start, 31));
    run_scheduled(&at(&start, 32));
    let asked = mails_about(&email_of(&client), "Did your session with");
    assert_eq!(asked.len(), 1, "{asked:?}");
    assert!(asked[0]["text"].as_str().unwrap().contains(&format!("/sessions/{held}")));
    assert_eq!(mails_about(&email_of(&mentor), "Did your session with").len(), 1);

    run_scheduled(&at(&start, 60 * 50));
    let mine = client.request_with("GET", "/api/me/bookings", &json!({}), &[]).json();
    let attendance_of = |id: &str| {
        mine["bookings"].as_array().unwrap().iter().find(|b| b["id"] == id).unwrap()["attendance"].clone()
    };
    assert_eq!(attendance_of(&held), "held", "one side's held, unanswered for 48 hours");
    assert_eq!(attendance_of(&missed), "mentee_missed", "one side's miss, unanswered for 48 hours");
    assert_eq!(mails_about(&email_of(&client), "Did your session with").len(), 2, "each session asked once");
}

#[test]
fn two_misses_pause_a_mentor_who_resumes_from_their_profile() {
    let (mentor, mentor_id) = open_mentor(json!({}));
    // A language no other test's mentors speak, so that matching finds this mentor alone.
    let profile = json!({"expertise": ["kubernetes"], "languages": ["ty"], "weekly_capacity": 10});
    assert_eq!(mentor.send("PUT", "/api/me/profile", &profile).status, 200);
    let matched = || {
        let goal = json!({"goal": "help with kubernetes upgrades", "languages": ["ty"], "within_days": 21});
        let reply = Client::new().post_json("/api/matches", &goal);
        assert_eq!(reply.status, 200, "{}", reply.body);
        reply.json()["matches"].as_array().unwrap().iter().any(|m| m["mentor"]["id"] == mentor_id.as_str())
    };
    assert!(matched(), "matched before any miss");
    let client = mentee();
    let start = quarter_hour_in(AHEAD + 2);
    let first = book(&client, &mentor_id, &start);
    let second = book(&client, &mentor_id, &at(&start, 30));
    let after = at(&start, 60);
    assert_eq!(attendance(&report(&client, &first, "other_missed", &after)), "unreported");
    assert_eq!(attendance(&report(&mentor, &first, "i_missed", &after)), "mentor_missed");
    let slots = |who: &Client| who.get(&format!("/api/mentors/{mentor_id}/slots")).json()["slots"].clone();
    assert!(!slots(&client).as_array().unwrap().is_empty(), "one miss pauses no one");

    report(&mentor, &second, "i_missed", &after);
    assert_eq!(attendance(&report(&client, &second, "other_missed", &after)), "mentor_missed");
    assert_eq!(slots(&client), json!([]), "paused: no slots are offered");
    let paused = mails_about(&email_of(&mentor), "Your slots are paused");
    assert_eq!(paused.len(), 1);
    assert!(paused[0]["text"].as_str().unwrap().contains("/profile"));
    let booking = book_at(&client, &mentor_id, &quarter_hour_in(30), None);
    assert_eq!(booking.status, 422, "{}", booking.body);
    assert_eq!(mentor.get("/api/me").json()["paused"], true, "the mentor sees why");
    assert!(!matched(), "a paused mentor is not suggested");

    assert_eq!(mentor.request("POST", "/api/me/resume", None, &[]).status, 204);
    assert!(!slots(&client).as_array().unwrap().is_empty(), "resumed");
    assert!(matched(), "and suggested again");
    assert_eq!(mentor.get("/api/me").json()["paused"], false);
    assert_eq!(mails_about(&email_of(&mentor), "Your slots are paused").len(), 1, "mailed once");
}

#[test]
fn late_cancellations_count_half_and_two_misses_limit_a_mentee_to_one_upcoming_session() {
    let (mentor, mentor_id) = open_mentor(json!({}));
    let (_other, other_id) = open_mentor(json!({}));
    let client = mentee();
    let start = quarter_hour_in(AHEAD + 4);
    // Two late cancellations (half a miss each) and one early one (none).
    for (i, offset) in [0, 30, 60].into_iter().enumerate() {
        let when = at(&start, offset);
        let id = book(&client, &mentor_id, &when);
        let before = if i == 2 { 60 * 3 } else { 60 };
        let now = at(&when, -before);
        let reply = client.request_with(
            "POST",
            &format!("/api/bookings/{id}/cancel"),
            &json!({}),
            &[("x-quarterhour-now", now.as_str())],
        );
        assert_eq!(reply.status, 200, "{}", reply.body);
    }
    let later = at(&start, 120);
    assert_eq!(book_at(&client, &other_id, &at(&start, 180), Some(&later)).status, 201, "one miss so far");
    assert_eq!(book_at(&client, &other_id, &at(&start, 240), Some(&later)).status, 201, "not limited yet");

    // One missed session makes two.
    let missed = book(&client, &mentor_id, &at(&start, 300));
    let after = at(&start, 330);
    report(&client, &missed, "i_missed", &after);
    assert_eq!(attendance(&report(&mentor, &missed, "other_missed", &after)), "mentee_missed");
    let one = book_at(&client, &other_id, &at(&start, 405), Some(&after));
    assert_eq!(one.status, 201, "one upcoming session is still allowed: {}", one.body);
    let limited = book_at(&client, &other_id, &at(&start, 435), Some(&after));
    assert_eq!(limited.status, 422, "{}", limited.body);
    assert_eq!(
        (limited.status, limited.error_code()),
        (422, "booking_limited".to_string()),
        "{}",
        limited.body
    );
    // Fourteen days on, the limit is over.
    let fortnight = at(&start, 300 + 60 * 24 * 14 + 1);
    let start_then = at(&start, 300 + 60 * 24 * 14 + 60);
    let free = book_at(&client, &other_id, &start_then, Some(&fortnight));
    assert_eq!(free.status, 201, "the limit is over: {}", free.body);
}

fn feedback(client: &Client, path: &str, body: &Value, now: &str) -> Reply {
    client.request_with("PUT", path, body, &[("x-quarterhour-now", now)])
}

#[test]
fn feedback_is_given_once_per_side_edited_for_14_days_and_seen_only_as_allowed() {
    let (mentor, mentor_id) = open_mentor(json!({}));
    let client = mentee();
    let start = quarter_hour_in(AHEAD + 2);
    let id = book(&client, &mentor_id, &start);
    let path = format!("/api/bookings/{id}/feedback");
    let after = at(&start, 20);
    let body = json!({"rating": "helpful", "kudos": ["practical", "kind"], "note_to_other": "Thank you!",
                      "private_note": "Set memory limits first.", "next_steps": ["Add limits", "Read the OOM guide"]});

    let early = feedback(&client, &path, &body, &at(&start, 5));
    assert_eq!((early.status, early.error_code()), (422, "too_early".to_string()));
    for (bad, field) in [
        (json!({"rating": "great"}), "rating"),
        (json!({"kudos": ["funny"]}), "kudos"),
        (json!({"note_to_other": "x".repeat(1_001)}), "note_to_other"),
        (json!({"private_note": "x".repeat(4_001)}), "private_note"),
        (json!({"next_steps": vec!["a"; 11]}), "next_steps"),
    ] {
        let reply = feedback(&client, &path, &bad, &after);
        assert_eq!(reply.status, 422, "{bad}: {}", reply.body);
        assert_eq!(reply.json()["error"]["field"], field);
    }
    assert_eq!(feedback(&mentee(), &path, &body, &after).status, 404, "a stranger");
    let rated = feedback(&mentor, &path, &json!({"rating": "helpful"}), &after);
    assert_eq!(rated.json()["error"]["field"], "rating", "mentors give kudos only");

    let saved = feedback(&client, &path, &body, &after);
    assert_eq!(saved.status, 200, "{}", saved.body);
    assert_eq!(saved.json()["mine"]["private_note"], "Set memory limits first.");
    let edited = feedback(
        &client,
        &path,
        &json!({"rating": "somewhat", "kudos": ["clear"], "note_to_other": "Thanks again"}),
        &at(&start, 60 * 24 * 13),
    );
    assert_eq!(edited.status, 200, "{}", edited.body);
    assert_eq!(edited.json()["mine"]["kudos"], json!(["clear"]), "one feedback per side, edited");
    let closed = feedback(&client, &path, &body, &at(&start, 60 * 24 * 14 + 20));
    assert_eq!((closed.status, closed.error_code()), (422, "wrap_up_closed".to_string()));

    assert_eq!(
        feedback(&mentor, &path, &json!({"kudos": ["well_prepared"], "private_note": "Mine alone"}), &after)
            .status,
        200
    );
    // The mentor sees the mentee's kudos and note, never the rating or the private note.
    let seen = mentor.get(&path);
    assert_eq!(seen.status, 200, "{}", seen.body);
    let seen = seen.json();
    assert_eq!(seen["from_other"], json!({"kudos": ["clear"], "note_to_other": "Thanks again"}));
    assert!(
        !seen.to_string().contains("somewhat") && !seen.to_string().contains("Set memory limits"),
        "{seen}"
    );
    assert_eq!(seen["mine"]["private_note"], "Mine alone");
    let theirs = client.get(&path).json();
    assert_eq!(theirs["from_other"]["kudos"], json!(["well_prepared"]));
    assert!(!theirs.to_string().contains("Mine alone"), "{theirs}");
    assert_eq!(mentee().get(&path).status, 404);
}

/// The impact on the mentor's directory card, found by a tag only they list.
fn card_impact(tag: &str, mentor_id: &str) -> Value {
    let reply = Client::new().get(&format!("/api/mentors?expertise={tag}"));
    assert_eq!(reply.status, 200, "{}", reply.body);
    let cards = reply.json()["mentors"].clone();
    let card = cards.as_array().unwrap().iter().find(|m| m["id"] == mentor_id).cloned();
    card.unwrap_or_else(|| panic!("the mentor is listed: {cards}"))["impact"].clone()
}

#[test]
fn a_mentors_profile_shows_impact_in_totals_with_thresholds() {
    let (mentor, mentor_id) = open_mentor(json!({}));
    let tag = format!("impact{}", crate::client::unique_suffix());
    assert_eq!(mentor.send("PUT", "/api/me/profile", &json!({"expertise": [&tag]})).status, 200);
    let start = quarter_hour_in(AHEAD + 2);
    let profile = || Client::new().get(&format!("/api/mentors/{mentor_id}")).json()["impact"].clone();
    assert_eq!(profile()["sessions_held"], 0);
    assert_eq!(
        card_impact(&tag, &mentor_id),
        json!({"sessions_held": 0, "people_helped": 0, "answers_accepted": 0})
    );
    assert_eq!(profile()["helpful_share"], Value::Null);

    let (mut mentees, mut ids) = (Vec::new(), Vec::new());
    for i in 0..5 {
        let client = Client::signed_in(&unique_email(
            "helped",
            &format!("impact{i}x{}.com", crate::client::unique_suffix()),
        ));
        let when = at(&start, i * 30);
        let id = book(&client, &mentor_id, &when);
        let after = at(&when, 20);
        report(&client, &id, "held", &after);
        assert_eq!(attendance(&report(&mentor, &id, "held", &after)), "held");
        let rating = if i < 4 { "helpful" } else { "not_helpful" };
        let reply = feedback(
            &client,
            &format!("/api/bookings/{id}/feedback"),
            &json!({"rating": rating, "kudos": ["clear"]}),
            &after,
        );
        assert_eq!(reply.status, 200, "{}", reply.body);
        mentees.push(client);
        ids.push(id);
        if i == 3 {
            let impact = profile();
            assert_eq!(impact["sessions_held"], 4);
            assert_eq!(impact["helpful_share"], Value::Null, "four ratings show no share");
            assert_eq!(impact["reliability"], Value::Null, "four sessions show no reliability");
            assert_eq!(card_impact(&tag, &mentor_id)["sessions_held"], 4, "the card follows each report");
        }
    }
    let impact = profile();
    assert_eq!(impact["sessions_held"], 5);
    assert_eq!(impact["people_helped"], 5);
    assert_eq!(impact["organizations_helped"], 5);
    assert_eq!(impact["kudos"], json!([{"tag": "clear", "count": 5}]));
    assert_eq!(impact["helpful_share"], 0.8);
    assert_eq!(impact["reliability"], "Showed up for 5 of 5 sessions");
    assert_eq!(
        (impact["sessions_showed_up"].as_u64(), impact["sessions_reported"].as_u64()),
        (Some(5), Some(5))
    );
    // One mentee changes their rating: the shown share waits for five more ratings, so the
    // mentor cannot read one person's rating off the difference.
    let changed = feedback(
        &mentees[0],
        &format!("/api/bookings/{}/feedback", ids[0]),
        &json!({"rating": "not_helpful", "kudos": ["clear"]}),
        &at(&start, 20),
    );
    assert_eq!(changed.status, 200, "{}", changed.body);
    assert_eq!(profile()["helpful_share"], 0.8, "one changed rating moves nothing");
    assert_eq!(
        card_impact(&tag, &mentor_id),
        json!({"sessions_held": 5, "people_helped": 5, "answers_accepted": 0})
    );
    let text = Client::new().get(&format!("/api/mentors/{mentor_id}")).body;
    assert!(
        !text.contains("not_helpful") && !text.contains("\"helpful\""),
        "no rating of one person: {text}"
    );
    // Someone helped deletes their account: they leave the totals on the card and the profile.
    assert_eq!(mentees[0].request("DELETE", "/api/me", None, &[]).status, 204);
    let expected = json!({"sessions_held": 4, "people_helped": 4, "answers_accepted": 0});
    assert_eq!(card_impact(&tag, &mentor_id), expected);
    assert_eq!(profile()["people_helped"], 4);
}

#[test]
fn organizations_helped_leave_out_the_mentors_own() {
    let (mentor, mentor_id) = open_mentor(json!({}));
    let start = quarter_hour_in(AHEAD + 6);
    // A colleague at the mentor's own organization, and someone elsewhere.
    for (i, domain) in ["acme.com", "globex.com"].into_iter().enumerate() {
        let client = Client::signed_in(&unique_email("colleague", domain));
        let when = at(&start, 30 * i as i64);
        let id = book(&client, &mentor_id, &when);
        let after = at(&when, 20);
        report(&client, &id, "held", &after);
        assert_eq!(attendance(&report(&mentor, &id, "held", &after)), "held");
    }
    let impact = Client::new().get(&format!("/api/mentors/{mentor_id}")).json()["impact"].clone();
    assert_eq!(impact["people_helped"], 2, "{impact}");
    assert_eq!(impact["organizations_helped"], 1, "only globex.com: {impact}");
}

#[test]
fn the_author_of_an_answered_question_gives_feedback_on_the_answer() {
    let (mentor, mentor_id) = open_mentor(json!({}));
    let tag = format!("impact{}", crate::client::unique_suffix());
    mentor.send(
        "PUT",
        "/api/me/profile",
        &json!({"expertise": ["kubernetes", &tag], "accepting_requests": true}),
    );
    let author = mentee();
    author.send("PUT", "/api/me/profile", &json!({"display_name": "A new user"}));
    let created = author.post_json(
        "/api/requests",
        &json!({"title": "Pods keep getting OOM-killed", "body": "Where do I start?", "expertise": ["kubernetes"],
                "format": "written", "audience": "everyone"}),
    );
    assert_eq!(created.status, 201, "{}", created.body);
    let request = created.json()["request"]["id"].as_str().unwrap().to_string();
    let path = format!("/api/requests/{request}/feedback");
    let too_early = author.send("PUT", &path, &json!({"rating": "helpful"}));
    assert_eq!(
        (too_early.status, too_early.error_code()),
        (422, "too_early".to_string()),
        "{}",
        too_early.body
    );
    let offer = mentor.post_json(
        &format!("/api/requests/{request}/offers"),
        &json!({"kind": "written", "message": "Start with `kubectl describe pod`."}),
    );
    assert_eq!(offer.status, 201, "{}", offer.body);
    let offer = offer.json()["offer"]["id"].as_str().unwrap().to_string();
    let accepted = author.post_json(&format!("/api/requests/{request}/offers/{offer}/accept"), &json!({}));
    assert_eq!(accepted.status, 200, "{}", accepted.body);
    let expected = json!({"sessions_held": 0, "people_helped": 1, "answers_accepted": 1});
    assert_eq!(card_impact(&tag, &mentor_id), expected, "the accepted answer counts on the card");
    let goal =
        json!({"goal": "help with a question like that one", "expertise": [&tag], "format": "written"});
    let matched = Client::new().post_json("/api/matches", &goal).json();
    let card =
        matched["matches"].as_array().unwrap().iter().find(|m| m["mentor"]["id"] == mentor_id.as_str());
    assert_eq!(card.map(|m| m["mentor"]["impact"].clone()), Some(expected), "and on matching's: {matched}");

    assert_eq!(mentor.send("PUT", &path, &json!({"kudos": ["clear"]})).status, 404, "only the author");
    assert_eq!(mentor.get(&path).status, 404, "only the author reads it");
    assert_eq!(author.get(&path).json(), json!({"mine": null, "from_other": null}), "nothing given yet");
    let given = author.send("PUT", &path, &json!({"rating": "helpful", "kudos": ["clear", "practical"]}));
    assert_eq!(given.status, 200, "{}", given.body);
    assert_eq!(given.json()["mine"]["rating"], "helpful");
    let read = author.get(&path).json();
    assert_eq!(read["mine"]["kudos"], json!(["clear", "practical"]), "{read}");
}

#[test]
fn the_export_holds_feedback_given_and_received_and_deletion_removes_it() {
    let (mentor, mentor_id) = open_mentor(json!({}));
    let client = mentee();
    let start = quarter_hour_in(AHEAD + 6);
    let id = book(&client, &mentor_id, &start);
    let after = at(&start, 20);
    let path = format!("/api/bookings/{id}/feedback");
    let given =
        json!({"rating": "helpful", "kudos": ["kind"], "note_to_other": "Thanks", "private_note": "Mine"});
    assert_eq!(feedback(&client, &path, &given, &after).status, 200);
    let received =
        json!({"kudos": ["well_prepared"], "note_to_other": "Good questions", "private_note": "Secret"});
    assert_eq!(feedback(&mentor, &path, &received, &after).status, 200);
    assert_eq!(attendance(&report(&client, &id, "held", &after)), "unreported");

    let export = client.get("/api/me/export").json();
    let entries = export["feedback"].as_array().unwrap();
    let given = entries.iter().find(|f| f["direction"] == "given").expect("given feedback");
    assert_eq!((given["rating"].clone(), given["private_note"].clone()), (json!("helpful"), json!("Mine")));
    let got = entries.iter().find(|f| f["direction"] == "received").expect("received feedback");
    assert_eq!(got["note_to_other"], "Good questions");
    assert!(!export["feedback"].to_string().contains("Secret"), "never another's private note");
    let booking =
        export["bookings"].as_array().unwrap().iter().find(|b| b["id"] == id.as_str()).unwrap().clone();
    assert_eq!(booking["my_report"], "held");

    assert_eq!(client.request("DELETE", "/api/me", None, &[]).status, 204);
    let mine = mentor.get("/api/me/export").json();
    let left: Vec<&Value> = mine["feedback"].as_array().unwrap().iter().collect();
    assert!(left.is_empty(), "the deleted person's feedback, and the feedback about them, is gone: {left:?}");
}
