pub mod directory;
pub mod home;
pub mod not_found;
pub mod requests;
pub mod sessions;
pub mod sign_in;
