//! The catalogues are complete by construction: every language parses without an error, has
//! exactly the messages English has, and each message uses exactly English's variables.

use std::collections::{BTreeMap, BTreeSet};

use domain::locale::Locale;
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use fluent_syntax::parser;

type Messages = BTreeMap<String, BTreeSet<String>>;

/// One language's catalogue of an area.
type Source = fn(Locale) -> &'static str;

/// The catalogues, by area: each language has one file per area.
const AREAS: [(&str, Source); 13] = [
    ("mail", i18n::source),
    ("errors", i18n::errors_source),
    ("app-shell", |l| i18n::app::source(l, "shell")),
    ("app-home", |l| i18n::app::source(l, "home")),
    ("app-mail", |l| i18n::app::source(l, "mail")),
    ("app-finding", |l| i18n::app::source(l, "finding")),
    ("app-booking", |l| i18n::app::source(l, "booking")),
    ("app-requests", |l| i18n::app::source(l, "requests")),
    ("app-request", |l| i18n::app::source(l, "request")),
    ("app-sessions", |l| i18n::app::source(l, "sessions")),
    ("app-profile", |l| i18n::app::source(l, "profile")),
    ("app-schedule", |l| i18n::app::source(l, "schedule")),
    // Shared by the digest mail and the app's request feed.
    ("fit", i18n::fit_source),
];

#[test]
fn every_app_area_is_checked() {
    for area in i18n::app::AREAS {
        let checked = AREAS.iter().any(|(name, _)| *name == format!("app-{area}") || *name == area);
        assert!(checked, "app-{area} is not checked");
    }
}

/// The app's catalogues compile for the browser in every language, and the files it fetches
/// are named by what they hold.
#[test]
fn the_app_catalogues_compile_and_every_language_has_a_file() {
    let files = i18n::app::files().unwrap_or_else(|why| panic!("{why}"));
    let tags: Vec<&str> = files.iter().map(|(tag, _, _)| tag.as_str()).collect();
    assert_eq!(tags, ["es", "fr", "de", "pt-BR", "ar", "en-XA"]);
    let rust = i18n::app::rust().unwrap_or_else(|why| panic!("{why}"));
    assert!(rust.contains("pub fn sign_in() -> String"), "{rust}");
}

fn messages(source: Source, locale: Locale) -> Messages {
    let resource = parser::parse(source(locale))
        .unwrap_or_else(|(_, errors)| panic!("{}: the catalogue does not parse: {errors:?}", locale.tag()));
    let mut found = Messages::new();
    for entry in resource.body {
        match entry {
            Entry::Message(message) => {
                let mut variables = BTreeSet::new();
                if let Some(value) = &message.value {
                    pattern_variables(value, &mut variables);
                }
                let id = message.id.name.to_string();
                assert!(found.insert(id.clone(), variables).is_none(), "{}: {id} twice", locale.tag());
            }
            Entry::Junk { content } => panic!("{}: unreadable: {content}", locale.tag()),
            _ => {}
        }
    }
    found
}

fn pattern_variables(pattern: &Pattern<&str>, into: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_variables(expression, into);
        }
    }
}

fn expression_variables(expression: &Expression<&str>, into: &mut BTreeSet<String>) {
    match expression {
        Expression::Inline(inline) => inline_variables(inline, into),
        Expression::Select { selector, variants } => {
            inline_variables(selector, into);
            for variant in variants {
                pattern_variables(&variant.value, into);
            }
        }
    }
}

fn inline_variables(inline: &InlineExpression<&str>, into: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            into.insert(id.name.to_string());
        }
        InlineExpression::Placeable { expression } => expression_variables(expression, into),
        InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_variables(argument, into);
            }
            for argument in &arguments.named {
                inline_variables(&argument.value, into);
            }
        }
        _ => {}
    }
}

