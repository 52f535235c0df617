//! How many distinct people made a figure, over any number of days, without keeping who they
//! were: a HyperLogLog sketch (Flajolet et al., with the HLL++ sparse start). Up to
//! [`SPARSE_MAX`] people it holds one 32-bit hash each and counts exactly, so the five-people
//! threshold is decided exactly; beyond that, 1,024 one-byte registers estimate the count within
//! about 3% (shown figures are rounded to 5 anyway). Merging two sketches counts the union, which
//! is what adding up days cannot do with plain counts.

use std::fmt::Write as _;

/// Register index bits: 2^10 registers.
const PRECISION: u32 = 10;
const REGISTERS: usize = 1 << PRECISION;
/// Hashes kept exactly before the sketch turns dense (a dense sketch takes as much text).
pub const SPARSE_MAX: usize = 128;

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct People {
    /// Sorted, distinct hashes while there are few.
    sparse: Vec<u32>,
    /// The registers, once there are many.
    dense: Option<Vec<u8>>,
}

/// A well-mixed 32-bit hash of a person's keyed pseudonym (or an organization's id): FNV-1a, then the
/// MurmurHash3 finalizer, whose avalanche the register index needs.
pub fn hash(id: &str) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    for byte in id.bytes() {
        h ^= u32::from(byte);
        h = h.wrapping_mul(0x0100_0193);
    }
    h ^= h >> 16;
    h = h.wrapping_mul(0x85eb_ca6b);
    h ^= h >> 13;
    h = h.wrapping_mul(0xc2b2_ae35);
    h ^ (h >> 16)
}

impl People {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn insert(&mut self, id: &str) {
        self.insert_hash(hash(id));
    }

    fn insert_hash(&mut self, h: u32) {
        if let Some(registers) = &mut self.dense {
            set_register(registers, h);
            return;
        }
        if let Err(at) = self.sparse.binary_search(&h) {
            self.sparse.insert(at, h);
            if self.sparse.len() > SPARSE_MAX {
                self.densify();
            }
        }
    }

    fn densify(&mut self) {
        let mut registers = vec![0u8; REGISTERS];
        for h in self.sparse.drain(..) {
            set_register(&mut registers, h);
        }
        self.dense = Some(registers);
    }

    /// Adds everyone `other` counted.
    pub fn merge(&mut self, other: &Self) {
        match (&mut self.dense, &other.dense) {
            (Some(mine), Some(theirs)) => {
                for (a, b) in mine.iter_mut().zip(theirs) {
                    *a = (*a).max(*b);
                }
            }
            (None, Some(theirs)) => {
                let mut registers = theirs.clone();
                for h in self.sparse.drain(..) {
                    set_register(&mut registers, h);
                }
                self.dense = Some(registers);
            }
            (_, None) => {
                for &h in &other.sparse {
                    self.insert_hash(h);
                }
            }
        }
    }

    /// How many distinct people: exact while sparse, estimated once dense.
    pub fn count(&self) -> u32 {
        let Some(registers) = &self.dense else {
            return u32::try_from(self.sparse.len()).unwrap_or(u32::MAX);
        };
        let m = REGISTERS as f64;
        let sum: f64 = registers.iter().map(|&r| 2f64.powi(-i32::from(r))).sum();
        let raw = 0.7213 / (1.0 + 1.079 / m) * m * m / sum;
        let zeros = registers.iter().filter(|&&r| r == 0).count();
        let estimate = if raw <= 2.5 * m && zeros > 0 { m * (m / zeros as f64).ln() } else { raw };
        // A dense sketch holds more than SPARSE_MAX people; the estimate never says fewer.
        (estimate.round() as u32).max(SPARSE_MAX as u32 + 1)
    }

    /// The sketch as text for a database column: `s` and 8 hex digits per hash, or `d` and one
    /// base-32 digit per register.
    pub fn encode(&self) -> String {
        match &self.dense {
            Some(registers) => {
                let mut text = String::with_capacity(REGISTERS + 1);
                text.push('d');
                text.extend(registers.iter().map(|&r| char::from_digit(u32::from(r), 32).unwrap_or('0')));
                text
            }
            None => {
                let mut text = String::with_capacity(self.sparse.len() * 8 + 1);
                text.push('s');
                for h in &self.sparse {
                    let _ = write!(text, "{h:08x}");
                }
                text
            }
        }
    }

    /// More than [`SPARSE_MAX`] people, not saying who: what a reader that only needs to know
    /// whether five people made a figure gets instead of a large sketch (`d` without registers).
    pub fn many() -> Self {
        Self { sparse: Vec::new(), dense: Some(vec![0; REGISTERS]) }
    }

