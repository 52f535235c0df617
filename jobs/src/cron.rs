//! Work done on a schedule (the Cron Trigger), not in answer to a request: reminders, request
//! expiry and digests, wrap-up and check-in mails, learned skill relations, the directory's
//! time-zone offsets; and handing the queues what is due (busy calendars to read, insight scopes
//! to recompute, mail not delivered 10 minutes after it was handed). Each step is bounded and
//! independent: one that fails is logged and the others run.

use domain::account::{self, Email, Rederived};
use domain::booking::BookingNotice;
use domain::feed::{self, DigestCandidate, DigestWindow, MentorFit};
use domain::mail::{DigestItem, MailContent};
use domain::matching::learn;
use domain::profile::Viewer;
use domain::request::{self, RequestEvent, RequestRole};
use domain::time::utc_offset_minutes;
use domain::wire::ScheduledRun;
use jiff::{SignedDuration, Timestamp};
use worker::{Env, console_error};

use backend::app_ctx::{self, AppCtx, Later};
use backend::error::AppError;
use backend::mailer::{self, Mail, delivery};
use backend::queues;
use backend::services::requests::{request_fit, role_of};
use backend::services::{accounts, booking, calendar_reads, insights_refresh, outcomes, wrapup};
use backend::store::outbox::After;
use backend::store::{
    self, bookings, directory, login_codes, matching, organizations, outbox, rate_events, requests,
};

/// Digests sent per scheduled run; the rest go on the next runs.
const DIGESTS_PER_RUN: i64 = 40;

/// Where local runs serve the app, for links in mail when `APP_ORIGIN` is not set.
const DEVELOPMENT_ORIGIN: &str = "http://127.0.0.1:8787";

/// Reminders of each kind sent per run; the rest stay due for the next runs.
const REMINDERS_PER_RUN: i64 = 200;

/// Members of one organization moved per run; it is checked again until none is left to move.
const MEMBERS_MOVED_PER_RUN: i64 = 100;

/// Expired codes, old rate-limit events and old match exposure deleted per run and kind.
const PURGED_PER_RUN: i64 = 5_000;

/// The app's address, for links in mail (sent with no request to take it from): `APP_ORIGIN`,
/// or locally where `make dev` serves it. None (and logged) when a deployment lacks it: the
/// jobs then run nothing rather than mail links to an address that is not the app's, and what
/// is due waits for the first run after it is set.
pub fn origin(env: &Env) -> Option<String> {
    let origin = match app_ctx::config_of(env, "APP_ORIGIN") {
        Some(origin) => origin,
        None if app_ctx::is_development(env) => DEVELOPMENT_ORIGIN.into(),
        None => {
            console_error!(
                "APP_ORIGIN is not set: the scheduled jobs do not run until it names the app's address"
            );
            return None;
        }
    };
    match worker::Url::parse(&origin) {
        Ok(url) => Some(url.origin().ascii_serialization()),
        Err(error) => {
            console_error!("APP_ORIGIN is not a valid address: {error}");
            None
        }
    }
}

/// Runs every scheduled job for the Cron Trigger, handing the queues their work.
pub async fn run(env: &Env, now: Timestamp) {
    let Some(origin) = origin(env) else { return };
    let later = Later::default();
    let ctx = AppCtx { env, now, origin, later: &later, client: "scheduled".into(), per_run_asked: None };
    run_at(&ctx, Queues::Hand).await;
    later.finish(env, now).await;
}

/// What a run does with the work that goes on queues.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Queues {
    /// Hands it to the queues, as a deployment's Cron Trigger does.
    Hand,
    /// Does it before answering (development's `POST /api/dev/run-scheduled`), so that its
    /// effects are there when the run answers, at the development clock's time.
    Drain,
}

