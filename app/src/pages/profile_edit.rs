//! The signed-in person's profile editor, organization name and account controls.

use domain::error::ApiError;
use domain::profile::{CareerStage, ProfileUpdate, Visibility};
use domain::wire::{Me, Profile};
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_location, use_navigate};

use crate::api::{self, ApiFailure};
use crate::browser::timezone_options_html;
use crate::components::availability_editor::AvailabilityEditor;
use crate::components::calendars::CalendarsSection;
use crate::components::form::{FieldError, FormError, field_message};
use crate::components::intro::linked;
use crate::components::later::Later;
use crate::components::mentors_wanted::MentorsWanted;
use crate::components::profile_bits::{LanguagePicker, OrganizationBadge, language_options};
use crate::components::signed_in::SignInPrompt;
use crate::pages::give::GivePage;
use crate::pages::insights::InsightsPage;
use crate::session::Session;
use crate::{t, time};

const FIELDS: &[&str] = &[
    "display_name",
    "headline",
    "bio",
    "expertise",
    "languages",
    "timezone",
    "career_stage",
    "is_mentor",
    "visibility",
    "accepting_requests",
    "weekly_capacity",
    "meeting_link",
];

/// The editor's state: one signal per field, as the person types it.
#[derive(Clone, Copy)]
struct ProfileForm {
    display_name: RwSignal<String>,
    headline: RwSignal<String>,
    bio: RwSignal<String>,
    expertise: RwSignal<String>,
    languages: RwSignal<Vec<String>>,
    timezone: RwSignal<String>,
    career_stage: RwSignal<String>,
    is_mentor: RwSignal<bool>,
    visibility: RwSignal<String>,
    accepting_requests: RwSignal<bool>,
    weekly_capacity: RwSignal<String>,
    meeting_link: RwSignal<String>,
}

impl ProfileForm {
    fn from_profile(profile: &Profile) -> Self {
        let is_new = profile.display_name.is_empty();
        // A new profile starts in the browser's zone rather than UTC.
        let timezone = match time::device_zone() {
            Some(zone) if is_new && profile.timezone == "UTC" => zone,
            _ => profile.timezone.clone(),
        };
        Self {
            display_name: RwSignal::new(profile.display_name.clone()),
            headline: RwSignal::new(profile.headline.clone()),
            bio: RwSignal::new(profile.bio.clone()),
            expertise: RwSignal::new(profile.expertise.join(", ")),
            languages: RwSignal::new(profile.languages.clone()),
            timezone: RwSignal::new(timezone),
            career_stage: RwSignal::new(
                profile.career_stage.map(|s| s.as_str().to_string()).unwrap_or_default(),
            ),
            is_mentor: RwSignal::new(profile.is_mentor),
            visibility: RwSignal::new(profile.visibility.as_str().to_string()),
            accepting_requests: RwSignal::new(profile.accepting_requests),
            weekly_capacity: RwSignal::new(profile.weekly_capacity.to_string()),
            meeting_link: RwSignal::new(profile.meeting_link.clone().unwrap_or_default()),
        }
    }

    /// The whole form as an update; a capacity that is not a number is refused here.
    fn to_update(self) -> Result<ProfileUpdate, ApiFailure> {
        let list = |text: String| -> Vec<String> {
            text.split(',').map(str::trim).filter(|item| !item.is_empty()).map(str::to_string).collect()
        };
        let weekly_capacity = self.weekly_capacity.get_untracked().trim().parse::<u32>().map_err(|_| {
            ApiFailure::Api(ApiError::validation(
                "weekly_capacity",
                t::profile::profile_weekly_capacity_invalid(),
            ))
        })?;
        Ok(ProfileUpdate {
            display_name: Some(self.display_name.get_untracked()),
            headline: Some(self.headline.get_untracked()),
            bio: Some(self.bio.get_untracked()),
            expertise: Some(list(self.expertise.get_untracked())),
            languages: Some(self.languages.get_untracked()),
            timezone: Some(self.timezone.get_untracked()),
            career_stage: Some(CareerStage::parse(&self.career_stage.get_untracked())),
            is_mentor: Some(self.is_mentor.get_untracked()),
            visibility: Visibility::parse(&self.visibility.get_untracked()),
            accepting_requests: Some(self.accepting_requests.get_untracked()),
            weekly_capacity: Some(weekly_capacity),
            meeting_link: Some(Some(self.meeting_link.get_untracked())),
            // Left as it is: this form does not choose the language.
            locale: None,
        })
    }
}

