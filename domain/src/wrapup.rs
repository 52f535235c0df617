//! After the fifteen minutes: whether the session happened, what that means for either side
//! (the no-show policy), and feedback with kudos. Pure rules; the worker stores and applies them.

use jiff::{SignedDuration, Timestamp};
use serde::{Deserialize, Serialize};

use crate::error::{ApiError, ErrorCode};
use crate::side::Side;
use crate::time::shifted;

/// How long after a session's end each side may report or change its report; a one-sided report
/// stands once this has passed without an answer from the other side.
pub const REPORT_HOURS: i64 = 48;
/// Feedback may be given and edited for this long after the session (or the accepted answer).
pub const FEEDBACK_DAYS: i64 = 14;
/// Misses within this many days count towards the policy.
pub const MISS_WINDOW_DAYS: i64 = 30;
/// Misses (a late cancellation is half of one) that pause a mentor or limit a mentee.
pub const MISSES_THAT_COUNT: f64 = 2.0;
/// How long a mentee who missed twice may hold only one upcoming session.
pub const MENTEE_LIMIT_DAYS: i64 = 14;
/// Upcoming sessions a limited mentee may hold.
pub const LIMITED_UPCOMING: u32 = 1;
/// A cancellation this close to the start counts as half a miss.
pub const LATE_CANCEL_HOURS: i64 = 2;
/// Reported sessions before a mentor's reliability is shown.
pub const RELIABILITY_AFTER: u32 = 5;
/// Ratings before the share rated helpful is shown.
pub const HELPFUL_SHARE_AFTER: u32 = 5;

/// What one participant says happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Report {
    Held,
    OtherMissed,
    IMissed,
}

impl Report {
    pub const ALL: [Self; 3] = [Self::Held, Self::OtherMissed, Self::IMissed];

    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Held => "held",
            Self::OtherMissed => "other_missed",
            Self::IMissed => "i_missed",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.as_str() == raw)
    }

    /// What the report claims, said by `side`.
    const fn claim(self, side: Side) -> Attendance {
        match (self, side) {
            (Self::Held, _) => Attendance::Held,
            (Self::OtherMissed, Side::Mentor) | (Self::IMissed, Side::Mentee) => Attendance::MenteeMissed,
            (Self::OtherMissed, Side::Mentee) | (Self::IMissed, Side::Mentor) => Attendance::MentorMissed,
        }
    }
}

/// Whether a session happened, from both reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Attendance {
    Held,
    MentorMissed,
    MenteeMissed,
    /// The reports contradict each other: nobody is penalised.
    Disputed,
    /// Nobody has said yet, or one side has and the other may still answer.
    Unreported,
}

impl Attendance {
    pub const ALL: [Self; 5] =
        [Self::Held, Self::MentorMissed, Self::MenteeMissed, Self::Disputed, Self::Unreported];

    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Held => "held",
            Self::MentorMissed => "mentor_missed",
            Self::MenteeMissed => "mentee_missed",
            Self::Disputed => "disputed",
            Self::Unreported => "unreported",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|a| a.as_str() == raw)
    }

    /// The side this attendance counts a miss against.
    pub const fn missed_by(self) -> Option<Side> {
        match self {
            Self::MentorMissed => Some(Side::Mentor),
            Self::MenteeMissed => Some(Side::Mentee),
            _ => None,
        }
    }
}

/// When reports may no longer change, and a lone report stands.
pub fn reports_close(end: Timestamp) -> Timestamp {
    shifted(end, SignedDuration::from_hours(REPORT_HOURS))
}

