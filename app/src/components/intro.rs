//! A page's lead from `domain::pages`: the worker's first view paints the same words before the
//! app runs, so the page reads the same when the app takes over.

use domain::pages::Words;
use leptos::prelude::*;
use leptos_router::components::A;

pub fn words(lead: &'static [Words]) -> AnyView {
    lead.iter()
        .map(|words| match *words {
            Words::Text(text) => text.into_any(),
            Words::Link { href, text } => view! { <A href=href>{text}</A> }.into_any(),
        })
        .collect_view()
        .into_any()
}
