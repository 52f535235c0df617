//! Sign-in by e-mail code, sessions, profiles, organizations, privacy, export and deletion.

use serde_json::json;

use crate::client::{Client, unique_email};

#[test]
fn asking_for_a_code_looks_the_same_for_known_and_unknown_addresses() {
    let known = unique_email("known", "acme.com");
    Client::signed_in(&known);
    let fresh =
        Client::new().post_json("/api/auth/email-code", &json!({"email": unique_email("fresh", "acme.com")}));
    let again = Client::new().post_json("/api/auth/email-code", &json!({"email": known}));
    assert_eq!(fresh.status, 202);
    assert_eq!(again.status, 202);
    assert_eq!(fresh.body, again.body);
}

#[test]
fn a_value_that_is_not_an_email_address_is_422_on_email() {
    let reply = Client::new().post_json("/api/auth/email-code", &json!({"email": "not-an-address"}));
    assert_eq!(reply.status, 422);
    assert_eq!(reply.error_code(), "validation_failed");
    assert_eq!(reply.json()["error"]["field"], "email");
    let missing = Client::new().post_json("/api/auth/email-code", &json!({}));
    assert_eq!((missing.status, missing.json()["error"]["field"].as_str()), (422, Some("email")));
}

#[test]
fn signing_in_creates_the_account_and_a_session_cookie() {
    let email = unique_email("A.New.User", "acme.com");
    let client = Client::new();
    let code = client.request_code(&email);
    let reply = client.post_json("/api/auth/verify", &json!({"email": email, "code": code}));
    assert_eq!(reply.status, 200, "{}", reply.body);
    let user = &reply.json()["user"];
    assert_eq!(user["email"], email.to_lowercase());
    assert_eq!(user["organization"]["name"], "Acme");
    assert_eq!(user["organization"]["verified"], true);

    let cookie = reply.header("set-cookie").expect("a session cookie");
    assert!(cookie.starts_with("qh_session="), "{cookie}");
    assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"), "{cookie}");
    assert!(cookie.contains("Max-Age=2592000"), "30 days: {cookie}");
    assert!(!cookie.contains("Secure"), "plain http on localhost cannot use Secure: {cookie}");

    let me = client.get("/api/me");
    assert_eq!(me.status, 200);
    assert_eq!(me.json()["user"]["id"], user["id"]);
    assert_eq!(me.json()["profile"]["id"], user["id"]);
}

#[test]
fn a_code_is_stored_only_as_a_hash_and_works_once() {
    let email = unique_email("once", "acme.com");
    let client = Client::new();
    let code = client.request_code(&email);
    assert_eq!(client.post_json("/api/auth/verify", &json!({"email": email, "code": code})).status, 200);
    let reused = Client::new().post_json("/api/auth/verify", &json!({"email": email, "code": code}));
    assert_eq!((reused.status, reused.error_code().as_str()), (401, "invalid_code"));
}

#[test]
fn a_wrong_code_is_401_and_wrong_guesses_do_not_kill_the_right_code() {
    let email = unique_email("guesser", "acme.com");
    let client = Client::new();
    let code = client.request_code(&email);
    let wrong = if code == "000000" { "111111" } else { "000000" };
    let probe = [("x-quarterhour-client", "guesser")];
    for _ in 0..5 {
        let reply =
            client.request_with("POST", "/api/auth/verify", &json!({"email": email, "code": wrong}), &probe);
        assert_eq!((reply.status, reply.error_code().as_str()), (401, "invalid_code"));
    }
    let right = client.post_json("/api/auth/verify", &json!({"email": email, "code": code}));
    assert_eq!(right.status, 200, "an attacker's guesses cannot void the victim's code: {}", right.body);
}

#[test]
fn asking_for_a_new_code_keeps_the_earlier_ones_valid() {
    let email = unique_email("twice", "acme.com");
    let client = Client::new();
    let first = client.request_code(&email);
    let second = client.request_code(&email);
    assert_ne!(first, second, "two codes (a one-in-a-million clash would be a false alarm)");
    let reply = client.post_json("/api/auth/verify", &json!({"email": email, "code": first}));
    assert_eq!(reply.status, 200, "the first mailed code still works: {}", reply.body);
    let reused = Client::new().post_json("/api/auth/verify", &json!({"email": email, "code": second}));
    assert_eq!(reused.status, 401, "signing in uses up the address's codes");
}

