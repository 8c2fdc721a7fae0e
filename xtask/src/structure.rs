//! The structure check that `cargo xtask test` runs first (and `cargo xtask structure` alone):
//! no import cycle between the modules of a crate, no source file over [`MAX_SOURCE_LINES`]
//! lines, no tracked file over [`MAX_FILE_BYTES`] that `.gitattributes` does not declare as
//! data. It prints every finding and fails when there is one.
//!
//! Imports are read as text: every `crate::…`, `super::…` and `self::…` path of a file
//! (in `use` items and in code, `{…}` groups expanded) names the module file it reaches. A
//! module's use of its own ancestors (`super::`, or a path to a parent module) is part of being
//! that module's child and is not an arrow; a parent's use of its children is. So a cycle is a
//! loop between modules that stand side by side, such as `context → route → views::glossary →
//! context`.

use crate::output::say;
use crate::{root, TaskResult};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;

/// The most lines a source file may have: past this a file holds more than one concept.
pub const MAX_SOURCE_LINES: usize = 700;
/// The largest tracked file that is not declared data (`data` in `.gitattributes`).
pub const MAX_FILE_BYTES: u64 = 1 << 20;
/// The crates whose module graphs are checked: (name, folder of `lib.rs`/`main.rs`).
const CRATES: [(&str, &str); 3] = [
    ("summit-explorer", "src"),
    ("summit-core", "core/src"),
    ("xtask", "xtask/src"),
];
/// File endings that are source code, for the line limit.
const SOURCE_ENDINGS: [&str; 6] = ["rs", "js", "mjs", "css", "html", "toml"];

/// Runs the check; fails with a summary when anything was found.
pub fn check() -> TaskResult {
    let findings = findings(&root())?;
    if findings.is_empty() {
        say!(
            "structure: no import cycle, no source file over {MAX_SOURCE_LINES} lines, no \
             undeclared file over {} KB",
            MAX_FILE_BYTES / 1024
        );
        return Ok(());
    }
    for f in &findings {
        say!("structure: {f}");
    }
    Err(format!(
        "the structure check found {} problems",
        findings.len()
    ))
}

/// Everything the check finds in the checkout at `root`, one line each.
pub fn findings(root: &Path) -> TaskResult<Vec<String>> {
    let tracked = tracked_files(root)?;
    let data = declared_data(root, &tracked)?;
    let mut out = Vec::new();
    for file in &tracked {
        if data.contains(file) {
            continue;
        }
        let path = root.join(file);
        let Ok(meta) = std::fs::metadata(&path) else {
            continue;
        };
        if meta.len() > MAX_FILE_BYTES {
            out.push(format!(
                "{file} is {} KB and not declared as data in .gitattributes",
                meta.len() / 1024
            ));
            continue;
        }
        let is_source = Path::new(file)
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| SOURCE_ENDINGS.contains(&e));
        if is_source {
            let lines = std::fs::read_to_string(&path)
                .map(|t| t.lines().count())
                .unwrap_or(0);
            if lines > MAX_SOURCE_LINES {
                out.push(format!(
                    "{file} has {lines} lines (at most {MAX_SOURCE_LINES}): split it by concept"
                ));
            }
        }
    }
    for (name, dir) in CRATES {
        for cycle in import_cycles(&root.join(dir))? {
            out.push(format!("import cycle in {name}: {}", cycle.join(" → ")));
        }
    }
    Ok(out)
}

