//! Every date and time the app shows, formatted in one place: in the profile's zone when someone
//! is signed in (the zone their mails use), in the device's zone otherwise, and always with the
//! zone named: "17:00 CET", "09:30 GMT-8".

use std::cell::{OnceCell, RefCell};
use std::collections::HashMap;

use js_sys::{Array, Date, Function, Intl, Object, Reflect};
use wasm_bindgen::JsValue;

use crate::session::profile_zone;

thread_local! {
    static DEVICE_ZONE: OnceCell<Option<String>> = const { OnceCell::new() };
    /// Formatters by zone and fields. Making one is what costs (a list of a fortnight's slots
    /// formats thousands of times), and a page uses a handful.
    static FORMATTERS: RefCell<HashMap<String, Function>> = RefCell::new(HashMap::new());
}

/// The device's own IANA zone, e.g. "America/Los_Angeles".
pub fn device_zone() -> Option<String> {
    DEVICE_ZONE.with(|zone| {
        zone.get_or_init(|| {
            let options = Intl::DateTimeFormat::new(&Array::new(), &Object::new()).resolved_options();
            Reflect::get(&options, &JsValue::from_str("timeZone")).ok()?.as_string()
        })
        .clone()
    })
}

/// The zone every time is shown in: the profile's, else the device's.
pub fn viewer_zone() -> String {
    profile_zone().or_else(device_zone).unwrap_or_else(|| "UTC".to_string())
}

/// Whether times follow a signed-in profile rather than the device.
pub fn follows_profile() -> bool {
    profile_zone().is_some()
}

fn format(rfc3339: &str, zone: &str, pairs: &[(&str, &str)]) -> String {
    let date = Date::new(&JsValue::from_str(rfc3339));
    if rfc3339.is_empty() || date.get_time().is_nan() {
        return rfc3339.to_string();
    }
    FORMATTERS
        .with(|formatters| {
            let mut formatters = formatters.borrow_mut();
            let language = crate::i18n::language().intl_tag();
            let key =
                pairs.iter().fold(format!("{language} {zone}"), |key, (name, value)| key + name + value);
            let format = formatters.entry(key).or_insert_with(|| {
                let options = Object::new();
                for (key, value) in pairs.iter().chain([&("timeZone", zone)]) {
                    let _ = Reflect::set(&options, &(*key).into(), &(*value).into());
                }
                Intl::DateTimeFormat::new(&Array::of1(&language.into()), &options).format()
            });
            format.call1(&JsValue::NULL, &date).ok()?.as_string().map(crate::i18n::localized)
        })
        .unwrap_or_else(|| rfc3339.to_string())
}

const DAY: &[(&str, &str)] = &[("weekday", "long"), ("day", "numeric"), ("month", "long")];
const SHORT_DAY: &[(&str, &str)] = &[("weekday", "short"), ("day", "numeric"), ("month", "short")];
const TIME: &[(&str, &str)] = &[("hour", "2-digit"), ("minute", "2-digit"), ("timeZoneName", "short")];

/// "Wednesday 9 December", in the viewer's zone.
pub fn day(rfc3339: &str) -> String {
    format(rfc3339, &viewer_zone(), DAY)
}

/// "17:00 CET", in the viewer's zone.
pub fn time(rfc3339: &str) -> String {
    time_in(rfc3339, &viewer_zone())
}

/// "17:00 IST", in `zone` (another person's local time).
pub fn time_in(rfc3339: &str, zone: &str) -> String {
    format(rfc3339, zone, TIME)
}

/// "Wednesday 9 December, 17:00 CET", in the viewer's zone.
pub fn day_time(rfc3339: &str) -> String {
    if english() {
        return format!("{}, {}", day(rfc3339), time(rfc3339));
    }
    // Each language joins a date and a time its own way ("mercredi 9 décembre à 17:00 UTC").
    format(rfc3339, &viewer_zone(), &[DAY, TIME].concat())
}

fn english() -> bool {
    crate::i18n::language().intl_tag() == "en-GB"
}

/// "Wed 9 Dec, 17:00 CET": the same in little room.
pub fn short_day_time(rfc3339: &str) -> String {
    if english() {
        return format!("{}, {}", short_day(rfc3339), time(rfc3339));
    }
    format(rfc3339, &viewer_zone(), &[SHORT_DAY, TIME].concat())
}

/// "Wed 9 Dec", in the viewer's zone.
pub fn short_day(rfc3339: &str) -> String {
    format(rfc3339, &viewer_zone(), SHORT_DAY)
}

/// "9 Dec 2026, 17:00 CET", for when something happened.
pub fn date_time(rfc3339: &str) -> String {
    let zone = viewer_zone();
    let day = format(rfc3339, &zone, &[("day", "numeric"), ("month", "short"), ("year", "numeric")]);
    format!("{day}, {}", time_in(rfc3339, &zone))
}

/// "Tue 1 Dec 2026" in `zone`, for a record kept beyond the year.
pub fn dated_day_in(rfc3339: &str, zone: &str) -> String {
    format(
        rfc3339,
        zone,
        &[("weekday", "short"), ("day", "numeric"), ("month", "short"), ("year", "numeric")],
    )
}

/// "1 December 2026" in `zone`.
pub fn date_in(rfc3339: &str, zone: &str) -> String {
    format(rfc3339, zone, &[("day", "numeric"), ("month", "long"), ("year", "numeric")])
}

/// The day key ("2026-12-09") of an instant in the viewer's zone, for grouping by day.
pub fn day_key(rfc3339: &str) -> String {
    format(rfc3339, &viewer_zone(), &[("year", "numeric"), ("month", "2-digit"), ("day", "2-digit")])
}

/// The instant `days` whole days from now, RFC 3339 (for the days ahead of a slot picker).
pub fn days_from_now(days: u32) -> String {
    let at = Date::new_0().get_time() + f64::from(days) * 86_400_000.0;
    Date::new(&at.into()).to_iso_string().into()
}

/// The time now in `zone`, e.g. "14:05 IST".
pub fn now_in(zone: &str) -> String {
    let now: String = Date::new_0().to_iso_string().into();
    time_in(&now, zone)
}

/// "Europe/Madrid (CET)": a zone as people read it, for hints beside lists of times.
pub fn zone_label(zone: &str) -> String {
    let now: String = Date::new_0().to_iso_string().into();
    let short = format(&now, zone, &[("timeZoneName", "short")]);
    // en-GB writes the date and time before the name: "05/12/2026, 14:01:16 CET".
    let short = short.rsplit(' ').next().unwrap_or_default();
    if short.is_empty() || short == zone { zone.to_string() } else { format!("{zone} ({short})") }
}

/// The line above a list of times: whose zone they are in.
pub fn zone_hint() -> String {
    let zone = zone_label(&viewer_zone());
    if follows_profile() {
        crate::t::shell::zone_hint_profile(zone)
    } else {
        crate::t::shell::zone_hint_device(zone)
    }
}
