//! Read-only markup written as text: the key figures' tables and chart and the glossary's list are
//! many elements that never change once drawn (a new filter draws them again), so they are
//! written as one HTML string and set as an element's `innerHTML`. This keeps the code of a
//! typed view per element shape out of the app (the single file has a tight size budget), and
//! keeps `format!` out of the loops.
//!
//! Everything from data goes through [`text`] or [`attr`], which escape it.

/// Appends `s` escaped for the text of an element.
pub fn text(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
}

/// Appends ` name="value"` with the value escaped for an attribute in double quotes.
pub fn attr(out: &mut String, name: &str, value: &str) {
    out.push(' ');
    out.push_str(name);
    out.push_str("=\"");
    for c in value.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '<' => out.push_str("&lt;"),
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Appends a whole number.
pub fn number(out: &mut String, n: i64) {
    if n < 0 {
        out.push('-');
    }
    let mut digits = [0u8; 20];
    let mut len = 0;
    let mut v = n.unsigned_abs();
    loop {
        digits[len] = b'0' + (v % 10) as u8;
        len += 1;
        v /= 10;
        if v == 0 {
            break;
        }
    }
    out.extend(digits[..len].iter().rev().map(|&d| char::from(d)));
}

/// Appends a link `<a href="…" (attributes)>text</a>`; `extra` is raw markup for more
/// attributes (constants only).
pub fn link(out: &mut String, href: &str, extra: &str, label: &str) {
    out.push_str("<a");
    attr(out, "href", href);
    out.push_str(extra);
    out.push('>');
    text(out, label);
    out.push_str("</a>");
}

/// Sorts a short list (table rows, chart labels) in place, stable, by `less`. The standard sorts
/// compile a few kilobytes of code for each element type and order; these lists hold a few dozen
/// items at most, for which insertion is as fast.
pub fn sort_short<T>(v: &mut [T], less: &dyn Fn(&T, &T) -> bool) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && less(&v[j], &v[j - 1]) {
            v.swap(j, j - 1);
            j -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_and_attributes_are_escaped() {
        let mut s = String::new();
        text(&mut s, "a < b & \"c\"");
        attr(&mut s, "title", "x\"y<z&");
        assert_eq!(s, "a &lt; b &amp; \"c\" title=\"x&quot;y&lt;z&amp;\"");
    }

    #[test]
    fn short_lists_sort_stably() {
        let mut v = [(2, 'a'), (1, 'b'), (2, 'c'), (0, 'd')];
        sort_short(&mut v, &|a, b| a.0 < b.0);
        assert_eq!(v, [(0, 'd'), (1, 'b'), (2, 'a'), (2, 'c')]);
    }

    #[test]
    fn numbers_are_written_whole() {
        let mut s = String::new();
        for n in [0, 7, -42, 1_000_000] {
            number(&mut s, n);
            s.push(' ');
        }
        assert_eq!(s, "0 7 -42 1000000 ");
    }
}
