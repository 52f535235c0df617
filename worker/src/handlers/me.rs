//! The signed-in person's own account: read, edit, export, delete.

use domain::profile::ProfileUpdate;
use domain::wire::{
    Export, Me, Organization, OrganizationEnvelope, OrganizationUpdate, ProfileEnvelope, Session,
};
use worker::Response;

use crate::http::{self, AppError, Ctx};
use crate::limits::{self, HOUR};
use crate::services::{accounts, personal_data};
use crate::sessions;
use crate::store::users::UserRow;
use crate::views::{self, Audience};

async fn me(ctx: &Ctx<'_>, user: &UserRow) -> Result<Me, AppError> {
    let organization = accounts::organization_of(ctx, user).await?;
    let profile = accounts::profile_of(ctx, &user.id).await?;
    Ok(Me {
        user: views::user(user, organization.as_ref()),
        profile: views::profile(&profile, Audience::Owner),
        unread: accounts::unread(ctx, &user.id).await?,
        paused: crate::store::wrapup::standing(&ctx.db()?, &user.id).await?.paused_at.is_some(),
        free_now_until: crate::store::calendars::free_now_until(&ctx.db()?, &user.id, ctx.now)
            .await?
            .map(domain::time::rfc3339),
    })
}

pub async fn get(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    let user = ctx.user().await?;
    http::ok(&me(ctx, &user).await?)
}

pub async fn session(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    let user = match ctx.viewer().await? {
        Some(user) => Some(me(ctx, &user).await?),
        None => None,
    };
    http::ok(&Session { user })
}

/// Profile changes per person per hour.
const PROFILE_CHANGES_PER_HOUR: i64 = 60;

pub async fn update_profile(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    let user = ctx.user().await?;
    let update: ProfileUpdate = ctx.decode()?;
    // Each change invalidates every cached directory count: bounded per person.
    limits::enforce(ctx, &format!("profile:{}", user.id), PROFILE_CHANGES_PER_HOUR, HOUR).await?;
    let saved = accounts::update_profile(ctx, &user, update).await?;
    http::ok(&ProfileEnvelope { profile: views::profile(&saved, Audience::Owner) })
}

pub async fn rename_organization(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    let user = ctx.user().await?;
    let update: OrganizationUpdate = ctx.decode()?;
    let (domain, name) = accounts::rename_organization(ctx, &user, &update.name).await?;
    http::ok(&OrganizationEnvelope { organization: Organization { domain, name, verified: true } })
}

pub async fn export(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    let user = ctx.user().await?;
    let Me { user: user_view, profile, .. } = me(ctx, &user).await?;
    let rows = personal_data::export(ctx, &user).await?;
    let viewer = user.id.as_str();
    let export = Export {
        exported_at: ctx.now_text(),
        user: user_view,
        profile,
        messages: rows.messages,
        requests: views::request::authored(&rows.requests, ctx.now),
        offers: rows.offers.iter().map(views::request::offer).collect(),
        threads: rows
            .threads
            .iter()
            .map(|t| views::thread::with_messages(&t.thread, &t.messages, viewer))
            .collect(),
        bookings: rows
            .bookings
            .iter()
            .map(|row| views::booking::booking(row, viewer, &ctx.origin()))
            .collect(),
        availability: rows.availability,
        feedback: rows.feedback,
        paused_at: rows.paused_at.map(domain::time::rfc3339),
        outcomes: rows.outcomes,
    };
    let response = http::ok(&export)?;
    response.headers().set("content-disposition", "attachment; filename=\"quarterhour-export.json\"")?;
    Ok(response)
}

pub async fn delete(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    let user = ctx.user().await?;
    personal_data::delete(ctx, &user).await?;
    sessions::signed_out(ctx)
}
