//! Open requests: posting, who may see a request (audiences, anonymity), offers, acceptance
//! (a slot offer becomes a booking), private threads with unread counts, closing, expiry and
//! the daily digest.

use serde_json::{Value, json};

use crate::bookings::{open_mentor, quarter_hour_in};
use crate::client::{Client, Reply, unique_email, unique_suffix};

/// Someone signed in at `domain` with `profile` applied; returns the client and the user's id.
fn person(domain: &str, profile: Value) -> (Client, String) {
    let client = Client::signed_in(&unique_email("person", domain));
    let mut fields = json!({"display_name": format!("Person {}", unique_suffix())});
    fields.as_object_mut().unwrap().extend(profile.as_object().unwrap().clone());
    let reply = client.send("PUT", "/api/me/profile", &fields);
    assert_eq!(reply.status, 200, "{}", reply.body);
    let id = reply.json()["profile"]["id"].as_str().unwrap().to_string();
    (client, id)
}

fn mentor(domain: &str, expertise: &[&str]) -> (Client, String) {
    person(domain, json!({"is_mentor": true, "expertise": expertise}))
}

/// A unique skill, so that a test finds its own requests among everyone's.
fn unique_tag() -> String {
    format!("skill{}", unique_suffix())
}

fn ask(client: &Client, tag: &str, extra: Value) -> Reply {
    let mut body = json!({
        "title": "How do I review a 4,000-line pull request?",
        "body": "It touches **everything**.<script>alert(1)</script>",
        "expertise": [tag],
    });
    body.as_object_mut().unwrap().extend(extra.as_object().unwrap().clone());
    client.post_json("/api/requests", &body)
}

fn asked(client: &Client, tag: &str, extra: Value) -> String {
    let reply = ask(client, tag, extra);
    assert_eq!(reply.status, 201, "{}", reply.body);
    reply.json()["request"]["id"].as_str().unwrap().to_string()
}

/// The ids in the mentor's feed filtered to `tag`.
fn feed(client: &Client, tag: &str) -> Vec<String> {
    let reply = client.get(&format!("/api/requests/for-me?expertise={tag}"));
    assert_eq!(reply.status, 200, "{}", reply.body);
    reply.json()["requests"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap().to_string())
        .collect()
}

fn written(client: &Client, request: &str, message: &str) -> Reply {
    client.post_json(
        &format!("/api/requests/{request}/offers"),
        &json!({"kind": "written", "message": message}),
    )
}

fn accept(client: &Client, request: &str, offer: &str) -> Reply {
    client.post_json(&format!("/api/requests/{request}/offers/{offer}/accept"), &json!({}))
}

fn offer_id(reply: &Reply) -> String {
    assert_eq!(reply.status, 201, "{}", reply.body);
    reply.json()["offer"]["id"].as_str().unwrap().to_string()
}

fn mails_to(client: &Client, subject_part: &str) -> Vec<Value> {
    let me = client.get("/api/me").json();
    let email = me["user"]["email"].as_str().unwrap().to_string();
    let outbox = Client::new().get(&format!("/api/dev/outbox?to={email}")).json();
    outbox["messages"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| m["subject"].as_str().unwrap_or_default().contains(subject_part))
        .cloned()
        .collect()
}

fn run_scheduled_at(at: &str) -> Value {
    crate::client::run_scheduled(Some(at))
}

#[test]
fn posting_validates_every_field_and_renders_markdown_safely() {
    let (mentee, _) = person("acme.com", json!({}));
    let tag = unique_tag();
    let reply = ask(&mentee, &tag, json!({}));
    assert_eq!(reply.status, 201, "{}", reply.body);
    let request = &reply.json()["request"];
    assert_eq!(request["status"], "open");
    assert_eq!(request["format"], "either");
    assert_eq!(request["audience"], "everyone");
    assert_eq!(request["anonymous"], false);
    assert_eq!(request["role"], "author");
    assert_eq!(request["expertise"], json!([tag]));
    let html = request["body_html"].as_str().unwrap();
    assert!(html.contains("<strong>everything</strong>") && !html.contains("<script"), "{html}");
    let created: jiff::Timestamp = request["created_at"].as_str().unwrap().parse().unwrap();
    let expires: jiff::Timestamp = request["expires_at"].as_str().unwrap().parse().unwrap();
    assert_eq!(expires.duration_since(created).as_hours(), 7 * 24, "seven days by default");

    for (extra, field) in [
        (json!({"title": " "}), "title"),
        (json!({"title": "x".repeat(121)}), "title"),
        (json!({"body": ""}), "body"),
        (json!({"body": "x".repeat(4_001)}), "body"),
        (json!({"expertise": []}), "expertise"),
        (json!({"format": "video"}), "format"),
        (json!({"audience": "friends"}), "audience"),
        (json!({"anonymous": "yes"}), "anonymous"),
        (json!({"expires_in_days": 0}), "expires_in_days"),
        (json!({"expires_in_days": 15}), "expires_in_days"),
        (json!({"colour": "blue"}), "colour"),
    ] {
        let reply = ask(&mentee, &tag, extra.clone());
        assert_eq!((reply.status, reply.json()["error"]["field"].as_str()), (422, Some(field)), "{extra}");
        assert_eq!(reply.error_code(), "validation_failed");
    }
    let (free_mail, _) = person("gmail.com", json!({}));
    let reply = ask(&free_mail, &tag, json!({"audience": "my_organization"}));
    assert_eq!((reply.status, reply.json()["error"]["field"].as_str()), (422, Some("audience")));
    assert_eq!(Client::new().post_json("/api/requests", &json!({})).status, 401);
    assert_eq!(mentee.post_json("/api/requests", &json!([])).error_code(), "invalid_json");
}

