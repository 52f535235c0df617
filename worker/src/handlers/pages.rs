//! The app's pages: its HTML for every page it routes (200) and for any other address (404),
//! where the app shows its own "not found", each with the first view it paints before the app
//! runs. A public mentor's page also carries their card for link previews and search engines.

use domain::error::ErrorCode;
use domain::ids::UserId;
use domain::locale::Locale;
use domain::pages::{NOT_FOUND, Page, intro_for, page_for};
use worker::Response;

use crate::http::{AppError, Ctx};
use crate::services::directory;
use crate::sessions;
use crate::views::{self, first_view, first_view::Main};

pub async fn get(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    let path = ctx.req.path();
    let shell = crate::app_ctx::asset_text(ctx.env, "/").await?;
    let signed_in = sessions::has_cookie(ctx);
    let language = reader_language(ctx);
    let first = |main: Main<'_>| {
        first_view::in_language(first_view::render(&shell, &path, main, signed_in), language)
    };
    match page_for(&path, ctx.is_development()) {
        // A person's own home needs the app; a visitor's first screen does not.
        Page::App if path == "/" => html(200, first(if signed_in { Main::Pending } else { Main::Home })),
        Page::App => match intro_for(&path) {
            Some(intro) => html(200, views::page::titled(&first(Main::Intro(intro)), intro.heading)),
            None => html(200, first(Main::Pending)),
        },
        Page::Mentor(id) if domain::ids::is_well_formed(id) => {
            // As anyone sees it: a page that previews and search engines keep names no one
            // the public may not see.
            match directory::public_profile(ctx, &UserId::from(id.to_string()), None).await {
                Ok(row) => {
                    let mentor = views::profile(&row, views::Audience::Others);
                    let page = first(Main::Mentor(&mentor));
                    html(200, views::page::mentor(&page, &mentor, &ctx.link(&path)))
                }
                Err(AppError::Api(error)) if error.code == ErrorCode::NotFound => not_found(first),
                Err(error) => Err(error),
            }
        }
        Page::Mentor(_) | Page::NotFound => not_found(first),
    }
}

/// The language the app will paint in for this reader: the one chosen on this device (the app's
/// `qh-language` cookie), else the browser's first that Quarterhour speaks; None for English.
fn reader_language(ctx: &Ctx<'_>) -> Option<&'static str> {
    let chosen = ctx.header("cookie").and_then(|header| {
        let value = header
            .split(';')
            .filter_map(|pair| pair.trim().split_once('='))
            .find(|(name, _)| *name == "qh-language")?
            .1;
        if value == "en-XA" {
            return Some("en-XA");
        }
        Locale::from_tag(value).map(Locale::tag)
    });
    let tag = chosen.or_else(|| {
        ctx.header("accept-language").and_then(|h| Locale::from_accept_language(&h)).map(Locale::tag)
    });
    tag.filter(|tag| *tag != "en")
}

fn not_found(first: impl Fn(Main<'_>) -> String) -> Result<Response, AppError> {
    html(404, views::page::titled(&first(Main::Intro(&NOT_FOUND)), NOT_FOUND.heading))
}

fn html(status: u16, body: String) -> Result<Response, AppError> {
    let response = Response::builder().with_status(status).fixed(body.into_bytes());
    response.headers().set("content-type", "text/html; charset=utf-8")?;
    // Revalidated every time, like the shell itself: it names the build's code.
    response.headers().set("cache-control", "public, max-age=0, must-revalidate")?;
    // The first view differs with and without a session cookie, and by language.
    response.headers().set("vary", "cookie, accept-language")?;
    Ok(response)
}
