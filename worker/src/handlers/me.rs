//! The signed-in person's own account: read, edit, export, delete.

use domain::account::{self, Email};
use domain::error::{ApiError, ErrorBody, ErrorCode};
use domain::profile::ProfileUpdate;
use domain::request::UnreadCounts;
use domain::wire::{Export, Me, Organization, OrganizationEnvelope, OrganizationUpdate, ProfileEnvelope};
use worker::Response;

use crate::context::Ctx;
use crate::error::AppError;
use crate::handlers::{self, auth::address_bucket};
use crate::store::directory::{self, Listing};
use crate::store::users::UserRow;
use crate::store::{
    availability, bookings, login_codes, organizations, outbox, profiles, rate_events, requests, threads,
    users,
};
use crate::views::{self, Audience};
use crate::{http, profile_cache, sessions};

async fn me(ctx: &Ctx<'_>, user: &UserRow) -> Result<Me, AppError> {
    let db = ctx.db()?;
    let organization = match &user.organization_domain {
        Some(domain) => organizations::find(&db, domain).await?,
        None => None,
    };
    let profile = profiles::find(&db, &user.id)
        .await?
        .ok_or_else(|| AppError::Internal("a user without a profile".into()))?;
    let unread = threads::unread(&db, &user.id).await?;
    Ok(Me {
        user: views::user(user, organization.as_ref()),
        profile: views::profile(&profile, Audience::Owner),
        unread: UnreadCounts {
            messages: u32::try_from(unread.messages).unwrap_or(0),
            threads: u32::try_from(unread.threads).unwrap_or(0),
        },
    })
}

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
pub async fn get(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    let user = sessions::require(ctx).await?;
    http::json(200, &me(ctx, &user).await?)
}

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
    )
)]
pub async fn update_profile(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    let user = sessions::require(ctx).await?;
    let update: ProfileUpdate = ctx.decode()?;
    let db = ctx.db()?;
    let current = profiles::find(&db, &user.id)
        .await?
        .ok_or_else(|| AppError::Internal("a user without a profile".into()))?;
    let fields = current.fields().apply(update)?;
    let now = ctx.now_text();
    let mut statements = vec![profiles::upsert_statement(&db, &user.id, &fields, &now)?];
    statements.extend(directory::sync_statements(
        &db,
        &Listing {
            user_id: &user.id,
            fields: &fields,
            organization_domain: user.organization_domain.as_deref(),
            utc_offset_minutes: domain::time::utc_offset_minutes(&fields.timezone, ctx.now),
            now: &now,
        },
    )?);
    db.batch(statements).await?;
    let saved = profiles::find(&db, &user.id)
        .await?
        .ok_or_else(|| AppError::Internal("a profile vanished".into()))?;
    profile_cache::put(ctx, &saved).await?;
    http::json(200, &ProfileEnvelope { profile: views::profile(&saved, Audience::Owner) })
}

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
pub async fn rename_organization(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    let user = sessions::require(ctx).await?;
    let update: OrganizationUpdate = ctx.decode()?;
    let db = ctx.db()?;
    let Some(domain) = &user.organization_domain else {
        return Err(ApiError::not_found().into());
    };
    let Some(organization) = organizations::find(&db, domain).await? else {
        return Err(ApiError::not_found().into());
    };
    if organization.first_member_id.as_deref() != Some(&user.id) {
        return Err(ApiError::new(
            ErrorCode::Forbidden,
            "Only the organization's first member can change its name.",
        )
        .into());
    }
    let name = account::parse_organization_name(&update.name)?;
    db.batch(vec![
        organizations::rename_statement(&db, domain, &name)?,
        directory::bump_version_statement(&db),
    ])
    .await?;
    // Every member's profile shows the name.
    profile_cache::forget_all(ctx, &users::ids_in_organization(&db, domain).await?).await?;
    http::json(
        200,
        &OrganizationEnvelope { organization: Organization { domain: domain.clone(), name, verified: true } },
    )
}

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
pub async fn export(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    let user = sessions::require(ctx).await?;
    let Me { user: user_view, profile, .. } = me(ctx, &user).await?;
    let messages = outbox::list(&ctx.db()?, Some(&user.email), 10_000).await?;
    let export = Export {
        exported_at: ctx.now_text(),
        user: user_view,
        profile,
        messages,
        requests: handlers::requests::authored_by(ctx, &user.id).await?,
        offers: handlers::requests::offered_by(ctx, &user.id).await?,
        threads: handlers::threads::all_of(ctx, &user.id).await?,
    };
    let response = http::json(200, &export)?;
    response.headers().set("content-disposition", "attachment; filename=\"quarterhour-export.json\"")?;
    Ok(response)
}

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
pub async fn delete(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    let user = sessions::require(ctx).await?;
    let db = ctx.db()?;
    // The other side of every upcoming session learns it will not happen.
    let now = ctx.now_text();
    for row in bookings::for_user(&db, &user.id).await? {
        if row.status == "booked" && row.start_at > now {
            let reason = Some("The other person deleted their account.");
            crate::handlers::bookings::notify(ctx, &row, domain::booking::BookingEvent::Cancelled, reason)
                .await?;
        }
    }
    let mut statements = requests::delete_for_user_statements(&db, &user.id)?;
    statements.extend([
        bookings::delete_for_user_statement(&db, &user.id)?,
        availability::delete_statement(&db, &user.id)?,
        directory::delete_statement(&db, &user.id)?,
        directory::bump_version_statement(&db),
        profiles::delete_statement(&db, &user.id)?,
        organizations::hand_over_statement(&db, &user.id)?,
        users::delete_statement(&db, &user.id)?,
        login_codes::delete_statement(&db, &user.email)?,
        outbox::delete_statement(&db, &user.email)?,
    ]);
    for kind in ["requests", "offers", "messages"] {
        statements.push(rate_events::delete_bucket_statement(&db, &format!("{kind}:{}", user.id))?);
    }
    if let Ok(email) = Email::parse(&user.email) {
        statements.push(rate_events::delete_bucket_statement(&db, &address_bucket(&email))?);
    }
    db.batch(statements).await?;
    profile_cache::forget(ctx, &user.id).await?;
    sessions::end_all(ctx, &user.id).await?;
    let response = http::empty(204);
    response.headers().set("set-cookie", &sessions::clearing_cookie(ctx))?;
    Ok(response)
}
