//! One module per resource; each handler decodes its request, applies `domain` rules, stores
//! through `store` and encodes the result.

pub mod auth;
pub mod bookings;
pub mod dev;
pub mod health;
pub mod me;
pub mod mentors;
pub mod requests;
pub mod threads;
