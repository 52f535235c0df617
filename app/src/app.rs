//! The shell: header, routes and footer.

use leptos::prelude::*;
use leptos_router::{
    components::{Route, Router, Routes},
    path,
};

use crate::components::{footer::Footer, header::Header};
use crate::pages::{
    directory::DirectoryPage, home::HomePage, not_found::NotFoundPage, requests::RequestsPage,
    sessions::SessionsPage, sign_in::SignInPage,
};

#[component]
pub fn App() -> impl IntoView {
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
                </Routes>
            </main>
            <Footer/>
        </Router>
    }
}