/// The files git tracks (paths relative to `root`).
fn tracked_files(root: &Path) -> TaskResult<Vec<String>> {
    let out = Command::new("git")
        .args(["ls-files", "-z"])
        .current_dir(root)
        .output()
        .map_err(|e| format!("git ls-files: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "git ls-files failed: {}",
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    Ok(String::from_utf8_lossy(&out.stdout)
        .split('\0')
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect())
}

/// The files that `.gitattributes` marks with the `data` attribute (texts kept as they are,
/// snapshots, lock files).
fn declared_data(root: &Path, files: &[String]) -> TaskResult<BTreeSet<String>> {
    use std::io::Write;
    let mut child = Command::new("git")
        .args(["check-attr", "-z", "--stdin", "data"])
        .current_dir(root)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .map_err(|e| format!("git check-attr: {e}"))?;
    let mut input = Vec::new();
    for f in files {
        input.extend_from_slice(f.as_bytes());
        input.push(0);
    }
    let mut stdin = child.stdin.take().ok_or("git check-attr: no stdin")?;
    let writer = std::thread::spawn(move || stdin.write_all(&input));
    let out = child
        .wait_with_output()
        .map_err(|e| format!("git check-attr: {e}"))?;
    let _ = writer.join();
    // Output: path NUL attribute NUL value NUL, for each path.
    let text = String::from_utf8_lossy(&out.stdout);
    let parts: Vec<&str> = text.split('\0').collect();
    Ok(parts
        .chunks(3)
        .filter(|c| c.len() == 3 && c[2] == "set")
        .map(|c| c[0].to_string())
        .collect())
}

/// A module of a crate: its path from the crate root (`views::glossary`) and its file.
type Modules = BTreeMap<Vec<String>, PathBuf>;

/// Every module file of the crate whose root folder is `dir`, by module path.
fn modules(dir: &Path) -> Modules {
    let mut out = Modules::new();
    let mut stack = vec![(dir.to_path_buf(), Vec::<String>::new())];
    while let Some((folder, prefix)) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&folder) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let name = entry.file_name().to_string_lossy().into_owned();
            if path.is_dir() {
                let mut p = prefix.clone();
                p.push(name);
                stack.push((path, p));
            } else if let Some(stem) = name.strip_suffix(".rs") {
                let mut p = prefix.clone();
                if !matches!(stem, "mod" | "lib" | "main") || !prefix.is_empty() && stem != "mod" {
                    p.push(stem.to_string());
                }
                // `bin/…` programs are crates of their own.
                if p.first().is_some_and(|s| s == "bin") {
                    continue;
                }
                out.entry(p).or_insert(path);
            }
        }
    }
    out
}

/// Import cycles among the modules under `dir`, each as its files' paths (relative to `dir`),
/// closed by its first.
pub fn import_cycles(dir: &Path) -> TaskResult<Vec<Vec<String>>> {
    let modules = modules(dir);
    let mut edges: BTreeMap<&Vec<String>, BTreeSet<&Vec<String>>> = BTreeMap::new();
    for (module, file) in &modules {
        let text = std::fs::read_to_string(file)
            .map_err(|e| format!("reading {}: {e}", file.display()))?;
        let targets = edges.entry(module).or_default();
        let children: BTreeSet<String> = modules
            .keys()
            .filter(|m| m.len() == module.len() + 1 && m.starts_with(module))
            .filter_map(|m| m.last().cloned())
            .collect();
        for path in imported_paths(&without_comments(&text), &children) {
            let absolute = match resolve(module, &path) {
                Some(p) => p,
                None => continue,
            };
            // The longest module prefix of the path: the file it reaches.
            let Some((target, _)) = (0..=absolute.len())
                .rev()
                .find_map(|n| modules.get_key_value(&absolute[..n]))
            else {
                continue;
            };
            let is_ancestor_or_self = module.starts_with(target);
            if !is_ancestor_or_self {
                targets.insert(target);
            }
        }
    }
    let rel = |m: &Vec<String>| {
        modules[m]
            .strip_prefix(dir)
            .unwrap_or(&modules[m])
            .display()
            .to_string()
    };
    Ok(strongly_connected(&edges)
        .into_iter()
        .filter(|c| c.len() > 1)
        .map(|component| {
            let mut cycle = one_cycle(&edges, &component);
            if let Some(first) = cycle.first().cloned() {
                cycle.push(first);
            }
            cycle.into_iter().map(rel).collect()
        })
        .collect())
}

