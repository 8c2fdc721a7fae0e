//! What the release wasm is made of: code by crate and by function, data, and the rest.
//!
//! `cargo xtask sizes --why` builds the app's release wasm as Trunk does, runs wasm-bindgen and
//! then wasm-opt with the same flags as `index.html` asks of Trunk, but keeping the function names
//! (`-g`), and reads the result: each function body's size under its demangled name, each data
//! segment, each other section. Sizes are of the optimised module, so they are what ships, less
//! the name section itself (which the shipped build strips).
//!
//! A function is counted under the crate its demangled path starts with; for a trait method
//! (`<T as Trait>::f`) the crate of `T`. Generic code monomorphised for the app's types is
//! counted under the crate that defines it (`core::iter::…` instantiated by a view is `core`):
//! the top functions list shows which ones they are.

use crate::output::say;
use crate::{root, run, TaskResult};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use wasmparser::{KnownCustom, Name, Parser, Payload};

/// How many functions the report lists.
const TOP_FUNCTIONS: usize = 30;

/// How many crates the report lists.
const TOP_CRATES: usize = 25;

/// One function of the module: its demangled name and body size in bytes.
#[derive(Debug, Clone, PartialEq)]
pub struct FunctionSize {
    /// Demangled name without hash, or `func[i]` where the module has no name for it.
    pub name: String,
    /// Size of the body in the code section.
    pub bytes: usize,
}

/// The parts of a module, in bytes.
#[derive(Debug, Default)]
pub struct Anatomy {
    /// Whole module.
    pub total: usize,
    /// Function bodies, each with its name.
    pub functions: Vec<FunctionSize>,
    /// Data segments (read-only data: strings, tables, the embedded corpus).
    pub data: usize,
    /// The largest data segments, in bytes.
    pub data_segments: Vec<usize>,
    /// Custom sections (the name section among them), by name.
    pub custom: Vec<(String, usize)>,
}

impl Anatomy {
    /// Reads a wasm module.
    pub fn read(wasm: &[u8]) -> Result<Anatomy, String> {
        let mut out = Anatomy {
            total: wasm.len(),
            ..Default::default()
        };
        let mut imported_functions = 0u32;
        let mut bodies = Vec::new();
        let mut names = BTreeMap::new();
        for payload in Parser::new(0).parse_all(wasm) {
            match payload.map_err(|e| format!("reading the wasm: {e}"))? {
                Payload::ImportSection(imports) => {
                    for import in imports.into_imports() {
                        let import = import.map_err(|e| e.to_string())?;
                        if matches!(import.ty, wasmparser::TypeRef::Func(_)) {
                            imported_functions += 1;
                        }
                    }
                }
                Payload::CodeSectionEntry(body) => {
                    let range = body.range();
                    bodies.push((range.end - range.start) as usize);
                }
                Payload::DataSection(reader) => {
                    for data in reader {
                        let data = data.map_err(|e| e.to_string())?;
                        out.data += data.data.len();
                        out.data_segments.push(data.data.len());
                    }
                }
                Payload::CustomSection(section) => {
                    out.custom
                        .push((section.name().to_string(), section.data().len()));
                    if let KnownCustom::Name(reader) = section.as_known() {
                        for name in reader {
                            if let Ok(Name::Function(map)) = name {
                                for naming in map.into_iter().flatten() {
                                    names.insert(naming.index, naming.name.to_string());
                                }
                            }
                        }
                    }
                }
                _ => {}
            }
        }
        out.data_segments.sort_unstable_by(|a, b| b.cmp(a));
        out.functions = bodies
            .into_iter()
            .enumerate()
            .map(|(i, bytes)| {
                let index = imported_functions + i as u32;
                let name = names
                    .get(&index)
                    .map(|n| without_hashes(&format!("{:#}", rustc_demangle::demangle(n))))
                    .unwrap_or_else(|| format!("func[{index}]"));
                FunctionSize { name, bytes }
            })
            .collect();
        Ok(out)
    }

