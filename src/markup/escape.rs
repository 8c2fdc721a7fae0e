//! The one HTML escaping function of the app. What must be escaped depends on where the value
//! goes: in an element's text `&`, `<` and `>`; in an attribute value between double quotes also
//! the quote. Attribute names and tags are never data: they are `&'static str` of the views.

/// Where an escaped value is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    /// The text of an element.
    Text,
    /// An attribute value between double quotes.
    Attribute,
}

/// Appends `s` escaped for `context`.
pub fn escape(out: &mut String, s: &str, context: Context) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' if context == Context::Attribute => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
}

/// Appends `s` as the text of an element.
pub fn text(out: &mut String, s: &str) {
    escape(out, s, Context::Text);
}

/// `s` escaped for an attribute value between double quotes, as a string of its own (for
/// markup that is given to a person to paste, such as the embed snippets).
pub fn attr_value(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    escape(&mut out, s, Context::Attribute);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_keeps_quotes_and_attributes_escape_them() {
        let mut s = String::new();
        text(&mut s, "a < b & \"c\" > d");
        assert_eq!(s, "a &lt; b &amp; \"c\" &gt; d");
        s.clear();
        escape(&mut s, "x\"y<z&>", Context::Attribute);
        assert_eq!(s, "x&quot;y&lt;z&amp;&gt;");
    }
}
