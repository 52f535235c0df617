use crate::error::ErrorBody;
use crate::growth::Growth;
use crate::outcome::{MyImpact, OutcomeEnvelope, OutcomeInput};

/// The mentee's outcome of a held session or an answered question, null until they say.
#[utoipa::path(
    get,
    operation_id = "my_outcome",
    path = "/api/outcomes/{kind}/{id}",
    tag = "after the session",
    params(
        ("kind" = String, Path, description = "`booking` or `request`"),
        ("id" = String, Path, description = "The booking's or the request's id"),
    ),
    responses(
        (status = 200, description = "The outcome, or null.", body = OutcomeEnvelope),
        (status = 401, description = "Not signed in.", body = ErrorBody),
        (status = 404, description = "No such session or question of which the viewer is the mentee.", body = ErrorBody),
    )
)]
pub fn get() {}

/// Says what came of a held session or an accepted answer; the mentor sees it only when
/// `share_with_mentor` is true. May be changed at any time.
#[utoipa::path(
    put,
    operation_id = "record_outcome",
    path = "/api/outcomes/{kind}/{id}",
    tag = "after the session",
    params(
        ("kind" = String, Path, description = "`booking` or `request`"),
        ("id" = String, Path, description = "The booking's or the request's id"),
    ),
    request_body = OutcomeInput,
    responses(
        (status = 200, description = "Saved.", body = OutcomeEnvelope),
        (status = 401, description = "Not signed in.", body = ErrorBody),
        (status = 404, description = "No such session or question of which the viewer is the mentee.", body = ErrorBody),
        (status = 422, description = "The session was not held or no answer is accepted (`too_early`), or a field breaks its rule (`field` names it).", body = ErrorBody),
        (status = 429, description = "More than 60 reports, feedback and outcomes an hour; see `Retry-After`.", body = ErrorBody),
    )
)]
pub fn put() {}

/// The signed-in mentor's impact, with what mentees chose to share of their outcomes.
#[utoipa::path(
    get,
    operation_id = "my_impact",
    path = "/api/me/impact",
    tag = "after the session",
    responses(
        (status = 200, description = "Totals as on the public profile, and the shared outcomes, newest first.", body = MyImpact),
        (status = 401, description = "Not signed in.", body = ErrorBody),
    )
)]
pub fn my_impact() {}

/// The signed-in user's growth record: sessions and answers given and received, their own notes
/// and next steps, outcomes and kudos, by month in their zone.
#[utoipa::path(
    get,
    operation_id = "my_growth",
    path = "/api/me/growth",
    tag = "after the session",
    responses(
        (status = 200, description = "The record, newest month first.", body = Growth),
        (status = 401, description = "Not signed in.", body = ErrorBody),
    )
)]
pub fn growth() {}

/// The growth record as a Markdown document for a performance review or development plan: no
/// one's e-mail address, other people by display name only.
#[utoipa::path(
    get,
    operation_id = "my_growth_markdown",
    path = "/api/me/growth.md",
    tag = "after the session",
    responses(
        (status = 200, description = "`text/markdown`, as a download named growth.md.", content_type = "text/markdown", body = String),
        (status = 401, description = "Not signed in.", body = ErrorBody),
    )
)]
pub fn growth_markdown() {}
