//! The growth record (`/growth`): what a person gave and received, their own notes and next
//! steps and what came of them, by month, with the Markdown download for a career review.

use domain::booking::Side;
use domain::growth::{Growth, GrowthEntry};
use domain::wrapup::SubjectKind;
use leptos::prelude::*;
use leptos_router::components::A;

use crate::api;
use crate::components::loaded::Loaded;
use crate::components::outcome_form::OutcomeSection;
use crate::components::signed_in::SignedIn;
use crate::time;

#[component]
pub fn GrowthPage() -> impl IntoView {
    view! {
        <section aria-labelledby="page-title">
            <SignedIn reason="Sign in to see your growth record." title="Your growth record">
                <GrowthLoader/>
            </SignedIn>
        </section>
    }
}

#[component]
fn GrowthLoader() -> impl IntoView {
    let growth = LocalResource::new(api::growth);
    view! {
        <h1 id="page-title">"Your growth record"</h1>
        <p class="lead">
            "Sessions and answers you gave and received, your own notes and next steps, and what came of them. "
            "Only you see this page; others appear by name only."
        </p>
        <p class="actions">
            <a class="button" href="/api/me/growth.md" download="growth.md">"Download for my review"</a>
            <span class="hint">"A Markdown document to paste into a performance review or development plan."</span>
        </p>
        <Loaded resource=growth loading="Loading your record…" let(growth)>
            <GrowthView growth/>
        </Loaded>
    }
}

fn kudos_label(tag: &str) -> String {
    tag.replace('_', " ")
}

#[component]
fn GrowthView(growth: Growth) -> impl IntoView {
    let t = growth.totals.clone();
    view! {
        <section class="panel" aria-labelledby="summary-title">
            <h2 id="summary-title">"Summary"</h2>
            <ul class="impact">
                <li><strong>{t.sessions_given}</strong>" sessions given"</li>
                <li><strong>{t.answers_given}</strong>" answers given"</li>
                <li><strong>{t.sessions_received}</strong>" sessions received"</li>
                <li><strong>{t.answers_received}</strong>" answers received"</li>
                <li><strong>{t.outcomes_done}</strong>" pieces of advice acted on"</li>
            </ul>
            {(!growth.kudos_received.is_empty()).then(|| view! {
                <h3>"Kudos received"</h3>
                <ul class="chips">{growth.kudos_received.iter().map(|k| view! {
                    <li class="pill">{kudos_label(&k.tag)}" × "{k.count}</li>
                }).collect_view()}</ul>
            })}
            {(!growth.skills.is_empty()).then(|| view! {
                <h3>"Skills involved"</h3>
                <ul class="chips">{growth.skills.iter().map(|s| view! {
                    <li class="pill">{s.tag.clone()}" × "{s.count}</li>
                }).collect_view()}</ul>
            })}
        </section>
        {if growth.months.is_empty() {
            view! {
                <p class="muted">
                    "Nothing here yet: sessions appear once they have taken place, answers once accepted. "
                    <A href="/mentors">"Find a mentor"</A>
                </p>
            }.into_any()
        } else {
            growth.months.into_iter().map(|month| {
                let title_id = format!("month-{}", month.month);
                let labelled_by = title_id.clone();
                view! {
                    <section class="growth-month" aria-labelledby=labelled_by>
                        <h2 id=title_id>{month.label}</h2>
                        <ul class="growth-entries">
                            {month.entries.into_iter().map(|entry| view! { <Entry entry/> }).collect_view()}
                        </ul>
                    </section>
                }
            }).collect_view().into_any()
        }}
    }
}

#[component]
fn Entry(entry: GrowthEntry) -> impl IntoView {
    let what = match (entry.kind, entry.role) {
        (SubjectKind::Booking, Side::Mentor) => "Session I gave",
        (SubjectKind::Booking, Side::Mentee) => "Session I had",
        (SubjectKind::Request, Side::Mentor) => "Question I answered",
        (SubjectKind::Request, Side::Mentee) => "Answer I received",
    };
    let with = match entry.role {
        Side::Mentor => format!("for {}", entry.with),
        Side::Mentee => format!("from {}", entry.with),
    };
    let link = match entry.kind {
        SubjectKind::Booking => format!("/sessions/{}", entry.subject_id),
        SubjectKind::Request => format!("/requests/{}", entry.subject_id),
    };
    let other = entry.with.clone();
    let anchor = format!("{}-{}", entry.kind.as_str(), entry.subject_id);
    let has_outcome = entry.outcome.is_some();
    // Only the mentee says what came of it; an answer's check-in mail links here.
    let outcome_of = (entry.role == Side::Mentee)
        .then(|| (entry.kind.as_str(), entry.subject_id.clone(), entry.with.clone()));
    view! {
        <li class="card growth-entry" id=anchor>
            <h3><A href=link>{format!("{what}: {}", entry.title)}</A></h3>
            <p class="muted">{time::day(&entry.at)}", "{with}</p>
            {(!entry.skills.is_empty()).then(|| view! {
                <ul class="chips" aria-label="Skills">{entry.skills.iter().map(|s| view! { <li class="pill">{s.clone()}</li> }).collect_view()}</ul>
            })}
            {entry.outcome.map(|o| view! {
                <p><strong>"Outcome: "</strong>{o.label}{(!o.note.is_empty()).then(|| format!(": {}", o.note))}</p>
            })}
            {(!entry.kudos_received.is_empty()).then(|| view! {
                <p><strong>"Kudos: "</strong>{entry.kudos_received.iter().map(|k| kudos_label(k)).collect::<Vec<_>>().join(", ")}</p>
            })}
            {(!entry.next_steps.is_empty()).then(|| view! {
                <p><strong>"Next steps"</strong></p>
                <ul>{entry.next_steps.into_iter().map(|step| view! { <li>{step}</li> }).collect_view()}</ul>
            })}
            {(!entry.private_note.is_empty()).then(|| view! {
                <p><strong>"My notes"</strong></p>
                <blockquote class="growth-note">{entry.private_note}</blockquote>
            })}
            {(!entry.note_received.is_empty()).then(|| view! {
                <p><strong>{format!("{other} wrote")}</strong></p>
                <blockquote class="growth-note">{entry.note_received}</blockquote>
            })}
            {outcome_of.map(|(kind, id, mentor_name)| view! {
                <details class="growth-outcome">
                    <summary>{if has_outcome { "Change what came of it" } else { "Say what came of it" }}</summary>
                    <OutcomeSection kind id mentor_name/>
                </details>
            })}
        </li>
    }
}
