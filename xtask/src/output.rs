//! What the tasks print: lines to stdout that end the task quietly when its reader has gone
//! (`cargo xtask sizes --why | head`), where `println!` would panic on the closed pipe, and
//! messages to stderr that never panic.

use std::fmt;
use std::io::{self, Write};
use std::process::ExitCode;

/// Prints a line to stdout like `println!`; when the reader has closed the pipe the task ends
/// there, quietly and successfully (there is no one left to tell).
macro_rules! say {
    () => {
        $crate::output::line(format_args!(""))
    };
    ($($arg:tt)*) => {
        $crate::output::line(format_args!($($arg)*))
    };
}
pub(crate) use say;

/// What became of a write.
#[derive(Debug, PartialEq, Eq)]
pub enum Written {
    /// It was written.
    Done,
    /// The reader has gone (a closed pipe): the output is no longer wanted.
    ReaderGone,
    /// Writing failed for another reason (a full disk).
    Failed(String),
}

impl Written {
    /// Sorts the result of a write.
    pub fn of(result: io::Result<()>) -> Written {
        match result {
            Ok(()) => Written::Done,
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Written::ReaderGone,
            Err(e) => Written::Failed(format!("writing the output: {e}")),
        }
    }
}

/// Writes `args` and a line end to `out`.
pub fn write_line(out: &mut impl Write, args: fmt::Arguments) -> Written {
    Written::of(out.write_fmt(args).and_then(|()| out.write_all(b"\n")))
}

/// Writes a line to stdout ([`say!`]): a closed pipe ends the task with success, any other
/// failure ends it with a message.
pub fn line(args: fmt::Arguments) {
    match write_line(&mut io::stdout().lock(), args) {
        Written::Done => {}
        Written::ReaderGone => std::process::exit(0),
        Written::Failed(why) => {
            error(&why);
            std::process::exit(1);
        }
    }
}

/// Prints `error: <message>` to stderr; a closed stderr is ignored (`eprintln!` would panic).
pub fn error(message: &str) {
    let _ = writeln!(io::stderr().lock(), "error: {message}");
}

/// The exit code of a task that ended with `result`, its error printed.
pub fn exit_code(result: Result<(), String>) -> ExitCode {
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            error(&e);
            ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A pipe whose reader has gone.
    struct ClosedPipe;

    impl Write for ClosedPipe {
        fn write(&mut self, _: &[u8]) -> io::Result<usize> {
            Err(io::ErrorKind::BrokenPipe.into())
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    /// A disk that is full.
    struct FullDisk;

    impl Write for FullDisk {
        fn write(&mut self, _: &[u8]) -> io::Result<usize> {
            Err(io::Error::other("no space left on device"))
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn a_line_is_written_with_its_end() {
        let mut out = Vec::new();
        assert_eq!(
            write_line(&mut out, format_args!("{} KB", 12)),
            Written::Done
        );
        assert_eq!(out, b"12 KB\n");
    }

    #[test]
    fn a_closed_pipe_means_the_reader_has_gone() {
        assert_eq!(
            write_line(&mut ClosedPipe, format_args!("x")),
            Written::ReaderGone
        );
    }

    #[test]
    fn any_other_failure_to_write_is_an_error_that_says_so() {
        assert_eq!(
            write_line(&mut FullDisk, format_args!("x")),
            Written::Failed("writing the output: no space left on device".into())
        );
    }
}
