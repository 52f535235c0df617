//! Quarterhour's API as a Cloudflare Worker: a thin adapter that routes a request, decodes it,
//! calls a use case of the shared `backend` crate and encodes the answer. Work that need not
//! hold up an answer goes on a queue to the jobs Worker (`jobs/`), which also owns the Cron
//! Trigger.

mod handlers;
mod http;
mod openapi;
mod sessions;
mod views;

// The shared crate's modules, under the names the worker's own modules use.
use backend::{app_ctx, crypto, error, limits, queues, services, store};

use domain::error::ApiError;
use domain::routes::{self, Endpoint, Method, PathParams, Resolution};
use worker::{Context, Env, Request, Response, event};

use crate::app_ctx::Later;
use crate::error::AppError;
use crate::handlers::{
    auth, availability, bookings, calendars, dev, health, insights, matches, me, mentors, offers, outcomes,
    pages, requests, site, threads, wrapup,
};
use crate::http::Ctx;

#[event(start)]
fn start() {
    console_error_panic_hook::set_once();
}

#[event(fetch)]
async fn fetch(mut req: Request, env: Env, ctx: Context) -> worker::Result<Response> {
    let later = Later::default();
    let mut now = None;
    let response = match handle(&mut req, &env, &later, &mut now).await {
        Ok(response) => response,
        Err(error) => http::error_of(error, http::language_of(&req, &env).await.as_ref()),
    };
    // HEAD is answered as GET is, without the body.
    let response = if req.inner().method() == "HEAD" { http::without_body(response) } else { response };
    // Mail the request wrote goes to its queue, and answers worth keeping to KV, after the answer.
    if let (false, Some(now)) = (later.is_idle(), now) {
        ctx.wait_until(async move { later.finish(&env, now).await });
    }
    if domain::pages::is_page_path(&req.path()) {
        Ok(http::with_page_headers(response))
    } else {
        Ok(http::with_api_headers(response))
    }
}

