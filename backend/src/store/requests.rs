//! Open requests and the offers mentors make on them.

use domain::ids::{BookingId, OfferId, RequestId, ThreadId, UserId};
use domain::request::{Audience, Format, OfferKind, OfferStatus, RequestStatus, ValidRequest};
use jiff::Timestamp;
use worker::{D1Database, D1PreparedStatement, Result};

use super::{changed, id, int, json_list, opt_id, opt_text, opt_time, text, time};

/// A request with its author's public details (and address, for mail only).
#[derive(Debug, Clone, serde::Deserialize)]
pub struct RequestRow {
    /// Increases with every new request, never reused.
    pub seq: i64,
    pub id: RequestId,
    pub author_id: UserId,
    pub author_organization: Option<String>,
    pub title: String,
    pub body: String,
    #[serde(deserialize_with = "super::json_text")]
    pub expertise: Vec<String>,
    pub format: Format,
    pub audience: Audience,
    #[serde(deserialize_with = "super::flag")]
    pub anonymous: bool,
    /// As stored: an open request past its expiry is still `open` until the job marks it.
    pub status: RequestStatus,
    #[serde(deserialize_with = "super::opt_flag")]
    pub resolved: Option<bool>,
    pub offer_count: u32,
    #[serde(deserialize_with = "domain::time::instant")]
    pub created_at: Timestamp,
    #[serde(deserialize_with = "domain::time::instant")]
    pub expires_at: Timestamp,
    #[serde(default, deserialize_with = "domain::time::opt_instant")]
    pub closed_at: Option<Timestamp>,
    pub author_name: String,
    pub author_headline: String,
    pub author_timezone: String,
    #[serde(deserialize_with = "super::json_text")]
    pub author_languages: Vec<String>,
    pub author_organization_name: Option<String>,
    pub author_email: String,
    /// The one mentor a question is addressed to.
    pub mentor_id: Option<UserId>,
    pub reach_mentors: u32,
    #[serde(deserialize_with = "super::json_text")]
    pub reach_skills: Vec<String>,
}

const SELECT: &str = "SELECT r.*, p.display_name AS author_name, p.headline AS author_headline,
        p.timezone AS author_timezone, p.languages AS author_languages,
        o.name AS author_organization_name, u.email AS author_email
    FROM requests r
    JOIN users u ON u.id = r.author_id
    JOIN profiles p ON p.user_id = r.author_id
    LEFT JOIN organizations o ON o.domain = r.author_organization";

/// The condition for a request `r` that is open and has in its audience the mentor whose id,
/// organization and the current time are the SQL expressions given (not its author). The same rule
/// as `domain::request::Audience::includes`, so that SQL narrows the rows that rule then checks.
fn open_for(mentor_id: &str, organization: &str, now: &str) -> String {
    format!(
        "r.status IN ('open', 'has_offers') AND r.expires_at > {now} AND r.author_id != {mentor_id}
         AND (r.mentor_id IS NULL OR r.mentor_id = {mentor_id})
         AND (r.audience = 'everyone'
              OR (r.audience = 'my_organization' AND r.author_organization = {organization})
              OR (r.audience = 'outside_my_organization'
                  AND (r.author_organization IS NULL OR {organization} IS NULL
                       OR r.author_organization != {organization})))"
    )
}

impl RequestRow {
    /// The status as of `now` (see `RequestStatus::at`).
    pub fn status_at(&self, now: Timestamp) -> RequestStatus {
        self.status.at(self.expires_at, now)
    }

    /// The request's editable fields, as they were validated when stored.
    pub fn as_valid(&self) -> ValidRequest {
        ValidRequest {
            title: self.title.clone(),
            body: self.body.clone(),
            expertise: self.expertise.clone(),
            format: self.format,
            audience: self.audience,
            anonymous: self.anonymous,
            expires_at: self.expires_at,
            mentor_id: self.mentor_id.clone(),
        }
    }
}

