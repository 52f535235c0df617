//! Insights with a real organization built through the API: 4 members → suppressed, 7 → shown
//! and rounded, one more session changes nothing, opting out leaves the figures, strangers get
//! 404, and the CSV leaves suppressed cells empty.

use serde_json::{Value, json};

use crate::bookings::open_mentor_at;
use crate::client::{
    Client, limited_per_client, run_scheduled, run_scheduled_holding, scheduler_alone, unique_suffix,
};
use crate::followups::{held_session, mentee};

/// A mentor at `domain` with every hour open, who mentors in Kubernetes.
fn member_mentor(domain: &str) -> (Client, String) {
    let (mentor, id) = open_mentor_at(domain, json!({}));
    assert_eq!(mentor.send("PUT", "/api/me/profile", &json!({"expertise": ["kubernetes"]})).status, 200);
    (mentor, id)
}

/// A member mentor, their id, and their mentee from elsewhere with the session they held.
struct Member {
    mentor: Client,
    id: String,
    mentee: Client,
    session: String,
}

/// `count` members who each held one session, three days ago, with someone from elsewhere.
fn members_with_sessions(domain: &str, count: usize) -> Vec<Member> {
    (0..count)
        .map(|_| {
            let (mentor, id) = member_mentor(domain);
            let mentee = mentee();
            let (session, _) = held_session(&mentor, &id, &mentee, -3);
            Member { mentor, id, mentee, session }
        })
        .collect()
}

/// The figures as of a scheduled run now, which brings the per-day aggregates up to date.
fn insights(client: &Client, domain: &str, period: &str) -> Value {
    run_scheduled(None);
    let reply = client.get(&format!("/api/organizations/{domain}/insights?period={period}"));
    assert_eq!(reply.status, 200, "{}", reply.body);
    reply.json()
}

fn value(figure: &Value) -> Option<f64> {
    assert_eq!(figure["suppressed"].as_bool(), Some(figure["value"].is_null()), "{figure}");
    figure["value"].as_f64()
}

#[test]
fn an_organization_sees_only_figures_from_five_people_rounded_and_strangers_see_nothing() {
    let domain = format!("insights{}.com", unique_suffix());
    let mut members = members_with_sessions(&domain, 4);
    let viewer = &members[0].mentor;

    let four = insights(viewer, &domain, "90d");
    for (name, figure) in four["participation"].as_object().unwrap() {
        assert_eq!(value(figure), None, "{name} from 4 members is suppressed");
    }
    assert_eq!(value(&four["across_companies"]["sessions_given"]), None);
    assert_eq!(four["quality"], Value::Null, "absent until sessions have feedback");
    let own = viewer.get("/api/me").json()["user"]["organization"]["name"].clone();
    assert!(own.as_str().is_some_and(|name| !name.is_empty()), "{own}");
    assert_eq!(four["organization_name"], own, "titled with its name, not its domain");
    assert_eq!(
        four["participation"]["median_hours_to_first_offer"],
        json!({"value": null, "suppressed": true}),
        "a time under the threshold is told apart from a figure: not enough yet"
    );

    members.extend(members_with_sessions(&domain, 3));
    let viewer = &members[0].mentor;
    let seven = insights(viewer, &domain, "90d");
    let p = &seven["participation"];
    assert_eq!(value(&p["sessions_held"]), Some(5.0), "7 sessions, rounded down to 5");
    assert_eq!(value(&p["mentors"]), Some(5.0));
    assert_eq!(value(&seven["across_companies"]["sessions_given"]), Some(5.0));
    assert_eq!(value(&p["sessions_as_mentee"]), None, "no member was a mentee");
    assert_eq!(value(&p["sessions_as_mentor"]), None, "so its sibling is suppressed too: total minus part");
    assert_eq!(
        seven["skills"]["supply"],
        json!([{"tag": "kubernetes", "figure": {"value": 5.0, "suppressed": false}}])
    );
    assert_eq!((seven["min_people"].as_u64(), seven["rounded_to"].as_u64()), (Some(5), Some(5)));

    // Feedback from the seven mentees: quality, from at least 5 raters.
    for (i, member) in members.iter().enumerate() {
        let rating = if i == 0 { "somewhat" } else { "helpful" };
        let body = json!({"rating": rating, "kudos": ["clear"]});
        let given = member.mentee.send("PUT", &format!("/api/bookings/{}/feedback", member.session), &body);
        assert_eq!(given.status, 200, "{}", given.body);
    }
    let rated = insights(viewer, &domain, "90d");
    assert_eq!(value(&rated["quality"]["helpful_share"]), Some(0.9), "6 of 7, to the nearest tenth");
    assert_eq!(
        rated["quality"]["kudos"],
        json!([{"tag": "clear", "figure": {"value": 5.0, "suppressed": false}}])
    );
    let seven = rated;

    // One more session by one member, 40 days ago: no figure moves, in 30 days or in 90.
    let (first, first_id) = (&members[0].mentor, members[0].id.clone());
    held_session(first, &first_id, &mentee(), -40);
    let ninety = insights(viewer, &domain, "90d");
    let thirty = insights(viewer, &domain, "30d");
    assert_eq!(ninety["participation"], seven["participation"]);
    assert_eq!(value(&thirty["participation"]["sessions_held"]), Some(5.0));
    assert!(!ninety.to_string().contains(&first_id), "no person is named");

    // Three members leave their organization's figures: four people are left.
    for Member { mentor: member, .. } in &members[4..] {
        let left = member.send(
            "PUT",
            "/api/me/insights-preference",
            &json!({"count_in_organization_insights": false}),
        );
        assert_eq!(left.json(), json!({"count_in_organization_insights": false}));
    }
    assert_eq!(
        members[4].mentor.get("/api/me/insights-preference").json()["count_in_organization_insights"],
        false
    );
    assert_eq!(
        members[0].mentor.get("/api/me/insights-preference").json()["count_in_organization_insights"],
        true
    );
    let after = insights(viewer, &domain, "90d");
    assert_eq!(value(&after["participation"]["sessions_held"]), None, "opted-out members are not counted");
    assert_eq!(value(&after["participation"]["mentors"]), None);

    let csv = viewer.get(&format!("/api/organizations/{domain}/insights.csv"));
    assert_eq!(csv.status, 200);
    assert!(csv.header("content-type").unwrap().starts_with("text/csv"));
    assert!(csv.body.starts_with("section,figure,value\n"), "{}", csv.body);
    assert!(csv.body.contains("participation,sessions_held,\n"), "suppressed cells are empty: {}", csv.body);

    let path = format!("/api/organizations/{domain}/insights");
    assert_eq!(mentee().get(&path).status, 404, "not a member");
    assert_eq!(Client::new().get(&path).status, 404, "signed out");
    assert_eq!(viewer.get("/api/organizations/no-such-organization.example/insights").status, 404);
    let bad = viewer.get(&format!("{path}?period=7d"));
    assert_eq!((bad.status, bad.json()["error"]["field"].as_str()), (400, Some("period")));
}