/// Runs every job at `ctx.now`; a failing job is logged and does not stop the others. Returns
/// what each did.
pub async fn run_at(ctx: &AppCtx<'_>, queues: Queues) -> ScheduledRun {
    if let Err(error) = refresh_offsets(ctx.env, ctx.now).await {
        console_error!("refreshing time-zone offsets: {error}");
    }
    let count = |job: &str, outcome: Result<u32, AppError>| {
        outcome.unwrap_or_else(|error| {
            console_error!("{job}: {error}");
            0
        })
    };
    let reminders_sent = count("sending reminders", send_reminders(ctx).await);
    let requests_expired = count("expiring requests", expire_requests(ctx).await);
    let digests_sent = count("sending request digests", send_digests(ctx).await);
    let [codes_purged, rate_events_purged, mails_purged] = purge(ctx).await.unwrap_or_else(|error| {
        console_error!("purging: {error}");
        [0; 3]
    });
    let organization_members_moved = count("re-deriving organizations", rederive_organizations(ctx).await);
    let skill_relations_learned = count("learning skill relations", learn_skill_relations(ctx).await);
    let attendance_asked = count("asking about attendance", wrapup::ask_attendance(ctx).await);
    let attendance_settled = count("settling attendance", wrapup::settle_attendance(ctx).await);
    let outcomes_asked = count("asking about outcomes", outcomes::ask(ctx).await);
    let mut run = ScheduledRun::default();
    match queues {
        Queues::Hand => {
            run.insight_scopes_enqueued =
                count("handing insights to their queue", insights_refresh::enqueue_marked(ctx).await);
            run.calendars_enqueued =
                count("handing calendars to their queue", calendar_reads::enqueue_due(ctx).await);
            run.mails_enqueued =
                count("handing mail to its queue again", queues::enqueue_unsent_mail(ctx.env, ctx.now).await);
        }
        Queues::Drain => {
            run.insight_days_refreshed =
                count("aggregating insights", insights_refresh::refresh(ctx, None).await);
            // After the jobs above, so that what they queued goes out in the same run.
            run.mails_delivered = delivery::deliver_due(ctx.env, ctx.now).await;
            // Last: mentors' calendars are files from anywhere, and a run stopped while reading
            // one has already done everything else.
            run.calendars_read = count("reading busy calendars", calendar_reads::refresh_due(ctx).await);
        }
    }
    ScheduledRun {
        reminders_sent,
        requests_expired,
        digests_sent,
        codes_purged,
        rate_events_purged,
        mails_purged,
        organization_members_moved,
        skill_relations_learned,
        attendance_asked,
        attendance_settled,
        outcomes_asked,
        ..run
    }
}

/// Relations are learned again at most hourly (in development whenever the directory changed).
const LEARN_EVERY_SECONDS: i64 = 60 * 60;

/// Recomputes which skills occur together on profiles and answered questions (PMI), so that a
/// tag people invent gets related skills without anyone editing the knowledge base; and drops
/// match exposure older than last week. Returns how many relations are stored (0 when skipped).
async fn learn_skill_relations(ctx: &AppCtx<'_>) -> Result<u32, AppError> {
    let db = ctx.db()?;
    let now = ctx.now_seconds();
    let Some(state) = matching::learned_state(&db).await? else { return Ok(0) };
    if let Some((version, at)) = state.learned.as_deref().and_then(|learned| learned.split_once('@')) {
        let recent = at.parse::<i64>().is_ok_and(|at| now - at < LEARN_EVERY_SECONDS);
        if version == state.version || (recent && !ctx.is_development()) {
            return Ok(0);
        }
    }
    let (pairs, documents) = matching::pair_counts(&db, learn::MIN_TOGETHER).await?;
    let relations = learn::relations(&pairs, documents);
    let two_weeks_ago =
        (ctx.now - SignedDuration::from_hours(14 * 24)).to_zoned(jiff::tz::TimeZone::UTC).date();
    let mut statements = matching::replace_relations_statements(&db, &relations)?;
    statements.push(matching::mark_learned_statement(&db, &state.version, now)?);
    statements.push(matching::purge_exposure_statement(&db, &two_weeks_ago.to_string(), PURGED_PER_RUN)?);
    let yesterday = (ctx.now - SignedDuration::from_hours(24)).to_zoned(jiff::tz::TimeZone::UTC).date();
    statements.push(matching::purge_views_statement(&db, &yesterday.to_string(), PURGED_PER_RUN)?);
    db.batch(statements).await?;
    Ok(u32::try_from(relations.len()).unwrap_or(u32::MAX))
}

/// Organizations checked per scheduled run; a deployment from before holds few.
const ORGANIZATIONS_CHECKED_PER_RUN: i64 = 50;

