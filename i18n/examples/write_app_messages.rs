//! Writes the app's messages in every language but English, and in the pseudo-language, into the
//! directory named by the first argument, one file per language named by its content (the names
//! the app was built with, `t::FILES`).

fn main() {
    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("usage: write_app_messages DIR");
        std::process::exit(2);
    };
    let files = i18n::app::files().unwrap_or_else(|why| {
        eprintln!("the app's catalogues: {why}");
        std::process::exit(1);
    });
    for (_, name, json) in files {
        if let Err(error) = std::fs::write(format!("{dir}/{name}"), json) {
            eprintln!("writing {dir}/{name}: {error}");
            std::process::exit(1);
        }
    }
}
