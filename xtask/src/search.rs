//! `cargo xtask search "query" [--json] [--typing] [--limit N] [--date]`: the app's search
//! engine on the command line, for scripts and benchmarks.

use crate::{root, TaskResult};
use summit_core::search::{segments, MatchKind, SearchIndex, SearchOptions, SearchResults, SortBy};
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

/// Prints results as text.
fn print_text(query: &str, r: &SearchResults) {
    println!(
        "{query:?}: {} passages in {} letters",
        r.total_passages, r.total_letters
    );
    for n in &r.notices {
        println!("  notice: {n:?}");
    }
    if r.total_passages == 0 && !r.suggestions.is_empty() {
        println!("  did you mean: {}", r.suggestions.join(", "));
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
        println!(
            "{:7.3}  #/brief/{}/p/{}  ({})",
            h.score,
            h.letter,
            h.n,
            kinds.join(",")
        );
        println!("         {}", bracketed(&h.snippet, &h.snippet_marks));
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
    if json {
        println!(
            "{}",
            serde_json::to_string_pretty(&results).map_err(|e| e.to_string())?
        );
    } else {
        print_text(&query, &results);
    }
    Ok(())
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
}
