//! Small bridges to browser APIs the app needs: time zones, local times and the crash notice.

use js_sys::{Array, Date, Function, Reflect};
use wasm_bindgen::{JsCast, JsValue};

/// The zones for a picker: every zone the browser knows, plus `current` where the browser
/// spells it differently (Chromium lists "Asia/Katmandu", the database "Asia/Kathmandu").
/// The `<option>`s of a time-zone select, `current` selected, as markup for the select's inner
/// HTML: the browser makes its four hundred elements itself, many times faster than the app
/// making them one by one.
pub fn timezone_options_html(current: &str) -> String {
    timezone_options(current).iter().map(|zone| option_html(zone, zone, zone == current)).collect()
}

/// One `<option>` as markup, for a long select's inner HTML.
pub fn option_html(value: &str, label: &str, selected: bool) -> String {
    let escape = |text: &str| text.replace('&', "&amp;").replace('<', "&lt;").replace('"', "&quot;");
    let selected = if selected { " selected" } else { "" };
    format!("<option value=\"{}\"{selected}>{}</option>", escape(value), escape(label))
}

fn timezone_options(current: &str) -> Vec<String> {
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

/// Loads the page again, e.g. after a change that every view on it depends on.
pub fn reload_page() {
    let reload = || -> Option<()> {
        let location = Reflect::get(&js_sys::global(), &"location".into()).ok()?;
        let reload: Function = Reflect::get(&location, &"reload".into()).ok()?.dyn_into().ok()?;
        reload.call0(&location).ok().map(drop)
    };
    let _ = reload();
}

/// The browser's `localStorage` or `sessionStorage` and one of its methods; None where storage
/// is refused (private modes, sandboxed frames).
fn storage(area: &str, method: &str) -> Option<(wasm_bindgen::JsValue, Function)> {
    let storage = Reflect::get(&js_sys::global(), &area.into()).ok()?;
    let method = Reflect::get(&storage, &method.into()).ok()?.dyn_into().ok()?;
    Some((storage, method))
}

/// What `localStorage` holds under `key`.
pub fn stored(key: &str) -> Option<String> {
    let (storage, get) = storage("localStorage", "getItem")?;
    get.call1(&storage, &key.into()).ok()?.as_string()
}

/// Stores `value` under `key` in the browser's `localStorage` and returns what was there; None
/// also where storage is refused.
pub fn swap_stored(key: &str, value: &str) -> Option<String> {
    let previous = stored(key);
    let (storage, set) = storage("localStorage", "setItem")?;
    set.call2(&storage, &key.into(), &value.into()).ok()?;
    previous
}

/// Stores `value` under `key` in `sessionStorage`, for this tab only.
pub fn store_for_tab(key: &str, value: &str) -> Option<()> {
    let (storage, set) = storage("sessionStorage", "setItem")?;
    set.call2(&storage, &key.into(), &value.into()).ok().map(drop)
}

/// A fresh random key (for Idempotency-Key).
pub fn random_key() -> String {
    (0..4).map(|_| format!("{:08x}", (js_sys::Math::random() * f64::from(u32::MAX)) as u32)).collect()
}

/// The element the app is mounted into: `#app`, hidden until the app's page replaces the first
/// view the HTML came with.
pub fn app_root() -> Option<web_sys::HtmlElement> {
    web_sys::window()?.document()?.get_element_by_id("app")?.dyn_into().ok()
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
            &format!(
                r#"<p class="banner banner--error crash-notice" role="alert">{}</p>"#,
                crate::t::shell::crash_notice()
                    .replace('&', "&amp;")
                    .replace('<', "&lt;")
                    .replace("&lt;a>", r#"<a href="" rel="external">"#)
                    .replace("&lt;/a>", "</a>")
            ),
        );
    }
}
