//! After each navigation the page's main heading names the browser tab and, unless the page has
//! put focus somewhere of its own, takes focus, so that a screen reader announces the new page.

use leptos::prelude::*;
use leptos_router::hooks::use_location;
use wasm_bindgen::JsCast;

/// Whether a navigation is waiting (for a page's chunk), from the router.
#[derive(Clone, Copy)]
pub struct Routing(pub ReadSignal<bool>);

/// Tries for about two seconds: a page may show its heading once its data arrives.
const ATTEMPTS: u32 = 20;

pub fn page_names() -> AnyView {
    let location = use_location();
    let routing = use_context::<Routing>().map(|Routing(signal)| signal);
    let shown = StoredValue::new(None::<String>);
    let home_title = document().title();
    Effect::new(move |_| {
        let path = location.pathname.get();
        if routing.is_some_and(|routing| routing.get()) {
            return;
        }
        let first = shown.with_value(Option::is_none);
        if shown.with_value(|shown| shown.as_deref() == Some(path.as_str())) {
            return;
        }
        shown.set_value(Some(path.clone()));
        let title = if path == "/" { Some(home_title.clone()) } else { None };
        name_page(title, !first, ATTEMPTS);
    });
    ().into_any()
}

/// Names the tab (`title`, or after the heading) and moves focus, on the next frame, when the
/// page has rendered.
fn name_page(title: Option<String>, focus: bool, attempts: u32) {
    request_animation_frame(move || {
        let document = document();
        let Some(heading) = document.query_selector("main h1").ok().flatten() else {
            if attempts > 0 {
                set_timeout(
                    move || name_page(title, focus, attempts - 1),
                    std::time::Duration::from_millis(100),
                );
            }
            return;
        };
        let name =
            heading.text_content().unwrap_or_default().split_whitespace().collect::<Vec<_>>().join(" ");
        document.set_title(&title.unwrap_or_else(|| format!("{name} · Quarterhour")));
        let main = document.query_selector("main").ok().flatten();
        let placed = document
            .active_element()
            .is_some_and(|active| main.is_some_and(|main| main.contains(Some(&active))));
        if focus
            && !placed
            && let Ok(heading) = heading.dyn_into::<web_sys::HtmlElement>()
        {
            if !heading.has_attribute("tabindex") {
                let _ = heading.set_attribute("tabindex", "-1");
            }
            let _ = heading.focus();
        }
    });
}
