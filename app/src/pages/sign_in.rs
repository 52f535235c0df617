//! Sign in (or sign up) with a six-digit code sent by e-mail.

use domain::pages::SIGN_IN;
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_query_map};

use crate::api::{self, ApiFailure};
use crate::components::form::{FieldError, FormError};
use crate::session::Session;

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
            <h1 id="page-title">{SIGN_IN.heading}</h1>
            <Show
                when=move || step.get() == Step::Code
                fallback=move || view! {
                    <p class="lead">
                        "Enter your e-mail address and we'll send you a six-digit code. No password. "
                        "Your first sign-in creates your account; a work address shows your company on your profile."
                    </p>
                    <form class="form" on:submit=on_email novalidate>
                        <FormError failure=failure fields=&["email"]/>
                        <div class="field">
                            <label for="email">"E-mail address"</label>
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
                            <p class="hint" id="email-hint">"Never shown to other people."</p>
                            <FieldError failure=failure field="email"/>
                        </div>
                        <button type="submit" class="button" disabled=move || send_code.pending().get()>
                            {move || if send_code.pending().get() { "Sending…" } else { "Send me a code" }}
                        </button>
                    </form>
                }
            >
                <p class="lead" role="status">
                    "We sent a code to " <strong>{move || email.get()}</strong> ". It works once, for 10 minutes."
                </p>
                <form class="form" on:submit=on_code novalidate>
                    <FormError failure=failure fields=&["code", "email"]/>
                    <div class="field">
                        <label for="code">"Six-digit code"</label>
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
                            {move || if verify.pending().get() { "Checking…" } else { "Sign in" }}
                        </button>
                        <button type="button" class="button button--secondary" on:click=use_other_address>
                            "Use another address"
                        </button>
                    </div>
                </form>
                <Show when=move || dev_mailbox.get().unwrap_or(false)>
                    <p class="hint">
                        "Local development: mail is not sent. "
                        <A href=move || format!("/dev/mailbox?to={}", email.get())>"Open the development mailbox"</A>
                        " to read the code."
                    </p>
                </Show>
            </Show>
        </section>
    }
}
