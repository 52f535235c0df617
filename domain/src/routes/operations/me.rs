use crate::error::ErrorBody;
use crate::profile::ProfileUpdate;
use crate::wire::{Export, Me, OrganizationEnvelope, OrganizationUpdate, ProfileEnvelope, Session};

/// The signed-in user and their profile.
#[utoipa::path(
    get,
    operation_id = "me",
    path = "/api/me",
    tag = "me",
    responses(
        (status = 200, description = "The signed-in user.", body = Me),
        (status = 401, description = "Not signed in (`unauthenticated`).", body = ErrorBody),
    )
)]
pub fn get() {}

/// Who is signed in: the app asks this on every visit, so an anonymous one is a 200, not a 401.
#[utoipa::path(
    get,
    operation_id = "session",
    path = "/api/session",
    tag = "me",
    responses(
        (status = 200, description = "`user` is what `GET /api/me` answers, or null when nobody is signed in.", body = Session),
    )
)]
pub fn session() {}

/// Changes the profile. Fields left out keep their values.
#[utoipa::path(
    put,
    operation_id = "update_profile",
    path = "/api/me/profile",
    tag = "me",
    request_body = ProfileUpdate,
    responses(
        (status = 200, description = "The profile as saved.", body = ProfileEnvelope),
        (status = 401, description = "Not signed in.", body = ErrorBody),
        (status = 422, description = "A field breaks a rule; `field` names it.", body = ErrorBody),
        (status = 429, description = "More than 60 profile changes an hour; see `Retry-After`.", body = ErrorBody),
    )
)]
pub fn update_profile() {}

/// Renames the organization; only its first member may.
#[utoipa::path(
    put,
    operation_id = "rename_organization",
    path = "/api/me/organization",
    tag = "me",
    request_body = OrganizationUpdate,
    responses(
        (status = 200, description = "The organization as renamed.", body = OrganizationEnvelope),
        (status = 401, description = "Not signed in.", body = ErrorBody),
        (status = 403, description = "Not this organization's first member (`forbidden`), or sent from another site.", body = ErrorBody),
        (status = 404, description = "The user belongs to no organization.", body = ErrorBody),
        (status = 422, description = "The name breaks a rule.", body = ErrorBody),
    )
)]
pub fn rename_organization() {}

/// Everything stored about the signed-in user, as one JSON document.
#[utoipa::path(
    get,
    operation_id = "export_me",
    path = "/api/me/export",
    tag = "me",
    responses(
        (status = 200, description = "All of the user's data.", body = Export),
        (status = 401, description = "Not signed in.", body = ErrorBody),
    )
)]
pub fn export() {}

/// Deletes the account and everything stored about it, and signs out everywhere.
#[utoipa::path(
    delete,
    operation_id = "delete_me",
    path = "/api/me",
    tag = "me",
    responses(
        (status = 204, description = "The account and its data are gone."),
        (status = 401, description = "Not signed in.", body = ErrorBody),
    )
)]
pub fn delete() {}
