//! What follows the home page's first screen for visitors who are signed out: the network in
//! numbers and a few of its mentors (public, rounded figures and real profiles; nothing is shown
//! of what cannot be read), then the three ways to start. In the home page's chunk, loaded after
//! the first screen shows.

use domain::insights::Figure;
use domain::wire::MentorCard;
use leptos::prelude::*;
use leptos_router::components::A;

use crate::api;
use crate::components::mentors_wanted::wanted_line;
use crate::components::profile_bits::OrganizationBadge;
use crate::i18n::format_number;
use crate::t;

/// Mentors shown as proof.
const MENTORS_SHOWN: usize = 3;

pub fn network_proof() -> AnyView {
    view! { <NetworkProof/> }.into_any()
}

/// "300 mentors" (the number, and its label from `label`), or nothing for a figure held back
/// (too few people) or zero.
fn counted(figure: Figure, label: fn(usize) -> String) -> Option<(String, String)> {
    let value = figure.value.filter(|value| *value >= 1.0)? as usize;
    Some((format_number(value as f64), label(value)))
}

/// A mentor card's impact: "12 sessions held · 9 people helped", or nothing before the first.
fn impact_line(impact: &domain::wire::CardImpact) -> Option<String> {
    let counted = |n: u32, line: fn(u32) -> String| (n > 0).then(|| line(n));
    let parts: Vec<String> = [
        counted(impact.sessions_held, t::home::proof_impact_sessions),
        counted(impact.people_helped, t::home::proof_impact_people),
        counted(impact.answers_accepted, t::home::proof_impact_answers),
    ]
    .into_iter()
    .flatten()
    .collect();
    (!parts.is_empty()).then(|| parts.join(" · "))
}

#[component]
fn NetworkProof() -> impl IntoView {
    let figures = LocalResource::new(api::network_figures);
    // The first page of the directory, most helpful first.
    let mentors = LocalResource::new(|| api::search_mentors(String::new()));
    // All at once, when both answers are in: nothing already shown is pushed down the page.
    let content = move || {
        Suspend::new(async move {
            let figures = figures.await.ok();
            let mentors = mentors.await.ok().map(|list| list.mentors).unwrap_or_default();
            let wanted =
                figures.as_ref().map(|figures| figures.skills.mentors_wanted.clone()).unwrap_or_default();
            view! {
                {figures.and_then(figures_list)}
                {mentors_section(mentors)}
                <Paths wanted/>
            }
        })
    };
    view! { <Suspense fallback=|| ()>{content}</Suspense> }
}

fn figures_list(figures: domain::insights::Insights) -> Option<impl IntoView> {
    let items: Vec<(String, String)> = [
        counted(figures.participation.mentors, t::home::proof_figure_mentors),
        counted(figures.across_companies.organizations_helped, t::home::proof_figure_organizations),
        counted(figures.participation.sessions_held, t::home::proof_figure_sessions),
    ]
    .into_iter()
    .flatten()
    .collect();
    (!items.is_empty()).then(|| {
        view! {
            <ul class="network-figures" aria-label=t::home::proof_figures_label()>
                {items.into_iter().map(|(value, label)| view! {
                    <li><strong>{value}</strong>" "{label}</li>
                }).collect_view()}
            </ul>
        }
    })
}

fn mentors_section(mut list: Vec<MentorCard>) -> Option<impl IntoView> {
    list.sort_by_key(|mentor| std::cmp::Reverse(mentor.impact.sessions_held));
    list.truncate(MENTORS_SHOWN);
    (!list.is_empty()).then(|| {
        view! {
            <section class="proof" aria-labelledby="proof-title">
                <h2 id="proof-title">{t::home::proof_title()}</h2>
                <ul class="cards proof__mentors">
                    {list.into_iter().map(|mentor| view! {
                        <li class="card mentor-card">
                            <h3 class="mentor-card__name">
                                <A href=format!("/mentors/{}", mentor.id)>{mentor.display_name.clone()}</A>
                            </h3>
                            {(!mentor.headline.is_empty()).then(|| view! {
                                <p class="mentor-card__headline">{mentor.headline.clone()}</p>
                            })}
                            <p class="mentor-card__meta"><OrganizationBadge organization=mentor.organization.clone()/></p>
                            {impact_line(&mentor.impact).map(|line| view! { <p class="mentor-card__impact">{line}</p> })}
                        </li>
                    }).collect_view()}
                </ul>
                <p><A href="/mentors">{t::home::proof_see_every_mentor()}</A></p>
            </section>
        }
    })
}

#[component]
fn Paths(wanted: Vec<String>) -> impl IntoView {
    view! {
        <section class="paths" aria-labelledby="paths-title">
            <h2 id="paths-title" class="visually-hidden">{t::home::paths_title()}</h2>
            <ul class="cards">
                <li class="card">
                    <h3>{t::home::paths_book_title()}</h3>
                    <p>{t::home::paths_book_text()}</p>
                    <A href="/mentors">{t::home::paths_book_link()}</A>
                </li>
                <li class="card">
                    <h3>{t::home::paths_ask_title()}</h3>
                    <p>{t::home::paths_ask_text()}</p>
                    <A href="/requests">{t::home::paths_ask_link()}</A>
                </li>
                <li class="card">
                    <h3>{t::home::paths_give_title()}</h3>
                    <p>{t::home::paths_give_text()}</p>
                    {wanted_line(wanted)}
                    <A href="/give">{t::home::paths_give_link()}</A>
                </li>
            </ul>
        </section>
    }
}
