//! Sign in (or sign up) with a six-digit code sent by e-mail.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};

use crate::api::{self, ApiFailure};
use crate::components::form::{FieldError, FormError};
use crate::components::intro::linked_to;
use crate::session::Session;
use crate::t;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Step {
    Email,
    Code,
}

#[component]
pub fn SignInPage() -> impl IntoView {
    let session = Session::get();
    let navigate = use_navigate();
    // Where the person was when asked to sign in: they go back there. Only paths of this site.
    let next = use_query_map()
        .with_untracked(|query| query.get("next"))
        .filter(|path| path.starts_with('/') && !path.starts_with("//"));
    let step = RwSignal::new(Step::Email);
    let email = RwSignal::new(String::new());
    let code = RwSignal::new(String::new());
    let failure = RwSignal::new(None::<ApiFailure>);
    // The development mailbox exists only where mail goes to the outbox.
    let dev_mailbox =
        LocalResource::new(|| async { api::outbox(Some("nobody@example.com".into())).await.is_ok() });

    let send_code = Action::new_local(move |address: &String| {
        let address = address.clone();
        async move {
            match api::request_code(address).await {
                Ok(()) => {
                    failure.set(None);
                    code.set(String::new());
                    step.set(Step::Code);
                }
                Err(error) => failure.set(Some(error)),
            }
        }
    });

    let verify = Action::new_local(move |(address, digits): &(String, String)| {
        let (address, digits) = (address.clone(), digits.clone());
        let (navigate, next) = (navigate.clone(), next.clone());
        async move {
            match api::verify(address, digits).await {
                Ok(_) => {
                    let me = api::me().await.unwrap_or(None);
                    let new_profile = me.as_ref().is_some_and(|me| me.profile.display_name.is_empty());
                    session.set(me);
                    let to = match next {
                        Some(next) => next,
                        None if new_profile => "/profile".to_string(),
                        None => "/".to_string(),
                    };
                    navigate(&to, Default::default());
                }
                Err(error) => failure.set(Some(error)),
            }
        }
    });

    let on_email = move |ev: SubmitEvent| {
        ev.prevent_default();
        send_code.dispatch(email.get_untracked());
    };
    let on_code = move |ev: SubmitEvent| {
        ev.prevent_default();
        verify.dispatch((email.get_untracked(), code.get_untracked()));
    };
    let use_other_address = move |_| {
        failure.set(None);
        step.set(Step::Email);
    };

    view! {
        <section class="narrow" aria-labelledby="page-title">
            <h1 id="page-title">{t::shell::sign_in()}</h1>
            <Show
                when=move || step.get() == Step::Code
                fallback=move || view! {
                    <p class="lead">
                        {t::shell::sign_in_lead()}
                    </p>
                    <form class="form" on:submit=on_email novalidate>
                        <FormError failure=failure fields=&["email"]/>
                        <div class="field">
                            <label for="email">{t::shell::email_address()}</label>
                            <input
                                id="email"
                                type="email"
                                name="email"
                                autocomplete="email"
                                required
                                bind:value=email
                                aria-invalid=move || (failure.with(|f| f.as_ref().and_then(ApiFailure::field) == Some("email"))).to_string()
                                aria-describedby="email-error email-hint"
                            />
                            <p class="hint" id="email-hint">{t::shell::email_hint()}</p>
                            <FieldError failure=failure field="email"/>
                        </div>
                        <button type="submit" class="button" disabled=move || send_code.pending().get()>
                            {move || if send_code.pending().get() { t::shell::sending() } else { t::shell::send_code() }}
                        </button>
                    </form>
                }
            >
                <p class="lead" role="status">
                    {move || {
                        let sentence = t::shell::code_sent("\u{1}");
                        let (before, after) = sentence.split_once('\u{1}').unwrap_or((&sentence, ""));
                        (before.to_owned(), view! { <strong>{email.get()}</strong> }, after.to_owned())
                    }}
                </p>
                <form class="form" on:submit=on_code novalidate>
                    <FormError failure=failure fields=&["code", "email"]/>
                    <div class="field">
                        <label for="code">{t::shell::code_label()}</label>
                        <input
                            id="code"
                            name="code"
                            inputmode="numeric"
                            autocomplete="one-time-code"
                            maxlength="7"
                            required
                            bind:value=code
                            aria-invalid=move || (failure.with(|f| f.as_ref().and_then(ApiFailure::field) == Some("code"))).to_string()
                            aria-describedby="code-error"
                        />
                        <FieldError failure=failure field="code"/>
                    </div>
                    <div class="actions">
                        <button type="submit" class="button" disabled=move || verify.pending().get()>
                            {move || if verify.pending().get() { t::shell::checking() } else { t::shell::sign_in() }}
                        </button>
                        <button type="button" class="button button--secondary" on:click=use_other_address>
                            {t::shell::other_address()}
                        </button>
                    </div>
                </form>
                <Show when=move || dev_mailbox.get().unwrap_or(false)>
                    <p class="hint">
                        {move || linked_to(t::shell::dev_mailbox_hint(), format!("/dev/mailbox?to={}", email.get()))}
                    </p>
                </Show>
            </Show>
        </section>
    }
}
