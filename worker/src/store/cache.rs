//! Answers worth reusing, kept in KV as JSON for a while. The cache only saves work: a value
//! that cannot be read counts as missing, and a failed write is logged while the answer still
//! goes out.

use serde::Serialize;
use serde::de::DeserializeOwned;
use worker::kv::KvStore;

/// Set in development only (`PUT /api/dev/cache-writes`): every write fails.
const WRITES_FAILING: &str = "dev:cache-writes-failing";

pub async fn set_writes_failing(kv: &KvStore, failing: bool) -> worker::Result<()> {
    if failing {
        kv.put(WRITES_FAILING, "1")?.execute().await?;
    } else {
        kv.delete(WRITES_FAILING).await?;
    }
    Ok(())
}

pub async fn get<T: DeserializeOwned>(kv: &KvStore, key: &str) -> worker::Result<Option<T>> {
    Ok(kv.get(key).text().await?.and_then(|json| serde_json::from_str(&json).ok()))
}

/// Keeps `value` under `key` for `ttl_seconds`; `what` names it in the log when that fails. In
/// `development`, the switch above can make it fail.
pub async fn put<T: Serialize>(
    kv: &KvStore,
    development: bool,
    key: &str,
    value: &T,
    ttl_seconds: u64,
    what: &str,
) {
    if development && kv.get(WRITES_FAILING).text().await.ok().flatten().is_some() {
        worker::console_error!("caching {what}: writes are switched to fail");
        return;
    }
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