/// The session's attendance from the mentor's and the mentee's reports, at `now`. Agreeing
/// reports decide at once; contradicting ones are `disputed`; a lone report stands once the
/// other side has had 48 hours to answer.
pub fn attendance(
    mentor: Option<Report>,
    mentee: Option<Report>,
    end: Timestamp,
    now: Timestamp,
) -> Attendance {
    let mentor = mentor.map(|r| r.claim(Side::Mentor));
    let mentee = mentee.map(|r| r.claim(Side::Mentee));
    match (mentor, mentee) {
        (None, None) => Attendance::Unreported,
        (Some(a), Some(b)) if a == b => a,
        (Some(_), Some(_)) => Attendance::Disputed,
        (Some(lone), None) | (None, Some(lone)) => {
            if now >= reports_close(end) {
                lone
            } else {
                Attendance::Unreported
            }
        }
    }
}

/// Whether `side` may report on a session ending at `end`, now.
pub fn may_report(end: Timestamp, now: Timestamp) -> Result<(), ApiError> {
    if now < end {
        return Err(ApiError::new(ErrorCode::TooEarly, "The session has not ended yet."));
    }
    if now >= reports_close(end) {
        return Err(ApiError::new(
            ErrorCode::WrapUpClosed,
            "Attendance can be reported for 48 hours after a session.",
        ));
    }
    Ok(())
}

/// A miss counted against someone: a missed session counts 1, a late cancellation ½.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Miss {
    /// The session's start.
    pub at: Timestamp,
    pub weight: f64,
}

/// A session as the policy sees it from one person's side.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SessionRecord {
    pub start: Timestamp,
    pub attendance: Attendance,
    /// When this person cancelled it, if they did.
    pub cancelled_by_them_at: Option<Timestamp>,
}

/// Whether a cancellation at `at` of a session starting at `start` is late (half a miss).
pub fn is_late_cancellation(start: Timestamp, at: Timestamp) -> bool {
    at < start && start.duration_since(at) < SignedDuration::from_hours(LATE_CANCEL_HOURS)
}

/// The misses of someone on `side` in their sessions.
pub fn misses(side: Side, sessions: &[SessionRecord]) -> Vec<Miss> {
    let mut misses: Vec<Miss> = sessions
        .iter()
        .filter_map(|s| {
            if let Some(at) = s.cancelled_by_them_at {
                return is_late_cancellation(s.start, at).then_some(Miss { at: s.start, weight: 0.5 });
            }
            (s.attendance.missed_by() == Some(side)).then_some(Miss { at: s.start, weight: 1.0 })
        })
        .collect();
    crate::order::sort_by_key(&mut misses, |m| m.at);
    misses
}

fn window() -> SignedDuration {
    SignedDuration::from_hours(24 * MISS_WINDOW_DAYS)
}

/// Whether a mentor is to be paused: 2 misses within 30 days, counting only misses after they
/// last resumed (so that resuming is not undone by the misses that paused them).
pub fn mentor_pauses(misses: &[Miss], resumed_at: Option<Timestamp>, now: Timestamp) -> bool {
    let since = resumed_at.map_or(now - window(), |at| at.max(now - window()));
    let counted: f64 = misses.iter().filter(|m| m.at > since && m.at <= now).map(|m| m.weight).sum();
    counted >= MISSES_THAT_COUNT
}

/// Until when a mentee may hold only one upcoming session: 14 days from the miss that made 2
/// within 30 days; `None` when that is not now.
pub fn mentee_limited_until(misses: &[Miss], now: Timestamp) -> Option<Timestamp> {
    let mut until: Option<Timestamp> = None;
    for (i, miss) in misses.iter().enumerate() {
        let counted: f64 = misses[..=i].iter().filter(|m| m.at > miss.at - window()).map(|m| m.weight).sum();
        if counted >= MISSES_THAT_COUNT {
            let end = shifted(miss.at, SignedDuration::from_hours(24 * MENTEE_LIMIT_DAYS));
            until = Some(until.map_or(end, |u| u.max(end)));
        }
    }
    until.filter(|until| now < *until)
}

/// The refusal for a limited mentee who already holds `upcoming` sessions.
pub fn check_mentee_limit(until: Option<Timestamp>, upcoming: u32) -> Result<(), ApiError> {
    match until {
        Some(until) if upcoming >= LIMITED_UPCOMING => Err(ApiError::new(
            ErrorCode::BookingLimited,
            format!(
                "After two missed sessions in 30 days you may hold one upcoming session at a time, until {}.",
                crate::time::rfc3339(until)
            ),
        )),
        _ => Ok(()),
    }
}

