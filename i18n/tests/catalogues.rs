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
const AREAS: [(&str, Source); 2] = [("mail", i18n::source), ("errors", i18n::errors_source)];

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
        assert!(english.len() > 20, "{area}: English has {} messages", english.len());
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
