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
use crate::components::intro::linked;
use crate::components::loaded::Loaded;
use crate::components::request_bits::{MarkdownField, format_label};
use crate::components::signed_in::SignInPrompt;
use crate::session::Session;
use crate::t;

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
fn question_template() -> String {
    format!(
        "**{}** \n\n**{}** \n\n**{}** \n\n**{}** ",
        t::requests::ask_template_situation(),
        t::requests::ask_template_tried(),
        t::requests::ask_template_help(),
        t::requests::ask_template_constraints()
    )
}

#[component]
pub fn AskPage() -> impl IntoView {
    let session = Session::get();
    // Built once per person, so a session refresh never discards what is being typed.
    let user_id = Memo::new(move |_| session.me().map(|me| me.user.id));
    view! {
        <Show when=move || session.is_loaded() fallback=|| view! { <p>{t::shell::loading()}</p> }>
            {move || match user_id.get().and(session.me_untracked()) {
                Some(me) => view! { <AskForm me/> }.into_any(),
                None => view! {
                    <SignInPrompt
                        title=t::requests::ask_title()
                        reason=t::requests::ask_sign_in_reason()
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
                <h1 id="page-title">{t::requests::ask_mentor_not_found()}</h1>
                <p>{t::requests::ask_mentor_not_found_text()}</p>
                <p><A href="/requests/new">{t::requests::ask_everyone_instead()}</A></p>
            </section>
        }
    };
    view! {
        <Loaded resource=mentor loading=t::shell::loading() title=t::requests::ask_title() not_found let(found)>
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
        (Audience::Everyone, t::requests::audience_everyone(), t::requests::ask_audience_everyone_hint()),
        (
            Audience::MyOrganization,
            match &org_name {
                Some(name) => t::requests::ask_audience_org_named(name),
                None => t::requests::ask_audience_org(),
            },
            match &org_name {
                Some(_) => t::requests::ask_audience_org_hint(),
                None => t::requests::ask_audience_org_unavailable(),
            },
        ),
        (
            Audience::OutsideMyOrganization,
            t::requests::audience_outside_own(),
            t::requests::ask_audience_outside_hint(),
        ),
    ];

    let heading = match &to_name {
        Some(name) => t::requests::ask_heading_to(name),
        None => t::requests::ask_title(),
    };
    let lead = match &to_name {
        Some(name) => t::requests::ask_lead_to(name),
        None => t::requests::ask_lead(),
    };
    let anonymous_hint = match &to_name {
        Some(name) => t::requests::ask_anonymous_hint_to(name),
        None => t::requests::ask_anonymous_hint(),
    };
    let addressed = to_name.is_some();
    let cancel_href = to.as_ref().map_or("/requests".to_string(), |mentor| format!("/mentors/{}", mentor.id));
    view! {
        <section aria-labelledby="page-title">
            <h1 id="page-title">{heading}</h1>
            <p class="lead">{lead}</p>
            {closed_to_questions.then(|| view! {
                <p class="banner banner--error" role="alert">
                    {linked(t::requests::ask_closed_to_questions(to_name.clone().unwrap_or_default()), &["/requests/new"])}
                </p>
            })}
            {(!has_name).then(|| view! {
                <p class="banner banner--error form-error">
                    {linked(t::requests::ask_add_name(), &["/profile"])}
                </p>
            })}
            <form class="form form--wide" on:submit=on_submit novalidate>
                <FormError failure=failure fields=FIELDS/>
                <div class="field">
                    <label for="title">{t::requests::ask_title_label()}</label>
                    <input id="title" required maxlength=MAX_TITLE_CHARS.to_string() bind:value=form.title
                        placeholder=t::requests::ask_title_placeholder()
                        aria-invalid=invalid(failure, "title") aria-describedby="title-hint title-error"/>
                    <p class="hint" id="title-hint">{t::requests::ask_title_hint(MAX_TITLE_CHARS)}</p>
                    <FieldError failure=failure field="title"/>
                </div>
                <details class="card guide">
                    <summary>{t::requests::ask_guide_summary()}</summary>
                    <ul>
                        <li>{t::requests::ask_guide_situation()}</li>
                        <li>{t::requests::ask_guide_tried()}</li>
                        <li>{t::requests::ask_guide_help()}</li>
                        <li>{t::requests::ask_guide_constraints()}</li>
                    </ul>
                    <button type="button" class="button button--small button--secondary"
                        on:click=move |_| form.body.update(|body| {
                            if !body.is_empty() { body.push_str("\n\n"); }
                            body.push_str(&question_template());
                        })>{t::requests::ask_guide_use_template()}</button>
                </details>
                <MarkdownField id="body" label=t::requests::ask_details_label() value=form.body failure field="body" max_chars=MAX_BODY_CHARS
                    hint=t::requests::ask_details_hint()/>
                <div class="field">
                    <label for="expertise">{t::requests::ask_skills_label()}</label>
                    <input id="expertise" required placeholder=t::requests::ask_skills_placeholder() bind:value=form.expertise
                        aria-invalid=invalid(failure, "expertise") aria-describedby="expertise-hint expertise-error"/>
                    <p class="hint" id="expertise-hint">
                        {t::requests::ask_skills_hint(1, MAX_TAGS)}
                    </p>
                    <FieldError failure=failure field="expertise"/>
                </div>

                <fieldset class="fieldset" aria-describedby="format-error">
                    <legend>{t::requests::ask_format_legend()}</legend>
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
                    <legend>{t::requests::ask_audience_legend()}</legend>
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
                        <label for="anonymous">{t::requests::ask_anonymous_label()}</label>
                        <p class="hint" id="anonymous-hint">{anonymous_hint}</p>
                        <FieldError failure=failure field="anonymous"/>
                    </div>
                </div>

                <div class="field field--inline">
                    <label for="expires_in_days">{t::requests::ask_expiry_label()}</label>
                    <select id="expires_in_days" bind:value=form.expires_in_days
                        aria-invalid=invalid(failure, "expires_in_days") aria-describedby="expires_in_days-hint expires_in_days-error">
                        {(1..=MAX_EXPIRY_DAYS).map(|days| view! {
                            <option value=days.to_string() selected=days == DEFAULT_EXPIRY_DAYS>
                                {t::requests::ask_expiry_days(days)}
                            </option>
                        }).collect_view()}
                    </select>
                    <p class="hint" id="expires_in_days-hint">{t::requests::ask_expiry_hint()}</p>
                    <FieldError failure=failure field="expires_in_days"/>
                </div>

                <div class="actions">
                    <button type="submit" class="button" disabled=move || closed_to_questions || post.pending().get()>
                        {move || match (post.pending().get(), addressed) {
                            (true, _) => t::requests::ask_sending(),
                            (false, true) => t::requests::ask_send(),
                            (false, false) => t::requests::ask_post(),
                        }}
                    </button>
                    <A href=cancel_href attr:class="button button--secondary">{t::requests::ask_cancel()}</A>
                </div>
            </form>
        </section>
    }
}
