//! Free slots on a mentor's profile, grouped by day in the viewer's zone with the mentor's
//! local time beside each, and the booking form with its agenda.

use domain::booking::{Booking, BookingRequest, SlotList, SlotView};
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;

use crate::api::{self, ApiFailure};
use crate::browser::{day_label, random_key, time_label};
use crate::components::form::{FieldError, FormError};
use crate::components::loaded::Loaded;
use crate::session::Session;

/// Slots grouped by the viewer's local day, in order.
pub fn by_day(slots: Vec<SlotView>) -> Vec<(String, Vec<SlotView>)> {
    let mut days: Vec<(String, Vec<SlotView>)> = Vec::new();
    for slot in slots {
        let day = day_label(&slot.start, None);
        match days.last_mut() {
            Some((label, list)) if *label == day => list.push(slot),
            _ => days.push((day, vec![slot])),
        }
    }
    days
}

/// `preselect`: a slot start (from a suggestion) to open the booking form on, if still free.
#[component]
pub fn BookSlots(
    mentor_id: String,
    mentor_name: String,
    #[prop(default = None)] preselect: Option<String>,
) -> impl IntoView {
    let session = Session::get();
    let id = mentor_id.clone();
    let slots = LocalResource::new(move || api::slots(id.clone(), 14));
    let chosen = RwSignal::new(None::<SlotView>);
    let booked = RwSignal::new(None::<Booking>);
    let name = StoredValue::new(mentor_name);
    // Taken once: after booking it, the slot must not open the form again.
    let preselect = StoredValue::new(preselect);
    let mentor_id = StoredValue::new(mentor_id);

    view! {
        <section class="panel booking" aria-labelledby="book-title">
            <h2 id="book-title">{move || format!("Book 15 minutes with {}", name.get_value())}</h2>
            {move || booked.get().map(|booking| view! { <Confirmation booking/> })}
            <Loaded resource=slots loading="Loading free slots…" let(list)>
                {if list.slots.is_empty() {
                    view! {
                        <p class="muted">"No free slots in the next two weeks. Try again later, or post a question."</p>
                    }.into_any()
                } else {
                    let mut taken = None;
                    preselect.update_value(|start| taken = start.take());
                    if let Some(start) = taken
                        && let Some(slot) = list.slots.iter().find(|slot| slot.start == start)
                    {
                        chosen.set(Some(slot.clone()));
                    }
                    view! { <SlotDays list chosen booked/> }.into_any()
                }}
            </Loaded>
            {move || chosen.get().map(|choice| {
                if !session.is_signed_in() {
                    return view! {
                        <p class="booking__signin">
                            <A href="/sign-in" attr:class="button">"Sign in to book"</A>
                        </p>
                    }.into_any();
                }
                view! { <BookingForm choice mentor_id=mentor_id.get_value() chosen booked free_slots=slots/> }.into_any()
            })}
        </section>
    }
}