#[test]
fn the_network_figures_are_for_everyone() {
    let reply = Client::new().get("/api/insights?period=365d");
    assert_eq!(reply.status, 200, "{}", reply.body);
    let network = reply.json();
    assert_eq!(network["scope"], "network");
    assert_eq!(network["organization_name"], Value::Null);
    assert_eq!(network["period"], "365d");
    assert!(network["skills"]["mentors_wanted"].is_array());
    assert!(network["trend"].as_array().unwrap().len() >= 12);
    assert!(!network.to_string().contains('@'));
}

#[test]
fn insights_answers_are_limited_per_client_per_minute() {
    let refused = limited_per_client("/api/insights?period=30d", 120);
    let retry_after: i64 = refused.header("retry-after").expect("Retry-After").parse().unwrap();
    assert!((1..=60).contains(&retry_after), "within the minute: {retry_after}");
}

#[test]
fn marks_left_by_a_run_that_died_are_recomputed_once_its_lease_ends() {
    let domain = format!("lease{}.com", unique_suffix());
    let members = members_with_sessions(&domain, 5);
    let viewer = &members[0].mentor;
    assert_eq!(insights(viewer, &domain, "90d")["quality"], Value::Null, "no feedback yet");

    // No other run may take the marks in between.
    let alone = scheduler_alone();
    let figures = || {
        let reply = viewer.get(&format!("/api/organizations/{domain}/insights?period=90d"));
        assert_eq!(reply.status, 200, "{}", reply.body);
        reply.json()
    };
    for member in &members {
        let body = json!({"rating": "helpful", "kudos": ["clear"]});
        let given = member.mentee.send("PUT", &format!("/api/bookings/{}/feedback", member.session), &body);
        assert_eq!(given.status, 200, "{}", given.body);
    }
    // A run takes the marks the feedback made, and dies before recomputing them.
    run_scheduled_holding(&alone, &[], &json!({"stop_after_claiming_insights": true}));
    run_scheduled_holding(&alone, &[], &json!({}));
    assert_eq!(figures()["quality"], Value::Null, "the marks are still held by the run that died");

    // Once the lease is over, the next run recomputes them.
    let later = (jiff::Timestamp::now() + jiff::SignedDuration::from_mins(16)).to_string();
    run_scheduled_holding(&alone, &[("x-quarterhour-now", &later)], &json!({}));
    let quality = figures()["quality"].clone();
    assert_eq!(value(&quality["helpful_share"]), Some(1.0), "{quality}");
}

#[test]
fn a_person_changes_their_insights_preference_at_most_ten_times_an_hour() {
    let me =
        Client::signed_in(&crate::client::unique_email("toggler", &format!("prefs{}.com", unique_suffix())));
    for i in 0..10 {
        let body = json!({"count_in_organization_insights": i % 2 == 0});
        let reply = me.send("PUT", "/api/me/insights-preference", &body);
        assert_eq!(reply.status, 200, "change {i}: {}", reply.body);
    }
    let refused =
        me.send("PUT", "/api/me/insights-preference", &json!({"count_in_organization_insights": true}));
    assert_eq!((refused.status, refused.error_code().as_str()), (429, "rate_limited"), "{}", refused.body);
    assert!(refused.header("retry-after").is_some());
    let kept = me.get("/api/me/insights-preference").json();
    assert_eq!(kept["count_in_organization_insights"], false, "the refused change changed nothing");
}
