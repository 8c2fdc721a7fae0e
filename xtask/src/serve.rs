//! `cargo xtask serve`: build, then serve `dist/` on the loopback interface (with the server of
//! [`crate::static_server`], the one the browser tests use).

use crate::output::say;
use crate::static_server::serve_files;
use crate::{bundle, TaskResult};
use std::path::Path;

/// Port served on unless `--port` says otherwise.
const DEFAULT_PORT: u16 = 8080;

/// Serves `dir` on 127.0.0.1:`port` until the process is stopped.
pub fn serve_dir(dir: &Path, port: u16) -> TaskResult {
    let server = tiny_http::Server::http(("127.0.0.1", port))
        .map_err(|e| format!("cannot listen on 127.0.0.1:{port}: {e}"))?;
    serve_files(server, dir);
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
    say!();
    say!("Serving the explorer at http://127.0.0.1:{port}/  (Ctrl-C stops)");
    say!("Single offline file:   {}", single.display());
    serve_dir(&options.dist, port)
}
