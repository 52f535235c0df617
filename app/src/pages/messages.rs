//! Every conversation the signed-in person takes part in, latest activity first.

use domain::booking::Side;
use domain::pages::MESSAGES;
use domain::thread::Thread;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_location;

use crate::api;
use crate::components::loaded::Loaded;
use crate::components::signed_in::SignedIn;
use crate::pages::thread::ThreadPage;
use crate::session::Session;
use crate::time;

/// `/messages`, and in the same chunk a conversation (`/threads/:id`): one is opened from the
/// other.
#[component]
pub fn MessagesPage() -> impl IntoView {
    let location = use_location();
    move || {
        if location.pathname.read().starts_with("/threads/") {
            view! { <ThreadPage/> }.into_any()
        } else {
            view! { <ThreadList/> }.into_any()
        }
    }
}

#[component]
fn ThreadList() -> impl IntoView {
    view! {
        <section aria-labelledby="page-title">
            <h1 id="page-title">{MESSAGES.heading}</h1>
            <SignedIn reason=MESSAGES.visitor>
                <ThreadListView/>
            </SignedIn>
        </section>
    }
}

#[component]
fn ThreadListView() -> impl IntoView {
    let session = Session::get();
    let threads = LocalResource::new(move || async move {
        let result = api::my_threads().await;
        // Keeps the header's count in step with the list below.
        if result.is_ok() {
            session.refresh();
        }
        result
    });
    view! {
        <Loaded resource=threads loading="Loading your conversations…" let(list)>
            {if list.threads.is_empty() {
                view! {
                    <div class="empty">
                        <p>"No conversations yet. One starts when a mentee accepts a mentor's offer on a question."</p>
                        <p><A href="/requests">"See open requests"</A></p>
                    </div>
                }.into_any()
            } else {
                let mut threads = list.threads;
                threads.sort_by(|a, b| b.last_message_at.cmp(&a.last_message_at));
                view! {
                    <ul class="thread-list">
                        {threads.into_iter().map(|thread| view! { <ThreadCard thread/> }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </Loaded>
    }
}

#[component]
fn ThreadCard(thread: Thread) -> impl IntoView {
    let unread = thread.unread;
    let has_unread = unread > 0;
    let about = about(&thread);
    view! {
        <li class="card thread-card" class:thread-card--unread=has_unread>
            <h2 class="thread-card__title">
                <A href=format!("/threads/{}", thread.id)>{thread.request_title.clone()}</A>
            </h2>
            <p class="thread-card__meta">
                {has_unread.then(|| view! { <span class="badge">{format!("{unread} unread")}</span> })}
                <span>"With " <strong>{thread.with.display_name.clone()}</strong></span>
                <span>{about}</span>
                <span>"Last activity " {time::date_time(&thread.last_message_at)}</span>
            </p>
        </li>
    }
}

/// What the conversation is about, true whoever wrote last: the list does not say who did.
fn about(thread: &Thread) -> String {
    match (&thread.request_id, &thread.session_start) {
        (Some(_), _) if thread.role == Side::Mentee => "Your question".to_string(),
        (Some(_), _) => "Their question, your offer".to_string(),
        (None, Some(start)) => format!("Your session on {}", time::day(start)),
        (None, None) => "Your session".to_string(),
    }
}