/// Sends a wrong code for `email` as `client_name`, at `at` (RFC 3339) or now.
fn wrong_guess(email: &str, client_name: &str, at: Option<&str>) -> crate::client::Reply {
    let mut headers = vec![("x-quarterhour-client", client_name)];
    if let Some(at) = at {
        headers.push(("x-quarterhour-now", at));
    }
    Client::new().request_with(
        "POST",
        "/api/auth/verify",
        &json!({"email": email, "code": "000000"}),
        &headers,
    )
}

fn assert_rate_limited(reply: &crate::client::Reply, context: &str) {
    assert_eq!(
        (reply.status, reply.error_code().as_str()),
        (429, "rate_limited"),
        "{context}: {}",
        reply.body
    );
    let retry: i64 = reply.header("retry-after").expect("Retry-After").parse().expect("seconds");
    assert!((1..=86_400).contains(&retry), "{context}: {retry}");
}

#[test]
fn ten_wrong_codes_an_hour_for_an_address_hold_back_even_the_right_one() {
    let email = unique_email("locked", "acme.com");
    let client = Client::new();
    let code = client.request_code(&email);
    let name = format!("hour-{}", crate::client::unique_suffix());
    for attempt in 0..10 {
        assert_eq!(wrong_guess(&email, &name, None).status, 401, "wrong guess {attempt}");
    }
    assert_rate_limited(&wrong_guess(&email, &name, None), "the eleventh");
    let right = client.post_json("/api/auth/verify", &json!({"email": email, "code": code}));
    assert_rate_limited(&right, "a right code after the cap");
    let later = client.travel_to_minutes_ahead(61);
    let fresh = Client::new().request_with(
        "POST",
        "/api/auth/email-code",
        &json!({"email": email}),
        &[("x-quarterhour-now", later.as_str())],
    );
    assert_eq!(fresh.status, 202);
    let new_code = Client::latest_code(&email);
    let reply = Client::new().request_with(
        "POST",
        "/api/auth/verify",
        &json!({"email": email, "code": new_code}),
        &[("x-quarterhour-now", later.as_str())],
    );
    assert_eq!(reply.status, 200, "an hour later the address may sign in: {}", reply.body);
}

#[test]
fn the_scheduled_job_purges_rate_limit_events_older_than_a_day() {
    let email = unique_email("purged-limits", "acme.com");
    let name = format!("purge-{}", crate::client::unique_suffix());
    // Ten wrong guesses three days ago fill that hour's cap, as seen from then.
    let then = (jiff::Timestamp::now() - jiff::SignedDuration::from_hours(72)).to_string();
    {
        let _no_run = crate::client::between_scheduled_runs();
        for attempt in 0..10 {
            assert_eq!(wrong_guess(&email, &name, Some(&then)).status, 401, "wrong guess {attempt}");
        }
        assert_rate_limited(&wrong_guess(&email, &name, Some(&then)), "the eleventh, then");
    }
    // The job drops events older than the longest window (a day): from then, the hour is empty.
    let run = crate::client::run_scheduled(None);
    assert!(run["rate_events_purged"].as_u64().unwrap() >= 11, "{run}");
    assert_eq!(wrong_guess(&email, &name, Some(&then)).status, 401, "the old guesses are gone");
}

#[test]
fn thirty_wrong_codes_a_day_for_an_address_are_the_most() {
    let email = unique_email("daily", "acme.com");
    let name = format!("day-{}", crate::client::unique_suffix());
    let client = Client::new();
    for hour in 0..3 {
        let at = client.travel_to_minutes_ahead(hour * 61);
        for attempt in 0..10 {
            let reply = wrong_guess(&email, &format!("{name}-{hour}"), Some(&at));
            assert_eq!(reply.status, 401, "hour {hour}, guess {attempt}: {}", reply.body);
        }
    }
    let next = client.travel_to_minutes_ahead(4 * 61);
    assert_rate_limited(&wrong_guess(&email, &format!("{name}-3"), Some(&next)), "the thirty-first in a day");
}