#[test]
fn audiences_hold_strictly_for_every_route() {
    let (mentee, _) = person("acme.com", json!({}));
    let tag = unique_tag();
    let inside = asked(&mentee, &tag, json!({"audience": "my_organization"}));
    let outside = asked(&mentee, &tag, json!({"audience": "outside_my_organization"}));
    let everyone = asked(&mentee, &tag, json!({"audience": "everyone"}));

    let (colleague, _) = mentor("acme.com", &[&tag]);
    let (stranger, _) = mentor("globex.com", &[&tag]);
    let (freelancer, _) = mentor("gmail.com", &[&tag]);
    let (non_mentor, _) = person("acme.com", json!({"expertise": [tag]}));

    let sorted = |mut ids: Vec<String>| {
        ids.sort();
        ids
    };
    assert_eq!(sorted(feed(&colleague, &tag)), sorted(vec![inside.clone(), everyone.clone()]));
    assert_eq!(sorted(feed(&stranger, &tag)), sorted(vec![outside.clone(), everyone.clone()]));
    assert_eq!(sorted(feed(&freelancer, &tag)), sorted(vec![outside.clone(), everyone.clone()]));
    assert!(feed(&non_mentor, &tag).is_empty(), "only mentors get a feed");
    assert_eq!(sorted(feed(&mentee, &tag)), Vec::<String>::new(), "nobody is shown their own");

    let may_see = [
        (&colleague, &inside, true),
        (&colleague, &outside, false),
        (&colleague, &everyone, true),
        (&stranger, &inside, false),
        (&stranger, &outside, true),
        (&freelancer, &inside, false),
        (&non_mentor, &everyone, false),
        (&mentee, &inside, true),
        (&mentee, &outside, true),
    ];
    for (viewer, request, visible) in may_see {
        let status = viewer.get(&format!("/api/requests/{request}")).status;
        assert_eq!(status, if visible { 200 } else { 404 }, "GET {request}");
        if !visible {
            let reply = written(viewer, request, "Here is how I would do it.");
            assert_eq!((reply.status, reply.error_code()), (404, "not_found".into()), "offer on {request}");
            let accept = accept(viewer, request, "nope");
            assert_eq!(accept.status, 404);
            let close =
                viewer.post_json(&format!("/api/requests/{request}/close"), &json!({"resolved": true}));
            assert_eq!(close.status, 404);
        }
    }
    // A mentor who may see a request learns that only its author may accept or close it.
    let own = offer_id(&written(&colleague, &everyone, "Happy to help."));
    let refused = [
        accept(&colleague, &everyone, &own),
        colleague.post_json(&format!("/api/requests/{everyone}/close"), &json!({"resolved": true})),
    ];
    for reply in refused {
        assert_eq!((reply.status, reply.error_code()), (403, "forbidden".into()), "{}", reply.body);
    }
    assert_eq!(Client::new().get(&format!("/api/requests/{everyone}")).status, 401);
    assert_eq!(colleague.get("/api/requests/does-not-exist").status, 404);
}

#[test]
fn anonymous_requests_reveal_the_mentee_only_to_the_accepted_mentor() {
    let (mentee, mentee_id) = person("acme.com", json!({"headline": "Team lead"}));
    let tag = unique_tag();
    let request = asked(&mentee, &tag, json!({"anonymous": true}));
    let (chosen, _) = mentor("globex.com", &[&tag]);
    let (other, _) = mentor("initech.com", &[&tag]);

    let feed_entry = chosen.get(&format!("/api/requests/for-me?expertise={tag}")).json();
    assert_eq!(feed_entry["requests"][0]["author"], Value::Null);
    assert_eq!(chosen.get(&format!("/api/requests/{request}")).json()["request"]["author"], Value::Null);
    for body in [&feed_entry.to_string(), &chosen.get(&format!("/api/requests/{request}")).body] {
        assert!(!body.contains(&mentee_id) && !body.contains("acme"), "{body}");
    }
    assert_eq!(mentee.get(&format!("/api/requests/{request}")).json()["request"]["author"]["id"], mentee_id);

    let chosen_offer = offer_id(&written(&chosen, &request, "Split it by layer."));
    offer_id(&written(&other, &request, "Ask for smaller ones."));
    assert_eq!(chosen.get(&format!("/api/requests/{request}")).json()["request"]["author"], Value::Null);

    let accepted = accept(&mentee, &request, &chosen_offer);
    assert_eq!(accepted.status, 200, "{}", accepted.body);
    let seen = chosen.get(&format!("/api/requests/{request}")).json();
    assert_eq!(seen["request"]["author"]["id"], mentee_id);
    assert_eq!(seen["request"]["author"]["organization"]["domain"], "acme.com");
    assert!(seen["request"]["author"].get("email").is_none());
    let unseen = other.get(&format!("/api/requests/{request}")).json();
    assert_eq!(unseen["request"]["author"], Value::Null, "{unseen}");
    assert_eq!(unseen["request"]["offers"].as_array().unwrap().len(), 1, "only their own offer");
}

