//! Booking where the slot is: choosing a slot anywhere opens this panel on it, with the agenda
//! focused and both people's times side by side. Signed out, it asks for the e-mail and the
//! code in place, and a newcomer's name, zone and languages; then it books and shows the
//! confirmation, focused.

use domain::booking::{Booking, BookingRequest, BookingStatus, SlotView};
use domain::profile::ProfileUpdate;
use leptos::ev::SubmitEvent;
use leptos::html;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;

use crate::api::{self, ApiFailure};
use crate::browser::{random_key, timezone_options_html};
use crate::components::form::{FieldError, FormError};
use crate::components::profile_bits::{LanguagePicker, language_options};
use crate::session::Session;
use crate::t;
use crate::time;

/// A slot someone chose, with whose it is.
#[derive(Debug, Clone, PartialEq)]
pub struct BookingTarget {
    pub mentor_id: String,
    pub mentor_name: String,
    pub mentor_zone: String,
    pub slot: SlotView,
}

/// Slots grouped by the viewer's day, in order: (day label, slots).
pub fn by_day(slots: Vec<SlotView>) -> Vec<(String, Vec<SlotView>)> {
    let mut days: Vec<(String, Vec<SlotView>)> = Vec::new();
    for slot in slots {
        let day = time::day(&slot.start);
        match days.last_mut() {
            Some((label, list)) if *label == day => list.push(slot),
            _ => days.push((day, vec![slot])),
        }
    }
    days
}

/// Where the panel's form stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Step {
    /// Signed in: the agenda, then "Book".
    Agenda,
    /// Signed out: the agenda and the e-mail address.
    Email,
    /// The code sent to that address.
    Code,
    /// A newcomer: name, zone and languages.
    Newcomer,
    /// Another session with the same mentor that day: book it anyway?
    SameDay,
}

/// What the form needs to know about the person, fixed when the panel opens.
fn first_step(session: Session) -> Step {
    match session.me_untracked() {
        None => Step::Email,
        Some(me) if me.profile.display_name.is_empty() => Step::Newcomer,
        Some(_) => Step::Agenda,
    }
}

/// The booking panel, a modal dialog open while `target` holds a slot; `on_booked` is called
/// with each booking made (e.g. to reload the free slots).
#[component]
pub fn BookingDialog(
    target: RwSignal<Option<BookingTarget>>,
    #[prop(optional, into)] on_booked: Option<Callback<Booking>>,
) -> impl IntoView {
    let dialog = NodeRef::<html::Dialog>::new();
    Effect::new(move |_| {
        let open = target.with(Option::is_some);
        if let Some(dialog) = dialog.get() {
            if open && !dialog.open() {
                let _ = dialog.show_modal();
            } else if !open && dialog.open() {
                dialog.close();
            }
        }
    });
    view! {
        <dialog node_ref=dialog class="booking-dialog" aria-labelledby="book-title"
            on:close=move |_| target.set(None)>
            {move || target.get().map(|target_now| view! { <BookingPanel target=target_now on_booked close=move || target.set(None)/> })}
        </dialog>
    }
}

#[component]
fn BookingPanel(
    target: BookingTarget,
    on_booked: Option<Callback<Booking>>,
    close: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let booked = RwSignal::new(None::<Booking>);
    let name = target.mentor_name.clone();
    view! {
        <div class="booking-dialog__body">
            {move || match booked.get() {
                Some(booking) => view! { <Confirmation booking close/> }.into_any(),
                None => view! {
                    <h2 id="book-title">{t::booking::book_heading(&name)}</h2>
                    <BookingForm target=target.clone() booked on_booked close/>
                }.into_any(),
            }}
        </div>
    }
}

/// The slot in the viewer's time and the mentor's, side by side.
#[component]
fn BothTimes(start: String, other_name: String, other_zone: String) -> impl IntoView {
    let theirs = time::time_in(&start, &other_zone);
    // "06:00 UTC" names its zone already; "21:30 GMT+5:30" gains "Asia/Kolkata".
    let theirs = if theirs.ends_with(&other_zone) { theirs } else { format!("{theirs} · {other_zone}") };
    view! {
        <dl class="both-times">
            <div>
                <dt>{t::booking::your_time()}</dt>
                <dd>{time::day_time(&start)}</dd>
            </div>
            <div>
                <dt>{t::booking::their_time(other_name)}</dt>
                <dd>{theirs}</dd>
            </div>
        </dl>
    }
}

