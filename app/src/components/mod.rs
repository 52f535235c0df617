pub mod api_status;
pub mod footer;
pub mod form;
pub mod header;
pub mod profile_bits;
