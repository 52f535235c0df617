//! The shell: header, routes and footer.

use leptos::prelude::*;
use leptos_router::{
    components::{Route, Router, Routes},
    path,
};

use crate::components::{footer::Footer, header::Header};
use crate::pages::{
    dev_mailbox::DevMailboxPage, directory::DirectoryPage, home::HomePage, mentor_profile::MentorProfilePage,
    not_found::NotFoundPage, profile_edit::ProfileEditPage, requests::RequestsPage, sessions::SessionsPage,
    sign_in::SignInPage,
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
