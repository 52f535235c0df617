//! Short guides (`/guides`) for mentees and mentors: how to make fifteen minutes count, before,
//! during and after. A few lines each, no manual.

use leptos::prelude::*;

use crate::components::intro::linked;
use crate::t;

#[component]
pub fn GuidesPage() -> impl IntoView {
    view! {
        <article class="guides" aria-labelledby="page-title">
            <h1 id="page-title">{t::sessions::guides_heading()}</h1>
            <p class="lead">{linked(t::sessions::guides_lead(), &[])}</p>
            <section class="panel" aria-labelledby="mentees-title">
                <h2 id="mentees-title">{t::sessions::guides_mentees()}</h2>
                <h3>{t::sessions::guides_before()}</h3>
                <ul>
                    <li>{t::sessions::guides_before_one_question()}</li>
                    <li>{t::sessions::guides_before_agenda()}</li>
                    <li>{t::sessions::guides_before_share()}</li>
                </ul>
                <h3>{t::sessions::guides_during()}</h3>
                <ul>
                    <li>{t::sessions::guides_during_start()}</li>
                    <li>{t::sessions::guides_during_middle()}</li>
                    <li>{t::sessions::guides_during_end()}</li>
                </ul>
                <h3>{t::sessions::guides_after()}</h3>
                <ul>
                    <li>{t::sessions::guides_after_wrap_up()}</li>
                    <li>{t::sessions::guides_after_next_steps()}</li>
                    <li>{linked(t::sessions::guides_after_outcome(), &["/growth"])}</li>
                </ul>
                <h3>{t::sessions::guides_asking()}</h3>
                <p>{linked(t::sessions::guides_asking_text(), &["/requests/new"])}</p>
            </section>
            <section class="panel" aria-labelledby="mentors-title">
                <h2 id="mentors-title">{t::sessions::guides_mentors()}</h2>
                <ul>
                    <li>{t::sessions::guides_mentors_slots()}</li>
                    <li>{t::sessions::guides_mentors_agenda()}</li>
                    <li>{t::sessions::guides_mentors_next_step()}</li>
                    <li>{t::sessions::guides_mentors_writing()}</li>
                    <li>{linked(t::sessions::guides_mentors_kudos(), &["/profile"])}</li>
                </ul>
            </section>
        </article>
    }
}
