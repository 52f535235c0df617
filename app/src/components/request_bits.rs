//! Pieces shared by the request and thread pages: words for states and formats, and a Markdown
//! field whose preview is rendered exactly as the API will render it.

use domain::request::{Audience, FitReason, Format, OfferKind, Request, RequestStatus};
use js_sys::{Array, Function, Object, Reflect};
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

use crate::api::ApiFailure;
use crate::components::form::{FieldError, field_message};
use crate::components::profile_bits::language_label;
use crate::i18n::format_list;
use crate::{t, time};

/// The status in words; `resolved` is what the mentee said when closing.
pub fn status_label(status: RequestStatus, resolved: Option<bool>) -> String {
    match (status, resolved) {
        (RequestStatus::Open, _) => t::requests::status_open(),
        (RequestStatus::HasOffers, _) => t::requests::status_has_offers(),
        (RequestStatus::Accepted, _) => t::requests::status_accepted(),
        (RequestStatus::Closed, Some(true)) => t::requests::status_closed_resolved(),
        (RequestStatus::Closed, Some(false)) => t::requests::status_closed_unresolved(),
        (RequestStatus::Closed, None) => t::requests::status_closed(),
        (RequestStatus::Expired, _) => t::requests::status_expired(),
    }
}

pub fn format_label(format: Format) -> String {
    match format {
        Format::Call => t::requests::format_call(),
        Format::Written => t::requests::format_written(),
        Format::Either => t::requests::format_either(),
    }
}

/// Who may see a request, said to its author (`own`) or to a mentor.
pub fn audience_label(audience: Audience, own: bool) -> String {
    match (audience, own) {
        (Audience::Everyone, _) => t::requests::audience_everyone(),
        (Audience::MyOrganization, true) => t::requests::audience_mine_own(),
        (Audience::MyOrganization, false) => t::requests::audience_mine_other(),
        (Audience::OutsideMyOrganization, true) => t::requests::audience_outside_own(),
        (Audience::OutsideMyOrganization, false) => t::requests::audience_outside_other(),
    }
}

pub fn offer_kind_label(kind: OfferKind) -> String {
    match kind {
        OfferKind::Written => t::requests::offer_kind_written(),
        OfferKind::Slot => t::requests::offer_kind_slot(),
    }
}

pub fn offers_label(count: u32) -> String {
    t::requests::offers_count(count)
}

/// When a request is due, or what ended it, in the viewer's time.
pub fn timing(request: &Request) -> String {
    match request.status {
        RequestStatus::Open | RequestStatus::HasOffers => {
            t::requests::timing_open_until(time::date_time(&request.expires_at))
        }
        RequestStatus::Accepted => t::requests::timing_asked(time::date_time(&request.created_at)),
        RequestStatus::Closed => match &request.closed_at {
            Some(at) => t::requests::timing_closed_on(time::date_time(at)),
            None => t::requests::timing_closed(),
        },
        RequestStatus::Expired => t::requests::timing_expired_on(time::date_time(&request.expires_at)),
    }
}

/// "Sent to 12 mentors who know negotiation or pricing."
pub fn reach_sentence(reach: &crate::api::Reach) -> String {
    match (reach.mentors, reach.skills.is_empty()) {
        (0, _) => t::requests::reach_none(),
        (mentors, true) => t::requests::reach_sent(mentors),
        (mentors, false) => t::requests::reach_sent_skills(mentors, any_of(&reach.skills)),
    }
}

/// "rust, go or sql", in the reader's language (`Intl.ListFormat`, a disjunction). In
/// right-to-left text each tag keeps its own direction.
fn any_of(items: &[String]) -> String {
    let rtl = crate::i18n::language().is_rtl();
    let items: Vec<String> =
        items.iter().map(|item| if rtl { format!("\u{2068}{item}\u{2069}") } else { item.clone() }).collect();
    let format = || -> Option<String> {
        let intl = Reflect::get(&js_sys::global(), &"Intl".into()).ok()?;
        let constructor: Function = Reflect::get(&intl, &"ListFormat".into()).ok()?.dyn_into().ok()?;
        let locales = Array::of1(&JsValue::from_str(crate::i18n::language().intl_tag()));
        let options = Object::new();
        Reflect::set(&options, &"type".into(), &"disjunction".into()).ok()?;
        let format = Reflect::construct(&constructor, &Array::of2(&locales, &options)).ok()?;
        let method: Function = Reflect::get(&format, &"format".into()).ok()?.dyn_into().ok()?;
        let list: Array = items.iter().map(|item| JsValue::from_str(item)).collect();
        method.call1(&format, &list).ok()?.as_string()
    };
    format().unwrap_or_else(|| items.join(", "))
}

