//! Accounts: e-mail addresses, sign-in codes and the organization an address places a user in.

use std::collections::HashSet;

use serde::{Deserialize, Serialize};

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

/// Wrong sign-in codes allowed before every code (a right one too) is refused for a while. The
/// address caps count every client, so they also bound one client guessing at one address.
pub const WRONG_CODES_PER_ADDRESS_PER_HOUR: usize = 10;
pub const WRONG_CODES_PER_ADDRESS_PER_DAY: usize = 30;
/// One client address across every e-mail address: high, because the people of one office or
/// campus network share a client address.
pub const WRONG_CODES_PER_CLIENT_PER_HOUR: usize = 300;

const HOUR: i64 = 60 * 60;
const DAY: i64 = 24 * HOUR;

/// Whether a sign-in attempt may be checked at all, given when the wrong codes for its address
/// and from its client were sent (unix seconds, any order): None if it may, else the seconds
/// until it may.
pub fn wrong_code_wait(address: &[i64], client: &[i64], now: i64) -> Option<i64> {
    // When the `limit`-th most recent event within `window` leaves it, one place is free again.
    let wait = |times: &[i64], limit: usize, window: i64| {
        let mut recent: Vec<i64> = times.iter().copied().filter(|at| *at > now - window).collect();
        crate::order::sort_by(&mut recent, |a, b| b.cmp(a));
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

/// What the world says about mail domains, from two maintained lists: which are free-mail
/// providers and which are public suffixes. Both are data rather than code: the worker reads
/// them from its static files once per instance (`/data/free-email-domains.txt`,
/// `/data/public_suffix_list.dat`), which keeps them out of the worker; native code reads the
/// files compiled in ([`MailDomains::bundled`]).
#[derive(Debug, Clone, Default)]
pub struct MailDomains {
    pub free_mail: FreeMail,
    pub suffixes: PublicSuffixes,
}

impl MailDomains {
    /// The vendored lists, compiled in: for native code (tests, the matching evaluation).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn bundled() -> &'static Self {
        static LISTS: std::sync::OnceLock<MailDomains> = std::sync::OnceLock::new();
        LISTS.get_or_init(|| Self {
            free_mail: FreeMail::parse(include_str!("../data/free-email-domains.txt")),
            suffixes: PublicSuffixes::parse(include_str!("../data/public_suffix_list.dat")),
        })
    }

    /// Whether mail at `domain` (or at the provider it is a subdomain of) is free mail.
    pub fn is_free_mail(&self, domain: &str) -> bool {
        let listed =
            |candidate: &str| self.free_mail.reversed.binary_search(&reversed_labels(candidate)).is_ok();
        listed(domain) || self.suffixes.registrable_domain(domain).is_some_and(listed)
    }
}

/// Free and disposable mail providers (`data/free-email-domains.txt`, see its header): an address
/// there belongs to a person, not to a company, and places no one in an organization.
#[derive(Debug, Clone, Default)]
pub struct FreeMail {
    /// The domains with their labels reversed (`de.yahoo.mail`), sorted.
    reversed: Vec<String>,
}

impl FreeMail {
    /// The list in its file's format: one domain per line, `#` comments.
    pub fn parse(list: &str) -> Self {
        let mut reversed: Vec<String> = data_lines(list).map(reversed_labels).collect();
        crate::order::sort_dedup(&mut reversed);
        Self { reversed }
    }

    pub fn len(&self) -> usize {
        self.reversed.len()
    }

    pub fn is_empty(&self) -> bool {
        self.reversed.is_empty()
    }
}

fn reversed_labels(domain: &str) -> String {
    domain.split('.').rev().collect::<Vec<_>>().join(".")
}

/// Suffixes under which every name is a separate organization's mail domain although the Public
/// Suffix List does not (yet) say so, in the list's own format.
const EXTRA_SUFFIXES: &str = include_str!("../data/extra-public-suffixes.dat");

/// Names reserved for documentation and tests (RFC 2606): nobody's organization.
const RESERVED_FOR_EXAMPLES: [&str; 3] = ["example.com", "example.net", "example.org"];

fn data_lines(data: &str) -> impl Iterator<Item = &str> {
    data.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#') && !line.starts_with("//"))
}

/// The Public Suffix List (`data/public_suffix_list.dat`, see its header), both its ICANN and its
/// private sections, with the few suffixes of `data/extra-public-suffixes.dat`.
#[derive(Debug, Clone, Default)]
pub struct PublicSuffixes {
    /// Rules as written (`co.uk`, `*.ck`), internationalized labels in their ASCII form.
    rules: HashSet<String>,
    /// Exceptions to wildcard rules, without their `!` (`www.ck`).
    exceptions: HashSet<String>,
}

impl PublicSuffixes {
    /// The list in its file's format: one rule per line, `//` comments.
    pub fn parse(list: &str) -> Self {
        let mut suffixes = Self::default();
        for line in data_lines(list) {
            let rule = line.split_whitespace().next().unwrap_or(line);
            let (set, rule) = match rule.strip_prefix('!') {
                Some(exception) => (&mut suffixes.exceptions, exception),
                None => (&mut suffixes.rules, rule),
            };
            if let Some(ascii) = ascii_labels(rule) {
                set.insert(ascii);
            }
        }
        suffixes
    }

    pub fn len(&self) -> usize {
        self.rules.len() + self.exceptions.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The registrable domain a lower-case ASCII domain belongs to (`eng.acme.co.uk` →
    /// `acme.co.uk`); None when the domain is itself a public suffix (`com.tw`) or malformed.
    pub fn registrable_domain<'a>(&self, domain: &'a str) -> Option<&'a str> {
        if domain.is_empty() || domain.split('.').any(str::is_empty) {
            return None;
        }
        let suffix = match data_lines(EXTRA_SUFFIXES).find(|suffix| {
            domain.strip_suffix(suffix).is_some_and(|rest| rest.ends_with('.') || rest.is_empty())
        }) {
            Some(extra) => domain.len() - extra.len(),
            None => self.suffix_start(domain),
        };
        // One more label than the suffix, if there is one.
        let name_end = suffix.checked_sub(1)?;
        let name_start = domain[..name_end].rfind('.').map_or(0, |dot| dot + 1);
        Some(&domain[name_start..])
    }

    /// Whether `domain` is a public suffix (`com.tw`, `onmicrosoft.com`): a name many unrelated
    /// organizations sit under, never an organization of its own.
    pub fn is_public_suffix(&self, domain: &str) -> bool {
        self.registrable_domain(domain).is_none()
    }

    /// Where `domain`'s public suffix starts, by the list's algorithm: an exception rule wins
    /// (its suffix is the rule less its first label); otherwise the rule with most labels, where
    /// `*` stands for any one label; with none, the last label.
    fn suffix_start(&self, domain: &str) -> usize {
        let starts: Vec<usize> =
            std::iter::once(0).chain(domain.match_indices('.').map(|(dot, _)| dot + 1)).collect();
        for (k, &start) in starts.iter().enumerate() {
            if self.exceptions.contains(&domain[start..]) {
                return starts.get(k + 1).copied().unwrap_or(domain.len());
            }
        }
        let matches = |k: usize| {
            let candidate = &domain[starts[k]..];
            self.rules.contains(candidate)
                || starts
                    .get(k + 1)
                    .is_some_and(|&next| self.rules.contains(&format!("*.{}", &domain[next..])))
        };
        (0..starts.len()).find(|&k| matches(k)).map_or(starts[starts.len() - 1], |k| starts[k])
    }
}

/// A rule's labels in their ASCII form (`公司.cn` → `xn--55qx5d.cn`), lower case.
fn ascii_labels(rule: &str) -> Option<String> {
    let labels: Option<Vec<String>> = rule
        .split('.')
        .map(|label| {
            if label.is_ascii() {
                Some(label.to_ascii_lowercase())
            } else {
                idna::punycode::encode_str(&label.to_lowercase()).map(|code| format!("xn--{code}"))
            }
        })
        .collect();
    labels.map(|labels| labels.join("."))
}

/// The organization an e-mail domain belongs to: its registrable domain and a display name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrganizationIdentity {
    pub domain: String,
    pub name: String,
}

