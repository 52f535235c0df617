use jiff::{SignedDuration, Timestamp};

use super::*;
use crate::error::{ApiError, ErrorCode};
use crate::ids::UserId;
use crate::profile;
use RequestEvent as E;
use RequestStatus as S;

fn now() -> Timestamp {
    "2026-11-24T10:00:00Z".parse().unwrap()
}

fn new_request() -> NewRequest {
    NewRequest {
        title: "  How do I   review a large PR? ".into(),
        body: "Context:\r\n- 4k lines".into(),
        expertise: vec!["Code Review".into(), "rust".into()],
        format: Format::Either,
        audience: Audience::Everyone,
        anonymous: false,
        expires_in_days: None,
        mentor_id: None,
    }
}

fn field_of(result: Result<ValidRequest, ApiError>) -> Option<String> {
    result.unwrap_err().field
}

#[test]
fn every_allowed_transition() {
    let allowed = [
        (S::Open, E::Offer, S::HasOffers),
        (S::HasOffers, E::Offer, S::HasOffers),
        (S::HasOffers, E::Accept, S::Accepted),
        (S::Accepted, E::Accept, S::Accepted),
        (S::Open, E::Close, S::Closed),
        (S::HasOffers, E::Close, S::Closed),
        (S::Accepted, E::Close, S::Closed),
        (S::Open, E::Expire, S::Expired),
        (S::HasOffers, E::Expire, S::Expired),
    ];
    for (from, event, to) in allowed {
        assert_eq!(from.after(event), Ok(to), "{from:?} + {event:?}");
    }
}

#[test]
fn every_refused_transition() {
    let refused = [
        (S::Open, E::Accept),
        (S::Accepted, E::Offer),
        (S::Accepted, E::Expire),
        (S::Closed, E::Offer),
        (S::Closed, E::Accept),
        (S::Closed, E::Close),
        (S::Closed, E::Expire),
        (S::Expired, E::Offer),
        (S::Expired, E::Accept),
        (S::Expired, E::Close),
        (S::Expired, E::Expire),
    ];
    for (from, event) in refused {
        let error = from.after(event).unwrap_err();
        assert_eq!(error.code, ErrorCode::RequestClosed, "{from:?} + {event:?}");
        assert_eq!(error.status(), 409);
    }
    // Every pair is covered by exactly one of the two tables.
    assert_eq!(S::ALL.len() * 4, 9 + refused.len());
}

#[test]
fn only_open_states_are_open() {
    let open: Vec<_> = S::ALL.into_iter().filter(|s| s.is_open()).collect();
    assert_eq!(open, [S::Open, S::HasOffers]);
    for status in S::ALL {
        assert_eq!(S::parse(status.as_str()), Some(status));
    }
}

#[test]
fn an_open_request_past_its_expiry_reads_as_expired() {
    let at: Timestamp = "2026-11-24T10:00:00Z".parse().unwrap();
    assert_eq!(S::Open.at(at, at), S::Expired);
    assert_eq!(S::HasOffers.at(at, at - SignedDuration::from_secs(1)), S::HasOffers);
    assert_eq!(S::Accepted.at(at, at), S::Accepted);
    assert_eq!(S::Closed.at(at, at), S::Closed);
}

fn viewer<'a>(id: &'a str, org: Option<&'a str>) -> profile::Viewer<'a> {
    profile::Viewer { user_id: id, organization: org }
}

#[test]
fn who_may_see_a_request() {
    let acme = Some("acme.com");
    let role = |audience, status, who, mentor, offer| {
        RequestRole::of("author", acme, audience, None, status, who, mentor, offer)
    };
    let colleague = viewer("m1", acme);
    let outsider = viewer("m2", Some("globex.com"));
    assert_eq!(role(Audience::MyOrganization, S::Open, colleague, true, None), Some(RequestRole::Mentor));
    assert_eq!(role(Audience::MyOrganization, S::Open, outsider, true, None), None);
    assert_eq!(role(Audience::OutsideMyOrganization, S::Open, colleague, true, None), None);
    assert_eq!(
        role(Audience::OutsideMyOrganization, S::HasOffers, outsider, true, None),
        Some(RequestRole::Mentor)
    );
    assert_eq!(role(Audience::Everyone, S::Open, outsider, false, None), None, "not a mentor");
    assert_eq!(role(Audience::Everyone, S::Closed, outsider, true, None), None, "no longer open");
    assert_eq!(
        role(Audience::Everyone, S::Closed, outsider, true, Some(OfferStatus::Pending)),
        Some(RequestRole::Offerer { accepted: false })
    );
    assert_eq!(
        role(Audience::MyOrganization, S::Expired, viewer("author", acme), false, None),
        Some(RequestRole::Author)
    );
}

