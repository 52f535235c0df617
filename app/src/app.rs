//! The shell: header, routes and footer.

use leptos::prelude::*;
use leptos_router::{
    components::{Route, Router, Routes},
    path,
};

use crate::components::{footer::Footer, header::Header};
use crate::pages::{
    ask::AskPage, dev_mailbox::DevMailboxPage, directory::DirectoryPage, home::HomePage,
    mentor_profile::MentorProfilePage, messages::MessagesPage, not_found::NotFoundPage,
    profile_edit::ProfileEditPage, request::RequestPage, requests::RequestsPage, sessions::SessionsPage,
    sign_in::SignInPage, thread::ThreadPage,
};
use crate::session::Session;

#[component]
pub fn App() -> impl IntoView {
    Session::provide();
    view! {
        <Router>
            <a class="skip-link" href="#main">"Skip to content"</a>
            <Header/>
            <main id="main" class="page" tabindex="-1">
                <Routes fallback=NotFoundPage>
                    <Route path=path!("/") view=HomePage/>
                    <Route path=path!("/mentors") view=DirectoryPage/>
                    <Route path=path!("/requests") view=RequestsPage/>
                    // Before `/requests/:id`, which would otherwise take "new" as an id.
                    <Route path=path!("/requests/new") view=AskPage/>
                    <Route path=path!("/requests/:id") view=RequestPage/>
                    <Route path=path!("/messages") view=MessagesPage/>
                    <Route path=path!("/threads/:id") view=ThreadPage/>
                    <Route path=path!("/sessions") view=SessionsPage/>
                    <Route path=path!("/sign-in") view=SignInPage/>
                    <Route path=path!("/profile") view=ProfileEditPage/>
                    <Route path=path!("/mentors/:id") view=MentorProfilePage/>
                    <Route path=path!("/dev/mailbox") view=DevMailboxPage/>
                </Routes>
            </main>
            <Footer/>
        </Router>
    }
}
