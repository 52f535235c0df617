//! What came of a session or an answer, as the mentee sees it and as a mentor was told it.

use domain::markdown;
use domain::outcome::{MyImpact, Outcome, OutcomeEnvelope, SharedOutcome};
use domain::time::rfc3339;

use crate::services::wrapup::MentorImpact;
use crate::store::outcomes::{OutcomeRow, SharedRow};

pub fn envelope(row: Option<OutcomeRow>) -> OutcomeEnvelope {
    OutcomeEnvelope { outcome: row.map(outcome) }
}

fn outcome(row: OutcomeRow) -> Outcome {
    Outcome {
        kind: row.subject_kind,
        subject_id: row.subject_id,
        status: row.status,
        note: row.note,
        share_with_mentor: row.share_with_mentor,
        updated_at: rfc3339(row.updated_at),
    }
}

pub fn my_impact(impact: &MentorImpact, shared: Vec<SharedRow>) -> MyImpact {
    MyImpact {
        impact: super::wrapup::impact(impact),
        shared_outcomes: shared
            .into_iter()
            .map(|row| SharedOutcome {
                kind: row.subject_kind,
                subject_id: row.subject_id,
                mentee: row.mentee_name,
                about: markdown::first_line(&row.about, 80),
                status: row.status,
                note: row.note,
                updated_at: rfc3339(row.updated_at),
            })
            .collect(),
    }
}