/// `/profile`, and in the same chunk `/organizations/:domain/insights`, linked from it.
#[component]
pub fn ProfileEditPage() -> impl IntoView {
    let location = use_location();
    move || {
        if location.pathname.read().starts_with("/organizations/") {
            view! { <InsightsPage/> }.into_any()
        } else if location.pathname.read().as_str() == "/give" {
            view! { <GivePage/> }.into_any()
        } else {
            view! { <ProfileEditorPage/> }.into_any()
        }
    }
}

#[component]
fn ProfileEditorPage() -> impl IntoView {
    let session = Session::get();
    // Rebuild the editor only when the person changes, not on every session refresh, so a
    // refresh after saving never discards what is being typed.
    let user_id = Memo::new(move |_| session.me().map(|me| me.user.id));
    view! {
        <Show
            when=move || session.is_loaded()
            fallback=|| view! { <p>{t::shell::loading()}</p> }
        >
            {move || match user_id.get().and(session.me_untracked()) {
                Some(me) => view! { <ProfileEditor me/> }.into_any(),
                None => view! {
                    <section aria-labelledby="page-title">
                        <h1 id="page-title">{t::profile::profile_heading()}</h1>
                        <p class="lead">{linked(t::profile::profile_lead(), &[])}</p>
                        <SignInPrompt reason=t::profile::profile_sign_in_reason()/>
                    </section>
                }.into_any(),
            }}
        </Show>
    }
}

fn invalid(failure: RwSignal<Option<ApiFailure>>, field: &'static str) -> impl Fn() -> String {
    move || field_message(failure, field).is_some().to_string()
}