#[test]
fn one_offer_per_mentor_and_offers_must_suit_the_question() {
    let (mentee, _) = person("acme.com", json!({}));
    let tag = unique_tag();
    let request = asked(&mentee, &tag, json!({"format": "written"}));
    let (helper, helper_id) = mentor("globex.com", &[&tag]);

    let slot = helper.post_json(
        &format!("/api/requests/{request}/offers"),
        &json!({"kind": "slot", "slot_start": quarter_hour_in(30)}),
    );
    assert_eq!((slot.status, slot.json()["error"]["field"].as_str()), (422, Some("kind")));
    let empty = written(&helper, &request, "  ");
    assert_eq!((empty.status, empty.json()["error"]["field"].as_str()), (422, Some("message")));
    let long = written(&helper, &request, &"x".repeat(4_001));
    assert_eq!(long.status, 422);

    let first = written(&helper, &request, "Review it commit by commit.");
    assert_eq!(first.status, 201, "{}", first.body);
    let offer = &first.json()["offer"];
    assert_eq!((offer["kind"].as_str(), offer["status"].as_str()), (Some("written"), Some("pending")));
    assert_eq!(offer["mentor"]["id"], helper_id);
    let again = written(&helper, &request, "And another thing.");
    assert_eq!((again.status, again.error_code()), (409, "already_offered".into()));
    let own = written(&mentee, &request, "Answering myself.");
    assert_eq!((own.status, own.error_code()), (422, "cannot_answer_own_request".into()));

    let mine = mentee.get(&format!("/api/requests/{request}")).json();
    assert_eq!(mine["request"]["status"], "has_offers");
    assert_eq!(mine["request"]["offer_count"], 1);
    assert_eq!(mine["request"]["offers"][0]["message_html"], "<p>Review it commit by commit.</p>\n");
    let mail = mails_to(&mentee, "answered your question in writing");
    assert_eq!(mail.len(), 1, "the mentee is told of each offer");
    assert!(mail[0]["text"].as_str().unwrap().contains(&format!("/requests/{request}")));
    let listed = mentee.get("/api/me/requests").json();
    assert_eq!(listed["requests"][0]["id"], request.as_str());
    assert_eq!(listed["requests"][0]["offers"].as_array().unwrap().len(), 1);
}

