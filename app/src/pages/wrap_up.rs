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
use crate::components::intro::linked;
use crate::components::loaded::Loaded;
use crate::components::outcome_form::OutcomeSection;
use crate::components::signed_in::SignedIn;
use crate::{t, time};

#[component]
pub fn WrapUpPage() -> impl IntoView {
    view! {
        <section aria-labelledby="page-title">
            <SignedIn reason=t::sessions::wrap_up_visitor()>
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
        <Loaded resource=booking loading=t::sessions::wrap_up_loading() title=t::sessions::wrap_up_title() let(found)>
            {match found {
                Some(booking) => view! { <SessionWrapUp booking/> }.into_any(),
                None => view! {
                    <h1 id="page-title">{t::sessions::wrap_up_title()}</h1>
                    <p>{linked(t::sessions::wrap_up_not_found(), &["/sessions"])}</p>
                }.into_any(),
            }}
        </Loaded>
    }
}

fn attendance_line(attendance: Attendance) -> String {
    match attendance {
        Attendance::Held => t::sessions::attendance_held(),
        Attendance::MentorMissed | Attendance::MenteeMissed => t::sessions::attendance_missed(),
        Attendance::Disputed => t::sessions::attendance_disputed(),
        Attendance::Unreported => t::sessions::attendance_unreported(),
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
        (Report::Held, t::sessions::report_held()),
        (
            Report::OtherMissed,
            if side == Side::Mentor {
                t::sessions::report_mentee_missed()
            } else {
                t::sessions::report_mentor_missed()
            },
        ),
        (Report::IMissed, t::sessions::report_i_missed()),
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
        <h1 id="page-title">{t::sessions::wrap_up_heading(&other.display_name)}</h1>
        <p class="muted">{t::sessions::wrap_up_when(when)}</p>
        <details class="card guide">
            <summary>{t::sessions::checklist_title()}</summary>
            <ul>
                <li>{t::sessions::checklist_start()}</li>
                <li>{t::sessions::checklist_middle()}</li>
                <li>{t::sessions::checklist_end()}</li>
            </ul>
        </details>
        {if !live {
            view! { <p>{t::sessions::wrap_up_cancelled()}</p> }.into_any()
        } else if !ended {
            view! { <p>{t::sessions::wrap_up_not_ended()}</p> }.into_any()
        } else {
            view! {
                <section class="card" aria-labelledby="attendance-title">
                    <h2 id="attendance-title">{t::sessions::attendance_title()}</h2>
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
                <a class="button button--secondary" href=href>{if held { t::sessions::wrap_up_book_follow_up() } else { t::sessions::wrap_up_book_again() }}</a>
            })}
            {message.map(|href| view! { <A href=href attr:class="button button--secondary">{t::sessions::wrap_up_message()}</A> })}
            <A href="/sessions">{t::sessions::wrap_up_all_sessions()}</A>
        </p>
    }
}
