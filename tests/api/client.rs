//! A small HTTP client for the tests: one per simulated browser, carrying its session cookie.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, RwLock, RwLockReadGuard, RwLockWriteGuard};
use std::time::{SystemTime, UNIX_EPOCH};

use serde_json::Value;
use ureq::{Agent, http};

pub struct Client {
    base: String,
    agent: Agent,
    cookie: Mutex<Option<String>>,
    /// Who this client is to per-client limits (`x-quarterhour-client`, honoured only in
    /// development), so that tests running side by side do not share one budget.
    name: String,
}

/// What the server answered, read fully.
pub struct Reply {
    pub status: u16,
    pub headers: http::HeaderMap,
    pub body: String,
}

impl Reply {
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("body is not JSON ({e}): {}", self.body))
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    /// The `code` of an error envelope, after checking the envelope's shape.
    pub fn error_code(&self) -> String {
        let json = self.json();
        let error = json.get("error").unwrap_or_else(|| panic!("no error envelope: {}", self.body));
        assert!(error["message"].is_string(), "error without message: {}", self.body);
        error["code"].as_str().expect("error code is a string").to_string()
    }
}

/// Shows a per-client limit on `path`: one client's first `allowed` reads answer 200, the next is
/// 429 `rate_limited` with `Retry-After` (returned for more checks), and another client still
/// gets 200.
pub fn limited_per_client(path: &str, allowed: usize) -> Reply {
    let client = Client::new();
    for attempt in 0..allowed {
        let reply = client.get(path);
        assert_eq!(reply.status, 200, "read {attempt}: {}", reply.body);
    }
    let refused = client.get(path);
    assert_eq!((refused.status, refused.error_code().as_str()), (429, "rate_limited"), "{}", refused.body);
    assert!(refused.header("retry-after").is_some(), "Retry-After");
    assert_eq!(Client::new().get(path).status, 200, "another client is not held back");
    refused
}

/// Scheduled runs settle, remind and mail whatever is due at their clock, sessions other tests
/// are in the middle of making included. A run holds this for writing; making a session in the
/// past and reporting on it holds it for reading, so that no run falls between the two.
static SCHEDULER: RwLock<()> = RwLock::new(());

/// Runs the scheduled jobs, at the development clock `now` if given; the jobs' report.
pub fn run_scheduled(now: Option<&str>) -> Value {
    let alone = scheduler_alone();
    let headers: Vec<(&str, &str)> = now.map(|now| ("x-quarterhour-now", now)).into_iter().collect();
    run_scheduled_holding(&alone, &headers, &serde_json::json!({}))
}

