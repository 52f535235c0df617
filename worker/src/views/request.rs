//! Requests and offers as one viewer may see them: what `RequestRole` lets them see, and no more.

use domain::account::Organization;
use domain::markdown;
use domain::request::FitReason;
use domain::request::{self as wire, Offer, Person, Reach, Request, RequestRole};
use domain::time::rfc3339;
use jiff::Timestamp;

use crate::services::requests::{Acceptance, Visible};
use crate::store::requests::{OfferRow, RequestRow};

pub fn offer(row: &OfferRow) -> Offer {
    Offer {
        id: row.id.to_string(),
        request_id: row.request_id.to_string(),
        mentor: Person {
            id: row.mentor_id.to_string(),
            display_name: row.mentor_name.clone(),
            headline: row.mentor_headline.clone(),
            organization: Organization::verified(
                row.mentor_organization.as_deref(),
                row.mentor_organization_name.as_deref(),
            ),
            timezone: row.mentor_timezone.clone(),
        },
        kind: row.kind,
        message_html: markdown::to_safe_html(&row.message),
        message: row.message.clone(),
        slot_start: row.slot_start.map(rfc3339),
        status: row.status,
        thread_id: row.thread_id.as_ref().map(ToString::to_string),
        booking_id: row.booking_id.as_ref().map(ToString::to_string),
        created_at: rfc3339(row.created_at),
    }
}

/// The request as a viewer in `role` sees it; `offers` are those this viewer may see, and
/// `reasons` why it fits them (the feed's).
pub fn request(
    row: &RequestRow,
    role: RequestRole,
    offers: &[&OfferRow],
    reasons: &[FitReason],
    now: Timestamp,
) -> Request {
    let author = role.sees_author(row.anonymous).then(|| Person {
        id: row.author_id.to_string(),
        display_name: row.author_name.clone(),
        headline: row.author_headline.clone(),
        organization: Organization::verified(
            row.author_organization.as_deref(),
            row.author_organization_name.as_deref(),
        ),
        timezone: row.author_timezone.clone(),
    });
    let offers: Vec<Offer> = offers.iter().map(|row| offer(row)).collect();
    let thread_id = offers.iter().rev().find_map(|offer| offer.thread_id.clone());
    Request {
        id: row.id.to_string(),
        title: row.title.clone(),
        body_html: markdown::to_safe_html(&row.body),
        body: row.body.clone(),
        expertise: row.expertise.clone(),
        format: row.format,
        audience: row.audience,
        anonymous: row.anonymous,
        author,
        status: row.status_at(now),
        resolved: row.resolved,
        role: role.side(),
        offer_count: row.offer_count,
        offers,
        thread_id,
        reasons: reasons.iter().map(ToString::to_string).collect(),
        fit: reasons.to_vec(),
        mentor_id: row.mentor_id.as_ref().map(ToString::to_string),
        reach: (role == RequestRole::Author)
            .then(|| Reach { mentors: row.reach_mentors, skills: row.reach_skills.clone() }),
        created_at: rfc3339(row.created_at),
        expires_at: rfc3339(row.expires_at),
        closed_at: row.closed_at.map(rfc3339),
    }
}

/// A request as the viewer `visible` was read for sees it.
pub fn visible(visible: &Visible, now: Timestamp) -> Request {
    request(&visible.row, visible.role, &visible.offers.iter().collect::<Vec<_>>(), &[], now)
}

/// The author's own requests, each with every offer on it.
pub fn authored(rows: &[(RequestRow, Vec<OfferRow>)], now: Timestamp) -> Vec<Request> {
    rows.iter()
        .map(|(row, offers)| request(row, RequestRole::Author, &offers.iter().collect::<Vec<_>>(), &[], now))
        .collect()
}

/// What accepting an offer answers.
pub fn acceptance(accepted: &Acceptance, viewer: &str, origin: &str, now: Timestamp) -> wire::Acceptance {
    wire::Acceptance {
        offer: offer(&accepted.offer),
        request: visible(&accepted.visible, now),
        thread_id: accepted.thread_id.to_string(),
        booking: accepted.booking.as_ref().map(|row| super::booking::booking(row, viewer, origin)),
    }
}