/// Runs `count` threads from one starting line, the i-th doing `work(i)`; what each returned.
fn at_once<T: Send>(count: usize, work: impl Fn(usize) -> T + Sync) -> Vec<T> {
    let start = std::sync::Barrier::new(count);
    std::thread::scope(|scope| {
        let threads: Vec<_> = (0..count)
            .map(|i| {
                let (start, work) = (&start, &work);
                scope.spawn(move || {
                    start.wait();
                    work(i)
                })
            })
            .collect();
        threads.into_iter().map(|thread| thread.join().unwrap()).collect()
    })
}

#[test]
fn sixty_concurrent_wrong_codes_are_judged_at_most_ten_times() {
    let email = unique_email("stormed", "acme.com");
    let client = Client::new();
    let code = client.request_code(&email);
    let wrong = if code == "000000" { "111111" } else { "000000" };
    let name = format!("storm-{}", crate::client::unique_suffix());
    // Each guess from its own client; then a second wave all from one client.
    let statuses = at_once(60, |i| {
        let client = format!("{name}-{i}");
        let body = json!({"email": email, "code": wrong});
        Client::new()
            .request_with("POST", "/api/auth/verify", &body, &[("x-quarterhour-client", client.as_str())])
            .status
    });
    let judged = statuses.iter().filter(|status| **status == 401).count();
    let refused = statuses.iter().filter(|status| **status == 429).count();
    assert_eq!((judged, refused), (10, 50), "ten places, taken once each: {statuses:?}");
    let again = at_once(60, |_| wrong_guess(&email, &name, None).status);
    assert!(again.iter().all(|status| *status == 429), "the cap holds: {again:?}");
    let right = client.post_json("/api/auth/verify", &json!({"email": email, "code": code}));
    assert_rate_limited(&right, "the right code after sixty guesses");
}

#[test]
fn people_behind_one_client_address_are_not_locked_out_together() {
    // One office network: its people share a client address.
    let office = format!("office-{}", crate::client::unique_suffix());
    let typo = |email: &str| wrong_guess(email, &office, None);
    for person in 0..40 {
        let reply = typo(&unique_email(&format!("colleague{person}"), "acme.com"));
        assert_eq!(reply.status, 401, "colleague {person} mistypes: {}", reply.body);
    }
    // Someone there guesses at one colleague's address until refused.
    let target = unique_email("targeted", "acme.com");
    for attempt in 0..10 {
        assert_eq!(typo(&target).status, 401, "guess {attempt}");
    }
    assert_rate_limited(&typo(&target), "the eleventh at one address");

    let newcomer = unique_email("newcomer", "acme.com");
    let headers = [("x-quarterhour-client", office.as_str())];
    let asked =
        Client::new().request_with("POST", "/api/auth/email-code", &json!({"email": newcomer}), &headers);
    assert_eq!(asked.status, 202, "{}", asked.body);
    let code = Client::latest_code(&newcomer);
    let body = json!({"email": newcomer, "code": code});
    let reply = Client::new().request_with("POST", "/api/auth/verify", &body, &headers);
    assert_eq!(reply.status, 200, "a new user in the same office signs in: {}", reply.body);
}

#[test]
fn three_hundred_wrong_codes_an_hour_from_one_client_are_the_most() {
    let name = format!("client-{}", crate::client::unique_suffix());
    let statuses: Vec<u16> = at_once(10, |_| {
        (0..30)
            .map(|_| wrong_guess(&unique_email("spray", "acme.com"), &name, None).status)
            .collect::<Vec<_>>()
    })
    .concat();
    assert!(statuses.iter().all(|status| *status == 401), "300 across addresses: {statuses:?}");
    assert_rate_limited(&wrong_guess(&unique_email("spray", "acme.com"), &name, None), "the 301st");
}

#[test]
fn signing_out_everywhere_ends_every_session() {
    let email = unique_email("everywhere", "acme.com");
    let (laptop, phone) = (Client::signed_in(&email), Client::signed_in(&email));
    assert_eq!((laptop.get("/api/me").status, phone.get("/api/me").status), (200, 200));
    let reply = phone.request("POST", "/api/auth/sign-out-everywhere", None, &[]);
    assert_eq!(reply.status, 204, "{}", reply.body);
    assert_eq!(laptop.get("/api/me").status, 401, "the other device is signed out too");
    assert_eq!(phone.get("/api/me").status, 401);
    assert_eq!(Client::new().request("POST", "/api/auth/sign-out-everywhere", None, &[]).status, 401);
}

