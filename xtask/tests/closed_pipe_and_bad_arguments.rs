//! The task runner as a person meets it on the command line: output piped into a reader that
//! stops early (`cargo xtask sizes --why | head`), and an argument that is not UTF-8.
#![cfg(unix)]

use std::ffi::OsStr;
use std::os::unix::ffi::OsStrExt;
use std::process::{Command, Stdio};

/// The task runner binary cargo built for these tests.
fn xtask() -> Command {
    Command::new(env!("CARGO_BIN_EXE_xtask"))
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
    let out = xtask()
        .arg("help")
        .stdout(closed_pipe())
        .stderr(Stdio::piped())
        .output()
        .expect("the task runner starts");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{:?}: {stderr}", out.status);
    assert_eq!(stderr, "", "nothing to say when the reader has gone");
}

#[test]
fn an_argument_that_is_not_utf8_is_named_in_the_message() {
    let out = xtask()
        .arg("search")
        .arg(OsStr::from_bytes(b"Oekra\xefne"))
        .output()
        .expect("the task runner starts");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("not valid UTF-8: \"Oekra\u{fffd}ne\""),
        "{stderr}"
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(out.stdout.is_empty());
}
