//! Tells the person when the API cannot be reached, instead of leaving pages silently empty. It
//! reads the session's own `/api/me` answer: the first load makes no request of its own.

use leptos::prelude::*;

use crate::session::Session;

#[component]
pub fn ApiStatusBanner() -> impl IntoView {
    let session = Session::get();
    view! {
        <div class="status-region" role="status" aria-live="polite">
            {move || session.failure().map(|failure| view! {
                <p class="banner banner--error" data-testid="api-unreachable">{failure.message()}</p>
            })}
        </div>
    }
}
