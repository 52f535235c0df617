//! The mentor's availability: weekly windows in their own zone, limits, and "I have 15 minutes
//! free at…", with a preview of the next slots others will see.

use domain::booking::{AvailabilityInput, SlotList, WeeklyWindowInput};
use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use crate::api::{self, ApiFailure, ApiResult};
use crate::browser::{local_input_to_rfc3339, timezone_options_html};
use crate::components::form::{FieldError, FormError};
use crate::components::loaded::Loaded;
use crate::t;
use crate::time;

/// A text in the reader's language, looked up when shown.
type Label = fn() -> String;

/// The days of a weekly window: the API's names and the ones shown (in the reader's language).
pub const WEEKDAYS: [(&str, Label); 7] = [
    ("mon", t::schedule::weekday_mon),
    ("tue", t::schedule::weekday_tue),
    ("wed", t::schedule::weekday_wed),
    ("thu", t::schedule::weekday_thu),
    ("fri", t::schedule::weekday_fri),
    ("sat", t::schedule::weekday_sat),
    ("sun", t::schedule::weekday_sun),
];

const FIELDS: &[&str] = &[
    "timezone",
    "weekly",
    "one_off",
    "min_notice_minutes",
    "horizon_days",
    "buffer_minutes",
    "max_per_day",
    "max_per_week",
];

/// One weekly window as typed; `key` tells rows apart when one is removed.
#[derive(Clone, Copy)]
struct WindowRow {
    key: u32,
    weekday: RwSignal<String>,
    start: RwSignal<String>,
    end: RwSignal<String>,
}

/// The editor's state: the rules as typed.
#[derive(Clone, Copy)]
struct AvailabilityForm {
    timezone: RwSignal<String>,
    windows: RwSignal<Vec<WindowRow>>,
    one_off: RwSignal<Vec<String>>,
    blocked_dates: RwSignal<Vec<String>>,
    min_notice: RwSignal<String>,
    horizon: RwSignal<String>,
    buffer: RwSignal<String>,
    max_per_day: RwSignal<String>,
    max_per_week: RwSignal<String>,
    next_key: RwSignal<u32>,
}

impl AvailabilityForm {
    fn from_input(input: &AvailabilityInput) -> Self {
        let form = Self {
            timezone: RwSignal::new(input.timezone.clone().unwrap_or_else(|| "UTC".into())),
            windows: RwSignal::new(Vec::new()),
            one_off: RwSignal::new(input.one_off.clone()),
            blocked_dates: RwSignal::new(input.blocked_dates.clone()),
            min_notice: RwSignal::new(input.min_notice_minutes.to_string()),
            horizon: RwSignal::new(input.horizon_days.to_string()),
            buffer: RwSignal::new(input.buffer_minutes.to_string()),
            max_per_day: RwSignal::new(input.max_per_day.map(|n| n.to_string()).unwrap_or_default()),
            max_per_week: RwSignal::new(input.max_per_week.map(|n| n.to_string()).unwrap_or_default()),
            next_key: RwSignal::new(0),
        };
        for window in &input.weekly {
            form.add_window(&window.weekday, &window.start, &window.end);
        }
        form
    }

    fn add_window(self, weekday: &str, start: &str, end: &str) {
        let key = self.next_key.get_untracked();
        self.next_key.set(key + 1);
        let row = WindowRow {
            key,
            weekday: RwSignal::new(weekday.into()),
            start: RwSignal::new(start.into()),
            end: RwSignal::new(end.into()),
        };
        self.windows.update(|windows| windows.push(row));
    }

