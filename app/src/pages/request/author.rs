//! The author's side of their request: the offers with an Accept button each, and closing it.

use domain::booking::Side;
use domain::request::{Offer, OfferStatus, RequestEvent};
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos_router::components::A;

use super::{Notice, RequestState, slot_line};
use crate::api::{self, ApiFailure};
use crate::browser::local_datetime;
use crate::components::feedback_form::Feedback;
use crate::components::form::FormError;
use crate::components::profile_bits::OrganizationBadge;
use crate::components::request_bits::offer_kind_label;

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
            <h2 id="offers-title">"Offers"</h2>
            <FormError failure=failure fields=&[]/>
            <Show when=move || current.with(|r| r.offers.is_empty())>
                <p class="muted">
                    {move || if takes_offers.get() {
                        "No offers yet. Mentors whose expertise fits are told about your question; you get an e-mail when one answers."
                    } else {
                        "No mentor made an offer."
                    }}
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
                {accepted.then(|| view! { <span class="pill status status--accepted">"Accepted"</span> })}
                <span>"Sent " {local_datetime(&offer.created_at)}</span>
            </p>
            {slot.map(|line| view! { <p class="offer__slot"><strong>"Proposed: "</strong>{line}</p> })}
            {(!offer.message_html.trim().is_empty()).then(|| view! {
                <div class="prose offer__message" inner_html=offer.message_html.clone()></div>
            })}
            <div class="actions">
                {match (accepted, offer.thread_id.clone()) {
                    (true, Some(thread_id)) => view! {
                        <A href=format!("/threads/{thread_id}") attr:class="button button--secondary">
                            "Open conversation"
                            <span class="visually-hidden">{format!(" with {}", name.get_value())}</span>
                        </A>
                    }.into_any(),
                    _ => view! {
                        <Show when=move || can_accept.get()>
                            <button type="button" class="button" disabled=move || accept.pending().get()
                                on:click={
                                    let offer_id = offer_id.clone();
                                    move |_| { accept.dispatch(offer_id.clone()); }
                                }>
                                "Accept"
                                <span class="visually-hidden">{format!(" {}'s offer", name.get_value())}</span>
                            </button>
                        </Show>
                    }.into_any(),
                }}
            </div>
            {accepted.then(|| view! {
                <Feedback kind="request" id=request_id.clone() side=Side::Mentee/>
                <p class="hint">
                    "Did you act on it? Say what came of it in "
                    <A href=format!("/growth#request-{request_id}")>"your growth record"</A> "."
                </p>
            })}
        </li>
    }
}

#[component]
pub(super) fn CloseControls(state: RequestState) -> impl IntoView {
    let current = state.request;
    let resolved = RwSignal::new("yes".to_string());
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
        close.dispatch(resolved.get_untracked() == "yes");
    };
    let closable = move || state.allows(RequestEvent::Close);
    view! {
        <Show when=closable>
            <section class="panel" aria-labelledby="close-title">
                <h2 id="close-title">"Close this request"</h2>
                <p>"Closing it stops new offers. Conversations you have started stay open."</p>
                <form class="form close-form" on:submit=on_submit>
                    <fieldset class="fieldset">
                        <legend>"Did you get the help you needed?"</legend>
                        <div class="check">
                            <input type="radio" name="resolved" id="resolved-yes" value="yes" bind:group=resolved/>
                            <label for="resolved-yes">"Yes, it is resolved"</label>
                        </div>
                        <div class="check">
                            <input type="radio" name="resolved" id="resolved-no" value="no" bind:group=resolved/>
                            <label for="resolved-no">"No, but I no longer need it"</label>
                        </div>
                    </fieldset>
                    <FormError failure=failure fields=&[]/>
                    <div class="actions">
                        <button type="submit" class="button button--secondary" disabled=move || close.pending().get()>
                            {move || if close.pending().get() { "Closing…" } else { "Close request" }}
                        </button>
                    </div>
                </form>
            </section>
        </Show>
    }
}
