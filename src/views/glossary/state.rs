//! The glossary's state as a link describes it (`#/begrippen?q=…`).

use crate::url::{Href, Params};

/// The glossary as a link describes it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct GlossaryState {
    /// Show only entries whose term or expansion holds this (case and accents as typed, case
    /// ignored).
    pub query: String,
}

impl GlossaryState {
    /// Reads the parameters.
    pub fn from_params(params: &Params) -> GlossaryState {
        GlossaryState {
            query: params.get("q").unwrap_or_default().to_string(),
        }
    }

    /// Writes the parameters that differ from the default.
    pub fn write_params(&self, href: &mut Href) {
        if !self.query.is_empty() {
            href.param("q", &self.query);
        }
    }
}
