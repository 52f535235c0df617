//! One module per resource. Each handler parses its request, authorizes it, asks a service and
//! renders a view; no handler calls another handler module.

pub mod auth;
pub mod availability;
pub mod bookings;
pub mod calendars;
pub mod dev;
pub mod health;
pub mod insights;
pub mod matches;
pub mod me;
pub mod mentors;
pub mod offers;
pub mod outcomes;
pub mod pages;
pub mod requests;
pub mod site;
pub mod threads;
pub mod wrapup;
