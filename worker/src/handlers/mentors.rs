//! Mentor profiles as others see them.

use domain::error::{ApiError, ErrorBody};
use domain::profile::{self, Viewer};
use domain::wire::{MentorEnvelope, Profile};
use worker::Response;

use crate::context::Ctx;
use crate::error::AppError;
use crate::store::profiles;
use crate::views::{self, Audience};
use crate::{http, profile_cache, sessions};

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
    let id = ctx.param("id");
    let viewer = sessions::current(ctx).await?;
    let db = ctx.db()?;

    if viewer.as_ref().is_some_and(|v| v.id == id) {
        let row = profiles::find(&db, id)
            .await?
            .ok_or_else(ApiError::not_found)?;
        return http::json(
            200,
            &MentorEnvelope {
                mentor: views::profile(&row, Audience::Owner),
            },
        );
    }

    let mentor: Profile = match profile_cache::get(ctx, id).await? {
        Some(cached) => cached,
        None => {
            let row = profiles::find(&db, id)
                .await?
                .ok_or_else(ApiError::not_found)?;
            profile_cache::put(ctx, &row).await?
        }
    };
    let viewer = viewer.as_ref().map(|v| Viewer {
        user_id: &v.id,
        organization: v.organization_domain.as_deref(),
    });
    let owner_organization = mentor.organization.as_ref().map(|org| org.domain.as_str());
    // A profile without a name is unfinished, and shown to nobody else.
    if mentor.display_name.is_empty()
        || !profile::can_view(mentor.visibility, &mentor.id, owner_organization, viewer)
    {
        return Err(ApiError::not_found().into());
    }
    http::json(200, &MentorEnvelope { mentor })
}
