//! The directory: who may see a mentor, one profile, and searches
//! whose totals and facets are cached under the directory's version.

use domain::directory::{Cursor, Search};
use domain::error::ApiError;
use domain::ids::UserId;
use domain::profile;
use domain::time::utc_offset_minutes;

use crate::app_ctx::AppCtx;
use crate::crypto;
use crate::error::AppError;
use crate::store::directory::{self, CardRow, Searcher, Summary};
use crate::store::profiles::{self, ProfileRow};
use crate::store::rate_events;
use crate::store::users::UserRow;
use crate::store::{self, Versioned, cache};

/// A mentor's profile, if the viewer may see it; 404 otherwise, as if it did not exist.
pub async fn visible_mentor(
    ctx: &AppCtx<'_>,
    id: &UserId,
    viewer: Option<&UserRow>,
) -> Result<ProfileRow, AppError> {
    let profile = profiles::find(&ctx.db()?, id).await?.ok_or_else(ApiError::not_found)?;
    if shown(&profile, viewer) { Ok(profile) } else { Err(ApiError::not_found().into()) }
}

/// Whether `viewer` may see this profile as a mentor's.
pub fn shown(profile: &ProfileRow, viewer: Option<&UserRow>) -> bool {
    let fields = profile.fields();
    fields.is_mentor
        && profile::shown_to(
            fields.visibility,
            &fields.display_name,
            profile.user_id.as_str(),
            profile.organization_domain.as_deref(),
            viewer.map(UserRow::as_viewer),
        )
}

/// A profile as others see it; 404 for a viewer who may not see it. Decided from the database
/// on every read, so hiding a profile or deleting an account holds for every reader at once.
pub async fn public_profile(
    ctx: &AppCtx<'_>,
    id: &UserId,
    viewer: Option<&UserRow>,
) -> Result<ProfileRow, AppError> {
    let row = profiles::find(&ctx.db()?, id).await?.ok_or_else(ApiError::not_found)?;
    let fields = row.fields();
    let organization = row.organization_domain.as_deref();
    let viewer = viewer.map(UserRow::as_viewer);
    // Listed as in the directory: a mentee's name, zone and organization are not a profile.
    if !directory::is_listed(&fields)
        || !profile::shown_to(
            fields.visibility,
            &fields.display_name,
            row.user_id.as_str(),
            organization,
            viewer,
        )
    {
        return Err(ApiError::not_found().into());
    }
    Ok(row)
}

/// One page of a search, with the total and facets and the cursor of the next page.
pub struct Page {
    pub rows: Vec<CardRow>,
    pub summary: Summary,
    pub next_cursor: Option<String>,
}

/// Searches the directory as `viewer` may see it.
pub async fn search(ctx: &AppCtx<'_>, search: &Search, viewer: Option<&UserRow>) -> Result<Page, AppError> {
    let db = ctx.db()?;
    let viewer_zone = match (&search.viewer_timezone, viewer) {
        (Some(zone), _) => zone.clone(),
        (None, Some(user)) => {
            profiles::find(&db, &user.id).await?.map_or_else(|| "UTC".into(), |p| p.timezone)
        }
        (None, None) => "UTC".into(),
    };
    let searcher = Searcher {
        organization: viewer.and_then(|v| v.organization_domain.as_deref()),
        utc_offset_minutes: utc_offset_minutes(&viewer_zone, ctx.now),
        // From the start of the minute, so that the page and its counts, cached for the minute,
        // agree on who is free.
        available_until: search.available_within_days.map(|days| {
            let minute = ctx.now.as_second().div_euclid(60) * 60;
            jiff::Timestamp::from_second(minute).unwrap_or(ctx.now)
                + jiff::SignedDuration::from_hours(i64::from(days) * 24)
        }),
        now: ctx.now,
    };
    // The client's search count rides in the same batch: limiting costs no extra round trip.
    let (bucket, per_minute, now) = (
        format!("search:{}", ctx.client_ip()),
        ctx.config_number("SEARCHES_PER_CLIENT_PER_MINUTE", 120),
        ctx.now_seconds(),
    );
    let scored = ctx.config_number("SEARCH_SCORED_MATCHES", directory::SCORED_MATCHES).max(1);
    // Counts by free slot also follow every change of a free slot.
    let versioned: &[Versioned] = if search.available_within_days.is_some() {
        &[Versioned::Directory, Versioned::FreeSlots]
    } else {
        &[Versioned::Directory]
    };
    let mut statements = vec![
        store::versions_statement(&db, versioned),
        directory::page_statement(&db, search, &searcher, scored)?,
    ];
    statements.extend(rate_events::hit_statements(&db, &bucket, per_minute, 60, now)?);
    let results = db.batch(statements).await?;
    if let Some(retry_after) = rate_events::refused(results.get(2..).unwrap_or_default(), 60, now)? {
        return Err(AppError::RateLimited { retry_after });
    }
    let mut results = results.into_iter();
    let (Some(version), Some(page)) = (results.next(), results.next()) else {
        return Err(AppError::Internal("the search batch returned too few results".into()));
    };
    let (rows, has_more) = directory::page_rows(&page, search.limit)?;
    let version = store::version_of(&version)?;
    let summary = summary(ctx, search, &searcher, &version).await?;
    let sort = search.effective_sort();
    let next_cursor = if has_more {
        rows.last().map(|row| Cursor { sort, key: row.sort_key.clone(), id: row.id }.encode())
    } else {
        None
    };
    Ok(Page { rows, summary, next_cursor })
}

/// The total and facets of a search, cached in KV under the directory's version, so that paging
/// and repeated searches (the landing page above all) do not count the whole directory again,
/// and any change to the directory starts a fresh cache.
async fn summary(
    ctx: &AppCtx<'_>,
    search: &Search,
    searcher: &Searcher<'_>,
    version: &str,
) -> Result<Summary, AppError> {
    let db = ctx.db()?;
    // "Free now" moves with the clock, so it is never cached. "Free within N days" counts up to
    // a time that moves once a minute, which the key holds, under the free slots' version too.
    if search.available_now {
        return Ok(directory::summary(&db, search, searcher).await?);
    }
    // Each part is hashed with its length, so no two searches share a key; "-" is "not given".
    let given = |value: Option<&str>| value.map_or_else(|| "-".to_string(), |value| format!("={value}"));
    let overlap = search.tz_overlap_hours.map(|hours| format!("{hours}@{}", searcher.utc_offset_minutes));
    let until = searcher.available_until.map(|until| until.to_string());
    let mut identity = vec![given(search.q.as_deref()), search.expertise.len().to_string()];
    identity.extend(search.expertise.iter().cloned());
    identity.extend([
        given(search.organization.as_deref()),
        given(search.exclude_organization.as_deref()),
        given(search.language.as_deref()),
        given(search.career_stage.map(|stage| stage.as_str())),
        given(overlap.as_deref()),
        given(searcher.organization),
        given(until.as_deref()),
    ]);
    let identity: Vec<&str> = identity.iter().map(String::as_str).collect();
    let key = format!("search:{version}:{}", crypto::sha256_hex(&identity));
    let kv = ctx.kv()?;
    if let Some(summary) = cache::get(&kv, &key).await? {
        return Ok(summary);
    }
    let summary = directory::summary(&db, search, searcher).await?;
    // A key with a minute in it is not asked for after that minute (KV keeps nothing shorter).
    let ttl = if searcher.available_until.is_some() { 60 } else { 60 * 60 };
    ctx.cache_later(key, &summary, ttl, "a search summary");
    Ok(summary)
}
