//! Directory rows as mentor cards, and a search page as the mentor list.

use domain::account::Organization;
use domain::time::rfc3339;
use domain::wire::{
    CardImpact, Facets, LanguageCount, ListMeta, MentorCard, MentorList, OrganizationCount, TagCount,
};

use crate::store::directory::{CardRow, Summary};

pub fn card(row: CardRow) -> MentorCard {
    MentorCard {
        organization: Organization::verified(
            row.organization_domain.as_deref(),
            row.organization_name.as_deref(),
        ),
        id: row.user_id.into_string(),
        display_name: row.display_name,
        headline: row.headline,
        expertise: row.expertise,
        languages: row.languages,
        timezone: row.timezone,
        career_stage: row.career_stage,
        accepting_requests: row.accepting_requests,
        next_free_slot: row.next_free_slot_at.map(rfc3339),
        free_now_until: row.free_now_until.map(rfc3339),
        impact: CardImpact {
            sessions_held: row.sessions_held,
            people_helped: row.people_helped,
            answers_accepted: row.answers_accepted,
        },
    }
}

pub fn list(rows: Vec<CardRow>, summary: Summary, next_cursor: Option<String>) -> MentorList {
    MentorList {
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
    }
}
