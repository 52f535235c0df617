//! "What do you want help with?": one box on the home page and above the directory. A plain
//! form that opens the `/match` page, so the matching page's code loads only when it is used.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use crate::api::encode;

#[component]
pub fn GoalBox(id: &'static str) -> impl IntoView {
    let goal = RwSignal::new(String::new());
    let navigate = use_navigate();
    let on_submit = move |event: SubmitEvent| {
        event.prevent_default();
        navigate(&format!("/match?goal={}", encode(goal.get_untracked().trim())), Default::default());
    };
    view! {
        <form class="goal-box" on:submit=on_submit>
            <label for=id class="goal-box__label">"What do you want help with?"</label>
            <div class="goal-box__row">
                <input
                    id=id
                    type="text"
                    maxlength="1000"
                    placeholder="e.g. our k8s cluster keeps OOM-killing pods"
                    on:input=move |ev| goal.set(event_target_value(&ev))
                />
                <button type="submit" class="button">"Suggest mentors"</button>
            </div>
        </form>
    }
}
