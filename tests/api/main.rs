//! API integration tests. They talk HTTP to a real `wrangler dev` whose address is in
//! `QH_BASE_URL`; `scripts/test.sh` starts one with a throwaway state directory.

mod accounts;
mod client;
mod foundation;
