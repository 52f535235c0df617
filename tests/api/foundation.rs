//! The skeleton every endpoint relies on: health, routing errors, body limits, headers, OpenAPI.

use domain::routes::ROUTES;

use crate::client::{Client, Reply};

#[test]
fn health_reports_ok_and_the_build_version() {
    let reply = Client::new().get("/api/health");
    assert_eq!(reply.status, 200);
    assert_eq!(reply.json(), serde_json::json!({"status": "ok", "version": domain::VERSION}));
    assert!(reply.header("content-type").unwrap_or_default().starts_with("application/json"));
}

#[test]
fn unknown_api_paths_are_404_in_the_envelope() {
    let reply = Client::new().get("/api/no-such-thing");
    assert_eq!(reply.status, 404);
    assert_eq!(reply.error_code(), "not_found");
}

#[test]
fn a_wrong_method_is_405_with_allow() {
    let reply = Client::new().request("DELETE", "/api/health", None, &[]);
    assert_eq!(reply.status, 405);
    assert_eq!(reply.error_code(), "method_not_allowed");
    assert_eq!(reply.header("allow"), Some("GET, HEAD"));
    // A fixed path has its own methods only, not those of a placeholder beside it.
    let fixed = Client::new().request("OPTIONS", "/api/requests/for-me", None, &[]);
    assert_eq!((fixed.status, fixed.header("allow")), (405, Some("GET, HEAD")));
    let both = Client::new().request("OPTIONS", "/api/me", None, &[]);
    assert_eq!(both.header("allow"), Some("GET, HEAD, DELETE"));
}

#[test]
fn an_errors_message_follows_accept_language_and_its_code_and_field_do_not() {
    fn in_language(language: &str) -> [(&str, &str); 1] {
        [("accept-language", language)]
    }
    let spanish =
        Client::new().request("GET", "/api/no-such-thing", None, &in_language("es-MX,es;q=0.9,en;q=0.5"));
    assert_eq!((spanish.status, spanish.error_code()), (404, "not_found".to_string()));
    assert_eq!(spanish.json()["error"]["message"], "No hay nada aquí, o nada que puedas ver.");
    assert_eq!(spanish.header("content-language"), Some("es"));
    assert_eq!(spanish.header("vary"), Some("accept-language"));

    let wrong = serde_json::json!({"email": 5});
    let french = Client::new().request_with("POST", "/api/auth/email-code", &wrong, &in_language("fr-CA"));
    assert_eq!(french.status, 422, "{}", french.body);
    let error = &french.json()["error"];
    assert_eq!((error["code"].as_str(), error["field"].as_str()), (Some("validation_failed"), Some("email")));
    assert_eq!(
        error["message"],
        "Vérifiez le champ « email » : il manque, ne fait pas partie de cette requête ou sa valeur n’est pas acceptée."
    );
    let arabic = Client::new().request_with("POST", "/api/auth/email-code", &wrong, &in_language("ar"));
    let message = arabic.json()["error"]["message"].as_str().unwrap_or_default().to_string();
    assert!(message.starts_with("راجع الحقل «\u{2068}email\u{2069}»:"), "{message}");
    assert_eq!(arabic.header("content-language"), Some("ar"));

    // The English detail for English, for a language the API does not speak and for none.
    for language in ["en-GB", "ja", ""] {
        let reply =
            Client::new().request_with("POST", "/api/auth/email-code", &wrong, &in_language(language));
        let message = reply.json()["error"]["message"].as_str().unwrap_or_default().to_string();
        assert!(message.starts_with("This field has the wrong type or value"), "{language:?}: {message}");
        assert_eq!(reply.header("content-language"), Some("en"), "{language:?}");
    }
    // What else an error carries stays: a wrong method still says what is allowed.
    let german = Client::new().request("DELETE", "/api/health", None, &in_language("de"));
    assert_eq!((german.status, german.header("allow")), (405, Some("GET, HEAD")));
    assert_eq!(german.json()["error"]["message"], "Diese Adresse nimmt diese Methode nicht an.");
}

#[test]
fn head_is_answered_wherever_get_is_without_a_body() {
    for path in ["/api/health", "/api/mentors?limit=1", "/api/openapi.json", "/api/no-such-thing", "/api/me"]
    {
        let get = Client::new().get(path);
        let head = Client::new().request("HEAD", path, None, &[]);
        assert_eq!(head.status, get.status, "{path}");
        assert_eq!(head.body, "", "{path}");
        assert_eq!(head.header("content-type"), get.header("content-type"), "{path}");
    }
    let post_only = Client::new().request("HEAD", "/api/auth/email-code", None, &[]);
    assert_eq!((post_only.status, post_only.header("allow")), (405, Some("POST")));
}

