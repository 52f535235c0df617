//! The public demo mentors as ranking candidates: the profiles `make eval-matching` and the
//! matching tests rank.

use jiff::{SignedDuration, Timestamp};

use super::DemoPerson;
use crate::account::{Email, MailDomains, organization_for};
use crate::matching::Candidate;
use crate::profile::Visibility;

/// The 300 demo mentors a signed-out viewer may see, at `now`, with nobody booked yet.
pub fn demo_candidates(now: Timestamp) -> Vec<Candidate> {
    (0..300)
        .map(|i| super::person("demo", i, true))
        .filter(|p| p.profile.visibility == Visibility::Public)
        .map(|p| candidate_of(&p, now))
        .collect()
}

pub fn candidate_of(person: &DemoPerson, now: Timestamp) -> Candidate {
    let profile = &person.profile;
    let rules = person
        .availability
        .clone()
        .and_then(|input| input.parse(&profile.timezone, profile.weekly_capacity).ok());
    let until = now + SignedDuration::from_hours(24 * 21);
    Candidate {
        expertise: profile.expertise.clone(),
        headline: profile.headline.clone(),
        bio: profile.bio.clone(),
        languages: profile.languages.clone(),
        timezone: profile.timezone.clone(),
        utc_offset_minutes: crate::time::utc_offset_minutes(&profile.timezone, now),
        career_stage: profile.career_stage,
        organization: Email::parse(&person.email)
            .ok()
            .as_ref()
            .and_then(|email| organization_for(email, MailDomains::bundled()))
            .map(|o| o.domain),
        next_free_slot: rules
            .and_then(|(_, rules)| crate::slots::first_free(&rules, &[], now, now, until))
            .map(|slot| slot.start),
        weekly_capacity: profile.weekly_capacity,
        ..Candidate::default()
    }
}
