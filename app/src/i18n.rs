//! Every word the app shows, in the reader's language. The catalogues are Fluent files under
//! `locales/`; the build turns English into the functions of `t` (each message's text a literal
//! where it is shown) and every other language into one file under `/data/i18n/`, fetched once
//! before the first paint in that language. Plurals and numbers follow the browser's `Intl`.
//!
//! The language is the profile's, else the one chosen in the footer on this device, else the
//! first of the browser's languages that Quarterhour speaks, else English.

use std::cell::RefCell;
use std::rc::Rc;

use domain::locale::Locale;
use js_sys::{Array, Function, Intl, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

// The catalogues' markers, as `i18n::app` writes them.
use crate::t::{BODY, END, KEY, SELECT, VAR};

/// Where the chosen language is kept on this device.
const STORED: &str = "qh-language";

/// A language the app can be read in.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Language {
    Spoken(Locale),
    /// `en-XA`, development only: accented English a third longer.
    Pseudo,
}

impl Language {
    pub const ENGLISH: Language = Language::Spoken(Locale::En);

    pub fn tag(self) -> &'static str {
        match self {
            Language::Spoken(locale) => locale.tag(),
            Language::Pseudo => "en-XA",
        }
    }

    pub fn from_tag(tag: &str) -> Option<Self> {
        match tag {
            "en-XA" => Some(Language::Pseudo),
            tag => Locale::from_tag(tag).map(Language::Spoken),
        }
    }

    /// The tag `Intl` formats in: English dates read "Wednesday 9 December", as the mails do.
    pub fn intl_tag(self) -> &'static str {
        match self {
            Language::Spoken(Locale::En) | Language::Pseudo => "en-GB",
            Language::Spoken(locale) => locale.tag(),
        }
    }

    pub fn is_rtl(self) -> bool {
        matches!(self, Language::Spoken(locale) if locale.is_rtl())
    }
}

/// A message's variable: a number (formatted and pluralized in the language) or text.
pub enum Arg {
    Num(f64),
    Str(String),
}

macro_rules! numbers {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(value: $t) -> Self {
                Arg::Num(value as f64)
            }
        }
    )*};
}
numbers!(f64, f32, i64, i32, u32, u64, usize, u8, u16);

impl From<String> for Arg {
    fn from(value: String) -> Self {
        Arg::Str(value)
    }
}

impl From<&str> for Arg {
    fn from(value: &str) -> Self {
        Arg::Str(value.to_owned())
    }
}

impl From<&String> for Arg {
    fn from(value: &String) -> Self {
        Arg::Str(value.clone())
    }
}

/// A language's messages, numbered as English's.
type Messages = Rc<Vec<String>>;

struct State {
    language: Language,
    /// The language's messages, numbered as English's; empty for English.
    messages: Rc<Vec<String>>,
    plurals: Option<Intl::PluralRules>,
    numbers: Option<Function>,
}

impl State {
    fn english() -> Self {
        State { language: Language::ENGLISH, messages: Rc::default(), plurals: None, numbers: None }
    }
}

thread_local! {
    static STATE: RefCell<State> = RefCell::new(State::english());
    /// Files already fetched, by tag: switching back is immediate.
    static LOADED: RefCell<Vec<(&'static str, Messages)>> = const { RefCell::new(Vec::new()) };
}

/// The language the app is shown in now.
pub fn language() -> Language {
    STATE.with_borrow(|state| state.language)
}

/// Message `index` in the current language (English's `english` where it has none), its
/// variables put in.
pub fn text(index: usize, english: &'static str, args: &[Arg]) -> String {
    STATE.with(|cell| {
        let mut out = String::new();
        match cell.try_borrow_mut() {
            Ok(mut state) => {
                let messages = Rc::clone(&state.messages);
                let source = messages.get(index).filter(|m| !m.is_empty()).map_or(english, String::as_str);
                render(source, args, &mut state, &mut out);
            }
            // Only while a panic's notice is written in the middle of formatting: in English.
            Err(_) => render(english, args, &mut State::english(), &mut out),
        }
        out
    })
}

fn render(source: &str, args: &[Arg], state: &mut State, out: &mut String) {
    let mut chars = source.char_indices();
    while let Some((_, c)) = chars.next() {
        match c {
            VAR => {
                if let Some(arg) = chars.next().and_then(|(_, i)| args.get(argument(i))) {
                    put(arg, state, out);
                }
            }
            SELECT => {
                let arg = chars.next().and_then(|(_, i)| args.get(argument(i)));
                let rest = chars.as_str();
                let (variants, length) = variants(rest);
                chars = rest[length..].char_indices();
                if let Some(body) = choose(&variants, arg, state) {
                    render(body, args, state, out);
                }
            }
            c => out.push(c),
        }
    }
}

fn argument(marker: char) -> usize {
    (marker as usize).saturating_sub('0' as usize)
}

/// A selection's variants, as (key, body, is default), and how many bytes they take with their
/// `END`.
fn variants(source: &str) -> (Vec<(&str, &str, bool)>, usize) {
    let mut found = Vec::new();
    let mut depth = 0;
    let mut key_start = None;
    let mut body_start = 0;
    let mut key = "";
    for (at, c) in source.char_indices() {
        match c {
            SELECT => depth += 1,
            KEY if depth == 0 => {
                if key_start.is_some() {
                    found.push((key, &source[body_start..at]));
                }
                key_start = Some(at + c.len_utf8());
            }
            BODY if depth == 0 => {
                key = &source[key_start.unwrap_or(at)..at];
                body_start = at + c.len_utf8();
            }
            END if depth == 0 => {
                if key_start.is_some() {
                    found.push((key, &source[body_start..at]));
                }
                let variants = found
                    .into_iter()
                    .map(|(key, body)| match key.strip_prefix('*') {
                        Some(key) => (key, body, true),
                        None => (key, body, false),
                    })
                    .collect();
                return (variants, at + c.len_utf8());
            }
            END => depth -= 1,
            _ => {}
        }
    }
    (Vec::new(), source.len())
}

fn choose<'a>(variants: &[(&str, &'a str, bool)], arg: Option<&Arg>, state: &mut State) -> Option<&'a str> {
    let exact = |wanted: &str| variants.iter().find(|(key, _, _)| *key == wanted).map(|(_, body, _)| *body);
    let chosen = match arg {
        Some(Arg::Num(n)) => variants
            .iter()
            .find(|(key, _, _)| key.parse::<i64>().is_ok_and(|k| k as f64 == *n))
            .map(|(_, body, _)| *body)
            .or_else(|| exact(&plural_category(*n, state))),
        Some(Arg::Str(s)) => exact(s),
        None => None,
    };
    chosen.or_else(|| variants.iter().find(|(_, _, default)| *default).map(|(_, body, _)| *body))
}

