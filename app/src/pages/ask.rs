//! Ask a question: title, details with a preview, skills, how and from whom the mentee would like
//! help, anonymity and how long it stays open. With `?mentor=<id>` it is addressed to that one
//! mentor ("Ask <name> a question"), who alone sees it.

use domain::request::{
    Audience, DEFAULT_EXPIRY_DAYS, Format, MAX_BODY_CHARS, MAX_EXPIRY_DAYS, MAX_TAGS, MAX_TITLE_CHARS,
    NewRequest,
};
use domain::wire::{Me, Profile};
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_query_map};

use crate::api::{self, ApiFailure};
use crate::components::form::{FieldError, FormError, field_message};
use crate::components::loaded::Loaded;
use crate::components::request_bits::{MarkdownField, format_label};
use crate::components::signed_in::SignInPrompt;
use crate::session::Session;

const FIELDS: &[&str] = &["title", "body", "expertise", "format", "audience", "anonymous", "expires_in_days"];

/// The form as typed.
#[derive(Clone, Copy)]
struct AskFields {
    title: RwSignal<String>,
    body: RwSignal<String>,
    expertise: RwSignal<String>,
    format: RwSignal<String>,
    audience: RwSignal<String>,
    anonymous: RwSignal<bool>,
    expires_in_days: RwSignal<String>,
}

impl AskFields {
    /// Empty, or filled in from the page's query (`title`, `body`, `expertise`): a suggestion
    /// that did not fit becomes a question.
    fn new() -> Self {
        let query = use_query_map();
        let prefill = |name: &str| query.with_untracked(|q| q.get(name)).unwrap_or_default();
        Self {
            title: RwSignal::new(prefill("title")),
            body: RwSignal::new(prefill("body")),
            expertise: RwSignal::new(prefill("expertise")),
            format: RwSignal::new(Format::default().as_str().to_string()),
            audience: RwSignal::new(Audience::default().as_str().to_string()),
            anonymous: RwSignal::new(false),
            expires_in_days: RwSignal::new(DEFAULT_EXPIRY_DAYS.to_string()),
        }
    }

    fn to_request(self) -> NewRequest {
        let expertise = self
            .expertise
            .get_untracked()
            .split(',')
            .map(str::trim)
            .filter(|tag| !tag.is_empty())
            .map(str::to_string)
            .collect();
        NewRequest {
            title: self.title.get_untracked(),
            body: self.body.get_untracked(),
            expertise,
            format: Format::parse(&self.format.get_untracked()).unwrap_or_default(),
            audience: Audience::parse(&self.audience.get_untracked()).unwrap_or_default(),
            anonymous: self.anonymous.get_untracked(),
            expires_in_days: self.expires_in_days.get_untracked().parse().ok(),
            mentor_id: None,
        }
    }
}

fn invalid(failure: RwSignal<Option<ApiFailure>>, field: &'static str) -> impl Fn() -> String {
    move || field_message(failure, field).is_some().to_string()
}

/// The four parts of a question a mentor can answer in minutes.
const QUESTION_TEMPLATE: &str =
    "**Situation:** \n\n**What I tried:** \n\n**What would help:** \n\n**Constraints:** ";

#[component]
pub fn AskPage() -> impl IntoView {
    let session = Session::get();
    // Built once per person, so a session refresh never discards what is being typed.
    let user_id = Memo::new(move |_| session.me().map(|me| me.user.id));
    view! {
        <Show when=move || session.is_loaded() fallback=|| view! { <p>"Loading…"</p> }>
            {move || match user_id.get().and(session.me_untracked()) {
                Some(me) => view! { <AskForm me/> }.into_any(),
                None => view! {
                    <SignInPrompt
                        title="Ask a question"
                        reason="Sign in to ask mentors a question. It takes a minute, and no password."
                    />
                }.into_any(),
            }}
        </Show>
    }
}

/// The form, for every fitting mentor or, with `?mentor=<id>`, for that mentor alone.
#[component]
fn AskForm(me: Me) -> impl IntoView {
    let mentor_id = use_query_map().with_untracked(|q| q.get("mentor")).filter(|id| !id.is_empty());
    let Some(mentor_id) = mentor_id else {
        return view! { <QuestionForm me to=None/> }.into_any();
    };
    let mentor = LocalResource::new(move || api::mentor(mentor_id.clone()));
    let not_found = || {
        view! {
            <section class="narrow" aria-labelledby="page-title">
                <h1 id="page-title">"Mentor not found"</h1>
                <p>"This mentor does not exist, or has not made their profile visible to you."</p>
                <p><A href="/requests/new">"Ask every mentor who fits instead"</A></p>
            </section>
        }
    };
    view! {
        <Loaded resource=mentor loading="Loading…" title="Ask a question" not_found let(found)>
            <QuestionForm me=me.clone() to=Some(found.mentor)/>
        </Loaded>
    }
    .into_any()
}

