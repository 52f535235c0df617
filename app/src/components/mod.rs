pub mod api_status;
pub mod availability_editor;
pub mod book_slots;
pub mod footer;
pub mod form;
pub mod header;
pub mod profile_bits;
pub mod request_bits;
