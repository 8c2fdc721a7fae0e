//! The app's search engine as a WebAssembly module for Node.js (`wasm-bindgen --target nodejs`),
//! so `cargo xtask bench` can time it against MiniSearch on the same passages in one run.

use summit_core::search::{SearchData, SearchIndex, SearchOptions};
use summit_core::Corpus;
use wasm_bindgen::prelude::*;

/// A corpus with its search index.
#[wasm_bindgen]
pub struct Engine {
    corpus: Corpus,
    index: SearchIndex,
}

#[wasm_bindgen]
impl Engine {
    /// Loads a corpus (postcard bytes, as the app embeds it) and its stored index.
    #[wasm_bindgen(constructor)]
    pub fn new(corpus: &[u8], index: &[u8]) -> Result<Engine, JsError> {
        let corpus: Corpus =
            postcard::from_bytes(corpus).map_err(|e| JsError::new(&e.to_string()))?;
        let index = SearchIndex::from_bytes(index).map_err(|e| JsError::new(&e.to_string()))?;
        Ok(Engine { corpus, index })
    }

    /// Builds the index from a corpus and its search data (postcard bytes, as the app embeds
    /// them), as the app does on first use.
    pub fn build(corpus: &[u8], data: &[u8]) -> Result<Engine, JsError> {
        let corpus: Corpus =
            postcard::from_bytes(corpus).map_err(|e| JsError::new(&e.to_string()))?;
        let data: SearchData =
            postcard::from_bytes(data).map_err(|e| JsError::new(&e.to_string()))?;
        let index = SearchIndex::build(&corpus, &data);
        Ok(Engine { corpus, index })
    }

    /// Searches as the app does while typing, with snippets for the first `limit` hits; returns
    /// the number of matching passages.
    pub fn search(&self, query: &str, limit: usize) -> usize {
        let options = SearchOptions {
            typing: true,
            limit,
            ..Default::default()
        };
        self.index
            .search(&self.corpus, query, &options)
            .total_passages
    }
}
