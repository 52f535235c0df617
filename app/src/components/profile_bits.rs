//! Small pieces of profile display shared by pages.

use domain::profile::{LANGUAGE_CODES, language_name};
use domain::wire::Organization;
use leptos::prelude::*;

use crate::api::ApiFailure;
use crate::browser::option_html;
use crate::components::form::FieldError;

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

/// Languages by name, for pickers: (code, name), by name.
pub fn language_options() -> Vec<(String, String)> {
    let mut options: Vec<(String, String)> = LANGUAGE_CODES
        .split_whitespace()
        .map(|code| (code.to_string(), language_name(code).to_string()))
        .filter(|(code, name)| code != name)
        .collect();
    options.sort_by(|a, b| a.1.cmp(&b.1));
    options
}

/// Languages chosen by name: the chosen ones as removable chips, and a list to add another.
#[component]
pub fn LanguagePicker(
    chosen: RwSignal<Vec<String>>,
    all: Vec<(String, String)>,
    id: &'static str,
    failure: RwSignal<Option<ApiFailure>>,
) -> impl IntoView {
    // Two hundred options: markup the browser parses at once costs far less than one element at
    // a time.
    let options = std::iter::once(option_html("", "Choose a language…", false))
        .chain(all.iter().map(|(code, name)| option_html(code, name, false)))
        .collect::<String>();
    let names = StoredValue::new(all);
    let name_of = move |code: &str| {
        names
            .with_value(|all| all.iter().find(|(c, _)| c == code).map(|(_, n)| n.clone()))
            .unwrap_or_default()
    };
    view! {
        <div class="field">
            <span class="label" id=format!("{id}-chosen")>"Languages you speak"</span>
            <ul class="chips" aria-labelledby=format!("{id}-chosen")>
                {move || chosen.get().into_iter().map(|code| {
                    let name = name_of(&code);
                    view! {
                        <li>
                            <button type="button" class="chip" aria-label=format!("Remove {name}")
                                on:click=move |_| chosen.update(|list| list.retain(|c| *c != code))>
                                {name.clone()}<span aria-hidden="true">" ×"</span>
                            </button>
                        </li>
                    }
                }).collect_view()}
            </ul>
            <label for=id>"Add a language"</label>
            <select id=id inner_html=options on:change=move |ev| {
                let code = event_target_value(&ev);
                // Back to "Choose a language…", ready for the next one.
                if let Some(select) = ev.target() {
                    let _ = js_sys::Reflect::set(&select, &"value".into(), &"".into());
                }
                if !code.is_empty() {
                    chosen.update(|list| if !list.contains(&code) { list.push(code) });
                }
            }>
            </select>
            <FieldError failure field="languages"/>
        </div>
    }
}
