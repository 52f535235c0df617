use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::goal_box::GoalBox;
use crate::components::mentors_wanted::MentorsWanted;
use crate::session::Session;

/// `/`: for someone signed in, what is next for them (its own chunk); for a visitor, what
/// Quarterhour is and where to start, in one screen.
#[component]
pub fn HomePage() -> impl IntoView {
    let session = Session::get();
    // Memos, so that the page is built again only when signing in or out.
    let loaded = Memo::new(move |_| session.is_loaded());
    let signed_in = Memo::new(move |_| session.is_signed_in());
    move || {
        match (loaded.get(), signed_in.get()) {
        (false, _) => view! { <p role="status">"Loading…"</p> }.into_any(),
        (true, true) => view! {
            <Suspense fallback=|| view! { <p role="status">"Loading…"</p> }>{Suspend::new(my_home())}</Suspense>
        }
        .into_any(),
        (true, false) => view! { <Welcome/> }.into_any(),
    }
    }
}

#[lazy]
fn my_home() -> AnyView {
    crate::pages::my_home::my_home()
}

#[lazy]
fn network_proof() -> AnyView {
    crate::components::network_proof::network_proof()
}

/// One primary action, the goal box; then the network's figures and a few of its mentors.
#[component]
fn Welcome() -> impl IntoView {
    view! {
        <section class="hero" aria-labelledby="hero-title">
            <h1 id="hero-title">"Fifteen minutes of help from someone who has done it before."</h1>
            <p class="hero__lead">
                "Quarterhour is an open mentoring network across companies. Mentors give spare "
                "15-minute slots; you book one, or post a question and let mentors come to you. "
                "Free, short, and focused."
            </p>
            <GoalBox id="home-goal"/>
            <p class="hero__actions">
                "Or " <A href="/mentors">"browse the directory"</A> " or "
                <A href="/requests/new">"ask a question"</A> "."
            </p>
        </section>
        <Suspense fallback=|| ()>{Suspend::new(network_proof())}</Suspense>
        <section class="paths" aria-labelledby="paths-title">
            <h2 id="paths-title" class="visually-hidden">"Three ways to start"</h2>
            <ul class="cards">
                <li class="card">
                    <h3>"Book a spare slot"</h3>
                    <p>
                        "Browse mentors from any company by skill, language and time zone, and "
                        "book 15 minutes with an agenda. Both of you get an invite in your own time."
                    </p>
                    <A href="/mentors">"Browse the directory"</A>
                </li>
                <li class="card">
                    <h3>"Post a one-off question"</h3>
                    <p>
                        "Describe what you are stuck on. Mentors who know the topic answer in "
                        "writing or offer a call. Ask outside your company, or anonymously."
                    </p>
                    <A href="/requests">"See open requests"</A>
                </li>
                <li class="card">
                    <h3>"Give 15 minutes"</h3>
                    <p>
                        "Publish a profile, choose who can see you, and offer the slots you can "
                        "spare. Limits per day and week keep it light."
                    </p>
                    <MentorsWanted/>
                    <A href="/give">"Become a mentor"</A>
                </li>
            </ul>
        </section>
    }
}
