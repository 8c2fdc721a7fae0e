//! The page at the start address, written into `dist/index.html` (and so into the single file)
//! in place of the marker comment of `index.html`: the app's own markup for it (the app's
//! `views::prerender`), printed by the app's `prerender` binary, run natively.

use crate::output::say;
use crate::{root, TaskResult};
use std::path::Path;
use std::process::Command;

/// The comment of `index.html` that the page takes the place of.
pub const MARKER: &str = "<!-- prerender -->";

/// How the printed page begins: the element the app removes when it starts.
const OPENING: &str = "<div id=\"prerender\">";

/// The app's markup of the page at the start address.
fn page() -> TaskResult<String> {
    let mut cmd = Command::new("cargo");
    cmd.args([
        "run",
        "--quiet",
        "--package",
        "summit-explorer",
        "--bin",
        "prerender",
    ]);
    say!("$ {cmd:?}");
    let out = cmd
        .current_dir(root())
        .output()
        .map_err(|e| format!("could not start {cmd:?}: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "{cmd:?} failed ({}): {}",
            out.status,
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    String::from_utf8(out.stdout).map_err(|e| format!("the prerendered page is not UTF-8: {e}"))
}

/// `html` with [`MARKER`] replaced by `page`; an error unless there is exactly one marker and
/// `page` is the app's element.
pub fn put(html: &str, page: &str) -> TaskResult<String> {
    if !page.starts_with(OPENING) || !page.ends_with("</div>") {
        return Err(format!(
            "the prerendered page does not begin with {OPENING}: {}",
            page.chars().take(80).collect::<String>()
        ));
    }
    match html.matches(MARKER).count() {
        1 => Ok(html.replacen(MARKER, page, 1)),
        n => Err(format!(
            "index.html must hold the marker {MARKER} once, not {n} times"
        )),
    }
}

/// Writes the page at the start address into `dist/index.html`.
pub fn put_in(dist: &Path) -> TaskResult {
    let path = dist.join("index.html");
    let html =
        std::fs::read_to_string(&path).map_err(|e| format!("reading {}: {e}", path.display()))?;
    let html = put(&html, &page()?)?;
    std::fs::write(&path, html).map_err(|e| format!("writing {}: {e}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_takes_the_place_of_the_one_marker() {
        let page = "<div id=\"prerender\"><main>x</main></div>";
        let html = format!("<body>{MARKER}<div id=\"boot-loader\"></div></body>");
        assert_eq!(
            put(&html, page).unwrap(),
            format!("<body>{page}<div id=\"boot-loader\"></div></body>")
        );
        assert!(put("<body></body>", page)
            .unwrap_err()
            .contains("not 0 times"));
        assert!(put(&html.repeat(2), page)
            .unwrap_err()
            .contains("not 2 times"));
        assert!(put(&html, "<main>x</main>").is_err());
    }

    #[test]
    fn the_source_page_holds_the_marker_once() {
        let index = std::fs::read_to_string(root().join("index.html")).unwrap();
        assert_eq!(index.matches(MARKER).count(), 1);
    }
}
