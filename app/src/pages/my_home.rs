//! The home page of someone signed in: what is next and what waits for them. Next sessions (the
//! call link live from 10 minutes before the start), sessions to wrap up, unread messages and
//! offers on their questions; for mentors also the bookings made since their last visit, the
//! questions that fit them and "I'm free now". Its own chunk: visitors who are signed out never
//! load it.

use std::time::Duration;

use domain::booking::{Booking, BookingList, BookingStatus, Side};
use domain::request::{OfferStatus, RequestList, RequestStatus};
use domain::thread::ThreadList;
use domain::wrapup::REPORT_HOURS;
use leptos::prelude::*;
use leptos_router::components::A;

use crate::api::{self, ApiResult};
use crate::components::goal_box::GoalBox;
use crate::components::intro::{bold, linked};
use crate::components::loaded::Loaded;
use crate::components::request_bits::fit_line;
use crate::session::Session;
use crate::{t, time};

/// How many of each kind the home page lists; the full lists are a link away.
const SHOWN: usize = 3;
/// The call link opens this long before the start.
const CALL_OPENS_MS: f64 = 10.0 * 60_000.0;

pub fn my_home() -> AnyView {
    view! { <MyHome/> }.into_any()
}

/// Milliseconds since the epoch of an RFC 3339 instant (NaN when unreadable).
fn millis(rfc3339: &str) -> f64 {
    js_sys::Date::new(&rfc3339.into()).get_time()
}

fn when(start: &str) -> String {
    time::short_day_time(start)
}

/// The previous visit's time for `user_id` (None on the first), and this visit recorded as the
/// next one's. Kept in the browser: the API keeps no visits.
fn take_last_visit(user_id: &str) -> Option<f64> {
    let key = format!("quarterhour.home.last-visit.{user_id}");
    crate::browser::swap_stored(&key, &js_sys::Date::now().to_string())?.parse().ok()
}

#[component]
fn MyHome() -> impl IntoView {
    let session = Session::get();
    let me = session.me_untracked();
    let name = me.as_ref().map(|me| me.profile.display_name.clone()).unwrap_or_default();
    let is_mentor = me.as_ref().is_some_and(|me| me.profile.is_mentor);
    let since = me.as_ref().and_then(|me| take_last_visit(&me.user.id));
    let bookings = LocalResource::new(api::my_bookings);
    let threads = LocalResource::new(api::my_threads);
    let mine = LocalResource::new(api::my_requests);
    // Ticks each 30 seconds, so that a call link goes live without a reload.
    let tick = RwSignal::new(0_u32);
    if let Ok(handle) = set_interval_with_handle(move || tick.update(|n| *n += 1), Duration::from_secs(30)) {
        on_cleanup(move || handle.clear());
    }
    view! {
        <section aria-labelledby="page-title" class="my-home">
            <h1 id="page-title">
                {if name.is_empty() { t::home::home_title() } else { t::home::home_welcome_back(&name) }}
            </h1>
            // The same first step as a visitor's: say what you need, get mentors who fit.
            <GoalBox id="my-home-goal"/>
            <div class="my-home__grid">
                {is_mentor.then(|| view! { <NewBookings bookings since/> })}
                <NextSessions bookings tick/>
                <AwaitingWrapUp bookings/>
                <UnreadMessages threads/>
                <OffersOnMine mine/>
                {is_mentor.then(|| view! {
                    <FitsYou/>
                    <section class="panel my-home__panel" aria-labelledby="free-now-title">
                        <h2 id="free-now-title">{t::home::home_free_now_title()}</h2>
                        <p class="hint">{t::home::home_free_now_hint()}</p>
                        {crate::components::free_now::free_now_switch()}
                    </section>
                })}
            </div>
            <p class="my-home__more">
                {linked(t::home::home_more(), &["/growth", "/guides"])}
            </p>
        </section>
    }
}

/// A panel of the home page: a heading and its list, or a line when there is nothing.
#[component]
fn Panel(id: &'static str, title: String, children: Children) -> impl IntoView {
    view! {
        <section class="panel my-home__panel" aria-labelledby=id>
            <h2 id=id>{title}</h2>
            {children()}
        </section>
    }
}

