//! Prints the page at the start address as markup (see
//! [`summit_explorer::views::prerender`]), for the build to write into `index.html`.

use std::io::Write;
use std::process::ExitCode;

fn main() -> ExitCode {
    let corpus = match summit_explorer::data::corpus() {
        Ok(c) => c,
        Err(e) => {
            eprintln!("prerender: the embedded corpus does not read: {e}");
            return ExitCode::FAILURE;
        }
    };
    let html = summit_explorer::views::prerender::page_html(corpus);
    match std::io::stdout().write_all(html.as_bytes()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("prerender: writing the markup: {e}");
            ExitCode::FAILURE
        }
    }
}
