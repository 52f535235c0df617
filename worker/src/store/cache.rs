//! Answers worth reusing, kept in KV as JSON for a while. The cache only saves work: a value
//! that cannot be read counts as missing, and a failed write is logged while the answer still
//! goes out.

use serde::Serialize;
use serde::de::DeserializeOwned;
use worker::kv::KvStore;

pub async fn get<T: DeserializeOwned>(kv: &KvStore, key: &str) -> worker::Result<Option<T>> {
    Ok(kv.get(key).text().await?.and_then(|json| serde_json::from_str(&json).ok()))
}

/// Keeps `value` under `key` for `ttl_seconds`; `what` names it in the log when that fails.
pub async fn put<T: Serialize>(kv: &KvStore, key: &str, value: &T, ttl_seconds: u64, what: &str) {
    let stored = match serde_json::to_string(value) {
        Ok(json) => match kv.put(key, json) {
            Ok(put) => put.expiration_ttl(ttl_seconds).execute().await,
            Err(error) => Err(error),
        },
        Err(error) => Err(error.into()),
    };
    if let Err(error) = stored {
        worker::console_error!("caching {what}: {error}");
    }
}
