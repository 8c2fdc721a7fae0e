//! A static file server for a built bundle on the loopback interface: `cargo xtask serve` and the
//! browser tests (`tests/support`) both use this one file.
//!
//! Only `std` and `tiny_http`, and nothing of the task runner, so the browser tests include it with
//! `#[path]` without depending on the task runner. A URL path never reaches outside the served
//! folder: only plain path components are followed (no `..`, no root, no drive prefix).

use std::path::{Component, Path, PathBuf};

/// The MIME type of a file, by extension.
pub fn mime_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("wasm") => "application/wasm",
        Some("json") => "application/json; charset=utf-8",
        Some("png") => "image/png",
        Some("svg") => "image/svg+xml",
        Some("csv") => "text/csv; charset=utf-8",
        Some("zip") => "application/zip",
        Some("txt") => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

/// The file under `base` a URL path names (a folder means its `index.html`), refusing anything
/// that climbs out of `base`.
pub fn resolve(base: &Path, url: &str) -> Option<PathBuf> {
    let path = url.split(['?', '#']).next().unwrap_or_default();
    let mut out = base.to_path_buf();
    for c in Path::new(path.trim_start_matches('/')).components() {
        match c {
            Component::Normal(part) => out.push(part),
            Component::CurDir => {}
            _ => return None,
        }
    }
    if out.is_dir() {
        out.push("index.html");
    }
    out.is_file().then_some(out)
}

/// Answers every request of `server` with the file of `dir` it names, until the server stops.
pub fn serve_files(server: tiny_http::Server, dir: &Path) {
    serve_files_at(server, dir, "/");
}

/// The path under `prefix` (which starts and ends with `/`) a URL names: `None` outside it.
pub fn under_prefix<'a>(url: &'a str, prefix: &str) -> Option<&'a str> {
    url.strip_prefix(prefix)
        .map(|rest| if rest.is_empty() { "/" } else { rest })
}

/// Like [`serve_files`], with `dir` at the sub-path `prefix` (`/explorer/`): anything outside it is
/// not found, and the prefix without its slash is redirected to it, as a web server does for a
/// folder. The browser tests serve `dist/` this way to prove that its URLs are relative.
pub fn serve_files_at(server: tiny_http::Server, dir: &Path, prefix: &str) {
    serve_mounts(server, &[(prefix, dir.to_path_buf())]);
}

/// Like [`serve_files_at`] with several folders, each at its own sub-path (the browser tests
/// serve `dist/` at `/explorer/` and at `/dist/`, and `examples/` at `/examples/`, side by side as
/// a person hosting them would).
pub fn serve_mounts(server: tiny_http::Server, mounts: &[(&str, PathBuf)]) {
    for request in server.incoming_requests() {
        let url = request.url().to_string();
        let path = url.split(['?', '#']).next().unwrap_or_default();
        let folder = mounts
            .iter()
            .find(|(prefix, _)| prefix.len() > 1 && path == prefix.trim_end_matches('/'));
        if let Some((prefix, _)) = folder {
            let to = tiny_http::Header::from_bytes("Location", *prefix)
                .expect("a path is a valid header value");
            let _ = request.respond(
                tiny_http::Response::from_string("moved")
                    .with_status_code(301)
                    .with_header(to),
            );
            continue;
        }
        let file = mounts.iter().find_map(|(prefix, dir)| {
            under_prefix(&url, prefix).and_then(|path| resolve(dir, path))
        });
        let response = match file {
            Some(file) => match std::fs::read(&file) {
                Ok(bytes) => tiny_http::Response::from_data(bytes).with_header(
                    tiny_http::Header::from_bytes("Content-Type", mime_type(&file))
                        .expect("a MIME type is a valid header value"),
                ),
                Err(_) => tiny_http::Response::from_string("unreadable").with_status_code(500),
            },
            None => tiny_http::Response::from_string("not found").with_status_code(404),
        };
        let _ = request.respond(response);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_cannot_climb_out_of_the_served_folder() {
        let base = Path::new(env!("CARGO_MANIFEST_DIR"));
        assert!(resolve(base, "/Cargo.toml").is_some());
        assert!(resolve(base, "/../Cargo.toml").is_none());
        assert!(resolve(base, "/src/../../Cargo.toml").is_none());
        assert!(resolve(base, "/src/%2e%2e/Cargo.toml").is_none());
        assert!(resolve(base, "/nope.txt").is_none());
    }

    #[test]
    fn a_sub_path_serves_only_what_is_under_it() {
        assert_eq!(
            under_prefix("/explorer/index.html", "/explorer/"),
            Some("index.html")
        );
        assert_eq!(under_prefix("/explorer/", "/explorer/"), Some("/"));
        assert_eq!(under_prefix("/index.html", "/explorer/"), None);
        assert_eq!(under_prefix("/explorerx/a", "/explorer/"), None);
        assert_eq!(under_prefix("/a.js", "/"), Some("a.js"));
    }

    #[test]
    fn wasm_is_served_as_wasm() {
        assert_eq!(mime_type(Path::new("a_bg.wasm")), "application/wasm");
    }
}
