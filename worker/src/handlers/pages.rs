//! The app's pages: its HTML for every page it routes (200) and for any other address (404),
//! where the app shows its own "not found". A public mentor's page also carries their card for
//! link previews and search engines.

use domain::error::ErrorCode;
use domain::ids::UserId;
use domain::pages::{Page, page_for};
use worker::Response;

use crate::http::{self, AppError, Ctx};
use crate::services::directory;
use crate::views;

pub async fn get(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    let path = ctx.req.path();
    let shell = http::asset_text(ctx.env, "/").await?;
    match page_for(&path, ctx.is_development()) {
        Page::App => html(200, shell),
        Page::Mentor(id) if domain::ids::is_well_formed(id) => {
            // As anyone sees it: a page that previews and search engines keep names no one
            // the public may not see.
            match directory::public_profile(ctx, &UserId::from(id.to_string()), None).await {
                Ok(mentor) => html(200, views::page::mentor(&shell, &mentor, &ctx.link(&path))),
                Err(AppError::Api(error)) if error.code == ErrorCode::NotFound => html(404, shell),
                Err(error) => Err(error),
            }
        }
        Page::Mentor(_) | Page::NotFound => html(404, shell),
    }
}

fn html(status: u16, body: String) -> Result<Response, AppError> {
    let response = Response::builder().with_status(status).fixed(body.into_bytes());
    response.headers().set("content-type", "text/html; charset=utf-8")?;
    // Revalidated every time, like the shell itself: it names the build's code.
    response.headers().set("cache-control", "public, max-age=0, must-revalidate")?;
    Ok(response)
}