#[test]
fn a_code_expires_after_ten_minutes() {
    let email = unique_email("late", "acme.com");
    let client = Client::new();
    let code = client.request_code(&email);
    let later = client.travel_to_minutes_ahead(11);
    let reply = client.request_with(
        "POST",
        "/api/auth/verify",
        &json!({"email": email, "code": code}),
        &[("x-quarterhour-now", later.as_str())],
    );
    assert_eq!((reply.status, reply.error_code().as_str()), (401, "invalid_code"));
    let in_time = client.post_json("/api/auth/verify", &json!({"email": email, "code": code}));
    assert_eq!(in_time.status, 200, "still valid now: {}", in_time.body);
}

#[test]
fn more_than_five_codes_an_hour_for_one_address_is_429_with_retry_after() {
    let email = unique_email("hurried", "acme.com");
    let client = Client::new();
    for _ in 0..5 {
        assert_eq!(client.post_json("/api/auth/email-code", &json!({"email": email})).status, 202);
    }
    let sixth = client.post_json("/api/auth/email-code", &json!({"email": email}));
    assert_eq!((sixth.status, sixth.error_code().as_str()), (429, "rate_limited"));
    let retry_after: i64 = sixth.header("retry-after").expect("Retry-After").parse().expect("seconds");
    assert!((1..=3600).contains(&retry_after), "{retry_after}");
}

#[test]
fn signing_out_ends_the_session_on_the_server() {
    let client = Client::signed_in(&unique_email("leaver", "acme.com"));
    let cookie = client.cookie().expect("signed in");
    let reply = client.post_json("/api/auth/sign-out", &json!({}));
    assert_eq!(reply.status, 204);
    assert!(reply.header("set-cookie").unwrap_or_default().contains("Max-Age=0"));
    let replayed = Client::new().request("GET", "/api/me", None, &[("cookie", cookie.as_str())]);
    assert_eq!((replayed.status, replayed.error_code().as_str()), (401, "unauthenticated"));
}

#[test]
fn me_without_a_session_is_401() {
    let reply = Client::new().get("/api/me");
    assert_eq!((reply.status, reply.error_code().as_str()), (401, "unauthenticated"));
}

#[test]
fn state_changing_requests_from_another_origin_are_refused() {
    let client = Client::signed_in(&unique_email("csrf", "acme.com"));
    let body = serde_json::to_vec(&json!({"headline": "Changed by another site"})).unwrap();
    let reply = client.request(
        "PUT",
        "/api/me/profile",
        Some(body.clone()),
        &[("content-type", "application/json"), ("origin", "https://evil.example")],
    );
    assert_eq!((reply.status, reply.error_code().as_str()), (403, "forbidden_origin"));
    assert_ne!(client.get("/api/me").json()["profile"]["headline"], "Changed by another site");

    let own_origin = crate::client::base_url();
    let reply = client.request(
        "PUT",
        "/api/me/profile",
        Some(serde_json::to_vec(&json!({"display_name": "Same site"})).unwrap()),
        &[("content-type", "application/json"), ("origin", own_origin.as_str())],
    );
    assert_eq!(reply.status, 200, "{}", reply.body);
}

#[test]
fn profile_fields_are_validated_with_the_field_named() {
    let client = Client::signed_in(&unique_email("editor", "acme.com"));
    for (body, field) in [
        (json!({"display_name": ""}), "display_name"),
        (json!({"display_name": "A", "timezone": "Mars/Olympus"}), "timezone"),
        (json!({"display_name": "A", "languages": ["english"]}), "languages"),
        (json!({"display_name": "A", "meeting_link": "http://insecure.example/room"}), "meeting_link"),
        (json!({"display_name": "A", "career_stage": "wizard"}), "career_stage"),
        (json!({"display_name": "A", "visibility": "friends"}), "visibility"),
        (json!({"display_name": "A", "weekly_capacity": -1}), "weekly_capacity"),
        (json!({"display_name": "A", "locale": "pt"}), "locale"),
        (json!({"display_name": "A", "locale": "tlh"}), "locale"),
        (json!({"display_name": "A", "locale": 7}), "locale"),
        (
            json!({"display_name": "A", "expertise": (0..16).map(|i| format!("t{i}")).collect::<Vec<_>>()}),
            "expertise",
        ),
    ] {
        let reply = client.send("PUT", "/api/me/profile", &body);
        assert_eq!(reply.status, 422, "{body}: {}", reply.body);
        assert_eq!(reply.json()["error"]["field"], field, "{body}");
    }
}

