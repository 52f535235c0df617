//! `POST /api/matches`: goals in people's words reach the right mentors, with reasons that are
//! true, as the directory's visibility rules allow, without full mentors; and bad input is 422.
//!
//! Each test's mentors speak a language no other test uses, and the goals ask for it, so that
//! the mentors other tests create never crowd them out.

use serde_json::{Value, json};

use crate::client::{Client, unique_email, unique_suffix};

/// A signed-in mentor with a profile and, when `open`, every quarter hour of every day free.
fn mentor(domain: &str, profile: Value, open: bool) -> (Client, String) {
    let client = Client::signed_in(&unique_email("matched", domain));
    let mut fields = json!({"display_name": "A new user", "is_mentor": true, "timezone": "UTC"});
    fields.as_object_mut().unwrap().extend(profile.as_object().unwrap().clone());
    let reply = client.send("PUT", "/api/me/profile", &fields);
    assert_eq!(reply.status, 200, "{}", reply.body);
    let id = reply.json()["profile"]["id"].as_str().unwrap().to_string();
    if open {
        let days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
        let rules = json!({
            "weekly": days.iter().map(|d| json!({"weekday": d, "start": "00:00", "end": "24:00"})).collect::<Vec<_>>(),
            "min_notice_minutes": 0,
        });
        let saved = client.send("PUT", "/api/me/availability", &rules);
        assert_eq!(saved.status, 200, "{}", saved.body);
    }
    (client, id)
}

