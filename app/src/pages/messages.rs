//! Every conversation the signed-in person takes part in, latest activity first.

use domain::booking::Side;
use domain::thread::Thread;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_location;

use crate::api;
use crate::components::intro::bold;
use crate::components::loaded::Loaded;
use crate::components::signed_in::SignedIn;
use crate::pages::thread::ThreadPage;
use crate::session::Session;
use crate::{t, time};

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
            <h1 id="page-title">{t::mail::messages_heading()}</h1>
            <SignedIn reason=t::mail::messages_visitor()>
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
        <Loaded resource=threads loading=t::mail::messages_loading() let(list)>
            {if list.threads.is_empty() {
                view! {
                    <div class="empty">
                        <p>{t::mail::messages_none()}</p>
                        <p><A href="/requests">{t::mail::messages_see_open_requests()}</A></p>
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
                {has_unread.then(|| view! { <span class="badge">{t::mail::messages_unread(unread)}</span> })}
                <span>{bold(t::mail::messages_with(&thread.with.display_name))}</span>
                <span>{about}</span>
                <span>{t::mail::messages_last_activity(time::date_time(&thread.last_message_at))}</span>
            </p>
        </li>
    }
}

/// What the conversation is about, true whoever wrote last: the list does not say who did.
fn about(thread: &Thread) -> String {
    match (&thread.request_id, &thread.session_start) {
        (Some(_), _) if thread.role == Side::Mentee => t::mail::messages_about_your_question(),
        (Some(_), _) => t::mail::messages_about_their_question(),
        (None, Some(start)) => t::mail::messages_your_session_on(time::day(start)),
        (None, None) => t::mail::messages_your_session(),
    }
}
