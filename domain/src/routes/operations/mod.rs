//! The API's operations as the OpenAPI document describes them, one per route of [`super::ROUTES`]:
//! what each takes and answers, its errors and who may call it. The handlers hold only their
//! logic; the worker's document test builds the document from these.

pub mod auth;
pub mod availability;
pub mod bookings;
pub mod calendars;
pub mod dev;
pub mod insights;
pub mod matches;
pub mod me;
pub mod mentors;
pub mod meta;
pub mod offers;
pub mod outcomes;
pub mod requests;
pub mod threads;
pub mod wrapup;
