//! The author's side of their request: whom it reached, editing it until the first offer, the
//! offers with an Accept button each, and closing it.

use domain::booking::Side;
use domain::request::{
    Format, MAX_BODY_CHARS, MAX_TAGS, MAX_TITLE_CHARS, Offer, OfferStatus, RequestEvent, RequestStatus,
};
use leptos::ev::SubmitEvent;
use leptos::html::Input;
use leptos::prelude::*;
use leptos_router::components::A;

use super::{NAME, Notice, RequestState, around_link, slot_line, with_hidden};
use crate::api::{self, ApiFailure, RequestEdit};
use crate::components::feedback_form::Feedback;
use crate::components::form::{FieldError, FormError};
use crate::components::profile_bits::OrganizationBadge;
use crate::components::request_bits::{MarkdownField, format_label, offer_kind_label, reach_sentence};
use crate::{t, time};

/// Whom the open question reached, as the API counted when it was posted or edited.
#[component]
pub(super) fn ReachLine(state: RequestState) -> impl IntoView {
    let open =
        move || state.request.with(|r| matches!(r.status, RequestStatus::Open | RequestStatus::HasOffers));
    move || {
        state
            .reach
            .get()
            .filter(|_| open())
            .map(|reach| view! { <p class="request__reach">{reach_sentence(&reach)}</p> })
    }
}

const EDIT_FIELDS: &[&str] = &["title", "body", "expertise", "format"];

/// "Edit", while no mentor has made an offer: the question's text, skills and format.
#[component]
pub(super) fn EditControls(state: RequestState) -> impl IntoView {
    let current = state.request;
    let editable = move || current.with(|r| r.status == RequestStatus::Open && r.offer_count == 0);
    let editing = RwSignal::new(false);
    let title = RwSignal::new(String::new());
    let body = RwSignal::new(String::new());
    let expertise = RwSignal::new(String::new());
    let format = RwSignal::new(String::new());
    let failure = RwSignal::new(None::<ApiFailure>);
    let title_ref = NodeRef::<Input>::new();
    let open = move |_| {
        current.with_untracked(|r| {
            title.set(r.title.clone());
            body.set(r.body.clone());
            expertise.set(r.expertise.join(", "));
            format.set(r.format.as_str().to_string());
        });
        failure.set(None);
        editing.set(true);
        request_animation_frame(move || {
            if let Some(input) = title_ref.get_untracked() {
                let _ = input.focus();
            }
        });
    };
    let save = Action::new_local(move |edit: &RequestEdit| {
        let (id, edit) = (current.with_untracked(|r| r.id.clone()), edit.clone());
        async move {
            match api::edit_request(id, edit).await {
                Ok(saved) => {
                    failure.set(None);
                    editing.set(false);
                    current.set(saved.request);
                    if saved.reach.is_some() {
                        state.reach.set(saved.reach);
                    }
                    state.announce(Notice::Edited);
                }
                Err(error) => failure.set(Some(error)),
            }
        }
    });
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let expertise = expertise.get_untracked();
        save.dispatch(RequestEdit {
            title: title.get_untracked(),
            body: body.get_untracked(),
            expertise: expertise
                .split(',')
                .map(str::trim)
                .filter(|t| !t.is_empty())
                .map(str::to_string)
                .collect(),
            format: Format::parse(&format.get_untracked()).unwrap_or_default(),
        });
    };
    let invalid = move |field: &'static str| {
        move || failure.with(|f| f.as_ref().and_then(ApiFailure::field) == Some(field)).to_string()
    };
    view! {
        <Show when=editable>
            <Show when=move || editing.get() fallback=move || view! {
                <p class="actions">
                    <button type="button" class="button button--secondary" on:click=open>{t::request::edit_open()}</button>
                    <span class="hint">{t::request::edit_until()}</span>
                </p>
            }>
                <section class="panel" aria-labelledby="edit-title">
                    <h2 id="edit-title">{t::request::edit_title()}</h2>
                    <form class="form form--wide" on:submit=on_submit novalidate>
                        <FormError failure=failure fields=EDIT_FIELDS/>
                        <div class="field">
                            <label for="title">{t::request::edit_title_label()}</label>
                            <input id="title" node_ref=title_ref required maxlength=MAX_TITLE_CHARS.to_string() bind:value=title
                                aria-invalid=invalid("title") aria-describedby="title-error"/>
                            <FieldError failure=failure field="title"/>
                        </div>
                        <MarkdownField id="body" label=t::request::edit_details_label() value=body failure field="body" max_chars=MAX_BODY_CHARS
                            hint=t::request::edit_details_hint()/>
                        <div class="field">
                            <label for="expertise">{t::request::edit_skills_label()}</label>
                            <input id="expertise" required bind:value=expertise
                                aria-invalid=invalid("expertise") aria-describedby="expertise-hint expertise-error"/>
                            <p class="hint" id="expertise-hint">{t::request::edit_skills_hint(1, MAX_TAGS)}</p>
                            <FieldError failure=failure field="expertise"/>
                        </div>
                        <fieldset class="fieldset" aria-describedby="format-error">
                            <legend>{t::request::edit_format_legend()}</legend>
                            {Format::ALL.into_iter().map(|option| {
                                let id = format!("edit-format-{}", option.as_str());
                                view! {
                                    <div class="check">
                                        <input type="radio" name="edit-format" id=id.clone() value=option.as_str() bind:group=format/>
                                        <label for=id>{format_label(option)}</label>
                                    </div>
                                }
                            }).collect_view()}
                            <FieldError failure=failure field="format"/>
                        </fieldset>
                        <div class="actions">
                            <button type="submit" class="button" disabled=move || save.pending().get()>
                                {move || if save.pending().get() { t::request::edit_saving() } else { t::request::edit_save() }}
                            </button>
                            <button type="button" class="button button--secondary" on:click=move |_| editing.set(false)>
                                {t::request::edit_cancel()}
                            </button>
                        </div>
                    </form>
                </section>
            </Show>
        </Show>
    }
}

