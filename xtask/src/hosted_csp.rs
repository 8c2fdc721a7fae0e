//! The Content-Security-Policy of the hosted app, `dist/index.html`: as strict as the single
//! file's (`single_file`) where the hosted app allows it. Its scripts, stylesheet and wasm are
//! files beside it, so they come from its own origin (`'self'`, and the wasm's fetch is
//! `connect-src 'self'`); the page's inline scripts (the start-up guard of `index.html` and
//! Trunk's loader) run only by the hashes the build writes here, once the page holds them as
//! they will be served.
//!
//! A meta tag cannot say `frame-ancestors` (browsers ignore it there), which is what keeps the
//! iframe embed (`index.html?embed`) working in any page; a server may add it as a header.

use crate::page::{attr, csp_hash, tags};
use crate::TaskResult;
use std::path::Path;

/// The policy: the page's own files, its inline scripts by hash, nothing else.
const CSP_TEMPLATE: &str = "default-src 'none'; script-src 'self' {scripts} 'wasm-unsafe-eval'; \
style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; \
base-uri 'none'; form-action 'none'";

/// The tag the policy follows: it must come before every script it governs.
const CHARSET: &str = "<meta charset=\"utf-8\">";

/// `html` with the policy's meta tag after its charset: the hashes of every inline script, and
/// no inline style (the stylesheet is a file). An error when the page already carries a policy,
/// has an inline `<style>`, or lacks the charset tag.
pub fn with_policy(html: &str) -> TaskResult<String> {
    if html.contains("http-equiv=\"Content-Security-Policy\"") {
        return Err("index.html already carries a Content-Security-Policy".into());
    }
    if tags(html, "style").next().is_some() {
        return Err("index.html has an inline <style>, which its policy does not allow".into());
    }
    let mut hashes = Vec::new();
    for (s, e) in tags(html, "script").collect::<Vec<_>>() {
        if attr(&html[s..e], "src").is_some() {
            continue;
        }
        let close = e + html[e..].find("</script>").ok_or("unclosed script")?;
        hashes.push(csp_hash(&html[e..close]));
    }
    let csp = CSP_TEMPLATE.replace("{scripts}", &hashes.join(" "));
    let meta = format!("<meta http-equiv=\"Content-Security-Policy\" content=\"{csp}\">");
    let at = html
        .find(CHARSET)
        .ok_or("index.html lacks <meta charset=\"utf-8\">")?
        + CHARSET.len();
    let mut out = html.to_string();
    out.insert_str(at, &format!("\n  {meta}"));
    Ok(out)
}

/// `html` without the policy [`with_policy`] wrote (for the single file, made from the page,
/// which has a policy of its own).
pub fn without_policy(html: &str) -> String {
    let found = tags(html, "meta")
        .find(|&(s, e)| attr(&html[s..e], "http-equiv") == Some("Content-Security-Policy"));
    match found {
        Some((s, e)) => {
            let start = html[..s].trim_end_matches([' ', '\n']).len();
            format!("{}{}", &html[..start], &html[e..])
        }
        None => html.to_string(),
    }
}

/// Writes the policy into `dist/index.html` (after the single file was made from it: the
/// single file has a policy of its own).
pub fn put_in(dist: &Path) -> TaskResult {
    let path = dist.join("index.html");
    let html =
        std::fs::read_to_string(&path).map_err(|e| format!("reading {}: {e}", path.display()))?;
    let html = with_policy(&html)?;
    std::fs::write(&path, html).map_err(|e| format!("writing {}: {e}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "<head><meta charset=\"utf-8\"><script>var a = 1;</script>\
        <link rel=\"stylesheet\" href=\"./main.css\"><script type=\"module\">import x from './x.js';</script>\
        <script src=\"./other.js\"></script></head>";

    #[test]
    fn every_inline_script_is_allowed_by_its_hash_and_nothing_inline_else() {
        let html = with_policy(PAGE).unwrap();
        let meta_at = html.find("Content-Security-Policy").unwrap();
        assert!(
            meta_at < html.find("<script").unwrap(),
            "the policy precedes the scripts"
        );
        assert!(html.contains(&csp_hash("var a = 1;")));
        assert!(html.contains(&csp_hash("import x from './x.js';")));
        assert!(
            !html.contains(&csp_hash("")),
            "a file's empty body is no inline script"
        );
        for part in [
            "default-src 'none'",
            "script-src 'self' 'sha256-",
            "'wasm-unsafe-eval'",
            "style-src 'self';",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'none'",
        ] {
            assert!(html.contains(part), "{part}: {html}");
        }
        assert!(!html.contains("unsafe-inline"));
    }

    #[test]
    fn a_page_with_a_policy_or_an_inline_style_is_refused() {
        let once = with_policy(PAGE).unwrap();
        assert!(with_policy(&once).unwrap_err().contains("already"));
        let styled = PAGE.replace("</head>", "<style>p{}</style></head>");
        assert!(with_policy(&styled).unwrap_err().contains("<style>"));
        assert!(with_policy("<head></head>")
            .unwrap_err()
            .contains("charset"));
    }
}
