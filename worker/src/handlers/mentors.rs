//! Mentor profiles as others see them, and the directory search.

use domain::directory::Search;
use domain::ids::UserId;
use domain::wire::{MentorEnvelope, MentorList};
use worker::Response;

use crate::http::{self, AppError, Ctx};
use crate::services::{accounts, directory, wrapup};
use crate::views::{self, Audience};

pub async fn get(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    let id: UserId = ctx.id("id")?;
    let viewer = ctx.viewer().await?;
    let mentor = if viewer.as_ref().is_some_and(|v| v.id == id) {
        views::profile(&accounts::profile_of(ctx, &id).await?, Audience::Owner)
    } else {
        views::profile(&directory::public_profile(ctx, &id, viewer.as_ref()).await?, Audience::Others)
    };
    // Asked only once the profile is known to be visible: totals, never one rating or person.
    let impact = views::wrapup::impact(&wrapup::impact(ctx, &id).await?);
    http::ok(&MentorEnvelope { mentor, impact })
}

pub async fn search(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    let url = ctx.req.url()?;
    let pairs: Vec<_> = url.query_pairs().collect();
    let search = Search::parse(pairs.iter().map(|(k, v)| (k.as_ref(), v.as_ref())))?;
    let viewer = ctx.viewer().await?;
    let page = directory::search(ctx, &search, viewer.as_ref()).await?;
    let list: MentorList = views::mentor::list(page.rows, page.summary, page.next_cursor);
    http::ok(&list)
}
