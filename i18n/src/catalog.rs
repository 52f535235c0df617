//! The catalogues, compiled in, and messages formatted from them.

use std::cell::OnceCell;
use std::rc::Rc;

use domain::locale::Locale;
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};

/// `locales/<language>/<area>.ftl` of `$locale`, compiled in.
macro_rules! catalogue {
    ($locale:expr, $area:literal) => {
        match $locale {
            Locale::En => include_str!(concat!("../../locales/en/", $area, ".ftl")),
            Locale::Es => include_str!(concat!("../../locales/es/", $area, ".ftl")),
            Locale::Fr => include_str!(concat!("../../locales/fr/", $area, ".ftl")),
            Locale::De => include_str!(concat!("../../locales/de/", $area, ".ftl")),
            Locale::PtBr => include_str!(concat!("../../locales/pt-BR/", $area, ".ftl")),
            Locale::Ar => include_str!(concat!("../../locales/ar/", $area, ".ftl")),
        }
    };
}
pub(crate) use catalogue;

/// The mail catalogue of `locale`, as its translators wrote it.
pub fn source(locale: Locale) -> &'static str {
    catalogue!(locale, "mail")
}

/// Why a question fits a mentor (`fit.ftl`), which the digest mail and the app both say.
pub fn fit_source(locale: Locale) -> &'static str {
    catalogue!(locale, "fit")
}

/// The catalogue of the API's error messages in `locale` (`errors.ftl`).
pub fn errors_source(locale: Locale) -> &'static str {
    catalogue!(locale, "errors")
}

type Bundle = FluentBundle<FluentResource>;

thread_local! {
    // Parsed once per language and isolate, on first use.
    static BUNDLES: [OnceCell<Rc<Bundle>>; Locale::ALL.len()] = Default::default();
}

fn bundle(locale: Locale) -> Rc<Bundle> {
    let index = Locale::ALL.iter().position(|l| *l == locale).unwrap_or(0);
    BUNDLES.with(|bundles| Rc::clone(bundles[index].get_or_init(|| Rc::new(build(locale)))))
}

fn build(locale: Locale) -> Bundle {
    // A catalogue that does not parse whole still gives what did; the completeness test fails on
    // any error, so none ships.
    let parsed =
        |source: &str| FluentResource::try_new(source.to_owned()).unwrap_or_else(|(partial, _)| partial);
    let language = locale.tag().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new(vec![language]);
    // Isolation is added where it is needed (`Catalog::text`), not around every value.
    bundle.set_use_isolating(false);
    let _ = bundle.add_resource(parsed(source(locale)));
    let _ = bundle.add_resource(parsed(fit_source(locale)));
    bundle
}

/// One language's messages.
pub struct Catalog {
    locale: Locale,
    bundle: Rc<Bundle>,
    english: Rc<Bundle>,
}

impl Catalog {
    pub fn new(locale: Locale) -> Self {
        Self { locale, bundle: bundle(locale), english: bundle(Locale::En) }
    }

    pub fn locale(&self) -> Locale {
        self.locale
    }

    /// The message `id` with `args`; in English if this language lacks it (which the
    /// completeness test forbids), and the id itself if English does too.
    pub fn text(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut fluent_args = FluentArgs::with_capacity(args.len());
        for (name, value) in args {
            let value = match value {
                FluentValue::String(text) if self.locale.is_rtl() && !within_rtl(text) => {
                    FluentValue::from(format!("\u{2068}{text}\u{2069}"))
                }
                other => other.clone(),
            };
            fluent_args.set(*name, value);
        }
        for bundle in [&self.bundle, &self.english] {
            if let Some(pattern) = bundle.get_message(id).and_then(|message| message.value()) {
                let mut errors = Vec::new();
                return bundle.format_pattern(pattern, Some(&fluent_args), &mut errors).into_owned();
            }
        }
        id.to_owned()
    }
}

/// Whether `text` reads right inside right-to-left text as it is: it has no letters of a
/// left-to-right script and no European digits. Anything else (a name in Latin letters, a zone,
/// a link) is isolated (FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE), so that it keeps its own
/// direction and does not reorder the sentence around it.
fn within_rtl(text: &str) -> bool {
    let arabic = |c: char| matches!(u32::from(c), 0x0600..=0x06FF | 0x0750..=0x077F | 0x08A0..=0x08FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF);
    !text.chars().any(|c| c.is_ascii_digit() || (c.is_alphabetic() && !arabic(c)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn left_to_right_values_are_isolated_in_right_to_left_text_alone() {
        let arabic = Catalog::new(Locale::Ar);
        let subject = arabic.text("booking-subject-booked", &[("other", "A new user".into())]);
        assert_eq!(subject, "تم الحجز: ١٥ دقيقة مع \u{2068}A new user\u{2069}");
        let subject = arabic.text("booking-subject-booked", &[("other", "سارة".into())]);
        assert_eq!(subject, "تم الحجز: ١٥ دقيقة مع سارة", "Arabic needs no isolation");
        let english = Catalog::new(Locale::En);
        assert_eq!(
            english.text("booking-subject-booked", &[("other", "سارة".into())]),
            "Booked: 15 minutes with سارة"
        );
    }

    #[test]
    fn a_message_missing_everywhere_shows_its_id() {
        assert_eq!(Catalog::new(Locale::De).text("no-such-message", &[]), "no-such-message");
    }
}
