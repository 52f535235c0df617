//! The footer's language menu: the languages, each named in itself. A choice shows at once;
//! signed in, it is also saved to the profile, so mails follow it.

use domain::locale::Locale;
use domain::profile::ProfileUpdate;
use leptos::prelude::*;

use crate::api;
use crate::i18n::{self, Language};
use crate::session::Session;

/// The menu's view, for the shell's lazy chunk; its label is the footer's.
pub fn language_menu() -> AnyView {
    let session = Session::get();
    let current = i18n::language();
    // As markup, which the browser turns into options itself.
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
    view! { <select id="language" on:change=change inner_html=options></select> }.into_any()
}

/// Saves the language to the profile, in a chunk of its own: the profile's encoder is not fetched
/// for a menu few people use.
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