/// The free slots by day, each a button that picks it.
#[component]
fn SlotDays(
    list: SlotList,
    chosen: RwSignal<Option<SlotView>>,
    booked: RwSignal<Option<Booking>>,
) -> impl IntoView {
    let zone = list.timezone;
    view! {
        <p class="hint">"Times are in your time zone; the mentor's local time is beside each."</p>
        <div class="slot-days">
            {by_day(list.slots).into_iter().map(|(day, slots)| {
                let zone = zone.clone();
                view! {
                    <div class="slot-day">
                        <h3 class="slot-day__title">{day.clone()}</h3>
                        <ul class="slot-list">
                            {slots.into_iter().map(|slot| {
                                let mine = time_label(&slot.start, None);
                                let theirs = time_label(&slot.start, Some(&zone));
                                let context = format!("Book {day} at ");
                                let pressed = {
                                    let start = slot.start.clone();
                                    move || chosen.with(|c| c.as_ref().is_some_and(|c| c.start == start)).to_string()
                                };
                                view! {
                                    <li>
                                        <button type="button" class="slot" aria-pressed=pressed
                                            on:click=move |_| { booked.set(None); chosen.set(Some(slot.clone())); }>
                                            <span class="visually-hidden">{context}</span>
                                            <span class="slot__mine">{mine}</span>
                                            <span class="slot__theirs">"(" {theirs} " for them)"</span>
                                        </button>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    </div>
                }
            }).collect_view()}
        </div>
    }
}

/// What makes 15 minutes count: the mentor knows the context before the call.
const AGENDA_TEMPLATE: &str = "Context: \nWhat I tried: \nWhat I want from these 15 minutes: ";

/// The agenda of a follow-up, from the next steps the mentee noted last time.
fn follow_up_agenda(steps: &[String]) -> String {
    let mut text = String::from("Follow-up to our last session.");
    if !steps.is_empty() {
        text.push_str("\nMy next steps were:");
        for step in steps {
            text.push_str(&format!("\n- {step}"));
        }
    }
    text.push_str("\nWhere I am now: ");
    text
}

#[component]
fn BookingForm(
    choice: SlotView,
    mentor_id: String,
    chosen: RwSignal<Option<SlotView>>,
    booked: RwSignal<Option<Booking>>,
    free_slots: LocalResource<Result<domain::booking::SlotList, ApiFailure>>,
) -> impl IntoView {
    let agenda = RwSignal::new(String::new());
    // "Book a follow-up" from a wrap-up: the agenda starts from the mentee's next steps.
    let follow_up_of = use_query_map().read_untracked().get("follow_up_of").filter(|id| !id.is_empty());
    if let Some(earlier) = follow_up_of.clone() {
        leptos::task::spawn_local(async move {
            let steps =
                api::feedback("booking", earlier).await.ok().and_then(|f| f.mine).map(|m| m.next_steps);
            if agenda.get_untracked().is_empty() {
                agenda.set(follow_up_agenda(&steps.unwrap_or_default()));
            }
        });
    }
    let is_follow_up = follow_up_of.is_some();
    let failure = RwSignal::new(None::<ApiFailure>);
    // One key per form: pressing "Book" twice never makes two bookings.
    let key = random_key();
    let start = choice.start.clone();
    let book = Action::new_local(move |request: &BookingRequest| {
        let (request, key) = (request.clone(), key.clone());
        async move {
            match api::book(request, key).await {
                Ok(booking) => {
                    chosen.set(None);
                    booked.set(Some(booking));
                    free_slots.refetch();
                }
                Err(error) => failure.set(Some(error)),
            }
        }
    });
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        book.dispatch(BookingRequest {
            mentor_id: mentor_id.clone(),
            start: start.clone(),
            agenda: agenda.get_untracked(),
            follow_up_of: follow_up_of.clone(),
        });
    };
    view! {
        <form class="form booking__form" on:submit=on_submit>
            <p><strong>{format!("{}, {}", day_label(&choice.start, None), time_label(&choice.start, None))}</strong>" (15 minutes)"</p>
            <FormError failure=failure fields=&["agenda", "follow_up_of"]/>
            <div class="field">
                <label for="agenda">"What would you like from the 15 minutes?"</label>
                <textarea id="agenda" rows="3" maxlength="500" required bind:value=agenda
                    aria-describedby="agenda-hint agenda-error"></textarea>
                <p class="hint" id="agenda-hint">
                    {if is_follow_up { "A follow-up to your last session, starting from your next steps. " } else { "" }}
                    "A few lines help the mentor prepare. Up to 500 characters."
                </p>
                <button type="button" class="button button--small button--secondary"
                    on:click=move |_| agenda.update(|text| {
                        if !text.is_empty() { text.push_str("\n\n"); }
                        text.push_str(AGENDA_TEMPLATE);
                    })>"Use the agenda template"</button>
                <FieldError failure=failure field="agenda"/>
                <FieldError failure=failure field="follow_up_of"/>
            </div>
            <div class="actions">
                <button type="submit" class="button" disabled=move || book.pending().get()>
                    {move || if book.pending().get() { "Booking…" } else { "Book this slot" }}
                </button>
                <button type="button" class="button button--secondary" on:click=move |_| chosen.set(None)>"Cancel"</button>
            </div>
        </form>
    }
}

#[component]
fn Confirmation(booking: Booking) -> impl IntoView {
    view! {
        <div class="banner banner--success booking__done" role="status">
            <p>
                <strong>"Booked: "</strong>
                {format!("{}, {}", day_label(&booking.start, None), time_label(&booking.start, None))}
                ". Both of you have an e-mail with the invite."
            </p>
            <BookedLinks booking=booking.clone()/>
        </div>
    }
}

/// After booking: the calendar invite, and the way to every session.
#[component]
pub fn BookedLinks(booking: Booking) -> impl IntoView {
    view! {
        <div class="actions">
            <AddToCalendar booking/>
            <A href="/sessions">"See my sessions"</A>
        </div>
    }
}

/// The session in the person's calendar: the .ics invite, or Google's and Outlook's own
/// "add event" pages.
#[component]
pub fn AddToCalendar(booking: Booking) -> impl IntoView {
    view! {
        <a class="button button--small button--secondary" href=booking.invite_url download="quarterhour-session.ics">
            "Add to calendar (.ics)"
        </a>
        <a class="button button--small button--secondary" href=booking.add_to_calendar.google
            target="_blank" rel="noopener noreferrer">"Google Calendar"</a>
        <a class="button button--small button--secondary" href=booking.add_to_calendar.outlook
            target="_blank" rel="noopener noreferrer">"Outlook"</a>
    }
}
