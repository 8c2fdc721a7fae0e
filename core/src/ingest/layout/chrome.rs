//! Page chrome: the lines a web page or PDF viewer puts around a document when it is copied
//! (breadcrumbs, site taglines, metadata tables, lone bullets, `Last updated` lines, a first line
//! naming the kind of page). They are kept with their span in
//! [`Letter::chrome`](crate::model::Letter::chrome), never read as body text or title.

use crate::model::ChromeKind;

/// Openings of breadcrumb lines.
const BREADCRUMB_OPENINGS: &[&str] = &["U bent hier", "You are here", "Home >", "Home /"];

/// Site navigation and taglines, as whole lines (compared without case).
const SITE_LINES: &[&str] = &[
    "Ga direct naar inhoud",
    "Naar de inhoud",
    "Skip to content",
    "Skip to main content",
    "Een website van de Rijksoverheid",
    "Rijksoverheid.nl",
    "Tweede Kamer der Staten-Generaal - Home",
    "Zoeken",
    "Menu",
    "Delen",
    "Deel deze pagina",
    "Printen",
    "Print",
    "Share",
    "Share this page",
    "Downloaden",
    "Download",
    "Open in nieuw venster",
];

/// Openings of publication and update lines.
const UPDATED_OPENINGS: &[&str] = &[
    "Last updated",
    "Laatst gewijzigd",
    "Laatste wijziging",
    "Gepubliceerd op",
    "Publicatiedatum",
    "Published",
];

/// Lines that, standing first, only name the kind of page (`Kamerstuk`).
const TYPE_LINES: &[&str] = &[
    "Kamerstuk",
    "Kamerbrief",
    "Brief regering",
    "Nieuwsbericht",
    "Verslag",
    "Publicatie",
    "Document",
];

/// Openings of a line naming the kind of page with the title after it (`Brief regering : …`).
const TYPE_PREFIXES: &[&str] = &["Brief regering :", "Brief regering:", "Kamerstuk :"];

/// What kind of chrome a trimmed line is, if any. `first` is true while no text line has been
/// read yet (a bare `Kamerstuk` is chrome only there).
pub(super) fn chrome_kind(line: &str, first: bool) -> Option<ChromeKind> {
    let starts = |openings: &[&str]| {
        openings.iter().any(|o| {
            line.get(..o.len())
                .is_some_and(|head| head.eq_ignore_ascii_case(o))
        })
    };
    if starts(BREADCRUMB_OPENINGS) {
        return Some(ChromeKind::Breadcrumb);
    }
    if SITE_LINES.iter().any(|s| s.eq_ignore_ascii_case(line)) {
        return Some(ChromeKind::SiteText);
    }
    if starts(UPDATED_OPENINGS) {
        return Some(ChromeKind::Updated);
    }
    if starts(TYPE_PREFIXES) || (first && TYPE_LINES.iter().any(|s| s.eq_ignore_ascii_case(line))) {
        return Some(ChromeKind::TypeLine);
    }
    if is_bullet_debris(line) {
        return Some(ChromeKind::Bullet);
    }
    if is_table_row(line) {
        return Some(ChromeKind::TableRow);
    }
    None
}

/// `•`, `• |`, `•  •`: bullets and separators with no words.
fn is_bullet_debris(line: &str) -> bool {
    line.contains('•')
        && line
            .chars()
            .all(|c| matches!(c, '•' | '|' | '·') || c.is_whitespace())
}

/// A row of a table as copied from a page: `a | b | c |`, or its rule `---|---|`.
fn is_table_row(line: &str) -> bool {
    let pipes = line.matches('|').count();
    let rule = pipes >= 1
        && line
            .chars()
            .all(|c| matches!(c, '-' | '|' | ':' | '•') || c.is_whitespace());
    let short_pair =
        pipes == 1 && line.contains(" | ") && line.chars().count() <= MAX_PAIR_ROW_CHARS;
    rule || pipes >= 2
        || short_pair
        || (pipes == 1 && (line.starts_with('|') || line.ends_with('|')))
}

/// Longest `Kamerstuk | 16-07-2024` row (two cells): longer lines with one ` | ` are prose.
const MAX_PAIR_ROW_CHARS: usize = 60;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn web_page_lines_are_chrome_and_prose_is_not() {
        assert_eq!(
            chrome_kind("U bent hier: Home > Documenten > Kamerstukken", false),
            Some(ChromeKind::Breadcrumb)
        );
        assert_eq!(
            chrome_kind("Datum publicatie | Organisatie | Onderwerp |", false),
            Some(ChromeKind::TableRow)
        );
        assert_eq!(
            chrome_kind("---|---|---", false),
            Some(ChromeKind::TableRow)
        );
        assert_eq!(chrome_kind("• |", false), Some(ChromeKind::Bullet));
        assert_eq!(
            chrome_kind("Last updated: 12 July 2023", false),
            Some(ChromeKind::Updated)
        );
        assert_eq!(chrome_kind("Kamerstuk", true), Some(ChromeKind::TypeLine));
        assert_eq!(chrome_kind("Kamerstuk", false), None);
        assert_eq!(
            chrome_kind("Brief regering : Verslag NAVO-top Vilnius", false),
            Some(ChromeKind::TypeLine)
        );
        assert_eq!(
            chrome_kind("De top in Vilnius was een succes.", false),
            None
        );
        assert_eq!(chrome_kind("• Steun aan Oekraïne", false), None);
    }
}
