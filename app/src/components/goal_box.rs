//! "What do you want help with?": one box on the home page and above the directory. A plain
//! HTML form (no code of its own in the first load) that opens the lazy `/match` page.

use domain::pages::GOAL_BOX;
use leptos::prelude::*;

#[component]
pub fn GoalBox(id: &'static str) -> impl IntoView {
    view! {
        <form class="goal-box" method="get" action="/match">
            <label for=id class="goal-box__label">{GOAL_BOX.label}</label>
            <div class="goal-box__row">
                <input
                    id=id
                    name="goal"
                    type="text"
                    maxlength="1000"
                    placeholder=GOAL_BOX.placeholder
                />
                <button type="submit" class="button">{GOAL_BOX.submit}</button>
            </div>
        </form>
    }
}
