//! Wire types: the JSON bodies of the API, shared by the worker (which sends them) and the app
//! (which reads them). Fields are snake_case; times are RFC 3339 in UTC.

use serde::{Deserialize, Serialize};

/// `GET /api/health`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Health {
    /// Always `"ok"` when the worker answers.
    pub status: String,
    /// The version of the running build.
    pub version: String,
}

impl Health {
    pub fn ok() -> Self {
        Self { status: "ok".into(), version: crate::VERSION.into() }
    }
}

pub use crate::account::Organization;
pub use crate::directory::{CardImpact, MentorCard};
pub use crate::paging::ListMeta;
use crate::profile::{CareerStage, Visibility};

/// `POST /api/auth/email-code`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct EmailCodeRequest {
    #[cfg_attr(feature = "openapi", schema(example = "a.new.user@acme.com"))]
    pub email: String,
}

/// `POST /api/auth/verify`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct VerifyRequest {
    #[cfg_attr(feature = "openapi", schema(example = "a.new.user@acme.com"))]
    pub email: String,
    /// The six digits from the e-mail.
    #[cfg_attr(feature = "openapi", schema(example = "042137"))]
    pub code: String,
}

/// The signed-in person's account. Only its owner ever receives it: it holds the e-mail address.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct User {
    pub id: String,
    pub email: String,
    pub organization: Option<Organization>,
    /// Whether this user may rename the organization (its first member).
    pub can_rename_organization: bool,
    pub created_at: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct UserEnvelope {
    pub user: User,
}

/// A profile as others see it (`meeting_link` only for its owner).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Profile {
    /// The user's id.
    pub id: String,
    pub display_name: String,
    pub headline: String,
    /// Markdown as written.
    pub bio: String,
    /// The bio rendered to safe HTML.
    pub bio_html: String,
    pub expertise: Vec<String>,
    pub languages: Vec<String>,
    pub timezone: String,
    pub career_stage: Option<CareerStage>,
    pub is_mentor: bool,
    pub visibility: Visibility,
    pub accepting_requests: bool,
    pub weekly_capacity: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meeting_link: Option<String>,
    /// The owner's chosen language, shown to them alone; absent when they follow their browser's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locale: Option<crate::locale::Locale>,
    pub organization: Option<Organization>,
    pub updated_at: String,
}

/// `GET /api/me`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Me {
    pub user: User,
    pub profile: Profile,
    /// Unread messages in the user's request threads.
    pub unread: crate::thread::UnreadCounts,
    /// Paused by the no-show policy: no slots are offered until `POST /api/me/resume`.
    #[serde(default)]
    pub paused: bool,
    /// The end of the mentor's "I'm free right now", while it lasts.
    #[serde(default)]
    pub free_now_until: Option<String>,
}

/// `GET /api/session`: who is signed in, asked without an error for anonymous visitors.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Session {
    /// What `GET /api/me` answers; null when nobody is signed in.
    pub user: Option<Me>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ProfileEnvelope {
    pub profile: Profile,
}

/// `GET /api/mentors/{id}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MentorEnvelope {
    pub mentor: Profile,
    /// The mentor's sessions and answers, in totals (beside the profile, so that the profile
    /// every page reads for the signed-in person stays as small as it was).
    pub impact: crate::wrapup::Impact,
}

/// `PUT /api/me/organization`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct OrganizationUpdate {
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OrganizationEnvelope {
    pub organization: Organization,
}

/// One e-mail as the development outbox recorded it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OutboxMessage {
    pub to: String,
    pub subject: String,
    pub text: String,
    /// The invitation attached (`invite.ics`), for a booking, its move or its cancellation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invite: Option<String>,
    /// When it was delivered, or for a pending one when it was written.
    pub sent_at: String,
    pub status: crate::mail::MailStatus,
}

/// `GET /api/dev/outbox`, newest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Outbox {
    pub messages: Vec<OutboxMessage>,
}

