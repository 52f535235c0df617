use leptos::prelude::*;
use leptos_router::components::A;

use crate::t;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    view! {
        <section class="narrow" aria-labelledby="not-found-title">
            <h1 id="not-found-title">{t::shell::not_found_heading()}</h1>
            <p>{t::shell::not_found_lead()}</p>
            <p><A href="/">{t::shell::go_home()}</A></p>
        </section>
    }
}
