//! Stems of folded terms, Dutch and English, as the search index, the query and the themes all
//! take them, so a theme's words are found exactly as a search finds them.
//!
//! Numbers are their own stem (`3,5%` stays whole). [`dutch_stem`] and [`english_stem`] use
//! stemmers made once per thread; the index, which stems every term, keeps its own ([`stemmer`],
//! [`english_stemmer`], [`stem_of`]).

use super::tokenize::is_number;

/// The Dutch stemmer (every term has a Dutch stem; terms of English documents also have an
/// English one).
pub fn stemmer() -> rust_stemmers::Stemmer {
    rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::Dutch)
}

/// The English stemmer.
pub fn english_stemmer() -> rust_stemmers::Stemmer {
    rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::English)
}

/// The stem of a folded term with `stemmer` (numbers are their own stem).
pub fn stem_of(stemmer: &rust_stemmers::Stemmer, term: &str) -> String {
    if is_number(term) {
        term.to_string()
    } else {
        stemmer.stem(term).into_owned()
    }
}

thread_local! {
    /// The Dutch and English stemmers, made on first use.
    static STEMMERS: (rust_stemmers::Stemmer, rust_stemmers::Stemmer) =
        (stemmer(), english_stemmer());
}

/// The Dutch stem of a folded term (see [`super::tokenize::fold`]), as the index stems it.
pub fn dutch_stem(term: &str) -> String {
    STEMMERS.with(|(nl, _)| stem_of(nl, term))
}

/// The English stem of a folded term, as the index stems the words of English documents.
pub fn english_stem(term: &str) -> String {
    STEMMERS.with(|(_, en)| stem_of(en, term))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plural_and_singular_share_a_stem_and_numbers_stay_whole() {
        assert_eq!(dutch_stem("uitgaven"), dutch_stem("uitgave"));
        assert_eq!(dutch_stem("dreigingen"), dutch_stem("dreiging"));
        assert_eq!(dutch_stem("3,5%"), "3,5%");
        assert_eq!(english_stem("threats"), english_stem("threat"));
    }
}
