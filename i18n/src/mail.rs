//! Mails put into words: a [`MailContent`] in its recipient's language, as subject and text.
//! The layout (blank lines, the question quoted on its own line, links on lines of their own) is
//! the same in every language; the catalogue's `mail.ftl` has every sentence.

use domain::booking::{BookingMail, BookingNotice, Delivery, Invite, MailedInvite, ics};
use domain::locale::Locale;
use domain::mail::MailContent;
use domain::profile::language_name;
use domain::request::FitReason;
use domain::request::OfferKind;
use domain::slots::SLOT_MINUTES;
use domain::time::shifted;
use domain::zones::get_or_utc;
use fluent_bundle::FluentValue;
use jiff::{SignedDuration, Timestamp, Zoned};

use crate::Catalog;
use crate::languages::endonym;

/// A mail ready to send.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendered {
    pub subject: String,
    pub text: String,
    /// For a mail whose text is a secret: the subject it keeps once sent, when its text is erased.
    pub once_sent_subject: Option<String>,
    /// The invitation to attach (`invite.ics`), for a booking, its move or its cancellation.
    pub invite: Option<String>,
}

/// `content` in `locale`.
pub fn render(content: &MailContent, locale: Locale) -> Rendered {
    let c = Catalog::new(locale);
    let t = |id: &str, args: &[(&str, FluentValue<'_>)]| c.text(id, args);
    let plain =
        |subject: String, text: String| Rendered { subject, text, once_sent_subject: None, invite: None };
    match content {
        MailContent::SignInCode { code } => {
            let code = [("code", code.as_str().into())];
            Rendered {
                subject: t("sign-in-subject", &code),
                text: format!("{}\n\n{}", t("sign-in-code", &code), t("sign-in-validity", &[])),
                once_sent_subject: Some(t("sign-in-subject-sent", &[])),
                invite: None,
            }
        }
        MailContent::Booking(mail) => Rendered {
            invite: mail.invite.as_ref().map(|invite| booking_invite(&c, mail, invite)),
            ..plain(booking_subject(&c, mail), booking_text(&c, mail))
        },
        MailContent::OfferReceived { mentor, title, offer, link } => {
            let (subject, intro) = match offer {
                OfferKind::Written => ("offer-written-subject", "offer-written-intro"),
                OfferKind::Slot => ("offer-slot-subject", "offer-slot-intro"),
            };
            let mentor = [("mentor", mentor.as_str().into())];
            plain(t(subject, &mentor), quoted(&t(intro, &mentor), title, &t("offer-read", &link_arg(link))))
        }
        MailContent::AskedDirectly { title, link } => plain(
            t("asked-directly-subject", &[]),
            quoted(&t("asked-directly-intro", &[]), title, &t("asked-directly-answer", &link_arg(link))),
        ),
        MailContent::OfferAccepted { mentee, title, link } => {
            let mentee = [("mentee", mentee.as_str().into())];
            plain(
                t("offer-accepted-subject", &mentee),
                quoted(
                    &t("offer-accepted-intro", &mentee),
                    title,
                    &t("offer-accepted-continue", &link_arg(link)),
                ),
            )
        }
        MailContent::NewMessage { sender, title, link } => {
            let sender = [("sender", sender.as_str().into())];
            plain(
                t("new-message-subject", &sender),
                quoted(&t("new-message-intro", &sender), title, &t("new-message-read", &link_arg(link))),
            )
        }
        MailContent::RequestExpired { title, offers, link } => plain(
            t("expired-subject", &[("title", title.as_str().into())]),
            format!("  {title}\n\n{}\n\n{link}\n", t("expired-offers", &[("offers", (*offers).into())])),
        ),
        MailContent::Digest { items, link } => {
            let count = u32::try_from(items.len()).unwrap_or(u32::MAX);
            let mut text = format!("{}\n", t("digest-intro", &[]));
            for item in items {
                text.push_str(&format!(
                    "\n- {}\n  {}\n  {}\n",
                    item.title,
                    fit_reasons(&c, &item.reasons),
                    item.link
                ));
            }
            text.push_str(&format!("\n{}\n{}\n", t("digest-all", &link_arg(link)), t("digest-limit", &[])));
            plain(t("digest-subject", &[("count", count.into())]), text)
        }
        MailContent::CheckIn { other, start, zone, link } => {
            let when = c.date_and_time(&start.to_zoned(get_or_utc(zone)));
            let other = ("other", FluentValue::from(other.as_str()));
            let over =
                t("check-in-over", &[other.clone(), ("when", when.into()), ("zone", zone.as_str().into())]);
            plain(
                t("check-in-subject", &[other]),
                format!("{over}\n\n{}\n{link}\n\n{}\n", t("check-in-ask", &[]), t("check-in-window", &[])),
            )
        }
        MailContent::Paused { link } => plain(
            t("paused-subject", &[]),
            format!("{}\n\n{}\n{link}\n", t("paused-why", &[]), t("paused-resume", &[])),
        ),
        MailContent::OutcomeCheckIn { mentor, about, link } => {
            let helped =
                t("outcome-helped", &[("mentor", mentor.as_str().into()), ("about", about.as_str().into())]);
            let ask = t("outcome-ask", &[("mentor", mentor.as_str().into())]);
            plain(t("outcome-subject", &[]), format!("{helped}\n\n{ask}\n{link}\n"))
        }
    }
}

/// Why a question fits: "matches rust, go; both speak español; no offers yet".
fn fit_reasons(c: &Catalog, reasons: &[FitReason]) -> String {
    let list = |items: &[String]| items.join(&c.text("list-separator", &[]));
    let words: Vec<String> = reasons
        .iter()
        .map(|reason| match reason {
            FitReason::AskedDirectly => c.text("fit-asked-directly", &[]),
            FitReason::Matches { skills } => c.text("fit-matches", &[("skills", list(skills).into())]),
            FitReason::CloseTo { skills } => c.text("fit-close-to", &[("skills", list(skills).into())]),
            FitReason::BothSpeak { languages } => {
                let named: Vec<String> = languages
                    .iter()
                    .map(|code| endonym(code).unwrap_or_else(|| language_name(code)).to_owned())
                    .collect();
                c.text("fit-both-speak", &[("languages", list(&named).into())])
            }
            FitReason::SameTimeZone => c.text("fit-same-time-zone", &[]),
            FitReason::WorkingHoursInCommon { hours } => {
                c.text("fit-hours-in-common", &[("hours", (*hours).into())])
            }
            FitReason::NoOffersYet => c.text("fit-no-offers", &[]),
        })
        .collect();
    words.join(&c.text("reason-separator", &[]))
}

fn link_arg(link: &str) -> [(&'static str, FluentValue<'_>); 1] {
    [("link", link.into())]
}

/// An introduction, the question's title quoted on a line of its own, and what to do next.
fn quoted(intro: &str, title: &str, next: &str) -> String {
    format!("{intro}\n\n  {title}\n\n{next}\n")
}

fn booking_subject(c: &Catalog, mail: &BookingMail) -> String {
    let id = match mail.event {
        BookingNotice::Booked => "booking-subject-booked",
        BookingNotice::Rescheduled => "booking-subject-rescheduled",
        BookingNotice::Cancelled => "booking-subject-cancelled",
        BookingNotice::DayBefore => "booking-subject-day-before",
        BookingNotice::Soon => "booking-subject-soon",
    };
    c.text(id, &[("other", mail.other_name.as_str().into())])
}

/// When a session is, in the reader's zone with the other person's local time beside it:
/// "Tue 1 Dec 2026, 14:00–14:15 your time (Europe/London); 19:45 for A new user (Asia/Kathmandu)".
pub fn when_line(c: &Catalog, start: Timestamp, zone: &str, other: &str, other_zone: &str) -> String {
    let mine = start.to_zoned(get_or_utc(zone));
    let end = shifted(start, SignedDuration::from_mins(SLOT_MINUTES)).to_zoned(get_or_utc(zone));
    let theirs = start.to_zoned(get_or_utc(other_zone));
    c.text(
        "booking-when",
        &[
            ("date", c.date_with_year(&mine).into()),
            ("start", c.time(&mine).into()),
            ("end", c.time(&end).into()),
            ("zone", zone.into()),
            ("other-time", c.time(&theirs).into()),
            ("other", other.into()),
            ("other-zone", other_zone.into()),
        ],
    )
}

/// The invitation: the event titled with the other person, the agenda and how to join.
fn booking_invite(c: &Catalog, mail: &BookingMail, invite: &MailedInvite) -> String {
    let other = [("other", mail.other_name.as_str().into())];
    let description = format!("{}\n\n{}", mail.agenda, c.text("booking-join", &link_arg(&mail.call_link)));
    let event = Invite {
        uid: &invite.uid,
        sequence: invite.sequence,
        cancelled: invite.cancelled,
        start: mail.start,
        end: invite.end,
        stamp: invite.stamp,
        summary: &c.text("invite-summary", &other),
        description: &description,
        call_link: &mail.call_link,
        alarm: &c.text("invite-alarm", &[]),
    };
    ics(&event, Delivery::Mailed { organizer: &invite.organizer, attendee: &invite.attendee })
}

fn booking_text(c: &Catalog, mail: &BookingMail) -> String {
    let when = when_line(c, mail.start, &mail.recipient_zone, &mail.other_name, &mail.other_zone);
    let mut text = match mail.event {
        BookingNotice::Cancelled => format!("{}\n{when}\n", c.text("booking-cancelled", &[])),
        BookingNotice::Rescheduled => format!("{}\n{when}\n", c.text("booking-moved", &[])),
        _ => format!("{when}\n"),
    };
    if let Some(earlier) = mail.follow_up_of {
        let day: Zoned = earlier.to_zoned(get_or_utc(&mail.recipient_zone));
        text.push_str(&format!(
            "{}\n",
            c.text("booking-follow-up", &[("date", c.day_and_month(&day).into())])
        ));
    }
    if let Some(reason) = mail.reason.as_deref().filter(|r| !r.trim().is_empty()) {
        text.push_str(&format!("\n{}\n", c.text("booking-reason", &[("reason", reason.into())])));
    }
    text.push_str(&format!("\n{}\n{}\n", c.text("booking-agenda", &[]), mail.agenda));
    if mail.event != BookingNotice::Cancelled {
        text.push_str(&format!("\n{}\n", c.text("booking-join", &link_arg(&mail.call_link))));
    }
    text.push_str(&format!("\n{}\n", c.text("booking-calendar", &link_arg(&mail.invite_url))));
    text
}

#[cfg(test)]
mod tests {
    use domain::mail::DigestItem;

    use super::*;

    fn at(s: &str) -> Timestamp {
        s.parse().unwrap()
    }

    fn booking(event: BookingNotice) -> BookingMail {
        BookingMail {
            event,
            recipient_zone: "Asia/Kathmandu".into(),
            other_name: "A new user".into(),
            other_zone: "Europe/London".into(),
            start: at("2026-12-01T14:00:00Z"),
            agenda: "CV review".into(),
            call_link: "https://meet.jit.si/x".into(),
            invite_url: "https://quarterhour.app/api/bookings/b1/invite.ics".into(),
            reason: Some("Ill".into()),
            follow_up_of: None,
            invite: None,
        }
    }

    #[test]
    fn booking_mails_show_both_local_times() {
        let c = Catalog::new(Locale::En);
        assert_eq!(
            when_line(&c, at("2026-12-01T14:00:00Z"), "Europe/London", "A new user", "Asia/Kathmandu"),
            "Tue 1 Dec 2026, 14:00–14:15 your time (Europe/London); 19:45 for A new user (Asia/Kathmandu)"
        );
        let mail = render(&MailContent::Booking(Box::new(booking(BookingNotice::Cancelled))), Locale::En);
        assert_eq!(mail.subject, "Cancelled: your 15 minutes with A new user");
        assert_eq!(
            mail.text,
            "This session is cancelled:\nTue 1 Dec 2026, 19:45–20:00 your time (Asia/Kathmandu); 14:00 for \
             A new user (Europe/London)\n\nReason: Ill\n\nAgenda:\nCV review\n\nAdd to your calendar: \
             https://quarterhour.app/api/bookings/b1/invite.ics\n"
        );
        let booked = render(&MailContent::Booking(Box::new(booking(BookingNotice::Booked))), Locale::En);
        assert!(booked.text.contains("\nJoin the call: https://meet.jit.si/x\n"), "{}", booked.text);
        assert_eq!(booked.once_sent_subject, None);
    }

    #[test]
    fn a_booking_invitation_is_titled_and_described_in_the_readers_language() {
        let mut mail = booking(BookingNotice::Booked);
        mail.invite = Some(MailedInvite {
            uid: "b1@quarterhour".into(),
            sequence: 0,
            cancelled: false,
            end: at("2026-12-01T14:15:00Z"),
            stamp: at("2026-11-30T09:00:00Z"),
            organizer: "no-reply@quarterhour.app".into(),
            attendee: "mentee@example.com".into(),
        });
        let unfolded = |mail: &BookingMail, locale| {
            let rendered = render(&MailContent::Booking(Box::new(mail.clone())), locale);
            rendered.invite.expect("an invitation").replace("\r\n ", "")
        };
        let spanish = unfolded(&mail, Locale::Es);
        assert!(spanish.contains("\r\nSUMMARY:Quarterhour: 15 minutos con A new user\r\n"), "{spanish}");
        assert!(
            spanish.contains("\r\nDESCRIPTION:CV review\\n\\nÚnete a la llamada: https://meet.jit.si/x\r\n")
        );
        assert!(spanish.contains("\r\nDESCRIPTION:Sesión de Quarterhour en 10 minutos\r\n"), "{spanish}");
        assert!(
            spanish.contains("\r\nMETHOD:REQUEST\r\n") && spanish.contains(":mailto:mentee@example.com\r\n")
        );
        assert!(spanish.contains("\r\nDTSTART:20261201T140000Z\r\nDTEND:20261201T141500Z\r\n"));
        assert!(
            unfolded(&mail, Locale::En).contains("\r\nSUMMARY:Quarterhour: 15 minutes with A new user\r\n")
        );
        // A name in Latin letters keeps its direction inside an Arabic title.
        assert!(
            unfolded(&mail, Locale::Ar)
                .contains("SUMMARY:جلسة Quarterhour: ١٥ دقيقة مع \u{2068}A new user\u{2069}\r\n")
        );
        if let Some(invite) = mail.invite.as_mut() {
            invite.cancelled = true;
        }
        let cancelled = unfolded(&mail, Locale::De);
        assert!(
            cancelled.contains("\r\nMETHOD:CANCEL\r\n") && cancelled.contains("\r\nSTATUS:CANCELLED\r\n")
        );
        mail.invite = None;
        assert_eq!(
            render(&MailContent::Booking(Box::new(mail)), Locale::Es).invite,
            None,
            "reminders invite no one"
        );
    }

    #[test]
    fn follow_ups_name_the_earlier_day_in_the_readers_zone() {
        let mut mail = booking(BookingNotice::Booked);
        mail.follow_up_of = Some(at("2026-12-03T23:30:00Z"));
        mail.recipient_zone = "Europe/London".into();
        let text = render(&MailContent::Booking(Box::new(mail.clone())), Locale::En).text;
        assert!(text.contains("\nFollow-up to your session on 3 Dec\n"), "{text}");
        mail.recipient_zone = "Asia/Tokyo".into();
        let text = render(&MailContent::Booking(Box::new(mail)), Locale::En).text;
        assert!(text.contains("\nFollow-up to your session on 4 Dec\n"), "{text}");
    }

    #[test]
    fn a_sign_in_code_keeps_a_subject_without_it() {
        let mail = render(&MailContent::SignInCode { code: "123456".into() }, Locale::En);
        assert_eq!(mail.subject, "Your Quarterhour sign-in code: 123456");
        assert!(mail.text.starts_with("Your sign-in code is 123456.\n\nIt works once"), "{}", mail.text);
        assert_eq!(mail.once_sent_subject.as_deref(), Some("Your Quarterhour sign-in code"));
    }

    #[test]
    fn request_mails_quote_the_question_and_link_to_it() {
        let offer = MailContent::OfferReceived {
            mentor: "A mentor".into(),
            title: "Big PRs".into(),
            offer: OfferKind::Slot,
            link: "https://q/r/1".into(),
        };
        let mail = render(&offer, Locale::En);
        assert_eq!(mail.subject, "A mentor offered you a 15-minute call");
        assert_eq!(
            mail.text,
            "A mentor offered you a 15-minute call:\n\n  Big PRs\n\nRead it and accept it here: https://q/r/1\n"
        );
        let item = DigestItem {
            title: "Big PRs".into(),
            reasons: vec![FitReason::Matches { skills: vec!["rust".into()] }],
            link: "https://q/r/1".into(),
        };
        let digest = MailContent::Digest { items: vec![item.clone()], link: "https://q/requests".into() };
        let mail = render(&digest, Locale::En);
        assert_eq!(mail.subject, "1 new question fits your expertise");
        assert!(mail.text.contains("\n- Big PRs\n  matches rust\n  https://q/r/1\n"), "{}", mail.text);
        let two = MailContent::Digest { items: vec![item.clone(), item], link: "https://q/requests".into() };
        assert_eq!(render(&two, Locale::En).subject, "2 new questions fit your expertise");
        let expired =
            |offers| MailContent::RequestExpired { title: "Big PRs".into(), offers, link: "l".into() };
        assert!(render(&expired(0), Locale::En).text.contains("It had no offers."));
        assert!(render(&expired(1), Locale::En).text.contains("One mentor made an offer"));
        assert!(render(&expired(3), Locale::En).text.contains("3 mentors made offers"));
    }

    #[test]
    fn after_session_mails_name_the_time_and_the_person() {
        let check_in = MailContent::CheckIn {
            other: "A new user".into(),
            start: at("2026-12-01T14:00:00Z"),
            zone: "Europe/Berlin".into(),
            link: "https://q/s/1".into(),
        };
        let mail = render(&check_in, Locale::En);
        assert_eq!(mail.subject, "Did your session with A new user happen?");
        assert!(
            mail.text.starts_with(
                "Your 15 minutes with A new user on Tue 1 Dec, 15:00 (Europe/Berlin) are over.\n\n"
            ),
            "{}",
            mail.text
        );
        let outcome = MailContent::OutcomeCheckIn {
            mentor: "A new user".into(),
            about: "Prepare my promotion packet".into(),
            link: "https://q/x".into(),
        };
        let mail = render(&outcome, Locale::En);
        assert_eq!(mail.subject, "Did you act on it?");
        assert!(
            mail.text.contains("A new user helped you with \"Prepare my promotion packet\""),
            "{}",
            mail.text
        );
        assert!(
            render(&MailContent::Paused { link: "https://q/profile".into() }, Locale::En)
                .text
                .ends_with("\nhttps://q/profile\n")
        );
    }
    #[test]
    fn a_digest_says_why_each_question_fits_in_the_readers_words() {
        let item = DigestItem {
            title: "Big PRs".into(),
            reasons: vec![
                FitReason::Matches { skills: vec!["rust".into(), "go".into()] },
                FitReason::BothSpeak { languages: vec!["es".into(), "hi".into(), "xx".into()] },
                FitReason::WorkingHoursInCommon { hours: 1 },
            ],
            link: "https://q/r/1".into(),
        };
        let digest = MailContent::Digest { items: vec![item], link: "https://q/requests".into() };
        let spanish = render(&digest, Locale::Es).text;
        assert!(
            spanish.contains(
                "\n  coincide con rust, go; idiomas en común: español, हिन्दी, xx; 1 hora laboral en común\n"
            ),
            "{spanish}"
        );
        let english = render(&digest, Locale::En).text;
        assert!(
            english
                .contains("\n  matches rust, go; both speak español, हिन्दी, xx; 1 working hour in common\n")
        );
        let arabic = render(&digest, Locale::Ar).text;
        assert!(arabic.contains("؛ ساعة عمل مشتركة واحدة\n"), "{arabic}");
    }

    #[test]
    fn counts_follow_each_languages_plural_rules() {
        let item = DigestItem { title: "Big PRs".into(), reasons: vec![], link: "l".into() };
        let subject = |locale, n| {
            let digest = MailContent::Digest { items: vec![item.clone(); n], link: "l".into() };
            render(&digest, locale).subject
        };
        let counts = [1, 2, 5, 11, 100];
        let french: Vec<String> = counts.iter().map(|n| subject(Locale::Fr, *n)).collect();
        assert_eq!(
            french,
            [
                "1 nouvelle question correspond à votre expertise",
                "2 nouvelles questions correspondent à votre expertise",
                "5 nouvelles questions correspondent à votre expertise",
                "11 nouvelles questions correspondent à votre expertise",
                "100 nouvelles questions correspondent à votre expertise",
            ]
        );
        // Arabic: one, two, few (3–10), many (11–99), other (100).
        let arabic: Vec<String> = counts.iter().map(|n| subject(Locale::Ar, *n)).collect();
        assert_eq!(
            arabic,
            [
                "سؤال جديد واحد يناسب خبرتك",
                "سؤالان جديدان يناسبان خبرتك",
                "5 أسئلة جديدة تناسب خبرتك",
                "11 سؤالًا جديدًا يناسب خبرتك",
                "100 سؤال جديد يناسب خبرتك",
            ]
        );
        let expired = |locale, offers| {
            render(&MailContent::RequestExpired { title: "t".into(), offers, link: "l".into() }, locale).text
        };
        assert!(expired(Locale::Fr, 0).contains("aucune proposition"));
        assert!(expired(Locale::Fr, 1).contains("une proposition\u{202f};"));
        assert!(expired(Locale::Fr, 2).contains("2 propositions"));
        assert!(expired(Locale::Ar, 2).contains("تلقّى عرضين"));
        assert!(expired(Locale::Ar, 11).contains("11 عرضًا"));
    }

    #[test]
    fn every_mail_is_written_in_every_language_without_english_left() {
        let start = at("2026-12-08T16:00:00Z");
        let reasons = vec![
            FitReason::AskedDirectly,
            FitReason::Matches { skills: vec!["rust".into(), "go".into()] },
            FitReason::CloseTo { skills: vec!["kubernetes".into()] },
            FitReason::BothSpeak { languages: vec!["es".into(), "hi".into()] },
            FitReason::SameTimeZone,
            FitReason::WorkingHoursInCommon { hours: 5 },
            FitReason::NoOffersYet,
        ];
        let item = DigestItem { title: "T".into(), reasons, link: "https://q/r/1".into() };
        let link = || "https://q/x".to_string();
        let contents = [
            MailContent::SignInCode { code: "123456".into() },
            MailContent::Booking(Box::new(booking(BookingNotice::Booked))),
            MailContent::Booking(Box::new(booking(BookingNotice::Rescheduled))),
            MailContent::Booking(Box::new(booking(BookingNotice::Cancelled))),
            MailContent::Booking(Box::new(booking(BookingNotice::DayBefore))),
            MailContent::Booking(Box::new(booking(BookingNotice::Soon))),
            MailContent::OfferReceived {
                mentor: "M".into(),
                title: "T".into(),
                offer: OfferKind::Written,
                link: link(),
            },
            MailContent::OfferReceived {
                mentor: "M".into(),
                title: "T".into(),
                offer: OfferKind::Slot,
                link: link(),
            },
            MailContent::AskedDirectly { title: "T".into(), link: link() },
            MailContent::OfferAccepted { mentee: "M".into(), title: "T".into(), link: link() },
            MailContent::NewMessage { sender: "M".into(), title: "T".into(), link: link() },
            MailContent::RequestExpired { title: "T".into(), offers: 0, link: link() },
            MailContent::Digest { items: vec![item], link: link() },
            MailContent::CheckIn { other: "M".into(), start, zone: "Europe/Berlin".into(), link: link() },
            MailContent::Paused { link: link() },
            MailContent::OutcomeCheckIn { mentor: "M".into(), about: "T".into(), link: link() },
        ];
        for locale in Locale::ALL.into_iter().skip(1) {
            for content in &contents {
                let mail = render(content, locale);
                let english = render(content, Locale::En);
                assert_ne!(mail.subject, english.subject, "{}: {content:?}", locale.tag());
                for line in english.text.lines().filter(|line| line.split_whitespace().count() > 2) {
                    assert!(!mail.text.contains(line), "{}: English left: {line}", locale.tag());
                }
                assert!(
                    !mail.text.contains('{') && !mail.subject.contains('{'),
                    "{}: {}",
                    locale.tag(),
                    mail.text
                );
            }
        }
    }
}
