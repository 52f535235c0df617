//! One request. Its author reads the offers, accepts them and closes it; a mentor makes an offer
//! (a written answer or one of their free slots) and follows it to the conversation.

use domain::request::{
    Acceptance, Format, MAX_MESSAGE_CHARS, NewOffer, Offer, OfferKind, OfferStatus, Person, Request,
    RequestStatus,
};
use leptos::ev::SubmitEvent;
use leptos::html::Div;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

use crate::api::{self, ApiFailure};
use crate::browser::{day_label, local_datetime, time_label};
use crate::components::book_slots::{BookedLinks, by_day};
use crate::components::form::{FieldError, FormError, field_message};
use crate::components::profile_bits::{OrganizationBadge, TagList};
use crate::components::request_bits::{
    MarkdownField, StatusPill, audience_label, format_label, offer_kind_label, timing,
};
use crate::components::signed_in::SignedIn;
use crate::session::Session;

/// What just happened on this page, announced where the person is.
#[derive(Clone)]
enum Notice {
    Accepted(Box<Acceptance>),
    Offered(OfferKind),
    Closed { resolved: bool },
}

/// The page's state: the request as last answered by the API, and the latest notice.
#[derive(Clone, Copy)]
struct RequestState {
    request: RwSignal<Request>,
    notice: RwSignal<Option<Notice>>,
    notice_ref: NodeRef<Div>,
}

impl RequestState {
    fn new(request: Request) -> Self {
        Self { request: RwSignal::new(request), notice: RwSignal::new(None), notice_ref: NodeRef::new() }
    }

    /// Shows `notice` and moves focus to it, since the control that led to it is gone.
    fn announce(self, notice: Notice) {
        self.notice.set(Some(notice));
        if let Some(region) = self.notice_ref.get_untracked() {
            let _ = region.focus();
        }
    }

    fn offered(self, offer: Offer) {
        let kind = offer.kind;
        self.request.update(|request| {
            request.offers = vec![offer];
            request.offer_count += 1;
            if request.status == RequestStatus::Open {
                request.status = RequestStatus::HasOffers;
            }
        });
        self.announce(Notice::Offered(kind));
    }
}

/// "Tuesday 1 December, 14:00 your time · 19:30 for Asha (Asia/Kolkata)".
fn slot_line(start: &str, other: Option<&Person>) -> String {
    let mine = format!("{}, {} your time", day_label(start, None), time_label(start, None));
    match other {
        Some(person) => format!(
            "{mine} · {} for {} ({})",
            time_label(start, Some(&person.timezone)),
            person.display_name,
            person.timezone
        ),
        None => mine,
    }
}

#[component]
pub fn RequestPage() -> impl IntoView {
    view! {
        <SignedIn
            title="Request"
            reason="Sign in to read this question. Questions are shown to their author and to the mentors they are meant for."
        >
            <RequestLoader/>
        </SignedIn>
    }
}

