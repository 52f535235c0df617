//! A mentor's side of a request: the offer form with their free slots, or their offer and the
//! way to the conversation once it is accepted.

use domain::request::{Format, NewOffer, Offer, OfferKind, OfferStatus, Person, RequestEvent};
use domain::thread::MAX_MESSAGE_CHARS;
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos_router::components::A;

use super::{RequestState, slot_line};
use crate::api::{self, ApiFailure};
use crate::components::book_slots::by_day;
use crate::components::form::{FieldError, FormError, field_message};
use crate::components::intro::linked;
use crate::components::loaded::Loaded;
use crate::components::request_bits::{MarkdownField, offer_kind_label};
use crate::session::Session;
use crate::{t, time};

/// A mentor's side: the offer form, or their offer and where it led.
#[component]
pub(super) fn MentorSide(state: RequestState) -> impl IntoView {
    let current = state.request;
    let own = Memo::new(move |_| current.with(|r| r.offers.first().cloned()));
    let can_offer = Memo::new(move |_| state.allows(RequestEvent::Offer));
    view! {
        <section class="request-section" aria-labelledby="offer-title">
            {move || match own.get() {
                Some(offer) => view! {
                    <h2 id="offer-title">{t::request::offer_yours()}</h2>
                    <OwnOffer offer author=current.with_untracked(|r| r.author.clone())/>
                }.into_any(),
                None if can_offer.get() => view! {
                    <h2 id="offer-title">{t::request::offer_answer_title()}</h2>
                    <OfferForm state/>
                }.into_any(),
                None => view! {
                    <h2 id="offer-title">{t::request::offer_answer_title()}</h2>
                    <p class="muted">{t::request::offer_not_taken()}</p>
                }.into_any(),
            }}
        </section>
    }
}

#[component]
fn OwnOffer(offer: Offer, author: Option<Person>) -> impl IntoView {
    let accepted = offer.status == OfferStatus::Accepted;
    view! {
        <div class="card offer" class:offer--accepted=accepted>
            <p class="offer__meta">
                <span class="pill">{offer_kind_label(offer.kind)}</span>
                {if accepted {
                    view! { <span class="pill status status--accepted">{t::request::offer_accepted()}</span> }.into_any()
                } else {
                    view! { <span>{t::request::offer_waiting()}</span> }.into_any()
                }}
                <span>{t::request::offer_sent(time::date_time(&offer.created_at))}</span>
            </p>
            {offer.slot_start.as_deref().map(|start| view! {
                <p class="offer__slot"><strong>{t::request::offer_proposed()} " "</strong>{slot_line(start, author.as_ref())}</p>
            })}
            {(!offer.message_html.trim().is_empty()).then(|| view! {
                <div class="prose offer__message" inner_html=offer.message_html.clone()></div>
            })}
            {offer.thread_id.clone().filter(|_| accepted).map(|thread_id| view! {
                <p class="actions">
                    <A href=format!("/threads/{thread_id}") attr:class="button">{t::request::offer_open_conversation()}</A>
                </p>
            })}
        </div>
    }
}

const OFFER_FIELDS: &[&str] = &["kind", "message", "slot_start"];

