//! The API's route table: every `/api` path and method the worker answers.
//!
//! The worker dispatches on [`Endpoint`] with an exhaustive `match`, so a route cannot exist
//! without a handler, and the integration tests check the OpenAPI document against [`ROUTES`],
//! so a route cannot exist without documentation.

#[cfg(feature = "openapi")]
pub mod operations;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    Get,
    Post,
    Put,
    Patch,
    Delete,
}

impl Method {
    pub fn parse(method: &str) -> Option<Self> {
        match method {
            "GET" => Some(Self::Get),
            "POST" => Some(Self::Post),
            "PUT" => Some(Self::Put),
            "PATCH" => Some(Self::Patch),
            "DELETE" => Some(Self::Delete),
            _ => None,
        }
    }

    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Get => "GET",
            Self::Post => "POST",
            Self::Put => "PUT",
            Self::Patch => "PATCH",
            Self::Delete => "DELETE",
        }
    }

    /// Whether requests with this method change state, and so must pass the Origin check.
    pub const fn is_state_changing(self) -> bool {
        !matches!(self, Self::Get)
    }
}

/// What a request is for, once its method and path are known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Endpoint {
    Health,
    OpenApi,
    RequestEmailCode,
    VerifyEmailCode,
    SignOut,
    SignOutEverywhere,
    Session,
    Me,
    DeleteMe,
    ExportMe,
    UpdateProfile,
    RenameOrganization,
    Mentor,
    SearchMentors,
    DevOutbox,
    DevSeed,
    DevRunScheduled,
    DevMailDelivery,
    DevRouteMailApi,
    DevMailApiPost,
    DevMailApiSent,
    DevCacheWrites,
    DevSeedInsights,
    GetAvailability,
    PutAvailability,
    CalendarFeed,
    RotateCalendarFeed,
    DeleteCalendarFeed,
    CalendarFeedIcs,
    /// One of the app's pages (not in [`ROUTES`]: see [`crate::pages`]).
    Page,
    Robots,
    SitemapIndex,
    Sitemap,
    BusyCalendars,
    PutBusyCalendars,
    ExplainSlot,
    StartFreeNow,
    EndFreeNow,
    MentorSlots,
    CreateBooking,
    MyBookings,
    CancelBooking,
    RescheduleBooking,
    BookingInvite,
    CreateRequest,
    RequestsForMe,
    GetRequest,
    EditRequest,
    MyRequests,
    CreateOffer,
    AcceptOffer,
    CloseRequest,
    MyThreads,
    ThreadMessages,
    PostMessage,
    Matches,
    ReportAttendance,
    BookingFeedback,
    GiveBookingFeedback,
    RequestFeedback,
    GiveRequestFeedback,
    ResumeMentoring,
    MyOutcome,
    RecordOutcome,
    MyImpact,
    MyGrowth,
    MyGrowthMarkdown,
    OrganizationInsights,
    OrganizationInsightsCsv,
    NetworkInsights,
    InsightsPreference,
    SetInsightsPreference,
}

#[derive(Debug, Clone, Copy)]
pub struct Route {
    pub method: Method,
    /// A path pattern; `{name}` matches one non-empty segment.
    pub path: &'static str,
    pub endpoint: Endpoint,
}

const fn route(method: Method, path: &'static str, endpoint: Endpoint) -> Route {
    Route { method, path, endpoint }
}

