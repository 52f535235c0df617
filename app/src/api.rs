//! The one module that knows the API's URLs. Everything else calls these functions and gets
//! either the decoded body or an [`ApiFailure`] ready to show to a person.

use domain::booking::{
    AvailabilityEnvelope, AvailabilityInput, Booking, BookingEnvelope, BookingList, BookingRequest,
    CancelRequest, RescheduleRequest, SlotList,
};
use domain::calendar::{
    BusyCalendar, BusyCalendarList, BusyCalendarsInput, CalendarFeed, FreeNowEnvelope, FreeNowInput,
    FreeNowView, SlotExplanation, SlotExplanationEnvelope,
};
use domain::error::{ApiError, ErrorBody};
use domain::matching::{MatchInput, MatchesEnvelope};
use domain::profile::ProfileUpdate;
use domain::request::{
    Acceptance, CloseRequest, Format, NewOffer, NewRequest, Offer, OfferEnvelope, RequestEnvelope,
    RequestList,
};
use domain::thread::{Message, MessageEnvelope, NewMessage, ThreadList, ThreadMessages};
use domain::wire::{
    EmailCodeRequest, Me, MentorEnvelope, MentorList, Organization, OrganizationEnvelope, OrganizationUpdate,
    Outbox, Profile, ProfileEnvelope, User, UserEnvelope, VerifyRequest,
};
use gloo_net::http::{Request, RequestBuilder, Response};
use serde::Serialize;
use serde::de::DeserializeOwned;

/// Why a call did not produce the answer asked for.
#[derive(Debug, Clone, PartialEq)]
pub enum ApiFailure {
    /// No answer from the server at all: offline, DNS, or the server is down.
    Unreachable,
    /// The server answered with the error envelope.
    Api(ApiError),
}

impl ApiFailure {
    /// A sentence for the person using the app.
    pub fn message(&self) -> String {
        match self {
            Self::Unreachable => crate::t::shell::unreachable(),
            Self::Api(error) => error.message.clone(),
        }
    }

    /// The request field this failure concerns, if exactly one.
    pub fn field(&self) -> Option<&str> {
        match self {
            Self::Api(error) => error.field.as_deref(),
            Self::Unreachable => None,
        }
    }

    pub fn status(&self) -> Option<u16> {
        match self {
            Self::Api(error) => Some(error.status()),
            Self::Unreachable => None,
        }
    }
}

pub type ApiResult<T> = Result<T, ApiFailure>;

/// `{}`, the body of an action that takes no input (without `serde_json::Value`'s code).
#[derive(Serialize)]
struct NoFields {}

/// Who is signed in, if anyone, as the answer's text (a `domain::wire::Session`): the shell
/// decodes only what it reads of it. `GET /api/session` answers 200 either way, so an anonymous
/// visit logs no failed request.
pub async fn session() -> ApiResult<String> {
    answer(fetch_checked(Request::get("/api/session")).await).await
}

/// The signed-in user, or None when signed out (then the server answers 401).
pub async fn me() -> ApiResult<Option<Me>> {
    match get::<Me>("/api/me").await {
        Ok(me) => Ok(Some(me)),
        Err(failure) if failure.status() == Some(401) => Ok(None),
        Err(failure) => Err(failure),
    }
}

pub async fn request_code(email: String) -> ApiResult<()> {
    send_empty(Request::post("/api/auth/email-code"), &EmailCodeRequest { email }).await
}

pub async fn verify(email: String, code: String) -> ApiResult<User> {
    let envelope: UserEnvelope =
        send(Request::post("/api/auth/verify"), &VerifyRequest { email, code }).await?;
    Ok(envelope.user)
}

pub async fn sign_out() -> ApiResult<()> {
    send_empty(Request::post("/api/auth/sign-out"), &NoFields {}).await
}

pub async fn update_profile(update: ProfileUpdate) -> ApiResult<Profile> {
    let envelope: ProfileEnvelope = send(Request::put("/api/me/profile"), &update).await?;
    Ok(envelope.profile)
}

pub async fn rename_organization(name: String) -> ApiResult<Organization> {
    let envelope: OrganizationEnvelope =
        send(Request::put("/api/me/organization"), &OrganizationUpdate { name }).await?;
    Ok(envelope.organization)
}

pub async fn delete_account() -> ApiResult<()> {
    delete("/api/me").await
}

pub const EXPORT_URL: &str = "/api/me/export";

pub async fn mentor(id: String) -> ApiResult<MentorEnvelope> {
    get(&format!("/api/mentors/{}", encode(&id))).await
}

