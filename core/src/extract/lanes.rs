//! The lane of an event on the timeline, from the words of its sentence: meetings; commitments
//! and deadlines; support packages and deliveries; other.

use serde::{Deserialize, Serialize};

/// A row of the timeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Lane {
    /// Summits, councils, ministerials, debates: the meetings themselves and what happened there.
    Meetings,
    /// Commitments and deadlines: spending norms, target years, promises.
    Commitments,
    /// Support packages and deliveries (to Ukraine and others): money, materiel, training.
    Support,
    /// Everything else: history, context.
    Other,
}

impl Lane {
    /// Every lane, top to bottom.
    pub const ALL: [Lane; 4] = [
        Lane::Meetings,
        Lane::Commitments,
        Lane::Support,
        Lane::Other,
    ];

    /// The stable name used in exports and URLs.
    pub fn slug(self) -> &'static str {
        match self {
            Lane::Meetings => "meetings",
            Lane::Commitments => "commitments",
            Lane::Support => "support",
            Lane::Other => "other",
        }
    }

    /// The lane of a slug.
    pub fn from_slug(s: &str) -> Option<Lane> {
        Lane::ALL.into_iter().find(|l| l.slug() == s)
    }
}

/// Word stems (lower case) that make a sentence about support or deliveries.
const SUPPORT_STEMS: &[&str] = &[
    "steun",
    "lever",
    "pakket",
    "training",
    "trainer",
    "munitie",
    "f-16",
    "bijdrage",
    "mln",
    "miljard",
    "miljoen",
    "patriot",
    "luchtverdediging",
    "fonds",
    "support",
    "deliver",
    "package",
];

/// Word stems that make a sentence about a commitment or deadline.
const COMMITMENT_STEMS: &[&str] = &[
    "procent",
    "%",
    "norm",
    "doel",
    "toezegging",
    "toezeg",
    "afspra",
    "afgesproken",
    "uiterlijk",
    "pledge",
    "verplicht",
    "besteden",
    "uitgeven",
    "uit te geven",
    "commit",
    "target",
    "deadline",
    "plan",
    "ambitie",
];

/// Word stems that make a sentence about a meeting.
const MEETING_STEMS: &[&str] = &[
    "top",
    "raad",
    "bijeenkomst",
    "vergader",
    "debat",
    "overleg",
    "ministeriële",
    "ministeriéle",
    "diner",
    "forum",
    "summit",
    "council",
    "meeting",
    "sessie",
    "ceremonie",
];

/// How an event's time stands to its letter's, as far as its lane cares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Timing {
    /// More than a year before the letter: history and context.
    Historic,
    /// Recently before the letter, or around it.
    Recent,
    /// After the letter.
    Planned,
}

/// The lane of an event whose sentence is `sentence`; `in_meeting` when its date falls inside a
/// meeting from the metadata. A date inside a meeting is a meeting event unless the sentence is
/// about support; otherwise support, then history (other), then commitments (only for dates
/// after the letter), then meetings, then other.
pub fn lane_for(sentence: &str, in_meeting: bool, timing: Timing) -> Lane {
    let lower = sentence.to_lowercase();
    let has = |stems: &[&str]| stems.iter().any(|s| lower.contains(s));
    let planned = timing == Timing::Planned;
    if in_meeting {
        return if has(SUPPORT_STEMS) && !has(MEETING_STEMS) {
            Lane::Support
        } else {
            Lane::Meetings
        };
    }
    if has(SUPPORT_STEMS) {
        Lane::Support
    } else if timing == Timing::Historic {
        Lane::Other
    } else if planned && (has(COMMITMENT_STEMS) || !has(MEETING_STEMS)) {
        Lane::Commitments
    } else if has(MEETING_STEMS) {
        Lane::Meetings
    } else {
        Lane::Other
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_target_year_after_the_letter_is_a_commitment() {
        assert_eq!(
            lane_for(
                "Bondgenoten besteden in 2035 5 procent aan defensie.",
                false,
                Timing::Planned
            ),
            Lane::Commitments
        );
    }

    #[test]
    fn training_and_money_are_support_and_a_founding_year_is_other() {
        assert_eq!(
            lane_for(
                "Nederland levert sinds 2023 een bijdrage aan een training.",
                false,
                Timing::Historic
            ),
            Lane::Support
        );
        assert_eq!(
            lane_for(
                "Deze ceremonie vond plaats waar bondgenoten in 1949 het Verdrag ondertekenden.",
                false,
                Timing::Historic
            ),
            Lane::Other
        );
    }

    #[test]
    fn slugs_round_trip() {
        for lane in Lane::ALL {
            assert_eq!(Lane::from_slug(lane.slug()), Some(lane));
        }
    }
}
