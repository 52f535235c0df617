use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::api_status::ApiStatusBanner;

#[component]
pub fn Header() -> impl IntoView {
    view! {
        <header class="site-header">
            <div class="site-header__inner">
                <A href="/" attr:class="brand">
                    <span class="brand__mark" aria-hidden="true">"¼"</span>
                    <span class="brand__name">"Quarterhour"</span>
                </A>
                <nav aria-label="Main" class="main-nav">
                    <ul>
                        <li><A href="/mentors">"Directory"</A></li>
                        <li><A href="/requests">"Requests"</A></li>
                        <li><A href="/sessions">"My sessions"</A></li>
                        <li><A href="/sign-in" attr:class="button button--small">"Sign in"</A></li>
                    </ul>
                </nav>
            </div>
            <ApiStatusBanner/>
        </header>
    }
}