    /// The text to store where only the five-people rule will read it: a large sketch is only
    /// [`People::many`] (`d`), which keeps such rows small.
    pub fn encode_for_threshold(&self) -> String {
        if self.dense.is_some() { "d".to_string() } else { self.encode() }
    }

    /// Reads [`People::encode`]'s text, or `d` alone for [`People::many`]; None for anything else.
    pub fn decode(text: &str) -> Option<Self> {
        if text == "d" {
            return Some(Self::many());
        }
        if let Some(digits) = text.strip_prefix('d') {
            if digits.len() != REGISTERS {
                return None;
            }
            let registers = digits
                .chars()
                .map(|c| c.to_digit(32).and_then(|d| u8::try_from(d).ok()))
                .collect::<Option<Vec<u8>>>()?;
            return Some(Self { sparse: Vec::new(), dense: Some(registers) });
        }
        // Several sparse sketches' hashes one after the other read as their union.
        let hex = text.strip_prefix('s')?;
        if !hex.len().is_multiple_of(8) {
            return None;
        }
        let mut sparse = (0..hex.len() / 8)
            .map(|i| hex.get(i * 8..i * 8 + 8).and_then(|h| u32::from_str_radix(h, 16).ok()))
            .collect::<Option<Vec<u32>>>()?;
        crate::order::sort_dedup(&mut sparse);
        let mut people = Self { sparse, dense: None };
        if people.sparse.len() > SPARSE_MAX {
            people.densify();
        }
        Some(people)
    }
}

/// The register a hash falls in keeps the longest run of leading zeros seen after the index bits.
fn set_register(registers: &mut [u8], h: u32) {
    let index = (h >> (32 - PRECISION)) as usize;
    let rest = h << PRECISION;
    let rank = u8::try_from((rest.leading_zeros() + 1).min(32 - PRECISION + 1)).unwrap_or(u8::MAX);
    if let Some(register) = registers.get_mut(index) {
        *register = (*register).max(rank);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn of(ids: impl IntoIterator<Item = String>) -> People {
        let mut people = People::new();
        for id in ids {
            people.insert(&id);
        }
        people
    }

    #[test]
    fn few_people_are_counted_exactly_and_repeats_count_once() {
        let people = of((0..4).chain(0..4).map(|i| format!("user{i}")));
        assert_eq!(people.count(), 4);
        assert_eq!(of((0..5).map(|i| format!("user{i}"))).count(), 5);
        assert_eq!(People::new().count(), 0);
    }

    #[test]
    fn merging_counts_the_union_not_the_sum() {
        let mut monday = of((0..3).map(|i| format!("p{i}")));
        let tuesday = of((1..5).map(|i| format!("p{i}")));
        monday.merge(&tuesday);
        assert_eq!(monday.count(), 5, "p0..p4, though the days add up to 7");
    }

    #[test]
    fn many_people_are_estimated_within_a_few_percent() {
        for n in [500u32, 5_000, 100_000] {
            let people = of((0..n).map(|i| format!("member-{i}")));
            let error = (f64::from(people.count()) - f64::from(n)).abs() / f64::from(n);
            assert!(error < 0.06, "{n}: {} ({error:.3})", people.count());
        }
        // Split over days and merged back, the estimate is the same as all at once.
        let mut merged = People::new();
        for day in 0..10 {
            merged.merge(&of((day * 300..day * 300 + 600).map(|i| format!("member-{i}"))));
        }
        assert_eq!(merged.count(), of((0..3300).map(|i| format!("member-{i}"))).count());
    }

    #[test]
    fn sketches_survive_their_text_and_refuse_other_text() {
        for n in [0, 3, SPARSE_MAX as u32, 2_000] {
            let people = of((0..n).map(|i| format!("id{i}")));
            let text = people.encode();
            assert_eq!(People::decode(&text), Some(people.clone()), "{n}");
            assert!(text.len() <= REGISTERS + 1, "{n}: {}", text.len());
        }
        assert_eq!(People::decode("d").map(|many| many.count()), Some(SPARSE_MAX as u32 + 1));
        // Two sparse texts joined are their union, dense once large.
        let (a, b) = (of((0..100).map(|i| format!("id{i}"))), of((60..160).map(|i| format!("id{i}"))));
        let joined = format!("s{}{}", &a.encode()[1..], &b.encode()[1..]);
        let mut union = a.clone();
        union.merge(&b);
        assert_eq!(People::decode(&joined), Some(union));
        for bad in ["", "x", "s123", "sZZZZZZZZ", "d0", &format!("d{}", "w".repeat(REGISTERS))] {
            assert_eq!(People::decode(bad), None, "{bad}");
        }
    }
}