pub const ROUTES: &[Route] = &[
    route(Method::Get, "/api/health", Endpoint::Health),
    route(Method::Get, "/api/openapi.json", Endpoint::OpenApi),
    route(Method::Post, "/api/auth/email-code", Endpoint::RequestEmailCode),
    route(Method::Post, "/api/auth/verify", Endpoint::VerifyEmailCode),
    route(Method::Post, "/api/auth/sign-out", Endpoint::SignOut),
    route(Method::Post, "/api/auth/sign-out-everywhere", Endpoint::SignOutEverywhere),
    route(Method::Get, "/api/session", Endpoint::Session),
    route(Method::Get, "/api/me", Endpoint::Me),
    route(Method::Delete, "/api/me", Endpoint::DeleteMe),
    route(Method::Get, "/api/me/export", Endpoint::ExportMe),
    route(Method::Put, "/api/me/profile", Endpoint::UpdateProfile),
    route(Method::Put, "/api/me/organization", Endpoint::RenameOrganization),
    route(Method::Get, "/api/mentors", Endpoint::SearchMentors),
    route(Method::Get, "/api/mentors/{id}", Endpoint::Mentor),
    route(Method::Get, "/api/dev/outbox", Endpoint::DevOutbox),
    route(Method::Post, "/api/dev/seed", Endpoint::DevSeed),
    route(Method::Post, "/api/dev/run-scheduled", Endpoint::DevRunScheduled),
    route(Method::Put, "/api/dev/mail-delivery", Endpoint::DevMailDelivery),
    route(Method::Put, "/api/dev/mail-api", Endpoint::DevRouteMailApi),
    route(Method::Post, "/api/dev/mail-api", Endpoint::DevMailApiPost),
    route(Method::Get, "/api/dev/mail-api", Endpoint::DevMailApiSent),
    route(Method::Put, "/api/dev/cache-writes", Endpoint::DevCacheWrites),
    route(Method::Post, "/api/dev/seed-insights", Endpoint::DevSeedInsights),
    route(Method::Get, "/api/me/availability", Endpoint::GetAvailability),
    route(Method::Put, "/api/me/availability", Endpoint::PutAvailability),
    route(Method::Get, "/api/mentors/{id}/slots", Endpoint::MentorSlots),
    route(Method::Post, "/api/bookings", Endpoint::CreateBooking),
    route(Method::Get, "/api/me/bookings", Endpoint::MyBookings),
    route(Method::Post, "/api/bookings/{id}/cancel", Endpoint::CancelBooking),
    route(Method::Post, "/api/bookings/{id}/reschedule", Endpoint::RescheduleBooking),
    route(Method::Get, "/api/bookings/{id}/invite.ics", Endpoint::BookingInvite),
    route(Method::Post, "/api/requests", Endpoint::CreateRequest),
    // Before `/api/requests/{id}`, which would otherwise take "for-me" as an id.
    route(Method::Get, "/api/requests/for-me", Endpoint::RequestsForMe),
    route(Method::Get, "/api/requests/{id}", Endpoint::GetRequest),
    route(Method::Patch, "/api/requests/{id}", Endpoint::EditRequest),
    route(Method::Get, "/api/me/requests", Endpoint::MyRequests),
    route(Method::Post, "/api/requests/{id}/offers", Endpoint::CreateOffer),
    route(Method::Post, "/api/requests/{id}/offers/{offer_id}/accept", Endpoint::AcceptOffer),
    route(Method::Post, "/api/requests/{id}/close", Endpoint::CloseRequest),
    route(Method::Get, "/api/me/threads", Endpoint::MyThreads),
    route(Method::Get, "/api/threads/{id}/messages", Endpoint::ThreadMessages),
    route(Method::Post, "/api/threads/{id}/messages", Endpoint::PostMessage),
    route(Method::Post, "/api/matches", Endpoint::Matches),
    route(Method::Post, "/api/bookings/{id}/attendance", Endpoint::ReportAttendance),
    route(Method::Get, "/api/bookings/{id}/feedback", Endpoint::BookingFeedback),
    route(Method::Put, "/api/bookings/{id}/feedback", Endpoint::GiveBookingFeedback),
    route(Method::Get, "/api/requests/{id}/feedback", Endpoint::RequestFeedback),
    route(Method::Put, "/api/requests/{id}/feedback", Endpoint::GiveRequestFeedback),
    route(Method::Post, "/api/me/resume", Endpoint::ResumeMentoring),
    route(Method::Get, "/api/outcomes/{kind}/{id}", Endpoint::MyOutcome),
    route(Method::Put, "/api/outcomes/{kind}/{id}", Endpoint::RecordOutcome),
    route(Method::Get, "/api/me/impact", Endpoint::MyImpact),
    route(Method::Get, "/api/me/growth", Endpoint::MyGrowth),
    route(Method::Get, "/api/me/growth.md", Endpoint::MyGrowthMarkdown),
    route(Method::Get, "/api/organizations/{domain}/insights", Endpoint::OrganizationInsights),
    route(Method::Get, "/api/organizations/{domain}/insights.csv", Endpoint::OrganizationInsightsCsv),
    route(Method::Get, "/api/insights", Endpoint::NetworkInsights),
    route(Method::Get, "/api/me/insights-preference", Endpoint::InsightsPreference),
    route(Method::Put, "/api/me/insights-preference", Endpoint::SetInsightsPreference),
    route(Method::Get, "/api/me/calendar-feed", Endpoint::CalendarFeed),
    route(Method::Post, "/api/me/calendar-feed", Endpoint::RotateCalendarFeed),
    route(Method::Delete, "/api/me/calendar-feed", Endpoint::DeleteCalendarFeed),
    route(Method::Get, "/cal/{token}.ics", Endpoint::CalendarFeedIcs),
    route(Method::Get, "/robots.txt", Endpoint::Robots),
    route(Method::Get, "/sitemap.xml", Endpoint::SitemapIndex),
    route(Method::Get, "/sitemap/{page}.xml", Endpoint::Sitemap),
    route(Method::Get, "/api/me/busy-calendars", Endpoint::BusyCalendars),
    route(Method::Put, "/api/me/busy-calendars", Endpoint::PutBusyCalendars),
    route(Method::Get, "/api/me/availability/explain", Endpoint::ExplainSlot),
    route(Method::Post, "/api/me/free-now", Endpoint::StartFreeNow),
    route(Method::Delete, "/api/me/free-now", Endpoint::EndFreeNow),
];

