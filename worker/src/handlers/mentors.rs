//! Mentor profiles as others see them, and the directory search.

use domain::directory::Search;
use domain::error::ErrorBody;
use domain::ids::UserId;
use domain::profile::CareerStage;
use domain::wire::{MentorEnvelope, MentorList};
use worker::Response;

use crate::http::{self, AppError, Ctx};
use crate::services::{accounts, directory, wrapup};
use crate::views::{self, Audience};

/// One profile, if the viewer may see it; otherwise 404, exactly as if it did not exist.
#[utoipa::path(
    get,
    operation_id = "mentor",
    path = "/api/mentors/{id}",
    tag = "mentors",
    params(("id" = String, Path, description = "The user's id")),
    responses(
        (status = 200, description = "The profile.", body = MentorEnvelope),
        (status = 404, description = "No such profile, or not visible to this viewer.", body = ErrorBody),
    )
)]
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

/// Searches the directory. Visibility rules hold in every result, count and facet.
#[utoipa::path(
    get,
    operation_id = "search_mentors",
    path = "/api/mentors",
    tag = "mentors",
    params(
        ("q" = Option<String>, Query, description = "Words to find in name, headline, bio and expertise"),
        ("expertise" = Option<Vec<String>>, Query, description = "Skills; repeat for several, all must match", explode = true),
        ("organization" = Option<String>, Query, description = "Only mentors at this organization's domain"),
        ("exclude_organization" = Option<String>, Query, description = "No mentors from this domain (e.g. your own)"),
        ("language" = Option<String>, Query, description = "ISO 639-1 code the mentor speaks"),
        ("career_stage" = Option<CareerStage>, Query, description = "The mentor's career stage"),
        ("tz_overlap_hours" = Option<u32>, Query, minimum = 1, maximum = 9, description = "At least this many 09:00-18:00 hours shared with the viewer's zone"),
        ("viewer_timezone" = Option<String>, Query, description = "The viewer's IANA zone; defaults to the signed-in profile's, else UTC"),
        ("available_within_days" = Option<u32>, Query, minimum = 1, maximum = 60, description = "Has a free slot within this many days"),
        ("available_now" = Option<bool>, Query, description = "Only mentors who are free right now (\"I'm free now\") with a slot still bookable"),
        ("sort" = Option<String>, Query, description = "relevance (default with q), newest (default without), or soonest"),
        ("limit" = Option<u32>, Query, minimum = 1, maximum = 50, description = "Page size, default 20"),
        ("cursor" = Option<String>, Query, description = "`meta.next_cursor` of the previous page"),
    ),
    responses(
        (status = 200, description = "One page of mentors, the total and facet counts.", body = MentorList),
        (status = 400, description = "A parameter is malformed (`invalid_parameter`, `field` names it).", body = ErrorBody),
        (status = 429, description = "More than 120 searches a minute from this client; see `Retry-After`.", body = ErrorBody),
    )
)]
pub async fn search(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    let url = ctx.req.url()?;
    let pairs: Vec<_> = url.query_pairs().collect();
    let search = Search::parse(pairs.iter().map(|(k, v)| (k.as_ref(), v.as_ref())))?;
    let viewer = ctx.viewer().await?;
    let page = directory::search(ctx, &search, viewer.as_ref()).await?;
    let list: MentorList = views::mentor::list(page.rows, page.summary, page.next_cursor);
    http::ok(&list)
}
