//! The release bundle: `dist/` by Trunk (with the data exports of its post-build hook, checked
//! against the bundle the build embedded), the start page written into its `index.html`, then
//! the single file, then the size report.

use crate::output::say;
use crate::{
    dist, embed_files, exports, hosted_csp, prerender, run, setup, single_file, sizes, TaskResult,
};
use std::path::PathBuf;
use std::process::Command;

/// What to build: the output folder.
#[derive(Debug, Clone, PartialEq)]
pub struct BuildOptions {
    /// Where Trunk writes the bundle (`--dist DIR`, default `dist/`).
    pub dist: PathBuf,
}

impl Default for BuildOptions {
    fn default() -> Self {
        BuildOptions { dist: dist() }
    }
}

impl BuildOptions {
    /// Reads `--dist DIR` from a task's arguments.
    pub fn parse(args: &[String]) -> TaskResult<BuildOptions> {
        let mut out = BuildOptions::default();
        let mut it = args.iter();
        while let Some(a) = it.next() {
            let mut value = || it.next().ok_or_else(|| format!("{a} needs a value"));
            match a.as_str() {
                "--dist" => out.dist = std::path::absolute(value()?).map_err(|e| e.to_string())?,
                other => return Err(format!("unknown argument {other:?}")),
            }
        }
        Ok(out)
    }
}

/// Builds the app with Trunk into `options.dist` and makes the single file there; tools must be
/// set up and crates fetched.
pub fn trunk_build(options: &BuildOptions) -> TaskResult<PathBuf> {
    let mut trunk = Command::new("trunk");
    trunk.args(["build", "--release", "--offline", "--public-url", "./"]);
    trunk.arg("--dist").arg(&options.dist);
    run(&mut trunk)?;
    // Trunk's post-build hook wrote the exports; they must be those of the bundle just embedded.
    exports::check(&exports::bundle_dir("release"), &options.dist)?;
    // The page at the start address, shown while the app starts.
    prerender::put_in(&options.dist)?;
    let single = single_file::make(&options.dist)?;
    say!("single file: {}", single.display());
    // The hosted page's own policy, once the single file (with its own) was made from it.
    hosted_csp::put_in(&options.dist)?;
    let element = embed_files::make(&options.dist)?;
    say!("embed script: {}", element.display());
    let zip = embed_files::zip_dist(&options.dist)?;
    say!("zip of dist/: {}", zip.display());
    Ok(single)
}

/// Sets up the tools, builds the bundle and the single file, and reports sizes against the
/// budget.
pub fn build(options: &BuildOptions) -> TaskResult {
    setup::build_tools()?;
    // Trunk builds offline (so it never downloads tools): fetch crates first.
    run(Command::new("cargo").args(["fetch"]))?;
    trunk_build(options)?;
    sizes::report(&options.dist)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn options_default_to_dist() {
        assert_eq!(BuildOptions::parse(&[]).unwrap(), BuildOptions::default());
    }

    #[test]
    fn dist_is_read() {
        let o = BuildOptions::parse(&args(&["--dist", "/tmp/d"])).unwrap();
        assert_eq!(o.dist, PathBuf::from("/tmp/d"));
    }

    #[test]
    fn unknown_or_incomplete_arguments_are_refused() {
        assert!(BuildOptions::parse(&args(&["--features", "search"])).is_err());
        assert!(BuildOptions::parse(&args(&["--dist"])).is_err());
    }
}
