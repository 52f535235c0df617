//! "What do you want help with?": a goal in the person's own words, the mentors who fit with the
//! reasons why and their next free slots, what the goal was understood to ask (editable), and the
//! goal as an open question when no suggestion fits.

use domain::matching::{Match, MatchInput, MatchesEnvelope, ReasonWords};
use domain::request::Format;
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;

use crate::api::{self, ApiFailure, encode};
use crate::components::book_slots::{BookingDialog, BookingTarget};
use crate::components::form::{FieldError, FormError};
use crate::components::intro::linked;
use crate::components::profile_bits::{OrganizationBadge, language_label, language_options};
use crate::{t, time};

const FIELDS: &[&str] = &["goal", "languages", "format", "expertise", "exclude"];

/// The form, and what the person changed in what was understood.
#[derive(Clone, Copy)]
struct Goal {
    text: RwSignal<String>,
    language: RwSignal<String>,
    format: RwSignal<String>,
    outside: RwSignal<bool>,
    added: RwSignal<Vec<String>>,
    removed: RwSignal<Vec<String>>,
}

impl Goal {
    fn input(self) -> MatchInput {
        let language = self.language.get_untracked();
        MatchInput {
            goal: self.text.get_untracked(),
            expertise: self.added.get_untracked(),
            exclude: self.removed.get_untracked(),
            languages: if language.is_empty() { Vec::new() } else { vec![language] },
            format: Format::parse(&self.format.get_untracked()).unwrap_or_default(),
            within_days: None,
            outside_my_organization: self.outside.get_untracked(),
            limit: None,
        }
    }
}

#[component]
pub fn MatchPage() -> impl IntoView {
    let query = use_query_map();
    let initial = query.with_untracked(|q| q.get("goal")).unwrap_or_default();
    let goal = Goal {
        text: RwSignal::new(initial.clone()),
        language: RwSignal::new(String::new()),
        format: RwSignal::new(Format::Either.as_str().to_string()),
        outside: RwSignal::new(false),
        added: RwSignal::new(Vec::new()),
        removed: RwSignal::new(Vec::new()),
    };
    let found = RwSignal::new(None::<MatchesEnvelope>);
    // The slot a card's "Book" chose: the panel opens on it, here.
    let booking = RwSignal::new(None::<BookingTarget>);
    provide_context(booking);
    let failure = RwSignal::new(None::<ApiFailure>);
    let pending = RwSignal::new(false);
    let run = move || {
        pending.set(true);
        let input = goal.input();
        spawn_local(async move {
            match api::matches(input).await {
                Ok(answer) => {
                    failure.set(None);
                    found.set(Some(answer));
                }
                Err(error) => failure.set(Some(error)),
            }
            pending.set(false);
        });
    };
    if initial.trim().chars().count() >= domain::matching::GOAL_MIN_CHARS {
        run();
    }
    let on_submit = move |event: SubmitEvent| {
        event.prevent_default();
        goal.added.set(Vec::new());
        goal.removed.set(Vec::new());
        run();
    };

    view! {
        <h1>{t::finding::match_heading()}</h1>
        <p class="lead">{linked(t::finding::match_lead(), &[])}</p>
        <form class="panel match-form" on:submit=on_submit novalidate>
            <FormError failure=failure fields=FIELDS/>
            <label for="match-goal">{t::finding::match_goal_label()}</label>
            <textarea
                id="match-goal"
                rows="3"
                maxlength="1000"
                required
                aria-describedby="match-goal-hint goal-error"
                prop:value=move || goal.text.get()
                on:input=move |ev| goal.text.set(event_target_value(&ev))
            ></textarea>
            <p id="match-goal-hint" class="hint">{t::finding::match_goal_hint()}</p>
            <FieldError failure=failure field="goal"/>
            <div class="match-form__options">
                <div>
                    <label for="match-language">{t::finding::match_language_label()}</label>
                    <select id="match-language" on:change=move |ev| goal.language.set(event_target_value(&ev))>
                        <option value="" selected>{t::finding::match_language_any()}</option>
                        {language_options().into_iter().map(|(code, name)| view! { <option value=code>{name}</option> }).collect_view()}
                    </select>
                </div>
                <div>
                    <label for="match-format">{t::finding::match_format_label()}</label>
                    <select id="match-format" on:change=move |ev| goal.format.set(event_target_value(&ev))>
                        <option value="either" selected>{t::finding::match_format_either()}</option>
                        <option value="call">{t::finding::match_format_call()}</option>
                        <option value="written">{t::finding::match_format_written()}</option>
                    </select>
                </div>
                <label class="check">
                    <input type="checkbox" on:change=move |ev| goal.outside.set(event_target_checked(&ev))/>
                    {t::finding::match_outside()}
                </label>
            </div>
            <button type="submit" class="button" disabled=move || pending.get()>
                {move || if pending.get() { t::finding::match_submitting() } else { t::finding::match_submit() }}
            </button>
        </form>
        <div aria-live="polite">
            {move || found.get().map(|found| view! { <Results found goal run/> })}
        </div>
        <BookingDialog target=booking/>
    }
}

