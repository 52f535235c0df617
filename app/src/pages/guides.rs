//! Short guides (`/guides`) for mentees and mentors: how to make fifteen minutes count, before,
//! during and after. A few lines each, no manual.

use domain::pages::GUIDES;
use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::intro::words;

#[component]
pub fn GuidesPage() -> impl IntoView {
    view! {
        <article class="guides" aria-labelledby="page-title">
            <h1 id="page-title">{GUIDES.heading}</h1>
            <p class="lead">{words(GUIDES.lead)}</p>
            <section class="panel" aria-labelledby="mentees-title">
                <h2 id="mentees-title">"For mentees"</h2>
                <h3>"Before"</h3>
                <ul>
                    <li>"Pick one question. Two questions in fifteen minutes get half an answer each."</li>
                    <li>"Write the agenda in three lines: the context, what you tried, what you want from the call."</li>
                    <li>"Share links or drafts in the session's messages a day ahead, so the mentor can look."</li>
                </ul>
                <h3>"During"</h3>
                <ul>
                    <li>"Minute 0–2: your question in one sentence, and what you tried."</li>
                    <li>"Minute 2–12: one problem at a time; take notes."</li>
                    <li>"Minute 12–15: say your next steps back, so both of you know what happens now."</li>
                </ul>
                <h3>"After"</h3>
                <ul>
                    <li>"Wrap up the session: say whether it happened, and give kudos for what helped."</li>
                    <li>"Write your next steps down; a follow-up starts from them."</li>
                    <li>"Two weeks on, say what came of it. Your " <A href="/growth">"growth record"</A> " keeps it for your next review."</li>
                </ul>
                <h3>"Asking a question instead"</h3>
                <p>"Say the situation, what you tried, what would help and your constraints. A mentor can answer that in minutes. " <A href="/requests/new">"Ask a question"</A></p>
            </section>
            <section class="panel" aria-labelledby="mentors-title">
                <h2 id="mentors-title">"For mentors"</h2>
                <ul>
                    <li>"Offer only slots you will keep: two missed sessions in 30 days pause your slots until you resume them from your profile."</li>
                    <li>"Read the agenda before the call, and ask before you advise."</li>
                    <li>"End with one next step the mentee can take today."</li>
                    <li>"Answering in writing: answer the question asked first, then add context. Unsure? Offer a call."</li>
                    <li>"Kudos from mentees and the outcomes they choose to share appear on " <A href="/profile">"your profile"</A> "."</li>
                </ul>
            </section>
        </article>
    }
}
