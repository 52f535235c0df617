//! Pages for signed-in people: a loading line while the session loads, and for visitors who are
//! signed out, why to sign in and the way there.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_location;

use crate::session::Session;
use crate::t;

/// Why to sign in, and the button that goes there. With a `title`, it stands as the whole page.
#[component]
pub fn SignInPrompt(
    #[prop(into)] reason: String,
    #[prop(optional, into)] title: Option<String>,
) -> impl IntoView {
    // Back to this very page after signing in.
    let location = use_location();
    let search = location.search.get_untracked();
    let here = if search.is_empty() {
        location.pathname.get_untracked()
    } else {
        format!("{}?{search}", location.pathname.get_untracked())
    };
    let href = format!("/sign-in?next={}", crate::api::encode(&here));
    let prompt = view! {
        <p>{reason}</p>
        <p><A href=href attr:class="button">{t::shell::sign_in()}</A></p>
    };
    match title {
        Some(title) => view! {
            <section class="narrow" aria-labelledby="page-title">
                <h1 id="page-title">{title}</h1>
                {prompt}
            </section>
        }
        .into_any(),
        None => prompt.into_any(),
    }
}

/// Shows `children` once the session has loaded and someone is signed in; otherwise the
/// sign-in prompt with `reason` (and `title`, for a page of its own).
#[component]
pub fn SignedIn(
    #[prop(into)] reason: String,
    #[prop(optional, into)] title: Option<String>,
    children: ChildrenFn,
) -> impl IntoView {
    let session = Session::get();
    // Memos, so that the page is built again only when signing in or out, not on every refresh.
    let loaded = Memo::new(move |_| session.is_loaded());
    let signed_in = Memo::new(move |_| session.is_signed_in());
    move || match (loaded.get(), signed_in.get(), title.clone()) {
        (false, _, _) => view! { <p>{t::shell::loading()}</p> }.into_any(),
        (true, true, _) => children().into_any(),
        (true, false, Some(title)) => view! { <SignInPrompt reason=reason.clone() title/> }.into_any(),
        (true, false, None) => view! { <SignInPrompt reason=reason.clone()/> }.into_any(),
    }
}
