//! A session's wrap-up (`/sessions/:id`): whether it happened in one tap, then a rating and
//! kudos, notes and next steps, and a follow-up.

use domain::booking::{Booking, BookingStatus, Side};
use domain::wrapup::{Attendance, Report};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

use crate::api::{self, ApiFailure, ApiResult};
use crate::components::feedback_form::Feedback;
use crate::components::form::FormError;
use crate::components::loaded::Loaded;
use crate::components::outcome_form::OutcomeSection;
use crate::components::signed_in::SignedIn;
use crate::time;

#[component]
pub fn WrapUpPage() -> impl IntoView {
    view! {
        <section aria-labelledby="page-title">
            <SignedIn reason="Sign in to wrap up your session.">
                <WrapUp/>
            </SignedIn>
        </section>
    }
}

async fn session(id: String) -> ApiResult<Option<Booking>> {
    Ok(api::my_bookings().await?.bookings.into_iter().find(|b| b.id == id))
}

#[component]
fn WrapUp() -> impl IntoView {
    let params = use_params_map();
    let id = move || params.read().get("id").unwrap_or_default();
    let booking = LocalResource::new(move || session(id()));
    view! {
        <Loaded resource=booking loading="Loading the session…" title="Wrap up" let(found)>
            {match found {
                Some(booking) => view! { <SessionWrapUp booking/> }.into_any(),
                None => view! {
                    <h1 id="page-title">"Wrap up"</h1>
                    <p>"There is no such session among yours. " <A href="/sessions">"My sessions"</A></p>
                }.into_any(),
            }}
        </Loaded>
    }
}

fn attendance_line(attendance: Attendance) -> &'static str {
    match attendance {
        Attendance::Held => "Both of you say it happened.",
        Attendance::MentorMissed | Attendance::MenteeMissed => "Recorded as missed.",
        Attendance::Disputed => "Your answers differ; nobody is penalised.",
        Attendance::Unreported => "Waiting for an answer (a lone answer stands after 48 hours).",
    }
}

#[component]
fn SessionWrapUp(booking: Booking) -> impl IntoView {
    let side = booking.role;
    let other = if side == Side::Mentor { booking.mentee.clone() } else { booking.mentor.clone() };
    let when = time::day_time(&booking.start);
    let id = StoredValue::new(booking.id.clone());
    let now = js_sys::Date::new_0().to_iso_string().as_string().unwrap_or_default();
    let ended = booking.end <= now;
    let live = booking.status == BookingStatus::Booked;
    let report = RwSignal::new(booking.my_report);
    let attendance = RwSignal::new(booking.attendance);
    let failure = RwSignal::new(None::<ApiFailure>);
    let answer = Action::new_local(move |outcome: &Report| {
        let outcome = *outcome;
        async move {
            match api::report_attendance(id.get_value(), outcome.as_str().to_string()).await {
                Ok(updated) => {
                    report.set(updated.my_report);
                    attendance.set(updated.attendance);
                    failure.set(None);
                }
                Err(error) => failure.set(Some(error)),
            }
        }
    });
    let choices = [
        (Report::Held, "It happened"),
        (
            Report::OtherMissed,
            if side == Side::Mentor { "My mentee didn't come" } else { "My mentor didn't come" },
        ),
        (Report::IMissed, "I couldn't make it"),
    ];
    let held = booking.attendance == Attendance::Held;
    let mentee_of_held = live && held && side == Side::Mentee;
    let follow_up = (side == Side::Mentee).then(|| {
        let mentor = &booking.mentor.id;
        if held {
            format!("/mentors/{mentor}?follow_up_of={}", booking.id)
        } else {
            format!("/mentors/{mentor}")
        }
    });
    let message = booking.thread_id.clone().map(|thread| format!("/threads/{thread}"));
    let mentor_name = booking.mentor.display_name.clone();
    view! {
        <h1 id="page-title">"Your session with " {other.display_name.clone()}</h1>
        <p class="muted">{when} " your time"</p>
        <details class="card guide">
            <summary>"The 15-minute checklist"</summary>
            <ul>
                <li>"Minute 0–2: the question in one sentence, and what was tried."</li>
                <li>"Minute 2–12: one problem at a time; the mentor asks before advising."</li>
                <li>"Minute 12–15: the mentee says their next steps back; agree on a follow-up, if any."</li>
            </ul>
        </details>
        {if !live {
            view! { <p>"This session was cancelled."</p> }.into_any()
        } else if !ended {
            view! { <p>"You can wrap up once the session has ended."</p> }.into_any()
        } else {
            view! {
                <section class="card" aria-labelledby="attendance-title">
                    <h2 id="attendance-title">"Did it happen?"</h2>
                    <div class="actions" role="group" aria-labelledby="attendance-title">
                        {choices.into_iter().map(|(choice, label)| view! {
                            <button type="button" class="button button--small"
                                class:button--secondary=move || report.get() != Some(choice)
                                aria-pressed=move || (report.get() == Some(choice)).to_string()
                                on:click=move |_| { answer.dispatch(choice); }>{label}</button>
                        }).collect_view()}
                    </div>
                    <p aria-live="polite">{move || attendance_line(attendance.get())}</p>
                    <FormError failure=failure fields=&[]/>
                </section>
                <Feedback kind="booking" id=id.get_value() side/>
                {mentee_of_held.then(|| view! {
                    <OutcomeSection kind="booking" id=id.get_value() mentor_name=mentor_name.clone()/>
                })}
            }.into_any()
        }}
        <p class="actions">
            {follow_up.map(|href| view! {
                <a class="button button--secondary" href=href>{if held { "Book a follow-up" } else { "Book again" }}</a>
            })}
            {message.map(|href| view! { <A href=href attr:class="button button--secondary">"Message"</A> })}
            <A href="/sessions">"All my sessions"</A>
        </p>
    }
}
