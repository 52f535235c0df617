//! Mentor profiles as others see them.

use domain::directory::{Cursor, Search, Sort};
use domain::error::{ApiError, ErrorBody};
use domain::profile::{self, CareerStage};
use domain::time::{rfc3339, utc_offset_minutes};
use domain::wire::{
    Facets, LanguageCount, ListMeta, MentorCard, MentorEnvelope, MentorList, OrganizationCount, Profile,
    TagCount,
};
use worker::Response;

use crate::context::Ctx;
use crate::crypto;
use crate::error::AppError;
use crate::store::directory::{self, CardRow, Searcher, Summary};
use crate::store::profiles;
use crate::store::users::UserRow;
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
        let row = profiles::find(&db, id).await?.ok_or_else(ApiError::not_found)?;
        return http::json(200, &MentorEnvelope { mentor: views::profile(&row, Audience::Owner) });
    }

    let mentor: Profile = match profile_cache::get(ctx, id).await? {
        Some(cached) => cached,
        None => {
            let row = profiles::find(&db, id).await?.ok_or_else(ApiError::not_found)?;
            profile_cache::put(ctx, &row).await?
        }
    };
    let viewer = viewer.as_ref().map(UserRow::as_viewer);
    let owner_organization = mentor.organization.as_ref().map(|org| org.domain.as_str());
    if !profile::shown_to(mentor.visibility, &mentor.display_name, &mentor.id, owner_organization, viewer) {
        return Err(ApiError::not_found().into());
    }
    http::json(200, &MentorEnvelope { mentor })
}

/// Searches the directory. Visibility rules hold in every result, count and facet.
#[utoipa::path(
    get,
    operation_id = "search_mentors",
    path = "/api/mentors",
    tag = "mentors",
    params(
        ("q" = Option<String>, Query, description = "Words to find in name, headline, bio and expertise"),
        ("expertise" = Option<Vec<String>>, Query, description = "Skills; repeat for several, all must match", explode = true),
        ("organization" = Option<String>, Query, description = "Only mentors at this organization's domain"),
        ("exclude_organization" = Option<String>, Query, description = "No mentors from this domain (e.g. your own)"),
        ("language" = Option<String>, Query, description = "ISO 639-1 code the mentor speaks"),
        ("career_stage" = Option<CareerStage>, Query, description = "The mentor's career stage"),
        ("tz_overlap_hours" = Option<u32>, Query, minimum = 1, maximum = 9, description = "At least this many 09:00-18:00 hours shared with the viewer's zone"),
        ("viewer_timezone" = Option<String>, Query, description = "The viewer's IANA zone; defaults to the signed-in profile's, else UTC"),
        ("available_within_days" = Option<u32>, Query, minimum = 1, maximum = 60, description = "Has a free slot within this many days"),
        ("sort" = Option<String>, Query, description = "relevance (default with q), newest (default without), or soonest"),
        ("limit" = Option<u32>, Query, minimum = 1, maximum = 50, description = "Page size, default 20"),
        ("cursor" = Option<String>, Query, description = "`meta.next_cursor` of the previous page"),
    ),
    responses(
        (status = 200, description = "One page of mentors, the total and facet counts.", body = MentorList),
        (status = 400, description = "A parameter is malformed (`invalid_parameter`, `field` names it).", body = ErrorBody),
    )
)]
pub async fn search(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    let url = ctx.req.url()?;
    let pairs: Vec<_> = url.query_pairs().collect();
    let search = Search::parse(pairs.iter().map(|(k, v)| (k.as_ref(), v.as_ref())))?;
    let viewer = sessions::current(ctx).await?;
    let db = ctx.db()?;

    let viewer_zone = match (&search.viewer_timezone, &viewer) {
        (Some(zone), _) => zone.clone(),
        (None, Some(user)) => {
            profiles::find(&db, &user.id).await?.map_or_else(|| "UTC".into(), |p| p.timezone)
        }
        (None, None) => "UTC".into(),
    };
    let available_until = search
        .available_within_days
        .map(|days| rfc3339(ctx.now + jiff::SignedDuration::from_hours(i64::from(days) * 24)));
    let searcher = Searcher {
        organization: viewer.as_ref().and_then(|v| v.organization_domain.as_deref()),
        utc_offset_minutes: utc_offset_minutes(&viewer_zone, ctx.now),
        available_until,
    };
    let results = db
        .batch(vec![directory::version_statement(&db), directory::page_statement(&db, &search, &searcher)?])
        .await?;
    let [version, page] = <[worker::D1Result; 2]>::try_from(results)
        .map_err(|_| AppError::Internal("the search batch returned too few results".into()))?;
    let (rows, has_more) = directory::page_rows(&page, search.limit)?;
    let version = version.results::<Version>()?.pop().map(|v| v.version).unwrap_or_default();
    let summary = summary(ctx, &db, &search, &searcher, &version).await?;

    let sort: Sort = search.effective_sort();
    let next_cursor = if has_more {
        rows.last().map(|row| Cursor { sort, key: row.sort_key.clone(), id: row.id }.encode())
    } else {
        None
    };
    let list = MentorList {
        mentors: rows.into_iter().map(card).collect(),
        meta: ListMeta { total: summary.total, next_cursor },
        facets: Facets {
            expertise: summary
                .expertise
                .into_iter()
                .map(|f| TagCount { tag: f.value, count: f.count })
                .collect(),
            organization: summary
                .organizations
                .into_iter()
                .map(|f| OrganizationCount {
                    name: f.name.unwrap_or_else(|| f.value.clone()),
                    domain: f.value,
                    count: f.count,
                })
                .collect(),
            language: summary
                .languages
                .into_iter()
                .map(|f| LanguageCount { code: f.value, count: f.count })
                .collect(),
        },
    };
    http::json(200, &list)
}

#[derive(serde::Deserialize)]
struct Version {
    version: String,
}

/// The total and facets of a search, cached in KV under the directory's version, so that paging
/// and repeated searches (the landing page above all) do not count the whole directory again,
/// and any change to the directory starts a fresh cache.
async fn summary(
    ctx: &Ctx<'_>,
    db: &worker::D1Database,
    search: &Search,
    searcher: &Searcher<'_>,
    version: &str,
) -> Result<Summary, AppError> {
    // "Free within N days" moves with the clock, so it is never cached.
    if search.available_within_days.is_some() {
        return Ok(directory::summary(db, search, searcher).await?);
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
    let summary = directory::summary(db, search, searcher).await?;
    kv.put(&key, serde_json::to_string(&summary)?)?.expiration_ttl(60 * 60).execute().await?;
    Ok(summary)
}

fn card(row: CardRow) -> MentorCard {
    let organization =
        views::organization(row.organization_domain.as_deref(), row.organization_name.as_deref());
    MentorCard {
        id: row.user_id,
        display_name: row.display_name,
        headline: row.headline,
        organization,
        expertise: serde_json::from_str(&row.expertise).unwrap_or_default(),
        languages: serde_json::from_str(&row.languages).unwrap_or_default(),
        timezone: row.timezone,
        career_stage: row.career_stage.as_deref().and_then(CareerStage::parse),
        accepting_requests: row.accepting_requests != 0,
        next_free_slot: row.next_free_slot_at,
    }
}