#[test]
fn accepting_a_slot_offer_books_the_slot() {
    let (mentee, mentee_id) = person("globex.com", json!({}));
    let tag = unique_tag();
    let request = asked(&mentee, &tag, json!({"format": "call"}));
    let (slot_mentor, mentor_id) = open_mentor(json!({}));
    slot_mentor.send("PUT", "/api/me/profile", &json!({"expertise": [tag]}));
    let start = quarter_hour_in(50);

    let written = written(&slot_mentor, &request, "In writing, then.");
    assert_eq!((written.status, written.json()["error"]["field"].as_str()), (422, Some("kind")));
    let offer_path = format!("/api/requests/{request}/offers");
    let unaligned =
        slot_mentor.post_json(&offer_path, &json!({"kind": "slot", "slot_start": "2027-01-01T10:07:00Z"}));
    assert_eq!((unaligned.status, unaligned.json()["error"]["field"].as_str()), (422, Some("slot_start")));
    let outside =
        slot_mentor.post_json(&offer_path, &json!({"kind": "slot", "slot_start": quarter_hour_in(24 * 60)}));
    assert_eq!((outside.status, outside.error_code()), (422, "outside_availability".into()));
    let offer = offer_id(&slot_mentor.post_json(
        &offer_path,
        &json!({"kind": "slot", "slot_start": start, "message": "Let's talk it through."}),
    ));
    assert_eq!(mails_to(&mentee, "offered you a 15-minute call").len(), 1);

    let accepted = accept(&mentee, &request, &offer);
    assert_eq!(accepted.status, 200, "{}", accepted.body);
    let body = accepted.json();
    let booking = &body["booking"];
    assert_eq!(
        (booking["start"].as_str(), booking["status"].as_str()),
        (Some(start.as_str()), Some("booked"))
    );
    assert_eq!(
        (booking["mentor"]["id"].as_str(), booking["mentee"]["id"].as_str()),
        (Some(mentor_id.as_str()), Some(mentee_id.as_str()))
    );
    assert_eq!(body["offer"]["status"], "accepted");
    assert_eq!(body["offer"]["booking_id"], booking["id"]);
    assert_eq!(body["request"]["status"], "accepted");
    assert!(body["thread_id"].is_string());
    assert_eq!(body["request"]["thread_id"], body["thread_id"]);

    let bookings = mentee.get("/api/me/bookings").json();
    assert!(bookings["bookings"].as_array().unwrap().iter().any(|b| b["id"] == booking["id"]));
    let slots = Client::new().get(&format!("/api/mentors/{mentor_id}/slots?from={start}")).json();
    assert!(
        !slots["slots"].as_array().unwrap().iter().any(|s| s["start"] == start.as_str()),
        "the slot is gone"
    );
    assert_eq!(mails_to(&slot_mentor, "accepted your offer").len(), 1);
    assert_eq!(mails_to(&slot_mentor, "Booked: 15 minutes").len(), 1);

    let again = accept(&mentee, &request, &offer);
    assert_eq!(
        (again.status, again.json()["booking"]["id"].clone()),
        (200, booking["id"].clone()),
        "idempotent"
    );
    assert_eq!(mentee.get("/api/me/bookings").json()["bookings"].as_array().unwrap().len(), 1);

    // A slot booked by someone else meanwhile cannot be accepted.
    let request2 = asked(&mentee, &tag, json!({"format": "call"}));
    let taken = quarter_hour_in(52);
    let offer2 = offer_id(&slot_mentor.post_json(
        &format!("/api/requests/{request2}/offers"),
        &json!({"kind": "slot", "slot_start": taken}),
    ));
    let someone = Client::signed_in(&unique_email("someone", "initech.com"));
    let booked = someone
        .post_json("/api/bookings", &json!({"mentor_id": mentor_id, "start": taken, "agenda": "Mine"}));
    assert_eq!(booked.status, 201, "{}", booked.body);
    let refused = accept(&mentee, &request2, &offer2);
    assert_eq!((refused.status, refused.error_code()), (409, "slot_taken".into()));
    let still = mentee.get(&format!("/api/requests/{request2}")).json();
    assert_eq!(
        (still["request"]["status"].as_str(), still["request"]["offers"][0]["status"].as_str()),
        (Some("has_offers"), Some("pending"))
    );
    assert!(still["request"]["offers"][0]["booking_id"].is_null() && still["request"]["thread_id"].is_null());

    // Whether the mentee is free then is not the mentor's to learn; the mentee hears it on accepting.
    let busy_at = quarter_hour_in(54);
    let other_mentor = open_mentor(json!({})).1;
    let own = mentee
        .post_json("/api/bookings", &json!({"mentor_id": other_mentor, "start": busy_at, "agenda": "Other"}));
    assert_eq!(own.status, 201, "{}", own.body);
    let request3 = asked(&mentee, &tag, json!({"format": "call"}));
    let offer3 = offer_id(&slot_mentor.post_json(
        &format!("/api/requests/{request3}/offers"),
        &json!({"kind": "slot", "slot_start": busy_at}),
    ));
    let busy = accept(&mentee, &request3, &offer3);
    assert_eq!((busy.status, busy.error_code()), (422, "mentee_busy".into()), "{}", busy.body);
}

