//! How the search engine reads words, for other stages that must match words exactly as search
//! does (the themes of `extract::themes`): an expression's terms, a term's Dutch or English stem.
//!
//! The stemmers are made once per thread and reused; numbers are their own stem, as in the index.

use super::index::{english_stemmer, stem_of, stemmer};
pub use super::synonyms::expression_terms;

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
        assert_eq!(
            expression_terms("defensie-uitgaven stijgen"),
            ["defensieuitgaven", "stijgen"]
        );
    }
}