fn assert_security_headers(path: &str) {
    let reply = Client::new().get(path);
    let csp = reply.header("content-security-policy").unwrap_or_else(|| panic!("{path}: no CSP"));
    assert!(csp.contains("frame-ancestors 'none'"), "{path}: {csp}");
    assert_eq!(reply.header("x-content-type-options"), Some("nosniff"), "{path}");
    assert!(reply.header("referrer-policy").is_some(), "{path}: no Referrer-Policy");
    assert_eq!(reply.header("cross-origin-opener-policy"), Some("same-origin"), "{path}");
    let permissions =
        reply.header("permissions-policy").unwrap_or_else(|| panic!("{path}: no Permissions-Policy"));
    assert!(
        permissions.contains("camera=()") && permissions.contains("geolocation=()"),
        "{path}: {permissions}"
    );
}

#[test]
fn every_kind_of_response_carries_the_security_headers() {
    for path in
        ["/api/health", "/api/no-such-thing", "/", "/some/app/route", "/mentors", "/app.css", "/robots.txt"]
    {
        assert_security_headers(path);
    }
}

#[test]
fn the_app_shell_may_run_wasm_and_nothing_foreign() {
    let reply = Client::new().get("/");
    assert_eq!(reply.status, 200);
    let csp = reply.header("content-security-policy").unwrap_or_default();
    assert!(csp.contains("script-src 'self' 'wasm-unsafe-eval'"), "{csp}");
    assert!(!csp.contains("unsafe-inline"), "{csp}");
    assert!(reply.body.contains("/boot.js"));
}

#[test]
fn a_builds_code_is_named_by_its_hash_and_cached_for_good() {
    let shell = Client::new().get("/").body;
    let start = shell.find("/pkg/").expect("the shell names its build's code");
    let script: String = shell[start..].chars().take_while(|c| !matches!(c, '"' | '\'')).collect();
    assert!(script.ends_with("/app.js") && script.len() > "/pkg//app.js".len(), "{script}");
    for path in [script.clone(), script.replace("/app.js", "/app_bg.wasm")] {
        let reply = Client::new().get(&path);
        assert_eq!(reply.status, 200, "{path}");
        let cache = reply.header("cache-control").unwrap_or_default();
        assert!(cache.contains("immutable") && cache.contains("max-age=31536000"), "{path}: {cache}");
    }
    let index = Client::new().get("/").header("cache-control").unwrap_or_default().to_string();
    assert!(!index.contains("immutable"), "the shell itself must be revalidated: {index}");
}

#[test]
fn unknown_app_routes_are_404_with_the_shell_so_the_app_can_show_its_page() {
    for path in ["/no/such/page", "/mentors/", "/requests/r1/x", "/dev/mailbox/x"] {
        let reply = Client::new().get(path);
        assert_eq!(reply.status, 404, "{path}");
        assert!(reply.header("content-type").unwrap().starts_with("text/html"), "{path}");
        assert!(reply.body.contains("<title>Page not found · Quarterhour</title>"), "{path}");
        assert!(reply.body.contains("<h1>Page not found</h1>") && reply.body.contains("/boot.js"), "{path}");
    }
    for path in ["/mentors", "/match", "/requests/new", "/sessions", "/organizations/acme.com/insights"] {
        let reply = Client::new().get(path);
        assert_eq!(reply.status, 200, "{path}");
        assert!(reply.body.contains("/boot.js"), "{path}");
    }
    let head = Client::new().request("HEAD", "/no/such/page", None, &[]);
    assert_eq!((head.status, head.body.as_str()), (404, ""));
    let post = Client::new().request("POST", "/mentors", None, &[("origin", &crate::client::base_url())]);
    assert_eq!((post.status, post.header("allow")), (405, Some("GET, HEAD")));
}

#[test]
fn pages_the_worker_answers_carry_the_same_headers_as_the_shell_file() {
    let names = [
        "content-security-policy",
        "x-content-type-options",
        "referrer-policy",
        "x-frame-options",
        "permissions-policy",
        "cross-origin-opener-policy",
    ];
    let file = Client::new().get("/");
    for path in ["/mentors", "/no/such/page"] {
        let page = Client::new().get(path);
        for name in names {
            assert!(file.header(name).is_some(), "/ has no {name}");
            assert_eq!(page.header(name), file.header(name), "{path}: {name}");
        }
    }
}