#[test]
fn threads_are_private_and_count_unread_messages() {
    let (mentee, _) = person("acme.com", json!({}));
    let tag = unique_tag();
    let request = asked(&mentee, &tag, json!({}));
    let (helper, _) = mentor("globex.com", &[&tag]);
    let offer = offer_id(&written(&helper, &request, "Start with the *tests*."));
    assert_eq!(mentee.get(&format!("/api/requests/{request}")).json()["request"]["thread_id"], Value::Null);
    let thread = accept(&mentee, &request, &offer).json()["thread_id"].as_str().unwrap().to_string();
    assert_eq!(
        helper.get(&format!("/api/requests/{request}")).json()["request"]["thread_id"],
        thread.as_str()
    );

    let path = format!("/api/threads/{thread}/messages");
    let opened = mentee.get(&path).json();
    assert_eq!(opened["messages"].as_array().unwrap().len(), 1, "the answer opens the thread");
    assert_eq!(opened["messages"][0]["body_html"], "<p>Start with the <em>tests</em>.</p>\n");
    assert_eq!(
        (opened["messages"][0]["mine"].as_bool(), opened["messages"][0]["unread"].as_bool()),
        (Some(false), Some(false))
    );
    assert_eq!(opened["thread"]["role"], "mentee");

    let sent = mentee.post_json(&path, &json!({"body": "Thanks! What about **migrations**?"}));
    assert_eq!(sent.status, 201, "{}", sent.body);
    assert_eq!(sent.json()["message"]["mine"], true);
    assert_eq!(mails_to(&helper, "New message from").len(), 1);
    assert_eq!(helper.get("/api/me").json()["unread"], json!({"messages": 1, "threads": 1}));
    assert_eq!(mentee.get("/api/me").json()["unread"]["messages"], 0, "one's own messages are read");
    let listed = helper.get("/api/me/threads").json();
    let entry =
        listed["threads"].as_array().unwrap().iter().find(|t| t["id"] == thread.as_str()).unwrap().clone();
    assert_eq!((entry["unread"].as_u64(), entry["role"].as_str()), (Some(1), Some("mentor")));

    let read = helper.get(&path).json();
    let last = read["messages"].as_array().unwrap().last().unwrap().clone();
    assert_eq!((last["unread"].as_bool(), last["mine"].as_bool()), (Some(true), Some(false)));
    assert_eq!(helper.get("/api/me").json()["unread"]["messages"], 0, "reading marks read");
    assert_eq!(helper.get(&path).json()["messages"].as_array().unwrap().last().unwrap()["unread"], false);

    let reply = helper.post_json(&path, &json!({"body": "Run them twice."}));
    assert_eq!(reply.status, 201);
    assert_eq!(mentee.get("/api/me").json()["unread"]["messages"], 1);
    let unseen = mentee.post_json(&path, &json!({"body": "Writing before reading."}));
    assert_eq!(unseen.status, 201);
    assert_eq!(mentee.get("/api/me").json()["unread"]["messages"], 1, "writing does not read the other side");
    assert_eq!(mails_to(&mentee, "New message from").len(), 1);

    for (body, field) in [
        (json!({"body": " "}), "body"),
        (json!({"body": "x".repeat(4_001)}), "body"),
        (json!({"text": "hi"}), "text"),
    ] {
        let refused = helper.post_json(&path, &body);
        assert_eq!((refused.status, refused.json()["error"]["field"].as_str()), (422, Some(field)));
    }
    let (outsider, _) = mentor("globex.com", &[&tag]);
    assert_eq!(outsider.get(&path).status, 404);
    assert_eq!(outsider.post_json(&path, &json!({"body": "Let me in"})).status, 404);
    assert_eq!(Client::new().get(&path).status, 401);
    assert!(!outsider.get("/api/me/threads").body.contains(&thread));
    assert_eq!(mentee.get(&path).json()["messages"].as_array().unwrap().len(), 4);
}

#[test]
fn closing_and_expiry_end_a_request() {
    let (mentee, _) = person("acme.com", json!({}));
    let tag = unique_tag();
    let (helper, _) = mentor("globex.com", &[&tag]);

    let closing = asked(&mentee, &tag, json!({}));
    let close_path = format!("/api/requests/{closing}/close");
    assert_eq!(mentee.post_json(&close_path, &json!({})).json()["error"]["field"], "resolved");
    let closed = mentee.post_json(&close_path, &json!({"resolved": true}));
    assert_eq!(closed.status, 200, "{}", closed.body);
    assert_eq!(
        (closed.json()["request"]["status"].as_str(), closed.json()["request"]["resolved"].as_bool()),
        (Some("closed"), Some(true))
    );
    let again = mentee.post_json(&close_path, &json!({"resolved": false}));
    assert_eq!((again.status, again.error_code()), (409, "request_closed".into()));
    assert_eq!(helper.get(&format!("/api/requests/{closing}")).status, 404, "closed: gone from mentors");

    let expiring = asked(&mentee, &tag, json!({"expires_in_days": 1}));
    let offered = asked(&mentee, &tag, json!({"expires_in_days": 1}));
    offer_id(&written(&helper, &offered, "Quick answer."));
    assert_eq!(feed(&helper, &tag).len(), 2);
    let later = (jiff::Timestamp::now() + jiff::SignedDuration::from_hours(25)).to_string();
    let run = run_scheduled_at(&later);
    assert!(run["requests_expired"].as_u64().unwrap() >= 2, "{run}");

    assert_eq!(mentee.get(&format!("/api/requests/{expiring}")).json()["request"]["status"], "expired");
    assert!(feed(&helper, &tag).is_empty());
    assert_eq!(helper.get(&format!("/api/requests/{expiring}")).status, 404);
    let kept = helper.get(&format!("/api/requests/{offered}"));
    assert_eq!(kept.json()["request"]["status"], "expired", "an offerer still sees it");
    let late = written(&helper, &offered, "Another.");
    assert_eq!((late.status, late.error_code()), (409, "already_offered".into()));
    let offer = kept.json()["request"]["offers"][0]["id"].as_str().unwrap().to_string();
    let too_late = accept(&mentee, &offered, &offer);
    assert_eq!((too_late.status, too_late.error_code()), (409, "request_closed".into()));
    let close_expired =
        mentee.post_json(&format!("/api/requests/{expiring}/close"), &json!({"resolved": false}));
    assert_eq!(close_expired.error_code(), "request_closed");
    assert_eq!(mails_to(&mentee, "Your question expired").len(), 2);
    let (late_mentor, _) = mentor("initech.com", &[&tag]);
    assert_eq!(written(&late_mentor, &expiring, "Hi").status, 404);
}

