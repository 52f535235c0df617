//! "I'm free right now", in the header for mentors: 15, 30 or 60 minutes of slots from the next
//! 5-minute mark, then "Free now · 25 min left" with a button to end it.

use std::time::Duration;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api::{self, ApiFailure};
use crate::browser::minutes_until;
use crate::session::Session;
use crate::t;

/// The switch's view, for the shell's lazy chunk.
pub fn free_now_switch() -> AnyView {
    view! { <FreeNowSwitch/> }.into_any()
}

#[component]
fn FreeNowSwitch() -> impl IntoView {
    let session = Session::get();
    let failure = RwSignal::new(None::<ApiFailure>);
    // Ticks each 20 seconds so that the minutes left count down, and the switch comes back when
    // the window has passed.
    let tick = RwSignal::new(0_u32);
    if let Ok(handle) = set_interval_with_handle(move || tick.update(|n| *n += 1), Duration::from_secs(20)) {
        on_cleanup(move || handle.clear());
    }
    let set_until = move |until: Option<String>| {
        if let Some(mut me) = session.me_untracked() {
            me.free_now_until = until;
            session.set(Some(me));
        }
    };
    let start = move |minutes: i64| {
        spawn_local(async move {
            match api::start_free_now(minutes).await {
                Ok(window) => {
                    failure.set(None);
                    set_until(Some(window.end));
                }
                Err(error) => failure.set(Some(error)),
            }
        });
    };
    let end = move |_| {
        spawn_local(async move {
            match api::end_free_now().await {
                Ok(()) => {
                    failure.set(None);
                    set_until(None);
                }
                Err(error) => failure.set(Some(error)),
            }
        });
    };
    let left = move || {
        tick.track();
        session.me().and_then(|me| me.free_now_until).and_then(|until| minutes_until(&until))
    };
    view! {
        <div class="free-now">
            {move || match left() {
                Some(minutes) => view! {
                    <span class="free-now__status">
                        <span class="free-now__dot" aria-hidden="true"></span>
                        {t::home::free_now_left(minutes)}
                    </span>
                    <button type="button" class="button button--small button--secondary" on:click=end>{t::home::free_now_end()}</button>
                }.into_any(),
                None => view! {
                    <details class="free-now__menu">
                        <summary class="button button--small button--secondary">{t::home::free_now_open()}</summary>
                        <div class="free-now__choices" role="group" aria-label=t::home::free_now_choices_label()>
                            {[15, 30, 60].map(|minutes| view! {
                                <button type="button" class="button button--small" on:click=move |_| start(minutes)>
                                    {t::home::free_now_minutes(minutes)}
                                </button>
                            }).collect_view()}
                        </div>
                    </details>
                }.into_any(),
            }}
            {move || failure.get().map(|f| view! { <p class="field-error" role="alert">{f.message()}</p> })}
        </div>
    }
}
