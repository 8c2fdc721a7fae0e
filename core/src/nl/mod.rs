//! Language rules of the letters: how Dutch (and, where a letter is in English, English) writes
//! months, weekdays, dates and numbers.
//!
//! One place for these rules, so every stage agrees on them: ingestion reads a letter's date with
//! [`dates`], the sentence splitter knows `okt.` from [`months`], the search tokenizer keeps `3,5`
//! and `600.000` whole with [`numbers`], and extraction (a timeline of dates, key figures) finds the
//! same dates and numbers the reader and the search see.
//!
//! Pure and small: no file access and no dependencies beyond the model, so the app uses it too.

pub mod dates;
pub mod months;
pub mod numbers;
pub mod quantities;
