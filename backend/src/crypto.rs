//! Randomness and hashing for ids, codes and session tokens.

use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};

use crate::error::AppError;

pub fn random_bytes<const N: usize>() -> Result<[u8; N], AppError> {
    let mut bytes = [0u8; N];
    getrandom::fill(&mut bytes).map_err(|e| AppError::Internal(format!("randomness: {e}")))?;
    Ok(bytes)
}

pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// A fresh unguessable identifier, 128 bits as 32 hex digits.
pub fn new_id() -> Result<String, AppError> {
    Ok(hex(&random_bytes::<16>()?))
}

/// SHA-256 over the parts, separated so that ("ab", "c") and ("a", "bc") differ.
pub fn sha256_hex(parts: &[&str]) -> String {
    let mut hasher = Sha256::new();
    for part in parts {
        hasher.update((part.len() as u64).to_le_bytes());
        hasher.update(part.as_bytes());
    }
    hex(&hasher.finalize())
}

/// HMAC-SHA-256 of the parts (separated as in `sha256_hex`) under `key`.
pub fn hmac_sha256_hex(key: &str, parts: &[&str]) -> String {
    // Any key length is valid for HMAC, so this cannot fail.
    let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(key.as_bytes()) else { return String::new() };
    for part in parts {
        mac.update(&(part.len() as u64).to_le_bytes());
        mac.update(part.as_bytes());
    }
    hex(&mac.finalize().into_bytes())
}

/// Compares secrets without leaking, through timing, how much of them matched.
pub fn constant_time_eq(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.bytes().zip(b.bytes()).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}