/// Keeps every other scheduled run out while the guard lives, for tests that run several (or
/// run them as deployed).
pub fn scheduler_alone() -> RwLockWriteGuard<'static, ()> {
    SCHEDULER.write().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Runs the scheduled jobs with development headers (`x-quarterhour-now`,
/// `x-quarterhour-per-run`) and `body` while the caller holds the scheduler; the jobs' report.
pub fn run_scheduled_holding(
    _alone: &RwLockWriteGuard<'static, ()>,
    headers: &[(&str, &str)],
    body: &Value,
) -> Value {
    let reply = Client::new().request_with("POST", "/api/dev/run-scheduled", body, headers);
    assert_eq!(reply.status, 200, "{}", reply.body);
    reply.json()
}

/// Runs the scheduled jobs once for each clock (None: now), all at the same time; their reports.
pub fn run_scheduled_together(clocks: &[Option<String>]) -> Vec<Value> {
    let _alone = SCHEDULER.write().unwrap_or_else(|poisoned| poisoned.into_inner());
    let start = std::sync::Barrier::new(clocks.len());
    std::thread::scope(|scope| {
        let runs: Vec<_> = clocks
            .iter()
            .map(|now| {
                let start = &start;
                scope.spawn(move || {
                    let headers: Vec<(&str, &str)> =
                        now.as_deref().map(|now| ("x-quarterhour-now", now)).into_iter().collect();
                    let client = Client::new();
                    start.wait();
                    let reply = client.request_with(
                        "POST",
                        "/api/dev/run-scheduled",
                        &serde_json::json!({}),
                        &headers,
                    );
                    assert_eq!(reply.status, 200, "{}", reply.body);
                    reply.json()
                })
            })
            .collect();
        runs.into_iter().map(|run| run.join().unwrap()).collect()
    })
}

/// Keeps scheduled runs out while the guard lives.
pub fn between_scheduled_runs() -> RwLockReadGuard<'static, ()> {
    SCHEDULER.read().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// What `probe` gives once it gives something: work a queue's consumer does within seconds. A
/// minute without is a failure, reported with `what` and the last answer.
pub fn eventually<T: std::fmt::Debug>(what: &str, mut probe: impl FnMut() -> Result<T, T>) -> T {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    loop {
        match probe() {
            Ok(done) => return done,
            Err(last) => assert!(std::time::Instant::now() < deadline, "{what} after a minute: {last:?}"),
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
}

pub fn base_url() -> String {
    std::env::var("QH_BASE_URL")
        .expect("QH_BASE_URL is not set: run the API tests through `make test`")
        .trim_end_matches('/')
        .to_string()
}

/// A suffix no other test in this run (or an earlier run against the same state) uses.
pub fn unique_suffix() -> String {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let nanos = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_nanos()).unwrap_or_default();
    format!("{}{}", nanos % 1_000_000_000_000, COUNTER.fetch_add(1, Ordering::Relaxed))
}

pub fn unique_email(name: &str, domain: &str) -> String {
    format!("{name}.{}@{domain}", unique_suffix())
}

impl Client {
    /// A client signed in as `email`, reading the code from the development outbox.
    pub fn signed_in(email: &str) -> Self {
        let client = Self::new();
        let code = client.request_code(email);
        let reply = client.post_json("/api/auth/verify", &serde_json::json!({"email": email, "code": code}));
        assert_eq!(reply.status, 200, "sign-in as {email}: {}", reply.body);
        client
    }

    /// Asks for a sign-in code and returns it, as read from the development outbox.
    pub fn request_code(&self, email: &str) -> String {
        let reply = self.post_json("/api/auth/email-code", &serde_json::json!({"email": email}));
        assert_eq!(reply.status, 202, "{}", reply.body);
        Self::latest_code(email)
    }

    /// The code in the newest mail to `email`, as read from the development outbox: its one run
    /// of six digits, in whichever language the mail is.
    pub fn latest_code(email: &str) -> String {
        let outbox = Self::new().get(&format!("/api/dev/outbox?to={}", email.to_lowercase()));
        let text = outbox.json()["messages"][0]["text"].as_str().unwrap_or_default().to_string();
        let code = text
            .split(|c: char| !c.is_ascii_digit())
            .find(|run| run.len() == 6)
            .unwrap_or_default()
            .to_string();
        assert_eq!(code.len(), 6, "no code in the mail: {text}");
        code
    }

    /// The session cookie (`name=value`) this client holds, if signed in.
    pub fn cookie(&self) -> Option<String> {
        self.cookie.lock().unwrap().clone()
    }

    /// An RFC 3339 instant `minutes` from now, for the development-only clock header.
    pub fn travel_to_minutes_ahead(&self, minutes: i64) -> String {
        (jiff::Timestamp::now() + jiff::SignedDuration::from_mins(minutes)).to_string()
    }

    pub fn request_with(&self, method: &str, path: &str, body: &Value, headers: &[(&str, &str)]) -> Reply {
        let bytes = serde_json::to_vec(body).expect("serialisable body");
        let mut all = vec![("content-type", "application/json")];
        all.extend_from_slice(headers);
        self.request(method, path, Some(bytes), &all)
    }

    pub fn new() -> Self {
        let agent = Agent::config_builder().http_status_as_error(false).max_redirects(0).build().into();
        Self { base: base_url(), agent, cookie: Mutex::new(None), name: format!("test-{}", unique_suffix()) }
    }

    pub fn get(&self, path: &str) -> Reply {
        self.request("GET", path, None, &[])
    }

    pub fn post_json(&self, path: &str, body: &Value) -> Reply {
        self.send("POST", path, body)
    }

    pub fn send(&self, method: &str, path: &str, body: &Value) -> Reply {
        let bytes = serde_json::to_vec(body).expect("serialisable body");
        self.request(method, path, Some(bytes), &[("content-type", "application/json")])
    }

    /// Any request; remembers a session cookie the server sets, and sends it back.
    pub fn request(
        &self,
        method: &str,
        path: &str,
        body: Option<Vec<u8>>,
        headers: &[(&str, &str)],
    ) -> Reply {
        let url = format!("{}{}", self.base, path);
        let mut request = http::Request::builder().method(method).uri(&url);
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        if let Some(cookie) = self.cookie.lock().unwrap().as_ref() {
            request = request.header("cookie", cookie.as_str());
        }
        if !headers.iter().any(|(name, _)| name.eq_ignore_ascii_case("x-quarterhour-client")) {
            request = request.header("x-quarterhour-client", self.name.as_str());
        }
        let request = request.body(body.unwrap_or_default()).expect("valid request");
        let mut response = self.agent.run(request).unwrap_or_else(|e| panic!("{method} {url}: {e}"));
        if let Some(set_cookie) = response.headers().get("set-cookie").and_then(|v| v.to_str().ok()) {
            let pair = set_cookie.split(';').next().unwrap_or_default().to_string();
            let cleared = pair.ends_with('=');
            *self.cookie.lock().unwrap() = if cleared { None } else { Some(pair) };
        }
        Reply {
            status: response.status().as_u16(),
            headers: response.headers().clone(),
            body: response.body_mut().read_to_string().unwrap_or_default(),
        }
    }
}
