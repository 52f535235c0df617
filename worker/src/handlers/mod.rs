//! One module per resource; each handler decodes its request, applies `domain` rules and encodes
//! the result.

pub mod health;