#[test]
fn the_feed_ranks_by_fit_and_explains_why() {
    let tag = unique_tag();
    let (spanish_mentee, _) =
        person("acme.com", json!({"languages": ["es", "en"], "timezone": "Europe/Madrid"}));
    let (far_mentee, _) = person("globex.com", json!({"languages": ["ja"], "timezone": "Asia/Tokyo"}));
    let other_tag = unique_tag();
    let best = asked(&spanish_mentee, &tag, json!({"expertise": [tag, other_tag]}));
    let plain = asked(&far_mentee, &tag, json!({}));
    let (helper, _) = person(
        "initech.com",
        json!({"is_mentor": true, "expertise": [tag, other_tag], "languages": ["en", "es"], "timezone": "Europe/Paris"}),
    );
    let reply = helper.get(&format!("/api/requests/for-me?expertise={tag}"));
    let requests = reply.json()["requests"].as_array().unwrap().clone();
    let ids: Vec<&str> = requests.iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert_eq!(ids, [best.as_str(), plain.as_str()]);
    let reasons: Vec<&str> =
        requests[0]["reasons"].as_array().unwrap().iter().map(|r| r.as_str().unwrap()).collect();
    assert_eq!(
        reasons,
        [
            format!("matches {tag}, {other_tag}").as_str(),
            "both speak Spanish",
            "same time zone",
            "no offers yet"
        ]
    );
    assert_eq!(requests[1]["reasons"][0], format!("matches {tag}"));
    // The same reasons as data, which the app says in its reader's language.
    assert_eq!(
        requests[0]["fit"],
        json!([
            {"kind": "matches", "skills": [tag, other_tag]},
            {"kind": "both_speak", "languages": ["es"]},
            {"kind": "same_time_zone"},
            {"kind": "no_offers_yet"}
        ])
    );

    assert_eq!(helper.get("/api/requests/for-me?format=video").error_code(), "invalid_parameter");
    assert_eq!(helper.get("/api/requests/for-me?expertise=%3Cb%3E").error_code(), "invalid_parameter");
    let call_only = asked(&far_mentee, &tag, json!({"format": "call"}));
    let written_feed = helper.get(&format!("/api/requests/for-me?expertise={tag}&format=written")).json();
    assert!(!written_feed.to_string().contains(&call_only), "a call request takes no written answer");
    assert_eq!(feed(&helper, &tag).len(), 3);
    assert_eq!(Client::new().get("/api/requests/for-me").status, 401);
}

#[test]
fn mentors_get_at_most_one_digest_a_day() {
    let tag = unique_tag();
    let (mentee, _) = person("acme.com", json!({}));
    asked(&mentee, &tag, json!({"title": "First question about the skill"}));
    asked(&mentee, &tag, json!({"title": "Second question about the skill"}));
    // Mentors join after both questions, so that any run (other tests run the jobs too) sees both.
    let (helper, _) = mentor("globex.com", &[&tag]);
    let (quiet, _) =
        person("globex.com", json!({"is_mentor": true, "expertise": [tag], "accepting_requests": false}));
    let now = jiff::Timestamp::now().to_string();
    run_scheduled_at(&now);
    run_scheduled_at(&now);
    let digests = mails_to(&helper, "your expertise");
    assert_eq!(digests.len(), 1, "one mail for both questions");
    let text = digests[0]["text"].as_str().unwrap();
    assert!(
        text.contains("First question")
            && text.contains("Second question")
            && text.contains(&format!("matches {tag}")),
        "{text}"
    );
    assert!(mails_to(&quiet, "your expertise").is_empty(), "not accepting requests");

    asked(&mentee, &tag, json!({"title": "Third question about the skill"}));
    run_scheduled_at(&now);
    assert_eq!(mails_to(&helper, "your expertise").len(), 1, "not twice the same day");
    let tomorrow = (jiff::Timestamp::now() + jiff::SignedDuration::from_hours(25)).to_string();
    run_scheduled_at(&tomorrow);
    let digests = mails_to(&helper, "your expertise");
    assert_eq!(digests.len(), 2, "the next day brings the new one");
    let newest = digests.iter().find(|m| m["subject"] == "1 new question fits your expertise").unwrap();
    assert!(newest["text"].as_str().unwrap().contains("Third question"));
}

#[test]
fn export_holds_and_deletion_removes_requests_offers_and_threads() {
    let (mentee, _) = person("acme.com", json!({}));
    let tag = unique_tag();
    let request = asked(&mentee, &tag, json!({}));
    let (helper, _) = mentor("globex.com", &[&tag]);
    let offer = offer_id(&written(&helper, &request, "An answer."));
    let thread = accept(&mentee, &request, &offer).json()["thread_id"].as_str().unwrap().to_string();
    let other = asked(&mentee, &tag, json!({}));
    offer_id(&written(&helper, &other, "Another answer."));

    let export = helper.get("/api/me/export").json();
    assert_eq!(export["offers"].as_array().unwrap().len(), 2);
    assert_eq!(export["threads"][0]["messages"][0]["body"], "An answer.");
    let export = mentee.get("/api/me/export").json();
    assert_eq!(export["requests"].as_array().unwrap().len(), 2);
    assert_eq!(export["threads"][0]["thread"]["id"], thread.as_str());

    assert_eq!(helper.request("DELETE", "/api/me", None, &[]).status, 204);
    let after = mentee.get(&format!("/api/requests/{other}")).json();
    assert_eq!(
        (after["request"]["offer_count"].as_u64(), after["request"]["status"].as_str()),
        (Some(0), Some("open"))
    );
    assert!(after["request"]["offers"].as_array().unwrap().is_empty());
    assert_eq!(mentee.get(&format!("/api/threads/{thread}/messages")).status, 404);
    let reopened = mentee.get(&format!("/api/requests/{request}")).json();
    assert_eq!(reopened["request"]["status"], "open", "its only accepted offer is gone: {reopened}");

    assert_eq!(mentee.request("DELETE", "/api/me", None, &[]).status, 204);
    let (someone, _) = mentor("acme.com", &[&tag]);
    assert_eq!(someone.get(&format!("/api/requests/{request}")).status, 404);
}

