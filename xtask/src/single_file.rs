//! The single-file build: `dist/summit-explorer.html`, one self-contained page that opens by
//! double-click from `file://`, with no external request of any kind.
//!
//! Browsers refuse ES-module imports and `fetch()` from `file://`, so Trunk's loader (an import of
//! the wasm-bindgen glue, which fetches the wasm) cannot run there. Instead the glue goes inline,
//! its `export`s removed, in one module script without imports, and the wasm goes inline as
//! base64, started with `initSync`. The stylesheet goes inline too. A Content-Security-Policy
//! meta forbids all network access and allows exactly these inline scripts and styles by hash.

use crate::TaskResult;
use base64::Engine;
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

/// File name of the single file, in `dist/`.
pub const SINGLE_FILE: &str = "summit-explorer.html";

/// The policy: nothing from the network, inline code only where its hash is listed.
const CSP_TEMPLATE: &str = "default-src 'none'; script-src {scripts} 'wasm-unsafe-eval'; \
style-src {styles}; img-src data:; connect-src 'none'; font-src 'none'; object-src 'none'; \
base-uri 'none'; form-action 'none'";

/// The value of attribute `name` in the tag `tag`.
fn attr<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let key = format!(" {name}=\"");
    let start = tag.find(&key)? + key.len();
    let len = tag[start..].find('"')?;
    Some(&tag[start..start + len])
}

/// Every tag (`<name …>`) in `html`, as byte ranges.
fn tags<'a>(html: &'a str, name: &'a str) -> impl Iterator<Item = (usize, usize)> + 'a {
    let open = format!("<{name}");
    let mut from = 0;
    std::iter::from_fn(move || {
        let start = from + html[from..].find(&open)?;
        let end = start + html[start..].find('>')? + 1;
        from = end;
        Some((start, end))
    })
}

/// `bytes` gzipped as small as gzip allows (Zopfli: slower than zlib, about 5% smaller), for
/// the browser's `DecompressionStream("gzip")`.
fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    zopfli::compress(
        zopfli::Options::default(),
        zopfli::Format::Gzip,
        bytes,
        &mut out,
    )
    .expect("writing to memory");
    out
}