/// The offers on the author's request, each with an Accept button while it can be accepted.
#[component]
pub(super) fn AuthorOffers(state: RequestState) -> impl IntoView {
    let current = state.request;
    let failure = RwSignal::new(None::<ApiFailure>);
    let can_accept = Memo::new(move |_| state.allows(RequestEvent::Accept));
    let takes_offers = Memo::new(move |_| state.allows(RequestEvent::Offer));
    let accept = Action::new_local(move |offer_id: &String| {
        let (request_id, offer_id) = (current.with_untracked(|r| r.id.clone()), offer_id.clone());
        async move {
            match api::accept_offer(request_id, offer_id).await {
                Ok(acceptance) => {
                    failure.set(None);
                    current.set(acceptance.request.clone());
                    state.announce(Notice::Accepted(Box::new(acceptance)));
                }
                Err(error) => failure.set(Some(error)),
            }
        }
    });
    view! {
        <section class="request-section" aria-labelledby="offers-title">
            <h2 id="offers-title">{t::request::offers_title()}</h2>
            <FormError failure=failure fields=&[]/>
            <Show when=move || current.with(|r| r.offers.is_empty())>
                <p class="muted">
                    {move || if takes_offers.get() { t::request::offers_none_yet() } else { t::request::offers_none() }}
                </p>
            </Show>
            <ul class="offer-list">
                <For each=move || current.get().offers key=|offer| (offer.id.clone(), offer.status == OfferStatus::Accepted) let(offer)>
                    <AuthorOfferCard offer can_accept accept request_id=current.with_untracked(|r| r.id.clone())/>
                </For>
            </ul>
        </section>
    }
}