/// Moves the members of organizations made before the Public Suffix List decided them (a public
/// suffix such as `com.tw`, or a free-mail provider) to the organization their own address places
/// them in, one organization per batch. Returns how many people moved.
async fn rederive_organizations(ctx: &AppCtx<'_>) -> Result<u32, AppError> {
    let db = ctx.db()?;
    let mut moved = 0;
    let domains = accounts::mail_domains(ctx).await?;
    for domain in organizations::unchecked(&db, ORGANIZATIONS_CHECKED_PER_RUN).await? {
        let mut statements = Vec::new();
        let members = organizations::members(&db, &domain, MEMBERS_MOVED_PER_RUN).await?;
        // With a full page read, members may be left to move: the next run goes on.
        let mut checked = members.len() < MEMBERS_MOVED_PER_RUN as usize;
        for member in members {
            let Ok(email) = Email::parse(&member.email) else { continue };
            let Rederived::Move(to) = account::rederive(&domain, &email, domains) else {
                checked = true;
                break;
            };
            if let Some(organization) = &to {
                statements.push(organizations::create_if_new_statement(
                    &db,
                    organization,
                    &member.id,
                    ctx.now,
                )?);
            }
            let to = to.as_ref().map(|organization| organization.domain.as_str());
            statements.extend(organizations::move_member_statements(&db, &member.id, &domain, to)?);
            moved += 1;
        }
        if !statements.is_empty() {
            statements.push(store::bump_version_statement(&db, store::Versioned::Directory));
        }
        // A full page with no one to move would otherwise be read again on every run.
        if checked || statements.is_empty() {
            statements.extend(organizations::checked_statements(&db, &domain)?);
        }
        db.batch(statements).await?;
    }
    Ok(moved)
}

/// Sends the reminders that are due: the day before and just before, each at most once.
async fn send_reminders(ctx: &AppCtx<'_>) -> Result<u32, AppError> {
    let db = ctx.db()?;
    let mut sent = 0;
    for (reminder, minutes, notice) in [
        (bookings::Reminder::DayBefore, 24 * 60, BookingNotice::DayBefore),
        (bookings::Reminder::Soon, 15, BookingNotice::Soon),
    ] {
        let until = ctx.now + SignedDuration::from_mins(minutes);
        for row in bookings::due(&db, reminder, ctx.now, until, ctx.per_run(REMINDERS_PER_RUN)).await? {
            // The mails follow the mark directly: written only if this run made it.
            let mut statements = vec![bookings::mark_reminded_statement(&db, &row.id, reminder)?];
            statements.extend(mailer::queue_statements(
                ctx,
                &booking::mails(ctx, &row, notice, None),
                After::Changed,
            )?);
            let results = db.batch(statements).await?;
            if results.first().is_some_and(store::changed) {
                sent += 1;
            }
        }
    }
    Ok(sent)
}

/// Marks open requests past their time expired and tells their authors. Returns how many.
async fn expire_requests(ctx: &AppCtx<'_>) -> Result<u32, AppError> {
    let db = ctx.db()?;
    let mut expired = 0;
    for row in requests::due_to_expire(&db, ctx.now).await? {
        row.status.after(RequestEvent::Expire)?;
        let link = ctx.link(&format!("/requests/{}", row.id));
        let content = MailContent::RequestExpired { title: row.title.clone(), offers: row.offer_count, link };
        let mail = Mail::new(&row.author_email, content);
        let mut statements = vec![requests::expire_statement(&db, &row.id, ctx.now)?];
        statements.extend(mailer::queue_statements(ctx, &[mail], After::Changed)?);
        let results = db.batch(statements).await?;
        if results.first().is_some_and(store::changed) {
            expired += 1;
        }
    }
    Ok(expired)
}

