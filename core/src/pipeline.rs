//! The build pipeline in one place: seeds to everything the app embeds and `dist/` exports.
//!
//! ```text
//! seeds/ ──load──▶ Seeds ──ingest──▶ Corpus ──index──▶ SearchIndex ─┐
//!                                          └─extract─▶ Extracts ────┴─▶ Bundle ──▶ files
//! ```
//!
//! [`build`] runs every stage once and returns a [`Bundle`]. The build step (`build.rs`), the task
//! runner (search, bench, exports) and the tests all call it, so there is one way to go from seeds
//! to data. [`BundleFiles`] is the bundle as bytes: what the app embeds (`corpus.bin`,
//! `search.bin`, `events.bin`, `figures.bin`, `glossary.bin`, `themes.bin`) and what is exported (`extracts.bin`, rendered as JSON for
//! `dist/`), with a
//! [`BundleHash`] over all of them written beside them.
//!
//! The app builds its search index from the corpus and the search data (synonyms, compound rules,
//! the figures read at build time) when it first needs it, rather than embedding the index: the
//! index is a function of those two, and shipping it would
//! hold the corpus's words a second time (in a form that compresses poorly).
//!
//! Invariants:
//! - Building twice from the same seeds gives the same bytes (no hash maps in any output).
//! - The hash file is written last; [`BundleFiles::read`] refuses files whose hash does not match,
//!   so a half-written or mixed folder is never copied into `dist/`.

use crate::extract::compact::{figure_table, glossary_table};
use crate::extract::{extract_with, Extracts};
use crate::ingest::ingest;
use crate::model::Corpus;
use crate::search::{SearchData, SearchIndex};
use crate::seeds::{self, SeedError};
use std::fmt;
use std::path::{Path, PathBuf};

/// The corpus in postcard form, as the app embeds it.
pub const CORPUS_FILE: &str = "corpus.bin";
/// The search data (synonyms, compound rules, figures) in postcard form, as the app embeds it
/// (with the corpus, all the app needs to build its search index).
pub const SEARCH_DATA_FILE: &str = "search.bin";
/// The extracts in postcard form (not embedded in the app yet; exported as JSON).
pub const EXTRACTS_FILE: &str = "extracts.bin";
/// The timeline's events in postcard form, as the app embeds them (a `Vec<Event>`).
pub const EVENTS_FILE: &str = "events.bin";
/// The key figures in their compact form, as the app embeds them
/// ([`FigureTable`](crate::extract::compact::FigureTable)).
pub const FIGURES_FILE: &str = "figures.bin";
/// The glossary in its compact form, as the app embeds it
/// ([`GlossaryTable`](crate::extract::compact::GlossaryTable)).
pub const GLOSSARY_FILE: &str = "glossary.bin";
/// The themes of every paragraph in postcard form, as the app embeds them (a `ThemeIndex`).
pub const THEMES_FILE: &str = "themes.bin";
/// The [`BundleHash`] of the seven files above, as 16 hex digits and a newline.
pub const HASH_FILE: &str = "bundle.hash";
/// Name of the folder, inside a Cargo profile folder (`target/<triple>/release/`), where the build
/// step leaves a copy of the bundle for the exports into `dist/`.
pub const BUNDLE_DIR: &str = "summit-bundle";

/// Everything the pipeline makes from the seeds.
pub struct Bundle {
    /// The structured corpus.
    pub corpus: Corpus,
    /// What the search index is built from besides the corpus: `seeds/synonyms.toml`,
    /// `seeds/compounds.toml` and the figures of the passages.
    pub search: SearchData,
    /// The search index over the corpus, with that data.
    pub index: SearchIndex,
    /// What extraction found in it.
    pub extracts: Extracts,
}

/// Runs the whole pipeline on a seeds folder: the seeds read, ingested, indexed (with their
/// synonyms and compound rules) and extracted from (with their topics, glossary, themes and
/// synonyms).
pub fn build(seeds_dir: &Path) -> Result<Bundle, SeedError> {
    let seeds = seeds::load(seeds_dir)?;
    let corpus = ingest(&seeds)?;
    let extracts = extract_with(&corpus, &seeds.extract, &seeds.synonyms);
    let search = SearchData::read(&corpus, seeds.synonyms, seeds.compounds);
    let index = SearchIndex::build(&corpus, &search);
    Ok(Bundle {
        corpus,
        search,
        index,
        extracts,
    })
}

impl Bundle {
    /// The corpus as the app embeds it (postcard).
    pub fn corpus_bytes(&self) -> Vec<u8> {
        postcard::to_allocvec(&self.corpus).expect("a corpus always serialises")
    }

    /// The search data as the app embeds it (postcard).
    pub fn search_bytes(&self) -> Vec<u8> {
        postcard::to_allocvec(&self.search).expect("search data always serialises")
    }

    /// The extracts (postcard).
    pub fn extracts_bytes(&self) -> Vec<u8> {
        postcard::to_allocvec(&self.extracts).expect("extracts always serialise")
    }

