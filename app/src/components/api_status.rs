//! Tells the person when the API cannot be reached, instead of leaving pages silently empty.

use leptos::prelude::*;

use crate::api;

#[component]
pub fn ApiStatusBanner() -> impl IntoView {
    let health = LocalResource::new(api::health);
    view! {
        <div class="status-region" role="status" aria-live="polite">
            {move || {
                health
                    .get()
                    .and_then(|result| result.err())
                    .map(|failure| {
                        view! {
                            <p class="banner banner--error" data-testid="api-unreachable">
                                {failure.message()}
                            </p>
                        }
                    })
            }}
        </div>
    }
}