/// A panel's list, or `empty` when there is nothing in it.
fn list_or(items: Vec<AnyView>, empty: AnyView) -> AnyView {
    if items.is_empty() { empty } else { view! { <ul class="home-list">{items}</ul> }.into_any() }
}

fn upcoming(list: &BookingList) -> Vec<Booking> {
    let now = js_sys::Date::now();
    let mut next: Vec<Booking> = list
        .bookings
        .iter()
        .filter(|b| b.status == BookingStatus::Booked && millis(&b.end) > now)
        .cloned()
        .collect();
    next.sort_by(|a, b| a.start.cmp(&b.start));
    next
}

fn other(booking: &Booking) -> &domain::booking::Participant {
    if booking.role == Side::Mentor { &booking.mentee } else { &booking.mentor }
}

#[component]
fn NewBookings(bookings: LocalResource<ApiResult<BookingList>>, since: Option<f64>) -> impl IntoView {
    view! {
        <Panel id="new-bookings-title" title=t::home::home_new_bookings_title()>
            <Loaded resource=bookings loading=t::home::home_loading_sessions() let(list)>
                {
                    let new: Vec<Booking> = upcoming(&list)
                        .into_iter()
                        .filter(|b| b.role == Side::Mentor && since.is_none_or(|since| millis(&b.created_at) > since))
                        .collect();
                    list_or(
                        new.into_iter().map(|booking| view! {
                                    <li>
                                        {bold(t::home::home_new_booking(&booking.mentee.display_name, when(&booking.start)))}
                                        {(!booking.agenda.is_empty()).then(|| view! { <p class="home-list__detail">{booking.agenda.clone()}</p> })}
                                    </li>
                                }.into_any()).collect(),
                        view! { <p class="muted">{t::home::home_no_new_bookings()}</p> }.into_any(),
                    )
                }
            </Loaded>
        </Panel>
    }
}

#[component]
fn NextSessions(bookings: LocalResource<ApiResult<BookingList>>, tick: RwSignal<u32>) -> impl IntoView {
    view! {
        <Panel id="next-sessions-title" title=t::home::home_next_sessions_title()>
            <Loaded resource=bookings loading=t::home::home_loading_sessions() let(list)>
                {
                    let next: Vec<Booking> = upcoming(&list).into_iter().take(SHOWN).collect();
                    if next.is_empty() {
                        view! { <p class="muted">{linked(t::home::home_nothing_booked(), &["/mentors"])}</p> }.into_any()
                    } else {
                        view! {
                            <ul class="home-list">
                                {next.into_iter().map(|booking| view! { <NextSession booking tick/> }).collect_view()}
                            </ul>
                            <p><A href="/sessions">{t::home::home_all_sessions()}</A></p>
                        }.into_any()
                    }
                }
            </Loaded>
        </Panel>
    }
}

#[component]
fn NextSession(booking: Booking, tick: RwSignal<u32>) -> impl IntoView {
    let who = other(&booking).display_name.clone();
    let (start, end) = (millis(&booking.start), millis(&booking.end));
    let link = booking.call_link.clone();
    let live = move || {
        tick.track();
        let now = js_sys::Date::now();
        now >= start - CALL_OPENS_MS && now < end
    };
    view! {
        <li>
            <strong>{t::home::home_next_session(when(&booking.start), &who)}</strong>
            {(!booking.agenda.is_empty()).then(|| view! { <p class="home-list__detail">{booking.agenda.clone()}</p> })}
            {move || if live() {
                view! {
                    <a class="button button--small" href=link.clone() target="_blank" rel="noopener">
                        {t::home::home_join_call()}<span class="visually-hidden">" "{t::home::home_join_call_with(&who)}</span>
                    </a>
                }.into_any()
            } else {
                view! { <p class="hint">{t::home::home_call_opens()}</p> }.into_any()
            }}
        </li>
    }
}