    /// The timeline's events as the app embeds them (postcard of `Vec<Event>`).
    pub fn events_bytes(&self) -> Vec<u8> {
        postcard::to_allocvec(&self.extracts.events).expect("events always serialise")
    }

    /// The key figures as the app embeds them (postcard of a `FigureTable`).
    pub fn figures_bytes(&self) -> Vec<u8> {
        postcard::to_allocvec(&figure_table(&self.corpus, &self.extracts))
            .expect("figures always serialise")
    }

    /// The glossary as the app embeds it (postcard of a `GlossaryTable`).
    pub fn glossary_bytes(&self) -> Vec<u8> {
        postcard::to_allocvec(&glossary_table(&self.corpus, &self.extracts))
            .expect("the glossary always serialises")
    }

    /// The paragraphs' themes as the app embeds them (postcard of `ThemeIndex`).
    pub fn themes_bytes(&self) -> Vec<u8> {
        postcard::to_allocvec(&self.extracts.themes.index()).expect("themes always serialise")
    }

    /// The bundle as the files that are written and embedded.
    pub fn files(&self) -> BundleFiles {
        BundleFiles {
            corpus: self.corpus_bytes(),
            search: self.search_bytes(),
            extracts: self.extracts_bytes(),
            events: self.events_bytes(),
            figures: self.figures_bytes(),
            glossary: self.glossary_bytes(),
            themes: self.themes_bytes(),
        }
    }
}

/// Why bundle files could not be written, read or decoded.
#[derive(Debug, thiserror::Error)]
pub enum BundleError {
    /// A file could not be written or read.
    #[error("{path}: {message}")]
    Io {
        /// The file or folder.
        path: PathBuf,
        /// What went wrong.
        message: String,
    },
    /// The files do not match the hash written beside them: written by different builds, or
    /// not written whole.
    #[error(
        "{dir}: the files do not match {HASH_FILE} (expected {expected}, found {found}); \
         build again"
    )]
    Stale {
        /// The folder.
        dir: PathBuf,
        /// The hash in the hash file.
        expected: String,
        /// The hash of the files found.
        found: BundleHash,
    },
    /// A file's bytes are not what this version writes.
    #[error("{file}: {message}")]
    Decode {
        /// The file name.
        file: &'static str,
        /// What went wrong.
        message: String,
    },
}

/// A fingerprint of a bundle's files (64-bit FNV-1a over each file's name, length and bytes).
///
/// Not cryptographic: it tells whether files belong together and are whole, nothing more.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct BundleHash(pub u64);

impl fmt::Display for BundleHash {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:016x}", self.0)
    }
}

/// FNV-1a's 64-bit offset basis.
const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
/// FNV-1a's 64-bit prime.
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

/// Folds `bytes` into an FNV-1a state.
fn fnv1a(mut state: u64, bytes: &[u8]) -> u64 {
    for &b in bytes {
        state ^= u64::from(b);
        state = state.wrapping_mul(FNV_PRIME);
    }
    state
}

/// The bundle's files as bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BundleFiles {
    /// [`CORPUS_FILE`].
    pub corpus: Vec<u8>,
    /// [`SEARCH_DATA_FILE`].
    pub search: Vec<u8>,
    /// [`EXTRACTS_FILE`].
    pub extracts: Vec<u8>,
    /// [`EVENTS_FILE`].
    pub events: Vec<u8>,
    /// [`FIGURES_FILE`].
    pub figures: Vec<u8>,
    /// [`GLOSSARY_FILE`].
    pub glossary: Vec<u8>,
    /// [`THEMES_FILE`].
    pub themes: Vec<u8>,
}

impl BundleFiles {
    /// The files with their names, in the order they are hashed and written.
    fn named(&self) -> [(&'static str, &[u8]); 7] {
        [
            (CORPUS_FILE, &self.corpus),
            (SEARCH_DATA_FILE, &self.search),
            (EXTRACTS_FILE, &self.extracts),
            (EVENTS_FILE, &self.events),
            (FIGURES_FILE, &self.figures),
            (GLOSSARY_FILE, &self.glossary),
            (THEMES_FILE, &self.themes),
        ]
    }

    /// The fingerprint of the files together.
    pub fn hash(&self) -> BundleHash {
        let state = self
            .named()
            .iter()
            .fold(FNV_OFFSET, |state, (name, bytes)| {
                let state = fnv1a(state, name.as_bytes());
                let state = fnv1a(state, &(bytes.len() as u64).to_le_bytes());
                fnv1a(state, bytes)
            });
        BundleHash(state)
    }

    /// Writes the files into `dir` (created if missing), the hash file last.
    pub fn write(&self, dir: &Path) -> Result<BundleHash, BundleError> {
        let io = |path: &Path, e: std::io::Error| BundleError::Io {
            path: path.to_path_buf(),
            message: e.to_string(),
        };
        std::fs::create_dir_all(dir).map_err(|e| io(dir, e))?;
        // A stale hash must never vouch for files being rewritten.
        let hash_path = dir.join(HASH_FILE);
        match std::fs::remove_file(&hash_path) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(io(&hash_path, e)),
            _ => {}
        }
        for (name, bytes) in self.named() {
            let path = dir.join(name);
            std::fs::write(&path, bytes).map_err(|e| io(&path, e))?;
        }
        let hash = self.hash();
        std::fs::write(&hash_path, format!("{hash}\n")).map_err(|e| io(&hash_path, e))?;
        Ok(hash)
    }

