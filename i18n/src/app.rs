//! The app's catalogues, compiled for the browser at build time: English becomes one Rust function
//! per message (its text a literal in the code that shows it, so each page's words travel in that
//! page's chunk), and every other language one JSON file of the same messages in the same order,
//! fetched once. The browser carries no Fluent parser: a message is a string in which a few
//! control characters mark variables and selections (`Encoded`), read by `app/src/i18n.rs`.
//!
//! The Fluent read here is the part the app needs: text, variables, string literals, terms and
//! `select` on a variable (CLDR plural categories or exact numbers); anything else is an error at
//! build time, never a message shown wrong.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use domain::locale::Locale;
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey};
use fluent_syntax::parser;

/// A variable: followed by one character, `'0'` + the variable's index among English's.
pub const VAR: char = '\u{1}';
/// A selection: followed by the variable's character, then its variants, then `END`.
pub const SELECT: char = '\u{2}';
/// Starts a variant: its key (`*` first for the default), `BODY`, then its pattern.
pub const KEY: char = '\u{3}';
pub const BODY: char = '\u{4}';
pub const END: char = '\u{5}';

/// The app's areas, one catalogue file each (`locales/<language>/app-<area>.ftl`, and `fit.ftl`,
/// which the mails share), in the order their messages are numbered: the shell first, then one
/// per lazily loaded part.
pub const AREAS: [&str; 11] = [
    "shell", "home", "mail", "finding", "booking", "requests", "request", "sessions", "profile", "schedule",
    "fit",
];

/// The pseudo-language of development: English with every letter accented and a third longer,
/// so that a word the catalogues miss stands out on the page.
pub const PSEUDO: &str = "en-XA";

/// `locales/<language>/app-<area>.ftl` (`fit.ftl` for "fit").
pub fn source(locale: Locale, area: &str) -> &'static str {
    use crate::catalog::catalogue;
    match area {
        "shell" => catalogue!(locale, "app-shell"),
        "home" => catalogue!(locale, "app-home"),
        "mail" => catalogue!(locale, "app-mail"),
        "finding" => catalogue!(locale, "app-finding"),
        "booking" => catalogue!(locale, "app-booking"),
        "requests" => catalogue!(locale, "app-requests"),
        "request" => catalogue!(locale, "app-request"),
        "sessions" => catalogue!(locale, "app-sessions"),
        "profile" => catalogue!(locale, "app-profile"),
        "schedule" => catalogue!(locale, "app-schedule"),
        "fit" => crate::catalog::fit_source(locale),
        _ => "",
    }
}

/// One message, compiled.
#[derive(Debug, Clone, PartialEq)]
pub struct Message {
    pub id: String,
    /// Its variables, in the order English first uses them.
    pub variables: Vec<String>,
    pub encoded: String,
}

/// An area's messages in `locale`, in the order of its file; variables are numbered after
/// `english` (None: this is English, numbered by first use).
pub fn compile(source: &str, english: Option<&[Message]>) -> Result<Vec<Message>, String> {
    let resource = parser::parse(source).map_err(|(_, errors)| format!("does not parse: {errors:?}"))?;
    let mut terms = BTreeMap::new();
    let mut messages = Vec::new();
    for entry in &resource.body {
        match entry {
            Entry::Term(term) => {
                let mut out = Encoder { variables: Vec::new(), fixed: true, terms: &BTreeMap::new() };
                let mut text = String::new();
                out.pattern(&term.value, &mut text).map_err(|why| format!("-{}: {why}", term.id.name))?;
                terms.insert(term.id.name.to_owned(), text);
            }
            Entry::Message(message) => {
                let id = message.id.name;
                let value = message.value.as_ref().ok_or_else(|| format!("{id} has no text"))?;
                if !message.attributes.is_empty() {
                    return Err(format!("{id}: attributes are not read; write a message of its own"));
                }
                let (variables, fixed) = match english {
                    None => (Vec::new(), false),
                    Some(english) => match english.iter().find(|m| m.id == id) {
                        Some(source) => (source.variables.clone(), true),
                        None => return Err(format!("{id} is not in English")),
                    },
                };
                let mut encoder = Encoder { variables, fixed, terms: &terms };
                let mut encoded = String::new();
                encoder.pattern(value, &mut encoded).map_err(|why| format!("{id}: {why}"))?;
                messages.push(Message { id: id.to_owned(), variables: encoder.variables, encoded });
            }
            Entry::Junk { content } => return Err(format!("unreadable: {content}")),
            _ => {}
        }
    }
    Ok(messages)
}

