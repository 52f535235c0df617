//! The growth record (`/growth`): what a person gave and received, their own notes and next
//! steps and what came of them, by month, with the Markdown download for a career review.

use domain::booking::Side;
use domain::growth::{Growth, GrowthEntry, GrowthMonth, GrowthTotals, RecordWords, to_markdown};
use domain::outcome::OutcomeStatus;
use domain::wrapup::SubjectKind;
use leptos::prelude::*;
use leptos_router::components::A;

use crate::api;
use crate::components::intro::linked;
use crate::components::intro::marked;
use crate::components::loaded::Loaded;
use crate::components::outcome_form::{OutcomeSection, outcome_label};
use crate::components::signed_in::SignedIn;
use crate::i18n::{Language, format_number};
use crate::session::Session;
use crate::{t, time};

#[component]
pub fn GrowthPage() -> impl IntoView {
    view! {
        <section aria-labelledby="page-title">
            <SignedIn reason=t::sessions::growth_visitor() title=t::sessions::growth_heading()>
                <GrowthLoader/>
            </SignedIn>
        </section>
    }
}

#[component]
fn GrowthLoader() -> impl IntoView {
    let growth = LocalResource::new(api::growth);
    let session = Session::get();
    view! {
        <h1 id="page-title">{t::sessions::growth_heading()}</h1>
        <p class="lead">{t::sessions::growth_lead()}</p>
        <p class="actions">
            <a class="button" href=move || download_href(growth.get().and_then(Result::ok), session) download="growth.md">
                {t::sessions::growth_download()}
            </a>
            <span class="hint">{t::sessions::growth_download_hint()}</span>
        </p>
        <Loaded resource=growth loading=t::sessions::growth_loading() let(growth)>
            <GrowthView growth/>
        </Loaded>
    }
}

/// The document to download: in English the API's (`/api/me/growth.md`); in any other language
/// written here from the record on the page, in the catalogue's words.
fn download_href(growth: Option<Growth>, session: Session) -> String {
    match growth {
        Some(growth) if crate::i18n::language() != Language::ENGLISH => {
            let name = session.me_untracked().map(|me| me.profile.display_name).unwrap_or_default();
            let now: String = js_sys::Date::new_0().to_iso_string().into();
            let document = to_markdown(&growth, &name, &now, &Catalogue);
            format!("data:text/markdown;charset=utf-8,{}", api::encode(&document))
        }
        _ => "/api/me/growth.md".to_string(),
    }
}

/// The growth record's document in the reader's language: the catalogue's words and the
/// browser's dates.
struct Catalogue;

impl RecordWords for Catalogue {
    fn title(&self, name: &str) -> String {
        t::sessions::growth_md_title(name)
    }
    fn made(&self, date: &str, zone: &str) -> String {
        t::sessions::growth_md_made(date, zone)
    }
    fn date(&self, at: &str, zone: &str) -> String {
        time::date_in(at, zone)
    }
    fn day(&self, at: &str, zone: &str) -> String {
        time::dated_day_in(at, zone)
    }
    fn summary(&self) -> String {
        t::sessions::growth_summary()
    }
    fn totals(&self, totals: &GrowthTotals) -> Vec<String> {
        let counted = |n: u32, words: String| format!("{} {words}", format_number(n));
        vec![
            counted(totals.sessions_given, t::sessions::growth_sessions_given(totals.sessions_given)),
            counted(totals.answers_given, t::sessions::growth_answers_given(totals.answers_given)),
            counted(
                totals.sessions_received,
                t::sessions::growth_sessions_received(totals.sessions_received),
            ),
            counted(totals.answers_received, t::sessions::growth_answers_received(totals.answers_received)),
            counted(totals.outcomes_done, t::sessions::growth_outcomes_done(totals.outcomes_done)),
        ]
    }
    fn kudos_name(&self, tag: &str) -> String {
        kudos_label(tag)
    }
    fn kudos_received(&self, list: &str) -> String {
        t::sessions::growth_md_kudos_received(list)
    }
    fn skills_involved(&self, list: &str) -> String {
        t::sessions::growth_md_skills_involved(list)
    }
    fn nothing_yet(&self) -> String {
        t::sessions::growth_md_empty()
    }
    fn month(&self, month: &GrowthMonth) -> String {
        month_label(&month.month, month.label.clone())
    }
    fn entry(&self, kind: SubjectKind, role: Side, title: &str) -> String {
        t::sessions::growth_entry_title(entry_kind(kind, role), title)
    }
    fn when(&self, role: Side, day: &str, with: &str) -> String {
        match role {
            Side::Mentor => t::sessions::growth_entry_for(day, with),
            Side::Mentee => t::sessions::growth_entry_from(day, with),
        }
    }
    fn skills(&self, list: &str) -> String {
        t::sessions::growth_md_skills(list)
    }
    fn outcome(&self, status: OutcomeStatus, note: &str) -> String {
        let said = match note {
            "" => t::sessions::growth_outcome(outcome_label(status)),
            note => t::sessions::growth_outcome_with_note(outcome_label(status), note),
        };
        markdown_bold(said)
    }
    fn kudos(&self, list: &str) -> String {
        markdown_bold(t::sessions::growth_kudos(list))
    }
    fn next_steps(&self) -> String {
        t::sessions::growth_next_steps()
    }
    fn my_notes(&self) -> String {
        t::sessions::growth_my_notes()
    }
    fn wrote(&self, who: &str) -> String {
        t::sessions::growth_wrote(who)
    }
    fn list(&self, items: &[String]) -> String {
        kudos_list(items.to_vec())
    }
}