#[test]
fn openapi_document_lists_every_route() {
    let reply = Client::new().get("/api/openapi.json");
    assert_eq!(reply.status, 200);
    let doc = reply.json();
    assert!(doc["openapi"].as_str().unwrap_or_default().starts_with("3."), "not OpenAPI 3");
    // The API and the calendar feed; not what crawlers read at the root (robots.txt, sitemaps).
    for route in ROUTES.iter().filter(|r| r.path.starts_with("/api/") || r.path.starts_with("/cal/")) {
        let method = route.method.as_str().to_lowercase();
        assert!(
            doc["paths"][route.path][&method].is_object(),
            "{} {} is missing from /api/openapi.json",
            route.method.as_str(),
            route.path
        );
    }
}

#[test]
fn malformed_json_is_400_invalid_json() {
    let client = Client::new();
    for body in ["{", "not json", "{\"email\": }", ""] {
        let reply = client.request(
            "POST",
            "/api/auth/email-code",
            Some(body.as_bytes().to_vec()),
            &[("content-type", "application/json")],
        );
        assert_eq!(reply.status, 400, "{body:?}: {}", reply.body);
        assert_eq!(reply.error_code(), "invalid_json");
    }
}

#[test]
fn a_body_over_64_kib_is_413() {
    let padding = "x".repeat(64 * 1024);
    let body = serde_json::to_vec(&serde_json::json!({"email": "a@acme.com", "padding": padding})).unwrap();
    let reply = Client::new().request(
        "POST",
        "/api/auth/email-code",
        Some(body),
        &[("content-type", "application/json")],
    );
    assert_eq!(reply.status, 413);
    assert_eq!(reply.error_code(), "payload_too_large");
}

#[test]
fn unknown_methods_are_405_not_routed_as_get() {
    // Raw HTTP: the client library refuses to send an unregistered method such as QUERY.
    use std::io::{Read, Write};
    let base = crate::client::base_url();
    let host = base.trim_start_matches("http://");
    let mut stream = std::net::TcpStream::connect(host).unwrap();
    write!(stream, "QUERY /api/health HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n").unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    assert!(response.starts_with("HTTP/1.1 405"), "{response}");
    assert!(response.contains("\"method_not_allowed\""), "{response}");
}

/// Every route that takes an id, with each id replaced by `bad`.
fn paths_with_id(bad: &str) -> Vec<(&'static str, String)> {
    ROUTES
        .iter()
        .filter(|route| route.path.contains('{'))
        .map(|route| {
            let path = route
                .path
                .split('/')
                .map(|segment| if segment.starts_with('{') { bad } else { segment })
                .collect::<Vec<_>>()
                .join("/");
            (route.method.as_str(), path)
        })
        .collect()
}

#[test]
fn ids_that_cannot_exist_are_404_on_every_route_that_takes_one() {
    let client = Client::signed_in(&crate::client::unique_email("prober", "acme.com"));
    let long = "a".repeat(5_000);
    for bad in [long.as_str(), "%00", "%27", "'"] {
        for (method, path) in paths_with_id(bad) {
            let reply = client.request_with(method, &path, &serde_json::json!({}), &[]);
            assert_eq!(reply.status, 404, "{method} {}: {}", &path[..path.len().min(80)], reply.body);
            assert_eq!(reply.error_code(), "not_found", "{method} {}", &path[..path.len().min(80)]);
        }
    }
}

#[test]
fn search_text_of_any_shape_is_answered_without_a_server_error() {
    let words = "a b c d e f g h i j k l m n o p";
    for q in ["*", "%22", "NEAR(", "AND", "%00", "-", words] {
        let reply = Client::new().get(&format!("/api/mentors?q={}", q.replace(' ', "+")));
        assert_eq!(reply.status, 200, "q={q}: {}", reply.body);
        assert!(reply.json()["mentors"].is_array(), "q={q}");
    }
}

/// Everywhere a client sends a time: a mentor with open slots and rules to edit, a mentee with a
/// booking with them, and a question the mentor may offer a slot on.
struct TimeFields {
    mentor: Client,
    mentor_id: String,
    mentee: Client,
    booking: String,
    request: String,
}