struct Encoder<'a> {
    variables: Vec<String>,
    /// Whether the variables are English's (a translation may not add one).
    fixed: bool,
    terms: &'a BTreeMap<String, String>,
}

impl Encoder<'_> {
    fn variable(&mut self, name: &str) -> Result<char, String> {
        let index = match self.variables.iter().position(|v| v == name) {
            Some(index) => index,
            None if self.fixed => return Err(format!("${name} is not one of English's variables")),
            None => {
                self.variables.push(name.to_owned());
                self.variables.len() - 1
            }
        };
        char::from_u32('0' as u32 + index as u32).ok_or_else(|| "too many variables".to_owned())
    }

    fn pattern(&mut self, pattern: &Pattern<&str>, out: &mut String) -> Result<(), String> {
        for element in &pattern.elements {
            match element {
                PatternElement::TextElement { value } => {
                    if value.contains([VAR, SELECT, KEY, BODY, END]) {
                        return Err("control characters in the text".to_owned());
                    }
                    out.push_str(value);
                }
                PatternElement::Placeable { expression } => self.expression(expression, out)?,
            }
        }
        Ok(())
    }

    fn expression(&mut self, expression: &Expression<&str>, out: &mut String) -> Result<(), String> {
        match expression {
            Expression::Inline(inline) => self.inline(inline, out),
            Expression::Select { selector: InlineExpression::VariableReference { id }, variants } => {
                out.push(SELECT);
                out.push(self.variable(id.name)?);
                for variant in variants {
                    out.push(KEY);
                    if variant.default {
                        out.push('*');
                    }
                    match &variant.key {
                        VariantKey::Identifier { name } => out.push_str(name),
                        VariantKey::NumberLiteral { value } => out.push_str(value),
                    }
                    out.push(BODY);
                    self.pattern(&variant.value, out)?;
                }
                out.push(END);
                Ok(())
            }
            Expression::Select { .. } => Err("only a variable is selected on".to_owned()),
        }
    }

    fn inline(&mut self, inline: &InlineExpression<&str>, out: &mut String) -> Result<(), String> {
        match inline {
            InlineExpression::VariableReference { id } => {
                out.push(VAR);
                out.push(self.variable(id.name)?);
            }
            InlineExpression::StringLiteral { value } if !value.contains('\\') => out.push_str(value),
            InlineExpression::TermReference { id, attribute: None, arguments: None } => {
                out.push_str(self.terms.get(id.name).ok_or_else(|| format!("no term -{}", id.name))?);
            }
            InlineExpression::Placeable { expression } => self.expression(expression, out)?,
            _ => return Err("only text, variables, terms and selections are read".to_owned()),
        }
        Ok(())
    }
}

/// English's messages, area by area, or the first catalogue that cannot be read.
pub fn english() -> Result<Vec<(&'static str, Vec<Message>)>, String> {
    AREAS
        .iter()
        .map(|area| {
            Ok((
                *area,
                compile(source(Locale::En, area), None).map_err(|why| format!("en/app-{area}: {why}"))?,
            ))
        })
        .collect()
}