    /// Bytes of all function bodies.
    pub fn code(&self) -> usize {
        self.functions.iter().map(|f| f.bytes).sum()
    }

    /// Code bytes per crate, largest first.
    pub fn code_by_crate(&self) -> Vec<(String, usize)> {
        let mut by_crate = BTreeMap::<String, usize>::new();
        for f in &self.functions {
            *by_crate.entry(crate_of(&f.name)).or_default() += f.bytes;
        }
        let mut v: Vec<_> = by_crate.into_iter().collect();
        v.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        v
    }
}

/// A demangled name without its hash suffix (`::h0123…`) and crate disambiguators (`[0123…]`).
fn without_hashes(name: &str) -> String {
    let is_hex = |s: &str| s.len() == 16 && s.bytes().all(|b| b.is_ascii_hexdigit());
    let mut name = name.trim();
    if let Some((head, tail)) = name.rsplit_once("::h") {
        if is_hex(tail) {
            name = head;
        }
    }
    let mut out = String::with_capacity(name.len());
    let mut rest = name;
    while let Some(at) = rest.find('[') {
        out.push_str(&rest[..at]);
        let after = &rest[at + 1..];
        match after.find(']') {
            Some(end) if is_hex(&after[..end]) => rest = &after[end + 1..],
            _ => {
                out.push('[');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Primitive types, whose inherent methods live in `core` (or `alloc` for `str`/slices that
/// allocate; counted as `core` here).
const PRIMITIVES: &[&str] = &[
    "str", "char", "bool", "u8", "u16", "u32", "u64", "u128", "usize", "i8", "i16", "i32", "i64",
    "i128", "isize", "f32", "f64", "T",
];

/// The crate a demangled function name belongs to (see the module docs).
pub fn crate_of(name: &str) -> String {
    let name = without_hashes(name);
    let mut s = name.as_str();
    loop {
        let before = s;
        for prefix in [
            "<", "&mut ", "&", "*const ", "*mut ", "dyn ", "[", "(", "mut ",
        ] {
            s = s.strip_prefix(prefix).unwrap_or(s);
        }
        if s == before {
            break;
        }
    }
    if s.starts_with("func[") {
        return "(unnamed)".into();
    }
    let end = s
        .find(|c: char| !(c.is_alphanumeric() || c == '_'))
        .unwrap_or(s.len());
    let head = &s[..end];
    let tail = &s[end..];
    if head.is_empty() {
        return "(unnamed)".into();
    }
    // `<T as Trait>::f` with a generic `T`: the trait's crate.
    if let Some(rest) = tail.strip_prefix(" as ") {
        if !head.contains("::") && head.chars().next().is_some_and(char::is_uppercase) {
            return crate_of(rest);
        }
    }
    if tail.starts_with("::") {
        return head.to_string();
    }
    if PRIMITIVES.contains(&head) {
        return "core".into();
    }
    // A bare name is a C or runtime symbol (`memcpy`, `dlmalloc`).
    format!("(symbol) {head}")
}

/// Groups of crates worth seeing as one (the view layer is several crates).
fn family_of(krate: &str) -> &'static str {
    match krate {
        "summit_explorer" => "app (summit_explorer)",
        "summit_core" => "core (summit_core)",
        "leptos" | "tachys" | "reactive_graph" | "leptos_macro" | "leptos_dom" | "or_poisoned"
        | "throw_error" | "any_spawner" | "hydration_context" | "oco_ref" | "next_tuple"
        | "send_wrapper" | "guardian" | "slotmap" | "either_of" | "reactive_stores" => {
            "leptos view layer"
        }
        "core" | "alloc" | "std" | "compiler_builtins" | "hashbrown" => "rust std (core/alloc/std)",
        "wasm_bindgen"
        | "js_sys"
        | "web_sys"
        | "wasm_bindgen_futures"
        | "gloo_timers"
        | "console_error_panic_hook" => "wasm-bindgen and web-sys",
        "serde" | "postcard" | "cobs" | "serde_core" => "serde and postcard",
        "fst" | "rust_stemmers" | "utf8_ranges" => "search libraries (fst, stemmers)",
        "dlmalloc" => "allocator",
        _ => "other",
    }
}

/// Builds the release wasm with names kept, in `target/sizes-why/`, and returns its path.
fn build_named_wasm() -> TaskResult<PathBuf> {
    run(Command::new(env!("CARGO")).current_dir(root()).args([
        "build",
        "--release",
        "--target",
        "wasm32-unknown-unknown",
        "--package",
        "summit-explorer",
        "--bin",
        "summit-explorer",
    ]))?;
    let raw = root().join("target/wasm32-unknown-unknown/release/summit-explorer.wasm");
    let out = root().join("target/sizes-why");
    std::fs::create_dir_all(&out).map_err(|e| format!("creating {}: {e}", out.display()))?;
    run(Command::new("wasm-bindgen")
        .env("PATH", crate::setup::tool_path())
        .arg(&raw)
        .args([
            "--target",
            "web",
            "--no-typescript",
            "--keep-debug",
            "--out-dir",
        ])
        .arg(&out))?;
    let bound = out.join("summit-explorer_bg.wasm");
    let named = out.join("summit-explorer.named.wasm");
    // The flags of index.html's data-wasm-opt-params, except that names are kept.
    let html = std::fs::read_to_string(root().join("index.html"))
        .map_err(|e| format!("reading index.html: {e}"))?;
    let params = wasm_opt_params(&html);
    let mut opt = Command::new("wasm-opt");
    opt.env("PATH", crate::setup::tool_path())
        .arg("-Oz")
        .arg("-g")
        .args(params.iter().filter(|p| !p.starts_with("--strip")))
        .arg(&bound)
        .arg("-o")
        .arg(&named);
    run(&mut opt)?;
    Ok(named)
}

/// The words of `data-wasm-opt-params` in `index.html`.
fn wasm_opt_params(html: &str) -> Vec<String> {
    let key = "data-wasm-opt-params=\"";
    html.find(key)
        .and_then(|at| {
            let rest = &html[at + key.len()..];
            rest.find('"').map(|end| &rest[..end])
        })
        .map(|p| p.split_whitespace().map(str::to_string).collect())
        .unwrap_or_default()
}

/// Prints what the wasm is made of.
pub fn report() -> TaskResult {
    let named = build_named_wasm()?;
    report_file(&named)
}

/// Prints what the wasm at `path` is made of.
pub fn report_file(path: &Path) -> TaskResult {
    let wasm = std::fs::read(path).map_err(|e| format!("reading {}: {e}", path.display()))?;
    let a = Anatomy::read(&wasm)?;
    let kb = |n: usize| n as f64 / 1024.0;
    let names: usize = a
        .custom
        .iter()
        .filter(|(n, _)| n == "name")
        .map(|(_, b)| *b)
        .sum();
    let shipped = a.total - names;
    let code = a.code();
    let custom_other: usize = a.custom.iter().map(|(_, b)| b).sum::<usize>() - names;
    say!(
        "\nwhat the wasm is made of ({}; {:.1} KB without its name section):",
        path.display(),
        kb(shipped)
    );
    let share = |n: usize| 100.0 * n as f64 / shipped as f64;
    say!(
        "  code  {:>8.1} KB ({:>4.1}%)   {} functions",
        kb(code),
        share(code),
        a.functions.len()
    );
    say!(
        "  data  {:>8.1} KB ({:>4.1}%)   {} segments, largest: {}",
        kb(a.data),
        share(a.data),
        a.data_segments.len(),
        a.data_segments
            .iter()
            .take(5)
            .map(|b| format!("{:.1} KB", kb(*b)))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let other = shipped.saturating_sub(code + a.data + custom_other);
    say!(
        "  other {:>8.1} KB ({:>4.1}%)   types, imports, exports, tables, section headers",
        kb(other),
        share(other)
    );
    if custom_other > 0 {
        say!(
            "  custom sections other than names: {:.1} KB",
            kb(custom_other)
        );
    }
    let by_crate = a.code_by_crate();
    let mut by_family = BTreeMap::<&str, usize>::new();
    for (k, b) in &by_crate {
        *by_family.entry(family_of(k)).or_default() += b;
    }
    let mut families: Vec<_> = by_family.into_iter().collect();
    families.sort_by_key(|f| std::cmp::Reverse(f.1));
    say!("\n  code by group:");
    for (f, b) in families {
        say!("    {:>8.1} KB  {f}", kb(b));
    }
    say!("\n  code by crate (top {TOP_CRATES}):");
    for (k, b) in by_crate.iter().take(TOP_CRATES) {
        say!("    {:>8.1} KB  {k}", kb(*b));
    }
    let mut top = a.functions.clone();
    top.sort_by_key(|f| std::cmp::Reverse(f.bytes));
    say!("\n  largest functions (top {TOP_FUNCTIONS}):");
    for f in top.iter().take(TOP_FUNCTIONS) {
        let mut name = f.name.clone();
        if name.chars().count() > 110 {
            name = name.chars().take(107).collect::<String>() + "…";
        }
        say!("    {:>7} B  {name}", f.bytes);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trait_methods_count_under_the_type_crate() {
        assert_eq!(
            crate_of("<alloc::vec::Vec<T> as core::ops::drop::Drop>::drop"),
            "alloc"
        );
        assert_eq!(
            crate_of("<&mut summit_core::search::Hit as core::fmt::Debug>::fmt"),
            "summit_core"
        );
        assert_eq!(crate_of("tachys::html::element::Element::build"), "tachys");
        assert_eq!(crate_of("memcpy"), "(symbol) memcpy");
        assert_eq!(
            crate_of(
                "<T as tachys::view::any_view::IntoAny>::into_any::rebuild::h852ce88b179c51f4"
            ),
            "tachys"
        );
        assert_eq!(crate_of("<str>::to_lowercase"), "core");
        assert_eq!(
            crate_of("<dlmalloc[e24a27700634d609]::dlmalloc::Dlmalloc<A>>::malloc"),
            "dlmalloc"
        );
        assert_eq!(
            without_hashes("core::ops::function::FnOnce::call_once::hab3482e3851d98f5"),
            "core::ops::function::FnOnce::call_once"
        );
        assert_eq!(crate_of("func[12]"), "(unnamed)");
    }

    #[test]
    fn view_layer_crates_are_one_group() {
        assert_eq!(family_of("tachys"), family_of("reactive_graph"));
        assert_ne!(family_of("tachys"), family_of("summit_explorer"));
    }

    #[test]
    fn wasm_opt_params_are_read_from_index_html() {
        let html = r#"<link data-trunk rel="rust" data-wasm-opt="z" data-wasm-opt-params="--strip-debug --enable-bulk-memory">"#;
        assert_eq!(
            wasm_opt_params(html),
            vec!["--strip-debug".to_string(), "--enable-bulk-memory".into()]
        );
    }

    #[test]
    fn a_hand_made_module_is_read_into_code_and_data() {
        // (module (func $f (result i32) i32.const 7) (memory 1) (data (i32.const 0) "abcd"))
        let wasm: &[u8] = &[
            0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, // magic, version
            0x01, 0x05, 0x01, 0x60, 0x00, 0x01, 0x7f, // type: () -> i32
            0x03, 0x02, 0x01, 0x00, // function 0 has type 0
            0x05, 0x03, 0x01, 0x00, 0x01, // memory: min 1
            0x0a, 0x06, 0x01, 0x04, 0x00, 0x41, 0x07, 0x0b, // code: one body of 4 bytes
            0x0b, 0x0a, 0x01, 0x00, 0x41, 0x00, 0x0b, 0x04, b'a', b'b', b'c', b'd', // data
        ];
        let a = Anatomy::read(wasm).unwrap();
        assert_eq!(a.functions.len(), 1);
        assert_eq!(a.code(), 4);
        assert_eq!(a.data, 4);
        assert_eq!(a.functions[0].name, "func[0]");
    }
}
