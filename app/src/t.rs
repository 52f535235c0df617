//! The app's messages in English, one function per message of `locales/en/app-<area>.ftl`
//! (`sign-in` is `t::shell::sign_in()`), each in the reader's language once theirs is loaded.

include!(concat!(env!("OUT_DIR"), "/messages.rs"));