#[test]
fn a_saved_profile_is_normalised_and_rendered_safely() {
    let client = Client::signed_in(&unique_email("mentor", "acme.com"));
    let reply = client.send(
        "PUT",
        "/api/me/profile",
        &json!({
            "display_name": "  A   new user ",
            "headline": "Platform engineer",
            "bio": "I like **Rust**.\n\n[x](javascript:alert(1))\n\n<script>alert(1)</script>",
            "expertise": ["Rust", "rust ", "RUST", "Kubernetes"],
            "languages": ["EN", "es"],
            "timezone": "asia/kathmandu",
            "career_stage": "senior",
            "is_mentor": true,
            "visibility": "public",
            "accepting_requests": true,
            "weekly_capacity": 3,
            "meeting_link": "https://meet.example.org/a-new-user"
        }),
    );
    assert_eq!(reply.status, 200, "{}", reply.body);
    let profile = &reply.json()["profile"];
    assert_eq!(profile["display_name"], "A new user");
    assert_eq!(profile["expertise"], json!(["rust", "kubernetes"]));
    assert_eq!(profile["languages"], json!(["en", "es"]));
    assert_eq!(profile["timezone"], "Asia/Kathmandu");
    assert_eq!(profile["meeting_link"], "https://meet.example.org/a-new-user");
    let html = profile["bio_html"].as_str().unwrap();
    assert!(html.contains("<strong>Rust</strong>"));
    assert!(!html.contains("<script") && !html.contains("javascript:"), "{html}");

    let id = profile["id"].as_str().unwrap();
    let public = Client::new().get(&format!("/api/mentors/{id}"));
    assert_eq!(public.status, 200);
    assert!(public.json()["mentor"].get("meeting_link").is_none(), "the call link is the owner's");
    assert!(!public.body.contains("@acme.com"), "no e-mail address: {}", public.body);
    assert_eq!(public.json()["mentor"]["organization"]["name"], "Acme");
}

#[test]
fn the_chosen_language_round_trips_is_the_owners_alone_and_clears_with_null() {
    let client = Client::signed_in(&unique_email("speaker", "acme.com"));
    let reply = client.send(
        "PUT",
        "/api/me/profile",
        &json!({"display_name": "A new user", "is_mentor": true, "locale": "PT-br"}),
    );
    assert_eq!(reply.status, 200, "{}", reply.body);
    assert_eq!(reply.json()["profile"]["locale"], "pt-BR", "stored in its canonical spelling");
    assert_eq!(client.get("/api/me").json()["profile"]["locale"], "pt-BR");
    // Left out, it is kept.
    client.send("PUT", "/api/me/profile", &json!({"headline": "Kept"}));
    assert_eq!(client.get("/api/me").json()["profile"]["locale"], "pt-BR");

    let id = reply.json()["profile"]["id"].as_str().unwrap().to_string();
    let public = Client::new().get(&format!("/api/mentors/{id}"));
    assert_eq!(public.status, 200);
    assert!(public.json()["mentor"].get("locale").is_none(), "a preference of the owner's alone");

    let cleared = client.send("PUT", "/api/me/profile", &json!({"locale": null}));
    assert_eq!(cleared.status, 200, "{}", cleared.body);
    assert!(cleared.json()["profile"].get("locale").is_none(), "back to the browser's languages");
    for locale in ["en", "es", "fr", "de", "pt-BR", "ar"] {
        let reply = client.send("PUT", "/api/me/profile", &json!({"locale": locale}));
        assert_eq!(reply.json()["profile"]["locale"], locale, "{}", reply.body);
    }
}

#[test]
fn fields_left_out_of_an_update_keep_their_values() {
    let client = Client::signed_in(&unique_email("partial", "acme.com"));
    client.send("PUT", "/api/me/profile", &json!({"display_name": "A new user", "headline": "Kept"}));
    let reply = client.send("PUT", "/api/me/profile", &json!({"is_mentor": true}));
    assert_eq!(reply.status, 200);
    assert_eq!(reply.json()["profile"]["headline"], "Kept");
}

