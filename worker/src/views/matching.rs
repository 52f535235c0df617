//! What a goal found, as `POST /api/matches` answers it.

use domain::account::Organization;
use domain::matching::{self, Match, MatchesEnvelope, Understood};
use domain::time::rfc3339;
use domain::wire::{CardImpact, MentorCard};
use jiff::Timestamp;

use crate::services::matching::Found;
use crate::store::matching::CandidateRow;

pub fn matches(found: &Found) -> MatchesEnvelope {
    MatchesEnvelope {
        matches: found
            .suggestions
            .iter()
            .map(|suggestion| Match {
                mentor: card(&found.rows[suggestion.index], suggestion.slots.first().map(|slot| slot.start)),
                score: suggestion.score,
                reasons: suggestion.reasons.clone(),
                next_free_slots: suggestion.slots.iter().map(super::slot).collect(),
            })
            .collect(),
        understood: Understood::of(&found.understanding),
        request_draft: matching::request_draft(&found.goal, &found.understanding),
    }
}

/// A suggested mentor's card; their next free slot is the first one found free now.
fn card(row: &CandidateRow, next_free_slot: Option<Timestamp>) -> MentorCard {
    MentorCard {
        id: row.user_id.as_ref().to_string(),
        display_name: row.display_name.clone(),
        headline: row.headline.clone(),
        organization: Organization::verified(
            row.organization_domain.as_deref(),
            row.organization_name.as_deref(),
        ),
        expertise: row.expertise.clone(),
        languages: row.languages.clone(),
        timezone: row.timezone.clone(),
        career_stage: row.career_stage,
        accepting_requests: row.accepting_requests,
        next_free_slot: next_free_slot.map(rfc3339),
        free_now_until: row.free_now_until.map(rfc3339),
        impact: CardImpact {
            sessions_held: row.sessions_held,
            people_helped: row.people_helped,
            answers_accepted: row.answers_accepted,
        },
    }
}
