use domain::ids::UserId;
use domain::locale::Locale;
use domain::profile::{CareerStage, ProfileFields, Visibility};
use jiff::Timestamp;
use worker::{D1Database, D1PreparedStatement, Result};

use super::{id, int, json_list, opt_text, text, time};

/// A profile joined with its owner's organization.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct ProfileRow {
    pub user_id: UserId,
    pub display_name: String,
    pub headline: String,
    pub bio: String,
    pub expertise: String,
    pub languages: String,
    pub timezone: String,
    pub career_stage: Option<String>,
    pub is_mentor: i64,
    pub visibility: String,
    pub accepting_requests: i64,
    pub weekly_capacity: i64,
    pub meeting_link: Option<String>,
    #[serde(default)]
    pub locale: Option<String>,
    #[serde(deserialize_with = "domain::time::instant")]
    pub updated_at: Timestamp,
    pub organization_domain: Option<String>,
    pub organization_name: Option<String>,
}

impl ProfileRow {
    pub fn fields(&self) -> ProfileFields {
        ProfileFields {
            display_name: self.display_name.clone(),
            headline: self.headline.clone(),
            bio: self.bio.clone(),
            expertise: serde_json::from_str(&self.expertise).unwrap_or_default(),
            languages: serde_json::from_str(&self.languages).unwrap_or_default(),
            timezone: self.timezone.clone(),
            career_stage: self.career_stage.as_deref().and_then(CareerStage::parse),
            is_mentor: self.is_mentor != 0,
            visibility: Visibility::parse(&self.visibility).unwrap_or(Visibility::Hidden),
            accepting_requests: self.accepting_requests != 0,
            weekly_capacity: u32::try_from(self.weekly_capacity).unwrap_or(0),
            meeting_link: self.meeting_link.clone(),
            locale: self.locale.as_deref().and_then(Locale::from_tag),
        }
    }
}

pub async fn find(db: &D1Database, user: &UserId) -> Result<Option<ProfileRow>> {
    find_statement(db, user)?.first(None).await
}

pub fn find_statement(db: &D1Database, user: &UserId) -> Result<D1PreparedStatement> {
    db.prepare(
        "SELECT p.*, u.organization_domain, o.name AS organization_name
         FROM profiles p
         JOIN users u ON u.id = p.user_id
         LEFT JOIN organizations o ON o.domain = u.organization_domain
         WHERE p.user_id = ?1",
    )
    .bind(&[id(user)])
}

/// Writes every field (insert for a new account, update afterwards).
pub fn upsert_statement(
    db: &D1Database,
    user: &UserId,
    fields: &ProfileFields,
    now: Timestamp,
) -> Result<D1PreparedStatement> {
    let expertise = json_list(&fields.expertise);
    let languages = json_list(&fields.languages);
    db.prepare(
        "INSERT INTO profiles (user_id, display_name, headline, bio, expertise, languages, timezone,
             career_stage, is_mentor, visibility, accepting_requests, weekly_capacity, meeting_link, updated_at,
             locale)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)
         ON CONFLICT (user_id) DO UPDATE SET
             display_name = ?2, headline = ?3, bio = ?4, expertise = ?5, languages = ?6, timezone = ?7,
             career_stage = ?8, is_mentor = ?9, visibility = ?10, accepting_requests = ?11,
             weekly_capacity = ?12, meeting_link = ?13, updated_at = ?14, locale = ?15",
    )
    .bind(&[
        id(user),
        text(&fields.display_name),
        text(&fields.headline),
        text(&fields.bio),
        text(&expertise),
        text(&languages),
        text(&fields.timezone),
        opt_text(fields.career_stage.map(CareerStage::as_str)),
        int(i64::from(fields.is_mentor)),
        text(fields.visibility.as_str()),
        int(i64::from(fields.accepting_requests)),
        int(i64::from(fields.weekly_capacity)),
        opt_text(fields.meeting_link.as_deref()),
        time(now),
        opt_text(fields.locale.map(Locale::tag)),
    ])
}

pub fn delete_statement(db: &D1Database, user: &UserId) -> Result<D1PreparedStatement> {
    db.prepare("DELETE FROM profiles WHERE user_id = ?1").bind(&[id(user)])
}
