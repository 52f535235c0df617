//! Small pieces of profile display shared by pages.

use domain::profile::language_name;
use domain::wire::Organization;
use leptos::prelude::*;

#[component]
pub fn OrganizationBadge(organization: Option<Organization>) -> impl IntoView {
    organization.map(|org| {
        view! {
            <span class="org-badge" title=format!("Verified e-mail address at {}", org.domain)>
                "at " {org.name} {org.verified.then_some(" · verified")}
            </span>
        }
    })
}

#[component]
pub fn TagList(tags: Vec<String>, empty: &'static str) -> impl IntoView {
    if tags.is_empty() {
        return view! { <p class="muted">{empty}</p> }.into_any();
    }
    view! {
        <ul class="tags">
            {tags.into_iter().map(|tag| view! { <li class="tag">{tag}</li> }).collect_view()}
        </ul>
    }
    .into_any()
}

#[component]
pub fn LanguageList(codes: Vec<String>) -> impl IntoView {
    if codes.is_empty() {
        return view! { <p class="muted">"No languages listed yet."</p> }.into_any();
    }
    view! {
        <ul class="tags">
            {codes.into_iter().map(|code| {
                let name = language_name(&code).to_string();
                view! { <li class="tag" lang=code.clone()>{name}</li> }
            }).collect_view()}
        </ul>
    }
    .into_any()
}
