//! Language rules of the letters: how Dutch (and, where a letter is in English, English) writes
//! months, weekdays, dates, numbers and quantities, and what a word and its stem are.
//!
//! One place for these rules, so every stage agrees on them: ingestion reads a letter's date with
//! [`dates`], the [`sentences`] splitter knows `okt.` from [`months`], the [`tokenize`]r keeps `3,5`
//! and `600.000` whole with [`numbers`], and the search, the themes and the diff all cut words
//! with that one tokenizer and stem them with [`stem`]; extraction (a timeline of dates, key
//! figures) finds the same dates and numbers the reader and the search see. The date and quantity
//! grammars read running text with one [`scan`]ner.
//!
//! Pure and small: no file access and no dependencies beyond the model, so the app uses it too.

pub mod dates;
pub mod months;
pub mod numbers;
pub mod quantities;
pub mod scan;
pub mod sentences;
pub mod stem;
pub mod tokenize;