/// One page of a directory search; `query` is the query string without `?`.
pub async fn search_mentors(query: String) -> ApiResult<MentorList> {
    get(&format!("/api/mentors?{query}")).await
}

/// Mentors who fit a goal, with the reasons why.
pub async fn matches(input: MatchInput) -> ApiResult<MatchesEnvelope> {
    send(Request::post("/api/matches"), &input).await
}

/// A mentor's free slots from now for `days` days.
pub async fn slots(mentor_id: String, days: u32) -> ApiResult<SlotList> {
    let from = js_sys::Date::new_0();
    let to = js_sys::Date::new(&(from.get_time() + f64::from(days) * 86_400_000.0).into());
    let (from, to): (String, String) = (from.to_iso_string().into(), to.to_iso_string().into());
    get(&format!("/api/mentors/{}/slots?from={}&to={}", encode(&mentor_id), encode(&from), encode(&to))).await
}

/// Books a slot. The key makes a retry of the same click return the same booking.
pub async fn book(request: BookingRequest, idempotency_key: String) -> ApiResult<Booking> {
    let envelope: BookingEnvelope =
        send(Request::post("/api/bookings").header("Idempotency-Key", &idempotency_key), &request).await?;
    Ok(envelope.booking)
}

/// Every booking of the signed-in user, following the pages to the end.
pub async fn my_bookings() -> ApiResult<BookingList> {
    let mut list: BookingList = get("/api/me/bookings").await?;
    while let Some(cursor) = list.meta.next_cursor.take() {
        let next: BookingList = get(&format!("/api/me/bookings?cursor={}", encode(&cursor))).await?;
        list.bookings.extend(next.bookings);
        list.meta = next.meta;
    }
    Ok(list)
}

pub async fn cancel_booking(id: String, reason: Option<String>) -> ApiResult<Booking> {
    let envelope: BookingEnvelope =
        send(Request::post(&format!("/api/bookings/{}/cancel", encode(&id))), &CancelRequest { reason })
            .await?;
    Ok(envelope.booking)
}

pub async fn reschedule_booking(id: String, start: String) -> ApiResult<Booking> {
    let envelope: BookingEnvelope = send(
        Request::post(&format!("/api/bookings/{}/reschedule", encode(&id))),
        &RescheduleRequest { start },
    )
    .await?;
    Ok(envelope.booking)
}

pub async fn report_attendance(id: String, outcome: String) -> ApiResult<Booking> {
    let envelope: BookingEnvelope = send(
        Request::post(&format!("/api/bookings/{}/attendance", encode(&id))),
        &domain::wrapup::AttendanceInput { outcome },
    )
    .await?;
    Ok(envelope.booking)
}

/// `kind`: `booking` or `request`.
pub async fn feedback(kind: &str, id: String) -> ApiResult<domain::wrapup::FeedbackEnvelope> {
    get(&format!("/api/{kind}s/{}/feedback", encode(&id))).await
}

pub async fn give_feedback(
    kind: &str,
    id: String,
    feedback: domain::wrapup::FeedbackInput,
) -> ApiResult<domain::wrapup::FeedbackEnvelope> {
    send(Request::put(&format!("/api/{kind}s/{}/feedback", encode(&id))), &feedback).await
}

pub async fn outcome(kind: &str, id: String) -> ApiResult<domain::outcome::OutcomeEnvelope> {
    get(&format!("/api/outcomes/{kind}/{}", encode(&id))).await
}

pub async fn record_outcome(
    kind: &'static str,
    id: String,
    input: domain::outcome::OutcomeInput,
) -> ApiResult<domain::outcome::OutcomeEnvelope> {
    send(Request::put(&format!("/api/outcomes/{kind}/{}", encode(&id))), &input).await
}

pub async fn my_impact() -> ApiResult<domain::outcome::MyImpact> {
    get("/api/me/impact").await
}

pub async fn growth() -> ApiResult<domain::growth::Growth> {
    get("/api/me/growth").await
}

pub async fn insights_preference() -> ApiResult<domain::insights::InsightsPreference> {
    get("/api/me/insights-preference").await
}

pub async fn set_insights_preference(counted: bool) -> ApiResult<domain::insights::InsightsPreference> {
    let body = domain::insights::InsightsPreference { count_in_organization_insights: counted };
    send(Request::put("/api/me/insights-preference"), &body).await
}

/// An organization's figures, and its name when the API gives it.
pub async fn organization_insights(
    domain: String,
    period: String,
) -> ApiResult<(domain::insights::Insights, Option<String>)> {
    #[derive(serde::Deserialize)]
    struct Named {
        #[serde(default)]
        organization_name: Option<String>,
    }
    let url = format!("/api/organizations/{}/insights?period={}", encode(&domain), encode(&period));
    let text = answer(fetch_checked(Request::get(&url)).await).await?;
    let name = decoded::<Named>(&text).ok().and_then(|named| named.organization_name);
    Ok((decoded(&text)?, name))
}

