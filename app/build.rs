//! Compiles the app's catalogues (`locales/*/app-*.ftl`) into `t`: one function per English
//! message, and the names of the other languages' files, which `scripts/build.sh` writes with
//! `i18n`'s `write_app_messages`.

fn main() {
    println!("cargo::rerun-if-changed=../locales");
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    match i18n::app::rust() {
        Ok(rust) => std::fs::write(format!("{out}/messages.rs"), rust).expect("OUT_DIR is writable"),
        Err(why) => {
            println!("cargo::error=the app's catalogues: {why}");
        }
    }
}