/// A message's `<b>…</b>` as Markdown's `**…**`, a space before `</b>` moved after it (Markdown
/// does not close bold after a space).
fn markdown_bold(text: String) -> String {
    text.replace(" </b>", "</b> ")
        .replace("\u{a0}</b>", "</b>\u{a0}")
        .replace("<b>", "**")
        .replace("</b>", "**")
}

/// What an entry was, as the catalogue's selection names it.
fn entry_kind(kind: SubjectKind, role: Side) -> &'static str {
    match (kind, role) {
        (SubjectKind::Booking, Side::Mentor) => "session-given",
        (SubjectKind::Booking, Side::Mentee) => "session-had",
        (SubjectKind::Request, Side::Mentor) => "question-answered",
        (SubjectKind::Request, Side::Mentee) => "answer-received",
    }
}

fn kudos_label(tag: &str) -> String {
    t::sessions::growth_kudos_tag(tag)
}

/// Kudos one after the other, as the language separates words in a list ("clear, kind").
fn kudos_list(items: Vec<String>) -> String {
    let language = crate::i18n::language();
    if language == Language::ENGLISH {
        return items.join(", ");
    }
    let format = || -> Option<String> {
        use js_sys::{Array, Function, Object, Reflect};
        use wasm_bindgen::{JsCast, JsValue};
        let intl = Reflect::get(&js_sys::global(), &"Intl".into()).ok()?;
        let constructor: Function = Reflect::get(&intl, &"ListFormat".into()).ok()?.dyn_into().ok()?;
        let options = Object::new();
        Reflect::set(&options, &"type".into(), &"unit".into()).ok()?;
        Reflect::set(&options, &"style".into(), &"short".into()).ok()?;
        let locales = Array::of1(&JsValue::from_str(language.intl_tag()));
        let format = Reflect::construct(&constructor, &Array::of2(&locales, &options)).ok()?;
        let method: Function = Reflect::get(&format, &"format".into()).ok()?.dyn_into().ok()?;
        let list: Array = items.iter().map(|item| JsValue::from_str(item)).collect();
        method.call1(&format, &list).ok()?.as_string()
    };
    format().unwrap_or_else(|| items.join(", "))
}

/// A month's heading in the reader's language; English keeps the record's own ("December 2026").
fn month_label(month: &str, label: String) -> String {
    let language = crate::i18n::language();
    if language == Language::ENGLISH {
        return label;
    }
    let format = || -> Option<String> {
        use js_sys::{Array, Date, Intl, Object, Reflect};
        use wasm_bindgen::JsValue;
        let date = Date::new(&JsValue::from_str(&format!("{month}-15T12:00:00Z")));
        if date.get_time().is_nan() {
            return None;
        }
        let options = Object::new();
        for (key, value) in [("month", "long"), ("year", "numeric"), ("timeZone", "UTC")] {
            Reflect::set(&options, &key.into(), &value.into()).ok()?;
        }
        let format = Intl::DateTimeFormat::new(&Array::of1(&language.intl_tag().into()), &options).format();
        format.call1(&JsValue::NULL, &date).ok()?.as_string()
    };
    format().unwrap_or(label)
}

