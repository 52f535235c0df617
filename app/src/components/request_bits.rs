//! Pieces shared by the request and thread pages: words for states and formats, and a Markdown
//! field whose preview is rendered exactly as the API will render it.

use domain::request::{Audience, Format, OfferKind, Request, RequestStatus};
use leptos::prelude::*;

use crate::api::ApiFailure;
use crate::components::form::{FieldError, field_message};
use crate::time;

/// The status in words; `resolved` is what the mentee said when closing.
pub fn status_label(status: RequestStatus, resolved: Option<bool>) -> &'static str {
    match (status, resolved) {
        (RequestStatus::Open, _) => "Open, no offers yet",
        (RequestStatus::HasOffers, _) => "Open, with offers",
        (RequestStatus::Accepted, _) => "Offer accepted",
        (RequestStatus::Closed, Some(true)) => "Closed, resolved",
        (RequestStatus::Closed, Some(false)) => "Closed, not resolved",
        (RequestStatus::Closed, None) => "Closed",
        (RequestStatus::Expired, _) => "Expired",
    }
}

pub fn format_label(format: Format) -> &'static str {
    match format {
        Format::Call => "A 15-minute call",
        Format::Written => "An answer in writing",
        Format::Either => "A call or an answer in writing",
    }
}

/// Who may see a request, said to its author (`own`) or to a mentor.
pub fn audience_label(audience: Audience, own: bool) -> &'static str {
    match (audience, own) {
        (Audience::Everyone, _) => "Every mentor",
        (Audience::MyOrganization, true) => "Mentors in my organization",
        (Audience::MyOrganization, false) => "Mentors in the mentee's organization",
        (Audience::OutsideMyOrganization, true) => "Mentors outside my organization",
        (Audience::OutsideMyOrganization, false) => "Mentors outside the mentee's organization",
    }
}

pub fn offer_kind_label(kind: OfferKind) -> &'static str {
    match kind {
        OfferKind::Written => "Written answer",
        OfferKind::Slot => "15-minute call",
    }
}

pub fn offers_label(count: u32) -> String {
    match count {
        0 => "No offers".to_string(),
        1 => "1 offer".to_string(),
        n => format!("{n} offers"),
    }
}

/// When a request is due, or what ended it, in the viewer's time.
pub fn timing(request: &Request) -> String {
    match request.status {
        RequestStatus::Open | RequestStatus::HasOffers => {
            format!("Open until {}", time::date_time(&request.expires_at))
        }
        RequestStatus::Accepted => format!("Asked {}", time::date_time(&request.created_at)),
        RequestStatus::Closed => match &request.closed_at {
            Some(at) => format!("Closed {}", time::date_time(at)),
            None => "Closed".to_string(),
        },
        RequestStatus::Expired => format!("Expired {}", time::date_time(&request.expires_at)),
    }
}

/// "Sent to 12 mentors who know negotiation or pricing."
pub fn reach_sentence(reach: &crate::api::Reach) -> String {
    let mentors = match reach.mentors {
        0 => return "No mentor lists these skills yet: mentors who add them will see your question.".into(),
        1 => "1 mentor".to_string(),
        n => format!("{n} mentors"),
    };
    match reach.skills.as_slice() {
        [] => format!("Sent to {mentors}."),
        [one] => format!("Sent to {mentors} who know {one}."),
        [rest @ .., last] => format!("Sent to {mentors} who know {} or {last}.", rest.join(", ")),
    }
}

/// "4,000".
pub fn with_separators(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
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
    label: &'static str,
    value: RwSignal<String>,
    failure: RwSignal<Option<ApiFailure>>,
    field: &'static str,
    hint: &'static str,
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
                <div class="md-toggle" role="group" aria-label="Text or preview">
                    <button type="button" class="md-toggle__button" aria-controls=input_id
                        aria-pressed=move || (!preview.get()).to_string() on:click=move |_| preview.set(false)>
                        "Write"
                    </button>
                    <button type="button" class="md-toggle__button" aria-controls=preview_id.clone()
                        aria-pressed=move || preview.get().to_string() on:click=move |_| preview.set(true)>
                        "Preview"
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
                        view! { <p class="muted">"Nothing to preview yet."</p> }.into_any()
                    } else {
                        // Rendered by the same code as the API: raw HTML escaped, links checked.
                        view! { <div class="prose" inner_html=html></div> }.into_any()
                    }
                }}
            </div>
            <p class="hint" id=format!("{id}-hint")>{hint}</p>
            <p class="hint char-count" class:char-count--over=over id=format!("{id}-count")>
                {move || format!("{} of {} characters", with_separators(count()), with_separators(max_chars))}
            </p>
            <FieldError failure=failure field=field/>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::Reach;

    #[test]
    fn reach_names_the_mentors_and_skills() {
        let reach = |mentors, skills: &[&str]| Reach {
            mentors,
            skills: skills.iter().map(|s| s.to_string()).collect(),
        };
        assert_eq!(reach_sentence(&reach(12, &["negotiation"])), "Sent to 12 mentors who know negotiation.");
        assert_eq!(
            reach_sentence(&reach(3, &["rust", "go", "sql"])),
            "Sent to 3 mentors who know rust, go or sql."
        );
        assert_eq!(reach_sentence(&reach(1, &[])), "Sent to 1 mentor.");
        assert!(reach_sentence(&reach(0, &["cobol"])).starts_with("No mentor lists these skills yet"));
    }

    #[test]
    fn separators_group_thousands() {
        assert_eq!(with_separators(0), "0");
        assert_eq!(with_separators(999), "999");
        assert_eq!(with_separators(4_000), "4,000");
        assert_eq!(with_separators(1_234_567), "1,234,567");
    }
}
