//! The growth record: gathered in one batch, assembled by `domain::growth`.

use domain::booking::Side;
use domain::growth::{self, Growth, GrowthItem};
use domain::markdown;
use domain::matching::understand::{Learned, understand};
use domain::wrapup::SubjectKind;

use crate::app_ctx::AppCtx;
use crate::error::AppError;
use crate::store::growth::{self as store, SubjectRow};
use crate::store::users::UserRow;

/// The user's record, months in their zone.
pub async fn of(ctx: &AppCtx<'_>, user: &UserRow, zone: &str) -> Result<Growth, AppError> {
    let gathered = store::gather(&ctx.db()?, &user.id).await?;
    let items = gathered
        .subjects
        .into_iter()
        .map(|subject| {
            let same = |kind: SubjectKind, id: &str| kind == subject.kind && id == subject.subject_id;
            let mine = gathered.feedback.iter().find(|f| f.mine && same(f.subject_kind, &f.subject_id));
            let theirs = gathered.feedback.iter().find(|f| !f.mine && same(f.subject_kind, &f.subject_id));
            let outcome = gathered
                .outcomes
                .iter()
                .find(|o| same(o.subject_kind, &o.subject_id))
                .map(|o| (o.status, o.note.clone()));
            GrowthItem {
                kind: subject.kind,
                role: if subject.as_mentor { Side::Mentor } else { Side::Mentee },
                at: subject.at,
                with: if subject.with_name.is_empty() {
                    "Anonymous".into()
                } else {
                    subject.with_name.clone()
                },
                title: markdown::first_line(&subject.title, 120),
                skills: skills(&subject),
                private_note: mine.map(|f| f.private_note.clone()).unwrap_or_default(),
                next_steps: mine.map(|f| f.next_steps.clone()).unwrap_or_default(),
                kudos_received: theirs.map(|f| f.kudos.clone()).unwrap_or_default(),
                note_received: theirs.map(|f| f.note_to_other.clone()).unwrap_or_default(),
                outcome,
                subject_id: subject.subject_id,
            }
        })
        .collect();
    Ok(growth::build(items, zone))
}

/// A question's own tags; for a session, the skills its agenda names, as matching reads them.
fn skills(subject: &SubjectRow) -> Vec<String> {
    if subject.kind == SubjectKind::Request {
        return subject.expertise.clone();
    }
    understand(&subject.title, &[], &[], &Learned::default())
        .skills
        .into_iter()
        .map(|asked| asked.tag)
        .collect()
}