/// Whom a request reaches (`domain::request::Reach`).
#[derive(Debug, Default, serde::Deserialize)]
pub struct ReachRow {
    pub mentors: u32,
    #[serde(deserialize_with = "super::json_text")]
    pub skills: Vec<String>,
}

/// The mentors taking questions who list one of the request's skills and are in its audience
/// (or, addressed, that one mentor), and which of its skills they list.
pub async fn reach(
    db: &D1Database,
    author: &UserId,
    author_organization: Option<&str>,
    request: &ValidRequest,
) -> Result<ReachRow> {
    let row: Option<ReachRow> = db
        .prepare(
            "WITH reached AS (
                 SELECT d.id, t.value AS tag FROM directory_tags t JOIN directory d ON d.id = t.directory_id
                 WHERE t.kind = 'x' AND t.value IN (SELECT value FROM json_each(?1))
                   AND d.accepting_requests = 1 AND d.user_id != ?2
                   AND (?5 IS NULL OR d.user_id = ?5)
                   AND (?4 = 'everyone'
                        OR (?4 = 'my_organization' AND d.organization_domain = ?3)
                        OR (?4 = 'outside_my_organization'
                            AND (?3 IS NULL OR d.organization_domain IS NULL OR d.organization_domain != ?3))))
             SELECT (SELECT count(DISTINCT id) FROM reached) AS mentors,
                    (SELECT json_group_array(tag) FROM (SELECT DISTINCT tag FROM reached)) AS skills",
        )
        .bind(&[
            text(&json_list(&request.expertise)),
            id(author),
            opt_text(author_organization),
            text(request.audience.as_str()),
            opt_id(request.mentor_id.as_ref()),
        ])?
        .first(None)
        .await?;
    let mut reach = row.unwrap_or_default();
    // In the request's own order.
    reach.skills = request.expertise.iter().filter(|tag| reach.skills.contains(tag)).cloned().collect();
    Ok(reach)
}

pub async fn find(db: &D1Database, request: &RequestId) -> Result<Option<RequestRow>> {
    db.prepare(format!("{SELECT} WHERE r.id = ?1")).bind(&[id(request)])?.first(None).await
}

pub struct NewRequestRow<'a> {
    pub id: &'a RequestId,
    pub author_id: &'a UserId,
    pub author_organization: Option<&'a str>,
    pub request: &'a ValidRequest,
    pub reach: &'a ReachRow,
    pub now: Timestamp,
}

pub fn insert_statement(db: &D1Database, row: &NewRequestRow<'_>) -> Result<D1PreparedStatement> {
    let r = row.request;
    db.prepare(
        "INSERT INTO requests (id, author_id, author_organization, title, body, expertise, format, audience,
             anonymous, status, created_at, expires_at, mentor_id, reach_mentors, reach_skills)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 'open', ?10, ?11, ?12, ?13, ?14)",
    )
    .bind(&[
        id(row.id),
        id(row.author_id),
        opt_text(row.author_organization),
        text(&r.title),
        text(&r.body),
        text(&json_list(&r.expertise)),
        text(r.format.as_str()),
        text(r.audience.as_str()),
        int(i64::from(r.anonymous)),
        time(row.now),
        time(r.expires_at),
        opt_id(r.mentor_id.as_ref()),
        int(i64::from(row.reach.mentors)),
        text(&json_list(&row.reach.skills)),
    ])
}

/// Rewrites an open request nobody has offered on yet; false when it has an offer by now, or is
/// no longer open.
pub async fn edit(
    db: &D1Database,
    request: &RequestId,
    r: &ValidRequest,
    reach: &ReachRow,
    now: Timestamp,
) -> Result<bool> {
    let result = db
        .prepare(
            "UPDATE requests SET title = ?2, body = ?3, expertise = ?4, format = ?5, audience = ?6,
                 anonymous = ?7, expires_at = ?8, reach_mentors = ?9, reach_skills = ?10
             WHERE id = ?1 AND status = 'open' AND offer_count = 0 AND expires_at > ?11",
        )
        .bind(&[
            id(request),
            text(&r.title),
            text(&r.body),
            text(&json_list(&r.expertise)),
            text(r.format.as_str()),
            text(r.audience.as_str()),
            int(i64::from(r.anonymous)),
            time(r.expires_at),
            int(i64::from(reach.mentors)),
            text(&json_list(&reach.skills)),
            time(now),
        ])?
        .run()
        .await?;
    Ok(changed(&result))
}

