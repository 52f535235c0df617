//! Writes the API's error messages in every language but English (`{"es": {"not_found": …}}`),
//! read from `locales/<language>/errors.ftl`, to the file named by the first argument: the API
//! Worker reads it among its static files.

use std::collections::BTreeMap;

use domain::locale::Locale;

fn main() {
    let Some(out) = std::env::args().nth(1) else {
        eprintln!("usage: write_errors OUT.json");
        std::process::exit(2);
    };
    let mut all = BTreeMap::new();
    for locale in Locale::ALL.into_iter().filter(|locale| *locale != Locale::En) {
        match i18n::errors::table(locale) {
            Ok(table) => {
                all.insert(locale.tag(), table);
            }
            Err(why) => {
                eprintln!("locales/{}/errors.ftl: {why}", locale.tag());
                std::process::exit(1);
            }
        }
    }
    let json = serde_json::to_string(&all).expect("text serializes");
    if let Err(error) = std::fs::write(&out, json) {
        eprintln!("writing {out}: {error}");
        std::process::exit(1);
    }
}
