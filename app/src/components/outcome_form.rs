//! "What came of it?": the mentee's outcome of a held session or an accepted answer, and whether
//! the mentor hears it.

use domain::outcome::{OutcomeEnvelope, OutcomeInput, OutcomeStatus};
use leptos::prelude::*;

use crate::api::{self, ApiFailure};
use crate::components::form::{FieldError, FormError};
use crate::components::loaded::Loaded;
use crate::t;

/// The status in words, as the mentee's form and record say it.
pub fn outcome_label(status: OutcomeStatus) -> String {
    match status {
        OutcomeStatus::Done => t::sessions::outcome_done(),
        OutcomeStatus::InProgress => t::sessions::outcome_in_progress(),
        OutcomeStatus::NotYet => t::sessions::outcome_not_yet(),
        OutcomeStatus::NotUseful => t::sessions::outcome_not_useful(),
    }
}

/// `kind` is `booking` or `request`; `id` the session's or the question's.
#[component]
pub fn OutcomeSection(kind: &'static str, id: String, mentor_name: String) -> impl IntoView {
    let id = StoredValue::new(id);
    let loaded = LocalResource::new(move || api::outcome(kind, id.get_value()));
    view! {
        <Loaded resource=loaded loading=t::sessions::outcome_loading() let(envelope)>
            <OutcomeForm kind id=id.get_value() mentor_name=mentor_name.clone() envelope/>
        </Loaded>
    }
}

#[component]
fn OutcomeForm(
    kind: &'static str,
    id: String,
    mentor_name: String,
    envelope: OutcomeEnvelope,
) -> impl IntoView {
    let current = envelope.outcome;
    let status = RwSignal::new(current.as_ref().map(|o| o.status));
    let note = RwSignal::new(current.as_ref().map(|o| o.note.clone()).unwrap_or_default());
    let share = RwSignal::new(current.as_ref().is_some_and(|o| o.share_with_mentor));
    let failure = RwSignal::new(None::<ApiFailure>);
    let saved = RwSignal::new(false);
    let id = StoredValue::new(id);
    let save = Action::new_local(move |_: &()| {
        let input = OutcomeInput {
            status: status.get_untracked().map(|s| s.as_str().to_string()).unwrap_or_default(),
            note: note.get_untracked(),
            share_with_mentor: share.get_untracked(),
        };
        async move {
            match api::record_outcome(kind, id.get_value(), input).await {
                Ok(_) => {
                    failure.set(None);
                    saved.set(true);
                }
                Err(error) => {
                    saved.set(false);
                    failure.set(Some(error));
                }
            }
        }
    });
    let title_id = format!("outcome-{kind}-{}", id.get_value());
    let note_id = format!("{title_id}-note");
    let share_label = t::sessions::outcome_share(&mentor_name);
    view! {
        <form class="card form" aria-labelledby=title_id.clone()
            on:submit=move |ev: leptos::ev::SubmitEvent| { ev.prevent_default(); save.dispatch(()); }>
            <h2 id=title_id.clone()>{t::sessions::outcome_title()}</h2>
            <p class="hint">{t::sessions::outcome_hint()}</p>
            <fieldset class="field">
                <legend>{t::sessions::outcome_legend()}</legend>
                {OutcomeStatus::ALL.into_iter().map(|choice| view! {
                    <label class="choice">
                        <input type="radio" name=title_id.clone() value=choice.as_str()
                            prop:checked=move || status.get() == Some(choice)
                            on:change=move |_| status.set(Some(choice))/>
                        {outcome_label(choice)}
                    </label>
                }).collect_view()}
                <FieldError failure=failure field="status"/>
            </fieldset>
            <div class="field">
                <label for=note_id.clone()>{t::sessions::outcome_note_label()}</label>
                <textarea id=note_id maxlength="1000" rows="3" bind:value=note></textarea>
                <FieldError failure=failure field="note"/>
            </div>
            <label class="choice">
                <input type="checkbox" prop:checked=move || share.get() on:change=move |_| share.update(|s| *s = !*s)/>
                {share_label}
            </label>
            <FormError failure=failure fields=&["status", "note"]/>
            <button type="submit" class="button" disabled=move || status.get().is_none()>{t::sessions::outcome_save()}</button>
            <p aria-live="polite">{move || saved.get().then(t::sessions::outcome_saved)}</p>
        </form>
    }
}