#[test]
fn every_language_has_englishs_messages_with_englishs_variables() {
    let mut problems = Vec::new();
    for (area, source) in AREAS {
        let english = messages(source, Locale::En);
        assert!(english.len() > 3, "{area}: English has {} messages", english.len());
        for locale in Locale::ALL.into_iter().skip(1) {
            check(area, &english, &messages(source, locale), locale, &mut problems);
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

fn check(area: &str, english: &Messages, translated: &Messages, locale: Locale, problems: &mut Vec<String>) {
    let tag = format!("{}/{area}", locale.tag());
    for (id, variables) in english {
        match translated.get(id) {
            None => problems.push(format!("{tag}: lacks {id}")),
            Some(theirs) if theirs != variables => {
                problems.push(format!("{tag}: {id} uses {theirs:?}, English {variables:?}"));
            }
            Some(_) => {}
        }
    }
    for id in translated.keys().filter(|id| !english.contains_key(*id)) {
        problems.push(format!("{tag}: has {id}, which English lacks"));
    }
}

#[test]
fn the_check_finds_a_missing_message_and_a_changed_variable() {
    let source =
        "a = { $name } wrote\nb = { $count ->\n    [one] one\n   *[other] { $count } and { $more }\n}\n";
    let resource = parser::parse(source).unwrap();
    let mut variables = Vec::new();
    for entry in resource.body {
        if let Entry::Message(message) = entry {
            let mut found = BTreeSet::new();
            pattern_variables(message.value.as_ref().unwrap(), &mut found);
            variables.push(found.into_iter().collect::<Vec<_>>().join(","));
        }
    }
    assert_eq!(variables, ["name", "count,more"]);
    assert!(parser::parse("a = { $name").is_err(), "an unclosed placeable is an error");
}

/// The page the server sends paints `domain::pages`' English before the app runs; the app then
/// shows the English catalogue's. They must read the same, or the page would change under the
/// reader's eyes.
#[test]
fn the_first_view_and_the_english_catalogue_say_the_same() {
    use domain::pages::{self, Intro, Words};
    let lead = |intro: &Intro| -> String {
        intro
            .lead
            .iter()
            .map(|words| match words {
                Words::Text(text) => text.to_string(),
                Words::Link { text, .. } => format!("<a>{text}</a>"),
            })
            .collect()
    };
    let english = |area: &str| -> BTreeMap<String, String> {
        let resource = parser::parse(i18n::app::source(Locale::En, area)).expect("English parses");
        resource
            .body
            .into_iter()
            .filter_map(|entry| match entry {
                Entry::Message(message) => {
                    let text: String = message
                        .value?
                        .elements
                        .iter()
                        .map(|element| match element {
                            PatternElement::TextElement { value } => value.to_string(),
                            PatternElement::Placeable { .. } => "{…}".to_owned(),
                        })
                        .collect();
                    Some((message.id.name.to_owned(), text))
                }
                _ => None,
            })
            .collect()
    };
    let pairs: [(&Intro, &str, &str, &str); 8] = [
        (&pages::HOME, "shell", "home-heading", "home-lead"),
        (&pages::DIRECTORY, "finding", "directory-heading", "directory-lead"),
        (&pages::MATCH, "finding", "match-heading", "match-lead"),
        (&pages::REQUESTS, "requests", "requests-heading", "requests-lead"),
        (&pages::SESSIONS, "sessions", "sessions-heading", "sessions-lead"),
        (&pages::GUIDES, "sessions", "guides-heading", "guides-lead"),
        (&pages::PROFILE, "profile", "profile-heading", "profile-lead"),
        (&pages::NOT_FOUND, "shell", "not-found-heading", "not-found-lead"),
    ];
    for (intro, area, heading, lead_id) in pairs {
        let messages = english(area);
        assert_eq!(messages.get(heading).map(String::as_str), Some(intro.heading), "{area}/{heading}");
        assert_eq!(messages.get(lead_id), Some(&lead(intro)), "{area}/{lead_id}");
    }
    let shell = english("shell");
    let actions: String = pages::HOME_ACTIONS
        .iter()
        .map(|words| match words {
            Words::Text(text) => text.to_string(),
            Words::Link { text, .. } => format!("<a>{text}</a>"),
        })
        .collect();
    assert_eq!(shell["home-actions"], actions);
    assert_eq!(shell["footer"], pages::FOOTER.split_whitespace().collect::<Vec<_>>().join(" "));
    assert_eq!(shell["goal-label"], pages::GOAL_BOX.label);
    assert_eq!(shell["goal-placeholder"], pages::GOAL_BOX.placeholder);
    assert_eq!(shell["goal-submit"], pages::GOAL_BOX.submit);
    for ((href, label), id) in
        pages::NAVIGATION.iter().zip(["nav-directory", "nav-requests", "nav-sessions", "nav-guides"])
    {
        assert_eq!(&shell[id], label, "{href}");
    }
    for ((href, label), id) in
        pages::SIGNED_IN_NAVIGATION.iter().zip(["nav-growth", "nav-messages", "nav-profile"])
    {
        assert_eq!(&shell[id], label, "{href}");
    }
}
