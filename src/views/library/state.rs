//! The library's URL state: the order of the list (`#/`, `#/?sort=oud`), and that order applied.

use crate::url::{Href, Params};
use summit_core::{Corpus, Letter};

/// Order of the library list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortOrder {
    /// Newest first (default).
    #[default]
    Newest,
    /// Oldest first (`sort=oud`).
    Oldest,
}

impl SortOrder {
    /// The order a link asks for; newest first for anything but `sort=oud`.
    pub fn from_params(params: &Params) -> SortOrder {
        match params.get("sort") {
            Some("oud") => SortOrder::Oldest,
            _ => SortOrder::Newest,
        }
    }

    /// Writes the order into a link (nothing for the default).
    pub fn write_params(self, href: &mut Href) {
        if self == SortOrder::Oldest {
            href.param("sort", "oud");
        }
    }

    /// The letters in this order (ties broken by id, so the order is stable).
    pub fn sorted(self, corpus: &Corpus) -> Vec<&Letter> {
        let mut letters: Vec<&Letter> = corpus.letters.iter().collect();
        summit_core::order::sort_by(&mut letters, |a, b| {
            let by_date = corpus.order_date(a).cmp(&corpus.order_date(b));
            let by_date = match self {
                SortOrder::Oldest => by_date,
                SortOrder::Newest => by_date.reverse(),
            };
            by_date.then_with(|| a.id.cmp(&b.id))
        });
        letters
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::corpus;

    #[test]
    fn sorting_by_date_both_ways_is_reversed_and_complete() {
        let c = corpus().unwrap();
        let newest: Vec<_> = SortOrder::Newest.sorted(c).iter().map(|l| &l.id).collect();
        let mut oldest: Vec<_> = SortOrder::Oldest.sorted(c).iter().map(|l| &l.id).collect();
        assert_eq!(newest.len(), c.letters.len());
        let first_new = c.order_date(c.letter(newest[0]).unwrap());
        let last_new = c.order_date(c.letter(newest[newest.len() - 1]).unwrap());
        assert!(first_new >= last_new);
        oldest.reverse();
        // Same dates in reverse order (ids may tie-break differently).
        let dates = |ids: &[&String]| -> Vec<_> {
            ids.iter()
                .map(|id| c.order_date(c.letter(id).unwrap()))
                .collect()
        };
        assert_eq!(dates(&newest), dates(&oldest));
    }

    #[test]
    fn undated_letters_sort_by_their_meeting_start() {
        let c = corpus().unwrap();
        let undated: Vec<&Letter> = c.letters.iter().filter(|l| l.date.is_none()).collect();
        assert!(!undated.is_empty(), "the corpus has undated letters");
        for l in &undated {
            let meeting = c.meeting(&l.meeting).expect("every letter has its meeting");
            assert_eq!(c.order_date(l), Some(meeting.start), "{}", l.id);
        }
        // Oldest first: every letter's ordering date is at least the one before it, so an
        // undated letter stands among the letters of its own meeting's time.
        let dates: Vec<_> = SortOrder::Oldest
            .sorted(c)
            .iter()
            .map(|l| c.order_date(l).expect("every letter has an ordering date"))
            .collect();
        assert!(dates.windows(2).all(|w| w[0] <= w[1]), "{dates:?}");
    }
}
