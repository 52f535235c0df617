//! A mentor's impact in totals on their profile and, when they view their own, what mentees
//! chose to share with them of what came of it.

use domain::outcome::SharedOutcome;
use leptos::prelude::*;

use crate::api;
use crate::components::loaded::Loaded;
use crate::time;

/// Whether there is any impact to show: a new mentor's page shows none rather than zeros.
pub fn has_impact(impact: &domain::wrapup::Impact) -> bool {
    impact.sessions_held + impact.people_helped + impact.answers_accepted + impact.outcomes_shared > 0
        || !impact.kudos.is_empty()
}

/// What the mentor's sessions and answers did, in totals only.
#[component]
pub fn ImpactSection(impact: domain::wrapup::Impact, own: bool) -> impl IntoView {
    let kudos = impact.kudos.clone();
    view! {
        <section aria-labelledby="impact-title">
            <h2 id="impact-title">"Impact"</h2>
            <ul class="impact">
                <li><strong>{impact.sessions_held}</strong>" sessions held"</li>
                <li><strong>{impact.people_helped}</strong>" people helped"</li>
                <li><strong>{impact.organizations_helped}</strong>" other organizations helped"</li>
                <li><strong>{impact.answers_accepted}</strong>" answers accepted"</li>
                {(impact.outcomes_shared > 0).then(|| view! {
                    <li><strong>{impact.outcomes_shared}</strong>" outcomes shared by mentees"</li>
                })}
            </ul>
            {impact.reliability.clone().map(|line| view! { <p>{line}</p> })}
            {(!kudos.is_empty()).then(|| view! {
                <h3>"Kudos"</h3>
                <ul class="chips">{kudos.into_iter().map(|k| view! { <li class="pill">{k.tag.replace('_', " ")}" × "{k.count}</li> }).collect_view()}</ul>
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
        <Loaded resource=loaded loading="Loading what mentees shared…" let(mine)>
            <SharedOutcomes outcomes=mine.shared_outcomes/>
        </Loaded>
    }
}

/// Outcomes mentees shared with the mentor, newest first.
#[component]
fn SharedOutcomes(outcomes: Vec<SharedOutcome>) -> impl IntoView {
    view! {
        <h3>"What mentees did with your help"</h3>
        {if outcomes.is_empty() {
            view! { <p class="muted">"When mentees choose to tell you what came of a session or an answer, it appears here."</p> }.into_any()
        } else {
            view! {
                <ul class="outcomes">
                    {outcomes.into_iter().map(|outcome| view! {
                        <li class="card outcome">
                            <p><strong>{outcome.mentee.clone()}</strong>" · "{outcome.status.label()}" · "
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
