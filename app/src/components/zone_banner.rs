//! When the device is in another zone than the profile, says which one times follow and offers
//! to move the profile to the device's zone (or to keep it, for this visit).

use domain::profile::ProfileUpdate;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api::{self, ApiFailure};
use crate::session::Session;
use crate::{t, time};

/// The banner's view, for the shell's lazy chunk.
pub fn zone_banner(dismissed: RwSignal<bool>) -> AnyView {
    view! { <ZoneBanner dismissed/> }.into_any()
}

/// Follows the session: the banner goes once the profile takes the device's zone.
#[component]
fn ZoneBanner(dismissed: RwSignal<bool>) -> impl IntoView {
    let session = Session::get();
    let device = time::device_zone().unwrap_or_default();
    let profile = Memo::new(move |_| session.me().map(|me| me.profile.timezone).unwrap_or_default());
    move || {
        let profile = profile.get();
        (!device.is_empty() && device != profile)
            .then(|| view! { <Banner device=device.clone() profile dismissed/> })
    }
}

#[component]
fn Banner(device: String, profile: String, dismissed: RwSignal<bool>) -> impl IntoView {
    let failure = RwSignal::new(None::<ApiFailure>);
    let update = {
        let device = device.clone();
        move |_| {
            let device = device.clone();
            spawn_local(async move {
                let update = ProfileUpdate { timezone: Some(device), ..ProfileUpdate::default() };
                match api::update_profile(update).await {
                    // Every time on the page was drawn in the old zone: draw them again.
                    Ok(_) => crate::browser::reload_page(),
                    Err(error) => failure.set(Some(error)),
                }
            });
        }
    };
    view! {
        <div class="banner zone-banner" role="region" aria-label=t::home::zone_banner_label()>
            <p>
                {t::home::zone_banner_text(time::zone_label(&profile), time::zone_label(&device))}
            </p>
            <button type="button" class="button button--small" on:click=update>
                {t::home::zone_banner_use(&device)}
            </button>
            <button type="button" class="button button--small button--secondary" on:click=move |_| dismissed.set(true)>
                {t::home::zone_banner_keep(&profile)}
            </button>
            {move || failure.get().map(|f| view! { <p class="field-error" role="alert">{f.message()}</p> })}
        </div>
    }
}