#[component]
fn RequestLoader() -> impl IntoView {
    let params = use_params_map();
    let id = move || params.read().get("id").unwrap_or_default();
    let loaded = LocalResource::new(move || api::request(id()));
    view! {
        <Transition fallback=|| view! { <p>"Loading the request…"</p> }>
            {move || Suspend::new(async move {
                match loaded.await {
                    Ok(request) => view! { <RequestView request/> }.into_any(),
                    Err(failure) if failure.status() == Some(404) => view! {
                        <section class="narrow" aria-labelledby="page-title">
                            <h1 id="page-title">"Request not found"</h1>
                            <p>
                                "This question does not exist, or it is not one you can see: questions are shown "
                                "to their author, and to the mentors they are meant for while they are open."
                            </p>
                            <p><A href="/requests">"See open requests"</A></p>
                        </section>
                    }.into_any(),
                    Err(failure) => view! {
                        <section class="narrow">
                            <h1>"Request"</h1>
                            <p class="banner banner--error" role="alert">{failure.message()}</p>
                        </section>
                    }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn RequestView(request: Request) -> impl IntoView {
    let is_author = request.role == "author";
    let state = RequestState::new(request.clone());
    let current = state.request;
    view! {
        <article class="request" aria-labelledby="page-title">
            <header class="request__header">
                <p class="request__back"><A href="/requests">"Back to requests"</A></p>
                <h1 id="page-title">{request.title.clone()}</h1>
                <p class="request__meta">
                    {move || current.with(|r| view! { <StatusPill status=r.status resolved=r.resolved/> })}
                    <span>{move || current.with(timing)}</span>
                </p>
                <AuthorLine request=request.clone() is_author/>
            </header>
            // Rendered by the API from Markdown with raw HTML escaped and links checked.
            <div class="prose request__body" inner_html=request.body_html.clone()></div>
            <dl class="facts">
                <div>
                    <dt>"Skills"</dt>
                    <dd><TagList tags=request.expertise.clone() empty="None"/></dd>
                </div>
                <div>
                    <dt>"Help wanted"</dt>
                    <dd>{format_label(request.format)}</dd>
                </div>
                <div>
                    <dt>"Who may see it"</dt>
                    <dd>{audience_label(request.audience, is_author)}</dd>
                </div>
                <div>
                    <dt>"Asked"</dt>
                    <dd>{local_datetime(&request.created_at)}</dd>
                </div>
            </dl>
            <div class="notice" role="status" tabindex="-1" node_ref=state.notice_ref>
                {move || state.notice.get().map(|notice| view! { <NoticeView notice/> })}
            </div>
            {if is_author {
                view! { <AuthorOffers state/> <CloseControls state/> }.into_any()
            } else {
                view! { <MentorSide state/> }.into_any()
            }}
        </article>
    }
}

#[component]
fn AuthorLine(request: Request, is_author: bool) -> impl IntoView {
    if is_author {
        return if request.anonymous {
            view! {
                <p class="request__author">
                    <strong>"You asked anonymously."</strong>
                    " Mentors see neither your name nor your organization until you accept their offer."
                </p>
            }
            .into_any()
        } else {
            view! { <p class="request__author">"Asked by you."</p> }.into_any()
        };
    }
    match request.author {
        Some(author) => view! {
            <p class="request__author">
                "Asked by " <strong>{author.display_name.clone()}</strong>
                {(!author.headline.is_empty()).then(|| format!(", {}", author.headline))}
                " " <OrganizationBadge organization=author.organization.clone()/>
                {request.anonymous.then_some(" (asked anonymously; you see who they are because they accepted your offer)")}
            </p>
        }
        .into_any(),
        None => view! {
            <p class="request__author">
                <strong>"Anonymous mentee."</strong>
                " They chose not to show their name or organization; you will see who they are if they accept your offer."
            </p>
        }
        .into_any(),
    }
}

#[component]
fn NoticeView(notice: Notice) -> impl IntoView {
    match notice {
        Notice::Accepted(acceptance) => {
            let mentor = acceptance.offer.mentor.clone();
            view! {
                <div class="banner banner--success notice__body">
                    <p>
                        <strong>{format!("You accepted {}'s offer.", mentor.display_name)}</strong>
                        " " <A href=format!("/threads/{}", acceptance.thread_id)>"Open the conversation"</A>
                    </p>
                    {acceptance.booking.clone().map(|booking| view! {
                        <p>
                            {format!("Booked: {}. ", slot_line(&booking.start, Some(&mentor)))}
                            "Both of you have an e-mail with the invite."
                        </p>
                        <BookedLinks invite_url=booking.invite_url.clone()/>
                    })}
                </div>
            }
            .into_any()
        }
        Notice::Offered(kind) => view! {
            <p class="banner banner--success notice__body">
                {match kind {
                    OfferKind::Written => "Your answer was sent. ",
                    OfferKind::Slot => "Your slot was offered. ",
                }}
                "The mentee gets an e-mail and can accept your offer."
            </p>
        }
        .into_any(),
        Notice::Closed { resolved } => view! {
            <p class="banner banner--success notice__body">
                {if resolved {
                    "Closed. Glad it is resolved; thank you for saying so."
                } else {
                    "Closed. It takes no more offers; your conversations stay open."
                }}
            </p>
        }
        .into_any(),
    }
}

/// The offers on the author's request, each with an Accept button while it can be accepted.
#[component]
fn AuthorOffers(state: RequestState) -> impl IntoView {
    let current = state.request;
    let failure = RwSignal::new(None::<ApiFailure>);
    let can_accept = Memo::new(move |_| {
        current.with(|r| matches!(r.status, RequestStatus::HasOffers | RequestStatus::Accepted))
    });
    let is_open = Memo::new(move |_| current.with(|r| r.status.is_open()));
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
                    {move || if is_open.get() {
                        "No offers yet. Mentors whose expertise fits are told about your question; you get an e-mail when one answers."
                    } else {
                        "No mentor made an offer."
                    }}
                </p>
            </Show>
            <ul class="offer-list">
                <For each=move || current.get().offers key=|offer| (offer.id.clone(), offer.status == OfferStatus::Accepted) let(offer)>
                    <AuthorOfferCard offer can_accept accept/>
                </For>
            </ul>
        </section>
    }
}

#[component]
fn AuthorOfferCard(offer: Offer, can_accept: Memo<bool>, accept: Action<String, ()>) -> impl IntoView {
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
        </li>
    }
}

#[component]
fn CloseControls(state: RequestState) -> impl IntoView {
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
    let closable = move || {
        current.with(|r| {
            matches!(r.status, RequestStatus::Open | RequestStatus::HasOffers | RequestStatus::Accepted)
        })
    };
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

/// A mentor's side: the offer form, or their offer and where it led.
#[component]
fn MentorSide(state: RequestState) -> impl IntoView {
    let current = state.request;
    let own = Memo::new(move |_| current.with(|r| r.offers.first().cloned()));
    let open = Memo::new(move |_| current.with(|r| r.status.is_open()));
    view! {
        <section class="request-section" aria-labelledby="offer-title">
            {move || match own.get() {
                Some(offer) => view! {
                    <h2 id="offer-title">"Your offer"</h2>
                    <OwnOffer offer author=current.with_untracked(|r| r.author.clone())/>
                }.into_any(),
                None if open.get() => view! {
                    <h2 id="offer-title">"Answer this question"</h2>
                    <OfferForm state/>
                }.into_any(),
                None => view! {
                    <h2 id="offer-title">"Answer this question"</h2>
                    <p class="muted">"This request no longer takes offers."</p>
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
                    view! { <span class="pill status status--accepted">"Accepted"</span> }.into_any()
                } else {
                    view! { <span>"Waiting for the mentee to accept"</span> }.into_any()
                }}
                <span>"Sent " {local_datetime(&offer.created_at)}</span>
            </p>
            {offer.slot_start.as_deref().map(|start| view! {
                <p class="offer__slot"><strong>"Proposed: "</strong>{slot_line(start, author.as_ref())}</p>
            })}
            {(!offer.message_html.trim().is_empty()).then(|| view! {
                <div class="prose offer__message" inner_html=offer.message_html.clone()></div>
            })}
            {offer.thread_id.clone().filter(|_| accepted).map(|thread_id| view! {
                <p class="actions">
                    <A href=format!("/threads/{thread_id}") attr:class="button">"Open conversation"</A>
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
                        <legend>"How will you help?"</legend>
                        <div class="check">
                            <input type="radio" name="kind" id="kind-written" prop:checked=move || kind.get() == OfferKind::Written
                                on:change=move |_| kind.set(OfferKind::Written)/>
                            <label for="kind-written">"Answer in writing"</label>
                        </div>
                        <div class="check">
                            <input type="radio" name="kind" id="kind-slot" prop:checked=move || kind.get() == OfferKind::Slot
                                on:change=move |_| kind.set(OfferKind::Slot)/>
                            <label for="kind-slot">"Offer a 15-minute call"</label>
                        </div>
                        <FieldError failure=failure field="kind"/>
                    </fieldset>
                }.into_any(),
                Format::Written => view! {
                    <div>
                        <p class="offer-form__kind">"The mentee asked for an answer in writing."</p>
                        <FieldError failure=failure field="kind"/>
                    </div>
                }.into_any(),
                Format::Call => view! {
                    <div>
                        <p class="offer-form__kind">"The mentee asked for a call: offer one of your free slots."</p>
                        <FieldError failure=failure field="kind"/>
                    </div>
                }.into_any(),
            }}
            <Show when=move || kind.get() == OfferKind::Written>
                <MarkdownField id="answer" label="Your answer" value=answer failure field="message"
                    max_chars=MAX_MESSAGE_CHARS rows=10
                    hint="Markdown: **bold**, _italic_, lists, `code`, [links](https://example.org). If the mentee accepts, it opens your conversation."/>
            </Show>
            <Show when=move || kind.get() == OfferKind::Slot>
                <SlotPicker chosen=slot failure version=slots_version author=author.clone()/>
                <div class="field">
                    <label for="offer-note">"Note (optional)"</label>
                    <textarea id="offer-note" rows="3" bind:value=note aria-invalid=note_invalid
                        aria-describedby="offer-note-hint message-error"></textarea>
                    <p class="hint" id="offer-note-hint">"A line on how you would use the 15 minutes."</p>
                    <FieldError failure=failure field="message"/>
                </div>
            </Show>
            <div class="actions">
                <button type="submit" class="button" disabled=move || send.pending().get()>
                    {move || match (send.pending().get(), kind.get()) {
                        (true, _) => "Sending…",
                        (false, OfferKind::Written) => "Send answer",
                        (false, OfferKind::Slot) => "Offer this slot",
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
        <Transition fallback=|| view! { <p>"Loading your free slots…"</p> }>
            {move || Suspend::new(async move {
                match slots.await {
                    Err(failure) => view! { <p class="banner banner--error" role="alert">{failure.message()}</p> }.into_any(),
                    Ok(list) if list.slots.is_empty() => view! {
                        <p class="banner banner--error form-error">
                            "You have no free slots in the next two weeks. "
                            <A href="/profile">"Add availability on your profile"</A>
                            ", or answer in writing if the mentee allows it."
                        </p>
                        <FieldError failure=failure field="slot_start"/>
                    }.into_any(),
                    Ok(list) => {
                        // Options carry the choice: the select's value alone is lost before they exist.
                        let current = chosen.get_untracked();
                        view! {
                            <div class="field">
                                <label for="slot_start">"Your free slot"</label>
                                <select id="slot_start" bind:value=chosen aria-invalid=invalid
                                    aria-describedby="slot_start-hint slot_start-error">
                                    <option value="">"Choose a slot"</option>
                                    {by_day(list.slots).into_iter().map(|(day, slots)| view! {
                                        <optgroup label=day>
                                            {slots.into_iter().map(|s| {
                                                let label = author.with_value(|author| match author {
                                                    Some(person) => format!(
                                                        "{} ({} for {})",
                                                        time_label(&s.start, None),
                                                        time_label(&s.start, Some(&person.timezone)),
                                                        person.display_name
                                                    ),
                                                    None => time_label(&s.start, None),
                                                });
                                                let selected = s.start == current;
                                                view! { <option value=s.start.clone() selected=selected>{label}</option> }
                                            }).collect_view()}
                                        </optgroup>
                                    }).collect_view()}
                                </select>
                                <p class="hint" id="slot_start-hint">
                                    "From your availability, in your time zone. If the mentee accepts, it is booked for both of you."
                                </p>
                                <FieldError failure=failure field="slot_start"/>
                            </div>
                        }.into_any()
                    }
                }
            })}
        </Transition>
    }
}
