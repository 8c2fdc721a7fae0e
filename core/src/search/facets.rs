//! Facets: the dimensions a search can be narrowed by (meeting, kind, year, letter), the filters
//! on them, and the counts of matching passages per value.
//!
//! Every dimension is a property of the letter, so a passage passes a filter when its letter does,
//! and counts are taken per letter first. Each dimension's counts ignore that dimension's own
//! filter, so choosing a value never hides its siblings.

use super::index::{LetterInfo, SearchIndex};
use super::query::Filters;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A dimension search results can be counted and filtered by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FacetDim {
    /// The summit or ministerial meeting (values: meeting ids).
    Meeting,
    /// The kind of document (values: kind slugs such as `verslag`).
    Kind,
    /// The year of the letter's ordering date (values: `2025`).
    Year,
    /// The letter itself (values: letter ids).
    Letter,
}

impl FacetDim {
    /// Every dimension, in display order.
    pub const ALL: [FacetDim; 4] = [
        FacetDim::Meeting,
        FacetDim::Kind,
        FacetDim::Year,
        FacetDim::Letter,
    ];

    /// The Dutch key of this dimension's filter in the query language (`top:`, `soort:`,
    /// `jaar:`, `brief:`).
    pub fn query_key(self) -> &'static str {
        match self {
            FacetDim::Meeting => "top",
            FacetDim::Kind => "soort",
            FacetDim::Year => "jaar",
            FacetDim::Letter => "brief",
        }
    }
}

/// A facet value with the number of passages it holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FacetCount {
    /// The value (letter id, kind slug, meeting id or year).
    pub value: String,
    /// Passages.
    pub count: usize,
}

/// Counts per facet over the matching passages (each facet ignoring its own filter).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Facets {
    /// By letter.
    pub letters: Vec<FacetCount>,
    /// By kind.
    pub kinds: Vec<FacetCount>,
    /// By meeting.
    pub meetings: Vec<FacetCount>,
    /// By year.
    pub years: Vec<FacetCount>,
}

impl Facets {
    /// The counts of one dimension, the largest first (ties by value).
    pub fn get(&self, dim: FacetDim) -> &[FacetCount] {
        match dim {
            FacetDim::Meeting => &self.meetings,
            FacetDim::Kind => &self.kinds,
            FacetDim::Year => &self.years,
            FacetDim::Letter => &self.letters,
        }
    }

    /// The counts of one dimension, to fill in.
    fn get_mut(&mut self, dim: FacetDim) -> &mut Vec<FacetCount> {
        match dim {
            FacetDim::Meeting => &mut self.meetings,
            FacetDim::Kind => &mut self.kinds,
            FacetDim::Year => &mut self.years,
            FacetDim::Letter => &mut self.letters,
        }
    }
}

impl Filters {
    /// True when `value` (as shown in [`FacetCount::value`]) is among the filter's values of
    /// `dim`.
    pub fn contains(&self, dim: FacetDim, value: &str) -> bool {
        match dim {
            FacetDim::Meeting => self.meetings.iter().any(|v| v == value),
            FacetDim::Kind => self.kinds.iter().any(|v| v == value),
            FacetDim::Year => self.years.iter().any(|y| y.to_string() == value),
            FacetDim::Letter => self.letters.iter().any(|v| v == value),
        }
    }

    /// Adds `value` to the filter of `dim`, or removes it when present. A year that is not a
    /// number changes nothing.
    pub fn toggle(&mut self, dim: FacetDim, value: &str) {
        /// Removes `value` from `list` if present, else appends it.
        fn flip<T: PartialEq>(list: &mut Vec<T>, value: T) {
            match list.iter().position(|v| *v == value) {
                Some(i) => {
                    list.remove(i);
                }
                None => list.push(value),
            }
        }
        match dim {
            FacetDim::Meeting => flip(&mut self.meetings, value.to_string()),
            FacetDim::Kind => flip(&mut self.kinds, value.to_string()),
            FacetDim::Year => {
                if let Ok(year) = value.parse::<u16>() {
                    flip(&mut self.years, year);
                }
            }
            FacetDim::Letter => flip(&mut self.letters, value.to_string()),
        }
    }

