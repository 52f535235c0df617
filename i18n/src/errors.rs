//! The API's error messages in other languages, as the API Worker reads them: one text per error
//! code (and per code with a field), read from `errors.ftl` at build time, so that the API Worker
//! carries no Fluent of its own. The only variable is `{ $field }`, kept as `{field}`.

use std::collections::BTreeMap;

use domain::locale::Locale;
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use fluent_syntax::parser;

/// The messages of `locale`'s `errors.ftl` by id, or why the catalogue cannot be read that way.
pub fn table(locale: Locale) -> Result<BTreeMap<String, String>, String> {
    read(crate::errors_source(locale), locale.is_rtl())
}

/// `source`'s messages by id. In right-to-left text the field name, in Latin letters, is
/// isolated (FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE) so it keeps its own direction.
pub fn read(source: &str, rtl: bool) -> Result<BTreeMap<String, String>, String> {
    let resource = parser::parse(source).map_err(|(_, errors)| format!("does not parse: {errors:?}"))?;
    let mut table = BTreeMap::new();
    for entry in resource.body {
        match entry {
            Entry::Message(message) => {
                let id = message.id.name;
                let value = message.value.as_ref().ok_or_else(|| format!("{id} has no text"))?;
                if !message.attributes.is_empty() {
                    return Err(format!("{id} has attributes, which the API does not read"));
                }
                table.insert(id.to_owned(), text(id, value, rtl)?);
            }
            Entry::Junk { content } => return Err(format!("unreadable: {content}")),
            _ => {}
        }
    }
    Ok(table)
}

fn text(id: &str, pattern: &Pattern<&str>, rtl: bool) -> Result<String, String> {
    let mut out = String::new();
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => out.push_str(value),
            PatternElement::Placeable {
                expression: Expression::Inline(InlineExpression::VariableReference { id: variable }),
            } if variable.name == "field" => {
                out.push_str(if rtl { "\u{2068}{field}\u{2069}" } else { "{field}" });
            }
            PatternElement::Placeable {
                expression: Expression::Inline(InlineExpression::StringLiteral { value }),
            } if !value.contains(['{', '}', '\\']) => {
                out.push_str(value);
            }
            _ => return Err(format!("{id}: only plain text and {{ $field }} are read")),
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_has_a_message_in_every_language() {
        for locale in Locale::ALL {
            let table = table(locale).unwrap_or_else(|why| panic!("{}: {why}", locale.tag()));
            for id in table.keys() {
                let code = id.strip_suffix("-field").unwrap_or(id);
                let parsed = serde_json::from_str::<domain::error::ErrorCode>(&format!("\"{code}\""));
                assert!(parsed.is_ok(), "{}: {id} is no error code", locale.tag());
            }
            for code in domain::error::ErrorCode::ALL {
                let id = serde_json::to_string(&code).unwrap().trim_matches('"').to_owned();
                assert!(table.contains_key(&id), "{}: no message for {id}", locale.tag());
            }
        }
        let spanish = table(Locale::Es).unwrap();
        assert_eq!(
            spanish["validation_failed-field"],
            "Revisa el campo «{field}»: falta, no forma parte de esta solicitud o su valor no es válido."
        );
        let arabic = table(Locale::Ar).unwrap();
        assert!(arabic["validation_failed-field"].starts_with("راجع الحقل «\u{2068}{field}\u{2069}»:"));
    }

    #[test]
    fn anything_but_text_and_the_field_is_refused() {
        assert_eq!(read("a = Text { \"with\" } a literal\n", false).unwrap()["a"], "Text with a literal");
        for source in [
            "a = { $count } items\n",
            "a = { $field ->\n    [x] x\n   *[y] y\n}\n",
            "a = { b }\n",
            "a = text\n    .title = attribute\n",
            "a = { $field\n",
        ] {
            assert!(read(source, false).is_err(), "{source}");
        }
    }
}
