//! A static file server for `dist/` on the loopback interface.

use crate::{bundle, TaskResult};
use std::path::{Component, Path, PathBuf};

/// Port served on unless `--port` says otherwise.
const DEFAULT_PORT: u16 = 8080;

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
        _ => "application/octet-stream",
    }
}

/// The file under `base` a URL path names, refusing anything that climbs out of `base`.
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

/// Serves `dir` on 127.0.0.1:`port` until the process is stopped.
pub fn serve_dir(dir: &Path, port: u16) -> TaskResult {
    let server = tiny_http::Server::http(("127.0.0.1", port))
        .map_err(|e| format!("cannot listen on 127.0.0.1:{port}: {e}"))?;
    for request in server.incoming_requests() {
        let response = match resolve(dir, request.url()) {
            Some(file) => match std::fs::read(&file) {
                Ok(bytes) => tiny_http::Response::from_data(bytes).with_header(
                    tiny_http::Header::from_bytes("Content-Type", mime_type(&file))
                        .expect("valid header"),
                ),
                Err(_) => tiny_http::Response::from_string("unreadable").with_status_code(500),
            },
            None => tiny_http::Response::from_string("not found").with_status_code(404),
        };
        let _ = request.respond(response);
    }
    Ok(())
}

/// Builds, then serves `dist/`, printing the URL and the single file's path.
pub fn serve(args: &[String]) -> TaskResult {
    let mut port = DEFAULT_PORT;
    let mut rest = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        if a == "--port" {
            let value = it
                .next()
                .ok_or("usage: cargo xtask serve [--port N] [--dist DIR]")?;
            port = value.parse().map_err(|_| format!("not a port: {value}"))?;
        } else {
            rest.push(a.clone());
        }
    }
    let options = bundle::BuildOptions::parse(&rest)?;
    bundle::build(&options)?;
    let single = options.dist.join(crate::single_file::SINGLE_FILE);
    println!();
    println!("Serving the explorer at http://127.0.0.1:{port}/  (Ctrl-C stops)");
    println!("Single offline file:   {}", single.display());
    serve_dir(&options.dist, port)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_cannot_climb_out_of_the_served_folder() {
        let base = crate::root().join("xtask");
        assert!(resolve(&base, "/Cargo.toml").is_some());
        assert!(resolve(&base, "/../Cargo.toml").is_none());
        assert!(resolve(&base, "/src/../../Cargo.toml").is_none());
        assert!(resolve(&base, "/nope.txt").is_none());
    }

    #[test]
    fn wasm_is_served_as_wasm() {
        assert_eq!(mime_type(Path::new("a_bg.wasm")), "application/wasm");
    }
}