/// What the API Worker asks of the jobs Worker for `GET /api/dev/outbox`: whose mail, or all.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutboxQuery {
    pub to: Option<String>,
}

/// `GET /api/me/export`: everything stored about the signed-in person.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Export {
    pub exported_at: String,
    pub user: User,
    pub profile: Profile,
    /// E-mails to this person from the last 30 days (a sign-in code's text is not kept once
    /// sent).
    pub messages: Vec<OutboxMessage>,
    /// Questions this person asked, with the offers on them.
    pub requests: Vec<crate::request::Request>,
    /// Offers this person made as a mentor.
    pub offers: Vec<crate::request::Offer>,
    /// Conversations this person took part in, with every message.
    pub threads: Vec<crate::thread::ThreadMessages>,
    /// Sessions this person booked or gave, past and upcoming.
    pub bookings: Vec<crate::booking::Booking>,
    /// This person's availability rules as a mentor, if they set any.
    pub availability: Option<crate::booking::AvailabilityInput>,
    /// Feedback this person gave (ratings, kudos, notes, next steps), and the kudos and notes
    /// others gave them; never a rating about them.
    #[cfg_attr(feature = "openapi", schema(value_type = Vec<Object>))]
    pub feedback: Vec<serde_json::Value>,
    /// Whether the no-show policy pauses them as a mentor, and since when.
    pub paused_at: Option<String>,
    /// What this person said came of sessions and answers, and the outcomes mentees shared with
    /// them.
    #[cfg_attr(feature = "openapi", schema(value_type = Vec<Object>))]
    pub outcomes: Vec<serde_json::Value>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TagCount {
    pub tag: String,
    pub count: u64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OrganizationCount {
    pub domain: String,
    pub name: String,
    pub count: u64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LanguageCount {
    pub code: String,
    pub count: u64,
}

/// Counts over all results of a search (not just the page), most common first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Facets {
    pub expertise: Vec<TagCount>,
    pub organization: Vec<OrganizationCount>,
    pub language: Vec<LanguageCount>,
}

/// `GET /api/mentors`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MentorList {
    pub mentors: Vec<MentorCard>,
    pub meta: ListMeta,
    pub facets: Facets,
}

/// `POST /api/dev/seed`: loads generated people (development only).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct SeedRequest {
    /// Names the set: "demo", "bench"… The same prefix and index always give the same person.
    pub prefix: String,
    /// The first index to load.
    #[serde(default)]
    pub start: u64,
    /// How many mentors to load from `start` (at most 2,000 a call).
    pub mentors: u64,
    /// How many mentees (people who do not mentor) to load as well (at most 200).
    #[serde(default)]
    pub mentees: u64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SeedResult {
    /// People created now; those who already existed are left as they are.
    pub created: u64,
    /// Sessions booked between demo mentees and the mentors created now who are booked up for
    /// the coming week.
    #[serde(default)]
    pub booked: u64,
}

/// `POST /api/dev/run-scheduled`: what the scheduled jobs did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ScheduledRun {
    pub reminders_sent: u32,
    pub requests_expired: u32,
    pub digests_sent: u32,
    /// Queued mails delivered by this run.
    pub mails_delivered: u32,
    /// Expired sign-in codes and rate-limit events older than any window, deleted.
    pub codes_purged: u32,
    pub rate_events_purged: u32,
    /// Mail sent (or given up on) more than 30 days ago, deleted.
    #[serde(default)]
    pub mails_purged: u32,
    /// People moved out of an organization that was a public suffix or a free-mail provider.
    pub organization_members_moved: u32,
    /// Skill relations learned from the network and stored (0 when nothing changed).
    pub skill_relations_learned: u32,
    /// Sessions whose participants were asked, 15 minutes after the end, whether they happened.
    pub attendance_asked: u32,
    /// Sessions whose 48 hours of reports ended and whose attendance is now final.
    pub attendance_settled: u32,
    /// Mentees asked, two weeks after a held session or an accepted answer, what came of it.
    pub outcomes_asked: u32,
    /// Mentors' busy calendars fetched again (each every 15 minutes).
    #[serde(default)]
    pub calendars_read: u32,
    /// Days (of every scope) and whole scopes whose insight aggregates were recomputed.
    #[serde(default)]
    pub insight_days_refreshed: u32,
    /// Run as deployed (`as_deployed`): undelivered mails handed (again) to the mail queue.
    #[serde(default)]
    pub mails_enqueued: u32,
    /// Run as deployed: busy calendars due for a read handed to the calendar queue.
    #[serde(default)]
    pub calendars_enqueued: u32,
    /// Run as deployed: scopes with out-of-date insights handed to the insights queue.
    #[serde(default)]
    pub insight_scopes_enqueued: u32,
}

