//! The mentor directory: filters, text search, pagination, facets and visibility.

use serde_json::{Value, json};

use crate::client::{Client, limited_per_client, unique_email, unique_suffix};

/// A signed-in mentor at `domain` with `profile` (display name and is_mentor added); returns the
/// client and the user id.
fn mentor(domain: &str, profile: Value) -> (Client, String) {
    let client = Client::signed_in(&unique_email("mentor", domain));
    let mut body = json!({"display_name": "A new user", "is_mentor": true});
    body.as_object_mut().unwrap().extend(profile.as_object().unwrap().clone());
    let reply = client.send("PUT", "/api/me/profile", &body);
    assert_eq!(reply.status, 200, "{}", reply.body);
    let id = reply.json()["profile"]["id"].as_str().unwrap().to_string();
    (client, id)
}

/// A tag no other test uses, so a search can be limited to this test's mentors.
fn unique_tag() -> String {
    format!("tag{}", unique_suffix())
}

fn ids(reply: &crate::client::Reply) -> Vec<String> {
    assert_eq!(reply.status, 200, "{}", reply.body);
    let mut ids: Vec<String> = reply.json()["mentors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["id"].as_str().unwrap().to_string())
        .collect();
    ids.sort();
    ids
}

/// The ids of every page of `path` in order, following `next_cursor` (at most `pages` pages).
fn paged_ids(client: &Client, path: &str, pages: usize) -> Vec<String> {
    let mut seen = Vec::new();
    let mut next = path.to_string();
    for _ in 0..pages {
        let json = client.get(&next).json();
        seen.extend(
            json["mentors"].as_array().unwrap().iter().map(|m| m["id"].as_str().unwrap().to_string()),
        );
        match json["meta"]["next_cursor"].as_str() {
            Some(cursor) => next = format!("{path}&cursor={cursor}"),
            None => break,
        }
    }
    seen
}

fn sorted(mut ids: Vec<&String>) -> Vec<String> {
    ids.sort();
    ids.into_iter().cloned().collect()
}

#[test]
fn each_filter_narrows_the_results() {
    let tag = unique_tag();
    let org_a = format!("dira{}.com", unique_suffix());
    let org_b = format!("dirb{}.com", unique_suffix());
    let word = format!("xylophone{}", unique_suffix());
    let (_a, rust_lead) = mentor(
        &org_a,
        json!({"expertise": [&tag, "Rust"], "languages": ["en"], "career_stage": "lead",
               "timezone": "Europe/London", "headline": format!("Plays the {word}")}),
    );
    let (_b, go_senior) = mentor(
        &org_b,
        json!({"expertise": [&tag, "Go"], "languages": ["es", "en"], "career_stage": "senior",
               "timezone": "Asia/Kolkata"}),
    );
    let (_c, rust_early) = mentor(
        &org_b,
        json!({"expertise": [&tag, "rust", "Kubernetes"], "languages": ["hi"], "career_stage": "early",
               "timezone": "America/New_York"}),
    );
    let client = Client::new();
    let search = |query: &str| ids(&client.get(&format!("/api/mentors?expertise={tag}&{query}")));

    assert_eq!(search(""), sorted(vec![&rust_lead, &go_senior, &rust_early]));
    assert_eq!(search("expertise=rust"), sorted(vec![&rust_lead, &rust_early]), "all skills must match");
    assert_eq!(search("expertise=RUST&expertise=kubernetes"), vec![rust_early.clone()]);
    assert_eq!(search(&format!("organization={org_b}")), sorted(vec![&go_senior, &rust_early]));
    assert_eq!(search(&format!("exclude_organization={org_b}")), vec![rust_lead.clone()]);
    assert_eq!(search("language=es"), vec![go_senior.clone()]);
    assert_eq!(search("career_stage=early"), vec![rust_early.clone()]);
    assert_eq!(search(&format!("q={word}")), vec![rust_lead.clone()]);
    // Starts of two to ten letters read a prefix index of their length; longer ones merge the
    // words they start. Either way the start finds the word.
    for end in 2..word.len() {
        assert_eq!(search(&format!("q={}", &word[..end])), vec![rust_lead.clone()], "{}", &word[..end]);
    }
    assert_eq!(search("expertise=rust&language=hi&career_stage=early"), vec![rust_early.clone()]);

    // Working hours 09:00-18:00: Kolkata (+5:30) shares 9 h with itself, 3.5 h with London in
    // winter (4.5 h in summer), and none with New York.
    assert_eq!(search("tz_overlap_hours=7&viewer_timezone=Asia/Kolkata"), vec![go_senior.clone()]);
    assert_eq!(
        search("tz_overlap_hours=3&viewer_timezone=Asia/Kolkata"),
        sorted(vec![&rust_lead, &go_senior])
    );
    assert!(!search("tz_overlap_hours=1&viewer_timezone=America/New_York").contains(&go_senior));
}

#[test]
fn cards_carry_what_the_directory_shows_and_no_email() {
    let tag = unique_tag();
    let (_client, id) = mentor(
        "acme.com",
        json!({"expertise": [&tag], "languages": ["en"], "timezone": "Asia/Kathmandu", "headline": "Staff engineer"}),
    );
    let reply = Client::new().get(&format!("/api/mentors?expertise={tag}"));
    let card = &reply.json()["mentors"][0];
    assert_eq!(card["id"], id.as_str());
    assert_eq!(card["display_name"], "A new user");
    assert_eq!(card["headline"], "Staff engineer");
    assert_eq!(card["organization"]["name"], "Acme");
    assert_eq!(card["expertise"], json!([tag]));
    assert_eq!(card["languages"], json!(["en"]));
    assert_eq!(card["timezone"], "Asia/Kathmandu");
    assert!(!reply.body.contains('@'), "no e-mail addresses in the directory: {}", reply.body);
}

#[test]
fn pages_have_no_duplicates_or_gaps_in_every_ordering() {
    let tag = unique_tag();
    let mut expected: Vec<String> = (0..7)
        .map(|i| mentor("acme.com", json!({"expertise": [&tag], "headline": format!("pager number{i}")})).1)
        .collect();
    expected.sort();
    let client = Client::new();
    for ordering in ["sort=newest", "sort=soonest", "q=pager", "sort=relevance&q=pager"] {
        let mut seen = Vec::new();
        let mut path = format!("/api/mentors?expertise={tag}&limit=3&{ordering}");
        for page in 0.. {
            assert!(page < 5, "{ordering}: too many pages");
            let reply = client.get(&path);
            assert_eq!(reply.status, 200, "{ordering}: {}", reply.body);
            let json = reply.json();
            assert_eq!(json["meta"]["total"], 7, "{ordering}");
            seen.extend(
                json["mentors"].as_array().unwrap().iter().map(|m| m["id"].as_str().unwrap().to_string()),
            );
            match json["meta"]["next_cursor"].as_str() {
                Some(cursor) => {
                    path = format!("/api/mentors?expertise={tag}&limit=3&{ordering}&cursor={cursor}")
                }
                None => break,
            }
        }
        let count = seen.len();
        seen.sort();
        seen.dedup();
        assert_eq!(seen.len(), count, "{ordering}: a mentor appeared twice");
        assert_eq!(seen, expected, "{ordering}: every mentor exactly once");
    }
}

/// Newest first under a skill or language is by listing time, whatever order the listings were
/// made in, and paging through it loses no one.
#[test]
fn newest_first_under_a_tag_follows_the_listing_time() {
    let tag = unique_tag();
    let listed_at =
        ["2026-01-03T10:00:00Z", "2026-01-01T10:00:00Z", "2026-01-05T10:00:00Z", "2026-01-02T10:00:00Z"];
    let made: Vec<String> = listed_at
        .iter()
        .map(|at| {
            let client = Client::signed_in(&unique_email("mentor", "acme.com"));
            let body = json!({"display_name": "A new user", "is_mentor": true, "expertise": [&tag],
                              "languages": ["en"]});
            let reply = client.request_with("PUT", "/api/me/profile", &body, &[("x-quarterhour-now", at)]);
            assert_eq!(reply.status, 200, "{}", reply.body);
            reply.json()["profile"]["id"].as_str().unwrap().to_string()
        })
        .collect();
    let expected = vec![&made[2], &made[0], &made[3], &made[1]];
    let client = Client::new();
    for filter in [format!("expertise={tag}"), format!("expertise={tag}&language=en")] {
        let seen = paged_ids(&client, &format!("/api/mentors?{filter}&sort=newest&limit=3"), 3);
        assert_eq!(seen.iter().collect::<Vec<_>>(), expected, "{filter}");
    }
}

/// The test server scores the newest 4 matches of a text search (`SEARCH_SCORED_MATCHES`): those
/// come by relevance, older ones after them, newest first, and paging finds every match.
#[test]
fn text_matches_past_the_scored_ones_follow_newest_first() {
    let word = format!("ocarina{}", unique_suffix());
    let made: Vec<String> = (0..6)
        .map(|i| {
            let name = if i == 4 { format!("The {word} player") } else { "A new user".to_string() };
            mentor("acme.com", json!({"display_name": name, "headline": format!("Plays the {word}")})).1
        })
        .collect();
    let client = Client::new();
    let expected = vec![&made[4], &made[2], &made[3], &made[5], &made[1], &made[0]];
    for limit in [10, 4, 1] {
        let mut seen = Vec::new();
        let mut path = format!("/api/mentors?q={word}&limit={limit}");
        for _ in 0..7 {
            let reply = client.get(&path);
            assert_eq!(reply.status, 200, "{}", reply.body);
            let json = reply.json();
            assert_eq!(json["meta"]["total"], 6);
            seen.extend(
                json["mentors"].as_array().unwrap().iter().map(|m| m["id"].as_str().unwrap().to_string()),
            );
            match json["meta"]["next_cursor"].as_str() {
                Some(cursor) => path = format!("/api/mentors?q={word}&limit={limit}&cursor={cursor}"),
                None => break,
            }
        }
        let seen: Vec<&String> = seen.iter().collect();
        assert_eq!(seen, expected, "pages of {limit}");
    }
}

#[test]
fn visibility_holds_in_results_counts_and_facets() {
    let tag = unique_tag();
    let domain = format!("dirvis{}.com", unique_suffix());
    let (_p, public) = mentor(&domain, json!({"expertise": [&tag], "visibility": "public"}));
    let (_o, org_only) = mentor(&domain, json!({"expertise": [&tag], "visibility": "organization"}));
    let (hidden_owner, _hidden) = mentor(&domain, json!({"expertise": [&tag], "visibility": "hidden"}));
    let colleague = Client::signed_in(&unique_email("colleague", &domain));
    let outsider = Client::signed_in(&unique_email("outsider", "globex.com"));
    let path = format!("/api/mentors?expertise={tag}");

    for (viewer, name, expected) in [
        (&Client::new(), "anonymous", vec![&public]),
        (&colleague, "same organization", vec![&public, &org_only]),
        (&outsider, "other organization", vec![&public]),
        (&hidden_owner, "the hidden mentor, who is not listed either", vec![&public, &org_only]),
    ] {
        let reply = viewer.get(&path);
        let expected = sorted(expected);
        assert_eq!(ids(&reply), expected, "{name}");
        let json = reply.json();
        assert_eq!(json["meta"]["total"], expected.len(), "{name}: total");
        let facet = json["facets"]["expertise"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["tag"] == tag.as_str())
            .cloned();
        assert_eq!(facet.map(|f| f["count"].clone()), Some(json!(expected.len())), "{name}: facet");
        let org_facet = json["facets"]["organization"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["domain"] == domain.as_str())
            .cloned();
        assert_eq!(
            org_facet.map(|f| f["count"].clone()),
            Some(json!(expected.len())),
            "{name}: organization facet"
        );
    }
}

#[test]
fn only_named_mentors_are_listed_and_changes_show_at_once() {
    let tag = unique_tag();
    let (client, id) = mentor("acme.com", json!({"expertise": [&tag]}));
    let path = format!("/api/mentors?expertise={tag}");
    assert_eq!(ids(&Client::new().get(&path)), vec![id.clone()]);

    client.send("PUT", "/api/me/profile", &json!({"is_mentor": false}));
    let unlisted = Client::new().get(&path);
    assert!(ids(&unlisted).is_empty(), "no longer mentoring");
    assert_eq!(unlisted.json()["meta"]["total"], 0, "the counts follow at once: {}", unlisted.body);
    client.send("PUT", "/api/me/profile", &json!({"is_mentor": true, "headline": "Back again"}));
    assert_eq!(Client::new().get(&path).json()["mentors"][0]["headline"], "Back again");

    let mentee = Client::signed_in(&unique_email("mentee", "acme.com"));
    mentee.send("PUT", "/api/me/profile", &json!({"display_name": "A new user", "expertise": [&tag]}));
    assert_eq!(ids(&Client::new().get(&path)), vec![id.clone()], "mentees are not listed");

    assert_eq!(client.request("DELETE", "/api/me", None, &[]).status, 204);
    assert!(ids(&Client::new().get(&path)).is_empty(), "deleted accounts leave the directory");
}

#[test]
fn bad_parameters_are_400_naming_the_parameter() {
    let client = Client::new();
    for (query, field) in [
        ("limit=0", "limit"),
        ("limit=51", "limit"),
        ("language=english", "language"),
        ("career_stage=wizard", "career_stage"),
        ("tz_overlap_hours=12", "tz_overlap_hours"),
        ("sort=random", "sort"),
        ("cursor=garbage", "cursor"),
        ("organization=not%20a%20domain", "organization"),
        ("available_within_days=0", "available_within_days"),
        ("viewer_timezone=Mars/Base", "viewer_timezone"),
        ("colour=blue", "colour"),
    ] {
        let reply = client.get(&format!("/api/mentors?{query}"));
        assert_eq!(reply.status, 400, "{query}: {}", reply.body);
        assert_eq!(reply.error_code(), "invalid_parameter", "{query}");
        assert_eq!(reply.json()["error"]["field"], field, "{query}");
    }
}

#[test]
fn free_slot_filter_and_ordering_are_accepted() {
    let tag = unique_tag();
    let (mentor_client, id) = mentor("acme.com", json!({"expertise": [&tag]}));
    let client = Client::new();
    // No mentor offers slots yet, so none has one soon; soonest still lists everyone.
    let within_week = format!("/api/mentors?expertise={tag}&available_within_days=7");
    let before = client.get(&within_week);
    assert!(ids(&before).is_empty());
    assert_eq!(before.json()["meta"]["total"], 0);
    assert_eq!(ids(&client.get(&format!("/api/mentors?expertise={tag}&sort=soonest"))), vec![id.clone()]);

    // Once they offer slots, the cached count of that search does not hide them.
    let days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
    let rules = json!({
        "timezone": "UTC",
        "weekly": days.iter().map(|d| json!({"weekday": d, "start": "00:00", "end": "24:00"})).collect::<Vec<_>>(),
        "min_notice_minutes": 0, "horizon_days": 21, "max_per_week": 100
    });
    assert_eq!(mentor_client.send("PUT", "/api/me/availability", &rules).status, 200);
    let after = client.get(&within_week);
    assert_eq!(ids(&after), vec![id]);
    assert_eq!(after.json()["meta"]["total"], 1, "{}", after.body);
}

/// Soonest first: those free soonest, then later, then those with no free slot; pages of one
/// cross from one to the next, read from a tag's listings and from the whole directory alike.
#[test]
fn soonest_first_puts_the_soonest_free_first_and_the_unfree_last() {
    let tag = unique_tag();
    let domain = format!("soon{}.com", unique_suffix());
    let free_after = |notice_minutes: u32| {
        let (client, id) = mentor(&domain, json!({"expertise": [&tag], "timezone": "UTC"}));
        let days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
        let rules = json!({
            "timezone": "UTC",
            "weekly": days.iter().map(|d| json!({"weekday": d, "start": "00:00", "end": "24:00"})).collect::<Vec<_>>(),
            "min_notice_minutes": notice_minutes, "horizon_days": 21, "max_per_week": 100
        });
        let saved = client.send("PUT", "/api/me/availability", &rules);
        assert_eq!(saved.status, 200, "{}", saved.body);
        id
    };
    let never = mentor(&domain, json!({"expertise": [&tag]})).1;
    let later = free_after(1440);
    let soon = free_after(0);
    let expected = vec![&soon, &later, &never];
    let client = Client::new();
    for filter in [format!("expertise={tag}"), format!("organization={domain}")] {
        let seen = paged_ids(&client, &format!("/api/mentors?{filter}&sort=soonest&limit=1"), 4);
        assert_eq!(seen.iter().collect::<Vec<_>>(), expected, "{filter}");
    }
}

#[test]
fn generated_people_load_once_and_can_sign_in() {
    let prefix = format!("t{}", &unique_suffix()[..10]);
    let seed = |body: Value| Client::new().post_json("/api/dev/seed", &body);
    let first = seed(json!({"prefix": prefix, "mentors": 3, "mentees": 1}));
    assert_eq!(first.status, 200, "{}", first.body);
    assert_eq!(first.json()["created"], 4);
    assert_eq!(
        seed(json!({"prefix": prefix, "mentors": 3, "mentees": 1})).json()["created"],
        0,
        "idempotent"
    );

    let person = domain::demo::person(&prefix, 0, true);
    let client = Client::signed_in(&person.email);
    let me = client.get("/api/me").json();
    assert_eq!(me["profile"]["display_name"], person.profile.display_name.as_str());
    assert_eq!(me["profile"]["is_mentor"], true);

    // Some demo mentees come with an open question, loaded once with them.
    let mentee = Client::signed_in(&domain::demo::person(&prefix, 0, false).email);
    let asked = mentee.get("/api/me/requests").json();
    let question = domain::demo::question(0, true).unwrap();
    assert_eq!(asked["requests"].as_array().unwrap().len(), 1, "{asked}");
    assert_eq!(asked["requests"][0]["title"], question.title.as_str());
    assert_eq!(asked["requests"][0]["status"], "open");

    let bad = seed(json!({"prefix": "Not Valid!", "mentors": 1}));
    assert_eq!((bad.status, bad.json()["error"]["field"].as_str()), (422, Some("prefix")));
    let too_many = seed(json!({"prefix": prefix, "mentors": 5000}));
    assert_eq!((too_many.status, too_many.json()["error"]["field"].as_str()), (422, Some("mentors")));
}

#[test]
fn demo_mentors_offer_slots_and_every_demo_mentee_question_loads() {
    let prefix = format!("s{}", &unique_suffix()[..10]);
    // Sixty mentees: among them people without an organization whose question was for one.
    let seeded =
        Client::new().post_json("/api/dev/seed", &json!({"prefix": prefix, "mentors": 10, "mentees": 60}));
    assert_eq!(seeded.status, 200, "{}", seeded.body);
    assert_eq!(seeded.json()["created"], 70);
    assert!(seeded.json()["booked"].as_u64().unwrap() > 0, "{}", seeded.body);
    let (from, to) =
        (jiff::Timestamp::now(), jiff::Timestamp::now() + jiff::SignedDuration::from_hours(7 * 24));
    let mut with_slots = 0;
    for index in 0..10 {
        let person = domain::demo::person(&prefix, index, true);
        let mentor = Client::signed_in(&person.email);
        let id = mentor.get("/api/me").json()["user"]["id"].as_str().unwrap().to_string();
        let slots = mentor.get(&format!("/api/mentors/{id}/slots?from={from}&to={to}"));
        assert_eq!(slots.status, 200, "{}", slots.body);
        let free = !slots.json()["slots"].as_array().unwrap().is_empty();
        let sessions = mentor.get("/api/me/bookings").json()["bookings"].as_array().unwrap().clone();
        if person.booked_up {
            assert!(!free, "demo mentor {index} is booked up for the week");
            assert!(!sessions.is_empty());
            for session in &sessions {
                assert_eq!(session["status"], "booked");
                assert!(session["thread_id"].is_string(), "every booking has its thread: {session}");
            }
        } else {
            assert!(sessions.is_empty(), "demo mentor {index} has no sessions");
            with_slots += usize::from(free);
        }
    }
    assert!(with_slots >= 8, "{with_slots} of the 9 others have a free slot this week");
    // Seeding again creates no one and books nothing more.
    let again =
        Client::new().post_json("/api/dev/seed", &json!({"prefix": prefix, "mentors": 10, "mentees": 60}));
    assert_eq!((again.json()["created"].as_u64(), again.json()["booked"].as_u64()), (Some(0), Some(0)));
}

#[test]
fn searches_are_limited_per_client() {
    limited_per_client("/api/mentors?limit=1", 120);
}

#[test]
fn searches_and_the_network_figures_answer_while_the_cache_cannot_be_written() {
    let switch = |failing: bool| {
        let reply = Client::new().send("PUT", "/api/dev/cache-writes", &json!({ "failing": failing }));
        assert_eq!(reply.status, 200, "{}", reply.body);
    };
    let tag = unique_tag();
    let (_client, id) = mentor("acme.com", json!({"expertise": [&tag]}));
    let path = format!("/api/mentors?expertise={tag}");
    switch(true);
    // A summary never cached before: computed, its write refused, the answer whole; and again.
    for attempt in 0..2 {
        let reply = Client::new().get(&path);
        assert_eq!(reply.status, 200, "attempt {attempt}: {}", reply.body);
        assert_eq!((ids(&reply), reply.json()["meta"]["total"].clone()), (vec![id.clone()], json!(1)));
    }
    let figures = Client::new().get("/api/insights?period=30d");
    assert_eq!(figures.status, 200, "{}", figures.body);
    switch(false);
    assert_eq!(ids(&Client::new().get(&path)), vec![id]);
}

#[test]
fn a_person_changes_their_profile_at_most_sixty_times_an_hour() {
    let me = Client::signed_in(&unique_email("editor", &format!("edits{}.com", unique_suffix())));
    for i in 0..60 {
        let reply = me.send(
            "PUT",
            "/api/me/profile",
            &json!({"display_name": "A new user", "headline": format!("Edit {i}")}),
        );
        assert_eq!(reply.status, 200, "change {i}: {}", reply.body);
    }
    let refused =
        me.send("PUT", "/api/me/profile", &json!({"display_name": "A new user", "headline": "One too many"}));
    assert_eq!((refused.status, refused.error_code().as_str()), (429, "rate_limited"), "{}", refused.body);
    assert!(refused.header("retry-after").is_some());
    assert_eq!(me.get("/api/me").json()["profile"]["headline"], "Edit 59", "nothing of the refused change");
}
