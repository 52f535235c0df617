//! A mentor's profile as the viewer may see it.

use domain::wire::Profile;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::api;
use crate::browser::local_time_now;
use crate::components::book_slots::BookSlots;
use crate::components::impact::ImpactSection;
use crate::components::loaded::Loaded;
use crate::components::profile_bits::{LanguageList, OrganizationBadge, TagList};
use crate::session::Session;

#[component]
pub fn MentorProfilePage() -> impl IntoView {
    let params = use_params_map();
    let id = move || params.read().get("id").unwrap_or_default();
    let profile = LocalResource::new(move || api::mentor(id()));

    let not_found = || {
        view! {
            <section class="narrow" aria-labelledby="page-title">
                <h1 id="page-title">"Profile not found"</h1>
                <p>"This profile does not exist, or its owner has not made it visible to you."</p>
                <p><A href="/mentors">"Browse the directory"</A></p>
            </section>
        }
    };
    view! {
        <Loaded resource=profile loading="Loading profile…" title="Profile" not_found let(profile)>
            <ProfileView profile=profile.mentor impact=profile.impact/>
        </Loaded>
    }
}

#[component]
fn ProfileView(profile: Profile, impact: domain::wrapup::Impact) -> impl IntoView {
    let session = Session::get();
    let own = {
        let id = profile.id.clone();
        move || session.me().is_some_and(|me| me.user.id == id)
    };
    let local_time = local_time_now(&profile.timezone);
    let stage = profile.career_stage.map(|stage| stage.label());
    view! {
        <article class="profile" aria-labelledby="page-title">
            <header class="profile__header">
                <h1 id="page-title">{profile.display_name.clone()}</h1>
                {(!profile.headline.is_empty()).then(|| view! { <p class="lead">{profile.headline.clone()}</p> })}
                <p class="profile__meta">
                    <OrganizationBadge organization=profile.organization.clone()/>
                    {stage.map(|stage| view! { <span class="pill">{stage}</span> })}
                    {profile.is_mentor.then(|| view! { <span class="pill pill--accent">"Mentor"</span> })}
                </p>
                <p class="profile__time">
                    {format!("Time zone: {}", profile.timezone)}
                    {local_time.map(|time| format!(" · {time} there now"))}
                </p>
                <Show when=own.clone()>
                    <p><A href="/profile">"Edit your profile"</A></p>
                </Show>
            </header>
            <section aria-labelledby="expertise-title">
                <h2 id="expertise-title">"Expertise"</h2>
                <TagList tags=profile.expertise.clone() empty="No expertise listed yet."/>
            </section>
            <section aria-labelledby="languages-title">
                <h2 id="languages-title">"Languages"</h2>
                <LanguageList codes=profile.languages.clone()/>
            </section>
            {(profile.is_mentor && !own()).then(|| view! {
                <BookSlots
                    mentor_id=profile.id.clone()
                    mentor_name=profile.display_name.clone()
                    preselect=use_query_map().with_untracked(|query| query.get("slot"))
                />
            })}
            <ImpactSection impact own=own()/>
            <section aria-labelledby="about-title">
                <h2 id="about-title">"About"</h2>
                {if profile.bio_html.is_empty() {
                    view! { <p class="muted">"No bio yet."</p> }.into_any()
                } else {
                    // Rendered by the API from Markdown with raw HTML escaped and links checked.
                    view! { <div class="prose" inner_html=profile.bio_html.clone()></div> }.into_any()
                }}
            </section>
        </article>
    }
}
