//! Small bridges to browser APIs the app needs: time zones, local times and the crash notice.

use js_sys::{Array, Date, Function, Intl, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

/// The browser's own IANA time zone, e.g. "Europe/Lisbon".
pub fn browser_timezone() -> Option<String> {
    let options = Intl::DateTimeFormat::new(&Array::new(), &Object::new()).resolved_options();
    Reflect::get(&options, &JsValue::from_str("timeZone")).ok()?.as_string()
}

/// The zones for a picker: every zone the browser knows, plus `current` where the browser
/// spells it differently (Chromium lists "Asia/Katmandu", the database "Asia/Kathmandu").
pub fn timezone_options(current: &str) -> Vec<String> {
    let mut zones = all_timezones();
    if !zones.iter().any(|zone| zone == current) {
        zones.push(current.to_string());
        zones.sort();
    }
    zones
}

/// Every IANA zone the browser knows.
fn all_timezones() -> Vec<String> {
    let zones = || -> Option<Vec<String>> {
        let intl = Reflect::get(&js_sys::global(), &JsValue::from_str("Intl")).ok()?;
        let supported = Reflect::get(&intl, &JsValue::from_str("supportedValuesOf")).ok()?;
        let supported: Function = supported.dyn_into().ok()?;
        let list: Array = supported.call1(&intl, &JsValue::from_str("timeZone")).ok()?.dyn_into().ok()?;
        Some(list.iter().filter_map(|zone| zone.as_string()).collect())
    };
    let mut zones = zones().unwrap_or_default();
    if !zones.iter().any(|zone| zone == "UTC") {
        zones.insert(0, "UTC".to_string());
    }
    zones
}

/// The time now in `timezone`, e.g. "14:05".
pub fn local_time_now(timezone: &str) -> Option<String> {
    let options = Object::new();
    Reflect::set(&options, &"timeZone".into(), &timezone.into()).ok()?;
    Reflect::set(&options, &"hour".into(), &"2-digit".into()).ok()?;
    Reflect::set(&options, &"minute".into(), &"2-digit".into()).ok()?;
    let text = Date::new_0().to_locale_time_string_with_options("en-GB", &options);
    text.as_string()
}

/// An RFC 3339 instant shown in the viewer's zone, e.g. "24 Nov 2026, 14:05".
pub fn local_datetime(rfc3339: &str) -> String {
    let date = Date::new(&JsValue::from_str(rfc3339));
    if date.get_time().is_nan() {
        return rfc3339.to_string();
    }
    let options = Object::new();
    for (key, value) in [("dateStyle", "medium"), ("timeStyle", "short")] {
        let _ = Reflect::set(&options, &key.into(), &value.into());
    }
    date.to_locale_string("en-GB", &options).as_string().unwrap_or_else(|| rfc3339.to_string())
}

fn format(rfc3339: &str, timezone: Option<&str>, pairs: &[(&str, &str)]) -> String {
    let date = Date::new(&JsValue::from_str(rfc3339));
    if date.get_time().is_nan() {
        return rfc3339.to_string();
    }
    let options = Object::new();
    for (key, value) in pairs {
        let _ = Reflect::set(&options, &(*key).into(), &(*value).into());
    }
    if let Some(zone) = timezone {
        let _ = Reflect::set(&options, &"timeZone".into(), &zone.into());
    }
    date.to_locale_string("en-GB", &options).as_string().unwrap_or_else(|| rfc3339.to_string())
}

/// "Tuesday 1 December", in the viewer's zone (or `timezone`).
pub fn day_label(rfc3339: &str, timezone: Option<&str>) -> String {
    format(rfc3339, timezone, &[("weekday", "long"), ("day", "numeric"), ("month", "long")])
}

/// "14:05", in the viewer's zone (or `timezone`).
pub fn time_label(rfc3339: &str, timezone: Option<&str>) -> String {
    format(rfc3339, timezone, &[("hour", "2-digit"), ("minute", "2-digit")])
}

/// A `datetime-local` value (the browser's wall-clock time) as an RFC 3339 instant in UTC.
pub fn local_input_to_rfc3339(local: &str) -> Option<String> {
    let date = Date::new(&JsValue::from_str(local));
    if local.is_empty() || date.get_time().is_nan() {
        return None;
    }
    Some(date.to_iso_string().as_string()?.replace(".000Z", "Z"))
}

/// Whole minutes from now until an RFC 3339 instant, rounded up; None when it has passed.
pub fn minutes_until(rfc3339: &str) -> Option<i64> {
    let left = Date::new(&JsValue::from_str(rfc3339)).get_time() - Date::now();
    (left > 0.0).then(|| (left / 60_000.0).ceil() as i64)
}

/// Puts `text` on the clipboard where the browser allows it (a secure page, after a click).
pub fn copy_text(text: &str) {
    let write = || -> Option<()> {
        let navigator = Reflect::get(&js_sys::global(), &"navigator".into()).ok()?;
        let clipboard = Reflect::get(&navigator, &"clipboard".into()).ok()?;
        let write_text: Function = Reflect::get(&clipboard, &"writeText".into()).ok()?.dyn_into().ok()?;
        write_text.call1(&clipboard, &JsValue::from_str(text)).ok().map(drop)
    };
    let _ = write();
}

/// A fresh random key (for Idempotency-Key).
pub fn random_key() -> String {
    (0..4).map(|_| format!("{:08x}", (js_sys::Math::random() * f64::from(u32::MAX)) as u32)).collect()
}

/// Puts a notice on top of the page, written without the app, which can no longer render. Once:
/// a dead app may panic again on every later event. Its link is `rel="external"` so that the
/// router lets the browser reload instead of handling the click.
pub fn show_crash_notice() {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return;
    };
    if document.query_selector(".crash-notice").ok().flatten().is_some() {
        return;
    }
    if let Some(body) = document.body() {
        let _ = body.insert_adjacent_html(
            "afterbegin",
            r#"<p class="banner banner--error crash-notice" role="alert">Quarterhour stopped working on this page. <a href="" rel="external">Reload the page</a> to carry on.</p>"#,
        );
    }
}