/// What makes 15 minutes count: the mentor knows the context before the call. Each line ends
/// with a space, where the person starts typing.
fn agenda_template() -> String {
    format!(
        "{} \n{} \n{} ",
        t::booking::agenda_template_context(),
        t::booking::agenda_template_tried(),
        t::booking::agenda_template_want()
    )
}

/// The agenda of a follow-up, from the next steps the mentee noted last time.
fn follow_up_agenda(steps: &[String]) -> String {
    let mut text = t::booking::follow_up_intro();
    if !steps.is_empty() {
        text.push('\n');
        text.push_str(&t::booking::follow_up_steps());
        for step in steps {
            text.push_str(&format!("\n- {step}"));
        }
    }
    text.push('\n');
    text.push_str(&t::booking::follow_up_now());
    text.push(' ');
    text
}

/// Whether the person already has a session with `mentor_id` on the day of `start`.
async fn has_session_that_day(mentor_id: &str, start: &str) -> bool {
    let day = time::day_key(start);
    api::my_bookings().await.is_ok_and(|list| {
        list.bookings.iter().any(|booking| {
            booking.status == BookingStatus::Booked
                && booking.mentor.id == mentor_id
                && time::day_key(&booking.start) == day
        })
    })
}

/// The device's languages as codes the profile knows, English when there are none.
fn device_languages() -> Vec<String> {
    let known = language_options();
    let navigator = js_sys::Reflect::get(&js_sys::global(), &"navigator".into()).ok();
    let tags = navigator.and_then(|navigator| js_sys::Reflect::get(&navigator, &"languages".into()).ok());
    let tags = tags.map(|tags| js_sys::Array::from(&tags)).unwrap_or_default();
    let mut codes: Vec<String> = tags
        .iter()
        .filter_map(|value| value.as_string())
        .filter_map(|tag| tag.split('-').next().map(str::to_lowercase))
        .filter(|code| known.iter().any(|(known, _)| known == code))
        .collect();
    codes.dedup();
    if codes.is_empty() {
        codes.push("en".to_string());
    }
    codes
}

