//! What crawlers read: `robots.txt` and the sitemaps of public mentors' pages, cached for an
//! hour wherever they pass (the directory changes by the minute, crawlers come by the day).

use domain::error::ApiError;
use worker::Response;

use crate::http::{AppError, Ctx};
use crate::store::directory;
use crate::views::site::{self, SITEMAP_URLS};

pub fn robots(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    text(site::robots(&ctx.origin()), "text/plain; charset=utf-8")
}

pub async fn sitemap_index(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    let pages = directory::public_count(&ctx.db()?).await?.div_ceil(SITEMAP_URLS);
    text(site::sitemap_index(&ctx.origin(), pages), "application/xml; charset=utf-8")
}

/// `/sitemap/{page}.xml`, from 1; a page past the last is 404.
pub async fn sitemap(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    let page: u64 = ctx
        .param("page")
        .parse()
        .ok()
        .filter(|page| *page >= 1 && *page <= u64::MAX / SITEMAP_URLS)
        .ok_or_else(ApiError::not_found)?;
    let db = ctx.db()?;
    let listings = directory::public_page(&db, page - 1, SITEMAP_URLS).await?;
    if listings.is_empty() && page > 1 {
        return Err(ApiError::not_found().into());
    }
    let ids: Vec<&str> = listings.iter().map(|listing| listing.user_id.as_str()).collect();
    text(site::sitemap(&ctx.origin(), page, &ids), "application/xml; charset=utf-8")
}

fn text(body: String, content_type: &str) -> Result<Response, AppError> {
    let response = Response::builder().with_status(200).fixed(body.into_bytes());
    response.headers().set("content-type", content_type)?;
    response.headers().set("cache-control", "public, max-age=3600")?;
    Ok(response)
}