/// Every message of `locale`, numbered as English's (an empty string where one is missing: the
/// app shows English's; the completeness test lets none ship).
pub fn translation(locale: Locale, english: &[(&str, Vec<Message>)]) -> Result<Vec<String>, String> {
    let mut all = Vec::new();
    for (area, messages) in english {
        let theirs = compile(source(locale, area), Some(messages))
            .map_err(|why| format!("{}/app-{area}: {why}", locale.tag()))?;
        for message in messages {
            all.push(
                theirs.iter().find(|m| m.id == message.id).map(|m| m.encoded.clone()).unwrap_or_default(),
            );
        }
    }
    Ok(all)
}

/// The pseudo-language's messages: English's, each letter accented, a third longer, bracketed.
pub fn pseudo(english: &[(&str, Vec<Message>)]) -> Vec<String> {
    english.iter().flat_map(|(_, messages)| messages.iter().map(|m| pseudo_message(&m.encoded))).collect()
}

const PLAIN: &str = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
const ACCENTED: &str = "ȧƀƈḓḗƒɠħīĵķŀḿƞǿƥɋřşŧŭṽẇẋẏẑȦƁƇḒḖƑƓĦĪĴĶĿḾȠǾƤɊŘŞŦŬṼẆẊẎẐ";

fn pseudo_message(encoded: &str) -> String {
    let accented: Vec<char> = ACCENTED.chars().collect();
    let mut out = String::from("[");
    let mut letters = 0_usize;
    let mut chars = encoded.chars();
    while let Some(c) = chars.next() {
        match c {
            // A variable's index or a variant's key stays as it is.
            VAR | SELECT => {
                out.push(c);
                out.extend(chars.next());
            }
            KEY => {
                out.push(c);
                for key in chars.by_ref() {
                    out.push(key);
                    if key == BODY {
                        break;
                    }
                }
            }
            // Markup the app places (`<a>…</a>`, `<b>`, `<span>`) stays as it is.
            '<' => {
                out.push(c);
                for tag in chars.by_ref() {
                    out.push(tag);
                    if tag == '>' {
                        break;
                    }
                }
            }
            _ => match PLAIN.find(c) {
                Some(index) => {
                    letters += 1;
                    out.push(accented[index]);
                }
                None => out.push(c),
            },
        }
    }
    out.push(' ');
    out.extend(std::iter::repeat_n('·', (letters * 35).div_ceil(100)));
    out.push(']');
    out
}

/// A language's file: its name under `/data/i18n/` (which changes with its content, so that it
/// can be kept for good) and its JSON, an array of encoded messages.
pub fn file(tag: &str, messages: &[String]) -> (String, String) {
    let json = format!("[{}]", messages.iter().map(|m| json_string(m)).collect::<Vec<_>>().join(","));
    // FNV-1a: stable across builds and machines, which `std`'s hasher is not.
    let hash = json
        .bytes()
        .fold(0xcbf2_9ce4_8422_2325_u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3));
    (format!("{tag}.{hash:016x}.json"), json)
}

fn json_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Every file the app may fetch: each language but English, and the pseudo-language.
pub fn files() -> Result<Vec<(String, String, String)>, String> {
    let english = english()?;
    let mut files = Vec::new();
    for locale in Locale::ALL.into_iter().filter(|l| *l != Locale::En) {
        let (name, json) = file(locale.tag(), &translation(locale, &english)?);
        files.push((locale.tag().to_owned(), name, json));
    }
    let (name, json) = file(PSEUDO, &pseudo(&english));
    files.push((PSEUDO.to_owned(), name, json));
    Ok(files)
}