/// The public line about a mentor's reliability: only ever positive, and only once there are
/// enough reported sessions to mean something.
pub fn reliability_line(showed_up: u32, reported: u32) -> Option<String> {
    (reported >= RELIABILITY_AFTER && showed_up > 0)
        .then(|| format!("Showed up for {showed_up} of {reported} sessions"))
}

/// What feedback is about: a session, or an answer to an open question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum SubjectKind {
    Booking,
    Request,
}

impl SubjectKind {
    pub fn parse(raw: &str) -> Option<Self> {
        [Self::Booking, Self::Request].into_iter().find(|kind| kind.as_str() == raw)
    }

    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Booking => "booking",
            Self::Request => "request",
        }
    }
}

/// `POST /api/bookings/{id}/attendance`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct AttendanceInput {
    /// `held`, `other_missed` or `i_missed`.
    pub outcome: String,
}

impl AttendanceInput {
    pub fn parse(&self) -> Result<Report, ApiError> {
        Report::parse(&self.outcome)
            .ok_or_else(|| ApiError::validation("outcome", "Use held, other_missed or i_missed."))
    }
}

/// One's own feedback, as only its author sees it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MyFeedback {
    pub rating: Option<Rating>,
    pub kudos: Vec<String>,
    pub note_to_other: String,
    pub private_note: String,
    pub next_steps: Vec<String>,
    /// Until when it may be changed.
    pub editable_until: String,
    pub updated_at: String,
}

/// What the other participant chose to tell the viewer: kudos and a note, never a rating.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FeedbackFromOther {
    pub kudos: Vec<String>,
    pub note_to_other: String,
}

/// `GET`/`PUT /api/bookings/{id}/feedback`, `PUT /api/requests/{id}/feedback`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FeedbackEnvelope {
    pub mine: Option<MyFeedback>,
    pub from_other: Option<FeedbackFromOther>,
}

/// How often a kudos was given.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct KudosCount {
    pub tag: String,
    pub count: u32,
}

/// What a mentor's sessions and answers did, in totals: never one rating, never one person.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Impact {
    pub sessions_held: u32,
    pub people_helped: u32,
    /// Distinct organizations, other than the mentor's own, of the people helped.
    pub organizations_helped: u32,
    pub answers_accepted: u32,
    pub kudos: Vec<KudosCount>,
    /// Share of ratings that say helpful; null until 5 ratings exist.
    pub helpful_share: Option<f64>,
    /// "Showed up for 19 of 20 sessions", once 5 sessions are reported.
    pub reliability: Option<String>,
    /// The sessions reported and those the mentor showed up for: the figures of `reliability`.
    #[serde(default)]
    pub sessions_reported: u32,
    #[serde(default)]
    pub sessions_showed_up: u32,
    /// Outcomes mentees chose to share with the mentor.
    pub outcomes_shared: u32,
}

/// How a session or answer helped, in the mentee's word.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Rating {
    Helpful,
    Somewhat,
    NotHelpful,
}

impl Rating {
    pub const ALL: [Self; 3] = [Self::Helpful, Self::Somewhat, Self::NotHelpful];

    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Helpful => "helpful",
            Self::Somewhat => "somewhat",
            Self::NotHelpful => "not_helpful",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.as_str() == raw)
    }
}

/// The kudos one can give, in the order they are shown.
pub const KUDOS: [&str; 7] =
    ["clear", "practical", "kind", "insightful", "well_prepared", "good_listener", "followed_up"];

pub const MAX_NOTE_TO_OTHER: usize = 1_000;
pub const MAX_PRIVATE_NOTE: usize = 4_000;
pub const MAX_NEXT_STEPS: usize = 10;
pub const MAX_NEXT_STEP_CHARS: usize = 200;

