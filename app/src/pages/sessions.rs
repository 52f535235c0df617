use leptos::prelude::*;

#[component]
pub fn SessionsPage() -> impl IntoView {
    view! {
        <section aria-labelledby="page-title">
            <h1 id="page-title">"My sessions"</h1>
            <p class="lead">"Your booked 15-minute sessions, upcoming and past, with their call links."</p>
        </section>
    }
}
