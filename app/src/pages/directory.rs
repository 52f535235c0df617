use leptos::prelude::*;

#[component]
pub fn DirectoryPage() -> impl IntoView {
    view! {
        <section aria-labelledby="page-title">
            <h1 id="page-title">"Mentor directory"</h1>
            <p class="lead">"Search mentors across companies by skill, language, time zone and availability."</p>
        </section>
    }
}
