use domain::ids::UserId;
use jiff::Timestamp;
use worker::{D1Database, D1PreparedStatement, Result};

use super::{id, opt_text, text, time};

#[derive(Debug, Clone, serde::Deserialize)]
pub struct UserRow {
    pub id: UserId,
    pub email: String,
    pub organization_domain: Option<String>,
    #[serde(deserialize_with = "domain::time::instant")]
    pub created_at: Timestamp,
}

impl UserRow {
    /// This user as the visibility rules see a viewer.
    pub fn as_viewer(&self) -> domain::profile::Viewer<'_> {
        domain::profile::Viewer {
            user_id: self.id.as_str(),
            organization: self.organization_domain.as_deref(),
        }
    }
}

const COLUMNS: &str = "id, email, organization_domain, created_at";

pub async fn find_by_email(db: &D1Database, email: &str) -> Result<Option<UserRow>> {
    db.prepare(format!("SELECT {COLUMNS} FROM users WHERE email = ?1"))
        .bind(&[text(email)])?
        .first(None)
        .await
}

pub async fn find(db: &D1Database, user: &UserId) -> Result<Option<UserRow>> {
    find_statement(db, user)?.first(None).await
}

pub fn find_statement(db: &D1Database, user: &UserId) -> Result<D1PreparedStatement> {
    db.prepare(format!("SELECT {COLUMNS} FROM users WHERE id = ?1")).bind(&[id(user)])
}

pub fn insert_statement(db: &D1Database, user: &UserRow) -> Result<D1PreparedStatement> {
    db.prepare(format!("INSERT INTO users ({COLUMNS}) VALUES (?1, ?2, ?3, ?4)")).bind(&[
        id(&user.id),
        text(&user.email),
        opt_text(user.organization_domain.as_deref()),
        time(user.created_at),
    ])
}

pub fn delete_statement(db: &D1Database, user: &UserId) -> Result<D1PreparedStatement> {
    db.prepare("DELETE FROM users WHERE id = ?1").bind(&[id(user)])
}

/// Which of these addresses (at most 100) already have an account.
pub async fn existing_emails<'a>(
    db: &D1Database,
    emails: impl Iterator<Item = &'a str>,
) -> Result<Vec<String>> {
    #[derive(serde::Deserialize)]
    struct Email {
        email: String,
    }
    let binds: Vec<_> = emails.take(100).map(text).collect();
    if binds.is_empty() {
        return Ok(Vec::new());
    }
    let placeholders = (1..=binds.len()).map(|i| format!("?{i}")).collect::<Vec<_>>().join(", ");
    let rows: Vec<Email> = db
        .prepare(format!("SELECT email FROM users WHERE email IN ({placeholders})"))
        .bind(&binds)?
        .all()
        .await?
        .results()?;
    Ok(rows.into_iter().map(|row| row.email).collect())
}