/// The network's public figures, rounded: mentors, sessions held and organizations helped.
pub async fn network_figures() -> ApiResult<domain::insights::Insights> {
    get("/api/insights").await
}

/// The skills most asked about with the fewest mentors, network-wide; empty when they cannot be
/// read. Only that field of the figures is decoded.
pub async fn mentors_wanted() -> Vec<String> {
    #[derive(serde::Deserialize)]
    struct Figures {
        skills: Skills,
    }
    #[derive(serde::Deserialize)]
    struct Skills {
        mentors_wanted: Vec<String>,
    }
    get::<Figures>("/api/insights").await.map(|figures| figures.skills.mentors_wanted).unwrap_or_default()
}

pub async fn resume_mentoring() -> ApiResult<()> {
    send_empty(Request::post("/api/me/resume"), &NoFields {}).await
}

pub async fn availability() -> ApiResult<AvailabilityInput> {
    let envelope: AvailabilityEnvelope = get("/api/me/availability").await?;
    Ok(envelope.availability)
}

pub async fn save_availability(rules: AvailabilityInput) -> ApiResult<AvailabilityInput> {
    let envelope: AvailabilityEnvelope = send(Request::put("/api/me/availability"), &rules).await?;
    Ok(envelope.availability)
}

/// The personal calendar feed's address; None while it is off.
pub async fn calendar_feed() -> ApiResult<Option<String>> {
    let feed: CalendarFeed = get("/api/me/calendar-feed").await?;
    Ok(feed.url)
}

/// Turns the feed on, or moves it to a new address (the old one stops working at once).
pub async fn rotate_calendar_feed() -> ApiResult<Option<String>> {
    let feed: CalendarFeed = send(Request::post("/api/me/calendar-feed"), &NoFields {}).await?;
    Ok(feed.url)
}

pub async fn delete_calendar_feed() -> ApiResult<()> {
    delete("/api/me/calendar-feed").await
}

pub async fn busy_calendars() -> ApiResult<Vec<BusyCalendar>> {
    let list: BusyCalendarList = get("/api/me/busy-calendars").await?;
    Ok(list.calendars)
}

/// Replaces the busy calendars; each new one is `pending` until the jobs Worker has read it.
pub async fn save_busy_calendars(urls: Vec<String>) -> ApiResult<Vec<BusyCalendar>> {
    let list: BusyCalendarList =
        send(Request::put("/api/me/busy-calendars"), &BusyCalendarsInput { urls }).await?;
    Ok(list.calendars)
}

/// Why the slot starting at `start` (RFC 3339) is or is not offered.
pub async fn explain_slot(start: String) -> ApiResult<SlotExplanation> {
    let envelope: SlotExplanationEnvelope =
        get(&format!("/api/me/availability/explain?start={}", encode(&start))).await?;
    Ok(envelope.explanation)
}

/// "I'm free right now" for `minutes`.
pub async fn start_free_now(minutes: i64) -> ApiResult<FreeNowView> {
    let envelope: FreeNowEnvelope =
        send(Request::post("/api/me/free-now"), &FreeNowInput { minutes }).await?;
    Ok(envelope.free_now)
}

pub async fn end_free_now() -> ApiResult<()> {
    delete("/api/me/free-now").await
}

/// Whom a posted question reached: how many mentors, and the skills of it they know. The author's
/// view of a request carries it while it is open.
#[derive(Debug, Clone, PartialEq, Eq, serde::Deserialize)]
pub struct Reach {
    pub mentors: u32,
    #[serde(default)]
    pub skills: Vec<String>,
}

/// A request as its author sees it, with whom it reached when the API says.
#[derive(Debug, Clone, PartialEq)]
pub struct OwnView {
    pub request: domain::request::Request,
    pub reach: Option<Reach>,
}

impl OwnView {
    fn decode(text: &str) -> ApiResult<Self> {
        #[derive(serde::Deserialize)]
        struct ReachOnly {
            #[serde(default)]
            reach: Option<Reach>,
        }
        #[derive(serde::Deserialize)]
        struct Envelope {
            request: ReachOnly,
        }
        let envelope: RequestEnvelope = decoded(text)?;
        let reach = decoded::<Envelope>(text).ok().and_then(|e| e.request.reach);
        Ok(Self { request: envelope.request, reach })
    }
}

