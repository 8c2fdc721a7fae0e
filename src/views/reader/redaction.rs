//! The mark shown where the source text was redacted.

use crate::i18n::Strings;
use crate::markup;

/// Appends a visible redaction mark with an accessible label.
pub fn write(out: &mut String, t: &Strings) {
    out.push_str("<span class=\"redaction\" data-testid=\"redaction\" role=\"img\"");
    markup::attr(out, "aria-label", t.redacted);
    markup::attr(out, "title", t.redacted);
    out.push_str("><span aria-hidden=\"true\">██████</span></span>");
}
