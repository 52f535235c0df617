//! The use cases: what combines the store, the domain's rules and mail. Any handler or job may
//! call them; they know nothing of HTTP beyond the request context.

pub mod accounts;
pub mod availability;
pub mod booking;
#[cfg(feature = "jobs")]
pub mod calendar_reads;
pub mod calendars;
#[cfg(feature = "jobs")]
pub mod demo;
pub mod directory;
pub mod growth;
pub mod insights;
#[cfg(feature = "jobs")]
pub mod insights_refresh;
pub mod invites;
pub mod matching;
pub mod outcomes;
pub mod personal_data;
pub mod requests;
pub mod sign_in;
pub mod threads;
pub mod wrapup;