/// Feedback as sent.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct FeedbackInput {
    /// `helpful`, `somewhat` or `not_helpful`; mentees only. Never shown to anyone.
    #[serde(default)]
    pub rating: Option<String>,
    #[serde(default)]
    pub kudos: Vec<String>,
    /// Shown to the other participant only.
    #[serde(default)]
    pub note_to_other: String,
    /// Shown to nobody but its author.
    #[serde(default)]
    pub private_note: String,
    #[serde(default)]
    pub next_steps: Vec<String>,
}

/// Feedback once checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Feedback {
    pub rating: Option<Rating>,
    pub kudos: Vec<String>,
    pub note_to_other: String,
    pub private_note: String,
    pub next_steps: Vec<String>,
}

fn too_long(field: &str, max: usize) -> ApiError {
    ApiError::validation(field, format!("Use at most {max} characters."))
}

impl FeedbackInput {
    /// Checks the feedback of someone on `side`: mentors give kudos and notes, not ratings.
    pub fn parse(self, side: Side) -> Result<Feedback, ApiError> {
        let rating = match (self.rating.as_deref(), side) {
            (None, _) => None,
            (Some(_), Side::Mentor) => {
                return Err(ApiError::validation("rating", "Mentors give kudos, not ratings."));
            }
            (Some(raw), Side::Mentee) => Some(
                Rating::parse(raw)
                    .ok_or_else(|| ApiError::validation("rating", "Use helpful, somewhat or not_helpful."))?,
            ),
        };
        let mut kudos = Vec::new();
        for tag in &self.kudos {
            if !KUDOS.contains(&tag.as_str()) {
                return Err(ApiError::validation("kudos", format!("Use only {}.", KUDOS.join(", "))));
            }
            if !kudos.contains(tag) {
                kudos.push(tag.clone());
            }
        }
        crate::order::sort_by_key(&mut kudos, |tag| KUDOS.iter().position(|k| k == tag));
        let note_to_other = self.note_to_other.trim().to_string();
        if note_to_other.chars().count() > MAX_NOTE_TO_OTHER {
            return Err(too_long("note_to_other", MAX_NOTE_TO_OTHER));
        }
        let private_note = self.private_note.trim().to_string();
        if private_note.chars().count() > MAX_PRIVATE_NOTE {
            return Err(too_long("private_note", MAX_PRIVATE_NOTE));
        }
        if self.next_steps.len() > MAX_NEXT_STEPS {
            return Err(ApiError::validation("next_steps", "List at most 10 next steps."));
        }
        let mut next_steps = Vec::new();
        for step in &self.next_steps {
            let step = step.trim();
            if step.chars().count() > MAX_NEXT_STEP_CHARS {
                return Err(too_long("next_steps", MAX_NEXT_STEP_CHARS));
            }
            if !step.is_empty() {
                next_steps.push(step.to_string());
            }
        }
        Ok(Feedback { rating, kudos, note_to_other, private_note, next_steps })
    }
}

/// Whether feedback on something that ended (or was accepted) at `from` may be given now.
pub fn may_give_feedback(from: Timestamp, now: Timestamp) -> Result<(), ApiError> {
    if now < from {
        return Err(ApiError::new(ErrorCode::TooEarly, "Feedback opens once the session has ended."));
    }
    if now >= shifted(from, SignedDuration::from_hours(24 * FEEDBACK_DAYS)) {
        return Err(ApiError::new(ErrorCode::WrapUpClosed, "Feedback can be given and changed for 14 days."));
    }
    Ok(())
}

/// The share of ratings that say helpful, once there are enough of them, to the nearest tenth.
pub fn helpful_share(helpful: u32, ratings: u32) -> Option<f64> {
    (ratings >= HELPFUL_SHARE_AFTER).then(|| (f64::from(helpful) / f64::from(ratings) * 10.0).round() / 10.0)
}

