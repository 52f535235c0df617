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
use crate::components::intro::bold;
use crate::components::loaded::Loaded;
use crate::components::profile_bits::OrganizationBadge;
use crate::components::request_bits::MarkdownField;
use crate::components::signed_in::SignedIn;
use crate::session::Session;
use crate::{t, time};

#[component]
pub fn ThreadPage() -> impl IntoView {
    view! {
        <SignedIn title=t::mail::thread_title() reason=t::mail::thread_visitor()>
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
                <h1 id="page-title">{t::mail::thread_not_found_title()}</h1>
                <p>{t::mail::thread_not_found()}</p>
                <p><A href="/messages">{t::mail::thread_see_messages()}</A></p>
            </section>
        }
    };
    view! {
        <Loaded resource=loaded loading=t::mail::thread_loading() title=t::mail::thread_title() not_found let(data)>
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
                <p class="request__back"><A href="/messages">{t::mail::thread_all_messages()}</A></p>
                <h1 id="page-title">{thread.request_title.clone()}</h1>
                <p class="thread__with">
                    {bold(if other.headline.is_empty() {
                        t::mail::thread_with(&other.display_name)
                    } else {
                        t::mail::thread_with_headline(&other.display_name, &other.headline)
                    })}
                    " " <OrganizationBadge organization=other.organization.clone()/>
                </p>
                <p class="thread__links">
                    {match (thread.request_id.clone(), thread.booking_id.clone()) {
                        (Some(request), booking) => view! {
                            <A href=format!("/requests/{request}")>{t::mail::thread_read_question()}</A>
                            {booking.map(|booking| view! {
                                " · " <A href=format!("/sessions/{booking}")>{t::mail::thread_booked_call()}</A>
                            })}
                        }.into_any(),
                        (None, Some(booking)) => view! {
                            <A href=format!("/sessions/{booking}")>
                                {t::mail::messages_your_session_on(thread.session_start.as_deref().map(time::day).unwrap_or_default())}
                            </A>
                        }.into_any(),
                        (None, None) => ().into_any(),
                    }}
                </p>
            </header>
            <h2 id="messages-title" class="visually-hidden">{t::mail::thread_messages_title()}</h2>
            <Show when=move || messages.with(Vec::is_empty)>
                <p class="muted">{t::mail::thread_no_messages()}</p>
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
    let author = if message.mine { t::mail::thread_you() } else { other_name };
    view! {
        <li class="message" class:message--mine=message.mine class:message--unread=message.unread>
            <p class="message__meta">
                <strong class="message__author">{author}</strong>
                <time datetime=message.created_at.clone()>{time::date_time(&message.created_at)}</time>
                {message.unread.then(|| view! {
                    <span class="badge">{t::mail::thread_new()}<span class="visually-hidden">" "{t::mail::thread_new_hidden()}</span></span>
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
            <h2 id="reply-title" class="visually-hidden">{t::mail::thread_reply_title()}</h2>
            <form class="form form--wide" on:submit=on_submit novalidate>
                <FormError failure=failure fields=&["body"]/>
                <MarkdownField id="reply" label=t::mail::thread_reply_label() value=body failure field="body"
                    max_chars=MAX_MESSAGE_CHARS rows=5
                    hint=t::mail::thread_reply_hint()/>
                <div class="actions">
                    <button type="submit" class="button" disabled=move || send.pending().get()>
                        {move || if send.pending().get() { t::mail::thread_sending() } else { t::mail::thread_send() }}
                    </button>
                    <p class="saved" role="status">{move || sent.get().then(t::mail::thread_sent)}</p>
                </div>
            </form>
        </section>
    }
}
