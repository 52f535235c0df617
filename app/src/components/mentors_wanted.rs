//! "Mentors wanted: …": the skills the network asks about most and has fewest mentors for, from
//! the network's insights. On the profile, where one decides to mentor, and on the home page,
//! where it is a lazy piece of its own so that the first load does not carry it.

use leptos::prelude::*;

#[component]
pub fn MentorsWanted() -> impl IntoView {
    let wanted = LocalResource::new(crate::api::mentors_wanted);
    move || {
        wanted.get().filter(|tags| !tags.is_empty()).map(|tags| {
            view! { <p class="hint mentors-wanted"><strong>"Mentors wanted: "</strong>{tags.join(", ")}</p> }
        })
    }
}

/// The view, for the home page's lazy piece.
pub fn mentors_wanted() -> AnyView {
    view! { <MentorsWanted/> }.into_any()
}
