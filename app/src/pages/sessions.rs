//! My sessions: every booking, as mentor and as mentee, upcoming first, with join, calendar,
//! cancel and reschedule. The same chunk holds what comes after: a session's wrap-up, the growth
//! record and the guides.

use domain::booking::{Booking, BookingList, BookingStatus, Side};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_location, use_params_map};

use crate::components::intro::{linked, marked};
use crate::pages::growth::GrowthPage;
use crate::pages::guides::GuidesPage;
use crate::pages::wrap_up::WrapUpPage;

use crate::api::{self, ApiFailure, ApiResult};
use crate::components::book_slots::AddToCalendar;
use crate::components::form::FormError;
use crate::components::loaded::Loaded;
use crate::components::signed_in::SignedIn;
use crate::{t, time};

#[component]
pub fn SessionsPage() -> impl IntoView {
    let params = use_params_map();
    let location = use_location();
    move || match (location.pathname.read().as_str(), params.read().get("id")) {
        ("/growth", _) => view! { <GrowthPage/> }.into_any(),
        ("/guides", _) => view! { <GuidesPage/> }.into_any(),
        (_, Some(_)) => view! { <WrapUpPage/> }.into_any(),
        (_, None) => view! { <SessionListPage/> }.into_any(),
    }
}

#[component]
fn SessionListPage() -> impl IntoView {
    view! {
        <section aria-labelledby="page-title">
            <h1 id="page-title">{t::sessions::sessions_heading()}</h1>
            <p class="lead">{linked(t::sessions::sessions_lead(), &["/growth", "/guides"])}</p>
            <SignedIn reason=t::sessions::sessions_visitor()>
                <SessionList/>
            </SignedIn>
        </section>
    }
}

#[component]
fn SessionList() -> impl IntoView {
    let bookings = LocalResource::new(api::my_bookings);
    view! {
        <Loaded resource=bookings loading=t::sessions::sessions_loading() let(list)>
            <SessionGroups list refresh=bookings/>
        </Loaded>
    }
}

/// Upcoming sessions first, soonest first; then past and cancelled ones, latest first.
#[component]
fn SessionGroups(list: BookingList, refresh: LocalResource<ApiResult<BookingList>>) -> impl IntoView {
    let now = js_sys::Date::new_0().to_iso_string().as_string().unwrap_or_default();
    let (mut upcoming, mut past): (Vec<Booking>, Vec<Booking>) =
        list.bookings.into_iter().partition(|b| b.end > now && b.status == BookingStatus::Booked);
    upcoming.sort_by(|a, b| a.start.cmp(&b.start));
    past.sort_by(|a, b| b.start.cmp(&a.start));
    view! {
        <h2>{t::sessions::sessions_upcoming()}</h2>
        {if upcoming.is_empty() {
            view! { <p class="muted">{linked(t::sessions::sessions_upcoming_none(), &["/mentors"])}</p> }.into_any()
        } else {
            view! { <ul class="session-list">{upcoming.into_iter().map(|booking| view! { <SessionCard booking refresh/> }).collect_view()}</ul> }.into_any()
        }}
        <h2>{t::sessions::sessions_past()}</h2>
        {if past.is_empty() {
            view! { <p class="muted">{t::sessions::sessions_past_none()}</p> }.into_any()
        } else {
            view! { <ul class="session-list">{past.into_iter().map(|booking| view! { <SessionCard booking refresh/> }).collect_view()}</ul> }.into_any()
        }}
    }
}