/// The module path that `path` (as written in `module`) names from the
/// crate root; `None` for paths into other crates.
fn resolve(module: &[String], path: &[String]) -> Option<Vec<String>> {
    // The module whose items `self::` names; `super::` names its parent.
    let mut base: Vec<String> = module.to_vec();
    let mut rest = path;
    match rest.first().map(String::as_str) {
        Some("crate") => {
            base.clear();
            rest = &rest[1..];
        }
        Some("self") => rest = &rest[1..],
        Some("super") => {
            while rest.first().is_some_and(|s| s == "super") {
                base.pop()?;
                rest = &rest[1..];
            }
        }
        _ => return None,
    }
    base.extend(rest.iter().cloned());
    Some(base)
}

/// The text with `//` and `/* */` comments, string literals (raw ones too) and character
/// literals blanked out (imports in a doc comment or a string are not imports; a `'"'` must not
/// open a string).
fn without_comments(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        match c {
            '/' if next == Some('/') => {
                while i < chars.len() && chars[i] != '\n' {
                    i += 1;
                }
                continue;
            }
            '/' if next == Some('*') => {
                i += 2;
                while i + 1 < chars.len() && !(chars[i] == '*' && chars[i + 1] == '/') {
                    i += 1;
                }
                i += 2;
                out.push(' ');
                continue;
            }
            'r' if (next == Some('"') || next == Some('#'))
                && (i == 0 || !chars[i - 1].is_alphanumeric() && chars[i - 1] != '_') =>
            {
                // r"…" or r#"…"#: ends at a quote followed by as many hashes.
                let mut j = i + 1;
                let mut hashes = 0;
                while chars.get(j) == Some(&'#') {
                    hashes += 1;
                    j += 1;
                }
                if chars.get(j) == Some(&'"') {
                    j += 1;
                    while j < chars.len() {
                        if chars[j] == '"' && (1..=hashes).all(|h| chars.get(j + h) == Some(&'#')) {
                            j += 1 + hashes;
                            break;
                        }
                        j += 1;
                    }
                    out.push_str("\"\"");
                    i = j;
                    continue;
                }
            }
            '"' => {
                i += 1;
                while i < chars.len() && chars[i] != '"' {
                    if chars[i] == '\\' {
                        i += 1;
                    }
                    i += 1;
                }
                i += 1;
                out.push_str("\"\"");
                continue;
            }
            '\'' => {
                // A character literal ('x', '\n', '\u{…}'); anything else is a lifetime.
                let end = if next == Some('\\') {
                    (i + 2..chars.len().min(i + 12)).find(|&j| chars[j] == '\'')
                } else if chars.get(i + 2) == Some(&'\'') {
                    Some(i + 2)
                } else {
                    None
                };
                if let Some(end) = end {
                    out.push_str("' '");
                    i = end + 1;
                    continue;
                }
            }
            _ => {}
        }
        out.push(c);
        i += 1;
    }
    out
}

/// Every path that starts with `crate`, `self` or `super`, or with the name of one of
/// `children` (the module's own submodules, which it may name without `self::`), in `code`,
/// `{…}` groups expanded: `crate::a::{b, c::D}` gives `crate::a::b` and `crate::a::c::D`.
fn imported_paths(code: &str, children: &BTreeSet<String>) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let bytes = code.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let starts_word = i == 0 || !is_ident(bytes[i - 1]) && bytes[i - 1] != b':';
        let word_end = (i..bytes.len())
            .find(|&j| !is_ident(bytes[j]))
            .unwrap_or(bytes.len());
        let word = &code[i..word_end];
        let is_head = matches!(word, "crate" | "self" | "super") || children.contains(word);
        if starts_word && is_head && code[word_end..].starts_with("::") {
            let (paths, end) = path_tree(code, i);
            for mut p in paths {
                if children.contains(word) {
                    p.insert(0, "self".into());
                }
                out.push(p);
            }
            i = end.max(word_end + 2);
        } else {
            i = word_end.max(i + 1);
            while !code.is_char_boundary(i) {
                i += 1;
            }
        }
    }
    out
}

