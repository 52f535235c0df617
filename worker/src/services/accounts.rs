//! Accounts: creating one on first sign-in, the profile and organization, the data export and
//! deletion.

use domain::account::{self, Email, FreeMail, MailDomains, PublicSuffixes};
use domain::booking::BookingNotice;
use domain::error::{ApiError, ErrorCode};
use domain::ids::UserId;
use domain::profile::{ProfileFields, ProfileUpdate};
use domain::thread::UnreadCounts;
use worker::D1PreparedStatement;

use crate::crypto;
use crate::http::{AppError, Ctx};
use crate::mailer;
use crate::services::{booking, requests, threads};
use crate::sessions;
use crate::store::directory::{self, Listing};
use crate::store::organizations::{self, OrganizationRow};
use crate::store::outbox::After;
use crate::store::profiles::{self, ProfileRow};
use crate::store::users::{self, UserRow};
use crate::store::{availability, bookings, login_codes, outbox, rate_events, requests as request_store};

/// Every account has a profile from its first sign-in.
pub async fn profile_of(ctx: &Ctx<'_>, user: &UserId) -> Result<ProfileRow, AppError> {
    profiles::find(&ctx.db()?, user)
        .await?
        .ok_or_else(|| AppError::Internal("a user without a profile".into()))
}

pub async fn organization_of(ctx: &Ctx<'_>, user: &UserRow) -> Result<Option<OrganizationRow>, AppError> {
    Ok(match &user.organization_domain {
        Some(domain) => organizations::find(&ctx.db()?, domain).await?,
        None => None,
    })
}

/// The free-mail list and the Public Suffix List, read from the static files on first use and
/// kept for the instance's life.
pub async fn mail_domains(ctx: &Ctx<'_>) -> Result<&'static MailDomains, AppError> {
    static LISTS: std::sync::OnceLock<MailDomains> = std::sync::OnceLock::new();
    if let Some(lists) = LISTS.get() {
        return Ok(lists);
    }
    let lists = MailDomains {
        free_mail: FreeMail::parse(&crate::http::asset_text(ctx.env, FREE_MAIL_ASSET).await?),
        suffixes: PublicSuffixes::parse(&crate::http::asset_text(ctx.env, PUBLIC_SUFFIX_ASSET).await?),
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
    ctx: &Ctx<'_>,
    user: &UserRow,
    domains: &MailDomains,
) -> Result<Vec<D1PreparedStatement>, AppError> {
    create_with_profile(ctx, user, &ProfileFields::new_account(), domains)
}

/// The same, with a profile already filled in (demo data).
pub fn create_with_profile(
    ctx: &Ctx<'_>,
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
pub async fn sign_in(ctx: &Ctx<'_>, email: &Email) -> Result<UserRow, AppError> {
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
pub async fn unread(ctx: &Ctx<'_>, user: &UserId) -> Result<UnreadCounts, AppError> {
    let unread = crate::store::threads::unread(&ctx.db()?, user).await?;
    Ok(UnreadCounts {
        messages: u32::try_from(unread.messages).unwrap_or(0),
        threads: u32::try_from(unread.threads).unwrap_or(0),
    })
}

/// Saves a profile change and the directory listing with it, in one batch.
pub async fn update_profile(
    ctx: &Ctx<'_>,
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
    ctx: &Ctx<'_>,
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

/// Everything stored about a user that the export holds besides their account and profile.
pub struct ExportRows {
    pub messages: Vec<domain::wire::OutboxMessage>,
    pub requests: Vec<(request_store::RequestRow, Vec<request_store::OfferRow>)>,
    pub offers: Vec<request_store::OfferRow>,
    pub threads: Vec<threads::WithMessages>,
    pub bookings: Vec<bookings::BookingRow>,
    pub availability: Option<domain::booking::AvailabilityInput>,
    pub feedback: Vec<serde_json::Value>,
    pub paused_at: Option<jiff::Timestamp>,
    pub outcomes: Vec<serde_json::Value>,
}

pub async fn export(ctx: &Ctx<'_>, user: &UserRow) -> Result<ExportRows, AppError> {
    let db = ctx.db()?;
    Ok(ExportRows {
        messages: outbox::list(&db, Some(&user.email), 10_000).await?,
        requests: requests::authored_by(ctx, &user.id).await?,
        offers: request_store::offers_by_mentor(&db, &user.id).await?,
        threads: threads::all_of(ctx, &user.id).await?,
        bookings: bookings::for_user(&db, &user.id).await?,
        availability: match availability::find(&db, &user.id).await? {
            Some(row) => Some(
                serde_json::from_str(&row.rules)
                    .map_err(|e| AppError::Internal(format!("stored availability: {e}")))?,
            ),
            None => None,
        },
        feedback: crate::store::wrapup::feedback_of(&db, &user.id).await?,
        paused_at: crate::store::wrapup::standing(&db, &user.id).await?.paused_at,
        outcomes: crate::store::outcomes::of_user(&db, &user.id).await?,
    })
}

/// Deletes the account and everything stored about it, and signs out everywhere. The other side
/// of every upcoming session learns it will not happen.
pub async fn delete(ctx: &Ctx<'_>, user: &UserRow) -> Result<(), AppError> {
    let db = ctx.db()?;
    let reason = Some("The other person deleted their account.");
    let mut mails = Vec::new();
    for row in bookings::for_user(&db, &user.id).await? {
        if row.status.is_live() && row.start_at > ctx.now {
            // A cancellation outranks the invitations before it (RFC 5546): one sequence on.
            let cancelled = bookings::BookingRow { sequence: row.sequence + 1, ..row };
            mails.extend(booking::mails(ctx, &cancelled, BookingNotice::Cancelled, reason));
        }
    }
    // Written with the deletion and delivered after it: a failing mail API cannot block it.
    let mut statements = mailer::queue_statements(ctx, &mails, After::Always)?;
    statements.extend(request_store::delete_for_user_statements(&db, &user.id)?);
    statements.extend(crate::store::wrapup::delete_for_user_statements(&db, &user.id)?);
    statements.push(crate::store::outcomes::delete_for_user_statement(&db, &user.id)?);
    statements.extend([
        bookings::delete_for_user_statement(&db, &user.id)?,
        availability::delete_statement(&db, &user.id)?,
        directory::delete_statement(&db, &user.id)?,
        crate::store::bump_version_statement(&db, crate::store::Versioned::Directory),
        profiles::delete_statement(&db, &user.id)?,
        organizations::hand_over_statement(&db, &user.id)?,
        users::delete_statement(&db, &user.id)?,
        login_codes::delete_statement(&db, &user.email)?,
        outbox::delete_statement(&db, &user.email)?,
    ]);
    for kind in ["requests", "offers", "messages", "bookings"] {
        statements.push(rate_events::delete_bucket_statement(&db, &format!("{kind}:{}", user.id))?);
    }
    if let Ok(email) = Email::parse(&user.email) {
        for bucket in crate::services::sign_in::address_buckets(&email) {
            statements.push(rate_events::delete_bucket_statement(&db, &bucket)?);
        }
    }
    // The people they were helped by no longer count them.
    for mentor in directory::mentors_who_helped(&db, &user.id).await? {
        statements.push(directory::refresh_impact_statement(&db, &mentor)?);
    }
    db.batch(statements).await?;
    sessions::end_all(ctx, &user.id).await
}
