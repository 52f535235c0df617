use crate::error::ErrorBody;
use crate::profile::CareerStage;
use crate::wire::{MentorEnvelope, MentorList};

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
pub fn get() {}

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
pub fn search() {}