#[test]
fn an_anonymous_requests_reasons_tell_a_probing_mentor_nothing_of_its_author() {
    let tag = unique_tag();
    let (mentee, _) = person("acme.com", json!({"languages": ["es", "en"], "timezone": "Europe/Madrid"}));
    let request = asked(&mentee, &tag, json!({"anonymous": true}));
    let (prober, _) = mentor("globex.com", &[&tag]);
    let mut seen = Vec::new();
    for (languages, zone) in [
        (json!(["en", "es"]), "Europe/Madrid"),
        (json!(["ja"]), "Asia/Tokyo"),
        (json!(["es"]), "America/Mexico_City"),
        (json!(["en"]), "Europe/Paris"),
    ] {
        let changed =
            prober.send("PUT", "/api/me/profile", &json!({"languages": languages, "timezone": zone}));
        assert_eq!(changed.status, 200, "{}", changed.body);
        let reply = prober.get(&format!("/api/requests/for-me?expertise={tag}")).json();
        let entry =
            reply["requests"].as_array().unwrap().iter().find(|r| r["id"] == request.as_str()).cloned();
        let entry = entry.unwrap_or_else(|| panic!("the request is in the feed: {reply}"));
        seen.push(entry["reasons"].clone());
        let one = prober.get(&format!("/api/requests/{request}")).json();
        assert_eq!(one["request"]["author"], Value::Null);
        assert_eq!(one["request"]["reasons"], json!([]));
    }
    assert!(seen.windows(2).all(|pair| pair[0] == pair[1]), "reasons never change: {seen:?}");
    assert_eq!(seen[0], json!([format!("matches {tag}"), "no offers yet"]));
}

#[test]
fn a_question_to_one_mentor_is_theirs_alone_and_first_in_their_feed() {
    let (mentee, mentee_id) = person("acme.com", json!({}));
    let tag = unique_tag();
    let (_hidden, hidden_id) =
        person("globex.com", json!({"is_mentor": true, "expertise": [tag], "visibility": "organization"}));
    let reply = ask(&mentee, &tag, json!({"mentor_id": hidden_id}));
    assert_eq!((reply.status, reply.error_code().as_str()), (404, "not_found"), "{}", reply.body);
    let (_busy, busy_id) =
        person("globex.com", json!({"is_mentor": true, "expertise": [tag], "accepting_requests": false}));
    let reply = ask(&mentee, &tag, json!({"mentor_id": busy_id}));
    assert_eq!(
        (reply.status, reply.error_code().as_str()),
        (422, "not_accepting_requests"),
        "{}",
        reply.body
    );
    assert_eq!(reply.json()["error"]["field"], "mentor_id");

    let (chosen, chosen_id) = mentor("globex.com", &[&tag]);
    let (other, _) = mentor("initech.com", &[&tag]);
    // A better fit for the chosen mentor, posted to everyone, still comes after the direct question.
    let other_tag = unique_tag();
    let everyone = asked(&person("umbrella.com", json!({})).0, &tag, json!({}));
    let reply = ask(&mentee, &other_tag, json!({"mentor_id": chosen_id, "anonymous": true}));
    assert_eq!(reply.status, 201, "{}", reply.body);
    let created = &reply.json()["request"];
    assert_eq!(created["mentor_id"], chosen_id);
    assert_eq!(created["reach"], json!({"mentors": 1, "skills": []}), "to one mentor alone");
    let direct = created["id"].as_str().unwrap().to_string();
    let told = mails_to(&chosen, "asked you a question directly");
    assert_eq!(told.len(), 1, "the mentor is told at once");
    assert!(told[0]["text"].as_str().unwrap().contains(&format!("/requests/{direct}")), "{}", told[0]);
    assert!(mails_to(&other, "asked you a question directly").is_empty());

    let mine = chosen.get("/api/requests/for-me").json();
    assert_eq!(mine["requests"][0]["id"], direct, "{mine}");
    assert_eq!(mine["requests"][0]["reasons"][0], "asked you directly");
    assert_eq!(mine["requests"][0]["author"], Value::Null, "still anonymous");
    assert!(mine.to_string().contains(&everyone));
    assert!(mine["requests"][0].get("reach").is_none(), "reach is for the author");

    assert!(!other.get("/api/requests/for-me").body.contains(&direct), "another mentor never sees it");
    assert_eq!(other.get(&format!("/api/requests/{direct}")).status, 404);
    assert_eq!(written(&other, &direct, "Me too").status, 404);

    let answer = offer_id(&written(&chosen, &direct, "Here is how I would start."));
    let accepted = accept(&mentee, &direct, &answer);
    assert_eq!(accepted.status, 200, "{}", accepted.body);
    let thread = accepted.json()["thread_id"].as_str().unwrap().to_string();
    let messages = chosen.get(&format!("/api/threads/{thread}/messages"));
    assert_eq!(messages.status, 200, "{}", messages.body);
    assert!(messages.body.contains("Here is how I would start."));
    let seen = chosen.get(&format!("/api/requests/{direct}")).json();
    assert_eq!(seen["request"]["author"]["id"], mentee_id, "revealed once accepted");
}