/// The Rust the app compiles: per area a module of one function per message (`app-shell.ftl`'s
/// `sign-in` is `t::shell::sign_in()`, its variables its arguments), and `FILES`, the other
/// languages' files.
pub fn rust() -> Result<String, String> {
    let english = english()?;
    let mut out = String::new();
    let mut index = 0;
    for (area, messages) in &english {
        let _ = writeln!(out, "pub mod {area} {{");
        for message in messages {
            let name = message.id.replace('-', "_");
            let parameters: Vec<String> = message
                .variables
                .iter()
                .map(|v| format!("{}: impl Into<crate::i18n::Arg>", v.replace('-', "_")))
                .collect();
            let arguments: Vec<String> =
                message.variables.iter().map(|v| format!("{}.into()", v.replace('-', "_"))).collect();
            let _ = writeln!(
                out,
                "    pub fn {name}({}) -> String {{\n        crate::i18n::text({index}, {:?}, &[{}])\n    }}",
                parameters.join(", "),
                message.encoded,
                arguments.join(", ")
            );
            index += 1;
        }
        out.push_str("}\n");
    }
    // The markers the app reads messages by.
    let _ = writeln!(
        out,
        "pub const VAR: char = {VAR:?};\npub const SELECT: char = {SELECT:?};\npub const KEY: char = {KEY:?};\n\
         pub const BODY: char = {BODY:?};\npub const END: char = {END:?};"
    );
    // The app accents what `Intl` writes in the pseudo-language with the same letters.
    let _ = writeln!(
        out,
        "pub const PSEUDO_PLAIN: &str = {PLAIN:?};\npub const PSEUDO_ACCENTED: &str = {ACCENTED:?};"
    );
    let _ = writeln!(out, "pub const FILES: &[(&str, &str)] = &[");
    for (tag, name, _) in files()? {
        let _ = writeln!(out, "    ({tag:?}, \"/data/i18n/{name}\"),");
    }
    out.push_str("];\n");
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(source: &str) -> Message {
        compile(source, None).unwrap().remove(0)
    }

    #[test]
    fn variables_are_numbered_by_first_use_and_translations_follow_english() {
        let english = compile("m = { $name } has { $count } seats\n", None).unwrap();
        assert_eq!(english[0].variables, ["name", "count"]);
        assert_eq!(english[0].encoded, "\u{1}0 has \u{1}1 seats");
        let french = compile("m = { $count } places chez { $name }\n", Some(&english)).unwrap();
        assert_eq!(french[0].encoded, "\u{1}1 places chez \u{1}0");
        assert!(compile("m = { $other }\n", Some(&english)).is_err());
    }

    #[test]
    fn selections_terms_and_literals_are_encoded() {
        let m = one(
            "-brand = Quarterhour\nm = { -brand }: { $n ->\n    [one] one seat\n    [0] none\n   *[other] { $n } seats\n}{ \"!\" }\n",
        );
        assert_eq!(
            m.encoded,
            "Quarterhour: \u{2}0\u{3}one\u{4}one seat\u{3}0\u{4}none\u{3}*other\u{4}\u{1}0 seats\u{5}!"
        );
    }

    #[test]
    fn what_the_app_cannot_read_is_refused() {
        assert!(compile("m = { NUMBER($n) }\n", None).is_err());
        assert!(compile("m = Text\n    .aria-label = Label\n", None).is_err());
        assert!(compile("m = { -missing }\n", None).is_err());
    }

    #[test]
    fn the_pseudo_language_accents_letters_and_keeps_the_markers() {
        let m = one("m = { $n ->\n    [one] Seat\n   *[other] { $n } seats\n}\n");
        let pseudo = pseudo_message(&m.encoded);
        assert_eq!(pseudo, "[\u{2}0\u{3}one\u{4}Şḗȧŧ\u{3}*other\u{4}\u{1}0 şḗȧŧş\u{5} ····]");
    }

    #[test]
    fn the_pseudo_language_keeps_markup() {
        assert_eq!(pseudo_message("Go <a>home</a>"), "[Ɠǿ <a>ħǿḿḗ</a> ···]");
    }

    #[test]
    fn a_file_is_named_by_its_content() {
        let (a, json) = file("es", &["Hola \"\u{1}0\"".to_owned()]);
        let (b, _) = file("es", &["Hola".to_owned()]);
        assert_ne!(a, b);
        assert!(a.starts_with("es.") && a.ends_with(".json"));
        assert_eq!(json, "[\"Hola \\\"\\u00010\\\"\"]");
    }
}
