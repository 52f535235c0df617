use domain::account::OrganizationIdentity;
use domain::ids::UserId;
use jiff::Timestamp;
use worker::{D1Database, D1PreparedStatement, Result};

use super::{id, int, opt_text, text, time};

/// Creates the organization on its first member's sign-up; later members join it as it is.
pub fn create_if_new_statement(
    db: &D1Database,
    organization: &OrganizationIdentity,
    first_member: &UserId,
    now: Timestamp,
) -> Result<D1PreparedStatement> {
    db.prepare(
        "INSERT INTO organizations (domain, name, first_member_id, created_at) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (domain) DO UPDATE SET first_member_id = ?3 WHERE first_member_id IS NULL",
    )
    .bind(&[text(&organization.domain), text(&organization.name), id(first_member), time(now)])
}

#[derive(serde::Deserialize)]
pub struct OrganizationRow {
    pub domain: String,
    pub name: String,
    pub first_member_id: Option<UserId>,
}

pub async fn find(db: &D1Database, domain: &str) -> Result<Option<OrganizationRow>> {
    db.prepare("SELECT domain, name, first_member_id FROM organizations WHERE domain = ?1")
        .bind(&[text(domain)])?
        .first(None)
        .await
}

pub fn rename_statement(db: &D1Database, domain: &str, name: &str) -> Result<D1PreparedStatement> {
    db.prepare("UPDATE organizations SET name = ?2 WHERE domain = ?1").bind(&[text(domain), text(name)])
}

/// When the member who may rename leaves, the earliest remaining member takes over.
pub fn hand_over_statement(db: &D1Database, leaving: &UserId) -> Result<D1PreparedStatement> {
    db.prepare(
        "UPDATE organizations SET first_member_id = (
             SELECT id FROM users
             WHERE organization_domain = organizations.domain AND id != ?1
             ORDER BY created_at, id LIMIT 1)
         WHERE first_member_id = ?1",
    )
    .bind(&[id(leaving)])
}

/// Organizations made before they came from the Public Suffix List, not yet checked.
pub async fn unchecked(db: &D1Database, limit: i64) -> Result<Vec<String>> {
    #[derive(serde::Deserialize)]
    struct Row {
        domain: String,
    }
    let rows: Vec<Row> = db
        .prepare("SELECT domain FROM organizations WHERE needs_check = 1 ORDER BY domain LIMIT ?1")
        .bind(&[int(limit)])?
        .all()
        .await?
        .results()?;
    Ok(rows.into_iter().map(|row| row.domain).collect())
}

#[derive(serde::Deserialize)]
pub struct Member {
    pub id: UserId,
    pub email: String,
}

/// The first `limit` people an organization holds, earliest first.
pub async fn members(db: &D1Database, domain: &str, limit: i64) -> Result<Vec<Member>> {
    db.prepare("SELECT id, email FROM users WHERE organization_domain = ?1 ORDER BY created_at, id LIMIT ?2")
        .bind(&[text(domain), int(limit)])?
        .all()
        .await?
        .results()
}

/// Moves one member to the organization their address places them in now (or to none): the
/// account, their directory listing and the audience of the questions they asked there.
pub fn move_member_statements(
    db: &D1Database,
    member: &UserId,
    from: &str,
    to: Option<&str>,
) -> Result<Vec<D1PreparedStatement>> {
    let binds = [id(member), opt_text(to), text(from)];
    Ok(vec![
        db.prepare("UPDATE users SET organization_domain = ?2 WHERE id = ?1 AND organization_domain = ?3")
            .bind(&binds)?,
        db.prepare(
            "UPDATE directory SET organization_domain = ?2 WHERE user_id = ?1 AND organization_domain = ?3",
        )
        .bind(&binds)?,
        db.prepare(
            "UPDATE requests SET author_organization = ?2 WHERE author_id = ?1 AND author_organization = ?3",
        )
        .bind(&binds)?,
    ])
}

/// Marks an organization checked, and removes it once nobody is left in it.
pub fn checked_statements(db: &D1Database, domain: &str) -> Result<Vec<D1PreparedStatement>> {
    Ok(vec![
        db.prepare("UPDATE organizations SET needs_check = 0 WHERE domain = ?1").bind(&[text(domain)])?,
        db.prepare(
            "DELETE FROM organizations WHERE domain = ?1
             AND NOT EXISTS (SELECT 1 FROM users WHERE organization_domain = ?1)",
        )
        .bind(&[text(domain)])?,
    ])
}