/// The base64 of a `sha256` digest, as CSP wants it.
fn csp_hash(content: &str) -> String {
    let digest = Sha256::digest(content.as_bytes());
    format!(
        "'sha256-{}'",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

/// Turns wasm-bindgen's ES-module glue into plain statements for an inline module script.
fn strip_exports(glue: &str) -> TaskResult<String> {
    let mut out = String::with_capacity(glue.len());
    for line in glue.lines() {
        let t = line.trim_start();
        if t.starts_with("import ") {
            return Err(format!(
                "the wasm-bindgen glue imports a module ({t}); it cannot be inlined"
            ));
        }
        if t.starts_with("export {") || t.starts_with("export default ") {
            continue;
        }
        match line.strip_prefix("export ") {
            Some(rest) => out.push_str(rest),
            None => out.push_str(line),
        }
        out.push('\n');
    }
    if !out.contains("function initSync(") {
        return Err("the wasm-bindgen glue has no initSync: unexpected wasm-bindgen output".into());
    }
    Ok(out)
}

/// Builds the single file from the Trunk output in `dist`, returning its path.
pub fn make(dist: &Path) -> TaskResult<PathBuf> {
    let read =
        |p: &Path| std::fs::read_to_string(p).map_err(|e| format!("reading {}: {e}", p.display()));
    let index_path = dist.join("index.html");
    let mut html = read(&index_path)?;

    // Stylesheets: inline.
    let mut styles = Vec::new();
    loop {
        let found =
            tags(&html, "link").find(|&(s, e)| attr(&html[s..e], "rel") == Some("stylesheet"));
        let Some((s, e)) = found else { break };
        let href = attr(&html[s..e], "href").ok_or("stylesheet link without href")?;
        let css = read(&dist.join(href.trim_start_matches("./")))?;
        let block = format!("<style>{css}</style>");
        styles.push(css);
        html.replace_range(s..e, &block);
    }
    // Preloads of the glue and the wasm: nothing may be fetched.
    loop {
        let found = tags(&html, "link")
            .find(|&(s, e)| matches!(attr(&html[s..e], "rel"), Some("modulepreload" | "preload")));
        let Some((s, e)) = found else { break };
        html.replace_range(s..e, "");
    }
    // Trunk's loader: replaced by the inlined glue and wasm.
    let loader_start = html
        .find("<script type=\"module\">")
        .ok_or("dist/index.html has no module script: is this Trunk output?")?;
    let loader_end = loader_start
        + html[loader_start..]
            .find("</script>")
            .ok_or("unclosed module script")?
        + "</script>".len();
    let loader = &html[loader_start..loader_end];
    let glue_file = loader
        .split('\'')
        .find(|p| p.ends_with(".js"))
        .ok_or("Trunk's loader names no .js file")?;
    let wasm_file = loader
        .split('\'')
        .find(|p| p.ends_with(".wasm"))
        .ok_or("Trunk's loader names no .wasm file")?;
    let glue = strip_exports(&read(&dist.join(glue_file.trim_start_matches("./")))?)?;
    let wasm_path = dist.join(wasm_file.trim_start_matches("./"));
    let wasm =
        std::fs::read(&wasm_path).map_err(|e| format!("reading {}: {e}", wasm_path.display()))?;
    // Gzip before base64: base64 hides the redundancy from the page's own compression, so
    // compressing first keeps the single file small; the browser unpacks it with
    // DecompressionStream, which needs no network.
    let wasm_b64 = base64::engine::general_purpose::STANDARD.encode(gzip(&wasm));
    let boot = format!(
        "{glue}\n\
         const wasmBase64 = \"{wasm_b64}\";\n\
         if (typeof DecompressionStream !== \"function\") {{\n\
           throw new Error(\"This browser cannot unpack the explorer (no DecompressionStream)\");\n\
         }}\n\
         const packed = atob(wasmBase64);\n\
         const packedBytes = new Uint8Array(packed.length);\n\
         for (let i = 0; i < packed.length; i++) packedBytes[i] = packed.charCodeAt(i);\n\
         const unpacked = new Blob([packedBytes]).stream().pipeThrough(new DecompressionStream(\"gzip\"));\n\
         const wasmBytes = new Uint8Array(await new Response(unpacked).arrayBuffer());\n\
         const started = initSync({{ module: wasmBytes }});\n\
         dispatchEvent(new CustomEvent(\"TrunkApplicationStarted\", {{ detail: {{ wasm: started }} }}));\n"
    );
    html.replace_range(
        loader_start..loader_end,
        &format!("<script type=\"module\">{boot}</script>"),
    );

    // Hashes of every inline script and style, as they now stand.
    let mut script_hashes = Vec::new();
    for (s, e) in tags(&html, "script").collect::<Vec<_>>() {
        if attr(&html[s..e], "src").is_some() {
            return Err("a script still loads from a file".into());
        }
        let close = e + html[e..].find("</script>").ok_or("unclosed script")?;
        script_hashes.push(csp_hash(&html[e..close]));
    }
    let style_hashes: Vec<String> = styles.iter().map(|c| csp_hash(c)).collect();
    let csp = CSP_TEMPLATE
        .replace("{scripts}", &script_hashes.join(" "))
        .replace("{styles}", &style_hashes.join(" "));
    let meta = format!("<meta http-equiv=\"Content-Security-Policy\" content=\"{csp}\">");
    let head = html
        .find("<meta charset=\"utf-8\">")
        .ok_or("index.html lacks <meta charset=\"utf-8\">")?;
    let insert_at = head + "<meta charset=\"utf-8\">".len();
    html.insert_str(insert_at, &format!("\n  {meta}"));

    for needle in ["src=\"", "href=\"./", "href=\"http", "url("] {
        if let Some(at) = html.find(needle) {
            if !html[at..].starts_with("href=\"#") {
                return Err(format!(
                    "the single file still refers to an outside resource near: {}",
                    &html[at..(at + 80).min(html.len())]
                ));
            }
        }
    }
    let out = dist.join(SINGLE_FILE);
    std::fs::write(&out, html).map_err(|e| format!("writing {}: {e}", out.display()))?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exports_are_stripped_and_imports_refused() {
        let glue = "let wasm;\nexport function initSync(module) {}\nexport class A {}\nexport { initSync };\nexport default __wbg_init;\n";
        let s = strip_exports(glue).unwrap();
        assert!(s.contains("function initSync(module)"));
        assert!(s.contains("class A {}"));
        assert!(!s.contains("export"));
        assert!(strip_exports("import x from './y.js';\nfunction initSync(){}").is_err());
    }

    #[test]
    fn csp_hash_matches_known_value() {
        // sha256 of the empty string, base64.
        assert_eq!(
            csp_hash(""),
            "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='"
        );
    }

    #[test]
    fn attributes_are_read_from_tags() {
        let tag = "<link rel=\"stylesheet\" href=\"./main.css\">";
        assert_eq!(attr(tag, "rel"), Some("stylesheet"));
        assert_eq!(attr(tag, "href"), Some("./main.css"));
        assert_eq!(attr(tag, "src"), None);
    }
}