    /// Reads the files from `dir` and checks them against the hash written beside them.
    pub fn read(dir: &Path) -> Result<BundleFiles, BundleError> {
        let read = |name: &str| {
            let path = dir.join(name);
            std::fs::read(&path).map_err(|e| BundleError::Io {
                message: e.to_string(),
                path,
            })
        };
        let expected = String::from_utf8_lossy(&read(HASH_FILE)?)
            .trim()
            .to_string();
        let files = BundleFiles {
            corpus: read(CORPUS_FILE)?,
            search: read(SEARCH_DATA_FILE)?,
            extracts: read(EXTRACTS_FILE)?,
            events: read(EVENTS_FILE)?,
            figures: read(FIGURES_FILE)?,
            glossary: read(GLOSSARY_FILE)?,
            themes: read(THEMES_FILE)?,
        };
        let found = files.hash();
        if found.to_string() != expected {
            return Err(BundleError::Stale {
                dir: dir.to_path_buf(),
                expected,
                found,
            });
        }
        Ok(files)
    }

    /// The corpus decoded from [`CORPUS_FILE`].
    pub fn corpus(&self) -> Result<Corpus, BundleError> {
        postcard::from_bytes(&self.corpus).map_err(|e| BundleError::Decode {
            file: CORPUS_FILE,
            message: e.to_string(),
        })
    }

    /// The search data decoded from [`SEARCH_DATA_FILE`].
    pub fn search(&self) -> Result<SearchData, BundleError> {
        postcard::from_bytes(&self.search).map_err(|e| BundleError::Decode {
            file: SEARCH_DATA_FILE,
            message: e.to_string(),
        })
    }

    /// The extracts decoded from [`EXTRACTS_FILE`].
    pub fn extracts(&self) -> Result<Extracts, BundleError> {
        postcard::from_bytes(&self.extracts).map_err(|e| BundleError::Decode {
            file: EXTRACTS_FILE,
            message: e.to_string(),
        })
    }
}

/// The folder where the build step leaves the bundle for the exports, given the build script's
/// `OUT_DIR` (`<profile folder>/build/<package>-<hash>/out`): `<profile folder>/summit-bundle`.
/// `None` when `out_dir` is not laid out that way.
pub fn bundle_dir_for_out_dir(out_dir: &Path) -> Option<PathBuf> {
    let profile = out_dir.ancestors().nth(3)?;
    let is_cargo_layout =
        out_dir.file_name()? == "out" && out_dir.parent()?.parent()?.file_name()? == "build";
    is_cargo_layout.then(|| profile.join(BUNDLE_DIR))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Three small files.
    fn files() -> BundleFiles {
        BundleFiles {
            corpus: b"corpus".to_vec(),
            search: b"synonyms".to_vec(),
            extracts: b"extracts".to_vec(),
            events: b"events".to_vec(),
            figures: b"figures".to_vec(),
            glossary: b"glossary".to_vec(),
            themes: b"themes".to_vec(),
        }
    }

    #[test]
    fn the_hash_changes_with_any_file_and_with_bytes_moved_between_files() {
        let base = files().hash();
        let mut changed = files();
        changed.extracts.push(b'!');
        assert_ne!(changed.hash(), base);
        let moved = BundleFiles {
            corpus: b"corpuss".to_vec(),
            search: b"ynonyms".to_vec(),
            extracts: b"extracts".to_vec(),
            events: b"events".to_vec(),
            figures: b"figures".to_vec(),
            glossary: b"glossary".to_vec(),
            themes: b"themes".to_vec(),
        };
        assert_ne!(moved.hash(), base);
        assert_eq!(base.to_string().len(), 16);
    }

    #[test]
    fn files_read_back_as_written_and_a_changed_file_is_refused() {
        let dir = std::env::temp_dir().join(format!("summit-bundle-test-{}", std::process::id()));
        let hash = files().write(&dir).unwrap();
        let read = BundleFiles::read(&dir).unwrap();
        assert_eq!(read, files());
        assert_eq!(read.hash(), hash);
        std::fs::write(dir.join(SEARCH_DATA_FILE), b"other").unwrap();
        let err = BundleFiles::read(&dir).unwrap_err();
        assert!(matches!(err, BundleError::Stale { .. }), "{err}");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn the_bundle_folder_sits_in_the_profile_folder() {
        let out = Path::new("/t/wasm32-unknown-unknown/release/build/summit-explorer-1a2b/out");
        assert_eq!(
            bundle_dir_for_out_dir(out),
            Some(PathBuf::from(
                "/t/wasm32-unknown-unknown/release/summit-bundle"
            ))
        );
        assert_eq!(bundle_dir_for_out_dir(Path::new("/somewhere/else")), None);
    }
}
