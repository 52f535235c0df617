//! Quarterhour's browser app (Leptos, client-side rendered).

mod api;
mod app;
mod browser;
mod components;
mod i18n;
mod pages;
mod session;
mod t;
mod time;

fn main() {
    // A panic stops the app for good (wasm aborts), so the page says so and offers a reload,
    // which also picks up a newer build when a page's chunk could not be fetched.
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        browser::show_crash_notice();
    }));
    // Into the page's hidden place for it: the first view the HTML came with stays in sight until
    // the app's page has its heading (public/boot.js).
    // In English the app mounts at once; in any other language once its messages are in, so the
    // first paint is already in it.
    let wanted = i18n::preferred();
    if wanted == i18n::Language::ENGLISH {
        mount();
    } else {
        wasm_bindgen_futures::spawn_local(async move {
            let _ = i18n::switch(wanted).await;
            mount();
        });
    }
}

/// Not inlined into the wait for the messages: a future's states would carry it twice.
#[inline(never)]
fn mount() {
    match browser::app_root() {
        Some(root) => leptos::mount::mount_to(root, app::App).forget(),
        None => leptos::mount::mount_to_body(app::App),
    }
}
