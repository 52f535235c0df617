//! The mentor's calendars, in the availability editor: a feed of their sessions to subscribe to,
//! busy times read from their own calendars, and why a given slot is or is not offered.

use domain::calendar::{BusyCalendar, CalendarStatus, MAX_BUSY_CALENDARS};
use domain::slots::SlotStatus;
use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use crate::api::{self, ApiFailure};
use crate::browser::{copy_text, local_input_to_rfc3339};
use crate::components::form::{FieldError, FormError};
use crate::components::loaded::Loaded;
use crate::t;
use crate::time;

/// Everyone has the feed; mentors also their busy calendars and the slot explainer.
#[component]
pub fn CalendarsSection(is_mentor: bool) -> impl IntoView {
    view! {
        <section class="panel" aria-labelledby="calendars-title">
            <h2 id="calendars-title">{t::schedule::calendars_title()}</h2>
            <FeedSettings/>
            {is_mentor.then(|| view! { <BusyCalendars/> <ExplainSlot/> })}
        </section>
    }
}

/// The feed's address with copy, new address and off.
#[component]
fn FeedSettings() -> impl IntoView {
    let loaded = LocalResource::new(api::calendar_feed);
    view! {
        <h3>{t::schedule::feed_heading()}</h3>
        <Loaded resource=loaded loading=t::shell::loading() let(url)>
            <FeedControls url=RwSignal::new(url)/>
        </Loaded>
    }
}

#[component]
fn FeedControls(url: RwSignal<Option<String>>) -> impl IntoView {
    let failure = RwSignal::new(None::<ApiFailure>);
    let status = RwSignal::new(String::new());
    let rotate = Action::new_local(move |_: &()| async move {
        match api::rotate_calendar_feed().await {
            Ok(new) => {
                let was_on = url.get_untracked().is_some();
                url.set(new);
                failure.set(None);
                status.set(if was_on { t::schedule::feed_renewed() } else { t::schedule::feed_turned_on() });
            }
            Err(error) => failure.set(Some(error)),
        }
    });
    let turn_off = Action::new_local(move |_: &()| async move {
        match api::delete_calendar_feed().await {
            Ok(()) => {
                url.set(None);
                failure.set(None);
                status.set(t::schedule::feed_turned_off());
            }
            Err(error) => failure.set(Some(error)),
        }
    });
    let copy = move |_| {
        if let Some(address) = url.get_untracked() {
            copy_text(&address);
            status.set(t::schedule::feed_copied());
        }
    };
    view! {
        <FormError failure=failure fields=&[]/>
        <Show
            when=move || url.with(Option::is_some)
            fallback=move || view! {
                <p class="hint">{t::schedule::feed_intro()}</p>
                <button type="button" class="button button--small" on:click=move |_| { rotate.dispatch(()); }>
                    {t::schedule::feed_turn_on()}
                </button>
            }
        >
            <div class="field">
                <label for="feed-url">{t::schedule::feed_url_label()}</label>
                <input id="feed-url" type="text" readonly prop:value=move || url.get().unwrap_or_default()
                    aria-describedby="feed-url-hint"/>
                <p class="hint" id="feed-url-hint">{t::schedule::feed_url_hint()}</p>
            </div>
            <div class="actions">
                <button type="button" class="button button--small" on:click=copy>{t::schedule::feed_copy()}</button>
                <button type="button" class="button button--small button--secondary" on:click=move |_| { rotate.dispatch(()); }>
                    {t::schedule::feed_new_address()}
                </button>
                <button type="button" class="button button--small button--secondary" on:click=move |_| { turn_off.dispatch(()); }>
                    {t::schedule::feed_turn_off()}
                </button>
            </div>
        </Show>
        <p class="saved" role="status">{move || status.get()}</p>
    }
}

