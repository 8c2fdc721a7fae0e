//! What the examples share as command-line programs: arguments read without the panic
//! `std::env::args` gives on one that is not UTF-8, and output that ends quietly when its reader
//! stops early (`… --example dump | head`), where `println!` would panic on the closed pipe.

// Each example includes this file and uses the part it needs.
#![allow(dead_code)]

use std::io::{self, BufWriter, Write};
use std::process::ExitCode;

/// The example's single optional argument; more than one, or one that is not UTF-8, is refused
/// with a message that shows it.
pub fn optional_argument(usage: &str) -> Result<Option<String>, String> {
    let mut args = std::env::args_os().skip(1);
    let first = args
        .next()
        .map(|a| {
            a.into_string().map_err(|bad| {
                format!(
                    "the argument {:?} is not valid UTF-8; give it in UTF-8\nusage: {usage}",
                    bad.to_string_lossy()
                )
            })
        })
        .transpose()?;
    match args.next() {
        Some(extra) => Err(format!(
            "unexpected argument {:?}\nusage: {usage}",
            extra.to_string_lossy()
        )),
        None => Ok(first),
    }
}

/// Refuses any argument (for an example that takes none).
pub fn no_arguments(usage: &str) -> Result<(), String> {
    match std::env::args_os().nth(1) {
        Some(a) => Err(format!(
            "unexpected argument {:?}\nusage: {usage}",
            a.to_string_lossy()
        )),
        None => Ok(()),
    }
}

/// Standard output, buffered: the examples print many short lines.
pub fn stdout() -> BufWriter<io::StdoutLock<'static>> {
    BufWriter::new(io::stdout().lock())
}

/// Prints `error: <message>` to stderr (ignoring a closed stderr) and fails.
pub fn fail(message: &str) -> ExitCode {
    let _ = writeln!(io::stderr().lock(), "error: {message}");
    ExitCode::FAILURE
}

/// The exit code once the output is written: success also when the reader had gone (a closed
/// pipe: the output was no longer wanted), a failure with a message for any other error.
pub fn finish(written: io::Result<()>) -> ExitCode {
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => fail(&format!("writing the output: {e}")),
    }
}
