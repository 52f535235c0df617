//! Mail through a mail API (the development one): each mail is sent once, however slowly the API
//! answers or however its answer is lost; a sign-in code's text is not kept once sent; sent mail
//! is deleted after 30 days.

use serde_json::{Value, json};

use crate::client::{Client, run_scheduled, run_scheduled_together, unique_email, unique_suffix};

/// A domain of its own whose mail goes to the development mail API, answering as `answer` says.
fn mail_api_domain(answer: &str) -> String {
    let domain = format!("mail-api-{}.example", unique_suffix());
    let reply = Client::new().send("PUT", "/api/dev/mail-api", &json!({"domain": domain, "answer": answer}));
    assert_eq!(reply.status, 200, "{}", reply.body);
    domain
}

/// Queues a mail to `email` (a sign-in code).
fn queue_mail(email: &str) {
    let reply = Client::new().post_json("/api/auth/email-code", &json!({"email": email}));
    assert_eq!(reply.status, 202, "{}", reply.body);
}

/// What the development mail API sent to `email`: one entry per mail.
fn sent_to(email: &str) -> Vec<Value> {
    let reply = Client::new().get(&format!("/api/dev/mail-api?to={email}"));
    assert_eq!(reply.status, 200, "{}", reply.body);
    reply.json()["sent"].as_array().unwrap().clone()
}

fn outbox_of(email: &str) -> Vec<Value> {
    Client::new().get(&format!("/api/dev/outbox?to={email}")).json()["messages"].as_array().unwrap().clone()
}

fn minutes_ahead(minutes: i64) -> String {
    (jiff::Timestamp::now() + jiff::SignedDuration::from_mins(minutes)).to_string()
}

#[test]
fn a_slow_mail_api_is_sent_each_mail_once_even_by_overlapping_runs() {
    let domain = mail_api_domain("slowly");
    let people: Vec<String> = (0..3).map(|i| format!("person{i}@{domain}")).collect();
    for email in &people {
        queue_mail(email);
    }
    // The second run's clock is past every lease the first takes: as if each post took minutes.
    run_scheduled_together(&[None, Some(minutes_ahead(3))]);
    for email in &people {
        let sent = sent_to(email);
        assert_eq!(sent.len(), 1, "one mail to {email}: {sent:?}");
        assert!(sent[0]["posts"].as_u64().unwrap() <= 2, "posted at most once per run: {sent:?}");
        let outbox = outbox_of(email);
        assert_eq!(outbox.len(), 1);
        assert_eq!(outbox[0]["status"], "sent", "{outbox:?}");
    }
}

#[test]
fn a_mail_the_mail_api_sent_but_answered_as_failed_is_not_sent_again() {
    let email = format!("lost-answer@{}", mail_api_domain("fails_once_after_sending"));
    queue_mail(&email);
    // The first post is sent but answered 500; the retry a minute on gets its answer.
    run_scheduled(None);
    run_scheduled(Some(&minutes_ahead(2)));
    let sent = sent_to(&email);
    assert_eq!(sent.len(), 1, "one mail, under one Idempotency-Key: {sent:?}");
    assert_eq!(sent[0]["posts"], 2, "posted again after the lost answer: {sent:?}");
    assert_eq!(outbox_of(&email)[0]["status"], "sent");
    run_scheduled(Some(&minutes_ahead(60)));
    assert_eq!(sent_to(&email)[0]["posts"], 2, "never posted once marked sent");
}

#[test]
fn a_sign_in_code_is_blanked_in_the_outbox_once_sent() {
    let email = format!("code@{}", mail_api_domain("promptly"));
    queue_mail(&email);
    // Delivered by the mail queue's consumer, or by the run if it comes first.
    run_scheduled(None);
    assert_eq!(sent_once_delivered(&email).len(), 1);
    let outbox = outbox_once_marked(&email);
    assert_eq!(outbox.len(), 1);
    assert_eq!(outbox[0]["status"], "sent");
    assert_eq!(outbox[0]["subject"], "Your Quarterhour sign-in code", "no code in the subject");
    assert_eq!(outbox[0]["text"], "", "nor in the text: {outbox:?}");
}

#[test]
fn the_scheduled_job_purges_mail_sent_more_than_thirty_days_ago() {
    let email = unique_email("kept-briefly", "acme.com");
    let long_ago = (jiff::Timestamp::now() - jiff::SignedDuration::from_hours(31 * 24)).to_string();
    {
        let _no_run = crate::client::between_scheduled_runs();
        let reply = Client::new().request_with(
            "POST",
            "/api/auth/email-code",
            &json!({"email": email}),
            &[("x-quarterhour-now", long_ago.as_str())],
        );
        assert_eq!(reply.status, 202, "{}", reply.body);
        queue_mail(&email);
        assert_eq!(outbox_of(&email).len(), 2, "one mail sent 31 days ago, one now");
    }
    run_scheduled(None);
    let left = outbox_of(&email);
    assert_eq!(left.len(), 1, "{left:?}");
    assert!(left[0]["sent_at"].as_str().unwrap() > long_ago.as_str(), "the recent one stays: {left:?}");
}

/// What the development mail API got for `email`, once it got something: the mail queue's
/// consumer delivers within seconds; a minute without is a failure.
fn sent_once_delivered(email: &str) -> Vec<Value> {
    crate::client::eventually(&format!("no mail to {email}"), || {
        let sent = sent_to(email);
        if sent.is_empty() { Err(sent) } else { Ok(sent) }
    })
}

/// `email`'s outbox once its mail is no longer being delivered (a delivery marks it as soon as
/// the mail API answers).
fn outbox_once_marked(email: &str) -> Vec<Value> {
    crate::client::eventually("still pending", || {
        let outbox = outbox_of(email);
        if outbox.iter().all(|mail| mail["status"] != "pending") { Ok(outbox) } else { Err(outbox) }
    })
}

#[test]
fn a_mail_goes_out_through_the_mail_queue_with_no_scheduled_run() {
    let email = format!("queued@{}", mail_api_domain("promptly"));
    // No scheduled run drains the outbox meanwhile: delivery is the queue consumer's alone.
    let _no_run = crate::client::between_scheduled_runs();
    queue_mail(&email);
    let sent = sent_once_delivered(&email);
    assert_eq!(sent.len(), 1, "{sent:?}");
    assert_eq!(sent[0]["posts"], 1, "posted once, under the outbox id as its key: {sent:?}");
    let outbox = outbox_once_marked(&email);
    assert_eq!(outbox[0]["status"], "sent", "marked once posted: {outbox:?}");
}
