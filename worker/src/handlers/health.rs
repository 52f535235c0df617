use domain::wire::Health;
use worker::Response;

use crate::http::{self, AppError};

pub fn get() -> Result<Response, AppError> {
    http::ok(&Health::ok())
}