/// Posts a question, to every mentor it fits or (with `mentor_id`) to that one mentor; answers
/// with it as its author sees it.
pub async fn create_request(mut request: NewRequest, mentor_id: Option<String>) -> ApiResult<OwnView> {
    request.mentor_id = mentor_id;
    OwnView::decode(&send_json(Request::post("/api/requests"), encoded(&request)?).await?)
}

/// What the author may change until the first offer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RequestEdit {
    pub title: String,
    pub body: String,
    pub expertise: Vec<String>,
    pub format: Format,
}

/// Edits a question that has no offer yet (409 `already_offered` after).
pub async fn edit_request(id: String, edit: RequestEdit) -> ApiResult<OwnView> {
    let url = format!("/api/requests/{}", encode(&id));
    OwnView::decode(&send_json(Request::patch(&url), encoded(&edit)?).await?)
}

/// Open requests that fit the signed-in mentor, best first; empty for people who do not mentor.
pub async fn requests_for_me(expertise: Option<String>, format: Option<Format>) -> ApiResult<RequestList> {
    let mut pairs = Vec::new();
    if let Some(tag) = expertise {
        pairs.push(format!("expertise={}", encode(&tag)));
    }
    if let Some(format) = format {
        pairs.push(format!("format={}", format.as_str()));
    }
    if pairs.is_empty() {
        get("/api/requests/for-me").await
    } else {
        get(&format!("/api/requests/for-me?{}", pairs.join("&"))).await
    }
}

/// One request as the viewer may see it (with its reach, for its author); 404 when they may not.
pub async fn request(id: String) -> ApiResult<OwnView> {
    let url = format!("/api/requests/{}", encode(&id));
    OwnView::decode(&answer(fetch_checked(Request::get(&url)).await).await?)
}

/// The signed-in person's own questions, newest first, each with all its offers.
pub async fn my_requests() -> ApiResult<RequestList> {
    get("/api/me/requests").await
}

pub async fn make_offer(request_id: String, offer: NewOffer) -> ApiResult<Offer> {
    let envelope: OfferEnvelope =
        send(Request::post(&format!("/api/requests/{}/offers", encode(&request_id))), &offer).await?;
    Ok(envelope.offer)
}

/// Accepts an offer; accepting it again answers the same, so a retry is safe.
/// Offers the first free slot of the mentor's "free now" window (ending at `until`) as a call.
/// Returns the slot's start.
pub async fn offer_free_now_slot(request_id: String, mentor_id: String, until: String) -> ApiResult<String> {
    let list = slots(mentor_id, 1).await?;
    let Some(slot) = list.slots.into_iter().find(|slot| slot.start < until) else {
        return Err(ApiFailure::Api(ApiError::validation(
            "slot_start",
            "No slot of your free-now window is left. Open the request to offer another time.",
        )));
    };
    let offer = NewOffer {
        kind: domain::request::OfferKind::Slot,
        message: String::new(),
        slot_start: Some(slot.start),
    };
    Ok(make_offer(request_id, offer).await?.slot_start.unwrap_or_default())
}

pub async fn accept_offer(request_id: String, offer_id: String) -> ApiResult<Acceptance> {
    let url = format!("/api/requests/{}/offers/{}/accept", encode(&request_id), encode(&offer_id));
    send(Request::post(&url), &NoFields {}).await
}

pub async fn close_request(request_id: String, resolved: bool) -> ApiResult<domain::request::Request> {
    let envelope: RequestEnvelope = send(
        Request::post(&format!("/api/requests/{}/close", encode(&request_id))),
        &CloseRequest { resolved },
    )
    .await?;
    Ok(envelope.request)
}

pub async fn my_threads() -> ApiResult<ThreadList> {
    get("/api/me/threads").await
}

/// A thread and its messages; reading them marks them read.
pub async fn thread_messages(thread_id: String) -> ApiResult<ThreadMessages> {
    get(&format!("/api/threads/{}/messages", encode(&thread_id))).await
}

pub async fn post_message(thread_id: String, body: String) -> ApiResult<Message> {
    let envelope: MessageEnvelope =
        send(Request::post(&format!("/api/threads/{}/messages", encode(&thread_id))), &NewMessage { body })
            .await?;
    Ok(envelope.message)
}

pub async fn outbox(to: Option<String>) -> ApiResult<Outbox> {
    match to.filter(|to| !to.trim().is_empty()) {
        Some(to) => get(&format!("/api/dev/outbox?to={}", encode(to.trim()))).await,
        None => get("/api/dev/outbox").await,
    }
}

/// A value as one URL query component.
pub fn encode(value: &str) -> String {
    js_sys::encode_uri_component(value).into()
}

