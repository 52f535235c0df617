//! Small pieces of profile display shared by pages.

use domain::locale::Locale;
use domain::profile::{LANGUAGE_CODES, language_name};
use domain::wire::Organization;
use js_sys::Reflect;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::api::ApiFailure;
use crate::browser::option_html;
use crate::components::form::FieldError;
use crate::i18n::{self, Language};
use crate::t;

#[component]
pub fn OrganizationBadge(organization: Option<Organization>) -> impl IntoView {
    organization.map(|org| {
        view! {
            <span class="org-badge" title=t::booking::org_badge_title(&org.domain)>
                {if org.verified { t::booking::org_badge_verified(&org.name) } else { t::booking::org_badge(&org.name) }}
            </span>
        }
    })
}

#[component]
pub fn TagList(tags: Vec<String>, #[prop(into)] empty: String) -> impl IntoView {
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
        return view! { <p class="muted">{t::booking::no_languages()}</p> }.into_any();
    }
    view! {
        <ul class="tags">
            {codes.into_iter().map(|code| {
                let name = language_label(&code);
                view! { <li class="tag" lang=code.clone()>{name}</li> }
            }).collect_view()}
        </ul>
    }
    .into_any()
}

/// A language's name in the reader's language: from `domain` in English, else from the
/// browser's `Intl.DisplayNames` (still `domain`'s where the browser has none).
pub fn language_label(code: &str) -> String {
    let name = not_english().and_then(display_names).and_then(|of| of(code));
    i18n::localized(name.unwrap_or_else(|| language_name(code).to_string()))
}

/// Languages by name, for pickers: (code, name), by name in the reader's language.
pub fn language_options() -> Vec<(String, String)> {
    let reader = not_english();
    let names = reader.and_then(display_names);
    let mut options: Vec<(String, String)> = LANGUAGE_CODES
        .split_whitespace()
        .filter(|code| language_name(code) != *code)
        .map(|code| {
            let name = names.as_ref().and_then(|of| of(code));
            (code.to_string(), i18n::localized(name.unwrap_or_else(|| language_name(code).to_string())))
        })
        .collect();
    match reader {
        None => options.sort_by(|a, b| a.1.cmp(&b.1)),
        Some(language) => {
            let locales = js_sys::Array::of1(&language.intl_tag().into());
            let options_js = js_sys::Object::new();
            options.sort_by(|a, b| {
                js_sys::JsString::from(a.1.as_str()).locale_compare(&b.1, &locales, &options_js).cmp(&0)
            });
        }
    }
    options
}

/// The reader's language, unless it is English (or English's pseudo-language).
fn not_english() -> Option<Language> {
    match i18n::language() {
        Language::Spoken(Locale::En) | Language::Pseudo => None,
        language => Some(language),
    }
}

/// `Intl.DisplayNames` for languages, in `language`: a code's name, None where it knows none.
fn display_names(language: Language) -> Option<impl Fn(&str) -> Option<String>> {
    let intl = Reflect::get(&js_sys::global(), &"Intl".into()).ok()?;
    let constructor: js_sys::Function = Reflect::get(&intl, &"DisplayNames".into()).ok()?.dyn_into().ok()?;
    let options = js_sys::Object::new();
    Reflect::set(&options, &"type".into(), &"language".into()).ok()?;
    let locales = js_sys::Array::of1(&language.intl_tag().into());
    let names = Reflect::construct(&constructor, &js_sys::Array::of2(&locales, &options)).ok()?;
    let of: js_sys::Function = Reflect::get(&names, &"of".into()).ok()?.dyn_into().ok()?;
    Some(move |code: &str| {
        let name = of.call1(&names, &code.into()).ok()?.as_string()?;
        (name != code).then_some(name)
    })
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
    let options = std::iter::once(option_html("", &t::booking::language_choose(), false))
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
            <span class="label" id=format!("{id}-chosen")>{t::booking::languages_you_speak()}</span>
            <ul class="chips" aria-labelledby=format!("{id}-chosen")>
                {move || chosen.get().into_iter().map(|code| {
                    let name = name_of(&code);
                    view! {
                        <li>
                            <button type="button" class="chip" aria-label=t::booking::language_remove(&name)
                                on:click=move |_| chosen.update(|list| list.retain(|c| *c != code))>
                                {name.clone()}<span aria-hidden="true">" ×"</span>
                            </button>
                        </li>
                    }
                }).collect_view()}
            </ul>
            <label for=id>{t::booking::language_add()}</label>
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
