//! Sessions in KV, under `session:<user id>:<sha256(secret)>`: signing out everywhere (account
//! deletion) is a prefix listing, and a KV dump holds no token. The cookie that carries a
//! session is the API's (`sessions` in the API Worker).

use domain::ids::UserId;
use worker::{KvError, KvStore, console_error};

use crate::crypto;

/// Where the session whose cookie holds `<user_id>.<secret>` is kept.
pub fn key(user_id: &str, secret: &str) -> String {
    format!("session:{user_id}:{}", crypto::sha256_hex(&[secret]))
}

/// Ends every session of a user (account deletion).
pub async fn end_all(kv: &KvStore, user: &UserId) -> Result<(), KvError> {
    let prefix = format!("session:{user}:");
    let mut cursor = None;
    loop {
        let mut list = kv.list().prefix(prefix.clone());
        if let Some(cursor) = cursor.take() {
            list = list.cursor(cursor);
        }
        let page = list.execute().await?;
        for key in &page.keys {
            if let Err(error) = kv.delete(&key.name).await {
                console_error!("deleting a session: {error}");
            }
        }
        if page.list_complete {
            return Ok(());
        }
        cursor = page.cursor;
    }
}
