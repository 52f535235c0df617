//! Data from the API on a page: a line while it loads, the failure's banner if it fails, and the
//! view of the value once it is in.

use std::sync::Arc;

use leptos::prelude::*;

use crate::api::{ApiFailure, ApiResult};
use crate::session::Session;

/// Shows `children` with the value of `resource`; while it first loads, the `loading` line; if
/// the call fails, the failure's banner. Reloads keep the current view until the new value is in.
#[component]
pub fn Loaded<T, F, V>(
    resource: LocalResource<ApiResult<T>>,
    /// What is loading, e.g. "Loading your sessions…".
    #[prop(into)]
    loading: String,
    /// For data that makes the whole page: the page's heading above the banner.
    #[prop(optional, into)]
    title: Option<String>,
    /// Shown instead of the banner when the API answers 404.
    #[prop(optional, into)]
    not_found: Option<ViewFn>,
    /// The view of the value.
    children: F,
) -> impl IntoView
where
    T: Clone + 'static,
    F: Fn(T) -> V + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let children = Arc::new(children);
    // Only this closure depends on `T`; the rest is shared by every use.
    let content = move || {
        let (children, not_found, title) = (children.clone(), not_found.clone(), title.clone());
        Suspend::new(async move {
            match resource.await {
                Ok(value) => children(value).into_any(),
                Err(failure) => failure_view(failure, title, not_found),
            }
        })
    };
    loading_frame(loading, Arc::new(content))
}

fn loading_frame(loading: String, content: Arc<dyn Fn() -> Suspend<AnyView> + Send + Sync>) -> AnyView {
    let session = Session::get();
    // Times show in the profile's zone: the data waits until the session says which it is.
    let ready = Memo::new(move |_| session.is_loaded());
    let line = move || view! { <p role="status">{loading.clone()}</p> };
    let fallback = line.clone();
    view! {
        <Transition fallback>
            {move || if ready.get() { content().into_any() } else { line().into_any() }}
        </Transition>
    }
    .into_any()
}

fn failure_view(failure: ApiFailure, title: Option<String>, not_found: Option<ViewFn>) -> AnyView {
    if let Some(not_found) = not_found.filter(|_| failure.status() == Some(404)) {
        return not_found.run();
    }
    let banner = view! { <p class="banner banner--error" role="alert">{failure.message()}</p> };
    match title {
        Some(title) => view! {
            <section class="narrow">
                <h1>{title}</h1>
                {banner}
            </section>
        }
        .into_any(),
        None => banner.into_any(),
    }
}
