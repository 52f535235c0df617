//! Accounts: e-mail addresses, sign-in codes and the organization an address places a user in.

use crate::error::{ApiError, ErrorCode};

/// A syntactically valid e-mail address, trimmed and lower-cased, so one person has one account
/// whatever case they type.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Email(String);

impl Email {
    pub fn parse(raw: &str) -> Result<Self, ApiError> {
        let invalid = || ApiError::validation("email", "Enter an e-mail address like name@example.com.");
        let email = raw.trim().to_lowercase();
        if email.is_empty() {
            return Err(ApiError::validation("email", "Enter your e-mail address."));
        }
        if email.len() > 254 {
            return Err(ApiError::validation("email", "That e-mail address is too long."));
        }
        let (local, domain) = email.rsplit_once('@').ok_or_else(invalid)?;
        let local_ok = !local.is_empty()
            && local.len() <= 64
            && !local.starts_with('.')
            && !local.ends_with('.')
            && !local.contains("..")
            && local.chars().all(|c| c.is_ascii_alphanumeric() || "!#$%&'*+-/=?^_`{|}~.".contains(c));
        if !local_ok || !is_domain_name(domain) {
            return Err(invalid());
        }
        Ok(Self(email))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn domain(&self) -> &str {
        self.0.rsplit_once('@').map(|(_, domain)| domain).unwrap_or_default()
    }
}

fn is_domain_name(domain: &str) -> bool {
    let labels: Vec<&str> = domain.split('.').collect();
    labels.len() >= 2
        && domain.len() <= 253
        && labels.iter().all(|label| {
            !label.is_empty()
                && label.len() <= 63
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        })
        && labels.last().is_some_and(|tld| tld.len() >= 2 && !tld.chars().all(|c| c.is_ascii_digit()))
}

/// How long a sign-in code stays valid.
pub const LOGIN_CODE_TTL_SECONDS: i64 = 10 * 60;
/// Live codes an address may hold at once; each stays valid for its own ten minutes.
pub const LIVE_CODES_PER_ADDRESS: i64 = 5;

/// Wrong sign-in codes allowed before every code (a right one too) is refused for a while.
pub const WRONG_CODES_PER_ADDRESS_PER_HOUR: usize = 10;
pub const WRONG_CODES_PER_ADDRESS_PER_DAY: usize = 30;
pub const WRONG_CODES_PER_CLIENT_PER_HOUR: usize = 30;

const HOUR: i64 = 60 * 60;
const DAY: i64 = 24 * HOUR;

/// Whether a sign-in attempt may be checked at all, given when the wrong codes for its address
/// and from its client were sent (unix seconds, any order): None if it may, else the seconds
/// until it may.
pub fn wrong_code_wait(address: &[i64], client: &[i64], now: i64) -> Option<i64> {
    // When the `limit`-th most recent event within `window` leaves it, one place is free again.
    let wait = |times: &[i64], limit: usize, window: i64| {
        let mut recent: Vec<i64> = times.iter().copied().filter(|at| *at > now - window).collect();
        recent.sort_unstable_by(|a, b| b.cmp(a));
        recent.get(limit - 1).map(|at| (at + window - now).max(1))
    };
    [
        wait(address, WRONG_CODES_PER_ADDRESS_PER_HOUR, HOUR),
        wait(address, WRONG_CODES_PER_ADDRESS_PER_DAY, DAY),
        wait(client, WRONG_CODES_PER_CLIENT_PER_HOUR, HOUR),
    ]
    .into_iter()
    .flatten()
    .max()
}

/// The secret that keys stored code hashes. Outside development there is no fallback: a
/// deployment without it refuses to issue or check codes.
pub fn code_pepper(development: bool, configured: Option<String>) -> Result<String, ApiError> {
    match configured.filter(|secret| !secret.is_empty()) {
        Some(secret) => Ok(secret),
        None if development => Ok("development-only-auth-secret".into()),
        None => Err(ApiError::new(
            ErrorCode::NotConfigured,
            "Signing in is not available right now. Please try again later.",
        )),
    }
}
/// How long a session lasts after sign-in.
pub const SESSION_TTL_SECONDS: u64 = 30 * 24 * 60 * 60;

/// The six digits a person types, with spaces they may have copied along removed.
pub fn parse_login_code(raw: &str) -> Result<String, ApiError> {
    let code: String = raw.chars().filter(|c| !c.is_whitespace()).collect();
    if code.len() == 6 && code.chars().all(|c| c.is_ascii_digit()) {
        Ok(code)
    } else {
        Err(ApiError::validation("code", "Enter the six-digit code from the e-mail."))
    }
}

/// Turns random bytes into a six-digit code, uniformly enough (bias below 1e-12).
pub fn login_code_from_random(bytes: [u8; 8]) -> String {
    format!("{:06}", u64::from_le_bytes(bytes) % 1_000_000)
}

/// Addresses at these domains belong to people, not to a company: they place no one in an
/// organization.
const FREE_MAIL_DOMAINS: &[&str] = &[
    "gmail.com",
    "googlemail.com",
    "outlook.com",
    "hotmail.com",
    "hotmail.co.uk",
    "live.com",
    "msn.com",
    "yahoo.com",
    "yahoo.co.uk",
    "yahoo.fr",
    "yahoo.co.jp",
    "ymail.com",
    "icloud.com",
    "me.com",
    "mac.com",
    "aol.com",
    "proton.me",
    "protonmail.com",
    "pm.me",
    "gmx.com",
    "gmx.de",
    "gmx.net",
    "web.de",
    "mail.com",
    "yandex.ru",
    "yandex.com",
    "mail.ru",
    "zoho.com",
    "fastmail.com",
    "hey.com",
    "tutanota.com",
    "qq.com",
    "163.com",
    "126.com",
    "naver.com",
    "rediffmail.com",
    "example.com",
    "example.org",
    "example.net",
];

/// Second-level suffixes under which the organization's name is one label further left
/// (`acme.co.uk` is Acme, not "Co").
const TWO_LEVEL_SUFFIXES: &[&str] = &[
    "co.uk", "org.uk", "ac.uk", "gov.uk", "com.au", "net.au", "org.au", "co.nz", "co.jp", "co.in", "co.za",
    "com.br", "com.mx", "com.cn", "com.sg", "com.tr", "co.kr", "com.ar", "co.il",
];

/// The organization an e-mail domain belongs to: its registrable domain and a display name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrganizationIdentity {
    pub domain: String,
    pub name: String,
}