#[component]
fn AuthorOfferCard(
    offer: Offer,
    can_accept: Memo<bool>,
    accept: Action<String, ()>,
    request_id: String,
) -> impl IntoView {
    let mentor = offer.mentor.clone();
    let name = StoredValue::new(mentor.display_name.clone());
    let accepted = offer.status == OfferStatus::Accepted;
    let offer_id = offer.id.clone();
    let slot = offer.slot_start.as_deref().map(|start| slot_line(start, Some(&mentor)));
    view! {
        <li class="card offer" class:offer--accepted=accepted>
            <div class="offer__who">
                <h3 class="offer__mentor"><A href=format!("/mentors/{}", mentor.id)>{name.get_value()}</A></h3>
                {(!mentor.headline.is_empty()).then(|| view! { <p class="offer__headline">{mentor.headline.clone()}</p> })}
                <OrganizationBadge organization=mentor.organization.clone()/>
            </div>
            <p class="offer__meta">
                <span class="pill">{offer_kind_label(offer.kind)}</span>
                {accepted.then(|| view! { <span class="pill status status--accepted">{t::request::offer_accepted()}</span> })}
                <span>{t::request::offer_sent(time::date_time(&offer.created_at))}</span>
            </p>
            {slot.map(|line| view! { <p class="offer__slot"><strong>{t::request::offer_proposed()} " "</strong>{line}</p> })}
            {(!offer.message_html.trim().is_empty()).then(|| view! {
                <div class="prose offer__message" inner_html=offer.message_html.clone()></div>
            })}
            <div class="actions">
                {match (accepted, offer.thread_id.clone()) {
                    (true, Some(thread_id)) => {
                        let (shown, hidden, rest) =
                            with_hidden(&t::request::offer_open_conversation_with(NAME), &name.get_value());
                        view! {
                            <A href=format!("/threads/{thread_id}") attr:class="button button--secondary">
                                {shown}
                                <span class="visually-hidden">{hidden}</span>
                                {rest}
                            </A>
                        }.into_any()
                    }
                    _ => view! {
                        <Show when=move || can_accept.get()>
                            <button type="button" class="button" disabled=move || accept.pending().get()
                                on:click={
                                    let offer_id = offer_id.clone();
                                    move |_| { accept.dispatch(offer_id.clone()); }
                                }>
                                {
                                    let (shown, hidden, rest) =
                                        with_hidden(&t::request::offer_accept(NAME), &name.get_value());
                                    view! { {shown} <span class="visually-hidden">{hidden}</span> {rest} }
                                }
                            </button>
                        </Show>
                    }.into_any(),
                }}
            </div>
            {accepted.then(|| {
                let (before, link, after) = around_link(&t::request::offer_growth());
                view! {
                    <Feedback kind="request" id=request_id.clone() side=Side::Mentee/>
                    <p class="hint">
                        {before} <A href=format!("/growth#request-{request_id}")>{link}</A> {after}
                    </p>
                }
            })}
        </li>
    }
}

#[component]
pub(super) fn CloseControls(state: RequestState) -> impl IntoView {
    let current = state.request;
    // No answer is chosen for the author: "resolved" is theirs to say.
    let resolved = RwSignal::new(String::new());
    let failure = RwSignal::new(None::<ApiFailure>);
    let close = Action::new_local(move |resolved: &bool| {
        let (request_id, resolved) = (current.with_untracked(|r| r.id.clone()), *resolved);
        async move {
            match api::close_request(request_id, resolved).await {
                Ok(request) => {
                    failure.set(None);
                    current.set(request);
                    state.announce(Notice::Closed { resolved });
                }
                Err(error) => failure.set(Some(error)),
            }
        }
    });
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        match resolved.get_untracked().as_str() {
            "yes" => drop(close.dispatch(true)),
            "no" => drop(close.dispatch(false)),
            _ => {
                failure.set(Some(ApiFailure::Api(domain::error::ApiError::validation(
                    "resolved",
                    t::request::close_required(),
                ))));
            }
        }
    };
    let closable = move || state.allows(RequestEvent::Close);
    view! {
        <Show when=closable>
            <section class="panel" aria-labelledby="close-title">
                <h2 id="close-title">{t::request::close_title()}</h2>
                <p>{t::request::close_lead()}</p>
                <form class="form close-form" on:submit=on_submit>
                    <fieldset class="fieldset" aria-describedby="resolved-error">
                        <legend>{t::request::close_legend()}</legend>
                        <div class="check">
                            <input type="radio" name="resolved" id="resolved-yes" value="yes" bind:group=resolved/>
                            <label for="resolved-yes">{t::request::close_yes()}</label>
                        </div>
                        <div class="check">
                            <input type="radio" name="resolved" id="resolved-no" value="no" bind:group=resolved/>
                            <label for="resolved-no">{t::request::close_no()}</label>
                        </div>
                        <FieldError failure=failure field="resolved"/>
                    </fieldset>
                    <FormError failure=failure fields=&["resolved"]/>
                    <div class="actions">
                        <button type="submit" class="button button--secondary" disabled=move || close.pending().get()>
                            {move || if close.pending().get() { t::request::close_closing() } else { t::request::close_submit() }}
                        </button>
                    </div>
                </form>
            </section>
        </Show>
    }
}