/// True for the bytes of an identifier.
fn is_ident(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// The paths of the use tree that starts at `start`, and where it ends.
fn path_tree(code: &str, start: usize) -> (Vec<Vec<String>>, usize) {
    let bytes = code.as_bytes();
    let mut prefix: Vec<String> = Vec::new();
    let mut i = start;
    loop {
        while i < bytes.len() && bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        if i < bytes.len() && bytes[i] == b'{' {
            // A group: each member is a tree of its own under the prefix.
            let mut out = Vec::new();
            i += 1;
            loop {
                while i < bytes.len() && (bytes[i].is_ascii_whitespace() || bytes[i] == b',') {
                    i += 1;
                }
                if i >= bytes.len() || bytes[i] == b'}' {
                    return (out, i + 1);
                }
                let (inner, end) = path_tree(code, i);
                if end <= i {
                    return (out, i + 1);
                }
                for p in inner {
                    let mut full = prefix.clone();
                    full.extend(p);
                    out.push(full);
                }
                i = end;
            }
        }
        let begin = i;
        while i < bytes.len() && is_ident(bytes[i]) {
            i += 1;
        }
        if i == begin {
            // `*`, or the end of the path.
            if i < bytes.len() && bytes[i] == b'*' {
                i += 1;
            }
            return (vec![prefix], i);
        }
        prefix.push(code[begin..i].to_string());
        if code[i..].starts_with("::") {
            i += 2;
        } else {
            return (vec![prefix], i);
        }
    }
}

/// The strongly connected components of the graph (Tarjan's algorithm; recursive, as module
/// graphs are shallow).
fn strongly_connected<'a>(
    edges: &BTreeMap<&'a Vec<String>, BTreeSet<&'a Vec<String>>>,
) -> Vec<Vec<&'a Vec<String>>> {
    struct State<'a> {
        index: BTreeMap<&'a Vec<String>, usize>,
        low: BTreeMap<&'a Vec<String>, usize>,
        on_stack: BTreeSet<&'a Vec<String>>,
        stack: Vec<&'a Vec<String>>,
        out: Vec<Vec<&'a Vec<String>>>,
    }
    fn visit<'a>(
        v: &'a Vec<String>,
        edges: &BTreeMap<&'a Vec<String>, BTreeSet<&'a Vec<String>>>,
        s: &mut State<'a>,
    ) {
        let n = s.index.len();
        s.index.insert(v, n);
        s.low.insert(v, n);
        s.stack.push(v);
        s.on_stack.insert(v);
        for &w in edges.get(v).into_iter().flatten() {
            if !s.index.contains_key(w) {
                visit(w, edges, s);
                let lw = s.low[w];
                let lv = s.low.get_mut(v).expect("visited");
                *lv = (*lv).min(lw);
            } else if s.on_stack.contains(w) {
                let iw = s.index[w];
                let lv = s.low.get_mut(v).expect("visited");
                *lv = (*lv).min(iw);
            }
        }
        if s.low[v] == s.index[v] {
            let mut component = Vec::new();
            while let Some(w) = s.stack.pop() {
                s.on_stack.remove(w);
                component.push(w);
                if w == v {
                    break;
                }
            }
            s.out.push(component);
        }
    }
    let mut s = State {
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        on_stack: BTreeSet::new(),
        stack: Vec::new(),
        out: Vec::new(),
    };
    for &v in edges.keys() {
        if !s.index.contains_key(v) {
            visit(v, edges, &mut s);
        }
    }
    s.out
}