/// Values taken from `{name}` segments of the matched pattern.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct PathParams<'a>(Vec<(&'static str, &'a str)>);

impl<'a> PathParams<'a> {
    pub fn get(&self, name: &str) -> Option<&'a str> {
        self.0.iter().find(|(key, _)| *key == name).map(|(_, value)| *value)
    }
}

#[derive(Debug, PartialEq, Eq)]
pub enum Resolution<'a> {
    Found(Endpoint, PathParams<'a>),
    /// The path exists, but not with this method; these are the methods it has.
    MethodNotAllowed(Vec<&'static str>),
    NotFound,
}

/// Finds the route for a request. A path is the pattern with the fewest placeholders that it
/// matches (`/api/requests/for-me`, not `/api/requests/{id}`), and only that pattern's methods
/// are allowed on it. `HEAD` is answered wherever `GET` is (the caller drops the body).
pub fn resolve<'a>(method: &str, path: &'a str) -> Resolution<'a> {
    let method = if method == "HEAD" { "GET" } else { method };
    let Some(pattern) = ROUTES
        .iter()
        .filter(|route| match_path(route.path, path).is_some())
        .min_by_key(|route| route.path.matches('{').count())
        .map(|route| route.path)
    else {
        return Resolution::NotFound;
    };
    let mut allowed = Vec::new();
    for route in ROUTES.iter().filter(|route| route.path == pattern) {
        if route.method.as_str() == method
            && let Some(params) = match_path(route.path, path)
        {
            return Resolution::Found(route.endpoint, params);
        }
        allowed.push(route.method.as_str());
        if route.method == Method::Get {
            allowed.push("HEAD");
        }
    }
    Resolution::MethodNotAllowed(allowed)
}

