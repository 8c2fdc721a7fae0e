//! Every interface string, in Dutch and English, in one place. The corpus itself stays Dutch.
//!
//! A string is added in one spot: its key, Dutch and English text together in the `strings!`
//! list of `strings.rs`, which makes the [`Strings`] struct and its [`NL`] and [`EN`] tables.
//! Views read them through [`Lang::t`] once per render (the page is rendered again when the
//! language changes). Names and dates that come from the corpus are in [`crate::labels`].

/// Interface language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    /// Dutch (default).
    #[default]
    Nl,
    /// English.
    En,
}

impl Lang {
    /// The BCP 47 code, for `<html lang>` and storage.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }

    /// The language for a stored code; Dutch for anything unknown.
    pub fn from_code(code: &str) -> Lang {
        if code == "en" {
            Lang::En
        } else {
            Lang::Nl
        }
    }

    /// The other language.
    pub fn other(self) -> Lang {
        match self {
            Lang::Nl => Lang::En,
            Lang::En => Lang::Nl,
        }
    }

    /// The interface strings.
    pub fn t(self) -> &'static Strings {
        match self {
            Lang::Nl => &NL,
            Lang::En => &EN,
        }
    }
}

/// Declares [`Strings`] and its two tables, [`NL`] and [`EN`], from one list: each string is
/// written once, as its key with the Dutch and the English text side by side.
macro_rules! strings {
    ($( $(#[doc = $doc:literal])* $key:ident { nl: $nl:expr, en: $en:expr $(,)? } )*) => {
        /// The interface strings of one language.
        pub struct Strings {
            $( $(#[doc = $doc])* pub $key: &'static str, )*
        }

        /// Dutch.
        pub static NL: Strings = Strings { $( $key: $nl, )* };

        /// English.
        pub static EN: Strings = Strings { $( $key: $en, )* };
    };
}

mod strings;
pub use strings::{Strings, EN, NL};

/// "12 passages in 4 documenten".
pub fn result_count(lang: Lang, passages: usize, letters: usize) -> String {
    let t = lang.t();
    let passage = if passages == 1 {
        t.passage_one
    } else {
        t.passage_many
    };
    let document = if letters == 1 {
        t.document_one
    } else {
        t.document_many
    };
    format!("{passages} {passage} {} {letters} {document}", t.count_in)
}

/// `12 cijfers`, `1 figure`.
pub fn figure_count(lang: Lang, n: usize) -> String {
    let t = lang.t();
    format!("{n} {}", if n == 1 { t.figure_one } else { t.figure_many })
}

/// `3 vermeldingen`, `1 mention`.
pub fn mention_count(lang: Lang, n: usize) -> String {
    let t = lang.t();
    format!(
        "{n} {}",
        if n == 1 {
            t.mention_one
        } else {
            t.mention_many
        }
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_use_singular_and_plural() {
        assert_eq!(result_count(Lang::Nl, 12, 4), "12 passages in 4 documenten");
        assert_eq!(result_count(Lang::Nl, 1, 1), "1 passage in 1 document");
        assert_eq!(result_count(Lang::En, 2, 1), "2 passages in 1 document");
    }

    #[test]
    fn language_codes_round_trip_and_default_to_dutch() {
        assert_eq!(Lang::from_code(Lang::En.code()), Lang::En);
        assert_eq!(Lang::from_code("nl"), Lang::Nl);
        assert_eq!(Lang::from_code("<script>"), Lang::Nl);
    }
}
