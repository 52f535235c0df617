use leptos::prelude::*;

use crate::components::goal_box::GoalBox;
use crate::components::intro::linked;
use crate::session::Session;
use crate::t;

/// `/`: for someone signed in, what is next for them; for a visitor, what Quarterhour is and
/// where to start. Only the visitor's first screen is in the shell: the rest is one chunk.
#[component]
pub fn HomePage() -> impl IntoView {
    let session = Session::get();
    // A memo, so that the page is built again only when signing in or out.
    let signed_in = Memo::new(move |_| session.is_loaded().then(|| session.is_signed_in()));
    move || {
        match signed_in.get() {
        None => view! { <p role="status">{t::shell::loading()}</p> }.into_any(),
        Some(true) => view! {
            <Suspense fallback=|| view! { <p role="status">{t::shell::loading()}</p> }>{Suspend::new(home_part(true))}</Suspense>
        }
        .into_any(),
        Some(false) => view! { <Welcome/> }.into_any(),
    }
    }
}

/// The home page's own chunk: a person's home, or for a visitor what follows the first screen.
#[lazy]
fn home_part(signed_in: bool) -> AnyView {
    if signed_in {
        crate::pages::my_home::my_home()
    } else {
        crate::components::network_proof::network_proof()
    }
}

/// One primary action, the goal box; then (in the chunk) the network's figures and a few of its
/// mentors, and the three ways to start.
#[component]
fn Welcome() -> impl IntoView {
    view! {
        <section class="hero" aria-labelledby="hero-title">
            <h1 id="hero-title">{t::shell::home_heading()}</h1>
            <p class="hero__lead">{t::shell::home_lead()}</p>
            <GoalBox id="home-goal"/>
            <p class="hero__actions">{linked(t::shell::home_actions(), &["/mentors", "/requests/new"])}</p>
        </section>
        <Suspense fallback=|| ()>{Suspend::new(home_part(false))}</Suspense>
    }
}