    fn to_input(self) -> Result<AvailabilityInput, ApiFailure> {
        let number = |field: &'static str, text: String| -> Result<Option<i64>, ApiFailure> {
            let text = text.trim().to_string();
            if text.is_empty() {
                return Ok(None);
            }
            text.parse().map(Some).map_err(|_| {
                ApiFailure::Api(domain::error::ApiError::validation(field, t::schedule::enter_whole_number()))
            })
        };
        Ok(AvailabilityInput {
            timezone: Some(self.timezone.get_untracked()),
            weekly: self
                .windows
                .get_untracked()
                .iter()
                .map(|row| WeeklyWindowInput {
                    weekday: row.weekday.get_untracked(),
                    start: row.start.get_untracked(),
                    end: row.end.get_untracked(),
                })
                .collect(),
            one_off: self.one_off.get_untracked(),
            blocked_dates: self.blocked_dates.get_untracked(),
            min_notice_minutes: number("min_notice_minutes", self.min_notice.get_untracked())?.unwrap_or(120),
            horizon_days: number("horizon_days", self.horizon.get_untracked())?.unwrap_or(21),
            buffer_minutes: number("buffer_minutes", self.buffer.get_untracked())?.unwrap_or(0),
            max_per_day: number("max_per_day", self.max_per_day.get_untracked())?.map(|n| n.max(0) as u32),
            max_per_week: number("max_per_week", self.max_per_week.get_untracked())?.map(|n| n.max(0) as u32),
        })
    }
}

#[component]
pub fn AvailabilityEditor(user_id: String, is_mentor: bool) -> impl IntoView {
    let rules = LocalResource::new(api::availability);
    view! {
        <section class="panel" aria-labelledby="availability-title">
            <h2 id="availability-title">{t::schedule::availability_title()}</h2>
            <p class="hint">{t::schedule::availability_hint()}</p>
            <Loaded resource=rules loading=t::shell::loading() let(input)>
                <Editor form=AvailabilityForm::from_input(&input) user_id=user_id.clone() is_mentor/>
            </Loaded>
        </section>
    }
}