/// The author's requests, newest first.
pub async fn by_author(db: &D1Database, author: &UserId) -> Result<Vec<RequestRow>> {
    db.prepare(format!("{SELECT} WHERE r.author_id = ?1 ORDER BY r.created_at DESC, r.id DESC LIMIT 200"))
        .bind(&[id(author)])?
        .all()
        .await?
        .results()
}

/// What the feed is narrowed to: a skill, and a format (`call` or `written`; `either` requests
/// take both).
pub struct FeedFilter<'a> {
    pub expertise: Option<&'a str>,
    pub format: Option<Format>,
}

/// Open requests a mentor may be shown, those sharing most of `tags` first, then the newest; at
/// most `limit`. Ranking proper happens in `domain::feed`.
pub async fn open_for_mentor(
    db: &D1Database,
    mentor: &UserId,
    mentor_organization: Option<&str>,
    tags: &[String],
    filter: &FeedFilter<'_>,
    now: Timestamp,
    limit: i64,
) -> Result<Vec<RequestRow>> {
    db.prepare(format!(
        "{SELECT} WHERE {}
           AND (?6 IS NULL OR EXISTS (SELECT 1 FROM json_each(r.expertise) e WHERE e.value = ?6))
           AND (?7 IS NULL OR r.format IN (?7, 'either'))
         ORDER BY (SELECT count(*) FROM json_each(r.expertise) e
                   WHERE e.value IN (SELECT value FROM json_each(?4))) DESC,
                  r.created_at DESC
         LIMIT ?5",
        open_for("?1", "?2", "?3")
    ))
    .bind(&[
        id(mentor),
        opt_text(mentor_organization),
        time(now),
        text(&json_list(tags)),
        int(limit),
        opt_text(filter.expertise),
        opt_text(filter.format.map(Format::as_str)),
    ])?
    .all()
    .await?
    .results()
}

/// Open requests created after `since`, for the digest.
pub async fn open_since(db: &D1Database, since: Timestamp, now: Timestamp) -> Result<Vec<RequestRow>> {
    db.prepare(format!(
        "{SELECT} WHERE r.status IN ('open', 'has_offers') AND r.created_at > ?1 AND r.expires_at > ?2
         ORDER BY r.created_at DESC LIMIT 500"
    ))
    .bind(&[time(since), time(now)])?
    .all()
    .await?
    .results()
}

/// Open requests whose time is up, oldest first.
pub async fn due_to_expire(db: &D1Database, now: Timestamp) -> Result<Vec<RequestRow>> {
    db.prepare(format!(
        "{SELECT} WHERE r.status IN ('open', 'has_offers') AND r.expires_at <= ?1 ORDER BY r.expires_at LIMIT 200"
    ))
    .bind(&[time(now)])?
    .all()
    .await?
    .results()
}

/// Closes a request, recording whether it was resolved; false when its status changed meanwhile.
pub async fn close(
    db: &D1Database,
    request: &RequestId,
    from: RequestStatus,
    resolved: bool,
    now: Timestamp,
) -> Result<bool> {
    let result = db
        .prepare(
            "UPDATE requests SET status = 'closed', resolved = ?3, closed_at = ?4 WHERE id = ?1 AND status = ?2",
        )
        .bind(&[id(request), text(from.as_str()), int(i64::from(resolved)), time(now)])?
        .run()
        .await?;
    Ok(changed(&result))
}

/// Marks an open request expired; changes no row when it was not open any more.
pub fn expire_statement(db: &D1Database, request: &RequestId, now: Timestamp) -> Result<D1PreparedStatement> {
    db.prepare(
        "UPDATE requests SET status = 'expired', closed_at = ?2
         WHERE id = ?1 AND status IN ('open', 'has_offers')",
    )
    .bind(&[id(request), time(now)])
}