#[component]
fn ProfileEditor(me: Me) -> impl IntoView {
    let session = Session::get();
    let form = ProfileForm::from_profile(&me.profile);
    let failure = RwSignal::new(None::<ApiFailure>);
    let saved = RwSignal::new(false);
    let timezones = timezone_options_html(&form.timezone.get_untracked());
    let is_new = me.profile.display_name.is_empty();
    let user_id = me.user.id.clone();
    let is_mentor = me.profile.is_mentor;

    let save = Action::new_local(move |update: &ProfileUpdate| {
        let update = update.clone();
        async move {
            match api::update_profile(update).await {
                Ok(_) => {
                    failure.set(None);
                    saved.set(true);
                    session.refresh();
                }
                Err(error) => failure.set(Some(error)),
            }
        }
    });
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        saved.set(false);
        match form.to_update() {
            Ok(update) => {
                save.dispatch(update);
            }
            Err(error) => failure.set(Some(error)),
        }
    };

    view! {
        <section aria-labelledby="page-title">
            <h1 id="page-title">{if is_new { t::profile::profile_heading_new() } else { t::profile::profile_heading() }}</h1>
            <p class="lead">{linked(t::profile::profile_lead(), &[])}</p>
            <p><A href=format!("/mentors/{user_id}")>{t::profile::profile_see_public()}</A></p>
            {me.paused.then(|| view! { <ResumeBanner/> })}
            <form class="form form--wide" on:submit=on_submit novalidate>
                <FormError failure=failure fields=FIELDS/>
                <div class="field">
                    <label for="display_name">{t::profile::profile_name()}</label>
                    <input id="display_name" autocomplete="name" required bind:value=form.display_name
                        aria-invalid=invalid(failure, "display_name") aria-describedby="display_name-error"/>
                    <FieldError failure=failure field="display_name"/>
                </div>
                <div class="field">
                    <label for="headline">{t::profile::profile_headline()}</label>
                    <input id="headline" placeholder=t::profile::profile_headline_placeholder() bind:value=form.headline
                        aria-invalid=invalid(failure, "headline") aria-describedby="headline-hint headline-error"/>
                    <p class="hint" id="headline-hint">{t::profile::profile_headline_hint()}</p>
                    <FieldError failure=failure field="headline"/>
                </div>
                <div class="field">
                    <label for="bio">{t::profile::profile_bio()}</label>
                    <textarea id="bio" rows="6" bind:value=form.bio
                        aria-invalid=invalid(failure, "bio") aria-describedby="bio-hint bio-error"></textarea>
                    <p class="hint" id="bio-hint">{t::profile::profile_bio_hint()}</p>
                    <FieldError failure=failure field="bio"/>
                </div>
                <div class="field">
                    <label for="expertise">{t::profile::profile_expertise()}</label>
                    <input id="expertise" placeholder=t::profile::profile_expertise_placeholder() bind:value=form.expertise
                        aria-invalid=invalid(failure, "expertise") aria-describedby="expertise-hint expertise-error"/>
                    <p class="hint" id="expertise-hint">{t::profile::profile_expertise_hint()}</p>
                    <FieldError failure=failure field="expertise"/>
                </div>
                <LanguagePicker chosen=form.languages all=language_options() id="languages" failure/>
                <div class="field-row">
                    <div class="field">
                        <label for="timezone">{t::profile::profile_timezone()}</label>
                        <select id="timezone" inner_html=timezones bind:value=form.timezone
                            aria-invalid=invalid(failure, "timezone") aria-describedby="timezone-error">
                        </select>
                        <FieldError failure=failure field="timezone"/>
                    </div>
                    <div class="field">
                        <label for="career_stage">{t::profile::profile_career_stage()}</label>
                        <select id="career_stage" bind:value=form.career_stage
                            aria-invalid=invalid(failure, "career_stage") aria-describedby="career_stage-error">
                            <option value="" selected=form.career_stage.get_untracked().is_empty()>{t::profile::profile_career_stage_none()}</option>
                            {CareerStage::ALL.into_iter().map(|stage| view! {
                                <option value=stage.as_str() selected=form.career_stage.get_untracked() == stage.as_str()>
                                    {career_stage_label(stage)}
                                </option>
                            }).collect_view()}
                        </select>
                        <FieldError failure=failure field="career_stage"/>
                    </div>
                </div>

                <fieldset class="fieldset">
                    <legend>{t::profile::profile_mentoring()}</legend>
                    <MentorsWanted/>
                    <div class="check">
                        <input id="is_mentor" type="checkbox" bind:checked=form.is_mentor/>
                        <label for="is_mentor">{t::profile::profile_is_mentor()}</label>
                    </div>
                    <div class="check">
                        <input id="accepting_requests" type="checkbox" bind:checked=form.accepting_requests/>
                        <label for="accepting_requests">{t::profile::profile_accepting_requests()}</label>
                    </div>
                    <div class="field-row">
                        <div class="field">
                            <label for="weekly_capacity">{t::profile::profile_weekly_capacity()}</label>
                            <input id="weekly_capacity" type="number" min="0" max="40" inputmode="numeric"
                                bind:value=form.weekly_capacity
                                aria-invalid=invalid(failure, "weekly_capacity") aria-describedby="weekly_capacity-error"/>
                            <FieldError failure=failure field="weekly_capacity"/>
                        </div>
                        <div class="field">
                            <label for="meeting_link">{t::profile::profile_meeting_link()}</label>
                            <input id="meeting_link" type="url" placeholder=t::profile::meeting_link_placeholder()
                                bind:value=form.meeting_link
                                aria-invalid=invalid(failure, "meeting_link") aria-describedby="meeting_link-hint meeting_link-error"/>
                            <p class="hint" id="meeting_link-hint">{t::profile::profile_meeting_link_hint()}</p>
                            <FieldError failure=failure field="meeting_link"/>
                        </div>
                    </div>
                </fieldset>

                <fieldset class="fieldset">
                    <legend>{t::profile::profile_visibility()}</legend>
                    {[
                        (Visibility::Public, t::profile::visibility_public(), t::profile::visibility_public_hint()),
                        (Visibility::Organization, t::profile::visibility_organization(), t::profile::visibility_organization_hint()),
                        (Visibility::Hidden, t::profile::visibility_hidden(), t::profile::visibility_hidden_hint()),
                    ].into_iter().map(|(value, label, hint)| {
                        let id = format!("visibility-{}", value.as_str());
                        view! {
                            <div class="check">
                                <input type="radio" name="visibility" id=id.clone() value=value.as_str()
                                    bind:group=form.visibility/>
                                <label for=id>
                                    <strong>{label}</strong> <span class="hint">" — " {hint}</span>
                                </label>
                            </div>
                        }
                    }).collect_view()}
                    <FieldError failure=failure field="visibility"/>
                </fieldset>

                <div class="actions">
                    <button type="submit" class="button" disabled=move || save.pending().get()>
                        {move || if save.pending().get() { t::profile::profile_saving() } else { t::profile::profile_save() }}
                    </button>
                    <p class="saved" role="status">{move || saved.get().then(t::profile::saved)}</p>
                </div>
            </form>
        </section>
        // Below the form, so drawn once the form is in: the page's first task stays short.
        <Later>
            <AvailabilityEditor user_id=user_id.clone() is_mentor/>
        </Later>
        <Later>
            <CalendarsSection is_mentor/>
            <OrganizationSection me/>
            <AccountSection/>
        </Later>
    }
}

