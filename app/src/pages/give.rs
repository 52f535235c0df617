//! "Give 15 minutes": becoming a mentor in three steps. A profile, then the weekly windows
//! (lunchtime on weekdays to start with), then a preview of the public page with its slots.

use domain::booking::{AvailabilityInput, WeeklyWindowInput};
use domain::profile::ProfileUpdate;
use domain::wire::Me;
use leptos::ev::SubmitEvent;
use leptos::html;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;

use crate::api::{self, ApiFailure};
use crate::browser::timezone_options_html;
use crate::components::form::{FieldError, FormError};
use crate::components::loaded::Loaded;
use crate::components::profile_bits::{LanguagePicker, TagList, language_options};
use crate::components::signed_in::SignedIn;
use crate::session::Session;
use crate::{t, time};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Step {
    Profile,
    Windows,
    Preview,
}

impl Step {
    fn title(self) -> String {
        match self {
            Self::Profile => t::profile::give_step_profile(),
            Self::Windows => t::profile::give_step_windows(),
            Self::Preview => t::profile::give_step_preview(),
        }
    }
}

/// The days of the week, by their value in the API, with their names.
fn weekdays() -> [(&'static str, String); 7] {
    [
        ("mon", t::profile::weekday_mon()),
        ("tue", t::profile::weekday_tue()),
        ("wed", t::profile::weekday_wed()),
        ("thu", t::profile::weekday_thu()),
        ("fri", t::profile::weekday_fri()),
        ("sat", t::profile::weekday_sat()),
        ("sun", t::profile::weekday_sun()),
    ]
}

#[component]
pub fn GivePage() -> impl IntoView {
    let session = Session::get();
    view! {
        <section class="narrow" aria-labelledby="page-title">
            <h1 id="page-title">{t::profile::give_heading()}</h1>
            <SignedIn reason=t::profile::give_sign_in_reason()>
                {move || session.me_untracked().map(|me| view! { <Steps me/> })}
            </SignedIn>
        </section>
    }
}

#[component]
fn Steps(me: Me) -> impl IntoView {
    let step = RwSignal::new(Step::Profile);
    let heading = NodeRef::<html::H2>::new();
    let go = move |next: Step| {
        step.set(next);
        // The new step is what changed: focus its heading.
        request_animation_frame(move || {
            if let Some(heading) = heading.get_untracked() {
                let _ = heading.focus();
            }
        });
    };
    let id = me.user.id.clone();
    view! {
        <h2 node_ref=heading tabindex="-1">{move || step.get().title()}</h2>
        {move || match step.get() {
            Step::Profile => view! { <ProfileStep me=me.clone() done=move || go(Step::Windows)/> }.into_any(),
            Step::Windows => view! { <WindowsStep done=move || go(Step::Preview)/> }.into_any(),
            Step::Preview => view! { <PreviewStep id=id.clone()/> }.into_any(),
        }}
    }
}

#[component]
fn ProfileStep(me: Me, done: impl Fn() + Copy + Send + Sync + 'static) -> impl IntoView {
    let session = Session::get();
    let profile = me.profile;
    let name = RwSignal::new(profile.display_name.clone());
    let headline = RwSignal::new(profile.headline.clone());
    let expertise = RwSignal::new(profile.expertise.join(", "));
    let languages = RwSignal::new(profile.languages.clone());
    // A new profile starts in the device's zone rather than UTC.
    let zone = RwSignal::new(match time::device_zone() {
        Some(device) if profile.display_name.is_empty() => device,
        _ => profile.timezone.clone(),
    });
    let failure = RwSignal::new(None::<ApiFailure>);
    let timezones = timezone_options_html(&zone.get_untracked());
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let update = ProfileUpdate {
            display_name: Some(name.get_untracked()),
            headline: Some(headline.get_untracked()),
            expertise: Some(
                expertise
                    .get_untracked()
                    .split(',')
                    .map(str::trim)
                    .filter(|t| !t.is_empty())
                    .map(String::from)
                    .collect(),
            ),
            languages: Some(languages.get_untracked()),
            timezone: Some(zone.get_untracked()),
            is_mentor: Some(true),
            accepting_requests: Some(true),
            ..ProfileUpdate::default()
        };
        spawn_local(async move {
            match api::update_profile(update).await {
                Ok(_) => {
                    session.refresh();
                    done();
                }
                Err(error) => failure.set(Some(error)),
            }
        });
    };
    view! {
        <p>{t::profile::give_profile_lead()}</p>
        <form class="form" on:submit=on_submit novalidate>
            <FormError failure fields=&["display_name", "headline", "expertise", "languages", "timezone"]/>
            <div class="field">
                <label for="give-name">{t::profile::profile_name()}</label>
                <input id="give-name" autocomplete="name" required bind:value=name aria-describedby="display_name-error"/>
                <FieldError failure field="display_name"/>
            </div>
            <div class="field">
                <label for="give-headline">{t::profile::profile_headline()}</label>
                <input id="give-headline" placeholder=t::profile::profile_headline_placeholder() bind:value=headline aria-describedby="headline-error"/>
                <FieldError failure field="headline"/>
            </div>
            <div class="field">
                <label for="give-expertise">{t::profile::give_expertise()}</label>
                <input id="give-expertise" placeholder=t::profile::profile_expertise_placeholder() bind:value=expertise
                    aria-describedby="give-expertise-hint expertise-error"/>
                <p class="hint" id="give-expertise-hint">{t::profile::profile_expertise_hint()}</p>
                <FieldError failure field="expertise"/>
            </div>
            <LanguagePicker chosen=languages all=language_options() id="give-language" failure/>
            <div class="field">
                <label for="give-zone">{t::profile::profile_timezone()}</label>
                <select id="give-zone" inner_html=timezones prop:value=move || zone.get()
                    on:change=move |ev| zone.set(event_target_value(&ev))>
                </select>
            </div>
            <button type="submit" class="button">{t::profile::give_next_windows()}</button>
        </form>
    }
}

