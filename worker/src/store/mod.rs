//! All SQL lives under this module, one file per table (or tight group of tables).

pub mod availability;
pub mod bookings;
pub mod directory;
pub mod login_codes;
pub mod organizations;
pub mod outbox;
pub mod profiles;
pub mod rate_events;
pub mod requests;
pub mod threads;
pub mod users;

use worker::wasm_bindgen::JsValue;

pub fn text(value: &str) -> JsValue {
    JsValue::from_str(value)
}

pub fn int(value: i64) -> JsValue {
    // D1 takes numbers; every integer we store is far below 2^53.
    JsValue::from_f64(value as f64)
}

pub fn opt_text(value: Option<&str>) -> JsValue {
    value.map_or(JsValue::NULL, JsValue::from_str)
}

/// A list of tags or codes as the JSON text a column stores.
pub fn json_list(items: &[String]) -> String {
    serde_json::to_string(items).unwrap_or_else(|_| "[]".into())
}

/// Whether a write was refused by a unique index (a race the guard before it could not see).
pub fn is_unique_violation(error: &worker::Error) -> bool {
    error.to_string().contains("UNIQUE constraint failed")
}

/// How many rows a write changed.
pub fn changes(result: &worker::D1Result) -> usize {
    result.meta().ok().flatten().and_then(|meta| meta.changes).unwrap_or(0)
}
