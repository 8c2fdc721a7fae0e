//! The examples as a person runs them: output piped into a reader that stops early
//! (`… --example dump | head`), and an argument that is not UTF-8. Runs the example binaries
//! `cargo test` builds beside the test binaries.
#![cfg(unix)]

use std::ffi::OsStr;
use std::os::unix::ffi::OsStrExt;
use std::path::PathBuf;
use std::process::{Command, Stdio};

/// The built example `name` (`target/<profile>/examples/<name>`, beside this test's `deps/`).
fn example(name: &str) -> Command {
    let exe = std::env::current_exe().expect("the test binary's path");
    let path: PathBuf = exe
        .parent()
        .and_then(|deps| deps.parent())
        .expect("the test binary lies in <profile>/deps")
        .join("examples")
        .join(name);
    assert!(
        path.exists(),
        "{} is not built: `cargo test -p summit-core` builds the examples with the tests",
        path.display()
    );
    Command::new(path)
}

/// The writing end of a pipe whose reader has already gone: a child's stdin, after the child
/// (which never read it) has exited. Writing to it fails with a broken pipe, every time.
fn closed_pipe() -> Stdio {
    let mut reader = Command::new("true")
        .stdin(Stdio::piped())
        .spawn()
        .expect("`true` runs");
    let writer = reader.stdin.take().expect("a pipe to the child");
    reader.wait().expect("`true` ends");
    Stdio::from(writer)
}

#[test]
fn output_into_a_closed_pipe_ends_quietly() {
    let out = example("dump")
        .stdout(closed_pipe())
        .stderr(Stdio::piped())
        .output()
        .expect("the example starts");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{:?}: {stderr}", out.status);
    assert_eq!(stderr, "", "nothing to say when the reader has gone");
}

#[test]
fn an_argument_that_is_not_utf8_is_named_in_the_message() {
    for name in ["dump", "themes"] {
        let out = example(name)
            .arg(OsStr::from_bytes(b"oekra\xefne-brief"))
            .output()
            .expect("the example starts");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{name}: {stderr}");
        assert!(
            stderr.contains("the argument \"oekra\u{fffd}ne-brief\" is not valid UTF-8"),
            "{name}: {stderr}"
        );
        assert!(!stderr.contains("panicked"), "{name}: {stderr}");
        assert!(out.stdout.is_empty(), "{name}");
    }
}

#[test]
fn an_example_without_arguments_refuses_one() {
    let out = example("figures")
        .arg(OsStr::from_bytes(b"\xff"))
        .output()
        .expect("the example starts");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("unexpected argument \"\u{fffd}\""),
        "{stderr}"
    );
}
