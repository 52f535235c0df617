//! API integration tests. They talk HTTP to a real `wrangler dev` whose address is in
//! `QH_BASE_URL`; `scripts/test.sh` starts one with a throwaway state directory.

// In tests a panic is the failure report, helpers included.
#![allow(clippy::unwrap_used)]

mod accounts;
mod bookings;
mod calendars;
mod client;
mod directory;
mod followups;
mod foundation;
mod insights;
mod mail;
mod matching;
mod requests;
mod site;
mod wrapup;