impl TimeFields {
    fn new() -> Self {
        let (mentor, mentor_id) = crate::bookings::open_mentor(serde_json::json!({}));
        let mentee = Client::signed_in(&crate::client::unique_email("mentee", "globex.com"));
        let named = mentee.send("PUT", "/api/me/profile", &serde_json::json!({"display_name": "A new user"}));
        assert_eq!(named.status, 200, "{}", named.body);
        let booked = mentee.post_json(
            "/api/bookings",
            &serde_json::json!({"mentor_id": mentor_id, "start": crate::bookings::quarter_hour_in(30), "agenda": "Review my CV"}),
        );
        assert_eq!(booked.status, 201, "{}", booked.body);
        let asked = mentee.post_json(
            "/api/requests",
            &serde_json::json!({"title": "How do I plan a migration?", "body": "A big one.", "expertise": ["planning"], "format": "call"}),
        );
        assert_eq!(asked.status, 201, "{}", asked.body);
        TimeFields {
            booking: booked.json()["booking"]["id"].as_str().unwrap().to_string(),
            request: asked.json()["request"]["id"].as_str().unwrap().to_string(),
            mentor,
            mentor_id,
            mentee,
        }
    }

    /// Sends `at` to every query parameter and body field that takes a time (its date to those
    /// that take a date); each answer with the route and the field it must name.
    fn send(&self, at: &str) -> Vec<(String, &'static str, Reply)> {
        let query = encoded(at);
        let date = at.split('T').next().unwrap_or_default();
        let slots = |name: &str| format!("/api/mentors/{}/slots?{name}={query}", self.mentor_id);
        // Rules that are refused leave the mentor's slots as they were.
        let rules = |field: &str, value: &str| {
            self.mentor.send("PUT", "/api/me/availability", &serde_json::json!({ field: [value] }))
        };
        vec![
            (slots("from"), "from", Client::new().get(&slots("from"))),
            (slots("to"), "to", Client::new().get(&slots("to"))),
            (
                "explain".into(),
                "start",
                self.mentor.get(&format!("/api/me/availability/explain?start={query}")),
            ),
            (
                "book".into(),
                "start",
                self.mentee.post_json(
                    "/api/bookings",
                    &serde_json::json!({"mentor_id": self.mentor_id, "start": at, "agenda": "Review my CV"}),
                ),
            ),
            (
                "reschedule".into(),
                "start",
                self.mentee.post_json(
                    &format!("/api/bookings/{}/reschedule", self.booking),
                    &serde_json::json!({ "start": at }),
                ),
            ),
            (
                "offer".into(),
                "slot_start",
                self.mentor.post_json(
                    &format!("/api/requests/{}/offers", self.request),
                    &serde_json::json!({"kind": "slot", "slot_start": at}),
                ),
            ),
            ("one-off slot".into(), "one_off", rules("one_off", at)),
            (format!("blocked date {date}"), "blocked_dates", rules("blocked_dates", date)),
        ]
    }
}

/// `text` as a query value: everything but unreserved characters percent-encoded.
fn encoded(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b':' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

const END_OF_TIME: [&str; 6] = [
    "9999-12-31T23:45:00Z",
    "9999-12-30T00:00:00Z",
    "0001-01-01T00:00:00Z",
    "-009999-01-01T00:00:00Z",
    // Real times, just beyond a year back and two years ahead.
    "2000-01-01T00:00:00Z",
    "2090-01-01T00:00:00Z",
];

#[test]
fn instants_near_the_end_of_time_are_422_with_the_field() {
    let fields = TimeFields::new();
    for at in END_OF_TIME {
        for (route, field, reply) in fields.send(at) {
            assert_eq!(
                (reply.status, reply.error_code().as_str(), reply.json()["error"]["field"].as_str()),
                (422, "validation_failed", Some(field)),
                "{route} with {at}: {}",
                reply.body
            );
        }
    }
    let slots = fields.mentor.get(&format!("/api/mentors/{}/slots", fields.mentor_id));
    assert!(!slots.json()["slots"].as_array().unwrap().is_empty(), "refused rules changed nothing");
}

#[test]
fn instants_of_any_shape_are_answered_without_a_server_error() {
    let fields = TimeFields::new();
    let shapes =
        ["2026-02-30T10:00:00Z", "2026-13-01T10:00:00Z", "2026-12-01 10:00:00", "tomorrow", "", "%00", "1e9"];
    for at in END_OF_TIME.iter().chain(&shapes) {
        for (route, field, reply) in fields.send(at) {
            assert!(
                matches!(reply.status, 400 | 422),
                "{route} with {at:?}: {} {}",
                reply.status,
                reply.body
            );
            assert_eq!(reply.json()["error"]["field"].as_str(), Some(field), "{route} with {at:?}");
        }
    }
}