/// A profile owned by a fresh user at `domain` with the given visibility; returns (owner, id).
fn profile_with(visibility: &str, domain: &str) -> (Client, String) {
    let owner = Client::signed_in(&unique_email("owner", domain));
    let reply = owner.send(
        "PUT",
        "/api/me/profile",
        &json!({"display_name": "A new user", "is_mentor": true, "visibility": visibility}),
    );
    assert_eq!(reply.status, 200, "{}", reply.body);
    let id = reply.json()["profile"]["id"].as_str().expect("profile id").to_string();
    (owner, id)
}

#[test]
fn visibility_rules_hold_for_anonymous_same_and_other_organization_viewers() {
    let domain = format!("visible{}.com", crate::client::unique_suffix());
    let anonymous = Client::new();
    let colleague = Client::signed_in(&unique_email("colleague", &domain));
    let outsider = Client::signed_in(&unique_email("outsider", "globex.com"));

    for (visibility, expected) in
        [("public", [200, 200, 200]), ("organization", [404, 200, 404]), ("hidden", [404, 404, 404])]
    {
        let (owner, id) = profile_with(visibility, &domain);
        let path = format!("/api/mentors/{id}");
        let seen = [anonymous.get(&path).status, colleague.get(&path).status, outsider.get(&path).status];
        assert_eq!(seen, expected, "{visibility}: anonymous, same organization, other organization");
        assert_eq!(owner.get(&path).status, 200, "the owner always sees their own profile");
        let hidden = outsider.get(&path);
        if hidden.status == 404 {
            assert_eq!(
                hidden.json(),
                Client::new().get("/api/mentors/no-such-user").json(),
                "same as absent"
            );
        }
    }
}

#[test]
fn free_mail_users_have_no_organization_and_see_no_organization_only_profiles() {
    let (_owner, id) = profile_with("organization", "gmail.com");
    let other_gmail = Client::signed_in(&unique_email("also", "gmail.com"));
    assert_eq!(other_gmail.get("/api/me").json()["user"]["organization"], serde_json::Value::Null);
    assert_eq!(other_gmail.get(&format!("/api/mentors/{id}")).status, 404);
}

#[test]
fn organizations_come_from_the_public_suffix_list_and_free_mail_from_a_maintained_list() {
    let organization_of =
        |email: &str| Client::signed_in(email).get("/api/me").json()["user"]["organization"].clone();
    let suffix = crate::client::unique_suffix();
    let taiwan = organization_of(&format!("a.new.user@evil{suffix}.com.tw"));
    assert_eq!(taiwan["domain"], format!("evil{suffix}.com.tw"));
    assert_ne!(organization_of(&format!("b@other{suffix}.com.tw"))["domain"], taiwan["domain"]);
    let tenant = organization_of(&format!("a@eng.tenant{suffix}.onmicrosoft.com"));
    assert_eq!(tenant["domain"], format!("tenant{suffix}.onmicrosoft.com"));
    assert_eq!(tenant["name"], format!("Tenant{suffix}"));
    for free in ["hotmail.fr", "yahoo.de", "t-online.de"] {
        assert_eq!(organization_of(&unique_email("someone", free)), serde_json::Value::Null, "{free}");
    }
}

#[test]
fn organizations_made_before_the_public_suffix_list_are_rederived() {
    // tests/fixtures/organizations-before-the-public-suffix-list.sql holds the people and the
    // question below as an older deployment stored them.
    crate::client::run_scheduled(None);
    let organization_of =
        |client: &Client| client.get("/api/me").json()["user"]["organization"]["domain"].clone();
    let author = Client::signed_in("first.user@evil.com.tw");
    let colleague_before = Client::signed_in("second.user@other.com.tw");
    assert_eq!(organization_of(&author), "evil.com.tw");
    assert_eq!(organization_of(&colleague_before), "other.com.tw");
    assert_eq!(
        organization_of(&Client::signed_in("admin@contoso.onmicrosoft.com")),
        "contoso.onmicrosoft.com"
    );
    assert_eq!(
        organization_of(&Client::signed_in("admin@fabrikam.onmicrosoft.com")),
        "fabrikam.onmicrosoft.com"
    );
    assert_eq!(organization_of(&Client::signed_in("someone@hotmail.fr")), serde_json::Value::Null);
    assert_eq!(organization_of(&Client::signed_in("keeper@eng.legacy-acme.com")), "legacy-acme.com", "kept");

    // The organization-only question now reaches only mentors at the author's own organization.
    let question = "/api/requests/0000000000000000000000000000fa01";
    let mentor_at = |client: &Client| {
        let reply =
            client.send("PUT", "/api/me/profile", &json!({"display_name": "A new user", "is_mentor": true}));
        assert_eq!(reply.status, 200, "{}", reply.body);
    };
    assert_eq!(author.get(question).status, 200);
    mentor_at(&colleague_before);
    assert_eq!(colleague_before.get(question).status, 404);
    let same_company = Client::signed_in(&unique_email("colleague", "evil.com.tw"));
    mentor_at(&same_company);
    assert_eq!(same_company.get(question).status, 200);

    // Nothing is left to move: a second run moves nobody.
    let again = crate::client::run_scheduled(None);
    assert_eq!(again["organization_members_moved"], 0);
}