fn ids(reply: &Value) -> Vec<String> {
    reply["matches"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["mentor"]["id"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn a_goal_with_an_alias_finds_the_mentor_with_true_reasons_and_bookable_slots() {
    let (_, kube) =
        mentor("acme.com", json!({"expertise": ["kubernetes", "linux"], "languages": ["en", "kl"]}), true);
    let (_, writer) =
        mentor("globex.com", json!({"expertise": ["technical writing"], "languages": ["kl"]}), true);
    let reply = Client::new().post_json(
        "/api/matches",
        &json!({"goal": "our k8s cluster keeps OOM-killing pods", "languages": ["kl"], "within_days": 3}),
    );
    assert_eq!(reply.status, 200, "{}", reply.body);
    let body = reply.json();
    assert_eq!(ids(&body), std::slice::from_ref(&kube), "the writer knows nothing of it: {body}");
    assert!(!ids(&body).contains(&writer));
    let top = &body["matches"][0];
    assert!(top["score"].as_f64().unwrap() > 0.0 && top["score"].as_f64().unwrap() <= 1.0);
    let reasons = top["reasons"].as_array().unwrap();
    assert!(
        reasons.iter().any(|r| r["kind"] == "skill"
            && r["value"] == "kubernetes"
            && r["text"] == "Knows kubernetes (you wrote k8s)"
            && r["words"] == json!({"says": "knows", "skill": "kubernetes", "written": "k8s"})),
        "{reasons:?}"
    );
    assert!(reasons.iter().any(|r| r["kind"] == "language" && r["value"] == "kl"), "{reasons:?}");
    let slots = top["next_free_slots"].as_array().unwrap();
    assert!(!slots.is_empty() && slots.len() <= 3, "{slots:?}");
    let within = jiff::Timestamp::now() + jiff::SignedDuration::from_hours(72);
    for slot in slots {
        assert!(slot["start"].as_str().unwrap().parse::<jiff::Timestamp>().unwrap() <= within);
    }
    let availability = reasons.iter().find(|r| r["kind"] == "availability").expect("free within 3 days");
    assert_eq!(availability["value"], slots[0]["start"], "the slot the reason names is the first one shown");
    assert_eq!(top["mentor"]["next_free_slot"], slots[0]["start"]);

    assert_eq!(body["understood"]["skills"][0], "kubernetes");
    assert!(body["understood"]["related"].as_array().unwrap().iter().any(|t| t == "observability"));
    assert_eq!(body["request_draft"]["title"], "our k8s cluster keeps OOM-killing pods");
    assert_eq!(body["request_draft"]["expertise"][0], "kubernetes");

    // The suggested slot books like any other.
    let mentee = Client::signed_in(&unique_email("mentee", "initech.com"));
    let booked = mentee.post_json(
        "/api/bookings",
        &json!({"mentor_id": kube, "start": slots[0]["start"], "agenda": "OOM kills"}),
    );
    assert_eq!(booked.status, 201, "{}", booked.body);
}

#[test]
fn nobody_is_suggested_to_someone_who_may_not_see_them() {
    let domain = format!("matchvis{}.com", unique_suffix());
    let (_, inside) = mentor(
        &domain,
        json!({"expertise": ["negotiation"], "languages": ["ik"], "visibility": "organization"}),
        false,
    );
    let (_, hidden) = mentor(
        &domain,
        json!({"expertise": ["negotiation"], "languages": ["ik"], "visibility": "hidden"}),
        false,
    );
    let goal = json!({"goal": "how do I negotiate my salary offer?", "languages": ["ik"]});

    let outsider = Client::signed_in(&unique_email("outsider", "globex.com"));
    for viewer in [Client::new(), outsider] {
        let reply = viewer.post_json("/api/matches", &goal);
        assert_eq!(reply.status, 200, "{}", reply.body);
        assert!(ids(&reply.json()).is_empty(), "{}", reply.body);
    }
    let colleague = Client::signed_in(&unique_email("colleague", &domain));
    let seen = ids(&colleague.post_json("/api/matches", &goal).json());
    assert_eq!(seen, [inside]);
    assert!(!seen.contains(&hidden));
    let (me, myself) = mentor(&domain, json!({"expertise": ["negotiation"], "languages": ["ik"]}), false);
    assert!(!ids(&me.post_json("/api/matches", &goal).json()).contains(&myself), "never oneself");
}

#[test]
fn a_mentor_at_weekly_capacity_is_not_suggested() {
    // A Wednesday a few weeks ahead, on the development clock: the week is the same for all.
    let today = jiff::Timestamp::now().to_zoned(jiff::tz::TimeZone::UTC).date();
    let wednesday = today + jiff::ToSpan::days(21 + (2 - i64::from(today.weekday().to_monday_zero_offset())));
    let at = |hour: i8| {
        wednesday.at(hour, 0, 0, 0).to_zoned(jiff::tz::TimeZone::UTC).unwrap().timestamp().to_string()
    };
    let clock = at(8);
    let profile = json!({"expertise": ["fundraising"], "languages": ["iu"], "weekly_capacity": 1});
    let (_, full) = mentor("acme.com", profile.clone(), true);
    let (_, free) = mentor("globex.com", profile, true);
    let goal =
        json!({"goal": "preparing a pitch deck for our seed round", "languages": ["iu"], "within_days": 21});
    let before = Client::new().request_with("POST", "/api/matches", &goal, &[("x-quarterhour-now", &clock)]);
    let mut both = ids(&before.json());
    both.sort();
    let mut expected = vec![full.clone(), free.clone()];
    expected.sort();
    assert_eq!(both, expected, "{}", before.body);

    let mentee = Client::signed_in(&unique_email("founder", "initech.com"));
    let booked = mentee.request_with(
        "POST",
        "/api/bookings",
        &json!({"mentor_id": full, "start": at(12), "agenda": "Pitch deck"}),
        &[("x-quarterhour-now", &clock)],
    );
    assert_eq!(booked.status, 201, "{}", booked.body);
    let after = Client::new().request_with("POST", "/api/matches", &goal, &[("x-quarterhour-now", &clock)]);
    assert_eq!(ids(&after.json()), [free], "{}", after.body);
}

#[test]
fn a_tag_people_invent_gets_related_skills_from_the_network() {
    let invented = format!("zz{}", unique_suffix()).to_lowercase();
    for _ in 0..3 {
        mentor("acme.com", json!({"expertise": [invented, "react"], "languages": ["kj"]}), false);
    }
    crate::client::run_scheduled(None);
    let reply = Client::new().post_json(
        "/api/matches",
        &json!({"goal": format!("we are adopting {invented} next quarter"), "languages": ["kj"]}),
    );
    assert_eq!(reply.status, 200, "{}", reply.body);
    let body = reply.json();
    assert_eq!(body["understood"]["skills"], json!([invented]), "{body}");
    assert!(body["understood"]["related"].as_array().unwrap().iter().any(|t| t == "react"), "{body}");
    assert_eq!(ids(&body).len(), 3);
}

#[test]
fn bad_input_is_422_with_its_field_and_never_5xx() {
    let client = Client::new();
    for (body, field) in [
        (json!({"goal": ""}), "goal"),
        (json!({"goal": "too short"}), "goal"),
        (json!({"goal": "x".repeat(1001)}), "goal"),
        (json!({"goal": "help with kubernetes", "format": "video"}), "format"),
        (json!({"goal": "help with kubernetes", "limit": 0}), "limit"),
        (json!({"goal": "help with kubernetes", "limit": 11}), "limit"),
        (json!({"goal": "help with kubernetes", "within_days": 0}), "within_days"),
        (json!({"goal": "help with kubernetes", "languages": ["xx"]}), "languages"),
        (json!({"goal": "help with kubernetes", "expertise": ["<script>"]}), "expertise"),
    ] {
        let reply = client.post_json("/api/matches", &body);
        assert_eq!(reply.status, 422, "{body}: {}", reply.body);
        assert_eq!(reply.json()["error"]["field"], field, "{body}: {}", reply.body);
    }
    for body in
        [json!({}), json!({"goal": 5}), json!({"goal": "help with kubernetes", "surprise": 1}), json!([])]
    {
        let reply = client.post_json("/api/matches", &body);
        assert!(reply.status >= 400 && reply.status < 500, "{body}: {}", reply.body);
        assert!(reply.json()["error"]["code"].is_string());
    }
    let words = client.post_json("/api/matches", &json!({"goal": "* \" NEAR( AND %00 - a b c d e f g"}));
    assert_eq!(words.status, 200, "{}", words.body);
}

#[test]
fn the_format_asks_for_free_slots_or_for_mentors_who_answer_in_writing() {
    let (_, slots_only) = mentor(
        "acme.com",
        json!({"expertise": ["kubernetes"], "languages": ["tk"], "accepting_requests": false}),
        true,
    );
    let (_, writes_only) = mentor(
        "globex.com",
        json!({"expertise": ["kubernetes"], "languages": ["tk"], "accepting_requests": true}),
        false,
    );
    let (_, both) = mentor(
        "initech.com",
        json!({"expertise": ["kubernetes"], "languages": ["tk"], "accepting_requests": true}),
        true,
    );
    let found = |format: &str| {
        let goal = json!({"goal": "help with kubernetes upgrades", "languages": ["tk"], "format": format});
        let reply = Client::new().post_json("/api/matches", &goal);
        assert_eq!(reply.status, 200, "{}", reply.body);
        let mut found = ids(&reply.json());
        found.sort();
        found
    };
    let sorted = |mut list: Vec<String>| {
        list.sort();
        list
    };
    assert_eq!(found("call"), sorted(vec![slots_only.clone(), both.clone()]), "a call needs a free slot");
    assert_eq!(
        found("written"),
        sorted(vec![writes_only.clone(), both.clone()]),
        "writing needs open requests"
    );
    assert_eq!(found("either"), sorted(vec![slots_only, writes_only, both]));
}

#[test]
fn outside_my_organization_puts_other_organizations_first_and_one_organization_takes_two_places() {
    let profile = json!({"expertise": ["kubernetes"], "languages": ["tn"], "accepting_requests": true});
    let own: Vec<String> = (0..4).map(|_| mentor("umbrella.com", profile.clone(), true).1).collect();
    let others: Vec<String> =
        ["hooli.com", "vandelay.com"].iter().map(|domain| mentor(domain, profile.clone(), true).1).collect();
    let viewer = Client::signed_in(&unique_email("viewer", "umbrella.com"));
    let ask = |outside: bool| {
        let goal = json!({"goal": "help with kubernetes upgrades", "languages": ["tn"], "limit": 6,
                          "outside_my_organization": outside});
        let reply = viewer.post_json("/api/matches", &goal);
        assert_eq!(reply.status, 200, "{}", reply.body);
        ids(&reply.json())
    };
    let plain = ask(false);
    assert_eq!(plain.len(), 6, "{plain:?}");
    let from_own = |list: &[String]| list.iter().filter(|id| own.contains(id)).count();
    assert!(from_own(&plain[..4]) <= 2, "at most two of one organization near the top: {plain:?}");
    assert!(others.iter().all(|id| plain[..4].contains(id)), "{plain:?}");

    let outside = ask(true);
    assert_eq!(&outside[..2].iter().filter(|id| others.contains(id)).count(), &2, "{outside:?}");
    assert_eq!(from_own(&outside[2..]), 4, "the viewer's own organization follows: {outside:?}");
}

/// The Gini coefficient of `values`: 0 when all are equal, towards 1 when one has everything.
fn gini(values: &[u32]) -> f64 {
    let total: f64 = values.iter().map(|v| f64::from(*v)).sum();
    if total == 0.0 {
        return 0.0;
    }
    let differences: f64 =
        values.iter().flat_map(|a| values.iter().map(move |b| (f64::from(*a) - f64::from(*b)).abs())).sum();
    differences / (2.0 * values.len() as f64 * total)
}

#[test]
fn sixty_mentees_with_one_goal_each_book_the_top_suggestion_and_the_load_is_shared() {
    // Eight mentors who fit the goal, each with room for five sessions a week, at eight organizations.
    let profile = json!({"expertise": ["kubernetes"], "languages": ["tl"], "weekly_capacity": 5});
    let mentors: Vec<String> = (0..8)
        .map(|i| mentor(&format!("share{i}x{}.com", unique_suffix()), profile.clone(), true).1)
        .collect();
    let goal =
        json!({"goal": "our k8s cluster keeps OOM-killing pods", "languages": ["tl"], "format": "call"});
    let mut exposure = std::collections::HashMap::<String, u32>::new();
    let mut booked = std::collections::HashMap::<(String, i16, i8), u32>::new();
    let mut tops = Vec::new();
    for i in 0..60 {
        let mentee = Client::signed_in(&unique_email("sharing", "globex.com"));
        // Each mentee is their own client, as sixty people would be.
        let client = format!("sharing-{i}-{}", unique_suffix());
        let reply =
            mentee.request_with("POST", "/api/matches", &goal, &[("x-quarterhour-client", client.as_str())]);
        assert_eq!(reply.status, 200, "{}", reply.body);
        let matches = reply.json()["matches"].as_array().unwrap().clone();
        for suggested in &matches {
            *exposure.entry(suggested["mentor"]["id"].as_str().unwrap().to_string()).or_default() += 1;
        }
        let Some(top) = matches.first() else { continue };
        let top_id = top["mentor"]["id"].as_str().unwrap().to_string();
        let slot = top["next_free_slots"][0]["start"].as_str().expect("a call's suggestion has a free slot");
        let body = json!({"mentor_id": top_id, "start": slot, "agenda": "Our pods keep getting OOM-killed"});
        let made = mentee.post_json("/api/bookings", &body);
        assert_eq!(made.status, 201, "mentee {i}: {}", made.body);
        // Capacity is per week (Monday to Sunday, UTC for these mentors).
        let week =
            slot.parse::<jiff::Timestamp>().unwrap().to_zoned(jiff::tz::TimeZone::UTC).date().iso_week_date();
        *booked.entry((top_id.clone(), week.year(), week.week())).or_default() += 1;
        tops.push(top_id);
    }
    assert!(booked.values().all(|count| *count <= 5), "no mentor past their weekly capacity: {booked:?}");
    assert!(booked.values().sum::<u32>() >= 40, "every place of the week is taken: {booked:?}");
    let distinct: std::collections::HashSet<&String> = tops.iter().collect();
    assert!(distinct.len() > 5, "the top suggestion changes as mentors fill up: {tops:?}");
    let shown: Vec<u32> = mentors.iter().map(|id| exposure.get(id).copied().unwrap_or(0)).collect();
    assert!(gini(&shown) <= 0.4, "exposure Gini {:.2} over {shown:?}", gini(&shown));
}

#[test]
fn the_same_goal_gives_the_same_suggestions_all_day() {
    // Six equal mentors: were each suggestion counted at once, the next ask would rotate them.
    for _ in 0..6 {
        let domain = format!("same{}.com", unique_suffix());
        mentor(&domain, json!({"expertise": ["terraform"], "languages": ["sg"]}), true);
    }
    let body = json!({"goal": "help with terraform modules", "languages": ["sg"], "limit": 3});
    for client in [Client::new(), Client::signed_in(&unique_email("asker", "acme.com"))] {
        let first = client.post_json("/api/matches", &body);
        assert_eq!(first.status, 200, "{}", first.body);
        let first = ids(&first.json());
        assert_eq!(first.len(), 3);
        for _ in 0..3 {
            assert_eq!(
                ids(&client.post_json("/api/matches", &body).json()),
                first,
                "a reload shows the same"
            );
        }
    }
}

#[test]
fn a_goal_written_in_spanish_prefers_mentors_who_speak_it_and_says_so() {
    let mut spanish = Vec::new();
    for i in 0..7 {
        let domain = format!("habla{}.com", unique_suffix());
        let languages = if i % 2 == 0 { json!(["sm", "es"]) } else { json!(["sm", "en"]) };
        let (_, id) = mentor(&domain, json!({"expertise": ["terraform"], "languages": languages}), true);
        if i % 2 == 0 {
            spanish.push(id);
        }
    }
    let reply = Client::new().post_json(
        "/api/matches",
        &json!({"goal": "necesito ayuda con infraestructura como código", "languages": ["sm"], "limit": 5}),
    );
    assert_eq!(reply.status, 200, "{}", reply.body);
    let body = reply.json();
    assert_eq!(body["understood"]["languages"], json!(["es"]), "{body}");
    let shown = ids(&body);
    assert_eq!(shown.len(), 5);
    let speaking: Vec<&Value> = body["matches"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| spanish.contains(&m["mentor"]["id"].as_str().unwrap().to_string()))
        .collect();
    assert_eq!(speaking.len(), 4, "every Spanish speaker, first: {shown:?}");
    assert!(shown[..4].iter().all(|id| spanish.contains(id)), "{shown:?}");
    for found in speaking {
        assert!(
            found["reasons"]
                .as_array()
                .unwrap()
                .iter()
                .any(|r| r["kind"] == "language" && r["value"] == "es" && r["text"] == "Speaks Spanish"),
            "{found}"
        );
    }
}
