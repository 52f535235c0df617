//! Stored rows to wire types, every resource in one place. What each audience may see is
//! decided here; instants become RFC 3339 text here and nowhere else.

pub mod booking;
pub mod calendar;
pub mod first_view;
pub mod matching;
pub mod mentor;
pub mod outcome;
pub mod page;
pub mod request;
pub mod site;
pub mod thread;
pub mod wrapup;

use domain::booking::SlotView;
use domain::markdown;
use domain::slots::Slot;
use domain::time::rfc3339;

/// A free slot, in UTC.
pub fn slot(slot: &Slot) -> SlotView {
    SlotView { start: rfc3339(slot.start), end: rfc3339(slot.end) }
}

/// Text made safe for HTML or XML, as an element's content or a quoted attribute.
pub fn escape_markup(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&apos;")
}
use domain::wire::{Organization, Profile, User};

use crate::store::organizations::OrganizationRow;
use crate::store::profiles::ProfileRow;
use crate::store::users::UserRow;

/// Who a profile is shown to: its owner sees private fields such as the meeting link.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Audience {
    Owner,
    Others,
}

pub fn profile(row: &ProfileRow, audience: Audience) -> Profile {
    let fields = row.fields();
    let organization =
        Organization::verified(row.organization_domain.as_deref(), row.organization_name.as_deref());
    Profile {
        id: row.user_id.to_string(),
        bio_html: markdown::to_safe_html(&fields.bio),
        display_name: fields.display_name,
        headline: fields.headline,
        bio: fields.bio,
        expertise: fields.expertise,
        languages: fields.languages,
        timezone: fields.timezone,
        career_stage: fields.career_stage,
        is_mentor: fields.is_mentor,
        visibility: fields.visibility,
        accepting_requests: fields.accepting_requests,
        weekly_capacity: fields.weekly_capacity,
        meeting_link: if audience == Audience::Owner { fields.meeting_link } else { None },
        locale: if audience == Audience::Owner { fields.locale } else { None },
        organization,
        updated_at: rfc3339(row.updated_at),
    }
}

pub fn user(row: &UserRow, organization: Option<&OrganizationRow>) -> User {
    User {
        id: row.id.to_string(),
        email: row.email.clone(),
        organization: organization.map(|org| Organization {
            domain: org.domain.clone(),
            name: org.name.clone(),
            verified: true,
        }),
        can_rename_organization: organization
            .is_some_and(|org| org.first_member_id.as_ref() == Some(&row.id)),
        created_at: rfc3339(row.created_at),
    }
}