#[test]
fn a_changed_profile_is_never_served_stale() {
    let (owner, id) = profile_with("public", "acme.com");
    let path = format!("/api/mentors/{id}");
    assert_eq!(Client::new().get(&path).json()["mentor"]["headline"], "");
    owner.send("PUT", "/api/me/profile", &json!({"headline": "Now with a headline"}));
    assert_eq!(Client::new().get(&path).json()["mentor"]["headline"], "Now with a headline");
    owner.send("PUT", "/api/me/profile", &json!({"visibility": "hidden"}));
    assert_eq!(Client::new().get(&path).status, 404);
}

#[test]
fn only_the_first_member_renames_the_organization_and_profiles_show_it() {
    let suffix = crate::client::unique_suffix();
    let domain = format!("rename{suffix}.com");
    let (first, id) = profile_with("public", &domain);
    assert_eq!(first.get("/api/me").json()["user"]["can_rename_organization"], true);
    let shown = Client::new().get(&format!("/api/mentors/{id}")).json();
    assert_eq!(shown["mentor"]["organization"]["name"], format!("Rename{suffix}"));

    let second = Client::signed_in(&unique_email("second", &domain));
    assert_eq!(second.get("/api/me").json()["user"]["can_rename_organization"], false);
    let refused = second.send("PUT", "/api/me/organization", &json!({"name": "Not mine"}));
    assert_eq!((refused.status, refused.error_code().as_str()), (403, "forbidden"));

    let renamed = first.send("PUT", "/api/me/organization", &json!({"name": "  Acme   Rockets "}));
    assert_eq!(renamed.status, 200, "{}", renamed.body);
    assert_eq!(renamed.json()["organization"]["name"], "Acme Rockets");
    let seen = Client::new().get(&format!("/api/mentors/{id}"));
    assert_eq!(seen.json()["mentor"]["organization"]["name"], "Acme Rockets");
    let empty = first.send("PUT", "/api/me/organization", &json!({"name": " "}));
    assert_eq!((empty.status, empty.json()["error"]["field"].as_str()), (422, Some("name")));
}

#[test]
fn export_holds_my_data_and_delete_removes_it_all() {
    let email = unique_email("exported", "acme.com");
    let (client, id) = {
        let client = Client::signed_in(&email);
        let reply =
            client.send("PUT", "/api/me/profile", &json!({"display_name": "A new user", "bio": "Mine"}));
        let id = reply.json()["profile"]["id"].as_str().unwrap().to_string();
        (client, id)
    };
    let export = client.get("/api/me/export");
    assert_eq!(export.status, 200);
    let data = export.json();
    assert_eq!(data["user"]["email"], email.to_lowercase());
    assert_eq!(data["profile"]["bio"], "Mine");
    assert!(data["messages"].as_array().is_some_and(|m| !m.is_empty()), "the sign-in mail is mine");

    let cookie = client.cookie().unwrap();
    let deleted = client.request("DELETE", "/api/me", None, &[]);
    assert_eq!(deleted.status, 204);
    let replayed = Client::new().request("GET", "/api/me", None, &[("cookie", cookie.as_str())]);
    assert_eq!(replayed.status, 401, "sessions are gone");
    assert_eq!(Client::new().get(&format!("/api/mentors/{id}")).status, 404);
    let outbox = Client::new().get(&format!("/api/dev/outbox?to={}", email.to_lowercase()));
    assert_eq!(outbox.json()["messages"], json!([]), "mail to me is gone");

    let again = Client::signed_in(&email);
    let me = again.get("/api/me").json();
    assert_ne!(me["user"]["id"], id, "signing in again starts a new account");
    assert_eq!(me["profile"]["bio"], "");
}

