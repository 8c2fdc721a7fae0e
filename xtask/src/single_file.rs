//! The single-file build: `dist/summit-explorer.html`, one self-contained page that opens by
//! double-click from `file://`, with no external request of any kind.
//!
//! Browsers refuse ES-module imports and `fetch()` from `file://`, so Trunk's loader (an import of
//! the wasm-bindgen glue, which fetches the wasm) cannot run there. Instead the glue goes inline,
//! its `export`s removed, in one module script without imports, and the wasm goes inline as
//! base64, started with `initSync`. The stylesheet goes inline too. A Content-Security-Policy
//! meta forbids all network access and allows exactly these inline scripts and styles by hash.

use crate::page::{attr, csp_hash, tags};
use crate::TaskResult;
use base64::Engine;
use std::path::{Path, PathBuf};

/// File name of the single file, in `dist/`.
pub const SINGLE_FILE: &str = "summit-explorer.html";

/// The policy: nothing from the network, inline code only where its hash is listed.
const CSP_TEMPLATE: &str = "default-src 'none'; script-src {scripts} 'wasm-unsafe-eval'; \
style-src {styles}; img-src data:; connect-src 'none'; font-src 'none'; object-src 'none'; \
base-uri 'none'; form-action 'none'";

/// Stands in for the wasm's base64 while the start-up code is minified (base64 has no `@`).
const WASM_STAND_IN: &str = "@wasm@";

/// The start-up code: reads and unpacks the wasm and starts it, after the start page is painted
/// where the page shows it.
const START_UP: &str = include_str!("single_file_start.js");

/// Zstandard level that packs the wasm: the highest. Measured on the 715 KB release wasm of the
/// explorer with the timeline: 252 KB, against 282 KB for Zopfli's gzip (the best gzip can do),
/// and it unpacks in about 9 ms with the `fzstd` decoder.
const ZSTD_LEVEL: i32 = 22;

/// The npm package that unpacks the wasm in the page (pinned in package.json): a 8 KB
/// Zstandard decoder in plain JavaScript, which also spares the page any need for
/// `DecompressionStream`.
const DECODER: &str = "node_modules/fzstd/umd/index.js";

/// `bytes` packed with Zstandard at its highest level, for the page's decoder.
pub(crate) fn pack(bytes: &[u8]) -> TaskResult<Vec<u8>> {
    zstd::bulk::compress(bytes, ZSTD_LEVEL).map_err(|e| format!("packing the wasm: {e}"))
}

/// The decoder's script, from the workspace's `node_modules`.
pub(crate) fn decoder(root: &Path) -> TaskResult<String> {
    let path = root.join(DECODER);
    let js = std::fs::read_to_string(&path).map_err(|e| {
        format!(
            "reading {}: {e} (the fzstd package is missing: run `npm ci` in {})",
            path.display(),
            root.display()
        )
    })?;
    if !js.contains(".fzstd=") {
        return Err(format!(
            "{} is not fzstd's browser build: check package.json",
            path.display()
        ));
    }
    Ok(js)
}

/// Turns wasm-bindgen's ES-module glue into plain statements for an inline module script.
pub(crate) fn strip_exports(glue: &str) -> TaskResult<String> {
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
    // A page built before carries the hosted app's policy, which is not the single file's.
    let mut html = crate::hosted_csp::without_policy(&read(&index_path)?);

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
    // Packed before base64: base64 hides the redundancy from the page's own compression, so
    // packing first keeps the single file small. The decoder runs before the glue starts the
    // wasm; it defines `fzstd` on `self` and needs nothing else from the browser.
    let wasm_b64 = base64::engine::general_purpose::STANDARD.encode(pack(&wasm)?);
    let decoder = decoder(&crate::root())?;
    // The glue and the start-up code are minified together (the start-up code is what uses
    // the glue's `initSync`), with a stand-in for the wasm's base64, put in afterwards.
    let start = crate::minify::module(&format!("{glue}\n{START_UP}"))?;
    if start.matches(WASM_STAND_IN).count() != 1 {
        return Err("the minified start-up code lost the wasm's place".into());
    }
    let boot = format!("{decoder}\n{}", start.replacen(WASM_STAND_IN, &wasm_b64, 1));
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
    fn packed_bytes_unpack_to_the_same_bytes() {
        let bytes: Vec<u8> = (0..50_000u32).map(|i| (i * 7 % 251) as u8).collect();
        let packed = pack(&bytes).unwrap();
        assert!(packed.len() < bytes.len() / 10);
        assert_eq!(zstd::bulk::decompress(&packed, bytes.len()).unwrap(), bytes);
    }

    #[test]
    fn the_decoder_is_fzstd_browser_build() {
        let js = decoder(&crate::root()).unwrap();
        assert!(js.contains("decompress"));
        assert!(decoder(Path::new("/nonexistent"))
            .unwrap_err()
            .contains("npm ci"));
    }

    #[test]
    fn the_start_up_code_holds_the_stand_in_once() {
        assert_eq!(START_UP.matches(WASM_STAND_IN).count(), 1);
        assert!(START_UP.contains("initSync("));
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
