//! A mentor's profile as the viewer may see it: who they are and what they know first, then
//! their free slots one day at a time, then their impact once there is some.

use domain::booking::{SlotList, SlotView};
use domain::wire::Profile;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::api;
use crate::components::book_slots::{BookingDialog, BookingTarget};
use crate::components::impact::{ImpactSection, has_impact};
use crate::components::loaded::Loaded;
use crate::components::profile_bits::{LanguageList, OrganizationBadge, TagList};
use crate::session::Session;
use crate::t;
use crate::time;

/// How many days ahead the slots are offered.
const DAYS_AHEAD: u32 = 14;

#[component]
pub fn MentorProfilePage() -> impl IntoView {
    let params = use_params_map();
    let id = move || params.read().get("id").unwrap_or_default();
    let profile = LocalResource::new(move || api::mentor(id()));

    let not_found = || {
        view! {
            <section class="narrow" aria-labelledby="page-title">
                <h1 id="page-title">{t::booking::profile_not_found_heading()}</h1>
                <p>{t::booking::profile_not_found_lead()}</p>
                <p><A href="/mentors">{t::booking::browse_directory()}</A></p>
            </section>
        }
    };
    view! {
        <Loaded resource=profile loading=t::booking::profile_loading() title=t::booking::profile_title() not_found let(profile)>
            <ProfileView profile=profile.mentor impact=profile.impact/>
        </Loaded>
    }
}

#[component]
fn ProfileView(profile: Profile, impact: domain::wrapup::Impact) -> impl IntoView {
    let session = Session::get();
    let own = {
        let id = profile.id.clone();
        move || session.me().is_some_and(|me| me.user.id == id)
    };
    let stage = profile.career_stage.map(|stage| t::booking::career_stage(stage.as_str()));
    let ask_href = StoredValue::new(format!("/requests/new?mentor={}", api::encode(&profile.id)));
    let ask_label = StoredValue::new(t::booking::profile_ask(&profile.display_name));
    view! {
        <article class="profile" aria-labelledby="page-title">
            <header class="profile__header">
                <h1 id="page-title">{profile.display_name.clone()}</h1>
                {(!profile.headline.is_empty()).then(|| view! { <p class="lead">{profile.headline.clone()}</p> })}
                <p class="profile__meta">
                    <OrganizationBadge organization=profile.organization.clone()/>
                    {stage.map(|stage| view! { <span class="pill">{stage}</span> })}
                    {profile.is_mentor.then(|| view! { <span class="pill pill--accent">{t::booking::profile_mentor()}</span> })}
                </p>
                <p class="profile__time">
                    {t::booking::profile_time_zone(&profile.timezone, time::now_in(&profile.timezone))}
                </p>
                <Show when=own.clone()>
                    <p><A href="/profile">{t::booking::profile_edit_own()}</A></p>
                </Show>
                // Beside the header, apart from the slots: a question needs no free slot.
                <Show when={
                    let (own, accepting) = (own.clone(), profile.accepting_requests);
                    move || accepting && !own()
                }>
                    <p class="profile__ask">
                        <A href=ask_href.get_value() attr:class="button button--secondary">{ask_label.get_value()}</A>
                    </p>
                </Show>
            </header>
            <section aria-labelledby="about-title">
                <h2 id="about-title">{t::booking::profile_about()}</h2>
                {if profile.bio_html.is_empty() {
                    view! { <p class="muted">{t::booking::profile_no_bio()}</p> }.into_any()
                } else {
                    // Rendered by the API from Markdown with raw HTML escaped and links checked.
                    view! { <div class="prose" inner_html=profile.bio_html.clone()></div> }.into_any()
                }}
            </section>
            <section aria-labelledby="expertise-title">
                <h2 id="expertise-title">{t::booking::profile_expertise()}</h2>
                <TagList tags=profile.expertise.clone() empty=t::booking::profile_no_expertise()/>
            </section>
            <section aria-labelledby="languages-title">
                <h2 id="languages-title">{t::booking::profile_languages()}</h2>
                <LanguageList codes=profile.languages.clone()/>
            </section>
            {(profile.is_mentor && !own()).then(|| view! { <MentorSlots profile=profile.clone()/> })}
            {has_impact(&impact).then(|| view! { <ImpactSection impact own=own()/> })}
        </article>
    }
}

