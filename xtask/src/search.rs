//! `cargo xtask search "query" [--json] [--typing] [--limit N] [--date]`: the app's search
//! engine on the command line, for scripts and benchmarks.

use crate::{root, TaskResult};
use std::io::Write;
use summit_core::search::{
    segments, MatchKind, MatchedIn, SearchIndex, SearchOptions, SearchResults, SortBy,
};
use summit_core::Corpus;

/// The corpus and its index from `seeds/`, through the pipeline the build step runs.
pub fn load() -> TaskResult<(Corpus, SearchIndex)> {
    let bundle = summit_core::pipeline::build(&root().join("seeds")).map_err(|e| e.to_string())?;
    Ok((bundle.corpus, bundle.index))
}

/// The snippet with its marks shown as `[word]`.
fn bracketed(snippet: &str, marks: &[summit_core::TextRange]) -> String {
    segments(snippet, marks)
        .map(|(piece, marked)| {
            if marked {
                format!("[{piece}]")
            } else {
                piece.to_string()
            }
        })
        .collect()
}

/// Writes results as text.
fn print_text(out: &mut impl Write, query: &str, r: &SearchResults) -> std::io::Result<()> {
    writeln!(
        out,
        "{query:?}: {} passages in {} letters",
        r.total_passages, r.total_letters
    )?;
    for n in &r.notices {
        writeln!(out, "  notice: {n:?}")?;
    }
    if r.total_passages == 0 && !r.suggestions.is_empty() {
        writeln!(out, "  did you mean: {}", r.suggestions.join(", "))?;
    }
    for h in &r.hits {
        let kinds: Vec<&str> = h
            .matches
            .iter()
            .map(|m| match m.kind {
                MatchKind::Exact => "exact",
                MatchKind::Stem => "stem",
                MatchKind::Synonym => "synonym",
                MatchKind::Part => "part",
                MatchKind::Prefix => "prefix",
                MatchKind::Fuzzy => "fuzzy",
            })
            .collect();
        let only_in = match h.only_in {
            Some(MatchedIn::Heading) => "; in the heading",
            Some(MatchedIn::Title) => "; in the title",
            None => "",
        };
        writeln!(
            out,
            "{:7.3}  #/brief/{}/p/{}  ({}{only_in})",
            h.score,
            h.letter,
            h.n,
            kinds.join(",")
        )?;
        writeln!(out, "         {}", bracketed(&h.snippet, &h.snippet_marks))?;
    }
    Ok(())
}

/// Writes the results to standard output; a reader that stops early (`… | head`) ends the
/// output quietly, any other failure to write is an error.
fn write_results(
    mut out: impl Write,
    json: bool,
    query: &str,
    results: &SearchResults,
) -> TaskResult {
    let written = if json {
        serde_json::to_writer_pretty(&mut out, results)
            .map_err(std::io::Error::from)
            .and_then(|()| writeln!(out))
    } else {
        print_text(&mut out, query, results)
    }
    .and_then(|()| out.flush());
    match written {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            Err(format!("writing the results: {e}"))
        }
        _ => Ok(()),
    }
}

/// Runs the task.
pub fn search(args: &[String]) -> TaskResult {
    let mut query = None;
    let mut json = false;
    let mut options = SearchOptions {
        limit: 20,
        ..Default::default()
    };
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--json" => json = true,
            "--typing" => options.typing = true,
            "--date" => options.sort = SortBy::Date,
            "--limit" => {
                let v = it.next().ok_or("--limit needs a number")?;
                options.limit = v.parse().map_err(|_| format!("not a number: {v}"))?;
            }
            q if query.is_none() => query = Some(q.to_string()),
            other => return Err(format!("unexpected argument {other:?}")),
        }
    }
    let query =
        query.ok_or("usage: cargo xtask search QUERY [--json] [--typing] [--date] [--limit N]")?;
    let (corpus, index) = load()?;
    let results = index.search(&corpus, &query, &options);
    write_results(std::io::stdout().lock(), json, &query, &results)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_are_bracketed() {
        let r = |s, e| summit_core::TextRange { start: s, end: e };
        assert_eq!(
            bracketed("steun aan Oekraïne", &[r(0, 5), r(10, 19)]),
            "[steun] aan [Oekraïne]"
        );
    }

    /// A reader that has gone away (`… | head`).
    struct ClosedPipe;

    impl Write for ClosedPipe {
        fn write(&mut self, _: &[u8]) -> std::io::Result<usize> {
            Err(std::io::ErrorKind::BrokenPipe.into())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn a_closed_pipe_ends_the_output_quietly() {
        let (corpus, index) = load().unwrap();
        let r = index.search(&corpus, "NAVO", &SearchOptions::default());
        assert_eq!(write_results(ClosedPipe, false, "NAVO", &r), Ok(()));
        assert_eq!(write_results(ClosedPipe, true, "NAVO", &r), Ok(()));
    }

    #[test]
    fn results_print_as_text_with_where_they_matched() {
        let (corpus, index) = load().unwrap();
        let r = index.search(&corpus, "Overige onderwerpen", &SearchOptions::default());
        let mut out = Vec::new();
        print_text(&mut out, "Overige onderwerpen", &r).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(text.starts_with("\"Overige onderwerpen\": "), "{text}");
        assert!(text.contains("; in the heading)"), "{text}");
    }
}
