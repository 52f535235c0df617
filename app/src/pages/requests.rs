use leptos::prelude::*;

#[component]
pub fn RequestsPage() -> impl IntoView {
    view! {
        <section aria-labelledby="page-title">
            <h1 id="page-title">"Open requests"</h1>
            <p class="lead">"One-off questions that mentors answer in writing or on a short call."</p>
        </section>
    }
}
