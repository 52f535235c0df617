//! Quarterhour's browser app (Leptos, client-side rendered).

mod api;
mod app;
mod browser;
mod components;
mod pages;
mod session;

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(app::App);
}