#[component]
fn WindowsStep(done: impl Fn() + Copy + Send + Sync + 'static) -> impl IntoView {
    // Lunchtime on weekdays, at most two sessions a day, booked at least four hours ahead.
    let days = RwSignal::new(vec!["mon", "tue", "wed", "thu", "fri"]);
    let start = RwSignal::new("12:00".to_string());
    let end = RwSignal::new("13:00".to_string());
    let failure = RwSignal::new(None::<ApiFailure>);
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let (start, end) = (start.get_untracked(), end.get_untracked());
        let weekly = days
            .get_untracked()
            .into_iter()
            .map(|day| WeeklyWindowInput { weekday: day.to_string(), start: start.clone(), end: end.clone() })
            .collect();
        let rules = AvailabilityInput {
            timezone: None,
            weekly,
            one_off: Vec::new(),
            blocked_dates: Vec::new(),
            min_notice_minutes: 240,
            horizon_days: 21,
            buffer_minutes: 0,
            max_per_day: Some(2),
            max_per_week: None,
        };
        spawn_local(async move {
            match api::save_availability(rules).await {
                Ok(_) => done(),
                Err(error) => failure.set(Some(error)),
            }
        });
    };
    view! {
        <p>{t::profile::give_windows_lead()}</p>
        <form class="form" on:submit=on_submit novalidate>
            <FormError failure fields=&["weekly"]/>
            <fieldset class="fieldset">
                <legend>{t::profile::give_days()}</legend>
                {weekdays().into_iter().map(|(day, label)| {
                    let id = format!("give-{day}");
                    view! {
                        <div class="check">
                            <input type="checkbox" id=id.clone() prop:checked=move || days.with(|d| d.contains(&day))
                                on:change=move |ev| days.update(|d| {
                                    if event_target_checked(&ev) { d.push(day) } else { d.retain(|x| *x != day) }
                                })/>
                            <label for=id>{label}</label>
                        </div>
                    }
                }).collect_view()}
            </fieldset>
            <div class="field-row">
                <div class="field">
                    <label for="give-start">{t::profile::give_from()}</label>
                    <input id="give-start" type="time" step="900" bind:value=start/>
                </div>
                <div class="field">
                    <label for="give-end">{t::profile::give_until()}</label>
                    <input id="give-end" type="time" step="900" bind:value=end aria-describedby="weekly-error"/>
                </div>
            </div>
            <FieldError failure field="weekly"/>
            <button type="submit" class="button">{t::profile::give_next_preview()}</button>
        </form>
    }
}

#[component]
fn PreviewStep(id: String) -> impl IntoView {
    let mentor = LocalResource::new({
        let id = id.clone();
        move || api::mentor(id.clone())
    });
    let slots = LocalResource::new({
        let id = id.clone();
        move || api::slots(id.clone(), 7)
    });
    let href = format!("/mentors/{id}");
    view! {
        <p>{t::profile::give_preview_lead()}</p>
        <div class="card">
            <Loaded resource=mentor loading=t::profile::give_loading_page() let(found)>
                <h3>{found.mentor.display_name.clone()}</h3>
                <p class="muted">{found.mentor.headline.clone()}</p>
                <TagList tags=found.mentor.expertise.clone() empty=t::profile::give_no_expertise()/>
            </Loaded>
            <Loaded resource=slots loading=t::profile::give_loading_slots() let(list)>
                {match list.slots.first() {
                    Some(slot) => t::profile::give_free_slots(list.slots.len(), time::day_time(&slot.start)),
                    None => t::profile::give_no_free_slot(),
                }}
            </Loaded>
        </div>
        <div class="actions">
            <A href=href attr:class="button">{t::profile::give_open_public()}</A>
            <A href="/profile">{t::profile::give_fine_tune()}</A>
        </div>
    }
}
