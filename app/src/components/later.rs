//! What a page shows below its first screen, drawn in a task of its own once the first screen is
//! in: a long page then never holds the browser for one long stretch, and the part a person sees
//! first paints sooner. It only ever adds below what is drawn, so nothing on screen moves.

use std::time::Duration;

use leptos::prelude::*;

/// `children`, drawn after the tasks already queued: each `Later` on a page is a task of its own.
#[component]
pub fn Later(children: Children) -> impl IntoView {
    let children = StoredValue::new_local(Some(children));
    let shown = RwSignal::new(false);
    // A page left meanwhile has dropped the signal: nothing to draw.
    set_timeout(
        move || {
            let _ = shown.try_set(true);
        },
        Duration::ZERO,
    );
    move || {
        shown
            .get()
            .then(|| children.try_update_value(Option::take).flatten().map(|children| untrack(children)))
    }
}
