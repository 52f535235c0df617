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
use crate::components::request_bits::with_separators;

/// Mentors shown as proof.
const MENTORS_SHOWN: usize = 3;

pub fn network_proof() -> AnyView {
    view! { <NetworkProof/> }.into_any()
}

/// "300 mentors", or nothing for a figure held back (too few people) or zero.
fn counted(figure: Figure, one: &str, many: &str) -> Option<(String, String)> {
    let value = figure.value.filter(|value| *value >= 1.0)? as usize;
    Some((with_separators(value), if value == 1 { one } else { many }.to_string()))
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
        counted(figures.participation.mentors, "mentor", "mentors"),
        counted(figures.across_companies.organizations_helped, "organization helped", "organizations helped"),
        counted(figures.participation.sessions_held, "session held in 90 days", "sessions held in 90 days"),
    ]
    .into_iter()
    .flatten()
    .collect();
    (!items.is_empty()).then(|| {
        view! {
            <ul class="network-figures" aria-label="The network in numbers">
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
                <h2 id="proof-title">"Some of the mentors"</h2>
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
                            {mentor.impact.line().map(|line| view! { <p class="mentor-card__impact">{line}</p> })}
                        </li>
                    }).collect_view()}
                </ul>
                <p><A href="/mentors">"See every mentor"</A></p>
            </section>
        }
    })
}

#[component]
fn Paths(wanted: Vec<String>) -> impl IntoView {
    view! {
        <section class="paths" aria-labelledby="paths-title">
            <h2 id="paths-title" class="visually-hidden">"Three ways to start"</h2>
            <ul class="cards">
                <li class="card">
                    <h3>"Book a spare slot"</h3>
                    <p>
                        "Browse mentors from any company by skill, language and time zone, and "
                        "book 15 minutes with an agenda. Both of you get an invite in your own time."
                    </p>
                    <A href="/mentors">"Browse the directory"</A>
                </li>
                <li class="card">
                    <h3>"Post a one-off question"</h3>
                    <p>
                        "Describe what you are stuck on. Mentors who know the topic answer in "
                        "writing or offer a call. Ask outside your company, or anonymously."
                    </p>
                    <A href="/requests">"See open requests"</A>
                </li>
                <li class="card">
                    <h3>"Give 15 minutes"</h3>
                    <p>
                        "Publish a profile, choose who can see you, and offer the slots you can "
                        "spare. Limits per day and week keep it light."
                    </p>
                    {wanted_line(wanted)}
                    <A href="/give">"Become a mentor"</A>
                </li>
            </ul>
        </section>
    }
}
