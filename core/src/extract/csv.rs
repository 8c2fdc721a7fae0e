//! The spreadsheet form of the exports: CSV as RFC 4180 writes it, every field quoted, quotes
//! doubled, CRLF line ends, and UTF-8 with a byte order mark so spreadsheets read the accents
//! right. The one CSV writer: the exports of `dist/` use it, and so can the app's own downloads.

/// A field between quotes, its quotes doubled.
fn quote(field: &str) -> String {
    format!("\"{}\"", field.replace('"', "\"\""))
}

/// The header row and one row per item of `rows`, as CSV.
pub fn to_csv<const N: usize>(
    header: &[&str; N],
    rows: impl IntoIterator<Item = [String; N]>,
) -> String {
    let mut out = String::from("\u{feff}");
    out.push_str(&header.map(quote).join(","));
    out.push_str("\r\n");
    for fields in rows {
        out.push_str(&fields.map(|f| quote(&f)).join(","));
        out.push_str("\r\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_is_quoted_and_quotes_are_doubled() {
        let csv = to_csv(&["a", "b"], [["x\"y".to_string(), "1, 2".to_string()]]);
        assert_eq!(csv, "\u{feff}\"a\",\"b\"\r\n\"x\"\"y\",\"1, 2\"\r\n");
        assert_eq!(
            to_csv(&["only"], std::iter::empty()),
            "\u{feff}\"only\"\r\n"
        );
    }
}
