use domain::pages::NOT_FOUND;
use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::intro::words;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    view! {
        <section class="narrow" aria-labelledby="not-found-title">
            <h1 id="not-found-title">{NOT_FOUND.heading}</h1>
            <p>{words(NOT_FOUND.lead)}</p>
            <p><A href="/">"Go to the home page"</A></p>
        </section>
    }
}
