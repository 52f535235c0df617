//! Answers worth reusing, kept in KV as JSON for a while, and the latest of them in this
//! instance's memory too. The cache only saves work: a value that cannot be read counts as
//! missing, and a failed write is logged while the answer still goes out. Keys name the version
//! of what they were computed from, so no copy is ever stale.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

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

/// How many values this instance keeps in memory: a hit there costs no round trip to KV.
const IN_MEMORY: usize = 64;

thread_local! {
    static RECENT: RefCell<VecDeque<(String, Rc<str>)>> = const { RefCell::new(VecDeque::new()) };
}

fn remember(key: &str, json: Rc<str>) {
    RECENT.with_borrow_mut(|recent| {
        if recent.iter().any(|(kept, _)| kept == key) {
            return;
        }
        if recent.len() == IN_MEMORY {
            recent.pop_front();
        }
        recent.push_back((key.to_string(), json));
    });
}

fn recalled(key: &str) -> Option<Rc<str>> {
    RECENT.with_borrow(|recent| recent.iter().find(|(kept, _)| kept == key).map(|(_, json)| json.clone()))
}

pub async fn get<T: DeserializeOwned>(kv: &KvStore, key: &str) -> worker::Result<Option<T>> {
    let json = match recalled(key) {
        Some(json) => json,
        None => match kv.get(key).text().await? {
            Some(json) => {
                let json: Rc<str> = json.into();
                remember(key, json.clone());
                json
            }
            None => return Ok(None),
        },
    };
    Ok(serde_json::from_str(&json).ok())
}

/// A value to keep, already encoded (and in memory at once).
pub struct Entry {
    key: String,
    json: Rc<str>,
    ttl_seconds: u64,
    what: &'static str,
}

impl Entry {
    pub fn new<T: Serialize>(
        key: String,
        value: &T,
        ttl_seconds: u64,
        what: &'static str,
    ) -> serde_json::Result<Self> {
        let json: Rc<str> = serde_json::to_string(value)?.into();
        remember(&key, json.clone());
        Ok(Self { key, json, ttl_seconds, what })
    }

    /// Keeps the value; a failure is logged. In `development`, the switch above can make it fail.
    pub async fn write(self, kv: &KvStore, development: bool) {
        let what = self.what;
        if development && kv.get(WRITES_FAILING).text().await.ok().flatten().is_some() {
            worker::console_error!("caching {what}: writes are switched to fail");
            return;
        }
        let stored = match kv.put(&self.key, &*self.json) {
            Ok(put) => put.expiration_ttl(self.ttl_seconds).execute().await,
            Err(error) => Err(error),
        };
        if let Err(error) = stored {
            worker::console_error!("caching {what}: {error}");
        }
    }
}
