//! The shell: header, routes and footer.

use leptos::prelude::*;
use leptos_router::{
    Lazy, LazyRoute,
    components::{Route, Router, Routes},
    hooks::use_location,
    lazy_route, path,
};

use crate::components::{footer::Footer, header::Header};
use crate::i18n;
use crate::pages::{
    dev_mailbox::DevMailboxPage, directory::DirectoryPage, home::HomePage, matching::MatchPage,
    mentor_profile::MentorProfilePage, messages::MessagesPage, not_found::NotFoundPage,
    profile_edit::ProfileEditPage, requests::RequestsPage, sessions::SessionsPage, sign_in::SignInPage,
};
use crate::session::Session;
use crate::t;

/// Declares a route whose page is compiled into its own wasm chunk, fetched on the first visit, so
/// that the first load carries only the shell and the home page.
macro_rules! lazy_page {
    ($($route:ident => $page:ident),* $(,)?) => {$(
        struct $route;

        #[lazy_route]
        impl LazyRoute for $route {
            fn data() -> Self {
                Self
            }

            fn view(_route: Self) -> AnyView {
                view! { <$page/> }.into_any()
            }
        }
    )*};
}

lazy_page! {
    Finding => FindingPage,
    Requests => RequestsPage,
    Mail => MailPage,
    Sessions => SessionsPage,
    SignIn => SignInPage,
    ProfileEdit => ProfileEditPage,
}

/// One chunk for finding a mentor: the directory, the suggestions for a goal and a mentor's
/// profile. Each chunk costs the first load its loader, so pages that lead to one another share
/// one.
#[component]
fn FindingPage() -> impl IntoView {
    let location = use_location();
    move || match location.pathname.read().as_str() {
        "/match" => view! { <MatchPage/> }.into_any(),
        "/mentors" => view! { <DirectoryPage/> }.into_any(),
        _ => view! { <MentorProfilePage/> }.into_any(),
    }
}

/// One chunk for mail and messages: the list, a conversation and, in development, the mailbox.
#[component]
fn MailPage() -> impl IntoView {
    let location = use_location();
    move || match location.pathname.read().as_str() {
        "/dev/mailbox" => view! { <DevMailboxPage/> }.into_any(),
        _ => view! { <MessagesPage/> }.into_any(),
    }
}

#[component]
pub fn App() -> impl IntoView {
    let session = Session::provide();
    // A profile's language wins over the device's, once the session says what it is.
    Effect::new(move |_| {
        if let Some(locale) = session.brief().and_then(|me| me.profile.locale) {
            i18n::follow_profile(locale);
        }
    });
    view! { <Shell/> }
}

#[component]
fn Shell() -> impl IntoView {
    // True while a navigation waits, e.g. for a page's chunk on its first visit.
    let (is_routing, set_is_routing) = signal(false);
    view! {
        <Router set_is_routing>
            <a class="skip-link" href="#main">{t::shell::skip_to_content()}</a>
            <div
                class="route-progress"
                role="progressbar"
                aria-label=t::shell::loading_the_page()
                hidden=move || !is_routing.get()
            ></div>
            <Header/>
            <main id="main" class="page" tabindex="-1">
                <Routes fallback=NotFoundPage>
                    <Route path=path!("/") view=HomePage/>
                    <Route path=path!("/mentors") view={Lazy::<Finding>::new()}/>
                    <Route path=path!("/match") view={Lazy::<Finding>::new()}/>
                    <Route path=path!("/requests") view={Lazy::<Requests>::new()}/>
                    // Before `/requests/:id`, which would otherwise take "new" as an id.
                    // The list's chunk holds the form to ask.
                    <Route path=path!("/requests/new") view={Lazy::<Requests>::new()}/>
                    <Route path=path!("/requests/:id") view={Lazy::<Requests>::new()}/>
                    <Route path=path!("/messages") view={Lazy::<Mail>::new()}/>
                    // One chunk for the list and a conversation.
                    <Route path=path!("/threads/:id") view={Lazy::<Mail>::new()}/>
                    <Route path=path!("/sessions") view={Lazy::<Sessions>::new()}/>
                    // One chunk for what comes after a booking: the list, a session's wrap-up, the
                    // growth record and the guides.
                    <Route path=path!("/sessions/:id") view={Lazy::<Sessions>::new()}/>
                    <Route path=path!("/growth") view={Lazy::<Sessions>::new()}/>
                    <Route path=path!("/guides") view={Lazy::<Sessions>::new()}/>
                    <Route path=path!("/sign-in") view={Lazy::<SignIn>::new()}/>
                    <Route path=path!("/profile") view={Lazy::<ProfileEdit>::new()}/>
                    // The profile's chunk: becoming a mentor, step by step.
                    <Route path=path!("/give") view={Lazy::<ProfileEdit>::new()}/>
                    <Route path=path!("/mentors/:id") view={Lazy::<Finding>::new()}/>
                    <Route path=path!("/dev/mailbox") view={Lazy::<Mail>::new()}/>
                    // The profile's chunk: the organization's insights are linked from it.
                    <Route path=path!("/organizations/:domain/insights") view={Lazy::<ProfileEdit>::new()}/>
                </Routes>
            </main>
            <Footer/>
        </Router>
    }
}

#[cfg(test)]
mod tests {
    /// The worker answers these paths with the app (200) and others with its "not found" (404).
    #[test]
    fn the_router_routes_exactly_the_pages_the_worker_knows() {
        let source = include_str!("app.rs");
        let mut routed: Vec<String> = source
            .split("path!(\"")
            .skip(1)
            .map(|rest| rest.split('"').next().unwrap_or_default())
            .map(|path| {
                path.split('/')
                    .map(|segment| match segment.strip_prefix(':') {
                        Some(name) => format!("{{{name}}}"),
                        None => segment.to_string(),
                    })
                    .collect::<Vec<_>>()
                    .join("/")
            })
            .collect();
        routed.sort();
        routed.dedup();
        let mut known: Vec<String> = domain::pages::PAGES.iter().map(|page| page.to_string()).collect();
        known.sort();
        assert_eq!(routed, known);
    }
}