#[component]
fn OrganizationSection(me: Me) -> impl IntoView {
    let Some(organization) = me.user.organization.clone() else {
        return view! {
            <section class="panel" aria-labelledby="org-title">
                <h2 id="org-title">{t::profile::organization_heading()}</h2>
                <p>{t::profile::organization_personal()}</p>
            </section>
        }
        .into_any();
    };
    let name = RwSignal::new(organization.name.clone());
    let failure = RwSignal::new(None::<ApiFailure>);
    let saved = RwSignal::new(false);
    let session = Session::get();
    let rename = Action::new_local(move |new_name: &String| {
        let new_name = new_name.clone();
        async move {
            match api::rename_organization(new_name).await {
                Ok(org) => {
                    name.set(org.name);
                    failure.set(None);
                    saved.set(true);
                    session.refresh();
                }
                Err(error) => failure.set(Some(error)),
            }
        }
    });
    let can_rename = me.user.can_rename_organization;
    view! {
        <section class="panel" aria-labelledby="org-title">
            <h2 id="org-title">{t::profile::organization_heading()}</h2>
            <p>{around_badge(t::profile::organization_shown(BADGE), organization.clone())}</p>
            <p>
                {with_link(
                    t::profile::organization_insights(&organization.name),
                    format!("/organizations/{}/insights", organization.domain),
                )}
            </p>
            <InsightsPreferenceField/>
            <Show when=move || can_rename>
                <form class="form" on:submit=move |ev: SubmitEvent| {
                    ev.prevent_default();
                    saved.set(false);
                    rename.dispatch(name.get_untracked());
                }>
                    <FormError failure=failure fields=&["name"]/>
                    <div class="field">
                        <label for="org-name">{t::profile::organization_name()}</label>
                        <input id="org-name" bind:value=name aria-describedby="org-name-hint name-error"
                            aria-invalid=invalid(failure, "name")/>
                        <p class="hint" id="org-name-hint">{t::profile::organization_name_hint(&organization.domain)}</p>
                        <FieldError failure=failure field="name"/>
                    </div>
                    <div class="actions">
                        <button type="submit" class="button button--secondary">{t::profile::organization_save_name()}</button>
                        <p class="saved" role="status">{move || saved.get().then(t::profile::saved)}</p>
                    </div>
                </form>
            </Show>
        </section>
    }
    .into_any()
}

/// "Count my activity in my organization's insights", saved as it is ticked.
#[component]
fn InsightsPreferenceField() -> impl IntoView {
    let counted = RwSignal::new(true);
    let failure = RwSignal::new(None::<ApiFailure>);
    leptos::task::spawn_local(async move {
        if let Ok(preference) = api::insights_preference().await {
            counted.set(preference.count_in_organization_insights);
        }
    });
    let save = Action::new_local(move |value: &bool| {
        let value = *value;
        async move {
            match api::set_insights_preference(value).await {
                Ok(saved) => {
                    failure.set(None);
                    counted.set(saved.count_in_organization_insights);
                }
                Err(error) => failure.set(Some(error)),
            }
        }
    });
    view! {
        <div class="check">
            <input id="in-insights" type="checkbox" prop:checked=move || counted.get()
                aria-describedby="in-insights-hint"
                on:change=move |ev| { save.dispatch(event_target_checked(&ev)); }/>
            <div>
                <label for="in-insights">{t::profile::insights_preference()}</label>
                <p class="hint" id="in-insights-hint">
                    {t::profile::insights_preference_hint()}
                </p>
            </div>
        </div>
        <FormError failure=failure fields=&[]/>
    }
}