#[test]
fn a_question_to_one_mentor_is_for_that_mentor_alone() {
    let role = |who, offer| {
        RequestRole::of("author", None, Audience::Everyone, Some("m1"), S::Open, who, true, offer)
    };
    assert_eq!(role(viewer("m1", None), None), Some(RequestRole::Mentor));
    assert_eq!(role(viewer("m2", None), None), None, "another mentor");
    assert_eq!(role(viewer("author", None), None), Some(RequestRole::Author));
    assert_eq!(
        role(viewer("m1", None), Some(OfferStatus::Accepted)),
        Some(RequestRole::Offerer { accepted: true })
    );
    let closed = RequestRole::of(
        "author",
        None,
        Audience::Everyone,
        Some("m1"),
        S::Closed,
        viewer("m1", None),
        true,
        None,
    );
    assert_eq!(closed, None, "no longer open");
    let no_mentor = new_request().parse(None, now()).unwrap();
    assert_eq!(no_mentor.mentor_id, None);
    let to_one = NewRequest { mentor_id: Some(" m1 ".into()), ..new_request() }.parse(None, now()).unwrap();
    assert_eq!(to_one.mentor_id, Some(UserId::new("m1")));
    let blank = NewRequest { mentor_id: Some(" ".into()), ..new_request() };
    assert_eq!(field_of(blank.parse(None, now())).as_deref(), Some("mentor_id"));
}

#[test]
fn an_edit_keeps_what_it_leaves_out_and_follows_the_rules_of_a_new_request() {
    let current = NewRequest { mentor_id: Some("m1".into()), ..new_request() }.parse(None, now()).unwrap();
    let later = now() + SignedDuration::from_hours(1);
    let edit = RequestEdit { title: Some("A clearer title".into()), ..RequestEdit::default() };
    let edited = edit.apply(&current, None, later).unwrap();
    assert_eq!(edited.title, "A clearer title");
    assert_eq!((&edited.body, &edited.expertise), (&current.body, &current.expertise));
    assert_eq!(edited.expires_at, current.expires_at, "the expiry stays unless asked");
    assert_eq!(edited.mentor_id, current.mentor_id, "still to the same mentor");
    let longer = RequestEdit { expires_in_days: Some(14), ..RequestEdit::default() };
    let longer = longer.apply(&current, None, later).unwrap();
    assert_eq!(longer.expires_at.duration_since(later).as_hours(), 14 * 24, "counted from now");
    for (edit, field) in [
        (RequestEdit { title: Some(" ".into()), ..RequestEdit::default() }, "title"),
        (RequestEdit { expertise: Some(Vec::new()), ..RequestEdit::default() }, "expertise"),
        (RequestEdit { expires_in_days: Some(15), ..RequestEdit::default() }, "expires_in_days"),
        (RequestEdit { audience: Some(Audience::MyOrganization), ..RequestEdit::default() }, "audience"),
    ] {
        assert_eq!(field_of(edit.apply(&current, None, later)).as_deref(), Some(field));
    }
}

#[test]
fn a_request_is_editable_only_while_open_without_offers() {
    assert_eq!(editable(S::Open, 0), Ok(()));
    assert_eq!(editable(S::HasOffers, 1).unwrap_err().code, ErrorCode::AlreadyOffered);
    assert_eq!(editable(S::Open, 1).unwrap_err().code, ErrorCode::AlreadyOffered);
    for status in [S::Accepted, S::Closed, S::Expired] {
        let error = editable(status, 1).unwrap_err();
        assert_eq!((error.code, error.status()), (ErrorCode::RequestClosed, 409), "{status:?}");
    }
}

#[test]
fn anonymity_lifts_only_for_the_accepted_mentor() {
    assert!(RequestRole::Author.sees_author(true));
    assert!(RequestRole::Offerer { accepted: true }.sees_author(true));
    assert!(!RequestRole::Offerer { accepted: false }.sees_author(true));
    assert!(!RequestRole::Mentor.sees_author(true));
    assert!(RequestRole::Mentor.sees_author(false));
}