fn locales(language: Language) -> Array {
    Array::of1(&JsValue::from_str(language.intl_tag()))
}

fn plural_category(n: f64, state: &mut State) -> String {
    let language = state.language;
    let rules =
        state.plurals.get_or_insert_with(|| Intl::PluralRules::new(&locales(language), &Object::new()));
    rules.select(n).as_string().unwrap_or_default()
}

fn put(arg: &Arg, state: &mut State, out: &mut String) {
    match arg {
        Arg::Num(n) => out.push_str(&number(*n, state)),
        // In right-to-left text a name or tag in Latin letters keeps its own direction.
        Arg::Str(s) if state.language.is_rtl() => {
            out.push('\u{2068}');
            out.push_str(s);
            out.push('\u{2069}');
        }
        Arg::Str(s) => out.push_str(s),
    }
}

fn number(n: f64, state: &mut State) -> String {
    let language = state.language;
    let format = state
        .numbers
        .get_or_insert_with(|| Intl::NumberFormat::new(&locales(language), &Object::new()).format());
    format.call1(&JsValue::NULL, &JsValue::from_f64(n)).ok().and_then(|s| s.as_string()).unwrap_or_else(
        || js_sys::Number::from(n).to_string_with_radix(10).map(String::from).unwrap_or_default(),
    )
}

/// What `Intl` wrote, as the pseudo-language shows it (its letters accented, so that a sweep of
/// the pages tells it from text the catalogues miss); unchanged in every real language.
pub fn localized(text: String) -> String {
    if language() != Language::Pseudo {
        return text;
    }
    use crate::t::{PSEUDO_ACCENTED, PSEUDO_PLAIN};
    text.chars()
        .map(|c| PSEUDO_PLAIN.find(c).and_then(|i| PSEUDO_ACCENTED.chars().nth(i)).unwrap_or(c))
        .collect()
}

/// A number in the current language's digits and separators ("1,234", "١٬٢٣٤").
pub fn format_number(n: impl Into<f64>) -> String {
    STATE.with_borrow_mut(|state| number(n.into(), state))
}

/// A list in the current language ("a, b and c", "a, b et c").
pub fn format_list(items: &[String]) -> String {
    let format = || -> Option<String> {
        let intl = Reflect::get(&js_sys::global(), &"Intl".into()).ok()?;
        let constructor: Function = Reflect::get(&intl, &"ListFormat".into()).ok()?.dyn_into().ok()?;
        let locales = Array::of1(&JsValue::from_str(language().intl_tag()));
        let format = Reflect::construct(&constructor, &Array::of1(&locales)).ok()?;
        let method: Function = Reflect::get(&format, &"format".into()).ok()?.dyn_into().ok()?;
        let list: Array = items.iter().map(|item| JsValue::from_str(item)).collect();
        method.call1(&format, &list).ok()?.as_string()
    };
    format().unwrap_or_else(|| items.join(", "))
}