#[component]
fn Editor(form: AvailabilityForm, user_id: String, is_mentor: bool) -> impl IntoView {
    let failure = RwSignal::new(None::<ApiFailure>);
    let saved = RwSignal::new(false);
    // Someone not listed as a mentor has no slots: the API would answer 404.
    let preview = is_mentor.then(|| LocalResource::new(move || api::slots(user_id.clone(), PREVIEW_DAYS)));
    let quick = RwSignal::new(String::new());
    let save = Action::new_local(move |input: &AvailabilityInput| {
        let input = input.clone();
        async move {
            match api::save_availability(input).await {
                Ok(stored) => {
                    form.one_off.set(stored.one_off);
                    failure.set(None);
                    saved.set(true);
                    if let Some(preview) = preview {
                        preview.refetch();
                    }
                }
                Err(error) => failure.set(Some(error)),
            }
        }
    });
    let submit = move || {
        saved.set(false);
        match form.to_input() {
            Ok(input) => {
                save.dispatch(input);
            }
            Err(error) => failure.set(Some(error)),
        }
    };
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        submit();
    };
    let add_quick = move |_| {
        let Some(start) = local_input_to_rfc3339(&quick.get_untracked()) else {
            failure.set(Some(ApiFailure::Api(domain::error::ApiError::validation(
                "one_off",
                t::schedule::pick_date_time_first(),
            ))));
            return;
        };
        form.one_off.update(|list| list.push(start));
        submit();
    };
    view! {
        <form class="form form--wide" on:submit=on_submit novalidate>
            <FormError failure=failure fields=FIELDS/>
            <div class="field">
                <label for="availability-timezone">{t::schedule::timezone_label()}</label>
                <select id="availability-timezone" inner_html=timezone_options_html(&form.timezone.get_untracked())
                    bind:value=form.timezone aria-describedby="timezone-error">
                </select>
            </div>
            <fieldset class="fieldset">
                <legend>{t::schedule::windows_legend()}</legend>
                <ul class="windows">
                    <For each=move || form.windows.get() key=|row| row.key let(WindowRow { key, weekday, start, end })>
                        <li class="window">
                            <label class="visually-hidden" for=format!("weekday-{key}")>{t::schedule::window_day()}</label>
                            <select id=format!("weekday-{key}") bind:value=weekday>
                                {WEEKDAYS.into_iter().map(|(value, label)| view! {
                                    <option value=value selected=weekday.get_untracked() == value>{label()}</option>
                                }).collect_view()}
                            </select>
                            <label for=format!("start-{key}")>{t::schedule::window_from()}</label>
                            <input id=format!("start-{key}") type="time" step="900" bind:value=start/>
                            <label for=format!("end-{key}")>{t::schedule::window_to()}</label>
                            <input id=format!("end-{key}") type="time" step="900" bind:value=end/>
                            <button type="button" class="button button--small button--secondary"
                                aria-label=move || t::schedule::window_remove_label(weekday.get())
                                on:click=move |_| form.windows.update(|w| w.retain(|row| row.key != key))>{t::schedule::window_remove()}</button>
                        </li>
                    </For>
                </ul>
                <button type="button" class="button button--small button--secondary" on:click=move |_| form.add_window("mon", "12:00", "13:00")>
                    {t::schedule::window_add()}
                </button>
                <FieldError failure=failure field="weekly"/>
            </fieldset>
            <div class="field-row">
                <div class="field">
                    <label for="min_notice">{t::schedule::min_notice_label()}</label>
                    <input id="min_notice" type="number" min="0" inputmode="numeric" bind:value=form.min_notice aria-describedby="min_notice_minutes-error"/>
                    <FieldError failure=failure field="min_notice_minutes"/>
                </div>
                <div class="field">
                    <label for="horizon">{t::schedule::horizon_label()}</label>
                    <input id="horizon" type="number" min="1" max="90" inputmode="numeric" bind:value=form.horizon aria-describedby="horizon_days-error"/>
                    <FieldError failure=failure field="horizon_days"/>
                </div>
                <div class="field">
                    <label for="buffer">{t::schedule::buffer_label()}</label>
                    <input id="buffer" type="number" min="0" inputmode="numeric" bind:value=form.buffer aria-describedby="buffer_minutes-error"/>
                    <FieldError failure=failure field="buffer_minutes"/>
                </div>
                <div class="field">
                    <label for="max_per_day">{t::schedule::max_per_day_label()}</label>
                    <input id="max_per_day" type="number" min="0" inputmode="numeric" placeholder=t::schedule::max_per_day_placeholder() bind:value=form.max_per_day aria-describedby="max_per_day-error"/>
                    <FieldError failure=failure field="max_per_day"/>
                </div>
                <div class="field">
                    <label for="max_per_week">{t::schedule::max_per_week_label()}</label>
                    <input id="max_per_week" type="number" min="0" inputmode="numeric" bind:value=form.max_per_week aria-describedby="max_per_week-error"/>
                    <FieldError failure=failure field="max_per_week"/>
                </div>
            </div>
            <div class="actions">
                <button type="submit" class="button" disabled=move || save.pending().get()>{t::schedule::availability_save()}</button>
                <p class="saved" role="status">{move || saved.get().then(t::schedule::availability_saved)}</p>
            </div>
            <fieldset class="fieldset">
                <legend>{t::schedule::quick_legend()}</legend>
                <div class="actions">
                    <label class="visually-hidden" for="quick-slot">{t::schedule::quick_label()}</label>
                    <input id="quick-slot" type="datetime-local" step="900" bind:value=quick/>
                    <button type="button" class="button button--small" on:click=add_quick>{t::schedule::quick_offer()}</button>
                </div>
                <FieldError failure=failure field="one_off"/>
                <p class="hint">{move || t::schedule::one_off_count(form.one_off.with(Vec::len))}</p>
            </fieldset>
        </form>
        <h3>{t::schedule::preview_heading()}</h3>
        {match preview {
            None => view! { <p class="muted">{t::schedule::preview_not_mentor()}</p> }.into_any(),
            Some(preview) => view! { <SlotPreview preview/> }.into_any(),
        }}
    }
}

/// How far the preview looks: the longest range the slots endpoint serves, so a window on a
/// day that has just passed still shows its next week's slots.
const PREVIEW_DAYS: u32 = 31;

#[component]
fn SlotPreview(preview: LocalResource<ApiResult<SlotList>>) -> impl IntoView {
    view! {
        <Loaded resource=preview loading=t::shell::loading() let(list)>
            {if list.slots.is_empty() {
                view! { <p class="muted">{t::schedule::preview_none(PREVIEW_DAYS)}</p> }.into_any()
            } else {
                view! {
                    <ul class="tags slot-preview">
                        {list.slots.into_iter().take(12).map(|slot| view! {
                            <li class="tag">{time::short_day_time(&slot.start)}</li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </Loaded>
    }
}
