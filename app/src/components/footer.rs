use leptos::prelude::*;

#[component]
pub fn Footer() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <p>
                "Quarterhour — fifteen minutes of help, from anyone, anywhere. "
                "E-mail addresses stay private; organizations see only totals."
            </p>
            <p class="site-footer__links">
                <a href="/api/openapi.json">"API (OpenAPI)"</a>
            </p>
        </footer>
    }
}
