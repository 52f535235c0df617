//! The skills the network asks about most and has fewest mentors for: shown where one decides
//! to mentor (the home page's invitation and the profile's Mentoring section).

use leptos::prelude::*;
use leptos::task::spawn_local;

/// Nothing at all while the figures load, when they cannot be read, or when no skill is wanted.
/// A plain signal filled once rather than a resource: less code in the chunks that carry it.
#[component]
pub fn MentorsWanted() -> impl IntoView {
    let wanted = RwSignal::new(Vec::<String>::new());
    spawn_local(async move {
        // Gone already when the visitor left the page: nothing to show it in.
        let _ = wanted.try_set(crate::api::mentors_wanted().await);
    });
    move || wanted.with(|tags| wanted_line(tags.clone()))
}

/// "Mentors wanted: kubernetes, technical writing", or nothing when no skill is wanted.
pub fn wanted_line(tags: Vec<String>) -> Option<impl IntoView> {
    (!tags.is_empty()).then(|| {
        view! { <p class="mentors-wanted"><strong>{crate::t::home::mentors_wanted()}" "</strong>{tags.join(", ")}</p> }
    })
}
