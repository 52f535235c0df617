//! Feedback in two taps: a rating (mentees only, seen by nobody), kudos, a note for the other
//! person, private takeaways and next steps; and what the other person said.

use domain::booking::Side;
use domain::wrapup::{FEEDBACK_DAYS, FeedbackEnvelope, FeedbackInput, KUDOS};
use leptos::prelude::*;

use crate::api::{self, ApiFailure};
use crate::components::form::FormError;
use crate::components::loaded::Loaded;
use crate::t;

fn kudos_label(tag: &str) -> String {
    t::sessions::feedback_kudos(tag)
}

/// `kind`: `booking` (either side of a session) or `request` (the author, on the accepted answer).
#[component]
pub fn Feedback(kind: &'static str, id: String, side: Side) -> impl IntoView {
    let id = StoredValue::new(id);
    let loaded = LocalResource::new(move || api::feedback(kind, id.get_value()));
    view! {
        <Loaded resource=loaded loading=t::sessions::feedback_loading() let(envelope)>
            <FeedbackForm kind id=id.get_value() side envelope/>
        </Loaded>
    }
}

#[component]
fn FeedbackForm(kind: &'static str, id: String, side: Side, envelope: FeedbackEnvelope) -> impl IntoView {
    let mine = envelope.mine.clone();
    let rating = RwSignal::new(mine.as_ref().and_then(|m| m.rating).map(|r| r.as_str().to_string()));
    let kudos = RwSignal::new(mine.as_ref().map(|m| m.kudos.clone()).unwrap_or_default());
    let note = RwSignal::new(mine.as_ref().map(|m| m.note_to_other.clone()).unwrap_or_default());
    let private = RwSignal::new(mine.as_ref().map(|m| m.private_note.clone()).unwrap_or_default());
    let steps = RwSignal::new(mine.as_ref().map(|m| m.next_steps.join("\n")).unwrap_or_default());
    let failure = RwSignal::new(None::<ApiFailure>);
    let saved = RwSignal::new(false);
    let id = StoredValue::new(id);
    let save = Action::new_local(move |_: &()| {
        let input = FeedbackInput {
            rating: rating.get_untracked(),
            kudos: kudos.get_untracked(),
            note_to_other: note.get_untracked(),
            private_note: private.get_untracked(),
            next_steps: steps.get_untracked().lines().map(str::to_string).collect(),
        };
        async move {
            match api::give_feedback(kind, id.get_value(), input).await {
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
    let other_said = envelope.from_other.clone();
    view! {
        <form class="card form" aria-labelledby="feedback-title"
            on:submit=move |ev: leptos::ev::SubmitEvent| { ev.prevent_default(); save.dispatch(()); }>
            <h2 id="feedback-title">{t::sessions::feedback_title()}</h2>
            {(side == Side::Mentee).then(|| view! {
                <fieldset class="field">
                    <legend>{t::sessions::feedback_rating_legend()}</legend>
                    {[
                        ("helpful", t::sessions::feedback_rating_helpful()),
                        ("somewhat", t::sessions::feedback_rating_somewhat()),
                        ("not_helpful", t::sessions::feedback_rating_not_helpful()),
                    ].into_iter().map(|(value, label)| view! {
                        <label class="choice">
                            <input type="radio" name="rating" value=value
                                prop:checked=move || rating.get().as_deref() == Some(value)
                                on:change=move |_| rating.set(Some(value.to_string()))/>
                            {label}
                        </label>
                    }).collect_view()}
                </fieldset>
            })}
            <fieldset class="field">
                <legend>{t::sessions::feedback_kudos_legend()}</legend>
                {KUDOS.into_iter().map(|tag| view! {
                    <label class="choice">
                        <input type="checkbox" value=tag
                            prop:checked=move || kudos.with(|k| k.iter().any(|t| t == tag))
                            on:change=move |_| kudos.update(|k| {
                                if let Some(i) = k.iter().position(|t| t == tag) { k.remove(i); } else { k.push(tag.to_string()); }
                            })/>
                        {kudos_label(tag)}
                    </label>
                }).collect_view()}
            </fieldset>
            <div class="field">
                <label for="note-to-other">{t::sessions::feedback_note_label()}</label>
                <textarea id="note-to-other" maxlength="1000" rows="3" bind:value=note></textarea>
            </div>
            <div class="field">
                <label for="private-note">{t::sessions::feedback_private_label()}</label>
                <textarea id="private-note" maxlength="4000" rows="4" bind:value=private></textarea>
            </div>
            <div class="field">
                <label for="next-steps">{t::sessions::feedback_steps_label()}</label>
                <textarea id="next-steps" rows="3" bind:value=steps></textarea>
            </div>
            <FormError failure=failure fields=&[]/>
            <button type="submit" class="button">{t::sessions::feedback_save()}</button>
            <p aria-live="polite">{move || saved.get().then(|| t::sessions::feedback_saved(FEEDBACK_DAYS))}</p>
        </form>
        {other_said.map(|other| view! {
            <section class="card" aria-labelledby="from-other-title">
                <h2 id="from-other-title">{t::sessions::feedback_from_other()}</h2>
                {(!other.kudos.is_empty()).then(|| view! {
                    <ul class="chips">{other.kudos.iter().map(|tag| view! { <li class="pill">{kudos_label(tag)}</li> }).collect_view()}</ul>
                })}
                {(!other.note_to_other.is_empty()).then(|| view! { <blockquote>{other.note_to_other.clone()}</blockquote> })}
            </section>
        })}
    }
}