#[test]
fn a_valid_request_is_normalized_and_expires_in_seven_days_by_default() {
    let valid = new_request().parse(None, now()).unwrap();
    assert_eq!(valid.title, "How do I review a large PR?");
    assert_eq!(valid.body, "Context:\n- 4k lines");
    assert_eq!(valid.expertise, ["code review", "rust"]);
    assert_eq!(valid.expires_at, "2026-12-01T10:00:00Z".parse().unwrap());
    let two_weeks = NewRequest { expires_in_days: Some(14), ..new_request() }.parse(None, now()).unwrap();
    assert_eq!(two_weeks.expires_at, "2026-12-08T10:00:00Z".parse().unwrap());
}

#[test]
fn invalid_requests_name_the_field() {
    let cases = [
        (NewRequest { title: "   ".into(), ..new_request() }, "title"),
        (NewRequest { title: "x".repeat(121), ..new_request() }, "title"),
        (NewRequest { body: "\n ".into(), ..new_request() }, "body"),
        (NewRequest { body: "x".repeat(4_001), ..new_request() }, "body"),
        (NewRequest { body: "bell \u{7}".into(), ..new_request() }, "body"),
        (NewRequest { expertise: vec![], ..new_request() }, "expertise"),
        (NewRequest { expertise: vec!["a<b".into()], ..new_request() }, "expertise"),
        (NewRequest { expertise: (0..6).map(|i| format!("t{i}")).collect(), ..new_request() }, "expertise"),
        (NewRequest { expires_in_days: Some(0), ..new_request() }, "expires_in_days"),
        (NewRequest { expires_in_days: Some(15), ..new_request() }, "expires_in_days"),
        (NewRequest { audience: Audience::MyOrganization, ..new_request() }, "audience"),
    ];
    for (request, field) in cases {
        assert_eq!(field_of(request.parse(None, now())).as_deref(), Some(field));
    }
    let mine = NewRequest { audience: Audience::MyOrganization, ..new_request() };
    assert!(mine.parse(Some("acme.com"), now()).is_ok());
}

#[test]
fn audiences_hold_strictly() {
    let acme = Some("acme.com");
    let globex = Some("globex.com");
    assert!(Audience::Everyone.includes(acme, globex));
    assert!(Audience::Everyone.includes(None, None));
    assert!(Audience::MyOrganization.includes(acme, acme));
    assert!(!Audience::MyOrganization.includes(acme, globex));
    assert!(!Audience::MyOrganization.includes(acme, None));
    assert!(!Audience::MyOrganization.includes(None, None));
    assert!(Audience::OutsideMyOrganization.includes(acme, globex));
    assert!(Audience::OutsideMyOrganization.includes(acme, None));
    assert!(!Audience::OutsideMyOrganization.includes(acme, acme));
    assert!(Audience::OutsideMyOrganization.includes(None, acme));
}

#[test]
fn offers_must_suit_the_format() {
    let now: Timestamp = "2026-11-24T10:00:00Z".parse().unwrap();
    let written = NewOffer { kind: OfferKind::Written, message: " Try this. ".into(), slot_start: None };
    assert_eq!(written.clone().parse(Format::Written, now).unwrap().message, "Try this.");
    assert_eq!(written.clone().parse(Format::Call, now).unwrap_err().field.as_deref(), Some("kind"));
    let slot = NewOffer {
        kind: OfferKind::Slot,
        message: String::new(),
        slot_start: Some("2026-12-01T14:15:00Z".into()),
    };
    let valid = slot.clone().parse(Format::Either, now).unwrap();
    assert_eq!(valid.slot_start, Some("2026-12-01T14:15:00Z".parse().unwrap()));
    assert_eq!(slot.clone().parse(Format::Written, now).unwrap_err().field.as_deref(), Some("kind"));
    let unaligned = NewOffer { slot_start: Some("2026-12-01T14:12:00Z".into()), ..slot.clone() };
    assert_eq!(unaligned.parse(Format::Call, now).unwrap_err().field.as_deref(), Some("slot_start"));
    let far = NewOffer { slot_start: Some("9999-12-30T00:00:00Z".into()), ..slot.clone() };
    assert_eq!(far.parse(Format::Call, now).unwrap_err().field.as_deref(), Some("slot_start"));
    let missing = NewOffer { slot_start: None, ..slot };
    assert_eq!(missing.parse(Format::Call, now).unwrap_err().field.as_deref(), Some("slot_start"));
    let empty = NewOffer { message: "  ".into(), ..written };
    assert_eq!(empty.parse(Format::Either, now).unwrap_err().field.as_deref(), Some("message"));
}