pub fn organization_for(email: &Email, domains: &MailDomains) -> Option<OrganizationIdentity> {
    let domain = email.domain();
    let registrable = domains.suffixes.registrable_domain(domain)?;
    if domains.is_free_mail(domain) || RESERVED_FOR_EXAMPLES.contains(&registrable) {
        return None;
    }
    let name = registrable.split('.').next().unwrap_or(registrable);
    Some(OrganizationIdentity { name: display_name_of(name), domain: registrable.to_string() })
}

/// Organizations assigned before they came from the Public Suffix List may be a public suffix
/// (everyone at `*.com.tw` together) or a free-mail provider. For a member of such an
/// organization, the organization their address places them in now (None: no organization);
/// for anyone else, `Keep`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Rederived {
    Keep,
    Move(Option<OrganizationIdentity>),
}

pub fn rederive(current: &str, email: &Email, domains: &MailDomains) -> Rederived {
    if domains.suffixes.is_public_suffix(current)
        || domains.is_free_mail(current)
        || RESERVED_FOR_EXAMPLES.contains(&current)
    {
        Rederived::Move(organization_for(email, domains))
    } else {
        Rederived::Keep
    }
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

/// The organization a verified e-mail address places a person in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Organization {
    /// The e-mail domain, e.g. `acme.com`.
    pub domain: String,
    /// The display name, e.g. "Acme".
    pub name: String,
    /// Membership comes from a verified e-mail address.
    pub verified: bool,
}

