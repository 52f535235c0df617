use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

use crate::api;
use crate::components::api_status::ApiStatusBanner;
use crate::components::shell_parts::{ShellPart, shell_part};
use crate::session::Session;
use crate::t;

#[component]
pub fn Header() -> impl IntoView {
    let session = Session::get();
    let navigate = use_navigate();
    let sign_out = move |_| {
        let navigate = navigate.clone();
        spawn_local(async move {
            if api::sign_out().await.is_ok() {
                session.clear();
                navigate("/", Default::default());
            }
        });
    };
    // Kept for the visit: a person who keeps their profile's zone is not asked on every page.
    let zone_dismissed = RwSignal::new(false);
    let zone_asked = move || !zone_dismissed.get() && session.is_signed_in();
    let unread = move || session.brief().map(|me| me.unread.messages).filter(|count| *count > 0);
    view! {
        <header class="site-header">
            <div class="site-header__inner">
                <A href="/" attr:class="brand">
                    <span class="brand__mark" aria-hidden="true">"¼"</span>
                    <span class="brand__name">"Quarterhour"</span>
                </A>
                <nav aria-label=t::shell::main_navigation() class="main-nav">
                    <ul>
                        // Written out rather than iterated: a static list costs the first load less.
                        <li><A href="/mentors">{t::shell::nav_directory()}</A></li>
                        <li><A href="/requests">{t::shell::nav_requests()}</A></li>
                        <li><A href="/sessions">{t::shell::nav_sessions()}</A></li>
                        <li><A href="/guides">{t::shell::nav_guides()}</A></li>
                        <Show
                            when=move || session.is_signed_in()
                            fallback=|| view! { <li><A href="/sign-in" attr:class="button button--small">{t::shell::sign_in()}</A></li> }
                        >
                            <li><A href="/growth">{t::shell::nav_growth()}</A></li>
                            <Show when=move || session.brief().is_some_and(|me| me.profile.is_mentor)>
                                // In the shell's lazy chunk: only mentors see it.
                                <li><Suspense fallback=|| ()>{Suspend::new(shell_part(ShellPart::FreeNow))}</Suspense></li>
                            </Show>
                            <li>
                                <A href="/messages">
                                    {t::shell::nav_messages()}
                                    {move || unread().map(|count| view! {
                                        <span class="badge nav-badge" aria-hidden="true">{count}</span>
                                        <span class="visually-hidden">{t::shell::unread(count)}</span>
                                    })}
                                </A>
                            </li>
                            <li><A href="/profile">{t::shell::nav_profile()}</A></li>
                            <li>
                                <button type="button" class="button button--small button--secondary" on:click=sign_out.clone()>
                                    {t::shell::sign_out()}
                                </button>
                            </li>
                        </Show>
                    </ul>
                </nav>
            </div>
            <ApiStatusBanner/>
            <Show when=zone_asked>
                // In the shell's lazy chunk, which compares the zones.
                <Suspense fallback=|| ()>{Suspend::new(shell_part(ShellPart::ZoneBanner(zone_dismissed)))}</Suspense>
            </Show>
        </header>
    }
}
