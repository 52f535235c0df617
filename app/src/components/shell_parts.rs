//! What the header and the footer show after the page itself, in one chunk that the first load
//! does not carry: "I'm free now" for mentors, the zone banner, and the language menu.

use leptos::prelude::*;

pub enum ShellPart {
    /// "I'm free now", for mentors.
    FreeNow,
    /// The offer to use the device's zone, when it differs from the profile's.
    ZoneBanner(RwSignal<bool>),
    /// The footer's language menu.
    LanguageMenu,
}

#[lazy]
pub fn shell_part(part: ShellPart) -> AnyView {
    match part {
        ShellPart::FreeNow => crate::components::free_now::free_now_switch(),
        ShellPart::ZoneBanner(dismissed) => crate::components::zone_banner::zone_banner(dismissed),
        ShellPart::LanguageMenu => crate::components::language_menu::language_menu(),
    }
}