impl Organization {
    /// The organization stored as a domain and a name, both set only from a verified address.
    pub fn verified(domain: Option<&str>, name: Option<&str>) -> Option<Self> {
        let (domain, name) = (domain?, name?);
        Some(Self { domain: domain.to_string(), name: name.to_string(), verified: true })
    }
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
        organization_for(&Email::parse(email).unwrap(), MailDomains::bundled())
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
        for address in [
            "someone@gmail.com",
            "someone@outlook.com",
            "someone@yahoo.co.uk",
            "someone@hotmail.fr",
            "someone@yahoo.de",
            "someone@t-online.de",
            "someone@mail.example.net",
        ] {
            assert_eq!(org(address), None, "{address}");
        }
    }

    #[test]
    fn organizations_come_from_the_public_suffix_list() {
        for (address, domain, name) in [
            ("a@evil.com.tw", "evil.com.tw", "Evil"),
            ("b@other.com.tw", "other.com.tw", "Other"),
            ("a@eng.tokopedia.co.id", "tokopedia.co.id", "Tokopedia"),
            ("a@cs.u-tokyo.ac.jp", "u-tokyo.ac.jp", "U Tokyo"),
            ("a@unimelb.edu.au", "unimelb.edu.au", "Unimelb"),
            ("a@digital.cabinet-office.gov.uk", "cabinet-office.gov.uk", "Cabinet Office"),
            ("a@contoso.onmicrosoft.com", "contoso.onmicrosoft.com", "Contoso"),
            ("a@mail.contoso.onmicrosoft.com", "contoso.onmicrosoft.com", "Contoso"),
            ("a@northwind.example", "northwind.example", "Northwind"),
        ] {
            assert_eq!(
                org(address),
                Some(OrganizationIdentity { domain: domain.into(), name: name.into() }),
                "{address}"
            );
        }
        assert_ne!(org("a@contoso.onmicrosoft.com"), org("a@fabrikam.onmicrosoft.com"));
        let suffixes = &MailDomains::bundled().suffixes;
        for suffix in ["com.tw", "co.id", "ac.jp", "edu.au", "gov.uk", "onmicrosoft.com"] {
            assert!(suffixes.is_public_suffix(suffix), "{suffix}");
            assert_eq!(org(&format!("a@{suffix}")), None, "{suffix}");
        }
        assert!(suffixes.is_public_suffix("com") && !suffixes.is_public_suffix("acme.com"));
        assert_eq!(suffixes.registrable_domain("mail.example.net"), Some("example.net"));
    }

    /// The list's own test cases (`checkPublicSuffix(domain, registrable)`, vendored beside it),
    /// with internationalized names in their ASCII form, as mail domains arrive.
    #[test]
    fn the_public_suffix_lists_own_test_cases_pass() {
        let suffixes = &MailDomains::bundled().suffixes;
        let ascii = |text: &str| {
            text.split('.').map(|label| ascii_labels(label).unwrap()).collect::<Vec<_>>().join(".")
        };
        let mut checked = 0;
        for line in include_str!("../data/public_suffix_list_tests.txt").lines() {
            let Some(args) =
                line.trim().strip_prefix("checkPublicSuffix(").and_then(|rest| rest.strip_suffix(");"))
            else {
                continue;
            };
            let (domain, expected) = args.split_once(", ").unwrap();
            let unquote = |value: &str| (value != "null").then(|| ascii(value.trim_matches('\'')));
            let Some(domain) = unquote(domain) else { continue };
            assert_eq!(suffixes.registrable_domain(&domain), unquote(expected).as_deref(), "{line}");
            checked += 1;
        }
        assert!(checked > 70, "{checked}");
    }

    #[test]
    fn the_vendored_public_suffix_list_is_whole() {
        let text = include_str!("../data/public_suffix_list.dat");
        assert!(text.contains("// VERSION: ") && text.contains("===END PRIVATE DOMAINS==="));
        assert!(MailDomains::bundled().suffixes.len() > 9_000);
        assert!(PublicSuffixes::parse("").is_empty());
    }

    #[test]
    fn the_vendored_free_mail_list_is_sorted_lower_case_and_complete() {
        let text = include_str!("../data/free-email-domains.txt");
        let domains: Vec<&str> = data_lines(text).collect();
        assert!(domains.len() > 10_000, "{}", domains.len());
        assert!(domains.windows(2).all(|pair| pair[0] < pair[1]), "sorted, without duplicates");
        assert!(
            domains
                .iter()
                .all(|d| d.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || ".-".contains(c)))
        );
        assert!(text.starts_with("# free-email-domains "), "the header names its source");
        assert_eq!(MailDomains::bundled().free_mail.len(), domains.len());
        assert!(FreeMail::parse("").is_empty() && !FreeMail::parse("# a comment\ngmail.com\n").is_empty());
    }

    #[test]
    fn organizations_that_were_a_public_suffix_or_free_mail_are_rederived() {
        let email = |raw: &str| Email::parse(raw).unwrap();
        assert_eq!(
            rederive("com.tw", &email("a@evil.com.tw"), MailDomains::bundled()),
            Rederived::Move(Some(OrganizationIdentity { domain: "evil.com.tw".into(), name: "Evil".into() }))
        );
        assert_eq!(
            rederive("onmicrosoft.com", &email("a@contoso.onmicrosoft.com"), MailDomains::bundled()),
            Rederived::Move(org("a@contoso.onmicrosoft.com"))
        );
        assert_eq!(
            rederive("hotmail.fr", &email("a@hotmail.fr"), MailDomains::bundled()),
            Rederived::Move(None)
        );
        assert_eq!(rederive("acme.com", &email("a@eng.acme.com"), MailDomains::bundled()), Rederived::Keep);
        assert_eq!(rederive("acme.co.uk", &email("a@acme.co.uk"), MailDomains::bundled()), Rederived::Keep);
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
        let client: Vec<i64> = (0..300).map(|i| now - i).collect();
        assert_eq!(wrong_code_wait(&[], &client, now), Some(3_600 - 299), "three hundred from one client");
        assert_eq!(wrong_code_wait(&[], &client[..299], now), None, "an office network shares a client");
    }

    #[test]
    fn codes_need_the_secret_outside_development() {
        assert_eq!(code_pepper(false, Some("s3cret".into())).unwrap(), "s3cret");
        assert_eq!(code_pepper(false, None).unwrap_err().code, ErrorCode::NotConfigured);
        assert_eq!(code_pepper(false, Some(String::new())).unwrap_err().status(), 503);
        assert!(code_pepper(true, None).is_ok());
    }
}