/// An offer with its mentor's public details (and address, for mail only).
#[derive(Debug, Clone, serde::Deserialize)]
pub struct OfferRow {
    pub id: OfferId,
    pub request_id: RequestId,
    pub mentor_id: UserId,
    pub kind: OfferKind,
    pub message: String,
    #[serde(default, deserialize_with = "domain::time::opt_instant")]
    pub slot_start: Option<Timestamp>,
    pub status: OfferStatus,
    pub thread_id: Option<ThreadId>,
    pub booking_id: Option<BookingId>,
    #[serde(deserialize_with = "domain::time::instant")]
    pub created_at: Timestamp,
    pub mentor_name: String,
    pub mentor_headline: String,
    pub mentor_timezone: String,
    pub mentor_organization: Option<String>,
    pub mentor_organization_name: Option<String>,
    pub mentor_email: String,
}

const SELECT_OFFER: &str =
    "SELECT f.id, f.request_id, f.mentor_id, f.kind, f.message, f.slot_start, f.status,
        f.thread_id, f.booking_id, f.created_at,
        p.display_name AS mentor_name, p.headline AS mentor_headline, p.timezone AS mentor_timezone,
        u.organization_domain AS mentor_organization, o.name AS mentor_organization_name,
        u.email AS mentor_email
    FROM offers f
    JOIN users u ON u.id = f.mentor_id
    JOIN profiles p ON p.user_id = f.mentor_id
    LEFT JOIN organizations o ON o.domain = u.organization_domain";

/// Offers on the given requests, oldest first.
pub async fn offers_on(db: &D1Database, request_ids: &[RequestId]) -> Result<Vec<OfferRow>> {
    if request_ids.is_empty() {
        return Ok(Vec::new());
    }
    db.prepare(format!(
        "{SELECT_OFFER} WHERE f.request_id IN (SELECT value FROM json_each(?1)) ORDER BY f.created_at, f.id"
    ))
    .bind(&[text(&json_list(request_ids))])?
    .all()
    .await?
    .results()
}

/// The mentor's offers on the given requests.
pub async fn offers_by_mentor_on(
    db: &D1Database,
    mentor: &UserId,
    request_ids: &[RequestId],
) -> Result<Vec<OfferRow>> {
    if request_ids.is_empty() {
        return Ok(Vec::new());
    }
    db.prepare(format!(
        "{SELECT_OFFER} WHERE f.mentor_id = ?1 AND f.request_id IN (SELECT value FROM json_each(?2))"
    ))
    .bind(&[id(mentor), text(&json_list(request_ids))])?
    .all()
    .await?
    .results()
}

/// Every offer the mentor made, newest first.
pub async fn offers_by_mentor(db: &D1Database, mentor: &UserId) -> Result<Vec<OfferRow>> {
    db.prepare(format!("{SELECT_OFFER} WHERE f.mentor_id = ?1 ORDER BY f.created_at DESC"))
        .bind(&[id(mentor)])?
        .all()
        .await?
        .results()
}

/// The accepted answer to a request the user asked; `None` when it is not theirs (or does not
/// exist), empty fields while nothing is accepted.
#[derive(Debug, serde::Deserialize)]
pub struct AcceptedOffer {
    pub mentor_id: Option<UserId>,
    #[serde(default, deserialize_with = "domain::time::opt_instant")]
    pub accepted_at: Option<Timestamp>,
}

pub async fn accepted_offer(
    db: &D1Database,
    request: &RequestId,
    author: &UserId,
) -> Result<Option<AcceptedOffer>> {
    db.prepare(
        "SELECT f.mentor_id, f.accepted_at FROM requests r
         LEFT JOIN offers f ON f.request_id = r.id AND f.status = 'accepted'
         WHERE r.id = ?1 AND r.author_id = ?2",
    )
    .bind(&[id(request), id(author)])?
    .first(None)
    .await
}

