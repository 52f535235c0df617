//! The directory: who may see a mentor, one profile (served from the KV cache), and searches
//! whose totals and facets are cached under the directory's version.

use domain::directory::{Cursor, Search};
use domain::error::ApiError;
use domain::ids::UserId;
use domain::profile;
use domain::time::utc_offset_minutes;
use domain::wire::Profile;

use crate::crypto;
use crate::http::{AppError, Ctx};
use crate::profile_cache;
use crate::store::directory::{self, CardRow, Searcher, Summary};
use crate::store::profiles::{self, ProfileRow};
use crate::store::users::UserRow;

/// A mentor's profile, if the viewer may see it; 404 otherwise, as if it did not exist.
pub async fn visible_mentor(
    ctx: &Ctx<'_>,
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

/// A profile as others see it, from the cache when it holds it; 404 for a viewer who may not
/// see it.
pub async fn public_profile(
    ctx: &Ctx<'_>,
    id: &UserId,
    viewer: Option<&UserRow>,
) -> Result<Profile, AppError> {
    let mentor: Profile = match profile_cache::get(ctx, id).await? {
        Some(cached) => cached,
        None => {
            let row = profiles::find(&ctx.db()?, id).await?.ok_or_else(ApiError::not_found)?;
            profile_cache::put(ctx, &row).await?
        }
    };
    let owner_organization = mentor.organization.as_ref().map(|org| org.domain.as_str());
    let viewer = viewer.map(UserRow::as_viewer);
    if !profile::shown_to(mentor.visibility, &mentor.display_name, &mentor.id, owner_organization, viewer) {
        return Err(ApiError::not_found().into());
    }
    Ok(mentor)
}

/// One page of a search, with the total and facets and the cursor of the next page.
pub struct Page {
    pub rows: Vec<CardRow>,
    pub summary: Summary,
    pub next_cursor: Option<String>,
}

#[derive(serde::Deserialize)]
struct Version {
    version: String,
}

/// Searches the directory as `viewer` may see it.
pub async fn search(ctx: &Ctx<'_>, search: &Search, viewer: Option<&UserRow>) -> Result<Page, AppError> {
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
        available_until: search
            .available_within_days
            .map(|days| ctx.now + jiff::SignedDuration::from_hours(i64::from(days) * 24)),
    };
    let results = db
        .batch(vec![directory::version_statement(&db), directory::page_statement(&db, search, &searcher)?])
        .await?;
    let [version, page] = <[worker::D1Result; 2]>::try_from(results)
        .map_err(|_| AppError::Internal("the search batch returned too few results".into()))?;
    let (rows, has_more) = directory::page_rows(&page, search.limit)?;
    let version = version.results::<Version>()?.pop().map(|v| v.version).unwrap_or_default();
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
    ctx: &Ctx<'_>,
    search: &Search,
    searcher: &Searcher<'_>,
    version: &str,
) -> Result<Summary, AppError> {
    let db = ctx.db()?;
    // "Free within N days" moves with the clock, so it is never cached.
    if search.available_within_days.is_some() {
        return Ok(directory::summary(&db, search, searcher).await?);
    }
    let overlap = search.tz_overlap_hours.map(|hours| (hours, searcher.utc_offset_minutes));
    let identity = format!(
        "{:?}|{:?}|{:?}|{:?}|{:?}|{:?}|{:?}|{:?}",
        search.q,
        search.expertise,
        search.organization,
        search.exclude_organization,
        search.language,
        search.career_stage,
        overlap,
        searcher.organization,
    );
    let key = format!("search:{version}:{}", crypto::sha256_hex(&[&identity]));
    let kv = ctx.kv()?;
    let cached = kv.get(&key).text().await?;
    if let Some(summary) = cached.and_then(|json| serde_json::from_str(&json).ok()) {
        return Ok(summary);
    }
    let summary = directory::summary(&db, search, searcher).await?;
    kv.put(&key, serde_json::to_string(&summary)?)?.expiration_ttl(60 * 60).execute().await?;
    Ok(summary)
}
