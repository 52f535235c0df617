//! The mails requests send, as subject and text.

use super::OfferKind;

pub fn offer_received(mentor: &str, title: &str, kind: OfferKind, link: &str) -> (String, String) {
    let what = match kind {
        OfferKind::Written => "answered your question in writing",
        OfferKind::Slot => "offered you a 15-minute call",
    };
    (
        format!("{mentor} {what}"),
        format!("{mentor} {what}:\n\n  {title}\n\nRead it and accept it here: {link}\n"),
    )
}

/// To the one mentor a question is addressed to; the mentee's name is in the app, if they give it.
pub fn asked_directly(title: &str, link: &str) -> (String, String) {
    (
        "A mentee asked you a question directly".to_string(),
        format!(
            "A mentee asked you, and only you:\n\n  {title}\n\nAnswer in writing or offer one of your slots: {link}\n"
        ),
    )
}

pub fn offer_accepted(mentee: &str, title: &str, link: &str) -> (String, String) {
    (
        format!("{mentee} accepted your offer"),
        format!("{mentee} accepted your offer on:\n\n  {title}\n\nContinue the conversation: {link}\n"),
    )
}

pub fn new_message(sender: &str, title: &str, link: &str) -> (String, String) {
    (
        format!("New message from {sender}"),
        format!("{sender} wrote to you about:\n\n  {title}\n\nRead and reply: {link}\n"),
    )
}

pub fn expired(title: &str, offers: u32, link: &str) -> (String, String) {
    let offers = match offers {
        0 => "It had no offers. You can ask it again, perhaps with other skills named.".to_string(),
        1 => "One mentor made an offer; you can still read it.".to_string(),
        n => format!("{n} mentors made offers; you can still read them."),
    };
    (format!("Your question expired: {title}"), format!("  {title}\n\n{offers}\n\n{link}\n"))
}

/// One mail listing new requests that fit a mentor: `(title, reasons, link)` each.
pub fn digest(items: &[(String, Vec<String>, String)], feed_link: &str) -> (String, String) {
    let subject = match items.len() {
        1 => "1 new question fits your expertise".to_string(),
        n => format!("{n} new questions fit your expertise"),
    };
    let mut text = String::from("New questions people have asked that fit what you know:\n");
    for (title, reasons, link) in items {
        text.push_str(&format!("\n- {title}\n  {}\n  {link}\n", reasons.join("; ")));
    }
    text.push_str(&format!(
        "\nAll requests for you: {feed_link}\nYou get at most one of these a day; turn them off by \
         not accepting requests on your profile.\n"
    ));
    (subject, text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mails_name_the_question_and_link_to_it() {
        let (subject, text) = offer_received("A mentor", "Big PRs", OfferKind::Slot, "https://q/r/1");
        assert_eq!(subject, "A mentor offered you a 15-minute call");
        assert!(text.contains("Big PRs") && text.contains("https://q/r/1"));
        let items =
            vec![("Big PRs".to_string(), vec!["matches rust".to_string()], "https://q/r/1".to_string())];
        let (subject, text) = digest(&items, "https://q/requests");
        assert_eq!(subject, "1 new question fits your expertise");
        assert!(text.contains("- Big PRs\n  matches rust\n  https://q/r/1"));
    }
}
