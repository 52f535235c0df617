use domain::locale::Locale;
use domain::profile::ProfileUpdate;
use leptos::prelude::*;

use crate::api;
use crate::i18n::{self, Language};
use crate::session::Session;
use crate::t;

#[component]
pub fn Footer() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <p>{t::shell::footer()}</p>
            <p class="site-footer__links">
                <a href="/api/openapi.json">{t::shell::footer_api()}</a>
            </p>
            <LanguageMenu/>
        </footer>
    }
}

/// The languages, each named in itself. A choice shows at once; signed in, it is also saved to
/// the profile, so mails follow it.
#[component]
fn LanguageMenu() -> impl IntoView {
    let session = Session::get();
    let current = i18n::language();
    // As markup, which the browser turns into options itself: less code in the first load.
    let mut options: String = Locale::ALL
        .into_iter()
        .map(|locale| option(Language::Spoken(locale), locale.native_name(), current))
        .collect();
    if current == Language::Pseudo || is_development() {
        options.push_str(&option(Language::Pseudo, "[Ƥşḗŭḓǿ]", current));
    }
    let change = move |event: leptos::ev::Event| {
        let Some(wanted) = Language::from_tag(&event_target_value(&event)) else {
            return;
        };
        leptos::task::spawn_local(async move {
            if let (Language::Spoken(locale), true) = (wanted, session.is_signed_in_untracked()) {
                save_language(locale).await;
            }
            i18n::choose_language(wanted);
        });
    };
    view! {
        <p class="site-footer__language">
            <label for="language">{t::shell::language_label()}</label>
            " "
            <select id="language" on:change=change inner_html=options></select>
        </p>
    }
}

/// Saves the language to the profile, in a chunk of its own: the first load does not carry the
/// profile's encoder for a menu few people use.
#[lazy]
async fn save_language(locale: Locale) {
    let update = ProfileUpdate { locale: Some(Some(locale.tag().to_owned())), ..Default::default() };
    let _ = api::update_profile(update).await;
}

/// An `<option>` of the menu, in its own language (`lang`), so that screen readers say it right.
fn option(language: Language, name: &str, current: Language) -> String {
    let selected = if language == current { " selected" } else { "" };
    format!("<option value=\"{tag}\" lang=\"{tag}\"{selected}>{name}</option>", tag = language.tag())
}

/// Whether this is a developer's own machine: the pseudo-language is offered nowhere else.
fn is_development() -> bool {
    let host = window().location().hostname().unwrap_or_default();
    host == "127.0.0.1" || host == "localhost"
}