/// The language this device asked for: the one chosen here, else the browser's first spoken.
pub fn preferred() -> Language {
    if let Some(stored) = crate::browser::stored(STORED).and_then(|tag| Language::from_tag(&tag)) {
        return stored;
    }
    let languages = Reflect::get(&js_sys::global(), &"navigator".into())
        .and_then(|navigator| Reflect::get(&navigator, &"languages".into()))
        .ok()
        .and_then(|list| list.dyn_into::<Array>().ok())
        .map(|list| list.iter().filter_map(|tag| tag.as_string()).collect::<Vec<_>>())
        .unwrap_or_default();
    Locale::first_spoken(languages.iter().map(String::as_str)).map_or(Language::ENGLISH, Language::Spoken)
}

/// Remembers `language` as this device's choice.
pub fn remember(language: Language) {
    let _ = crate::browser::swap_stored(STORED, language.tag());
    // The server reads it too: a page for another language than English arrives without the
    // English first view.
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        let cookie = format!("{STORED}={}; Path=/; Max-Age=31536000; SameSite=Lax", language.tag());
        let _ = Reflect::set(&document, &"cookie".into(), &cookie.into());
    }
}

/// Fetches `language`'s messages (once) and shows the app in it from the next render on; on a
/// failure the app stays in the language it was in.
pub async fn switch(language: Language) -> Result<(), ()> {
    let messages = match language {
        Language::Spoken(Locale::En) => Rc::default(),
        _ => match LOADED.with_borrow(|loaded| {
            loaded.iter().find(|(tag, _)| *tag == language.tag()).map(|(_, m)| Rc::clone(m))
        }) {
            Some(messages) => messages,
            None => {
                let path = crate::t::FILES.iter().find(|(tag, _)| *tag == language.tag()).ok_or(())?.1;
                let messages = Rc::new(fetch_messages(path).await.ok_or(())?);
                LOADED.with_borrow_mut(|loaded| loaded.push((language.tag(), Rc::clone(&messages))));
                messages
            }
        },
    };
    STATE.with_borrow_mut(|state| {
        *state = State { language, messages, plurals: None, numbers: None };
    });
    mark_document(language);
    Ok(())
}

/// A language's file, in a chunk of its own: English readers, most of them, never fetch it.
#[leptos::lazy]
async fn fetch_messages(path: &'static str) -> Option<Vec<String>> {
    let response = gloo_net::http::Request::get(path).send().await.ok()?;
    if !response.ok() {
        return None;
    }
    response.json().await.ok()
}

/// `<html lang dir>`: screen readers pronounce the page in its language, and the layout mirrors
/// for right-to-left.
fn mark_document(language: Language) {
    if let Some(html) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let _ = html.set_attribute("lang", language.tag());
        let _ = html.set_attribute("dir", if language.is_rtl() { "rtl" } else { "ltr" });
        // The tab's name on the home page (public/boot.js names other pages by their heading).
        let _ = html.set_attribute("data-home-title", &crate::t::shell::home_title());
    }
}

/// Shows the app in `wanted` from now on: the page loads again in it, its messages fetched before
/// it paints, and focus comes back to the language menu (`public/boot.js`).
pub fn choose_language(wanted: Language) {
    remember(wanted);
    let _ = crate::browser::store_for_tab(FOCUS_MENU, "1");
    crate::browser::reload_page();
}

/// For a profile's language: the page loads again in it, unless this device cannot keep the
/// choice (storage refused), which would load it again and again.
pub fn follow_profile(locale: Locale) {
    let wanted = Language::Spoken(locale);
    if language() == wanted || language() == Language::Pseudo {
        return;
    }
    remember(wanted);
    if crate::browser::stored(STORED).as_deref() == Some(wanted.tag()) {
        crate::browser::reload_page();
    }
}

/// Set just before the page loads again after a choice in the language menu: `public/boot.js`
/// then gives the menu focus back.
const FOCUS_MENU: &str = "qh-focus-language";

#[cfg(test)]
mod tests {
    use super::*;

    fn english(source: &str, args: &[Arg]) -> String {
        let mut state = State::english();
        let mut out = String::new();
        render(source, args, &mut state, &mut out);
        out
    }

    #[test]
    fn text_and_variables_are_put_together() {
        assert_eq!(
            english("Hello \u{1}0, from \u{1}1", &["Ana".into(), "Quarterhour".into()]),
            "Hello Ana, from Quarterhour"
        );
    }

    #[test]
    fn a_selection_on_text_takes_its_variant_or_the_default() {
        let source = "\u{2}0\u{3}mentor\u{4}As a mentor\u{3}*other\u{4}As a mentee (\u{1}0)\u{5}!";
        assert_eq!(english(source, &["mentor".into()]), "As a mentor!");
        assert_eq!(english(source, &["mentee".into()]), "As a mentee (mentee)!");
    }

    #[test]
    fn nested_selections_are_skipped_whole() {
        let source = "\u{2}0\u{3}a\u{4}[\u{2}1\u{3}x\u{4}X\u{3}*y\u{4}Y\u{5}]\u{3}*b\u{4}B\u{5}.";
        assert_eq!(english(source, &["a".into(), "x".into()]), "[X].");
        assert_eq!(english(source, &["a".into(), "z".into()]), "[Y].");
        assert_eq!(english(source, &["b".into(), "x".into()]), "B.");
    }
}
