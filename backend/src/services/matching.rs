//! `POST /api/matches`: reads the goal with `domain::matching`, takes candidates from the tag
//! index as the viewer may see them, ranks them, and adds each suggestion's next free slots.

use std::collections::HashMap;

use domain::matching::{
    self, Candidate, Learned, MatchReason, MatchRequest, ReasonKind, Seeker, Understanding, knowledge,
};
use domain::profile::{CareerStage, ProfileFields};
use domain::request::Format;
use domain::slots::Slot;
use domain::time::{rfc3339, utc_offset_minutes};
use jiff::civil::Weekday;
use jiff::{SignedDuration, Timestamp, ToSpan};

use crate::app_ctx::AppCtx;
use crate::error::AppError;
use crate::services::availability;
use crate::store::matching::{self as store, CandidateQuery, CandidateRow};
use crate::store::users::UserRow;
use crate::store::{profiles, rate_events};

/// Free slots shown per suggestion.
const SLOTS_SHOWN: usize = 3;
/// Questions answered within this many days count as responsiveness.
const ANSWERED_WITHIN_DAYS: i64 = 90;

/// The week's Monday, 00:00 UTC, and its date: load and exposure are counted per such week.
fn week_of(now: Timestamp) -> (Timestamp, String) {
    let date = now.to_zoned(jiff::tz::TimeZone::UTC).date();
    let monday = date - (i64::from(date.weekday().to_monday_zero_offset())).days();
    let start = monday.to_zoned(jiff::tz::TimeZone::UTC).map(|z| z.timestamp()).unwrap_or(now);
    debug_assert_eq!(monday.weekday(), Weekday::Monday);
    (start, monday.to_string())
}

/// Words and word pairs of the goal, to find tags the network invented in it.
fn goal_phrases(goal: &str) -> Vec<String> {
    let words: Vec<String> = knowledge::raw_words(goal).iter().map(|w| knowledge::plain(w)).collect();
    let mut phrases: Vec<String> = words.clone();
    phrases.extend(words.windows(2).map(|pair| pair.join(" ")));
    domain::order::sort_dedup(&mut phrases);
    phrases.truncate(400);
    phrases
}

/// What a goal found: the mentors suggested, best first, and how the goal was read.
pub struct Found {
    pub rows: Vec<CandidateRow>,
    pub suggestions: Vec<Suggestion>,
    pub understanding: Understanding,
    pub goal: String,
}

/// One mentor suggested: their row in `Found::rows`, the score and the reasons, and the first
/// free slots within the days asked.
pub struct Suggestion {
    pub index: usize,
    /// 0.0–1.0, to three places.
    pub score: f64,
    pub reasons: Vec<MatchReason>,
    pub slots: Vec<Slot>,
}