#[component]
fn QuestionForm(me: Me, to: Option<Profile>) -> impl IntoView {
    let navigate = use_navigate();
    let to_id = to.as_ref().map(|mentor| mentor.id.clone());
    let to_name = to.as_ref().map(|mentor| mentor.display_name.clone());
    let closed_to_questions = to.as_ref().is_some_and(|mentor| !mentor.accepting_requests);
    let form = AskFields::new();
    let failure = RwSignal::new(None::<ApiFailure>);
    let organization = me.user.organization.clone();
    let has_name = !me.profile.display_name.is_empty();

    let post = Action::new_local(move |request: &NewRequest| {
        let (request, to_id) = (request.clone(), to_id.clone());
        let navigate = navigate.clone();
        async move {
            match api::create_request(request, to_id).await {
                Ok(created) => navigate(&format!("/requests/{}", created.request.id), Default::default()),
                Err(error) => failure.set(Some(error)),
            }
        }
    });
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        failure.set(None);
        post.dispatch(form.to_request());
    };

    let org_name = organization.as_ref().map(|org| org.name.clone());
    let audiences = [
        (Audience::Everyone, "Every mentor".to_string(), "Mentors from any organization.".to_string()),
        (
            Audience::MyOrganization,
            match &org_name {
                Some(name) => format!("Mentors at {name} only"),
                None => "Mentors in my organization only".to_string(),
            },
            match &org_name {
                Some(_) => "Colleagues who know your context.".to_string(),
                None => "Not available: your e-mail address is a personal one, so you belong to no \
                         organization."
                    .to_string(),
            },
        ),
        (
            Audience::OutsideMyOrganization,
            "Mentors outside my organization".to_string(),
            "For questions you would not ask at work.".to_string(),
        ),
    ];

    let heading = match &to_name {
        Some(name) => format!("Ask {name} a question"),
        None => "Ask a question".to_string(),
    };
    let lead = match &to_name {
        Some(name) => format!(
            "Only {name} sees it. They answer in writing or offer 15 minutes of their time; you get an \
             e-mail when they do."
        ),
        None => "Describe what you are stuck on. Mentors who know the topic answer in writing or offer \
                 15 minutes of their time."
            .to_string(),
    };
    let anonymous_hint = match &to_name {
        Some(name) => {
            format!("{name} sees neither your name nor your organization until you accept their offer.")
        }
        None => "Mentors see neither your name nor your organization until you accept an offer. The \
                 mentor whose offer you accept sees who you are."
            .to_string(),
    };
    let addressed = to_name.is_some();
    let cancel_href = to.as_ref().map_or("/requests".to_string(), |mentor| format!("/mentors/{}", mentor.id));
    view! {
        <section aria-labelledby="page-title">
            <h1 id="page-title">{heading}</h1>
            <p class="lead">{lead}</p>
            {closed_to_questions.then(|| view! {
                <p class="banner banner--error" role="alert">
                    {format!("{} is not taking questions right now. ", to_name.clone().unwrap_or_default())}
                    <A href="/requests/new">"Ask every mentor who fits instead"</A>
                </p>
            })}
            {(!has_name).then(|| view! {
                <p class="banner banner--error form-error">
                    "Add your name to " <A href="/profile">"your profile"</A>
                    " first, so that mentors know whom they are helping."
                </p>
            })}
            <form class="form form--wide" on:submit=on_submit novalidate>
                <FormError failure=failure fields=FIELDS/>
                <div class="field">
                    <label for="title">"Title"</label>
                    <input id="title" required maxlength=MAX_TITLE_CHARS.to_string() bind:value=form.title
                        placeholder="How do I review a 4,000-line pull request?"
                        aria-invalid=invalid(failure, "title") aria-describedby="title-hint title-error"/>
                    <p class="hint" id="title-hint">{format!("Your question in one line, up to {MAX_TITLE_CHARS} characters.")}</p>
                    <FieldError failure=failure field="title"/>
                </div>
                <details class="card guide">
                    <summary>"A good question, in four parts"</summary>
                    <ul>
                        <li>"The situation: where you are, in a sentence or two."</li>
                        <li>"What you tried, and what happened."</li>
                        <li>"What would help: an answer, a pointer, a second opinion."</li>
                        <li>"Constraints: deadlines, tools you must use, what you cannot share."</li>
                    </ul>
                    <button type="button" class="button button--small button--secondary"
                        on:click=move |_| form.body.update(|body| {
                            if !body.is_empty() { body.push_str("\n\n"); }
                            body.push_str(QUESTION_TEMPLATE);
                        })>"Use this template"</button>
                </details>
                <MarkdownField id="body" label="Details" value=form.body failure field="body" max_chars=MAX_BODY_CHARS
                    hint="What is the situation, what have you tried, what would help? Markdown: **bold**, _italic_, lists, `code`, [links](https://example.org)."/>
                <div class="field">
                    <label for="expertise">"Skills"</label>
                    <input id="expertise" required placeholder="rust, code review" bind:value=form.expertise
                        aria-invalid=invalid(failure, "expertise") aria-describedby="expertise-hint expertise-error"/>
                    <p class="hint" id="expertise-hint">
                        {format!("1 to {MAX_TAGS} skills, separated by commas. Mentors who list them see your question.")}
                    </p>
                    <FieldError failure=failure field="expertise"/>
                </div>

                <fieldset class="fieldset" aria-describedby="format-error">
                    <legend>"How would you like help?"</legend>
                    {Format::ALL.into_iter().map(|format| {
                        let id = format!("format-{}", format.as_str());
                        view! {
                            <div class="check">
                                <input type="radio" name="format" id=id.clone() value=format.as_str() bind:group=form.format/>
                                <label for=id>{format_label(format)}</label>
                            </div>
                        }
                    }).collect_view()}
                    <FieldError failure=failure field="format"/>
                </fieldset>

                <fieldset class="fieldset" aria-describedby="audience-error" hidden=addressed>
                    <legend>"Who may see it?"</legend>
                    {audiences.into_iter().map(|(audience, label, hint)| {
                        let id = format!("audience-{}", audience.as_str());
                        let hint_id = format!("{id}-hint");
                        let disabled = audience == Audience::MyOrganization && organization.is_none();
                        view! {
                            <div class="check" class:check--disabled=disabled>
                                <input type="radio" name="audience" id=id.clone() value=audience.as_str()
                                    disabled=disabled aria-describedby=hint_id.clone() bind:group=form.audience/>
                                <div>
                                    <label for=id>{label}</label>
                                    <p class="hint" id=hint_id>{hint}</p>
                                </div>
                            </div>
                        }
                    }).collect_view()}
                    <FieldError failure=failure field="audience"/>
                </fieldset>

                <div class="check">
                    <input id="anonymous" type="checkbox" bind:checked=form.anonymous aria-describedby="anonymous-hint anonymous-error"/>
                    <div>
                        <label for="anonymous">"Ask anonymously"</label>
                        <p class="hint" id="anonymous-hint">{anonymous_hint}</p>
                        <FieldError failure=failure field="anonymous"/>
                    </div>
                </div>

                <div class="field field--inline">
                    <label for="expires_in_days">"Keep it open for"</label>
                    <select id="expires_in_days" bind:value=form.expires_in_days
                        aria-invalid=invalid(failure, "expires_in_days") aria-describedby="expires_in_days-hint expires_in_days-error">
                        {(1..=MAX_EXPIRY_DAYS).map(|days| view! {
                            <option value=days.to_string() selected=days == DEFAULT_EXPIRY_DAYS>
                                {if days == 1 { "1 day".to_string() } else { format!("{days} days") }}
                            </option>
                        }).collect_view()}
                    </select>
                    <p class="hint" id="expires_in_days-hint">"After that it no longer takes offers; you can still read the ones you got."</p>
                    <FieldError failure=failure field="expires_in_days"/>
                </div>

                <div class="actions">
                    <button type="submit" class="button" disabled=move || closed_to_questions || post.pending().get()>
                        {move || match (post.pending().get(), addressed) {
                            (true, _) => "Sending…",
                            (false, true) => "Send question",
                            (false, false) => "Post question",
                        }}
                    </button>
                    <A href=cancel_href attr:class="button button--secondary">"Cancel"</A>
                </div>
            </form>
        </section>
    }
}