#[component]
pub fn StatusPill(status: RequestStatus, resolved: Option<bool>) -> impl IntoView {
    view! { <span class=format!("pill status status--{}", status.as_str())>{status_label(status, resolved)}</span> }
}

/// A Markdown textarea with Write and Preview modes and a character count. Errors for `field`
/// show under it, and bring it back to Write mode so the text can be corrected.
#[component]
pub fn MarkdownField(
    id: &'static str,
    #[prop(into)] label: String,
    value: RwSignal<String>,
    failure: RwSignal<Option<ApiFailure>>,
    field: &'static str,
    #[prop(into)] hint: String,
    max_chars: usize,
    #[prop(default = 8)] rows: u32,
) -> impl IntoView {
    let preview = RwSignal::new(false);
    Effect::new(move |_| {
        if field_message(failure, field).is_some() {
            preview.set(false);
        }
    });
    let count = move || value.with(|text| text.chars().count());
    let over = move || count() > max_chars;
    let rendered = Memo::new(move |_| {
        if preview.get() { value.with(|text| domain::markdown::to_safe_html(text)) } else { String::new() }
    });
    let (input_id, preview_id) = (id, format!("{id}-preview"));
    view! {
        <div class="field md-field">
            <div class="md-field__bar">
                <label for=id>{label}</label>
                <div class="md-toggle" role="group" aria-label=t::requests::markdown_mode()>
                    <button type="button" class="md-toggle__button" aria-controls=input_id
                        aria-pressed=move || (!preview.get()).to_string() on:click=move |_| preview.set(false)>
                        {t::requests::markdown_write()}
                    </button>
                    <button type="button" class="md-toggle__button" aria-controls=preview_id.clone()
                        aria-pressed=move || preview.get().to_string() on:click=move |_| preview.set(true)>
                        {t::requests::markdown_preview()}
                    </button>
                </div>
            </div>
            <textarea id=id rows=rows bind:value=value hidden=move || preview.get()
                aria-invalid=move || (field_message(failure, field).is_some() || over()).to_string()
                aria-describedby=format!("{id}-hint {id}-count {field}-error")></textarea>
            <div id=preview_id class="md-preview" hidden=move || !preview.get()>
                {move || {
                    let html = rendered.get();
                    if html.trim().is_empty() {
                        view! { <p class="muted">{t::requests::markdown_preview_empty()}</p> }.into_any()
                    } else {
                        // Rendered by the same code as the API: raw HTML escaped, links checked.
                        view! { <div class="prose" inner_html=html></div> }.into_any()
                    }
                }}
            </div>
            <p class="hint" id=format!("{id}-hint")>{hint}</p>
            <p class="hint char-count" class:char-count--over=over id=format!("{id}-count")>
                {move || t::requests::markdown_count(count(), max_chars)}
            </p>
            <FieldError failure=failure field=field/>
        </div>
    }
}

/// Why a question fits the viewing mentor, in the reader's language: "matches rust · same time zone".
pub fn fit_line(reasons: &[FitReason]) -> String {
    let said: Vec<String> = reasons
        .iter()
        .map(|reason| match reason {
            FitReason::AskedDirectly => t::fit::fit_asked_directly(),
            FitReason::Matches { skills } => t::fit::fit_matches(format_list(skills)),
            FitReason::CloseTo { skills } => t::fit::fit_close_to(format_list(skills)),
            FitReason::BothSpeak { languages } => {
                let named: Vec<String> = languages.iter().map(|code| language_label(code)).collect();
                t::fit::fit_both_speak(format_list(&named))
            }
            FitReason::SameTimeZone => t::fit::fit_same_time_zone(),
            FitReason::WorkingHoursInCommon { hours } => t::fit::fit_hours_in_common(*hours),
            FitReason::NoOffersYet => t::fit::fit_no_offers(),
        })
        .collect();
    said.join(" · ")
}
