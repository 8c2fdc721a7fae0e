//! Stable sorting through one compiled sort.
//!
//! Every `sort_by` on a new element type or with a new closure compiles its own copy of the
//! standard library's stable sort (driftsort with its quicksort and small-sort helpers, 3–6 KB
//! of wasm each). The app sorted eleven kinds of things and carried eleven copies. [`sort_by`]
//! and [`sort_by_key`] sort a list of positions with a comparison behind `&dyn`, which compiles
//! the standard sort once, then move the items into that order in place, which costs a few dozen
//! bytes per element type. Same result as `slice::sort_by` (stable, `O(n log n)`); the
//! comparisons go through one indirect call each, which is nothing beside what they compare
//! here (strings, scores, dates of a few thousand items at most).

use std::cmp::Ordering;

/// The positions `0..n` in the order `cmp` puts them, ties kept in position order.
fn sorted_positions(n: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<u32> {
    let mut order: Vec<u32> = (0..n as u32).collect();
    order.sort_by(|&a, &b| cmp(a as usize, b as usize));
    order
}

/// Moves `items` so that position `k` holds what was at `order[k]`; `order` is used up.
fn apply_order<T>(items: &mut [T], order: &mut [u32]) {
    const DONE: u32 = u32::MAX;
    for start in 0..items.len() {
        // Follow the cycle from `start`, carrying its first item along by swaps.
        let mut at = start;
        while order[at] != DONE {
            let from = order[at] as usize;
            order[at] = DONE;
            if from == start {
                break;
            }
            items.swap(at, from);
            at = from;
        }
    }
}

/// Sorts `items` stably by `cmp`, like `slice::sort_by`.
pub fn sort_by<T>(items: &mut [T], cmp: impl Fn(&T, &T) -> Ordering) {
    if items.len() < 2 {
        return;
    }
    let mut order = {
        let view = &*items;
        sorted_positions(view.len(), &|a, b| cmp(&view[a], &view[b]))
    };
    apply_order(items, &mut order);
}

/// Longest list [`sort`] sorts by insertion.
const INSERTION_MAX: usize = 20;

/// Sorts `items` ascending, like `slice::sort`: short lists (positions of a word in a passage,
/// a hit's few ids, mostly in order already) by insertion, which compiles to a few dozen bytes
/// per element type, longer ones by [`sort_by`].
pub fn sort<T: Ord>(items: &mut [T]) {
    if items.len() > INSERTION_MAX {
        return sort_by(items, Ord::cmp);
    }
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && items[j] < items[j - 1] {
            items.swap(j, j - 1);
            j -= 1;
        }
    }
}

/// Sorts `items` stably by the key `key` gives, like `slice::sort_by_key`.
pub fn sort_by_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small deterministic generator, so the tests need no dependency.
    fn numbers(seed: u64, n: usize, modulo: u64) -> Vec<u64> {
        let mut x = seed;
        (0..n)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                x % modulo
            })
            .collect()
    }

    #[test]
    fn short_and_long_lists_sort_as_the_standard_sort_does() {
        for (seed, n, modulo) in [
            (7, 0, 3),
            (8, 1, 3),
            (9, 19, 5),
            (10, 20, 5),
            (11, 21, 5),
            (12, 500, 90),
        ] {
            let mut ours = numbers(seed, n, modulo);
            let mut theirs = ours.clone();
            sort(&mut ours);
            theirs.sort();
            assert_eq!(ours, theirs, "seed {seed}, n {n}");
        }
    }

    #[test]
    fn same_order_as_the_standard_stable_sort() {
        for (seed, n, modulo) in [(1, 0, 5), (2, 1, 5), (3, 2, 2), (4, 57, 7), (5, 2000, 40)] {
            // Pairs with many equal keys: stability shows in the second field.
            let items: Vec<(u64, usize)> = numbers(seed, n, modulo).into_iter().zip(0..).collect();
            let mut ours = items.clone();
            let mut theirs = items;
            sort_by_key(&mut ours, |p| p.0);
            theirs.sort_by_key(|p| p.0);
            assert_eq!(ours, theirs, "seed {seed}, {n} items");
        }
    }

    #[test]
    fn reverse_orders_and_strings_sort_too() {
        let mut words = vec!["navo", "drones", "bbp", "navo", "Ankara"];
        sort_by(&mut words, |a, b| b.cmp(a));
        assert_eq!(words, ["navo", "navo", "drones", "bbp", "Ankara"]);
        let mut sorted: Vec<u32> = (0..100).collect();
        sort_by_key(&mut sorted, |&x| std::cmp::Reverse(x));
        assert_eq!(sorted.first(), Some(&99));
        assert_eq!(sorted.last(), Some(&0));
    }

    #[test]
    fn items_without_copy_or_default_are_moved_not_cloned() {
        let mut owned: Vec<String> = ["c", "a", "b"].iter().map(|s| s.to_string()).collect();
        sort_by(&mut owned, |a, b| a.cmp(b));
        assert_eq!(owned, ["a", "b", "c"]);
    }
}