// Generic over the body's type only where it is encoded or decoded: the requests themselves are
// compiled once, not once per type, which keeps every page's code (the first load's included)
// smaller.
async fn get<T: DeserializeOwned>(url: &str) -> ApiResult<T> {
    decoded(&answer(fetch_checked(Request::get(url)).await).await?)
}

async fn delete(url: &str) -> ApiResult<()> {
    answer(fetch_checked(Request::delete(url)).await).await.map(drop)
}

/// The language the app writes in: the API's messages it shows are asked for in it, so that one
/// page never mixes two languages (the API follows `Accept-Language`, which browsers fill with
/// the reader's own).
fn app_language() -> &'static str {
    match crate::i18n::language() {
        crate::i18n::Language::Spoken(locale) => locale.tag(),
        crate::i18n::Language::Pseudo => "en",
    }
}

/// Sends a request without a body, unless its path has an empty segment: an id not known yet
/// (say while a page is being left) is answered "not found" here instead of by the server.
async fn fetch_checked(request: RequestBuilder) -> Result<Response, FetchRefused> {
    let request =
        request.header("accept-language", app_language()).build().map_err(|_| FetchRefused::Unreachable)?;
    if has_empty_segment(&request.url()) {
        return Err(FetchRefused::EmptyId);
    }
    request.send().await.map_err(|_| FetchRefused::Unreachable)
}

/// Why a request was not sent or not answered.
enum FetchRefused {
    Unreachable,
    EmptyId,
}

/// Whether the path of `url` (absolute or not) has an empty segment, like `/api/threads//messages`.
fn has_empty_segment(url: &str) -> bool {
    let path = url.split(['?', '#']).next().unwrap_or_default();
    let path = path.split_once("://").map_or(path, |(_, rest)| rest.find('/').map_or("", |at| &rest[at..]));
    path.contains("//") || (path.len() > 1 && path.ends_with('/'))
}

async fn send<B: Serialize, T: DeserializeOwned>(request: RequestBuilder, body: &B) -> ApiResult<T> {
    decoded(&send_json(request, encoded(body)?).await?)
}

async fn send_empty<B: Serialize>(request: RequestBuilder, body: &B) -> ApiResult<()> {
    send_json(request, encoded(body)?).await.map(drop)
}

fn encoded<B: Serialize>(body: &B) -> ApiResult<String> {
    serde_json::to_string(body).map_err(|_| ApiFailure::Unreachable)
}

/// A JSON answer decoded; one that does not decode means the API is not there.
pub fn decoded<T: DeserializeOwned>(text: &str) -> ApiResult<T> {
    serde_json::from_str(text).map_err(|_| ApiFailure::Unreachable)
}

async fn send_json(request: RequestBuilder, json: String) -> ApiResult<String> {
    let request = request
        .header("content-type", "application/json")
        .header("accept-language", app_language())
        .body(json);
    let request = request.map_err(|_| ApiFailure::Unreachable)?;
    if has_empty_segment(&request.url()) {
        return Err(ApiFailure::Api(ApiError::not_found()));
    }
    answer(request.send().await.map_err(|_| FetchRefused::Unreachable)).await
}

/// The body of a successful answer, or why there is none.
async fn answer(sent: Result<Response, FetchRefused>) -> ApiResult<String> {
    let response = sent.map_err(|refused| match refused {
        FetchRefused::Unreachable => ApiFailure::Unreachable,
        FetchRefused::EmptyId => ApiFailure::Api(ApiError::not_found()),
    })?;
    if response.ok() {
        return response.text().await.map_err(|_| ApiFailure::Unreachable);
    }
    Err(failure(response).await)
}

async fn failure(response: Response) -> ApiFailure {
    // Anything that is not our envelope (a proxy's error page, say) means the API is not there.
    match response.json::<ErrorBody>().await {
        Ok(body) => ApiFailure::Api(body.error),
        Err(_) => ApiFailure::Unreachable,
    }
}

#[cfg(test)]
mod tests {
    use super::has_empty_segment;

    #[test]
    fn paths_with_an_empty_id_are_caught() {
        assert!(has_empty_segment("/api/threads//messages"));
        assert!(has_empty_segment("http://127.0.0.1:8787/api/organizations//insights?period=90d"));
        assert!(has_empty_segment("/api/mentors/"));
        assert!(!has_empty_segment("/api/mentors/u1/slots?from=2026-01-01T00:00:00Z"));
        assert!(!has_empty_segment("http://127.0.0.1:8787/api/session"));
        assert!(!has_empty_segment("/api/mentors?q=a//b"));
    }
}
