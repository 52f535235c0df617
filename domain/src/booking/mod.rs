//! Bookings: availability as mentors write it, the requests that book and change a session, its
//! lifecycle, how both parties see it, and the mail and calendar invites that announce it.

mod availability;
mod input;
mod invite;
mod lifecycle;
mod mail;
mod wire;

#[cfg(test)]
mod tests;

pub use availability::*;
pub use input::*;
pub use invite::*;
pub use lifecycle::*;
pub use mail::*;
pub use wire::*;

pub use crate::side::Side;