pub async fn find_offer(db: &D1Database, request: &RequestId, offer: &OfferId) -> Result<Option<OfferRow>> {
    db.prepare(format!("{SELECT_OFFER} WHERE f.id = ?1 AND f.request_id = ?2"))
        .bind(&[id(offer), id(request)])?
        .first(None)
        .await
}

pub struct NewOfferRow<'a> {
    pub id: &'a OfferId,
    pub request_id: &'a RequestId,
    pub mentor_id: &'a UserId,
    pub kind: OfferKind,
    pub message: &'a str,
    pub slot_start: Option<Timestamp>,
    pub now: Timestamp,
}

/// Adds the offer and counts it, in one transaction with `then` (the mail announcing it), only
/// while the request takes offers. Returns false when it no longer did; the unique index refuses
/// a second offer by a mentor.
pub async fn insert_offer(
    db: &D1Database,
    offer: &NewOfferRow<'_>,
    then: Vec<D1PreparedStatement>,
) -> Result<bool> {
    let mut statements = vec![
        db.prepare(
            "INSERT INTO offers (id, request_id, mentor_id, kind, message, slot_start, status, created_at)
                 SELECT ?1, ?2, ?3, ?4, ?5, ?6, 'pending', ?7
                 WHERE EXISTS (SELECT 1 FROM requests WHERE id = ?2 AND status IN ('open', 'has_offers')
                                 AND expires_at > ?7)",
        )
        .bind(&[
            id(offer.id),
            id(offer.request_id),
            id(offer.mentor_id),
            text(offer.kind.as_str()),
            text(offer.message),
            opt_time(offer.slot_start),
            time(offer.now),
        ])?,
        db.prepare(
            "UPDATE requests SET status = 'has_offers', offer_count = offer_count + 1
                 WHERE id = ?1 AND EXISTS (SELECT 1 FROM offers WHERE id = ?2)",
        )
        .bind(&[id(offer.request_id), id(offer.id)])?,
    ];
    statements.extend(then);
    let results = db.batch(statements).await?;
    Ok(results.first().is_some_and(changed))
}

pub struct Acceptance<'a> {
    pub request_id: &'a RequestId,
    pub offer_id: &'a OfferId,
    pub thread_id: &'a ThreadId,
    pub booking_id: Option<&'a BookingId>,
    pub mentee_id: &'a UserId,
    pub mentor_id: &'a UserId,
    /// The written answer (or the note with a slot) that opens the thread; empty for none.
    pub first_message: &'a str,
    pub offered_at: Timestamp,
    pub now: Timestamp,
}

/// How an acceptance went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Accepted {
    Yes,
    /// The offer was no longer pending, or the request no longer took acceptances.
    NotPending,
    /// The slot's guarded insert refused the booking; nothing changed.
    SlotRefused,
}

