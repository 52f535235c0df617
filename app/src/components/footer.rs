use leptos::prelude::*;

use crate::components::shell_parts::{ShellPart, shell_part};
use crate::t;

#[component]
pub fn Footer() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <p>{t::shell::footer()}</p>
            <p class="site-footer__links">
                <a href="/api/openapi.json">{t::shell::footer_api()}</a>
            </p>
            // The menu itself comes with the shell's lazy chunk; its line keeps its height.
            <p class="site-footer__language">
                <label for="language">{t::shell::language_label()}</label>
                " "
                <Suspense fallback=|| ()>{Suspend::new(shell_part(ShellPart::LanguageMenu))}</Suspense>
            </p>
        </footer>
    }
}