#[component]
fn BookingForm(
    target: BookingTarget,
    booked: RwSignal<Option<Booking>>,
    on_booked: Option<Callback<Booking>>,
    close: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let session = Session::get();
    let step = RwSignal::new(first_step(session));
    let agenda = RwSignal::new(String::new());
    let email = RwSignal::new(String::new());
    let code = RwSignal::new(String::new());
    let display_name = RwSignal::new(String::new());
    let zone = RwSignal::new(time::device_zone().unwrap_or_else(|| "UTC".to_string()));
    let languages = RwSignal::new(device_languages());
    let failure = RwSignal::new(None::<ApiFailure>);
    let pending = RwSignal::new(false);
    let agenda_ref = NodeRef::<html::Textarea>::new();
    let code_ref = NodeRef::<html::Input>::new();
    let name_ref = NodeRef::<html::Input>::new();
    let same_day_ref = NodeRef::<html::P>::new();

    // "Book a follow-up" from a wrap-up: the agenda starts from the mentee's next steps.
    let follow_up_of = use_query_map().read_untracked().get("follow_up_of").filter(|id| !id.is_empty());
    if let Some(earlier) = follow_up_of.clone().filter(|_| session.is_signed_in()) {
        leptos::task::spawn_local(async move {
            let steps =
                api::feedback("booking", earlier).await.ok().and_then(|f| f.mine).map(|m| m.next_steps);
            if agenda.get_untracked().is_empty() {
                agenda.set(follow_up_agenda(&steps.unwrap_or_default()));
            }
        });
    }
    let is_follow_up = follow_up_of.is_some();
    // Focus the agenda as the panel opens: it is what the person writes next.
    request_animation_frame(move || {
        if let Some(field) = agenda_ref.get_untracked() {
            let _ = field.focus();
        }
    });

    // One key per panel: pressing "Book" twice never makes two bookings.
    let key = StoredValue::new(random_key());
    let target = StoredValue::new(target);
    let follow_up_of = StoredValue::new(follow_up_of);

    let run = move |current: Step| {
        pending.set(true);
        leptos::task::spawn_local(async move {
            let target = target.get_value();
            let result: Result<Option<Step>, ApiFailure> = async {
                match current {
                    Step::Email => {
                        api::request_code(email.get_untracked()).await?;
                        code.set(String::new());
                        return Ok(Some(Step::Code));
                    }
                    Step::Code => {
                        api::verify(email.get_untracked(), code.get_untracked()).await?;
                        let me = api::me().await?;
                        let new = me.as_ref().is_none_or(|me| me.profile.display_name.is_empty());
                        session.set(me);
                        if new {
                            return Ok(Some(Step::Newcomer));
                        }
                    }
                    Step::Newcomer => {
                        let update = ProfileUpdate {
                            display_name: Some(display_name.get_untracked()),
                            timezone: Some(zone.get_untracked()),
                            languages: Some(languages.get_untracked()),
                            ..ProfileUpdate::default()
                        };
                        api::update_profile(update).await?;
                        session.set(api::me().await?);
                    }
                    Step::Agenda | Step::SameDay => {}
                }
                if current != Step::SameDay
                    && has_session_that_day(&target.mentor_id, &target.slot.start).await
                {
                    return Ok(Some(Step::SameDay));
                }
                let request = BookingRequest {
                    mentor_id: target.mentor_id.clone(),
                    start: target.slot.start.clone(),
                    agenda: agenda.get_untracked(),
                    follow_up_of: follow_up_of.get_value(),
                };
                let booking = api::book(request, key.get_value()).await?;
                if let Some(on_booked) = on_booked {
                    on_booked.run(booking.clone());
                }
                booked.set(Some(booking));
                Ok(None)
            }
            .await;
            pending.set(false);
            match result {
                Ok(Some(next)) => {
                    failure.set(None);
                    step.set(next);
                    // The field the step asks for next is where the person types.
                    request_animation_frame(move || {
                        let _ = match next {
                            Step::Code => code_ref.get_untracked().map(|el| el.focus()),
                            Step::Newcomer => name_ref.get_untracked().map(|el| el.focus()),
                            Step::SameDay => same_day_ref.get_untracked().map(|el| el.focus()),
                            _ => None,
                        };
                    });
                }
                Ok(None) => failure.set(None),
                Err(error) => {
                    // A refused agenda sends the person back to it, signed in by now.
                    if error.field() == Some("agenda") && step.get_untracked() != Step::Email {
                        step.set(Step::Agenda);
                    }
                    failure.set(Some(error));
                }
            }
        });
    };
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        run(step.get_untracked());
    };
    let submit_label = move || match (pending.get(), step.get()) {
        (true, _) => t::booking::submit_wait(),
        (_, Step::Email) => t::booking::submit_send_code(),
        (_, Step::Code) => t::booking::submit_sign_in_and_book(),
        (_, Step::Newcomer) => t::booking::submit_save_and_book(),
        (_, Step::SameDay) => t::booking::submit_book_again(),
        (_, Step::Agenda) => t::booking::submit_book(),
    };
    let chosen = target.get_value();
    let timezones = timezone_options_html(&zone.get_untracked());
    let all_languages = language_options();

    view! {
        <BothTimes start=chosen.slot.start.clone() other_name=chosen.mentor_name.clone() other_zone=chosen.mentor_zone.clone()/>
        <form class="form booking__form" on:submit=on_submit novalidate>
            <FormError failure=failure fields=&["agenda", "follow_up_of", "email", "code", "display_name", "languages", "timezone"]/>
            <div class="field">
                <label for="agenda">{t::booking::agenda_label()}</label>
                <textarea id="agenda" node_ref=agenda_ref rows="3" maxlength="500" required bind:value=agenda
                    aria-describedby="agenda-hint agenda-error"></textarea>
                <p class="hint" id="agenda-hint">
                    {is_follow_up.then(|| format!("{} ", t::booking::agenda_hint_follow_up()))}
                    {t::booking::agenda_hint()}
                </p>
                <button type="button" class="button button--small button--secondary"
                    on:click=move |_| agenda.update(|text| {
                        if !text.is_empty() { text.push_str("\n\n"); }
                        text.push_str(&agenda_template());
                    })>{t::booking::agenda_use_template()}</button>
                <FieldError failure=failure field="agenda"/>
                <FieldError failure=failure field="follow_up_of"/>
            </div>
            <Show when=move || matches!(step.get(), Step::Email | Step::Code)>
                <div class="field">
                    <label for="book-email">{t::booking::email_label()}</label>
                    <input id="book-email" type="email" autocomplete="email" required bind:value=email
                        readonly=move || step.get() == Step::Code aria-describedby="book-email-hint email-error"/>
                    <p class="hint" id="book-email-hint">
                        {t::booking::email_hint()}
                    </p>
                    <FieldError failure=failure field="email"/>
                </div>
            </Show>
            <Show when=move || step.get() == Step::Code>
                <div class="field">
                    <label for="book-code">{t::booking::code_label()}</label>
                    <input id="book-code" node_ref=code_ref inputmode="numeric" autocomplete="one-time-code"
                        maxlength="7" required bind:value=code aria-describedby="code-error"/>
                    <FieldError failure=failure field="code"/>
                    <button type="button" class="button button--small button--secondary"
                        on:click=move |_| { failure.set(None); step.set(Step::Email); }>{t::booking::other_address()}</button>
                </div>
            </Show>
            <Show when=move || step.get() == Step::Newcomer>
                <fieldset class="fieldset">
                    <legend>{t::booking::newcomer_legend()}</legend>
                    <div class="field">
                        <label for="book-name">{t::booking::name_label()}</label>
                        <input id="book-name" node_ref=name_ref autocomplete="name" required bind:value=display_name
                            aria-describedby="display_name-error"/>
                        <FieldError failure=failure field="display_name"/>
                    </div>
                    <div class="field">
                        <label for="book-zone">{t::booking::zone_label()}</label>
                        <select id="book-zone" inner_html=timezones.clone() prop:value=move || zone.get()
                            on:change=move |ev| zone.set(event_target_value(&ev))>
                        </select>
                    </div>
                    <LanguagePicker chosen=languages all=all_languages.clone() id="book-language" failure/>
                </fieldset>
            </Show>
            <Show when=move || step.get() == Step::SameDay>
                <p class="banner confirm" node_ref=same_day_ref tabindex="-1" role="alert">
                    {t::booking::same_day(&chosen.mentor_name, time::day(&chosen.slot.start))}
                </p>
            </Show>
            <div class="actions">
                <button type="submit" class="button" disabled=move || pending.get()>{submit_label}</button>
                <button type="button" class="button button--secondary" on:click=move |_| close()>{t::booking::cancel()}</button>
            </div>
        </form>
    }
}