/// Sends each mentor who accepts requests at most one mail a day listing the new open requests
/// that fit them (`domain::feed::digest`). Returns how many digests went out.
async fn send_digests(ctx: &AppCtx<'_>) -> Result<u32, AppError> {
    let db = ctx.db()?;
    let day_ago = ctx.now - SignedDuration::from_hours(24);
    // No open request is older than the longest expiry.
    let floor = ctx.now - SignedDuration::from_hours(24 * i64::from(request::MAX_EXPIRY_DAYS));
    let mentors = requests::digest_mentors(&db, day_ago, floor, ctx.now, DIGESTS_PER_RUN).await?;
    if mentors.is_empty() {
        return Ok(0);
    }
    let newest = requests::newest_seq(&db).await?;
    let fresh = requests::open_since(&db, floor, ctx.now).await?;
    let mut sent = 0;
    for mentor in mentors {
        let fit_for = MentorFit {
            expertise: &mentor.expertise,
            languages: &mentor.languages,
            utc_offset_minutes: utc_offset_minutes(&mentor.timezone, ctx.now),
        };
        let viewer =
            Viewer { user_id: mentor.user_id.as_str(), organization: mentor.organization_domain.as_deref() };
        let candidates: Vec<DigestCandidate<'_>> = fresh
            .iter()
            .map(|row| DigestCandidate {
                // A digest goes to mentors who have not been accepted: an anonymous author stays so.
                fit: request_fit(row, ctx.now, !row.anonymous),
                seq: row.seq,
                created_at: row.created_at,
                open_to_mentor: role_of(row, viewer, true, None, ctx.now) == Some(RequestRole::Mentor),
            })
            .collect();
        let window = DigestWindow { seen_up_to: mentor.seen_up_to, newest, day_ago };
        let chosen = feed::digest(&fit_for, window, &candidates);
        // Marked even when nothing is left after the checks, so one mentor cannot hold up others.
        let marked = requests::digest_sent_statement(&db, &mentor.user_id, ctx.now, newest)?;
        if chosen.is_empty() {
            marked.run().await?;
            continue;
        }
        let items: Vec<DigestItem> = chosen
            .into_iter()
            .map(|(index, fit)| {
                let row = &fresh[index];
                DigestItem {
                    title: row.title.clone(),
                    reasons: fit.reasons,
                    link: ctx.link(&format!("/requests/{}", row.id)),
                }
            })
            .collect();
        let content = MailContent::Digest { items, link: ctx.link("/requests") };
        let mut statements = vec![marked];
        statements.extend(mailer::queue_statements(
            ctx,
            &[Mail::new(&mentor.email, content)],
            After::Always,
        )?);
        ctx.db()?.batch(statements).await?;
        sent += 1;
    }
    Ok(sent)
}

/// Sent mail is deleted after this many days.
const MAIL_KEPT_DAYS: i64 = 30;
/// Mails deleted per run; a backlog goes over the next runs.
const MAILS_PURGED_PER_RUN: i64 = 500;

/// Deletes expired sign-in codes, rate-limit events older than the longest window (a day), and
/// mail sent more than 30 days ago. Returns how many of each.
async fn purge(ctx: &AppCtx<'_>) -> Result<[u32; 3], AppError> {
    let db = ctx.db()?;
    // Never later than the real clock: a development run in the future must not purge the codes
    // people are signing in with now, or the mail they are reading.
    let now = ctx.now.min(backend::app_ctx::clock());
    let mail_cutoff = now - SignedDuration::from_hours(24 * MAIL_KEPT_DAYS);
    let results = db
        .batch(vec![
            login_codes::purge_expired_statement(&db, now.as_second(), PURGED_PER_RUN)?,
            rate_events::purge_statement(&db, 24 * 60 * 60, now.as_second(), PURGED_PER_RUN)?,
            outbox::purge_statement(&db, mail_cutoff, MAILS_PURGED_PER_RUN)?,
        ])
        .await?;
    let count =
        |index: usize| results.get(index).map_or(0, |r| u32::try_from(store::changes(r)).unwrap_or(0));
    Ok([count(0), count(1), count(2)])
}

/// Directory rows keep each mentor's current UTC offset for the overlap filter; daylight saving
/// moves it, so it is recomputed from the IANA zone on every scheduled run.
async fn refresh_offsets(env: &Env, now: Timestamp) -> worker::Result<()> {
    let db = env.d1("DB")?;
    let statements = directory::timezones(&db)
        .await?
        .iter()
        .map(|zone| directory::set_offset_statement(&db, zone, utc_offset_minutes(zone, now)))
        .collect::<worker::Result<Vec<_>>>()?;
    if statements.is_empty() {
        return Ok(());
    }
    let changed: usize = db.batch(statements).await?.iter().map(store::changes).sum();
    // Cached search counts depend on offsets only through the overlap filter, and only a change
    // makes them stale.
    if changed > 0 {
        store::bump_version_statement(&db, store::Versioned::Directory).run().await?;
    }
    Ok(())
}
