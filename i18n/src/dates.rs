//! Dates and times as each language writes them, in the reader's zone: the names of days and
//! months from the GNU C library's locale data, their order from the catalogue.

use domain::locale::Locale;
use jiff::Zoned;
use pure_rust_locales as glibc;

use crate::Catalog;

/// Abbreviated day names from Sunday, and month names from January.
fn names(locale: Locale) -> (&'static [&'static str], &'static [&'static str]) {
    match locale {
        // British English writes "Tue 1 Dec", as the app does.
        Locale::En => (glibc::en_GB::LC_TIME::ABDAY, glibc::en_GB::LC_TIME::ABMON),
        Locale::Es => (glibc::es_ES::LC_TIME::ABDAY, glibc::es_ES::LC_TIME::ABMON),
        Locale::Fr => (glibc::fr_FR::LC_TIME::ABDAY, glibc::fr_FR::LC_TIME::ABMON),
        Locale::De => (glibc::de_DE::LC_TIME::ABDAY, glibc::de_DE::LC_TIME::ABMON),
        Locale::PtBr => (glibc::pt_BR::LC_TIME::ABDAY, glibc::pt_BR::LC_TIME::ABMON),
        // Arabic abbreviates neither (CLDR's abbreviated Arabic names are the full ones; glibc's
        // are single letters).
        Locale::Ar => (glibc::ar_EG::LC_TIME::DAY, glibc::ar_EG::LC_TIME::MON),
    }
}

/// Digits as the language writes them: Arabic-Indic in Arabic (CLDR's default numbering for
/// `ar`, as browsers show it), ASCII elsewhere.
pub fn digits(locale: Locale, text: &str) -> String {
    if locale != Locale::Ar {
        return text.to_owned();
    }
    text.chars()
        .map(|c| match c.to_digit(10) {
            Some(d) => char::from_u32(0x0660 + d).unwrap_or(c),
            None => c,
        })
        .collect()
}

impl Catalog {
    fn date_args(&self, at: &Zoned) -> [(&'static str, fluent_bundle::FluentValue<'static>); 4] {
        let (days, months) = names(self.locale());
        let day = days[usize::try_from(at.weekday().to_sunday_zero_offset()).unwrap_or(0) % 7];
        let month = months[usize::try_from(at.month() - 1).unwrap_or(0) % 12];
        [
            ("weekday", day.into()),
            ("day", digits(self.locale(), &at.day().to_string()).into()),
            ("month", month.into()),
            ("year", digits(self.locale(), &at.year().to_string()).into()),
        ]
    }

    /// "Tue 1 Dec 2026".
    pub fn date_with_year(&self, at: &Zoned) -> String {
        self.text("date-with-year", &self.date_args(at))
    }

    /// "Tue 1 Dec".
    pub fn date_short(&self, at: &Zoned) -> String {
        let [weekday, day, month, _] = self.date_args(at);
        self.text("date-short", &[weekday, day, month])
    }

    /// "3 Dec".
    pub fn day_and_month(&self, at: &Zoned) -> String {
        let [_, day, month, _] = self.date_args(at);
        self.text("date-day-month", &[day, month])
    }

    /// "14:00": the 24-hour clock in every language Quarterhour speaks.
    pub fn time(&self, at: &Zoned) -> String {
        digits(self.locale(), &at.strftime("%H:%M").to_string())
    }

    /// "Tue 1 Dec, 14:00".
    pub fn date_and_time(&self, at: &Zoned) -> String {
        let date = self.date_short(at);
        self.text("date-and-time", &[("date", date.into()), ("time", self.time(at).into())])
    }
}

#[cfg(test)]
mod tests {
    use jiff::Timestamp;

    use super::*;

    #[test]
    fn a_time_is_written_as_each_language_writes_it() {
        let at: Timestamp = "2026-12-08T16:00:00Z".parse().unwrap();
        let berlin = at.to_zoned(domain::zones::get_or_utc("Europe/Berlin"));
        let written: Vec<(String, String)> = Locale::ALL
            .into_iter()
            .map(|locale| {
                let c = Catalog::new(locale);
                (c.date_and_time(&berlin), c.date_with_year(&berlin))
            })
            .collect();
        let expected = [
            ("Tue 8 Dec, 17:00", "Tue 8 Dec 2026"),
            ("mar, 8 dic, 17:00", "mar, 8 dic 2026"),
            ("mar. 8 déc. à 17:00", "mar. 8 déc. 2026"),
            ("Di, 8. Dez, 17:00", "Di, 8. Dez 2026"),
            ("ter, 8 de dez, 17:00", "ter, 8 de dez de 2026"),
            ("الثلاثاء، ٨ ديسمبر، ١٧:٠٠", "الثلاثاء، ٨ ديسمبر ٢٠٢٦"),
        ];
        assert_eq!(written.len(), expected.len());
        for ((date_time, with_year), (want, want_year)) in written.iter().zip(expected) {
            assert_eq!(date_time, want);
            assert_eq!(with_year, want_year);
        }
    }
}
