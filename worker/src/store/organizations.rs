use domain::account::OrganizationIdentity;
use domain::ids::UserId;
use jiff::Timestamp;
use worker::{D1Database, D1PreparedStatement, Result};

use super::{id, text, time};

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