/// Accepts a pending offer in one transaction: marks it, books its slot (`booking`, the guarded
/// insert from `store::bookings::insert_for_offer_statement`), moves the request to accepted and
/// opens the thread with the offer's message as its first. If the slot is refused the offer is
/// put back as it was, and every later step only happens if the offer holds this thread id, so a
/// refused slot or a concurrent accept changes nothing.
pub async fn accept(
    db: &D1Database,
    a: &Acceptance<'_>,
    booking: Option<D1PreparedStatement>,
    then: Vec<D1PreparedStatement>,
) -> Result<Accepted> {
    let mut statements = vec![
        db.prepare(
            "UPDATE offers SET status = 'accepted', thread_id = ?3, booking_id = ?4, accepted_at = ?5
             WHERE id = ?2 AND request_id = ?1 AND status = 'pending'
               AND EXISTS (SELECT 1 FROM requests WHERE id = ?1 AND status IN ('has_offers', 'accepted')
                             AND (status = 'accepted' OR expires_at > ?5))",
        )
        .bind(&[
            id(a.request_id),
            id(a.offer_id),
            id(a.thread_id),
            opt_id(a.booking_id),
            time(a.now),
        ])?,
    ];
    let booked = booking.is_some();
    if let (Some(booking), Some(booking_id)) = (booking, a.booking_id) {
        statements.push(booking);
        statements.push(
            db.prepare(
                "UPDATE offers SET status = 'pending', thread_id = NULL, booking_id = NULL, accepted_at = NULL
                 WHERE id = ?1 AND booking_id = ?2 AND NOT EXISTS (SELECT 1 FROM bookings WHERE id = ?2)",
            )
            .bind(&[id(a.offer_id), id(booking_id)])?,
        );
    }
    statements.extend([
        db.prepare(
            "UPDATE requests SET status = 'accepted'
             WHERE id = ?1 AND EXISTS (SELECT 1 FROM offers WHERE id = ?2 AND thread_id = ?3)",
        )
        .bind(&[id(a.request_id), id(a.offer_id), id(a.thread_id)])?,
        db.prepare(
            "INSERT INTO threads (id, request_id, offer_id, booking_id, mentee_id, mentor_id, created_at,
                                  last_message_at)
             SELECT ?3, ?1, ?2, ?7, ?4, ?5, ?6, ?6
             WHERE EXISTS (SELECT 1 FROM offers WHERE id = ?2 AND thread_id = ?3)",
        )
        .bind(&[
            id(a.request_id),
            id(a.offer_id),
            id(a.thread_id),
            id(a.mentee_id),
            id(a.mentor_id),
            time(a.now),
            opt_id(a.booking_id),
        ])?,
        db.prepare(
            "INSERT INTO thread_messages (thread_id, author_id, body, created_at)
             SELECT ?1, ?2, ?3, ?4 WHERE ?3 != '' AND EXISTS (SELECT 1 FROM threads WHERE id = ?1)",
        )
        .bind(&[id(a.thread_id), id(a.mentor_id), text(a.first_message), time(a.offered_at)])?,
        // The mentee read the answer before accepting it.
        db.prepare(
            "UPDATE threads
             SET mentee_read_id = coalesce((SELECT max(id) FROM thread_messages WHERE thread_id = ?1), 0)
             WHERE id = ?1",
        )
        .bind(&[id(a.thread_id)])?,
    ]);
    statements.extend(then);
    let results = db.batch(statements).await?;
    let changed = |index: usize| results.get(index).is_some_and(changed);
    Ok(if !changed(0) {
        Accepted::NotPending
    } else if booked && !changed(1) {
        Accepted::SlotRefused
    } else {
        Accepted::Yes
    })
}

/// Records a mentor's digest, covering requests up to `seen_up_to`.
pub fn digest_sent_statement(
    db: &D1Database,
    mentor: &UserId,
    now: Timestamp,
    seen_up_to: i64,
) -> Result<D1PreparedStatement> {
    db.prepare(
        "INSERT INTO request_digests (mentor_id, sent_at, seen_up_to) VALUES (?1, ?2, ?3)
         ON CONFLICT (mentor_id) DO UPDATE SET sent_at = excluded.sent_at, seen_up_to = excluded.seen_up_to",
    )
    .bind(&[id(mentor), time(now), int(seen_up_to)])
}

/// The newest request's `seq` (0 with none).
pub async fn newest_seq(db: &D1Database) -> Result<i64> {
    #[derive(serde::Deserialize)]
    struct Newest {
        seq: Option<i64>,
    }
    let row: Option<Newest> = db.prepare("SELECT max(seq) AS seq FROM requests").first(None).await?;
    Ok(row.and_then(|row| row.seq).unwrap_or(0))
}

/// A mentor who may get a digest now.
#[derive(Debug, serde::Deserialize)]
pub struct DigestMentor {
    pub user_id: UserId,
    pub email: String,
    pub organization_domain: Option<String>,
    #[serde(deserialize_with = "super::json_text")]
    pub expertise: Vec<String>,
    #[serde(deserialize_with = "super::json_text")]
    pub languages: Vec<String>,
    pub timezone: String,
    pub seen_up_to: Option<i64>,
}