#[test]
fn reach_is_told_and_a_question_is_editable_until_the_first_offer() {
    let (mentee, _) = person("acme.com", json!({}));
    let (tag, unknown) = (unique_tag(), unique_tag());
    let (first, _) = mentor("globex.com", &[&tag]);
    mentor("initech.com", &[&tag]);
    person("initech.com", json!({"is_mentor": true, "expertise": [tag], "accepting_requests": false}));
    let reply = ask(&mentee, &tag, json!({"expertise": [unknown, tag]}));
    assert_eq!(reply.status, 201, "{}", reply.body);
    assert_eq!(reply.json()["request"]["reach"], json!({"mentors": 2, "skills": [tag]}));
    let id = reply.json()["request"]["id"].as_str().unwrap().to_string();
    let path = format!("/api/requests/{id}");
    assert_eq!(mentee.get(&path).json()["request"]["reach"], json!({"mentors": 2, "skills": [tag]}));
    assert!(first.get(&path).json()["request"].get("reach").is_none());

    let edited = mentee.send("PATCH", &path, &json!({"title": "A clearer title", "expertise": [unknown]}));
    assert_eq!(edited.status, 200, "{}", edited.body);
    let request = &edited.json()["request"];
    assert_eq!(request["title"], "A clearer title");
    assert_eq!(request["body"], reply.json()["request"]["body"], "what is left out stays");
    assert_eq!(request["expires_at"], reply.json()["request"]["expires_at"]);
    assert_eq!(request["reach"], json!({"mentors": 0, "skills": []}));
    let back = mentee.send("PATCH", &path, &json!({"expertise": [tag]}));
    assert_eq!(back.json()["request"]["reach"], json!({"mentors": 2, "skills": [tag]}));

    for (body, field) in
        [(json!({"title": " "}), "title"), (json!({"expires_in_days": 15}), "expires_in_days")]
    {
        let refused = mentee.send("PATCH", &path, &body);
        assert_eq!(
            (refused.status, refused.error_code().as_str()),
            (422, "validation_failed"),
            "{}",
            refused.body
        );
        assert_eq!(refused.json()["error"]["field"], field);
    }
    assert_eq!(first.send("PATCH", &path, &json!({"title": "Mine now"})).status, 404, "a mentor who sees it");
    assert_eq!(
        Client::signed_in(&unique_email("s", "umbrella.com")).send("PATCH", &path, &json!({})).status,
        404
    );
    let foreign =
        mentee.request_with("PATCH", &path, &json!({"title": "x"}), &[("origin", "https://evil.example")]);
    assert_eq!((foreign.status, foreign.error_code().as_str()), (403, "forbidden_origin"));

    offer_id(&written(&first, &id, "Start small."));
    let late = mentee.send("PATCH", &path, &json!({"title": "Changed after"}));
    assert_eq!((late.status, late.error_code().as_str()), (409, "already_offered"), "{}", late.body);
    assert_eq!(mentee.get(&path).json()["request"]["title"], "A clearer title");

    let closed = asked(&mentee, &tag, json!({}));
    let close = mentee.post_json(&format!("/api/requests/{closed}/close"), &json!({"resolved": false}));
    assert_eq!(close.status, 200, "{}", close.body);
    let late = mentee.send("PATCH", &format!("/api/requests/{closed}"), &json!({"title": "x"}));
    assert_eq!((late.status, late.error_code().as_str()), (409, "request_closed"));
}

#[test]
fn edits_are_limited_per_person() {
    let (mentee, _) = person("acme.com", json!({}));
    let id = asked(&mentee, &unique_tag(), json!({}));
    let path = format!("/api/requests/{id}");
    for attempt in 0..30 {
        let reply = mentee.send("PATCH", &path, &json!({"title": format!("Take {attempt}")}));
        assert_eq!(reply.status, 200, "edit {attempt}: {}", reply.body);
    }
    let refused = mentee.send("PATCH", &path, &json!({"title": "One more"}));
    assert_eq!((refused.status, refused.error_code().as_str()), (429, "rate_limited"));
    assert!(refused.header("retry-after").is_some());
}
