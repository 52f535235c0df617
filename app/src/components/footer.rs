use domain::pages::FOOTER;
use leptos::prelude::*;

#[component]
pub fn Footer() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <p>{FOOTER}</p>
            <p class="site-footer__links">
                <a href="/api/openapi.json">"API (OpenAPI)"</a>
            </p>
        </footer>
    }
}
