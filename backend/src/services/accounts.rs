//! Accounts: creating one on first sign-in, the profile and the organization.

use domain::account::{self, Email, FreeMail, MailDomains, PublicSuffixes};
use domain::error::{ApiError, ErrorCode};
use domain::ids::UserId;
use domain::profile::{ProfileFields, ProfileUpdate};
use domain::thread::UnreadCounts;
use worker::D1PreparedStatement;

use crate::app_ctx::AppCtx;
use crate::crypto;
use crate::error::AppError;
use crate::store::directory::{self, Listing};
use crate::store::organizations::{self, OrganizationRow};
use crate::store::profiles::{self, ProfileRow};
use crate::store::users::{self, UserRow};

/// Every account has a profile from its first sign-in.
pub async fn profile_of(ctx: &AppCtx<'_>, user: &UserId) -> Result<ProfileRow, AppError> {
    profiles::find(&ctx.db()?, user)
        .await?
        .ok_or_else(|| AppError::Internal("a user without a profile".into()))
}

pub async fn organization_of(ctx: &AppCtx<'_>, user: &UserRow) -> Result<Option<OrganizationRow>, AppError> {
    Ok(match &user.organization_domain {
        Some(domain) => organizations::find(&ctx.db()?, domain).await?,
        None => None,
    })
}

/// The free-mail list and the Public Suffix List, read from the static files on first use and
/// kept for the instance's life.
pub async fn mail_domains(ctx: &AppCtx<'_>) -> Result<&'static MailDomains, AppError> {
    static LISTS: std::sync::OnceLock<MailDomains> = std::sync::OnceLock::new();
    if let Some(lists) = LISTS.get() {
        return Ok(lists);
    }
    let lists = MailDomains {
        free_mail: FreeMail::parse(&crate::app_ctx::asset_text(ctx.env, FREE_MAIL_ASSET).await?),
        suffixes: PublicSuffixes::parse(&crate::app_ctx::asset_text(ctx.env, PUBLIC_SUFFIX_ASSET).await?),
    };
    if lists.free_mail.is_empty() || lists.suffixes.is_empty() {
        return Err(AppError::Internal("a list of mail domains is empty".into()));
    }
    Ok(LISTS.get_or_init(|| lists))
}

/// Where the build puts `domain/data/free-email-domains.txt` and
/// `domain/data/public_suffix_list.dat` among the static files.
const FREE_MAIL_ASSET: &str = "/data/free-email-domains.txt";
const PUBLIC_SUFFIX_ASSET: &str = "/data/public_suffix_list.dat";

/// Statements that create an account with an empty profile, joining (or founding) the
/// organization its address places it in.
pub fn create_statements(
    ctx: &AppCtx<'_>,
    user: &UserRow,
    domains: &MailDomains,
) -> Result<Vec<D1PreparedStatement>, AppError> {
    create_with_profile(ctx, user, &ProfileFields::new_account(), domains)
}

/// The same, with a profile already filled in (demo data).
pub fn create_with_profile(
    ctx: &AppCtx<'_>,
    user: &UserRow,
    profile: &ProfileFields,
    domains: &MailDomains,
) -> Result<Vec<D1PreparedStatement>, AppError> {
    let db = ctx.db()?;
    let mut statements = Vec::new();
    let email = Email::parse(&user.email).ok();
    if let Some(organization) = email.as_ref().and_then(|email| account::organization_for(email, domains)) {
        statements.push(organizations::create_if_new_statement(&db, &organization, &user.id, ctx.now)?);
    }
    statements.push(users::insert_statement(&db, user)?);
    statements.push(profiles::upsert_statement(&db, &user.id, profile, ctx.now)?);
    Ok(statements)
}

/// The account an address signs in to, created on first use.
pub async fn sign_in(ctx: &AppCtx<'_>, email: &Email) -> Result<UserRow, AppError> {
    let db = ctx.db()?;
    if let Some(user) = users::find_by_email(&db, email.as_str()).await? {
        return Ok(user);
    }
    let domains = mail_domains(ctx).await?;
    let user = UserRow {
        id: UserId::new(crypto::new_id()?),
        email: email.as_str().to_string(),
        organization_domain: account::organization_for(email, domains).map(|org| org.domain),
        created_at: ctx.now,
    };
    db.batch(create_statements(ctx, &user, domains)?).await?;
    Ok(user)
}

/// Unread thread messages, for `GET /api/me`.
pub async fn unread(ctx: &AppCtx<'_>, user: &UserId) -> Result<UnreadCounts, AppError> {
    let unread = crate::store::threads::unread(&ctx.db()?, user).await?;
    Ok(UnreadCounts {
        messages: u32::try_from(unread.messages).unwrap_or(0),
        threads: u32::try_from(unread.threads).unwrap_or(0),
    })
}

/// Saves a profile change and the directory listing with it, in one batch.
pub async fn update_profile(
    ctx: &AppCtx<'_>,
    user: &UserRow,
    update: ProfileUpdate,
) -> Result<ProfileRow, AppError> {
    let fields = profile_of(ctx, &user.id).await?.fields().apply(update)?;
    let db = ctx.db()?;
    let mut statements = vec![profiles::upsert_statement(&db, &user.id, &fields, ctx.now)?];
    statements.extend(directory::sync_statements(
        &db,
        &Listing {
            user_id: &user.id,
            fields: &fields,
            organization_domain: user.organization_domain.as_deref(),
            utc_offset_minutes: domain::time::utc_offset_minutes(&fields.timezone, ctx.now),
            now: ctx.now,
        },
    )?);
    db.batch(statements).await?;
    let saved = profile_of(ctx, &user.id).await?;
    Ok(saved)
}

/// Renames the user's organization; only its first member may. Returns its domain and new name.
pub async fn rename_organization(
    ctx: &AppCtx<'_>,
    user: &UserRow,
    name: &str,
) -> Result<(String, String), AppError> {
    let Some(organization) = organization_of(ctx, user).await? else {
        return Err(ApiError::not_found().into());
    };
    if organization.first_member_id.as_ref() != Some(&user.id) {
        return Err(ApiError::new(
            ErrorCode::Forbidden,
            "Only the organization's first member can change its name.",
        )
        .into());
    }
    let name = account::parse_organization_name(name)?;
    let db = ctx.db()?;
    db.batch(vec![
        organizations::rename_statement(&db, &organization.domain, &name)?,
        crate::store::bump_version_statement(&db, crate::store::Versioned::Directory),
    ])
    .await?;
    Ok((organization.domain, name))
}