/// `POST /api/dev/run-scheduled`'s body.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct RunScheduled {
    /// Stop as a run that dies right after taking its out-of-date insight marks would: nothing
    /// else runs, and the marks stay claimed until their lease ends.
    #[serde(default)]
    pub stop_after_claiming_insights: bool,
    /// Stop as a run that dies while parsing this busy calendar's file would, if the calendar is
    /// due: its read is recorded as begun and never ended; nothing else runs.
    #[serde(default)]
    pub stop_while_reading_calendar: Option<String>,
    /// Run as the Cron Trigger of a deployment does: mail, calendars and insights are handed to
    /// their queues, whose consumers do them in the background. Otherwise (the default) the run
    /// also drains that work itself before it answers, so that its effects are there when it does.
    #[serde(default)]
    pub as_deployed: bool,
}

/// `PUT /api/dev/cache-writes`: makes writes to the KV cache fail, to show that nothing but the
/// cache depends on them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct CacheWrites {
    pub failing: bool,
}

/// `POST /api/dev/seed-insights`: synthetic per-day aggregates for one organization and the
/// network, as a year of heavy use would leave them, for `make bench` (no sessions are made).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct SeedInsights {
    /// The organization's domain.
    pub scope: String,
    /// The first day written is this many days before today; then `days` days towards today.
    pub days_ago: u32,
    /// At most 31 a call.
    pub days: u32,
    /// Held sessions a day (at most 10,000), with questions and feedback in proportion.
    pub sessions_per_day: u32,
    /// Distinct members the sessions are spread over (at most 1,000,000).
    pub members: u32,
}

/// What `POST /api/dev/seed-insights` wrote.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SeededInsights {
    pub rows: u32,
}

/// `PUT /api/dev/mail-delivery`: makes delivery fail, to show that mail waits and is not lost.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct MailDelivery {
    pub failing: bool,
}

/// `PUT /api/dev/mail-api`: mail to addresses at `domain` is posted, as in production, to the
/// development mail API (`POST /api/dev/mail-api`), which answers as `answer` says.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct DevMailApi {
    pub domain: String,
    pub answer: DevMailAnswer,
}

/// How the development mail API answers a post.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum DevMailAnswer {
    /// Sends the mail and says so at once.
    Promptly,
    /// Sends the mail and says so a second later.
    Slowly,
    /// Sends the mail but answers 500 the first time it gets it, as if the answer were lost.
    FailsOnceAfterSending,
}

impl DevMailAnswer {
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Promptly => "promptly",
            Self::Slowly => "slowly",
            Self::FailsOnceAfterSending => "fails_once_after_sending",
        }
    }
}

/// `GET /api/dev/mail-api`: what the development mail API was posted, one entry per
/// `Idempotency-Key` (a post without one is an entry of its own). Like a real mail API, it
/// sends the mail of a key once, however often it is posted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DevMailPosts {
    pub sent: Vec<DevMailSent>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DevMailSent {
    pub idempotency_key: String,
    pub to: String,
    /// How many times this mail was posted.
    pub posts: u32,
}