#[component]
fn AccountSection() -> impl IntoView {
    let session = Session::get();
    let navigate = use_navigate();
    let confirming = RwSignal::new(false);
    let failure = RwSignal::new(None::<ApiFailure>);
    let delete = Action::new_local(move |_: &()| {
        let navigate = navigate.clone();
        async move {
            match api::delete_account().await {
                Ok(()) => {
                    session.clear();
                    navigate("/", Default::default());
                }
                Err(error) => failure.set(Some(error)),
            }
        }
    });
    view! {
        <section class="panel" aria-labelledby="account-title">
            <h2 id="account-title">{t::profile::account_heading()}</h2>
            <p>
                <a class="button button--secondary" href=api::EXPORT_URL download="quarterhour-export.json">
                    {t::profile::account_download()}
                </a>
            </p>
            <FormError failure=failure fields=&[]/>
            <Show
                when=move || confirming.get()
                fallback=move || view! {
                    <button type="button" class="button button--danger" on:click=move |_| confirming.set(true)>
                        {t::profile::account_delete()}
                    </button>
                }
            >
                <div class="confirm" role="alertdialog" aria-labelledby="confirm-title">
                    <p id="confirm-title"><strong>{t::profile::account_delete_confirm()}</strong></p>
                    <div class="actions">
                        <button type="button" class="button button--danger" on:click=move |_| { delete.dispatch(()); }>
                            {t::profile::account_delete_yes()}
                        </button>
                        <button type="button" class="button button--secondary" on:click=move |_| confirming.set(false)>
                            {t::profile::account_keep()}
                        </button>
                    </div>
                </div>
            </Show>
        </section>
    }
}

/// Shown to a mentor the no-show policy paused, with the way back.
#[component]
fn ResumeBanner() -> impl IntoView {
    let session = Session::get();
    let failure = RwSignal::new(None::<ApiFailure>);
    let resume = Action::new_local(move |_: &()| async move {
        match api::resume_mentoring().await {
            Ok(()) => session.refresh(),
            Err(error) => failure.set(Some(error)),
        }
    });
    view! {
        <div class="card notice" role="status">
            <p>
                {t::profile::resume_paused()}
            </p>
            <FormError failure=failure fields=&[]/>
            <button type="button" class="button" on:click=move |_| { resume.dispatch(()); }>{t::profile::resume_button()}</button>
        </div>
    }
}

fn career_stage_label(stage: CareerStage) -> String {
    match stage {
        CareerStage::Student => t::profile::career_stage_student(),
        CareerStage::Early => t::profile::career_stage_early(),
        CareerStage::Mid => t::profile::career_stage_mid(),
        CareerStage::Senior => t::profile::career_stage_senior(),
        CareerStage::Lead => t::profile::career_stage_lead(),
        CareerStage::Executive => t::profile::career_stage_executive(),
    }
}

/// Where a message's `{ $organization }` goes, so that the badge stands in its place.
const BADGE: &str = "\u{e000}";

/// `message` with the organization's badge where `BADGE` is.
fn around_badge(message: String, organization: domain::wire::Organization) -> impl IntoView {
    let (before, after) = message.split_once(BADGE).unwrap_or((message.as_str(), ""));
    let (before, after) = (before.to_owned(), after.to_owned());
    view! { {before} <OrganizationBadge organization=Some(organization)/> {after} }
}

/// `message` with its `<a>…</a>` a link to `href`.
fn with_link(message: String, href: String) -> impl IntoView {
    let (before, rest) = message.split_once("<a>").unwrap_or(("", message.as_str()));
    let (link, after) = rest.split_once("</a>").unwrap_or((rest, ""));
    let (before, link, after) = (before.to_owned(), link.to_owned(), after.to_owned());
    view! { {before} <A href=href>{link}</A> {after} }
}
