//! "What do you want help with?": one box on the home page and above the directory. A plain
//! HTML form (no code of its own in the first load) that opens the lazy `/match` page.

use leptos::prelude::*;

use crate::t;

#[component]
pub fn GoalBox(id: &'static str) -> impl IntoView {
    view! {
        <form class="goal-box" method="get" action="/match">
            <label for=id class="goal-box__label">{t::shell::goal_label()}</label>
            <div class="goal-box__row">
                <input
                    id=id
                    name="goal"
                    type="text"
                    maxlength="1000"
                    placeholder=t::shell::goal_placeholder()
                />
                <button type="submit" class="button">{t::shell::goal_submit()}</button>
            </div>
        </form>
    }
}