/// One loop through a strongly connected component, from its smallest module back to it.
fn one_cycle<'a>(
    edges: &BTreeMap<&'a Vec<String>, BTreeSet<&'a Vec<String>>>,
    component: &[&'a Vec<String>],
) -> Vec<&'a Vec<String>> {
    let inside: BTreeSet<&Vec<String>> = component.iter().copied().collect();
    let Some(&start) = inside.iter().next() else {
        return Vec::new();
    };
    // Breadth-first from start to a module with an arrow back to start.
    let mut came_from: BTreeMap<&Vec<String>, &Vec<String>> = BTreeMap::new();
    let mut queue = std::collections::VecDeque::from([start]);
    while let Some(v) = queue.pop_front() {
        for &w in edges.get(v).into_iter().flatten() {
            if w == start {
                let mut path = vec![v];
                let mut at = v;
                while let Some(&p) = came_from.get(at) {
                    path.push(p);
                    at = p;
                }
                path.reverse();
                return path;
            }
            if inside.contains(w) && !came_from.contains_key(w) && w != start {
                came_from.insert(w, v);
                queue.push_back(w);
            }
        }
    }
    component.to_vec()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paths(code: &str) -> Vec<String> {
        let children = BTreeSet::from(["child".to_string()]);
        imported_paths(code, &children)
            .iter()
            .map(|p| p.join("::"))
            .collect()
    }

    #[test]
    fn use_groups_are_expanded() {
        assert_eq!(
            paths("use crate::a::{b, c::{D, E}, f::*};"),
            [
                "crate::a::b",
                "crate::a::c::D",
                "crate::a::c::E",
                "crate::a::f"
            ]
        );
        assert_eq!(
            paths("let x = super::super::x::Y::new(); use self::z; use child::A; other::B;"),
            ["super::super::x::Y::new", "self::z", "self::child::A"]
        );
    }

    #[test]
    fn comments_and_strings_are_not_imports() {
        let code =
            "/// see crate::a::B\n// crate::c\nlet s = \"crate::d\"; /* crate::e */ crate::f::G;";
        assert_eq!(paths(&without_comments(code)), ["crate::f::G"]);
    }

    /// Writes a crate of `files` (path, text) into a fresh folder and returns its cycles.
    fn cycles_of(name: &str, files: &[(&str, &str)]) -> Vec<Vec<String>> {
        let dir = std::env::temp_dir().join(format!("structure-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        for (path, text) in files {
            let p = dir.join(path);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(p, text).unwrap();
        }
        let found = import_cycles(&dir).unwrap();
        let _ = std::fs::remove_dir_all(&dir);
        found
    }

    #[test]
    fn a_loop_between_sibling_modules_is_a_cycle() {
        let found = cycles_of(
            "loop",
            &[
                ("lib.rs", "mod context; mod route; mod views;"),
                ("context.rs", "use crate::route::Route;"),
                ("route.rs", "use crate::views::glossary::Glossary;"),
                ("views/mod.rs", "pub mod glossary;"),
                ("views/glossary/mod.rs", "use crate::{context::Nav, route};"),
            ],
        );
        assert_eq!(
            found,
            [[
                "context.rs",
                "route.rs",
                "views/glossary/mod.rs",
                "context.rs"
            ]]
        );
    }

    #[test]
    fn a_child_using_its_parent_is_no_cycle() {
        let found = cycles_of(
            "child",
            &[
                ("lib.rs", "mod extract;"),
                (
                    "extract/mod.rs",
                    "mod themes; pub use themes::Themes; pub struct Seeds;",
                ),
                (
                    "extract/themes.rs",
                    "use super::Seeds; #[cfg(test)] mod t { use super::*; }",
                ),
            ],
        );
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_loop_through_a_parent_and_another_module_is_a_cycle() {
        let found = cycles_of(
            "parent",
            &[
                ("lib.rs", "mod extract; mod ingest;"),
                ("extract/mod.rs", "mod themes; pub use themes::Themes;"),
                ("extract/themes.rs", "use crate::ingest::IngestError;"),
                ("ingest/mod.rs", "use crate::extract::Seeds;"),
            ],
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].len(), 4, "{found:?}");
    }
}
