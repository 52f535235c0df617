use crate::error::ErrorBody;
use crate::insights::{Insights, InsightsPreference};

/// The organization's figures, for its members only.
#[utoipa::path(
    get,
    operation_id = "organization_insights",
    path = "/api/organizations/{domain}/insights",
    tag = "insights",
    params(
        ("domain" = String, Path, description = "The organization's domain"),
        ("period" = Option<String>, Query, description = "`30d`, `90d` (default) or `365d`"),
    ),
    responses(
        (status = 200, description = "Figures from at least 5 distinct people, counts rounded down to a multiple of 5; others `null` with `suppressed: true`.", body = Insights),
        (status = 400, description = "`period` is not 30d, 90d or 365d (`invalid_parameter`).", body = ErrorBody),
        (status = 404, description = "No such organization, or the viewer is not signed in as one of its members.", body = ErrorBody),
        (status = 429, description = "More than 300 insights answers an hour from one client; see `Retry-After`.", body = ErrorBody),
    )
)]
pub fn organization() {}

/// The same figures as CSV, suppressed cells empty.
#[utoipa::path(
    get,
    operation_id = "organization_insights_csv",
    path = "/api/organizations/{domain}/insights.csv",
    tag = "insights",
    params(
        ("domain" = String, Path, description = "The organization's domain"),
        ("period" = Option<String>, Query, description = "`30d`, `90d` (default) or `365d`"),
    ),
    responses(
        (status = 200, description = "`text/csv`: `section,figure,value`.", content_type = "text/csv", body = String),
        (status = 400, description = "`period` is not 30d, 90d or 365d (`invalid_parameter`).", body = ErrorBody),
        (status = 404, description = "No such organization, or the viewer is not signed in as one of its members.", body = ErrorBody),
        (status = 429, description = "More than 300 insights answers an hour from one client; see `Retry-After`.", body = ErrorBody),
    )
)]
pub fn organization_csv() {}

/// The whole network's figures, for everyone.
#[utoipa::path(
    get,
    operation_id = "network_insights",
    path = "/api/insights",
    tag = "insights",
    params(("period" = Option<String>, Query, description = "`30d`, `90d` (default) or `365d`")),
    responses(
        (status = 200, description = "The same figures for the whole network; `skills.mentors_wanted` are the most requested skills with the fewest mentors.", body = Insights),
        (status = 400, description = "`period` is not 30d, 90d or 365d (`invalid_parameter`).", body = ErrorBody),
        (status = 429, description = "More than 300 insights answers an hour from one client; see `Retry-After`.", body = ErrorBody),
    )
)]
pub fn network() {}

/// Whether the signed-in person counts in their organization's insights (on unless turned off).
#[utoipa::path(
    get,
    operation_id = "insights_preference",
    path = "/api/me/insights-preference",
    tag = "insights",
    responses(
        (status = 200, description = "The setting.", body = InsightsPreference),
        (status = 401, description = "Not signed in.", body = ErrorBody),
    )
)]
pub fn preference() {}

/// Leaves or rejoins the organization's figures; the network's figures count everyone.
#[utoipa::path(
    put,
    operation_id = "set_insights_preference",
    path = "/api/me/insights-preference",
    tag = "insights",
    request_body = InsightsPreference,
    responses(
        (status = 200, description = "Saved; the next insights answer follows it.", body = InsightsPreference),
        (status = 401, description = "Not signed in.", body = ErrorBody),
        (status = 422, description = "The body is not `{\"count_in_organization_insights\": bool}`.", body = ErrorBody),
        (status = 429, description = "More than 10 changes an hour; see `Retry-After`.", body = ErrorBody),
    )
)]
pub fn set_preference() {}
