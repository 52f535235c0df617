//! The development outbox: mail the local server would have sent.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::api;
use crate::components::loaded::Loaded;
use crate::{t, time};

#[component]
pub fn DevMailboxPage() -> impl IntoView {
    let query = use_query_map();
    let to = RwSignal::new(query.get_untracked().get("to").unwrap_or_default());
    let messages = LocalResource::new(move || api::outbox(Some(to.get())));

    view! {
        <section aria-labelledby="page-title">
            <h1 id="page-title">{t::mail::mailbox_title()}</h1>
            <p class="lead">{t::mail::mailbox_lead()}</p>
            <div class="field field--inline">
                <label for="mailbox-to">{t::mail::mailbox_only_to()}</label>
                <input id="mailbox-to" type="email" placeholder=t::mail::mailbox_any_address() bind:value=to/>
            </div>
            <Loaded resource=messages loading=t::mail::mailbox_loading() not_found=|| view! {
                <p class="banner banner--error">{t::mail::mailbox_local_only()}</p>
            } let(outbox)>
                {if outbox.messages.is_empty() {
                    view! { <p>{t::mail::mailbox_none()}</p> }.into_any()
                } else {
                    view! {
                        <ol class="mail-list">
                            {outbox.messages.into_iter().map(|message| view! {
                                <li class="card mail">
                                    <h2 class="mail__subject">{message.subject}</h2>
                                    <p class="mail__meta">{t::mail::mailbox_to(&message.to, time::date_time(&message.sent_at))}</p>
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
