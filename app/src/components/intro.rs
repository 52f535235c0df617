//! Sentences with links or marked words in them, from the catalogues: translators place the
//! links (`<a>…</a>`) and marked words (`<strong>…</strong>`) where their language puts them.

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

/// A message with one part marked `<tag>…</tag>` (a name, a link, words in bold): its text around
/// that part, and `mark` of the part's words, so that translations place the part themselves.
pub fn marked(message: String, tag: &str, mark: impl FnOnce(String) -> AnyView) -> AnyView {
    let (open, close) = (format!("<{tag}>"), format!("</{tag}>"));
    let Some((before, rest)) = message.split_once(&open) else {
        return message.into_any();
    };
    let (inside, after) = rest.split_once(&close).unwrap_or((rest, ""));
    let (before, after) = (before.to_owned(), after.to_owned());
    view! { {before} {mark(inside.to_owned())} {after} }.into_any()
}

/// A message with a name in `<strong>…</strong>`, drawn with the name in bold.
pub fn bold(message: String) -> AnyView {
    marked(message, "strong", |words| view! { <strong>{words}</strong> }.into_any())
}
