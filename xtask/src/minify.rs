//! JavaScript minified by terser (npm, pinned in package.json) for the single file: the
//! wasm-bindgen glue is 54 KB of readable code, about 9.7 KB gzipped; minified, about 7 KB.

use crate::{root, TaskResult};
use std::process::Command;

/// Where terser's command line is, in the workspace's `node_modules`.
pub const TERSER: &str = "node_modules/terser/bin/terser";

/// `code`, an ES module, minified (compressed and with local names shortened). Names the module
/// does not use are dropped, so the code must use what it defines.
pub fn module(code: &str) -> TaskResult<String> {
    let dir = root().join("target/tmp");
    std::fs::create_dir_all(&dir).map_err(|e| format!("creating {}: {e}", dir.display()))?;
    let input = dir.join("single-file-boot.js");
    std::fs::write(&input, code).map_err(|e| format!("writing {}: {e}", input.display()))?;
    let out = Command::new("node")
        .arg(root().join(TERSER))
        .arg(&input)
        .args(["--module", "--compress", "--mangle"])
        .output()
        .map_err(|e| format!("running terser with node: {e} (is Node.js installed?)"))?;
    if !out.status.success() {
        return Err(format!(
            "terser failed on {}: {}",
            input.display(),
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    String::from_utf8(out.stdout).map_err(|_| "terser wrote something that is not UTF-8".into())
}