#[component]
fn AwaitingWrapUp(bookings: LocalResource<ApiResult<BookingList>>) -> impl IntoView {
    view! {
        <Panel id="wrap-up-title" title=t::home::home_wrap_up_title()>
            <Loaded resource=bookings loading=t::home::home_loading_sessions() let(list)>
                {
                    let now = js_sys::Date::now();
                    let window = REPORT_HOURS as f64 * 3_600_000.0;
                    let waiting: Vec<Booking> = list
                        .bookings
                        .into_iter()
                        .filter(|b| b.status == BookingStatus::Booked && b.my_report.is_none())
                        .filter(|b| millis(&b.end) <= now && millis(&b.end) + window > now)
                        .take(SHOWN)
                        .collect();
                    list_or(
                        waiting.into_iter().map(|booking| {
                                let wrap_up = t::home::home_wrap_up_with(&other(&booking).display_name);
                                view! {
                                    <li>
                                        <A href=format!("/sessions/{}", booking.id)>{wrap_up}</A>
                                        <span class="home-list__detail">{format!(" ({})", when(&booking.start))}</span>
                                    </li>
                                }.into_any()
                            }).collect(),
                        view! { <p class="muted">{t::home::home_nothing_to_wrap_up()}</p> }.into_any(),
                    )
                }
            </Loaded>
        </Panel>
    }
}

#[component]
fn UnreadMessages(threads: LocalResource<ApiResult<ThreadList>>) -> impl IntoView {
    view! {
        <Panel id="unread-title" title=t::home::home_unread_title()>
            <Loaded resource=threads loading=t::home::home_loading_messages() let(list)>
                {
                    let unread: Vec<_> = list.threads.into_iter().filter(|t| t.unread > 0).take(SHOWN).collect();
                    list_or(
                        unread.into_iter().map(|thread| view! {
                                    <li>
                                        <A href=format!("/threads/{}", thread.id)>{thread.request_title.clone()}</A>
                                        <span class="home-list__detail">
                                            " · "{t::home::home_unread_from(thread.unread, &thread.with.display_name)}
                                        </span>
                                    </li>
                                }.into_any()).collect(),
                        view! { <p class="muted">{t::home::home_no_unread()}</p> }.into_any(),
                    )
                }
            </Loaded>
        </Panel>
    }
}

#[component]
fn OffersOnMine(mine: LocalResource<ApiResult<RequestList>>) -> impl IntoView {
    view! {
        <Panel id="offers-title" title=t::home::home_offers_title()>
            <Loaded resource=mine loading=t::home::home_loading_questions() let(list)>
                {
                    let offered: Vec<(String, String, usize)> = list
                        .requests
                        .into_iter()
                        .filter(|r| r.status == RequestStatus::HasOffers)
                        .map(|r| {
                            let pending = r.offers.iter().filter(|o| o.status == OfferStatus::Pending).count();
                            (r.id, r.title, pending)
                        })
                        .filter(|(_, _, pending)| *pending > 0)
                        .take(SHOWN)
                        .collect();
                    list_or(
                        offered.into_iter().map(|(id, title, pending)| view! {
                                    <li>
                                        <A href=format!("/requests/{id}")>{title}</A>
                                        <span class="home-list__detail">
                                            " · "{t::home::home_offers_to_read(pending)}
                                        </span>
                                    </li>
                                }.into_any()).collect(),
                        view! { <p class="muted">{linked(t::home::home_no_offers(), &["/requests/new"])}</p> }.into_any(),
                    )
                }
            </Loaded>
        </Panel>
    }
}

#[component]
fn FitsYou() -> impl IntoView {
    let feed = LocalResource::new(|| api::requests_for_me(None, None));
    view! {
        <Panel id="fits-title" title=t::home::home_fits_title()>
            <Loaded resource=feed loading=t::home::home_loading_fits() let(list)>
                {if list.requests.is_empty() {
                    view! { <p class="muted">{t::home::home_no_fits()}</p> }.into_any()
                } else {
                    view! {
                        <ul class="home-list">
                            {list.requests.into_iter().take(SHOWN).map(|request| view! {
                                <li>
                                    <A href=format!("/requests/{}", request.id)>{request.title.clone()}</A>
                                    {(!request.fit.is_empty()).then(|| view! {
                                        <p class="home-list__detail">{fit_line(&request.fit)}</p>
                                    })}
                                </li>
                            }).collect_view()}
                        </ul>
                        <p><A href="/requests">{t::home::home_all_requests()}</A></p>
                    }.into_any()
                }}
            </Loaded>
        </Panel>
    }
}
