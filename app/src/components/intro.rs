//! Sentences with links in them, from the catalogues: translators place the links (`<a>…</a>`)
//! where their language puts them.

use leptos::prelude::*;
use leptos_router::components::A;

/// A message whose links are written `<a>…</a>` (so that translators place them), each opening
/// the next of `hrefs`.
pub fn linked(message: String, hrefs: &'static [&'static str]) -> AnyView {
    let mut runs = Vec::new();
    let mut rest = message.as_str();
    let mut hrefs = hrefs.iter();
    while let Some((before, after)) = rest.split_once("<a>") {
        let (link, after) = after.split_once("</a>").unwrap_or((after, ""));
        runs.push(before.to_owned().into_any());
        let href = hrefs.next().copied().unwrap_or("/");
        let link = link.to_owned();
        runs.push(view! { <A href=href>{link}</A> }.into_any());
        rest = after;
    }
    runs.push(rest.to_owned().into_any());
    runs.into_iter().collect_view().into_any()
}

/// A message with one link written `<a>…</a>` to an address known only at run time.
pub fn linked_to(message: String, href: String) -> AnyView {
    let (before, rest) = message.split_once("<a>").unwrap_or((&message, ""));
    let (link, after) = rest.split_once("</a>").unwrap_or((rest, ""));
    let (before, link, after) = (before.to_owned(), link.to_owned(), after.to_owned());
    view! { {before}<A href=href>{link}</A>{after} }.into_any()
}
