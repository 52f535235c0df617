//! Feedback as each side of a session or answer may see it, and a mentor's impact.

use domain::ids::UserId;
use domain::time::rfc3339;
use domain::wrapup::{self, FeedbackEnvelope, FeedbackFromOther, Impact, KudosCount, MyFeedback, Rating};
use jiff::SignedDuration;

use crate::services::wrapup::{Feedback, MentorImpact};
use crate::store::wrapup::FeedbackRow;

/// Both sides' feedback as `viewer` may see it: their own in full, the other's kudos and note
/// (never a rating). Nothing before there is anything to give feedback on.
pub fn feedback(feedback: Option<&Feedback>, viewer: &UserId) -> FeedbackEnvelope {
    let Some(Feedback { rows, from }) = feedback else {
        return FeedbackEnvelope { mine: None, from_other: None };
    };
    let mine = rows.iter().find(|row| row.author_id == *viewer).map(|row| my_feedback(row, *from));
    let from_other = rows
        .iter()
        .find(|row| row.author_id != *viewer)
        .map(|row| FeedbackFromOther { kudos: row.kudos.clone(), note_to_other: row.note_to_other.clone() })
        .filter(|other| !other.kudos.is_empty() || !other.note_to_other.is_empty());
    FeedbackEnvelope { mine, from_other }
}

fn my_feedback(row: &FeedbackRow, from: jiff::Timestamp) -> MyFeedback {
    MyFeedback {
        rating: row.rating.as_deref().and_then(Rating::parse),
        kudos: row.kudos.clone(),
        note_to_other: row.note_to_other.clone(),
        private_note: row.private_note.clone(),
        next_steps: row.next_steps.clone(),
        editable_until: rfc3339(domain::time::shifted(
            from,
            SignedDuration::from_hours(24 * wrapup::FEEDBACK_DAYS),
        )),
        updated_at: rfc3339(row.updated_at),
    }
}

pub fn impact(impact: &MentorImpact) -> Impact {
    let row = &impact.row;
    Impact {
        sessions_held: row.sessions_held,
        people_helped: row.people_helped,
        organizations_helped: row.organizations_helped,
        answers_accepted: row.answers_accepted,
        kudos: row.kudos.iter().map(|(tag, count)| KudosCount { tag: tag.clone(), count: *count }).collect(),
        helpful_share: impact.shown.and_then(|(helpful, ratings)| wrapup::helpful_share(helpful, ratings)),
        reliability: wrapup::reliability_line(row.sessions_showed_up, row.sessions_reported),
        sessions_reported: row.sessions_reported,
        sessions_showed_up: row.sessions_showed_up,
        outcomes_shared: row.outcomes_shared,
    }
}
