//! Reading and signing the pages the build writes: a tag's attribute, every tag of a name, and
//! the hash of an inline script or style as a Content-Security-Policy names it. The single file
//! and the hosted page's policy both use them.

use base64::Engine;
use sha2::{Digest, Sha256};

/// The value of attribute `name` in the tag `tag`.
pub fn attr<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let key = format!(" {name}=\"");
    let start = tag.find(&key)? + key.len();
    let len = tag[start..].find('"')?;
    Some(&tag[start..start + len])
}

/// Every tag (`<name …>`) in `html`, as byte ranges.
pub fn tags<'a>(html: &'a str, name: &'a str) -> impl Iterator<Item = (usize, usize)> + 'a {
    let open = format!("<{name}");
    let mut from = 0;
    std::iter::from_fn(move || {
        let start = from + html[from..].find(&open)?;
        let end = start + html[start..].find('>')? + 1;
        from = end;
        Some((start, end))
    })
}

/// The base64 of a `sha256` digest, as CSP wants it.
pub fn csp_hash(content: &str) -> String {
    let digest = Sha256::digest(content.as_bytes());
    format!(
        "'sha256-{}'",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}
