pub mod api_status;
pub mod footer;
pub mod header;