fn status_label(calendar: &BusyCalendar) -> String {
    match calendar.status {
        None | Some(CalendarStatus::Pending) => t::schedule::calendar_status_pending(),
        Some(CalendarStatus::Ok) => t::schedule::calendar_status_ok(),
        Some(CalendarStatus::Unreachable) => t::schedule::calendar_status_unreachable(),
        Some(CalendarStatus::NotIcalendar) => t::schedule::calendar_status_not_icalendar(),
        Some(CalendarStatus::TooLarge) => t::schedule::calendar_status_too_large(),
        Some(CalendarStatus::TooSlow) => t::schedule::calendar_status_too_slow(),
        Some(CalendarStatus::TooComplex) => t::schedule::calendar_status_too_complex(),
    }
}

/// How many times (a second apart) the list is read again while a saved calendar waits for its
/// first read.
const FOLLOWED_READS: u32 = 60;

/// Reads the list again a second from now while a calendar is `pending` (read in the
/// background, usually within seconds), so that its status turns without a reload; stops when
/// none is, after `tries` reads, or when the list is gone from the page.
fn follow_pending(calendars: RwSignal<Vec<BusyCalendar>>, tries: u32) {
    let waiting = calendars
        .try_with_untracked(|list| list.iter().any(|c| c.status == Some(CalendarStatus::Pending)))
        .unwrap_or(false);
    if tries == 0 || !waiting {
        return;
    }
    set_timeout(
        move || {
            leptos::task::spawn_local(async move {
                // A list no longer on the page takes nothing and ends the following.
                let shown = match api::busy_calendars().await {
                    Ok(list) => calendars.try_set(list).is_none(),
                    Err(_) => true,
                };
                if shown {
                    follow_pending(calendars, tries - 1);
                }
            });
        },
        std::time::Duration::from_secs(1),
    );
}

/// The calendars busy times are read from, and a form that replaces them.
#[component]
fn BusyCalendars() -> impl IntoView {
    let loaded = LocalResource::new(api::busy_calendars);
    view! {
        <h3>{t::schedule::busy_heading()}</h3>
        <p class="hint">{t::schedule::busy_intro()}</p>
        <Loaded resource=loaded loading=t::shell::loading() let(calendars)>
            {
                let calendars = RwSignal::new(calendars);
                follow_pending(calendars, FOLLOWED_READS);
                view! { <BusyCalendarsForm calendars=calendars/> }
            }
        </Loaded>
    }
}

