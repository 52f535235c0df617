//! Open requests: one-off questions a mentee posts and mentors pick up, answering in writing or
//! by offering a slot. Who may see a request, how it moves through its life, and how well it fits
//! a mentor are decided here.

mod fit;
mod input;
mod kinds;
mod lifecycle;
mod wire;

#[cfg(test)]
mod tests;

pub use fit::*;
pub use input::*;
pub use kinds::*;
pub use lifecycle::*;
pub use wire::*;

pub use crate::markdown::parse_text;
pub use crate::profile::Person;