#[component]
fn SessionCard(booking: Booking, refresh: LocalResource<ApiResult<BookingList>>) -> impl IntoView {
    let as_mentor = booking.role == Side::Mentor;
    let other = if as_mentor { booking.mentee.clone() } else { booking.mentor.clone() };
    let message_label = t::sessions::session_message(&other.display_name);
    let live = booking.status == BookingStatus::Booked;
    let when = t::sessions::session_when(
        time::day_time(&booking.start),
        time::time_in(&booking.start, &other.timezone),
        &other.display_name,
        &other.timezone,
    );
    let title = t::sessions::session_title(if as_mentor { "mentor" } else { "mentee" }, &other.display_name);
    let profile = format!("/mentors/{}", other.id);
    let failure = RwSignal::new(None::<ApiFailure>);
    let cancelling = RwSignal::new(false);
    let moving = RwSignal::new(false);
    let reason = RwSignal::new(String::new());
    let id = StoredValue::new(booking.id.clone());
    let mentor_id = booking.mentor.id.clone();
    let now = js_sys::Date::new_0().to_iso_string().as_string().unwrap_or_default();
    let ended = live && booking.end <= now;
    let awaiting = ended && booking.my_report.is_none();
    let upcoming = live && !ended;

    let cancel = Action::new_local(move |reason: &String| {
        let reason = (!reason.trim().is_empty()).then(|| reason.clone());
        async move {
            match api::cancel_booking(id.get_value(), reason).await {
                Ok(_) => refresh.refetch(),
                Err(error) => failure.set(Some(error)),
            }
        }
    });
    let reschedule = Action::new_local(move |start: &String| {
        let start = start.clone();
        async move {
            match api::reschedule_booking(id.get_value(), start).await {
                Ok(_) => refresh.refetch(),
                Err(error) => failure.set(Some(error)),
            }
        }
    });

    view! {
        <li class="card session" class:session--cancelled=!live>
            <h3 class="session__title">
                {marked(title, "a", move |name| {
                    if as_mentor { view! { <span>{name}</span> }.into_any() }
                    else { view! { <A href=profile>{name}</A> }.into_any() }
                })}
                {(!live).then(|| view! { <span class="pill">{t::sessions::session_cancelled()}</span> })}
            </h3>
            <p class="session__when">{marked(when, "b", |when| view! { <strong>{when}</strong> }.into_any())}</p>
            {booking.follow_up_of.as_ref().map(|earlier| {
                let label = t::sessions::session_follow_up_to(time::day(&earlier.start));
                view! {
                    <p class="session__follow-up">
                        <A href=format!("/sessions/{}", earlier.booking_id)>{label}</A>
                    </p>
                }
            })}
            <p class="session__agenda">{booking.agenda.clone()}</p>
            {booking.cancel_reason.clone().map(|r| view! { <p class="muted">{t::sessions::session_cancel_reason(r)}</p> })}
            {ended.then(|| view! {
                <p class="actions">
                    {awaiting.then(|| view! { <span class="pill">{t::sessions::session_awaiting_wrap_up()}</span> })}
                    <A href=format!("/sessions/{}", id.get_value())>{t::sessions::session_wrap_up()}</A>
                </p>
            })}
            {booking.thread_id.clone().filter(|_| live).map(|thread| view! {
                <p><A href=format!("/threads/{thread}")>{message_label.clone()}</A></p>
            })}
            <FormError failure=failure fields=&[]/>
            {upcoming.then(|| view! {
                <div class="actions">
                    <a class="button button--small" href=booking.call_link.clone() target="_blank" rel="noopener noreferrer">{t::sessions::session_join()}</a>
                    <AddToCalendar booking=booking.clone()/>
                    <button type="button" class="button button--small button--secondary" on:click=move |_| moving.update(|m| *m = !*m)
                        aria-expanded=move || moving.get().to_string()>{t::sessions::session_reschedule()}</button>
                    <button type="button" class="button button--small button--secondary" on:click=move |_| cancelling.update(|c| *c = !*c)
                        aria-expanded=move || cancelling.get().to_string()>{t::sessions::session_cancel()}</button>
                </div>
            })}
            <Show when=move || cancelling.get()>
                <form class="form session__form" on:submit=move |ev: leptos::ev::SubmitEvent| { ev.prevent_default(); cancel.dispatch(reason.get_untracked()); }>
                    <div class="field">
                        <label for=format!("reason-{}", id.get_value())>{t::sessions::session_cancel_reason_label()}</label>
                        <input id=format!("reason-{}", id.get_value()) maxlength="500" bind:value=reason/>
                    </div>
                    <button type="submit" class="button button--danger button--small">{t::sessions::session_cancel_submit()}</button>
                </form>
            </Show>
            <Show when=move || moving.get()>
                <MovePicker mentor_id=mentor_id.clone() reschedule/>
            </Show>
        </li>
    }
}

/// The mentor's next free slots, to move a booking to one of them.
#[component]
fn MovePicker(mentor_id: String, reschedule: Action<String, ()>) -> impl IntoView {
    let slots = LocalResource::new(move || api::slots(mentor_id.clone(), 14));
    let picked = RwSignal::new(String::new());
    view! {
        <Loaded resource=slots loading=t::sessions::move_loading() let(list)>
            {if list.slots.is_empty() {
                view! { <p class="muted">{t::sessions::move_none()}</p> }.into_any()
            } else {
                picked.set(list.slots[0].start.clone());
                view! {
                    <form class="form session__form" on:submit=move |ev: leptos::ev::SubmitEvent| { ev.prevent_default(); reschedule.dispatch(picked.get_untracked()); }>
                        <div class="field">
                            <label for="move-to">{t::sessions::move_to()}</label>
                            <select id="move-to" bind:value=picked>
                                {list.slots.into_iter().map(|slot| {
                                    let label = time::day_time(&slot.start);
                                    view! { <option value=slot.start.clone()>{label}</option> }
                                }).collect_view()}
                            </select>
                        </div>
                        <button type="submit" class="button button--small">{t::sessions::move_submit()}</button>
                    </form>
                }.into_any()
            }}
        </Loaded>
    }
}
