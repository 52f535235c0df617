//! A private conversation between a mentee and the mentor whose offer they accepted.

use domain::thread::{MAX_MESSAGE_CHARS, Message, ThreadMessages, parse_message};
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

use crate::api::{self, ApiFailure};
use crate::components::form::FormError;
use crate::components::loaded::Loaded;
use crate::components::profile_bits::OrganizationBadge;
use crate::components::request_bits::MarkdownField;
use crate::components::signed_in::SignedIn;
use crate::session::Session;
use crate::time;

#[component]
pub fn ThreadPage() -> impl IntoView {
    view! {
        <SignedIn title="Conversation" reason="Sign in to read your conversations.">
            <ThreadLoader/>
        </SignedIn>
    }
}

#[component]
fn ThreadLoader() -> impl IntoView {
    let session = Session::get();
    let params = use_params_map();
    let id = move || params.read().get("id").unwrap_or_default();
    let loaded = LocalResource::new(move || {
        let id = id();
        async move {
            let result = api::thread_messages(id).await;
            // Reading marked the messages read, so the unread count in the header drops.
            if result.is_ok() {
                session.refresh();
            }
            result
        }
    });
    let not_found = || {
        view! {
            <section class="narrow" aria-labelledby="page-title">
                <h1 id="page-title">"Conversation not found"</h1>
                <p>"This conversation does not exist, or you are not part of it."</p>
                <p><A href="/messages">"See your messages"</A></p>
            </section>
        }
    };
    view! {
        <Loaded resource=loaded loading="Loading the conversation…" title="Conversation" not_found let(data)>
            <ThreadView data/>
        </Loaded>
    }
}

#[component]
fn ThreadView(data: ThreadMessages) -> impl IntoView {
    let ThreadMessages { thread, messages } = data;
    let other = thread.with.clone();
    let other_name = StoredValue::new(other.display_name.clone());
    let messages = RwSignal::new(messages);
    view! {
        <article class="thread" aria-labelledby="page-title">
            <header class="thread__header">
                <p class="request__back"><A href="/messages">"All messages"</A></p>
                <h1 id="page-title">{thread.request_title.clone()}</h1>
                <p class="thread__with">
                    "Conversation with " <strong>{other.display_name.clone()}</strong>
                    {(!other.headline.is_empty()).then(|| format!(", {}", other.headline))}
                    " " <OrganizationBadge organization=other.organization.clone()/>
                </p>
                <p class="thread__links">
                    {match (thread.request_id.clone(), thread.booking_id.clone()) {
                        (Some(request), booking) => view! {
                            <A href=format!("/requests/{request}")>"Read the question"</A>
                            {booking.map(|booking| view! {
                                " · " <A href=format!("/sessions/{booking}")>"Your booked call"</A>
                            })}
                        }.into_any(),
                        (None, Some(booking)) => view! {
                            <A href=format!("/sessions/{booking}")>
                                {format!("Your session on {}", thread.session_start.as_deref().map(time::day).unwrap_or_default())}
                            </A>
                        }.into_any(),
                        (None, None) => ().into_any(),
                    }}
                </p>
            </header>
            <h2 id="messages-title" class="visually-hidden">"Messages"</h2>
            <Show when=move || messages.with(Vec::is_empty)>
                <p class="muted">"No messages yet."</p>
            </Show>
            <ol class="messages" aria-labelledby="messages-title">
                <For each=move || messages.get() key=|message| message.id.clone() let(message)>
                    <MessageItem message other_name=other_name.get_value()/>
                </For>
            </ol>
            <ReplyForm thread_id=thread.id.clone() messages/>
        </article>
    }
}

#[component]
fn MessageItem(message: Message, other_name: String) -> impl IntoView {
    let author = if message.mine { "You".to_string() } else { other_name };
    view! {
        <li class="message" class:message--mine=message.mine class:message--unread=message.unread>
            <p class="message__meta">
                <strong class="message__author">{author}</strong>
                <time datetime=message.created_at.clone()>{time::date_time(&message.created_at)}</time>
                {message.unread.then(|| view! {
                    <span class="badge">"New"<span class="visually-hidden">" message"</span></span>
                })}
            </p>
            // Rendered by the API from Markdown with raw HTML escaped and links checked.
            <div class="prose message__body" inner_html=message.body_html.clone()></div>
        </li>
    }
}

#[component]
fn ReplyForm(thread_id: String, messages: RwSignal<Vec<Message>>) -> impl IntoView {
    let body = RwSignal::new(String::new());
    let failure = RwSignal::new(None::<ApiFailure>);
    let sent = RwSignal::new(false);
    let send = Action::new_local(move |text: &String| {
        let (thread_id, text) = (thread_id.clone(), text.clone());
        async move {
            match api::post_message(thread_id, text).await {
                Ok(message) => {
                    failure.set(None);
                    messages.update(|list| list.push(message));
                    body.set(String::new());
                    sent.set(true);
                    // The Send button was disabled while sending, which drops focus; bring it back.
                    if let Some(field) =
                        document().get_element_by_id("reply").and_then(|el| el.dyn_into::<HtmlElement>().ok())
                    {
                        let _ = field.focus();
                    }
                }
                Err(error) => failure.set(Some(error)),
            }
        }
    });
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        sent.set(false);
        // The API's own rule, so an empty or overlong reply is explained without a round trip.
        match parse_message(&body.get_untracked()) {
            Ok(_) => {
                failure.set(None);
                send.dispatch(body.get_untracked());
            }
            Err(error) => failure.set(Some(ApiFailure::Api(error))),
        }
    };
    view! {
        <section class="reply" aria-labelledby="reply-title">
            <h2 id="reply-title" class="visually-hidden">"Reply"</h2>
            <form class="form form--wide" on:submit=on_submit novalidate>
                <FormError failure=failure fields=&["body"]/>
                <MarkdownField id="reply" label="Your reply" value=body failure field="body"
                    max_chars=MAX_MESSAGE_CHARS rows=5
                    hint="Markdown: **bold**, _italic_, lists, `code`, [links](https://example.org). They get an e-mail."/>
                <div class="actions">
                    <button type="submit" class="button" disabled=move || send.pending().get()>
                        {move || if send.pending().get() { "Sending…" } else { "Send" }}
                    </button>
                    <p class="saved" role="status">{move || sent.get().then_some("Sent.")}</p>
                </div>
            </form>
        </section>
    }
}
