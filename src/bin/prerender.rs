//! Prints the page at the start address as markup (see
//! [`summit_explorer::views::prerender`]), for the build to write into `index.html`.

use std::io::{self, Write};
use std::process::ExitCode;

fn main() -> ExitCode {
    // It takes no arguments: one given is a mistake worth saying (args_os: any bytes at all).
    if let Some(arg) = std::env::args_os().nth(1) {
        return fail(&format!(
            "unexpected argument {:?}: prerender takes none",
            arg.to_string_lossy()
        ));
    }
    let corpus = match summit_explorer::data::corpus() {
        Ok(c) => c,
        Err(e) => return fail(&format!("the embedded corpus does not read: {e}")),
    };
    let html = summit_explorer::views::prerender::page_html(corpus);
    exit_after_writing(io::stdout().lock().write_all(html.as_bytes()))
}

/// Prints `prerender: <message>` to stderr (a closed stderr is ignored) and fails.
fn fail(message: &str) -> ExitCode {
    let _ = writeln!(io::stderr().lock(), "prerender: {message}");
    ExitCode::FAILURE
}

/// The exit code once the markup is written: success also when the reader stopped early (a
/// closed pipe: it wanted no more), a failure with a message for any other error.
fn exit_after_writing(written: io::Result<()>) -> ExitCode {
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => fail(&format!("writing the markup: {e}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reader_that_stopped_early_is_no_failure_but_a_full_disk_is() {
        assert_eq!(exit_after_writing(Ok(())), ExitCode::SUCCESS);
        let closed = io::Error::from(io::ErrorKind::BrokenPipe);
        assert_eq!(exit_after_writing(Err(closed)), ExitCode::SUCCESS);
        let full = io::Error::other("no space left on device");
        assert_eq!(exit_after_writing(Err(full)), ExitCode::FAILURE);
    }
}
