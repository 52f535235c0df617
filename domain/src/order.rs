//! Sorting through one compiled sort. The standard library's sorts are generic: each element
//! type and comparison sorted compiles its own copy (about 3 KB of wasm each, some twenty in the
//! API Worker). These sort the positions of the items instead, with a single copy behind a
//! `dyn` comparison, then move the items into that order. Stable, as `sort_by` is.

use std::cmp::Ordering;

/// `items.sort_by(compare)`.
pub fn sort_by<T>(items: &mut Vec<T>, compare: impl Fn(&T, &T) -> Ordering) {
    if items.len() < 2 {
        return;
    }
    let mut positions: Vec<usize> = (0..items.len()).collect();
    sort_positions(&mut positions, &|a, b| compare(&items[a], &items[b]));
    let mut taken: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(positions.into_iter().filter_map(|position| taken[position].take()));
}

/// `items.sort_by_key(key)`.
pub fn sort_by_key<T, K: Ord>(items: &mut Vec<T>, key: impl Fn(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// `items.sort(); items.dedup()`.
pub fn sort_dedup<T: Ord>(items: &mut Vec<T>) {
    sort_by(items, T::cmp);
    items.dedup();
}

#[inline(never)]
fn sort_positions(positions: &mut [usize], compare: &dyn Fn(usize, usize) -> Ordering) {
    positions.sort_by(|&a, &b| compare(a, b));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_as_the_standard_sort_does_keeping_equal_items_in_their_order() {
        let words = ["pear", "fig", "apple", "kiwi", "date", "plum", "lime", "", "fig"];
        let mut ours: Vec<(usize, &str)> = words.iter().copied().enumerate().collect();
        let mut standard = ours.clone();
        sort_by(&mut ours, |a, b| b.1.len().cmp(&a.1.len()));
        standard.sort_by_key(|item| std::cmp::Reverse(item.1.len()));
        assert_eq!(ours, standard);
        sort_by_key(&mut ours, |item| std::cmp::Reverse(item.1));
        standard.sort_by_key(|item| std::cmp::Reverse(item.1));
        assert_eq!(ours, standard);
    }

    #[test]
    fn sorts_and_drops_repeats() {
        let mut items = vec![3, 1, 3, 2, 1];
        sort_dedup(&mut items);
        assert_eq!(items, [1, 2, 3]);
        let mut none: Vec<u8> = Vec::new();
        sort_dedup(&mut none);
        assert!(none.is_empty());
    }
}
