use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::goal_box::GoalBox;
use crate::components::mentors_wanted::MentorsWanted;

/// What Quarterhour is and where to start, in one screen.
#[component]
pub fn HomePage() -> impl IntoView {
    view! {
        <section class="hero" aria-labelledby="hero-title">
            <h1 id="hero-title">"Fifteen minutes of help from someone who has done it before."</h1>
            <p class="hero__lead">
                "Quarterhour is an open mentoring network across companies. Mentors give spare "
                "15-minute slots; you book one, or post a question and let mentors come to you. "
                "Free, short, and focused."
            </p>
            <GoalBox id="home-goal"/>
            <div class="hero__actions">
                <A href="/mentors" attr:class="button">"Find a mentor"</A>
                <A href="/requests/new" attr:class="button button--secondary">"Ask a question"</A>
            </div>
        </section>
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
                    <A href="/sign-in">"Become a mentor"</A>
                </li>
            </ul>
        </section>
    }
}