/// Answers one request. `now` is set to the request's time once it is known; `later` gathers
/// what follows the answer.
async fn handle(
    req: &mut Request,
    env: &Env,
    later: &Later,
    now: &mut Option<jiff::Timestamp>,
) -> Result<Response, AppError> {
    let path = req.path();
    // The raw method: `worker::Method` maps unknown methods (e.g. QUERY) to GET.
    let method_name = req.inner().method();
    let (endpoint, params) = match routes::resolve(&method_name, &path) {
        Resolution::Found(endpoint, params) => (endpoint, params),
        Resolution::MethodNotAllowed(allowed) => return Err(AppError::MethodNotAllowed(allowed)),
        Resolution::NotFound if domain::pages::is_page_path(&path) => match method_name.as_str() {
            "GET" | "HEAD" => (Endpoint::Page, PathParams::default()),
            _ => return Err(AppError::MethodNotAllowed(vec!["GET", "HEAD"])),
        },
        Resolution::NotFound => return Err(ApiError::not_found().into()),
    };
    let method = if method_name == "HEAD" {
        Method::Get
    } else {
        Method::parse(&method_name).ok_or_else(ApiError::not_found)?
    };
    if method.is_state_changing() {
        http::check_origin(req)?;
    }
    let body = if method.is_state_changing() { http::read_body(req).await? } else { Vec::new() };
    let clock = app_ctx::clock();
    let ctx = Ctx::new(env, req, params, body, clock, later);
    *now = Some(ctx.now);
    if !matches!(endpoint, Endpoint::Health | Endpoint::OpenApi) {
        app_ctx::load_zones(env).await?;
    }

    match endpoint {
        Endpoint::Health => health::get(),
        Endpoint::OpenApi => openapi::serve(env).await,
        Endpoint::RequestEmailCode => auth::request_code(&ctx).await,
        Endpoint::VerifyEmailCode => auth::verify(&ctx).await,
        Endpoint::SignOut => auth::sign_out(&ctx).await,
        Endpoint::SignOutEverywhere => auth::sign_out_everywhere(&ctx).await,
        Endpoint::Session => me::session(&ctx).await,
        Endpoint::Me => me::get(&ctx).await,
        Endpoint::DeleteMe => me::delete(&ctx).await,
        Endpoint::ExportMe => me::export(&ctx).await,
        Endpoint::UpdateProfile => me::update_profile(&ctx).await,
        Endpoint::RenameOrganization => me::rename_organization(&ctx).await,
        Endpoint::Mentor => mentors::get(&ctx).await,
        Endpoint::SearchMentors => mentors::search(&ctx).await,
        Endpoint::DevOutbox => dev::outbox(&ctx).await,
        Endpoint::DevSeed => dev::seed(&ctx).await,
        Endpoint::DevRunScheduled => dev::run_scheduled(&ctx).await,
        Endpoint::DevMailDelivery => dev::mail_delivery(&ctx).await,
        Endpoint::DevRouteMailApi => dev::route_mail_api(&ctx).await,
        Endpoint::DevMailApiPost => dev::mail_api_post(&ctx).await,
        Endpoint::DevMailApiSent => dev::mail_api_sent(&ctx).await,
        Endpoint::DevCacheWrites => dev::cache_writes(&ctx).await,
        Endpoint::DevSeedInsights => dev::seed_insights(&ctx).await,
        Endpoint::GetAvailability => availability::get_availability(&ctx).await,
        Endpoint::PutAvailability => availability::put_availability(&ctx).await,
        Endpoint::MentorSlots => availability::slots(&ctx).await,
        Endpoint::CreateBooking => bookings::create(&ctx).await,
        Endpoint::MyBookings => bookings::mine(&ctx).await,
        Endpoint::CancelBooking => bookings::cancel(&ctx).await,
        Endpoint::RescheduleBooking => bookings::reschedule(&ctx).await,
        Endpoint::BookingInvite => bookings::invite(&ctx).await,
        Endpoint::CreateRequest => requests::create(&ctx).await,
        Endpoint::RequestsForMe => requests::for_me(&ctx).await,
        Endpoint::GetRequest => requests::get(&ctx).await,
        Endpoint::EditRequest => requests::edit(&ctx).await,
        Endpoint::MyRequests => requests::mine(&ctx).await,
        Endpoint::CreateOffer => offers::offer(&ctx).await,
        Endpoint::AcceptOffer => offers::accept(&ctx).await,
        Endpoint::CloseRequest => requests::close(&ctx).await,
        Endpoint::MyThreads => threads::mine(&ctx).await,
        Endpoint::ThreadMessages => threads::messages(&ctx).await,
        Endpoint::PostMessage => threads::post(&ctx).await,
        Endpoint::ReportAttendance => wrapup::report_attendance(&ctx).await,
        Endpoint::BookingFeedback => wrapup::booking_feedback(&ctx).await,
        Endpoint::GiveBookingFeedback => wrapup::give_booking_feedback(&ctx).await,
        Endpoint::RequestFeedback => wrapup::request_feedback(&ctx).await,
        Endpoint::GiveRequestFeedback => wrapup::give_request_feedback(&ctx).await,
        Endpoint::ResumeMentoring => wrapup::resume(&ctx).await,
        Endpoint::MyOutcome => outcomes::get(&ctx).await,
        Endpoint::RecordOutcome => outcomes::put(&ctx).await,
        Endpoint::MyImpact => outcomes::my_impact(&ctx).await,
        Endpoint::MyGrowth => outcomes::growth(&ctx).await,
        Endpoint::MyGrowthMarkdown => outcomes::growth_markdown(&ctx).await,
        Endpoint::OrganizationInsights => insights::organization(&ctx).await,
        Endpoint::OrganizationInsightsCsv => insights::organization_csv(&ctx).await,
        Endpoint::NetworkInsights => insights::network(&ctx).await,
        Endpoint::InsightsPreference => insights::preference(&ctx).await,
        Endpoint::SetInsightsPreference => insights::set_preference(&ctx).await,
        Endpoint::Matches => matches::find(&ctx).await,
        Endpoint::CalendarFeed => calendars::feed(&ctx).await,
        Endpoint::RotateCalendarFeed => calendars::rotate_feed(&ctx).await,
        Endpoint::DeleteCalendarFeed => calendars::delete_feed(&ctx).await,
        Endpoint::CalendarFeedIcs => calendars::feed_ics(&ctx).await,
        Endpoint::Page => pages::get(&ctx).await,
        Endpoint::Robots => site::robots(&ctx),
        Endpoint::SitemapIndex => site::sitemap_index(&ctx).await,
        Endpoint::Sitemap => site::sitemap(&ctx).await,
        Endpoint::BusyCalendars => calendars::busy_calendars(&ctx).await,
        Endpoint::PutBusyCalendars => calendars::put_busy_calendars(&ctx).await,
        Endpoint::ExplainSlot => calendars::explain(&ctx).await,
        Endpoint::StartFreeNow => calendars::start_free_now(&ctx).await,
        Endpoint::EndFreeNow => calendars::end_free_now(&ctx).await,
    }
}