/// The counts `(helpful, ratings)` a shown share is computed from. It is published anew only
/// once the number of ratings moved by [`HELPFUL_SHARE_AFTER`] since the last time: whoever reads
/// it before and after one mentee's wrap-up learns nothing of that one rating (given or changed).
pub fn published_counts(published: Option<(u32, u32)>, helpful: u32, ratings: u32) -> Option<(u32, u32)> {
    match published {
        Some((_, at)) if ratings.abs_diff(at) < HELPFUL_SHARE_AFTER => published,
        _ if ratings >= HELPFUL_SHARE_AFTER => Some((helpful, ratings)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> Timestamp {
        s.parse().unwrap()
    }

    const END: &str = "2026-12-03T10:15:00Z";

    #[test]
    fn every_pair_of_reports_decides_the_attendance() {
        use Attendance as A;
        use Report as R;
        let end = at(END);
        let soon = end + SignedDuration::from_hours(1);
        let later = end + SignedDuration::from_hours(REPORT_HOURS);
        let reports = [None, Some(R::Held), Some(R::OtherMissed), Some(R::IMissed)];
        // (mentor, mentee) → attendance before and after the 48 hours.
        let expected = |mentor: Option<R>, mentee: Option<R>| -> (A, A) {
            match (mentor, mentee) {
                (None, None) => (A::Unreported, A::Unreported),
                (Some(R::Held), None) | (None, Some(R::Held)) => (A::Unreported, A::Held),
                (Some(R::OtherMissed), None) | (None, Some(R::IMissed)) => (A::Unreported, A::MenteeMissed),
                (Some(R::IMissed), None) | (None, Some(R::OtherMissed)) => (A::Unreported, A::MentorMissed),
                (Some(R::Held), Some(R::Held)) => (A::Held, A::Held),
                (Some(R::OtherMissed), Some(R::IMissed)) => (A::MenteeMissed, A::MenteeMissed),
                (Some(R::IMissed), Some(R::OtherMissed)) => (A::MentorMissed, A::MentorMissed),
                _ => (A::Disputed, A::Disputed),
            }
        };
        let mut disputed = 0;
        for mentor in reports {
            for mentee in reports {
                let (before, after) = expected(mentor, mentee);
                assert_eq!(attendance(mentor, mentee, end, soon), before, "{mentor:?} {mentee:?} before");
                assert_eq!(attendance(mentor, mentee, end, later), after, "{mentor:?} {mentee:?} after");
                disputed += usize::from(before == A::Disputed);
            }
        }
        // held/other_missed, held/i_missed, other_missed/held, other_missed/other_missed,
        // i_missed/held, i_missed/i_missed: every contradiction, and nothing else.
        assert_eq!(disputed, 6);
    }

    #[test]
    fn reports_open_at_the_end_and_close_48_hours_later() {
        let end = at(END);
        assert_eq!(
            may_report(end, end - SignedDuration::from_mins(1)).unwrap_err().code,
            ErrorCode::TooEarly
        );
        assert!(may_report(end, end).is_ok());
        assert!(may_report(end, end + SignedDuration::from_hours(47)).is_ok());
        assert_eq!(
            may_report(end, end + SignedDuration::from_hours(48)).unwrap_err().code,
            ErrorCode::WrapUpClosed
        );
    }

    fn record(start: &str, attendance: Attendance, cancelled: Option<&str>) -> SessionRecord {
        SessionRecord { start: at(start), attendance, cancelled_by_them_at: cancelled.map(at) }
    }

    #[test]
    fn a_late_cancellation_is_half_a_miss_and_an_early_one_none() {
        let sessions = [
            record("2026-12-01T10:00:00Z", Attendance::Unreported, Some("2026-12-01T08:30:00Z")),
            record("2026-12-02T10:00:00Z", Attendance::Unreported, Some("2026-12-01T10:00:00Z")),
            record("2026-12-03T10:00:00Z", Attendance::MentorMissed, None),
            record("2026-12-04T10:00:00Z", Attendance::MenteeMissed, None),
            record("2026-12-05T10:00:00Z", Attendance::Disputed, None),
        ];
        let mentor = misses(Side::Mentor, &sessions);
        assert_eq!(mentor.iter().map(|m| m.weight).collect::<Vec<_>>(), [0.5, 1.0]);
        let mentee = misses(Side::Mentee, &sessions);
        assert_eq!(mentee.iter().map(|m| m.weight).collect::<Vec<_>>(), [0.5, 1.0]);
        assert!(is_late_cancellation(at("2026-12-01T10:00:00Z"), at("2026-12-01T08:00:01Z")));
        assert!(!is_late_cancellation(at("2026-12-01T10:00:00Z"), at("2026-12-01T08:00:00Z")));
    }

    fn miss(day: &str, weight: f64) -> Miss {
        Miss { at: at(&format!("{day}T10:00:00Z")), weight }
    }

    #[test]
    fn two_misses_in_30_days_pause_a_mentor_until_they_resume() {
        let now = at("2026-12-20T00:00:00Z");
        assert!(!mentor_pauses(&[miss("2026-12-01", 1.0)], None, now));
        assert!(mentor_pauses(&[miss("2026-12-01", 1.0), miss("2026-12-10", 1.0)], None, now));
        assert!(
            !mentor_pauses(&[miss("2026-11-01", 1.0), miss("2026-12-10", 1.0)], None, now),
            "31 days apart"
        );
        assert!(!mentor_pauses(&[miss("2026-12-01", 1.0), miss("2026-12-10", 0.5)], None, now), "1.5 misses");
        assert!(mentor_pauses(
            &[miss("2026-12-01", 0.5), miss("2026-12-05", 0.5), miss("2026-12-10", 1.0)],
            None,
            now
        ));
        let both = [miss("2026-12-01", 1.0), miss("2026-12-10", 1.0)];
        assert!(!mentor_pauses(&both, Some(at("2026-12-15T00:00:00Z")), now), "resumed after both");
        let again = [miss("2026-12-01", 1.0), miss("2026-12-10", 1.0), miss("2026-12-16", 1.0)];
        assert!(!mentor_pauses(&again, Some(at("2026-12-15T00:00:00Z")), now), "one since resuming");
    }

    #[test]
    fn two_misses_in_30_days_limit_a_mentee_for_14_days() {
        let misses = [miss("2026-12-01", 1.0), miss("2026-12-10", 1.0)];
        let limited = Some(at("2026-12-24T10:00:00Z"));
        assert_eq!(mentee_limited_until(&misses, at("2026-12-11T00:00:00Z")), limited);
        assert_eq!(mentee_limited_until(&misses, at("2026-12-24T10:00:00Z")), None, "14 days on");
        assert_eq!(mentee_limited_until(&misses[..1], at("2026-12-11T00:00:00Z")), None);
        let apart = [miss("2026-10-01", 1.0), miss("2026-12-10", 1.0)];
        assert_eq!(mentee_limited_until(&apart, at("2026-12-11T00:00:00Z")), None);
        assert!(check_mentee_limit(limited, 0).is_ok(), "one upcoming session is allowed");
        assert_eq!(check_mentee_limit(limited, 1).unwrap_err().code, ErrorCode::BookingLimited);
        assert!(check_mentee_limit(None, 5).is_ok());
    }

    #[test]
    fn reliability_is_shown_only_positively_and_after_five_sessions() {
        assert_eq!(reliability_line(4, 4), None);
        assert_eq!(reliability_line(19, 20).as_deref(), Some("Showed up for 19 of 20 sessions"));
        assert_eq!(reliability_line(0, 6), None);
        assert_eq!(helpful_share(4, 4), None);
        assert_eq!(helpful_share(4, 5), Some(0.8));
        assert_eq!(helpful_share(6, 7), Some(0.9), "to the nearest tenth");
    }

    #[test]
    fn one_more_rating_never_changes_the_published_share() {
        // Ratings arrive one by one, helpful or not, and earlier ones are changed on the way.
        let mut published = None;
        let (mut helpful, mut ratings) = (0, 0);
        let mut shown_after = Vec::new();
        for step in 0..23u32 {
            ratings += 1;
            if step % 3 != 0 {
                helpful += 1;
            }
            if step % 4 == 1 && helpful > 0 {
                helpful -= 1; // an earlier mentee changed their mind
            }
            published = published_counts(published, helpful, ratings);
            shown_after.push(published.and_then(|(h, r)| helpful_share(h, r)));
        }
        for (index, pair) in shown_after.windows(2).enumerate() {
            let ratings_now = index as u32 + 2;
            if pair[0] != pair[1] {
                assert_eq!(ratings_now % HELPFUL_SHARE_AFTER, 0, "moved at {ratings_now} ratings: {pair:?}");
            }
        }
        assert_eq!(shown_after[3], None, "four ratings show nothing");
        assert!(shown_after[4].is_some());
        assert_eq!(published_counts(Some((4, 5)), 9, 9), Some((4, 5)), "changes wait for five more");
        assert_eq!(published_counts(Some((4, 5)), 5, 10), Some((5, 10)));
        assert_eq!(published_counts(None, 2, 3), None);
        assert_eq!(published_counts(Some((8, 12)), 2, 7), Some((2, 7)), "five fewer, as ratings age out");
    }

    #[test]
    fn feedback_is_checked_field_by_field() {
        let ok = FeedbackInput {
            rating: Some("helpful".into()),
            kudos: vec!["kind".into(), "clear".into(), "kind".into()],
            note_to_other: " Thanks! ".into(),
            private_note: "Try the memory limits first.".into(),
            next_steps: vec!["Set requests and limits".into(), " ".into()],
        };
        let parsed = ok.clone().parse(Side::Mentee).unwrap();
        assert_eq!(parsed.rating, Some(Rating::Helpful));
        assert_eq!(parsed.kudos, ["clear", "kind"], "deduplicated, in the shown order");
        assert_eq!(parsed.note_to_other, "Thanks!");
        assert_eq!(parsed.next_steps, ["Set requests and limits"]);
        let field = |input: FeedbackInput, side: Side| input.parse(side).unwrap_err().field.unwrap();
        assert_eq!(field(ok.clone(), Side::Mentor), "rating", "mentors give kudos only");
        assert_eq!(
            field(FeedbackInput { rating: Some("great".into()), ..ok.clone() }, Side::Mentee),
            "rating"
        );
        assert_eq!(field(FeedbackInput { kudos: vec!["funny".into()], ..ok.clone() }, Side::Mentee), "kudos");
        let long = |n: usize| "x".repeat(n);
        assert_eq!(
            field(FeedbackInput { note_to_other: long(1_001), ..ok.clone() }, Side::Mentee),
            "note_to_other"
        );
        assert_eq!(
            field(FeedbackInput { private_note: long(4_001), ..ok.clone() }, Side::Mentee),
            "private_note"
        );
        assert_eq!(
            field(FeedbackInput { next_steps: vec!["a".into(); 11], ..ok.clone() }, Side::Mentee),
            "next_steps"
        );
        assert_eq!(field(FeedbackInput { next_steps: vec![long(201)], ..ok }, Side::Mentee), "next_steps");
        assert!(FeedbackInput::default().parse(Side::Mentor).is_ok(), "everything is optional");
    }

    #[test]
    fn feedback_opens_at_the_end_for_14_days() {
        let end = at(END);
        assert_eq!(
            may_give_feedback(end, end - SignedDuration::from_mins(1)).unwrap_err().code,
            ErrorCode::TooEarly
        );
        assert!(may_give_feedback(end, end + SignedDuration::from_hours(24 * 14 - 1)).is_ok());
        assert_eq!(
            may_give_feedback(end, end + SignedDuration::from_hours(24 * 14)).unwrap_err().code,
            ErrorCode::WrapUpClosed
        );
    }
}
