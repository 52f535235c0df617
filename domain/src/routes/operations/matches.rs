use crate::error::ErrorBody;
use crate::matching::{MatchInput, MatchesEnvelope};

/// Suggests mentors for a goal in the person's own words. Signed in or not; a signed-in viewer's
/// zone, languages, organization and career stage refine it. Nobody is suggested to someone who
/// may not see them.
#[utoipa::path(
    post,
    operation_id = "matches",
    path = "/api/matches",
    tag = "mentors",
    request_body = MatchInput,
    responses(
        (status = 200, description = "The best mentors first, what the goal was understood to ask, and the goal as a draft question.", body = MatchesEnvelope),
        (status = 422, description = "`goal`, `format`, `within_days`, `limit` or `languages` is out of range (`field` names it).", body = ErrorBody),
        (status = 429, description = "More than 30 matches a minute from this client; see `Retry-After`.", body = ErrorBody),
    )
)]
pub fn find() {}
