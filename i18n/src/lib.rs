//! What Quarterhour writes to people, in their language: mails (and later the rest) from the
//! Fluent catalogues under `locales/`, one file per language and area, with CLDR plural rules
//! and each language's own names of days and months. English is the source; a test keeps every
//! other catalogue complete.

pub mod app;
mod catalog;
mod dates;
pub mod errors;
mod languages;
pub mod mail;

pub use catalog::{Catalog, errors_source, fit_source, source};