/// Mentors accepting requests who have not had a digest in the last day and have at least one
/// open request new to them (since their last digest, or from the last day for a first one,
/// and at most `floor` old) that shares a skill and has them in its audience. At most `limit`;
/// the rest are found on later runs.
pub async fn digest_mentors(
    db: &D1Database,
    day_ago: Timestamp,
    floor: Timestamp,
    now: Timestamp,
    limit: i64,
) -> Result<Vec<DigestMentor>> {
    db.prepare(format!(
        "SELECT d.user_id, u.email, u.organization_domain, p.expertise, p.languages, p.timezone, g.seen_up_to
         FROM directory d
         JOIN users u ON u.id = d.user_id
         JOIN profiles p ON p.user_id = d.user_id
         LEFT JOIN request_digests g ON g.mentor_id = d.user_id
         WHERE d.accepting_requests = 1
           AND (g.sent_at IS NULL OR g.sent_at <= ?1)
           AND d.id IN (SELECT t.directory_id FROM directory_tags t
                        WHERE t.kind = 'x' AND t.value IN (
                            SELECT e.value FROM requests r, json_each(r.expertise) e
                            WHERE r.status IN ('open', 'has_offers') AND r.created_at > ?4 AND r.expires_at > ?2))
           AND EXISTS (SELECT 1 FROM requests r
                       WHERE {}
                         AND (r.seq > g.seen_up_to OR (g.seen_up_to IS NULL AND r.created_at > ?1))
                         AND EXISTS (SELECT 1 FROM json_each(r.expertise) e
                                     WHERE e.value IN (SELECT value FROM json_each(p.expertise))))
         LIMIT ?3",
        open_for("d.user_id", "u.organization_domain", "?2")
    ))
    .bind(&[time(day_ago), time(now), int(limit), time(floor)])?
    .all()
    .await?
    .results()
}

/// The user's requests (with their offers and threads, by cascade) and their offers elsewhere.
pub fn delete_for_user_statements(db: &D1Database, user: &UserId) -> Result<Vec<D1PreparedStatement>> {
    let user_id = user.as_str();
    Ok(vec![
        db.prepare(
            "DELETE FROM thread_messages WHERE thread_id IN
                 (SELECT id FROM threads WHERE mentee_id = ?1 OR mentor_id = ?1)",
        )
        .bind(&[text(user_id)])?,
        db.prepare("DELETE FROM threads WHERE mentee_id = ?1 OR mentor_id = ?1").bind(&[text(user_id)])?,
        // Offers elsewhere go; the requests they were on count one fewer.
        // An accepted request whose only accepted offer goes takes offers again.
        db.prepare(
            "UPDATE requests SET offer_count = offer_count - 1,
                 status = CASE
                     WHEN status NOT IN ('has_offers', 'accepted') THEN status
                     WHEN EXISTS (SELECT 1 FROM offers f WHERE f.request_id = requests.id
                                    AND f.mentor_id != ?1 AND f.status = 'accepted') THEN 'accepted'
                     WHEN offer_count > 1 THEN 'has_offers'
                     ELSE 'open' END
             WHERE id IN (SELECT request_id FROM offers WHERE mentor_id = ?1)",
        )
        .bind(&[text(user_id)])?,
        db.prepare("DELETE FROM offers WHERE mentor_id = ?1 OR request_id IN (SELECT id FROM requests WHERE author_id = ?1)")
            .bind(&[text(user_id)])?,
        db.prepare("DELETE FROM requests WHERE author_id = ?1").bind(&[text(user_id)])?,
        // Questions to this mentor alone go with them: none may fall back to everyone.
        db.prepare(
            "DELETE FROM offers WHERE request_id IN (SELECT id FROM requests WHERE mentor_id = ?1)",
        )
        .bind(&[text(user_id)])?,
        db.prepare("DELETE FROM requests WHERE mentor_id = ?1").bind(&[text(user_id)])?,
        db.prepare("DELETE FROM request_digests WHERE mentor_id = ?1").bind(&[text(user_id)])?,
    ])
}
