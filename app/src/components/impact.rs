//! A mentor's impact in totals on their profile and, when they view their own, what mentees
//! chose to share with them of what came of it.

use domain::outcome::{OutcomeStatus, SharedOutcome};
use leptos::prelude::*;

use crate::api;
use crate::components::loaded::Loaded;
use crate::i18n::format_number;
use crate::{t, time};

/// Whether there is any impact to show: a new mentor's page shows none rather than zeros.
pub fn has_impact(impact: &domain::wrapup::Impact) -> bool {
    impact.sessions_held + impact.people_helped + impact.answers_accepted + impact.outcomes_shared > 0
        || !impact.kudos.is_empty()
}

/// What a mentee did with the help, in words.
fn outcome_label(status: OutcomeStatus) -> String {
    match status {
        OutcomeStatus::Done => t::home::impact_outcome_done(),
        OutcomeStatus::InProgress => t::home::impact_outcome_in_progress(),
        OutcomeStatus::NotYet => t::home::impact_outcome_not_yet(),
        OutcomeStatus::NotUseful => t::home::impact_outcome_not_useful(),
    }
}

/// What the mentor's sessions and answers did, in totals only.
#[component]
pub fn ImpactSection(impact: domain::wrapup::Impact, own: bool) -> impl IntoView {
    let kudos = impact.kudos.clone();
    view! {
        <section aria-labelledby="impact-title">
            <h2 id="impact-title">{t::home::impact_title()}</h2>
            <ul class="impact">
                <li><strong>{format_number(impact.sessions_held)}</strong>" "{t::home::impact_sessions_held(impact.sessions_held)}</li>
                <li><strong>{format_number(impact.people_helped)}</strong>" "{t::home::impact_people_helped(impact.people_helped)}</li>
                <li>
                    <strong>{format_number(impact.organizations_helped)}</strong>" "
                    {t::home::impact_organizations_helped(impact.organizations_helped)}
                </li>
                <li><strong>{format_number(impact.answers_accepted)}</strong>" "{t::home::impact_answers_accepted(impact.answers_accepted)}</li>
                {(impact.outcomes_shared > 0).then(|| view! {
                    <li><strong>{format_number(impact.outcomes_shared)}</strong>" "{t::home::impact_outcomes_shared(impact.outcomes_shared)}</li>
                })}
            </ul>
            {impact.reliability.is_some().then(|| view! {
                <p>{t::home::impact_reliability(impact.sessions_showed_up, impact.sessions_reported)}</p>
            })}
            {(!kudos.is_empty()).then(|| view! {
                <h3>{t::home::impact_kudos()}</h3>
                <ul class="chips">{kudos.into_iter().map(|k| view! { <li class="pill">{t::home::impact_kudos_tag(&k.tag)}" × "{format_number(k.count)}</li> }).collect_view()}</ul>
            })}
            {own.then(|| view! { <MySharedOutcomes/> })}
        </section>
    }
}

/// On the mentor's own profile: what mentees chose to tell them alone.
#[component]
fn MySharedOutcomes() -> impl IntoView {
    let loaded = LocalResource::new(api::my_impact);
    view! {
        <Loaded resource=loaded loading=t::home::impact_loading_shared() let(mine)>
            <SharedOutcomes outcomes=mine.shared_outcomes/>
        </Loaded>
    }
}

/// Outcomes mentees shared with the mentor, newest first.
#[component]
fn SharedOutcomes(outcomes: Vec<SharedOutcome>) -> impl IntoView {
    view! {
        <h3>{t::home::impact_shared_title()}</h3>
        {if outcomes.is_empty() {
            view! { <p class="muted">{t::home::impact_shared_none()}</p> }.into_any()
        } else {
            view! {
                <ul class="outcomes">
                    {outcomes.into_iter().map(|outcome| view! {
                        <li class="card outcome">
                            <p><strong>{outcome.mentee.clone()}</strong>" · "{outcome_label(outcome.status)}" · "
                                <span class="muted">{time::date_time(&outcome.updated_at)}</span></p>
                            <p class="muted">{outcome.about.clone()}</p>
                            {(!outcome.note.is_empty()).then(|| view! { <blockquote>{outcome.note.clone()}</blockquote> })}
                        </li>
                    }).collect_view()}
                </ul>
            }.into_any()
        }}
    }
}
