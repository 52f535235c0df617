//! Form pieces: an error next to the field it concerns, and one for the whole form.

use leptos::prelude::*;

use crate::api::ApiFailure;

/// The failure's message if it concerns `field`.
pub fn field_message(failure: RwSignal<Option<ApiFailure>>, field: &str) -> Option<String> {
    failure.with(|failure| failure.as_ref().filter(|f| f.field() == Some(field)).map(ApiFailure::message))
}

/// The message under a field; the input points at it with `aria-describedby="<field>-error"`.
#[component]
pub fn FieldError(failure: RwSignal<Option<ApiFailure>>, field: &'static str) -> impl IntoView {
    view! {
        <p class="field-error" id=format!("{field}-error") aria-live="polite">
            {move || field_message(failure, field)}
        </p>
    }
}

/// A failure that no field on this form shows: network trouble, rate limits and the like.
#[component]
pub fn FormError(failure: RwSignal<Option<ApiFailure>>, fields: &'static [&'static str]) -> impl IntoView {
    let message = move || {
        failure.with(|failure| {
            failure
                .as_ref()
                .filter(|f| f.field().is_none_or(|field| !fields.contains(&field)))
                .map(ApiFailure::message)
        })
    };
    view! {
        <div aria-live="assertive">
            {move || message().map(|text| view! { <p class="banner banner--error form-error" role="alert">{text}</p> })}
        </div>
    }
}