#[component]
fn OfferForm(state: RequestState) -> impl IntoView {
    let (request_id, format, author) =
        state.request.with_untracked(|r| (r.id.clone(), r.format, r.author.clone()));
    let kinds: Vec<OfferKind> =
        [OfferKind::Written, OfferKind::Slot].into_iter().filter(|kind| format.accepts(*kind)).collect();
    let kind = RwSignal::new(kinds.first().copied().unwrap_or(OfferKind::Written));
    let answer = RwSignal::new(String::new());
    let note = RwSignal::new(String::new());
    let slot = RwSignal::new(String::new());
    let slots_version = RwSignal::new(0_u32);
    let failure = RwSignal::new(None::<ApiFailure>);

    let send = Action::new_local(move |offer: &NewOffer| {
        let (request_id, offer) = (request_id.clone(), offer.clone());
        async move {
            match api::make_offer(request_id, offer).await {
                Ok(offer) => {
                    failure.set(None);
                    state.offered(offer);
                }
                Err(error) => {
                    // The slot may have gone meanwhile: show the ones still free.
                    if error.field() == Some("slot_start") {
                        slots_version.update(|v| *v += 1);
                    }
                    failure.set(Some(error));
                }
            }
        }
    });
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let offer = match kind.get_untracked() {
            OfferKind::Written => {
                NewOffer { kind: OfferKind::Written, message: answer.get_untracked(), slot_start: None }
            }
            OfferKind::Slot => NewOffer {
                kind: OfferKind::Slot,
                message: note.get_untracked(),
                slot_start: Some(slot.get_untracked()).filter(|start| !start.is_empty()),
            },
        };
        send.dispatch(offer);
    };
    let note_invalid = move || field_message(failure, "message").is_some().to_string();

    view! {
        <form class="form form--wide offer-form" on:submit=on_submit novalidate>
            <FormError failure=failure fields=OFFER_FIELDS/>
            {match format {
                Format::Either => view! {
                    <fieldset class="fieldset" aria-describedby="kind-error">
                        <legend>{t::request::form_kind_legend()}</legend>
                        <div class="check">
                            <input type="radio" name="kind" id="kind-written" prop:checked=move || kind.get() == OfferKind::Written
                                on:change=move |_| kind.set(OfferKind::Written)/>
                            <label for="kind-written">{t::request::form_kind_written()}</label>
                        </div>
                        <div class="check">
                            <input type="radio" name="kind" id="kind-slot" prop:checked=move || kind.get() == OfferKind::Slot
                                on:change=move |_| kind.set(OfferKind::Slot)/>
                            <label for="kind-slot">{t::request::form_kind_call()}</label>
                        </div>
                        <FieldError failure=failure field="kind"/>
                    </fieldset>
                }.into_any(),
                Format::Written => view! {
                    <div>
                        <p class="offer-form__kind">{t::request::form_asked_written()}</p>
                        <FieldError failure=failure field="kind"/>
                    </div>
                }.into_any(),
                Format::Call => view! {
                    <div>
                        <p class="offer-form__kind">{t::request::form_asked_call()}</p>
                        <FieldError failure=failure field="kind"/>
                    </div>
                }.into_any(),
            }}
            <details class="card guide">
                <summary>{t::request::tips_title()}</summary>
                <ul>
                    <li>{t::request::tips_question_first()}</li>
                    <li>{t::request::tips_next_step()}</li>
                    <li>{t::request::tips_what_to_check()}</li>
                    <li>{t::request::tips_call()}</li>
                </ul>
            </details>
            <Show when=move || kind.get() == OfferKind::Written>
                <MarkdownField id="answer" label=t::request::form_answer_label() value=answer failure field="message"
                    max_chars=MAX_MESSAGE_CHARS rows=10
                    hint=t::request::form_answer_hint()/>
            </Show>
            <Show when=move || kind.get() == OfferKind::Slot>
                <SlotPicker chosen=slot failure version=slots_version author=author.clone()/>
                <div class="field">
                    <label for="offer-note">{t::request::form_note_label()}</label>
                    <textarea id="offer-note" rows="3" bind:value=note aria-invalid=note_invalid
                        aria-describedby="offer-note-hint message-error"></textarea>
                    <p class="hint" id="offer-note-hint">{t::request::form_note_hint()}</p>
                    <FieldError failure=failure field="message"/>
                </div>
            </Show>
            <div class="actions">
                <button type="submit" class="button" disabled=move || send.pending().get()>
                    {move || match (send.pending().get(), kind.get()) {
                        (true, _) => t::request::form_sending(),
                        (false, OfferKind::Written) => t::request::form_send_answer(),
                        (false, OfferKind::Slot) => t::request::form_offer_slot(),
                    }}
                </button>
            </div>
        </form>
    }
}

/// The mentor's own free slots for the next 14 days, by day, with the mentee's time when known.
#[component]
fn SlotPicker(
    chosen: RwSignal<String>,
    failure: RwSignal<Option<ApiFailure>>,
    version: RwSignal<u32>,
    author: Option<Person>,
) -> impl IntoView {
    let own_id = Session::get().me_untracked().map(|me| me.user.id).unwrap_or_default();
    let slots = LocalResource::new(move || {
        version.track();
        let own_id = own_id.clone();
        async move {
            let result = api::slots(own_id, 14).await;
            // Forget a choice that is no longer free, before the list is shown again.
            if let Ok(list) = &result {
                let current = chosen.get_untracked();
                if !current.is_empty() && !list.slots.iter().any(|s| s.start == current) {
                    chosen.set(String::new());
                }
            }
            result
        }
    });
    let author = StoredValue::new(author);
    let invalid = move || field_message(failure, "slot_start").is_some().to_string();
    view! {
        <Loaded resource=slots loading=t::request::slots_loading() let(list)>
            {if list.slots.is_empty() {
                view! {
                    <p class="banner banner--error form-error">{linked(t::request::slots_none(), &["/profile"])}</p>
                    <FieldError failure=failure field="slot_start"/>
                }.into_any()
            } else {
                // Options carry the choice: the select's value alone is lost before they exist.
                let current = chosen.get_untracked();
                view! {
                    <div class="field">
                        <label for="slot_start">{t::request::slots_label()}</label>
                        <select id="slot_start" bind:value=chosen aria-invalid=invalid
                            aria-describedby="slot_start-hint slot_start-error">
                            <option value="">{t::request::slots_choose()}</option>
                            {by_day(list.slots).into_iter().map(|(day, slots)| view! {
                                <optgroup label=day>
                                    {slots.into_iter().map(|s| {
                                        let label = author.with_value(|author| match author {
                                            Some(person) => t::request::slots_option(
                                                time::time(&s.start),
                                                time::time_in(&s.start, &person.timezone),
                                                &person.display_name,
                                            ),
                                            None => time::time(&s.start),
                                        });
                                        let selected = s.start == current;
                                        view! { <option value=s.start.clone() selected=selected>{label}</option> }
                                    }).collect_view()}
                                </optgroup>
                            }).collect_view()}
                        </select>
                        <p class="hint" id="slot_start-hint">{t::request::slots_hint()}</p>
                        <FieldError failure=failure field="slot_start"/>
                    </div>
                }.into_any()
            }}
        </Loaded>
    }
}