#[component]
fn GrowthView(growth: Growth) -> impl IntoView {
    let totals = growth.totals.clone();
    view! {
        <section class="panel" aria-labelledby="summary-title">
            <h2 id="summary-title">{t::sessions::growth_summary()}</h2>
            <ul class="impact">
                <li><strong>{format_number(totals.sessions_given)}</strong>" "{t::sessions::growth_sessions_given(totals.sessions_given)}</li>
                <li><strong>{format_number(totals.answers_given)}</strong>" "{t::sessions::growth_answers_given(totals.answers_given)}</li>
                <li><strong>{format_number(totals.sessions_received)}</strong>" "{t::sessions::growth_sessions_received(totals.sessions_received)}</li>
                <li><strong>{format_number(totals.answers_received)}</strong>" "{t::sessions::growth_answers_received(totals.answers_received)}</li>
                <li><strong>{format_number(totals.outcomes_done)}</strong>" "{t::sessions::growth_outcomes_done(totals.outcomes_done)}</li>
            </ul>
            {(!growth.kudos_received.is_empty()).then(|| view! {
                <h3>{t::sessions::growth_kudos_received()}</h3>
                <ul class="chips">{growth.kudos_received.iter().map(|k| view! {
                    <li class="pill">{t::sessions::growth_tally(kudos_label(&k.tag), k.count)}</li>
                }).collect_view()}</ul>
            })}
            {(!growth.skills.is_empty()).then(|| view! {
                <h3>{t::sessions::growth_skills()}</h3>
                <ul class="chips">{growth.skills.iter().map(|s| view! {
                    <li class="pill">{t::sessions::growth_tally(&s.tag, s.count)}</li>
                }).collect_view()}</ul>
            })}
        </section>
        {if growth.months.is_empty() {
            view! {
                <p class="muted">{linked(t::sessions::growth_empty(), &["/mentors"])}</p>
            }.into_any()
        } else {
            growth.months.into_iter().map(|month| {
                let title_id = format!("month-{}", month.month);
                let labelled_by = title_id.clone();
                view! {
                    <section class="growth-month" aria-labelledby=labelled_by>
                        <h2 id=title_id>{month_label(&month.month, month.label)}</h2>
                        <ul class="growth-entries">
                            {month.entries.into_iter().map(|entry| view! { <Entry entry/> }).collect_view()}
                        </ul>
                    </section>
                }
            }).collect_view().into_any()
        }}
    }
}

fn bold(words: String) -> AnyView {
    view! { <strong>{words}</strong> }.into_any()
}

#[component]
fn Entry(entry: GrowthEntry) -> impl IntoView {
    let title = t::sessions::growth_entry_title(entry_kind(entry.kind, entry.role), &entry.title);
    let when = match entry.role {
        Side::Mentor => t::sessions::growth_entry_for(time::day(&entry.at), &entry.with),
        Side::Mentee => t::sessions::growth_entry_from(time::day(&entry.at), &entry.with),
    };
    let link = match entry.kind {
        SubjectKind::Booking => format!("/sessions/{}", entry.subject_id),
        SubjectKind::Request => format!("/requests/{}", entry.subject_id),
    };
    let other = entry.with.clone();
    let anchor = format!("{}-{}", entry.kind.as_str(), entry.subject_id);
    let has_outcome = entry.outcome.is_some();
    // Only the mentee says what came of it; an answer's check-in mail links here.
    let outcome_of = (entry.role == Side::Mentee)
        .then(|| (entry.kind.as_str(), entry.subject_id.clone(), entry.with.clone()));
    view! {
        <li class="card growth-entry" id=anchor>
            <h3><A href=link>{title}</A></h3>
            <p class="muted">{when}</p>
            {(!entry.skills.is_empty()).then(|| view! {
                <ul class="chips" aria-label=t::sessions::growth_skills_label()>{entry.skills.iter().map(|s| view! { <li class="pill">{s.clone()}</li> }).collect_view()}</ul>
            })}
            {entry.outcome.map(|o| {
                let line = if o.note.is_empty() {
                    t::sessions::growth_outcome(outcome_label(o.status))
                } else {
                    t::sessions::growth_outcome_with_note(outcome_label(o.status), &o.note)
                };
                view! { <p>{marked(line, "b", bold)}</p> }
            })}
            {(!entry.kudos_received.is_empty()).then(|| {
                let line = t::sessions::growth_kudos(kudos_list(entry.kudos_received.iter().map(|k| kudos_label(k)).collect()));
                view! { <p>{marked(line, "b", bold)}</p> }
            })}
            {(!entry.next_steps.is_empty()).then(|| view! {
                <p><strong>{t::sessions::growth_next_steps()}</strong></p>
                <ul>{entry.next_steps.into_iter().map(|step| view! { <li>{step}</li> }).collect_view()}</ul>
            })}
            {(!entry.private_note.is_empty()).then(|| view! {
                <p><strong>{t::sessions::growth_my_notes()}</strong></p>
                <blockquote class="growth-note">{entry.private_note}</blockquote>
            })}
            {(!entry.note_received.is_empty()).then(|| view! {
                <p><strong>{t::sessions::growth_wrote(&other)}</strong></p>
                <blockquote class="growth-note">{entry.note_received}</blockquote>
            })}
            {outcome_of.map(|(kind, id, mentor_name)| view! {
                <details class="growth-outcome">
                    <summary>{if has_outcome { t::sessions::growth_outcome_change() } else { t::sessions::growth_outcome_say() }}</summary>
                    <OutcomeSection kind id mentor_name/>
                </details>
            })}
        </li>
    }
}