/// The mentor's free slots, one day at a time, and the booking panel they open.
#[component]
fn MentorSlots(profile: Profile) -> impl IntoView {
    let id = profile.id.clone();
    let slots = LocalResource::new(move || api::slots(id.clone(), DAYS_AHEAD));
    let target = RwSignal::new(None::<BookingTarget>);
    // A slot chosen elsewhere (a match or directory card, a wrap-up) opens the panel on it, once.
    let preselect = StoredValue::new(use_query_map().with_untracked(|query| query.get("slot")));
    let mentor =
        StoredValue::new((profile.id.clone(), profile.display_name.clone(), profile.timezone.clone()));
    let choose = move |slot: SlotView| {
        let (mentor_id, mentor_name, mentor_zone) = mentor.get_value();
        target.set(Some(BookingTarget { mentor_id, mentor_name, mentor_zone, slot }));
    };
    view! {
        <section class="panel booking" aria-labelledby="slots-title">
            <h2 id="slots-title">{t::booking::book_heading(&profile.display_name)}</h2>
            <Loaded resource=slots loading=t::booking::slots_loading() let(list)>
                {if list.slots.is_empty() {
                    view! {
                        <p class="muted">{t::booking::slots_none()}</p>
                    }.into_any()
                } else {
                    let mut wanted = None;
                    preselect.update_value(|start| wanted = start.take());
                    let preselected = wanted.and_then(|start| list.slots.iter().find(|slot| slot.start == start).cloned());
                    if let Some(slot) = preselected.clone() {
                        choose(slot);
                    }
                    view! { <DayTabs list preselected choose/> }.into_any()
                }}
            </Loaded>
            <BookingDialog target on_booked=move |_| slots.refetch()/>
        </section>
    }
}

/// One day of the next fortnight: its key, its tab label and its free slots.
struct Day {
    key: String,
    label: String,
    slots: Vec<SlotView>,
}

/// The next days in the viewer's zone, each with its free slots.
fn days(slots: Vec<SlotView>) -> Vec<Day> {
    let mut days: Vec<Day> = Vec::new();
    for ahead in 0..DAYS_AHEAD {
        let at = time::days_from_now(ahead);
        let key = time::day_key(&at);
        if !days.iter().any(|day| day.key == key) {
            days.push(Day { key, label: time::short_day(&at), slots: Vec::new() });
        }
    }
    // The last hours of the fetched fortnight fall on a fifteenth day: left for tomorrow.
    for slot in slots {
        let key = time::day_key(&slot.start);
        if let Some(day) = days.iter_mut().find(|day| day.key == key) {
            day.slots.push(slot);
        }
    }
    days
}

/// Tabs for the days (WAI-ARIA tabs: arrows, Home and End move between them), and the chosen
/// day's slots.
#[component]
fn DayTabs(
    list: SlotList,
    preselected: Option<SlotView>,
    choose: impl Fn(SlotView) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let zone = StoredValue::new(list.timezone.clone());
    let days = days(list.slots);
    let first = preselected
        .map(|slot| time::day_key(&slot.start))
        .and_then(|key| days.iter().position(|day| day.key == key))
        .or_else(|| days.iter().position(|day| !day.slots.is_empty()))
        .unwrap_or(0);
    let count = days.len();
    let selected = RwSignal::new(first);
    let days = StoredValue::new(days);
    let focus_tab = move |index: usize| {
        let tab = web_sys::window()
            .and_then(|window| window.document())
            .and_then(|document| document.get_element_by_id(&format!("day-tab-{index}")));
        if let Some(tab) =
            tab.and_then(|tab| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(tab).ok())
        {
            let _ = tab.focus();
        }
    };
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        let now = selected.get_untracked();
        let next = match ev.key().as_str() {
            "ArrowRight" => (now + 1) % count,
            "ArrowLeft" => (now + count - 1) % count,
            "Home" => 0,
            "End" => count - 1,
            _ => return,
        };
        ev.prevent_default();
        selected.set(next);
        focus_tab(next);
    };
    view! {
        <p class="hint">{time::zone_hint()}" "{t::booking::slots_mentor_time()}</p>
        <div class="day-tabs" role="tablist" aria-label=t::booking::slots_days() on:keydown=on_key>
            {days.with_value(|days| days.iter().enumerate().map(|(index, day)| {
                let free = t::booking::slots_day_free(day.slots.len());
                view! {
                    <button type="button" role="tab" class="day-tab" id=format!("day-tab-{index}")
                        aria-controls="day-panel"
                        aria-selected=move || (selected.get() == index).to_string()
                        tabindex=move || if selected.get() == index { "0" } else { "-1" }
                        on:click=move |_| selected.set(index)>
                        <span class="day-tab__day">{day.label.clone()}</span>
                        <span class="day-tab__count">{free}</span>
                    </button>
                }
            }).collect_view())}
        </div>
        <div class="day-panel" role="tabpanel" id="day-panel"
            aria-labelledby=move || format!("day-tab-{}", selected.get())>
            {move || {
                let index = selected.get();
                let (slots, label) = days.with_value(|days| (days[index].slots.clone(), days[index].label.clone()));
                if slots.is_empty() {
                    return view! { <p class="muted">{t::booking::slots_none_this_day()}</p> }.into_any();
                }
                view! {
                    <ul class="slot-list">
                        {slots.into_iter().map(|slot| {
                            let mine = time::time(&slot.start);
                            let theirs = time::time_in(&slot.start, &zone.get_value());
                            let context = t::booking::slot_book_at(&label);
                            view! {
                                <li>
                                    <button type="button" class="slot" on:click=move |_| choose(slot.clone())>
                                        <span class="visually-hidden">{context}" "</span>
                                        <span class="slot__mine">{mine}</span>
                                        <span class="slot__theirs">{t::booking::slot_for_them(theirs)}</span>
                                    </button>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </div>
    }
}