#[test]
fn the_dev_outbox_lists_newest_first() {
    let email = unique_email("outbox", "acme.com");
    let client = Client::new();
    let first = client.request_code(&email);
    let second = client.request_code(&email);
    let reply = client.get(&format!("/api/dev/outbox?to={email}"));
    let messages = reply.json()["messages"].as_array().unwrap().clone();
    assert_eq!(messages.len(), 2);
    assert!(messages[0]["text"].as_str().unwrap().contains(&second));
    assert!(messages[1]["text"].as_str().unwrap().contains(&first));
    assert!(messages[0]["subject"].as_str().unwrap().contains("sign-in code"));
    assert_eq!(messages[0]["to"], email);
    let bad = client.get("/api/dev/outbox?to=nope");
    assert_eq!((bad.status, bad.json()["error"]["field"].as_str()), (400, Some("to")));
}

#[test]
fn the_scheduled_job_purges_expired_codes() {
    let email = unique_email("purged", "acme.com");
    let long_ago = jiff::Timestamp::now() - jiff::SignedDuration::from_mins(30);
    let at = |minutes: i64| (long_ago + jiff::SignedDuration::from_mins(minutes)).to_string();
    let asked = Client::new().request_with(
        "POST",
        "/api/auth/email-code",
        &json!({"email": email}),
        &[("x-quarterhour-now", &at(0))],
    );
    assert_eq!(asked.status, 202);
    let code = Client::latest_code(&email);
    crate::client::run_scheduled(None);
    // Back then the code was valid; now it is gone, so even then it no longer signs in.
    let verify = |minutes| {
        Client::new()
            .request_with(
                "POST",
                "/api/auth/verify",
                &json!({"email": email, "code": code}),
                &[("x-quarterhour-now", &at(minutes))],
            )
            .status
    };
    assert_eq!(verify(1), 401, "the expired code was purged");
}

#[test]
fn once_a_hide_has_answered_no_read_returns_the_profile() {
    let (owner, id) = profile_with("public", "acme.com");
    assert_eq!(Client::new().get(&format!("/api/mentors/{id}")).status, 200);
    let hidden_at = std::sync::Mutex::new(None::<std::time::Instant>);
    let reads: Vec<(std::time::Instant, u16)> = std::thread::scope(|scope| {
        let readers: Vec<_> = (0..30)
            .map(|_| {
                scope.spawn(|| {
                    let reader = Client::new();
                    (0..8)
                        .map(|_| {
                            let started = std::time::Instant::now();
                            (started, reader.get(&format!("/api/mentors/{id}")).status)
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        let reply = owner.send("PUT", "/api/me/profile", &json!({"visibility": "hidden"}));
        assert_eq!(reply.status, 200, "{}", reply.body);
        *hidden_at.lock().unwrap() = Some(std::time::Instant::now());
        readers.into_iter().flat_map(|r| r.join().unwrap()).collect()
    });
    let hidden_at = hidden_at.into_inner().unwrap().unwrap();
    let after: Vec<u16> = reads.iter().filter(|(started, _)| *started > hidden_at).map(|(_, s)| *s).collect();
    assert!(after.iter().all(|status| *status == 404), "{after:?}");
    assert_eq!(Client::new().get(&format!("/api/mentors/{id}")).status, 404);
}

#[test]
fn the_session_is_null_for_visitors_and_the_same_as_me_once_signed_in() {
    let anonymous = Client::new().get("/api/session");
    assert_eq!(anonymous.status, 200, "never a 401: {}", anonymous.body);
    assert_eq!(anonymous.json(), json!({"user": null}));

    let client = Client::signed_in(&unique_email("session", "acme.com"));
    let session = client.get("/api/session");
    assert_eq!(session.status, 200, "{}", session.body);
    let me = client.get("/api/me");
    assert_eq!(session.json()["user"], me.json(), "the same body as /api/me");

    assert_eq!(client.post_json("/api/auth/sign-out", &json!({})).status, 204);
    assert_eq!(client.get("/api/session").json(), json!({"user": null}), "after signing out");
}