#[component]
fn BusyCalendarsForm(calendars: RwSignal<Vec<BusyCalendar>>) -> impl IntoView {
    let failure = RwSignal::new(None::<ApiFailure>);
    let addresses = RwSignal::new(String::new());
    let saved = RwSignal::new(false);
    // The list is what a save changes: focus moves there (the button is disabled meanwhile).
    let list_box = NodeRef::<leptos::html::Div>::new();
    let save = Action::new_local(move |urls: &Vec<String>| {
        let urls = urls.clone();
        async move {
            match api::save_busy_calendars(urls).await {
                Ok(list) => {
                    calendars.set(list);
                    follow_pending(calendars, FOLLOWED_READS);
                    addresses.set(String::new());
                    failure.set(None);
                    saved.set(true);
                    if let Some(list_box) = list_box.get_untracked() {
                        let _ = list_box.focus();
                    }
                }
                Err(error) => failure.set(Some(error)),
            }
        }
    });
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        saved.set(false);
        let typed = addresses.get_untracked();
        save.dispatch(typed.lines().map(str::trim).filter(|l| !l.is_empty()).map(String::from).collect());
    };
    // Said once per change: saved, then read (or not) in the background.
    let saved_status = move || {
        saved.get().then(|| {
            let reading =
                calendars.with(|list| list.iter().any(|c| c.status == Some(CalendarStatus::Pending)));
            if reading { t::schedule::busy_saved_reading() } else { t::schedule::busy_saved_read() }
        })
    };
    view! {
        <div class="calendar-lists" role="group" tabindex="-1" aria-label=t::schedule::busy_list_label() node_ref=list_box>
        {move || {
            let list = calendars.get();
            if list.is_empty() {
                return view! { <p class="muted">{t::schedule::busy_none()}</p> }.into_any();
            }
            view! {
                <ul class="calendar-list">
                    {list.into_iter().map(|calendar| {
                        let problem = !matches!(
                            calendar.status,
                            None | Some(CalendarStatus::Ok | CalendarStatus::Pending)
                        );
                        let read = calendar.fetched_at.as_deref().map(time::date_time);
                        view! {
                            <li class="calendar-list__item">
                                <span class="calendar-list__name">{format!("{} …{}", calendar.host, calendar.ends_with)}</span>
                                <span class="badge" class:badge--warning=problem>{status_label(&calendar)}</span>
                                <span class="hint">
                                    {match read {
                                        Some(at) => t::schedule::busy_times_read(calendar.busy_intervals, at),
                                        None => t::schedule::busy_times(calendar.busy_intervals),
                                    }}
                                </span>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            }.into_any()
        }}
        </div>
        <form class="form form--wide" on:submit=on_submit novalidate>
            <FormError failure=failure fields=&["urls"]/>
            <div class="field">
                <label for="busy-calendar-urls">{t::schedule::busy_urls_label(MAX_BUSY_CALENDARS)}</label>
                <textarea id="busy-calendar-urls" rows="3" spellcheck="false" autocomplete="off"
                    placeholder=t::schedule::calendar_url_placeholder()
                    bind:value=addresses aria-describedby="busy-calendar-urls-hint urls-error"></textarea>
                <p class="hint" id="busy-calendar-urls-hint">{t::schedule::busy_urls_hint()}</p>
                <FieldError failure=failure field="urls"/>
            </div>
            <div class="actions">
                <button type="submit" class="button button--small" disabled=move || save.pending().get()>
                    {move || if save.pending().get() { t::schedule::busy_saving() } else { t::schedule::busy_save() }}
                </button>
                <p class="saved" role="status">{saved_status}</p>
            </div>
        </form>
    }
}

/// What the check of a slot found, said to the mentor.
fn explained(status: SlotStatus) -> String {
    match status {
        SlotStatus::Offered => t::schedule::explain_offered(),
        SlotStatus::BusyCalendar => t::schedule::explain_busy_calendar(),
        SlotStatus::Booked => t::schedule::explain_booked(),
        SlotStatus::OutsideWindow => t::schedule::explain_outside_window(),
        SlotStatus::MinNotice => t::schedule::explain_min_notice(),
        SlotStatus::DailyCap => t::schedule::explain_daily_cap(),
        SlotStatus::WeeklyCap => t::schedule::explain_weekly_cap(),
        SlotStatus::BlockedDate => t::schedule::explain_blocked_date(),
        SlotStatus::Paused => t::schedule::explain_paused(),
    }
}

/// "Why isn't 14:00 offered?"
#[component]
fn ExplainSlot() -> impl IntoView {
    let when = RwSignal::new(String::new());
    let failure = RwSignal::new(None::<ApiFailure>);
    let answer = RwSignal::new(None::<String>);
    let explain = Action::new_local(move |start: &String| {
        let start = start.clone();
        async move {
            match api::explain_slot(start).await {
                Ok(explanation) => {
                    failure.set(None);
                    answer.set(Some(explained(explanation.status)));
                }
                Err(error) => {
                    answer.set(None);
                    failure.set(Some(error));
                }
            }
        }
    });
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        match local_input_to_rfc3339(&when.get_untracked()) {
            Some(start) => {
                explain.dispatch(start);
            }
            None => {
                answer.set(None);
                failure.set(Some(ApiFailure::Api(domain::error::ApiError::validation(
                    "start",
                    t::schedule::pick_date_time_first(),
                ))));
            }
        }
    };
    view! {
        <h3>{t::schedule::explain_heading()}</h3>
        <form class="form form--wide" on:submit=on_submit novalidate>
            <FormError failure=failure fields=&["start"]/>
            <div class="actions">
                <label for="explain-start">{t::schedule::explain_label()}</label>
                <input id="explain-start" type="datetime-local" step="300" bind:value=when aria-describedby="start-error"/>
                <button type="submit" class="button button--small button--secondary">{t::schedule::explain_submit()}</button>
            </div>
            <FieldError failure=failure field="start"/>
            <p class="explanation" role="status">{move || answer.get()}</p>
        </form>
    }
}