/// The booking, done: what was booked, both times, the invite, a message, what comes next.
#[component]
fn Confirmation(booking: Booking, close: impl Fn() + Copy + Send + Sync + 'static) -> impl IntoView {
    let heading = NodeRef::<html::H2>::new();
    // What was just done is in view and focused.
    request_animation_frame(move || {
        if let Some(heading) = heading.get_untracked() {
            let _ = heading.focus();
        }
    });
    let other = booking.mentor.clone();
    let thread = booking.thread_id.clone().map(|id| format!("/threads/{id}"));
    view! {
        <div class="booking__done" role="status">
            <h2 id="book-title" node_ref=heading tabindex="-1">{t::booking::booked_heading(&other.display_name)}</h2>
            <BothTimes start=booking.start.clone() other_name=other.display_name.clone() other_zone=other.timezone.clone()/>
            <p class="booking__agenda"><strong>{t::booking::booked_agenda()}" "</strong>{booking.agenda.clone()}</p>
            <h3>{t::booking::booked_next()}</h3>
            <ul>
                <li>{t::booking::booked_next_invite(&other.display_name)}</li>
                <li>{t::booking::booked_next_link()}</li>
                <li>{t::booking::booked_next_change()}</li>
            </ul>
            <div class="actions">
                <AddToCalendar booking=booking.clone()/>
            </div>
            <div class="actions">
                {thread.map(|href| view! { <A href=href attr:class="button button--secondary">{t::booking::booked_message(&other.display_name)}</A> })}
                <A href="/sessions">{t::booking::see_my_sessions()}</A>
                <button type="button" class="button button--secondary" on:click=move |_| close()>{t::booking::close()}</button>
            </div>
        </div>
    }
}

/// After booking: the calendar invite, and the way to every session.
#[component]
pub fn BookedLinks(booking: Booking) -> impl IntoView {
    view! {
        <div class="actions">
            <AddToCalendar booking/>
            <A href="/sessions">{t::booking::see_my_sessions()}</A>
        </div>
    }
}

/// The session in the person's calendar: the .ics invite, or Google's and Outlook's own
/// "add event" pages.
#[component]
pub fn AddToCalendar(booking: Booking) -> impl IntoView {
    view! {
        <a class="button button--small button--secondary" href=booking.invite_url download="quarterhour-session.ics">
            {t::booking::add_to_calendar_ics()}
        </a>
        <a class="button button--small button--secondary" href=booking.add_to_calendar.google
            target="_blank" rel="noopener noreferrer">{t::booking::google_calendar()}</a>
        <a class="button button--small button--secondary" href=booking.add_to_calendar.outlook
            target="_blank" rel="noopener noreferrer">"Outlook"</a>
    }
}