#[component]
fn Results(
    found: MatchesEnvelope,
    goal: Goal,
    run: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let MatchesEnvelope { matches, understood, request_draft } = found;
    let adding = RwSignal::new(String::new());
    let remove = move |tag: String| {
        goal.added.update(|added| added.retain(|t| *t != tag));
        goal.removed.update(|removed| removed.push(tag));
        run();
    };
    let add = move |event: SubmitEvent| {
        event.prevent_default();
        let tag = adding.get_untracked().trim().to_lowercase();
        if tag.is_empty() {
            return;
        }
        goal.removed.update(|removed| removed.retain(|t| *t != tag));
        goal.added.update(|added| {
            if !added.contains(&tag) {
                added.push(tag.clone());
            }
        });
        adding.set(String::new());
        run();
    };
    let ask_link = format!(
        "/requests/new?title={}&body={}&expertise={}",
        encode(&request_draft.title),
        encode(&request_draft.body),
        encode(&request_draft.expertise.join(", "))
    );
    let count = matches.len();
    view! {
        <section class="understood" aria-labelledby="understood-title">
            <h2 id="understood-title" class="understood__title">{t::finding::understood_title()}</h2>
            {if understood.skills.is_empty() {
                view! { <p class="muted">{t::finding::understood_none()}</p> }.into_any()
            } else {
                view! {
                    <ul class="chips">
                        {understood.skills.into_iter().map(|tag| {
                            let label = t::finding::understood_remove(&tag);
                            let value = tag.clone();
                            view! {
                                <li>
                                    <button type="button" class="chip" aria-label=label on:click=move |_| remove(value.clone())>
                                        {tag}<span aria-hidden="true">" ×"</span>
                                    </button>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
            {(!understood.related.is_empty()).then(|| view! {
                <p class="hint">{t::finding::understood_related(understood.related.join(" · "))}</p>
            })}
            <form class="understood__add" on:submit=add>
                <label for="match-add-skill">{t::finding::understood_add_label()}</label>
                <input
                    id="match-add-skill"
                    type="text"
                    maxlength="40"
                    prop:value=move || adding.get()
                    on:input=move |ev| adding.set(event_target_value(&ev))
                />
                <button type="submit" class="button button--secondary">{t::finding::understood_add()}</button>
            </form>
        </section>
        <h2 class="results__count">
            {t::finding::match_count(count)}
        </h2>
        <ol class="match-list">
            {matches.into_iter().map(|found| view! { <MatchCard found/> }).collect_view()}
        </ol>
        <p class="match-ask">
            <A href=ask_link attr:class="button button--secondary">{t::finding::match_ask_open()}</A>
        </p>
    }
}

/// Why a mentor is suggested, in the reader's language.
fn reason_text(words: &ReasonWords) -> String {
    match words {
        ReasonWords::Knows { skill, written: Some(written) } => {
            t::finding::reason_knows_written(skill, written)
        }
        ReasonWords::Knows { skill, written: None } => t::finding::reason_knows(skill),
        ReasonWords::KnowsClose { skill, close_to: Some(close) } => {
            t::finding::reason_knows_close(skill, close)
        }
        ReasonWords::KnowsClose { skill, close_to: None } => t::finding::reason_knows_close_any(skill),
        ReasonWords::StageAimed { stage } => {
            t::finding::reason_stage_aimed(t::finding::career_stage(stage.as_str()))
        }
        ReasonWords::StageAhead { stage } => {
            t::finding::reason_stage_ahead(t::finding::career_stage(stage.as_str()))
        }
        ReasonWords::Speaks { language } => t::finding::reason_speaks(language_label(language)),
        ReasonWords::HoursOverlap { hours, timezone } => t::finding::reason_hours_overlap(*hours, timezone),
        ReasonWords::FreeWithinHour => t::finding::reason_free_within_hour(),
        ReasonWords::FreeWithinDays { days } => t::finding::reason_free_within_days(*days),
        ReasonWords::Answered { questions } => t::finding::reason_answered(*questions),
        ReasonWords::OutsideOrganization => t::finding::reason_outside_organization(),
    }
}

#[component]
fn MatchCard(found: Match) -> impl IntoView {
    let Match { mentor, reasons, next_free_slots, .. } = found;
    let booking = expect_context::<RwSignal<Option<BookingTarget>>>();
    let profile = format!("/mentors/{}", mentor.id);
    let name = mentor.display_name.clone();
    view! {
        <li class="card match-card">
            <h3 class="mentor-card__name"><A href=profile>{mentor.display_name.clone()}</A></h3>
            {(!mentor.headline.is_empty()).then(|| view! { <p class="mentor-card__headline">{mentor.headline.clone()}</p> })}
            <p class="mentor-card__meta"><OrganizationBadge organization=mentor.organization.clone()/></p>
            <ul class="reasons" aria-label=t::finding::match_why(&name)>
                {reasons.into_iter().map(|reason| view! { <li class="reason">{reason_text(&reason.words)}</li> }).collect_view()}
            </ul>
            {if next_free_slots.is_empty() {
                let ask = mentor.accepting_requests.then(|| view! {
                    <A href=format!("/requests/new?mentor={}", encode(&mentor.id)) attr:class="button button--secondary button--small">
                        {t::finding::match_ask_mentor(&name)}
                    </A>
                });
                view! { <p class="muted">{t::finding::match_no_slot()}</p> {ask} }.into_any()
            } else {
                view! {
                    <ul class="slot-list" aria-label=t::finding::match_slots_label(&name)>
                        {next_free_slots.into_iter().map(|slot| {
                            let label = time::short_day_time(&slot.start);
                            let chosen = BookingTarget {
                                mentor_id: mentor.id.clone(),
                                mentor_name: name.clone(),
                                mentor_zone: mentor.timezone.clone(),
                                slot,
                            };
                            view! {
                                <li>
                                    <button type="button" class="slot" on:click=move |_| booking.set(Some(chosen.clone()))>
                                        {t::finding::match_book_slot(&label)}
                                    </button>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </li>
    }
}