    /// Number of chosen values over all dimensions.
    pub fn active_count(&self) -> usize {
        self.letters.len() + self.kinds.len() + self.meetings.len() + self.years.len()
    }

    /// True when a letter passes the filter of `dim` (an empty filter passes everything).
    fn admits(&self, dim: FacetDim, letter: &LetterInfo) -> bool {
        match dim {
            FacetDim::Meeting => {
                self.meetings.is_empty() || self.meetings.contains(&letter.meeting)
            }
            FacetDim::Kind => self.kinds.is_empty() || self.kinds.contains(&letter.kind),
            FacetDim::Year => self.years.is_empty() || self.years.contains(&letter.year),
            FacetDim::Letter => self.letters.is_empty() || self.letters.contains(&letter.id),
        }
    }
}

impl LetterInfo {
    /// This letter's value in a dimension, as counted in [`Facets`].
    fn facet_value(&self, dim: FacetDim) -> String {
        match dim {
            FacetDim::Meeting => self.meeting.clone(),
            FacetDim::Kind => self.kind.clone(),
            FacetDim::Year => self.year.to_string(),
            FacetDim::Letter => self.id.clone(),
        }
    }
}

impl SearchIndex {
    /// True when passage `p` passes the filters, ignoring the dimension `skip`.
    pub(super) fn passes(&self, p: u32, f: &Filters, skip: Option<FacetDim>) -> bool {
        self.letter_passes(self.passages[p as usize].letter as usize, f, skip)
    }

    /// True when letter `li` passes the filters, ignoring the dimension `skip`.
    fn letter_passes(&self, li: usize, f: &Filters, skip: Option<FacetDim>) -> bool {
        let letter = &self.letters[li];
        FacetDim::ALL
            .into_iter()
            .all(|dim| skip == Some(dim) || f.admits(dim, letter))
    }

    /// Facet counts over the matching passages. Every facet is a property of the letter, so
    /// passages are counted per letter first.
    pub(super) fn facets(&self, matching: &[u32], filters: &Filters) -> Facets {
        let mut per_letter = vec![0usize; self.letters.len()];
        for &p in matching {
            per_letter[self.passages[p as usize].letter as usize] += 1;
        }
        let mut facets = Facets::default();
        for dim in FacetDim::ALL {
            let mut counts: BTreeMap<String, usize> = BTreeMap::new();
            for (li, &count) in per_letter.iter().enumerate() {
                if count > 0 && self.letter_passes(li, filters, Some(dim)) {
                    *counts.entry(self.letters[li].facet_value(dim)).or_default() += count;
                }
            }
            let mut list: Vec<FacetCount> = counts
                .into_iter()
                .map(|(value, count)| FacetCount { value, count })
                .collect();
            crate::order::sort_by(&mut list, |a, b| {
                b.count.cmp(&a.count).then(a.value.cmp(&b.value))
            });
            *facets.get_mut(dim) = list;
        }
        facets
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn facets_are_read_by_dimension() {
        let count = |value: &str| FacetCount {
            value: value.into(),
            count: 1,
        };
        let facets = Facets {
            letters: vec![count("a")],
            kinds: vec![count("verslag")],
            meetings: vec![count("den-haag-2025")],
            years: vec![count("2025")],
        };
        let firsts: Vec<&str> = FacetDim::ALL
            .iter()
            .map(|&d| facets.get(d)[0].value.as_str())
            .collect();
        assert_eq!(firsts, ["den-haag-2025", "verslag", "2025", "a"]);
    }

    #[test]
    fn filter_values_toggle_on_and_off() {
        let mut f = Filters::default();
        f.toggle(FacetDim::Kind, "verslag");
        f.toggle(FacetDim::Year, "2025");
        f.toggle(FacetDim::Year, "twintig");
        assert_eq!(f.kinds, ["verslag"]);
        assert_eq!(f.years, [2025]);
        assert!(f.contains(FacetDim::Year, "2025"));
        assert!(!f.contains(FacetDim::Letter, "verslag"));
        assert_eq!(f.active_count(), 2);
        f.toggle(FacetDim::Kind, "verslag");
        assert!(f.kinds.is_empty());
    }
}
