//! The development outbox: mail the local server would have sent.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::api;
use crate::components::loaded::Loaded;
use crate::time;

#[component]
pub fn DevMailboxPage() -> impl IntoView {
    let query = use_query_map();
    let to = RwSignal::new(query.get_untracked().get("to").unwrap_or_default());
    let messages = LocalResource::new(move || api::outbox(Some(to.get())));

    view! {
        <section aria-labelledby="page-title">
            <h1 id="page-title">"Development mailbox"</h1>
            <p class="lead">"Mail the local server wrote instead of sending, newest first."</p>
            <div class="field field--inline">
                <label for="mailbox-to">"Only mail to"</label>
                <input id="mailbox-to" type="email" placeholder="any address" bind:value=to/>
            </div>
            <Loaded resource=messages loading="Loading…" not_found=|| view! {
                <p class="banner banner--error">"The mailbox exists only in local development."</p>
            } let(outbox)>
                {if outbox.messages.is_empty() {
                    view! { <p>"No mail yet."</p> }.into_any()
                } else {
                    view! {
                        <ol class="mail-list">
                            {outbox.messages.into_iter().map(|message| view! {
                                <li class="card mail">
                                    <h2 class="mail__subject">{message.subject}</h2>
                                    <p class="mail__meta">"To " {message.to} " · " {time::date_time(&message.sent_at)}</p>
                                    <pre class="mail__text">{message.text}</pre>
                                </li>
                            }).collect_view()}
                        </ol>
                    }.into_any()
                }}
            </Loaded>
        </section>
    }
}
