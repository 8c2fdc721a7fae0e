//! The mark shown where the source text was redacted.

use crate::i18n::Strings;
use crate::markup::{el, el_text, Attr};

/// Appends a visible redaction mark with an accessible label.
pub fn write(out: &mut String, t: &Strings) {
    let attrs = [
        Attr::Value("aria-label", t.redacted),
        Attr::Value("title", t.redacted),
    ];
    el(
        out,
        "span class=\"redaction\" data-testid=\"redaction\" role=\"img\"",
        &attrs,
        &mut |out| {
            el_text(out, "span aria-hidden=\"true\"", &[], "██████");
        },
    );
}