pub(crate) fn match_path<'a>(pattern: &'static str, path: &'a str) -> Option<PathParams<'a>> {
    let mut params = Vec::new();
    let mut wanted = pattern.split('/');
    let mut given = path.split('/');
    loop {
        match (wanted.next(), given.next()) {
            (None, None) => return Some(PathParams(params)),
            (Some(want), Some(got)) => {
                // `{name}` or `{name}.ext`: the value is the segment without the extension.
                if let Some((name, extension)) = want.strip_prefix('{').and_then(|w| w.split_once('}')) {
                    let value = got.strip_suffix(extension)?;
                    if value.is_empty() {
                        return None;
                    }
                    params.push((name, value));
                } else if want != got {
                    return None;
                }
            }
            _ => return None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact_paths_resolve_to_their_endpoint() {
        assert_eq!(resolve("GET", "/api/health"), Resolution::Found(Endpoint::Health, PathParams::default()));
    }

    #[test]
    fn a_known_path_with_another_method_is_not_allowed() {
        assert_eq!(resolve("POST", "/api/health"), Resolution::MethodNotAllowed(vec!["GET", "HEAD"]));
        assert_eq!(resolve("PUT", "/api/me"), Resolution::MethodNotAllowed(vec!["GET", "HEAD", "DELETE"]));
    }

    #[test]
    fn head_is_answered_wherever_get_is() {
        assert_eq!(
            resolve("HEAD", "/api/health"),
            Resolution::Found(Endpoint::Health, PathParams::default())
        );
        assert!(matches!(resolve("HEAD", "/cal/abc.ics"), Resolution::Found(Endpoint::CalendarFeedIcs, _)));
        assert_eq!(resolve("HEAD", "/api/auth/sign-out"), Resolution::MethodNotAllowed(vec!["POST"]));
    }

    #[test]
    fn a_parameter_may_carry_an_extension() {
        let Resolution::Found(Endpoint::CalendarFeedIcs, params) = resolve("GET", "/cal/abc.ics") else {
            panic!("no match");
        };
        assert_eq!(params.get("token"), Some("abc"));
        assert_eq!(resolve("GET", "/cal/abc"), Resolution::NotFound);
        assert_eq!(resolve("GET", "/cal/.ics"), Resolution::NotFound);
    }

    #[test]
    fn path_parameters_are_captured() {
        let Resolution::Found(Endpoint::Mentor, params) = resolve("GET", "/api/mentors/u123") else {
            panic!("no match");
        };
        assert_eq!(params.get("id"), Some("u123"));
    }

    #[test]
    fn fixed_segments_win_over_placeholders_listed_after_them() {
        assert!(matches!(
            resolve("GET", "/api/requests/for-me"),
            Resolution::Found(Endpoint::RequestsForMe, _)
        ));
        assert!(matches!(resolve("GET", "/api/requests/r1"), Resolution::Found(Endpoint::GetRequest, _)));
        // The fixed path has only its own methods: not the placeholder's PATCH.
        assert_eq!(
            resolve("PATCH", "/api/requests/for-me"),
            Resolution::MethodNotAllowed(vec!["GET", "HEAD"])
        );
        assert_eq!(resolve("PUT", "/api/requests/for-me"), Resolution::MethodNotAllowed(vec!["GET", "HEAD"]));
        let Resolution::Found(Endpoint::AcceptOffer, params) =
            resolve("POST", "/api/requests/r1/offers/o2/accept")
        else {
            panic!("no match");
        };
        assert_eq!((params.get("id"), params.get("offer_id")), (Some("r1"), Some("o2")));
    }

    #[test]
    fn unknown_paths_and_trailing_slashes_are_not_found() {
        assert_eq!(resolve("GET", "/api/nope"), Resolution::NotFound);
        assert_eq!(resolve("GET", "/api/health/"), Resolution::NotFound);
        assert_eq!(resolve("GET", "/api"), Resolution::NotFound);
    }

    #[test]
    fn placeholders_capture_one_non_empty_segment() {
        let params = match_path("/api/mentors/{id}", "/api/mentors/abc").unwrap();
        assert_eq!(params.get("id"), Some("abc"));
        assert!(match_path("/api/mentors/{id}", "/api/mentors/").is_none());
        assert!(match_path("/api/mentors/{id}", "/api/mentors/a/b").is_none());
    }

    #[test]
    fn every_route_is_unique_and_under_api() {
        for (i, a) in ROUTES.iter().enumerate() {
            // Calendar apps read the feed at /cal/ and crawlers the files at the root, which the
            // worker also answers first (wrangler.toml's `run_worker_first`).
            let crawled =
                ["/robots.txt", "/sitemap.xml"].contains(&a.path) || a.path.starts_with("/sitemap/");
            assert!(
                a.path.starts_with("/api/") || a.path.starts_with("/cal/") || crawled,
                "{} is outside /api",
                a.path
            );
            for b in &ROUTES[i + 1..] {
                assert!(
                    !(a.method == b.method && a.path == b.path),
                    "{} {} is listed twice",
                    a.method.as_str(),
                    a.path
                );
            }
        }
    }
}