pub fn organization_for(email: &Email) -> Option<OrganizationIdentity> {
    let domain = email.domain();
    let labels: Vec<&str> = domain.split('.').collect();
    let suffix_len =
        if labels.len() >= 3 && TWO_LEVEL_SUFFIXES.contains(&labels[labels.len() - 2..].join(".").as_str()) {
            2
        } else {
            1
        };
    let name_index = labels.len().checked_sub(suffix_len + 1)?;
    let registrable = labels[name_index..].join(".");
    if FREE_MAIL_DOMAINS.contains(&registrable.as_str()) || FREE_MAIL_DOMAINS.contains(&domain) {
        return None;
    }
    Some(OrganizationIdentity { name: display_name_of(labels[name_index]), domain: registrable })
}

fn display_name_of(label: &str) -> String {
    label
        .split('-')
        .filter(|part| !part.is_empty())
        .map(|part| {
            let mut chars = part.chars();
            chars
                .next()
                .map(|first| first.to_ascii_uppercase().to_string() + chars.as_str())
                .unwrap_or_default()
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// An organization's display name, as its first member may set it.
pub fn parse_organization_name(raw: &str) -> Result<String, ApiError> {
    let name = collapse_whitespace(raw);
    if name.is_empty() {
        return Err(ApiError::validation("name", "Enter the organization's name."));
    }
    if name.chars().count() > 80 {
        return Err(ApiError::validation("name", "Keep the name to 80 characters or fewer."));
    }
    if name.chars().any(char::is_control) {
        return Err(ApiError::validation("name", "The name contains characters that cannot be shown."));
    }
    Ok(name)
}

/// Trims and folds every run of white space into one space.
pub fn collapse_whitespace(raw: &str) -> String {
    raw.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails_are_trimmed_and_lower_cased() {
        assert_eq!(Email::parse("  A.New.User@Acme.COM ").unwrap().as_str(), "a.new.user@acme.com");
    }

    #[test]
    fn malformed_emails_are_refused_on_the_email_field() {
        for bad in [
            "",
            "plain",
            "@acme.com",
            "user@",
            "user@acme",
            "us er@acme.com",
            "a..b@acme.com",
            "user@-acme.com",
            "user@acme..com",
            "user@acme.c",
            "user@1.2.3.4",
            "user@acme.com\n<x>",
        ] {
            let error = Email::parse(bad).unwrap_err();
            assert_eq!(error.field.as_deref(), Some("email"), "{bad:?}");
        }
        assert!(Email::parse(&format!("{}@acme.com", "a".repeat(65))).is_err());
    }

    #[test]
    fn plus_addresses_and_subdomains_are_valid() {
        assert!(Email::parse("new.user+mentoring@eng.acme.co.uk").is_ok());
    }

    #[test]
    fn login_codes_are_six_digits() {
        assert_eq!(parse_login_code(" 123 456 ").unwrap(), "123456");
        for bad in ["12345", "1234567", "12345a", ""] {
            assert_eq!(parse_login_code(bad).unwrap_err().field.as_deref(), Some("code"));
        }
        assert_eq!(login_code_from_random([0; 8]), "000000");
        assert_eq!(login_code_from_random(u64::MAX.to_le_bytes()).len(), 6);
    }

    fn org(email: &str) -> Option<OrganizationIdentity> {
        organization_for(&Email::parse(email).unwrap())
    }

    #[test]
    fn company_domains_place_people_in_an_organization() {
        assert_eq!(
            org("a@acme.com"),
            Some(OrganizationIdentity { domain: "acme.com".into(), name: "Acme".into() })
        );
        assert_eq!(org("a@eng.acme.com").unwrap().domain, "acme.com");
        assert_eq!(
            org("a@acme.co.uk"),
            Some(OrganizationIdentity { domain: "acme.co.uk".into(), name: "Acme".into() })
        );
        assert_eq!(org("a@blue-river.io").unwrap().name, "Blue River");
    }

    #[test]
    fn free_mail_places_no_one_in_an_organization() {
        assert_eq!(org("someone@gmail.com"), None);
        assert_eq!(org("someone@outlook.com"), None);
        assert_eq!(org("someone@yahoo.co.uk"), None);
    }

    #[test]
    fn organization_names_are_trimmed_and_bounded() {
        assert_eq!(parse_organization_name("  Acme   Corp ").unwrap(), "Acme Corp");
        assert!(parse_organization_name("   ").is_err());
        assert!(parse_organization_name(&"x".repeat(81)).is_err());
    }

    #[test]
    fn wrong_codes_are_capped_per_address_by_the_hour_and_day_and_per_client() {
        let now = 1_000_000;
        let minutes_ago = |m: &[i64]| m.iter().map(|m| now - m * 60).collect::<Vec<_>>();
        assert_eq!(wrong_code_wait(&minutes_ago(&[1; 9]), &[], now), None, "nine is fine");
        let ten = minutes_ago(&[50, 40, 30, 20, 10, 9, 8, 7, 6, 5]);
        assert_eq!(wrong_code_wait(&ten, &[], now), Some(10 * 60), "until the oldest of ten is an hour old");
        let spread: Vec<i64> = (0..30).map(|i| now - 3_000 - i * 2_400).collect();
        assert!(wrong_code_wait(&spread[..29], &[], now).is_none(), "29 in a day, few in any hour");
        let day_wait = wrong_code_wait(&spread, &[], now).unwrap();
        assert_eq!(day_wait, spread[29] + 24 * 3_600 - now, "thirty in a day");
        let client: Vec<i64> = (0..30).map(|i| now - i).collect();
        assert_eq!(wrong_code_wait(&[], &client, now), Some(3_600 - 29), "thirty from one client");
        assert_eq!(wrong_code_wait(&[], &client[..29], now), None);
    }

    #[test]
    fn codes_need_the_secret_outside_development() {
        assert_eq!(code_pepper(false, Some("s3cret".into())).unwrap(), "s3cret");
        assert_eq!(code_pepper(false, None).unwrap_err().code, ErrorCode::NotConfigured);
        assert_eq!(code_pepper(false, Some(String::new())).unwrap_err().status(), 503);
        assert!(code_pepper(true, None).is_ok());
    }
}