pub async fn find(
    ctx: &AppCtx<'_>,
    viewer: Option<&UserRow>,
    request: MatchRequest,
) -> Result<Found, AppError> {
    let db = ctx.db()?;
    let now_seconds = ctx.now_seconds();
    let bucket = format!("matches:{}", ctx.client_ip());
    let per_minute = ctx.config_number("MATCHES_PER_CLIENT_PER_MINUTE", 30);

    // One round trip: learned relations for the goal's words and the tags picked, the viewer's
    // profile, and the client's rate limit.
    let mut phrases = goal_phrases(&request.goal);
    phrases.extend(request.expertise.iter().cloned());
    // The skills the words name without anything learned, whose relations are wanted too.
    let unlearned =
        matching::understand(&request.goal, &request.expertise, &request.exclude, &Learned::default());
    phrases.extend(unlearned.skills.iter().map(|asked| asked.tag.clone()));
    domain::order::sort_dedup(&mut phrases);
    let mut statements = vec![store::relations_statement(&db, &phrases)?];
    if let Some(user) = viewer {
        statements.push(profiles::find_statement(&db, &user.id)?);
    }
    let limit_at = statements.len();
    statements.extend(rate_events::hit_statements(&db, &bucket, per_minute, 60, now_seconds)?);
    let results = db.batch(statements).await?;
    if let Some(retry_after) =
        rate_events::refused(results.get(limit_at..).unwrap_or_default(), 60, now_seconds)?
    {
        return Err(AppError::RateLimited { retry_after });
    }
    let mut learned =
        Learned { related: results.first().map(store::relations).transpose()?.unwrap_or_default() };
    let profile: Option<ProfileFields> = match viewer {
        Some(_) => results
            .get(1)
            .map(crate::store::first::<profiles::ProfileRow>)
            .transpose()?
            .flatten()
            .map(|p| p.fields()),
        None => None,
    };

    let mut understanding =
        matching::understand(&request.goal, &request.expertise, &request.exclude, &learned);
    // Relations learned for the skills just understood, which the words alone did not reach.
    let missing: Vec<String> = understanding
        .skills
        .iter()
        .map(|a| a.tag.clone())
        .filter(|t| phrases.binary_search(t).is_err())
        .collect();
    if !missing.is_empty() {
        let more = db.batch(vec![store::relations_statement(&db, &missing)?]).await?;
        if let Some(result) = more.first() {
            learned.related.extend(store::relations(result)?);
            understanding =
                matching::understand(&request.goal, &request.expertise, &request.exclude, &learned);
        }
    }

    let (week_start, week) = week_of(ctx.now);
    let day = ctx.now.to_zoned(jiff::tz::TimeZone::UTC).date().to_string();
    let available_until = ctx.now + SignedDuration::from_hours(24 * i64::from(request.within_days));
    let mut tags: HashMap<String, f32> = understanding.related.iter().cloned().collect();
    tags.extend(understanding.skills.iter().map(|asked| (asked.tag.clone(), 1.0)));
    let organization = viewer.and_then(|user| user.organization_domain.as_deref());
    let rows: Vec<CandidateRow> = if tags.is_empty() {
        Vec::new()
    } else {
        let query = CandidateQuery {
            tags: &tags,
            viewer: viewer.map(|user| &user.id),
            organization,
            free_before: (request.format == Format::Call).then_some(available_until),
            answering: request.format == Format::Written,
            languages: &request.languages,
            week_start,
            week: &week,
            day: &day,
            answered_since: ctx.now - SignedDuration::from_hours(24 * ANSWERED_WITHIN_DAYS),
        };
        store::candidates_statement(&db, &query)?.all().await?.results()?
    };

    let zone = understanding.zone.clone().or_else(|| profile.as_ref().map(|p| p.timezone.clone()));
    let mut preferred_languages = understanding.languages.clone();
    for language in profile.iter().flat_map(|p| p.languages.iter()) {
        if !preferred_languages.contains(language) {
            preferred_languages.push(language.clone());
        }
    }
    let seeker = Seeker {
        understanding: &understanding,
        required_languages: &request.languages,
        preferred_languages,
        utc_offset_minutes: zone.as_deref().map(|zone| utc_offset_minutes(zone, ctx.now)),
        stage: profile.as_ref().and_then(|p| p.career_stage),
        organization,
        outside_my_organization: request.outside_my_organization,
        available_until,
        within_days: request.within_days,
    };
    let candidates: Vec<Candidate> = rows.iter().map(candidate).collect();
    let ranked = matching::rank(&seeker, &candidates, request.limit as usize);

    let mut suggestions = Vec::new();
    let shown: Vec<&domain::ids::UserId> = ranked.iter().map(|scored| &rows[scored.index].user_id).collect();
    let slots_of_each = availability::free_slots_of_each(ctx, &shown, ctx.now, available_until).await?;
    for (scored, slots) in ranked.into_iter().zip(slots_of_each) {
        let _row = &rows[scored.index];
        let mut reasons = scored.reasons;
        // The slot a reason names is one the mentor really has free now.
        match slots.first() {
            Some(first) => {
                for reason in reasons.iter_mut().filter(|r| r.kind == ReasonKind::Availability) {
                    reason.value = rfc3339(first.start);
                }
            }
            None => reasons.retain(|r| r.kind != ReasonKind::Availability),
        }
        if reasons.is_empty() {
            continue;
        }
        suggestions.push(Suggestion {
            index: scored.index,
            score: (scored.score * 1000.0).round() / 1000.0,
            reasons,
            slots: slots.into_iter().take(SLOTS_SHOWN).collect(),
        });
    }
    if !suggestions.is_empty() {
        let shown: Vec<&domain::ids::UserId> = suggestions.iter().map(|s| &rows[s.index].user_id).collect();
        // Signed out, the client's address stands for the viewer; stored only as a hash.
        let viewer = match viewer {
            Some(user) => crate::crypto::sha256_hex(&["match-viewer", user.id.as_str()]),
            None => crate::crypto::sha256_hex(&["match-viewer-address", &ctx.client_ip()]),
        };
        db.batch(store::exposure_statements(&db, &shown, &week, &day, &viewer[..32])?).await?;
    }
    Ok(Found { rows, suggestions, understanding, goal: request.goal })
}

fn candidate(row: &CandidateRow) -> Candidate {
    let count = |n: i64| u32::try_from(n).unwrap_or(0);
    Candidate {
        expertise: row.expertise.clone(),
        headline: row.headline.clone(),
        bio: row.bio.clone(),
        languages: row.languages.clone(),
        timezone: row.timezone.clone(),
        utc_offset_minutes: row.utc_offset_minutes,
        career_stage: row.career_stage.map(|stage: CareerStage| stage),
        organization: row.organization_domain.clone(),
        next_free_slot: row.next_free_slot_at,
        weekly_capacity: count(row.weekly_capacity),
        booked_this_week: count(row.booked_this_week),
        suggested_this_week: count(row.suggested_this_week),
        answered_recently: count(row.answered_recently),
    }
}
