//! Every repository path the docs name exists: a doc comment (`//!`, `///`) in any `.rs` file, or a Markdown page
//! (`README.md`, `BENCHMARKS.md`, `docs/`), that names a file or folder which is not there fails this test.
//!
//! The heuristic, kept simple on purpose:
//! - a *token* is a run of ASCII letters, digits and `_ . - /`; trailing dots are dropped (end of a sentence);
//! - it is a *path* when it holds a `/` and a letter, and ends either in `/` or in a known extension
//!   ([`EXTENSIONS`]);
//! - it is skipped when it starts with `/` (a URL path such as `/kk/`, or the rest of `https://…`), holds `..`, or
//!   starts with a folder the build makes or that holds the machine's tools ([`GENERATED`]), or when its first part
//!   holds a dot without starting with one (a host: `adilet.zan.kz/…`; `.cargo/config.toml` is still a path);
//! - it exists when it names a file or folder relative to the repository's root, to the package the file belongs to
//!   (a crate's `tests/…` from its own sources), or to the file's own folder (a link in `docs/README.md` to a task
//!   page beside it).
//!
//! Code and plain `//` comments are not read: only what a reader of the docs is sent to.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::{Path, PathBuf};

/// What a path in the docs may end in.
const EXTENSIONS: [&str; 15] = [
    "rs", "md", "toml", "sh", "mjs", "js", "json", "txt", "css", "svg", "html", "lock", "yml",
    "yaml", "csv",
];

/// Folders that are not in the repository but made by the build or the set-up (`make build` writes `dist/`), never
/// walked and never checked.
const GENERATED: [&str; 6] = [
    "target",
    "dist",
    "node_modules",
    "test-results",
    "playwright-report",
    ".git",
];

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The tokens of one line that look like repository paths.
fn paths_in(line: &str) -> Vec<&str> {
    let is_path_char = |c: char| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-' | '/');
    line.split(|c: char| !is_path_char(c))
        .map(|t| t.trim_end_matches('.'))
        .filter(|t| looks_like_a_repository_path(t))
        .collect()
}

fn looks_like_a_repository_path(token: &str) -> bool {
    if !token.contains('/')
        || !token.contains(|c: char| c.is_ascii_alphabetic())
        || token.starts_with('/')
        || token.contains("..")
    {
        return false;
    }
    let first = token.split('/').next().unwrap_or_default();
    if GENERATED.contains(&first) || (first.contains('.') && !first.starts_with('.')) {
        return false;
    }
    let last = token.rsplit('/').next().unwrap_or_default();
    last.is_empty()
        || last
            .rsplit_once('.')
            .is_some_and(|(stem, ext)| !stem.is_empty() && EXTENSIONS.contains(&ext))
}

/// The nearest folder above `file` with a `Cargo.toml`: the package it belongs to.
fn package_of(file: &Path) -> &Path {
    file.ancestors()
        .skip(1)
        .find(|dir| dir.join("Cargo.toml").is_file())
        .unwrap_or(root())
}

fn exists(path: &str, file: &Path) -> bool {
    let folder = file.parent().unwrap_or(root());
    [root(), package_of(file), folder]
        .iter()
        .any(|base| base.join(path).exists())
}

fn walk(dir: &Path, keep: &dyn Fn(&Path) -> bool, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for path in entries {
        let name = path.file_name().unwrap().to_string_lossy();
        if path.is_dir() {
            if !GENERATED.contains(&name.as_ref()) {
                walk(&path, keep, out);
            }
        } else if keep(&path) {
            out.push(path);
        }
    }
}

/// Each line of the docs that may name a path, with its file and line number.
fn doc_lines() -> Vec<(PathBuf, usize, String)> {
    let mut rust = Vec::new();
    walk(
        root(),
        &|p| p.extension().is_some_and(|e| e == "rs"),
        &mut rust,
    );
    let mut markdown = vec![root().join("README.md"), root().join("BENCHMARKS.md")];
    if root().join("docs").is_dir() {
        walk(
            &root().join("docs"),
            &|p| p.extension().is_some_and(|e| e == "md"),
            &mut markdown,
        );
    }
    let mut lines = Vec::new();
    for file in &rust {
        let text = fs::read_to_string(file).unwrap();
        for (i, line) in text.lines().enumerate() {
            let t = line.trim_start();
            if t.starts_with("//!") || t.starts_with("///") {
                lines.push((file.clone(), i + 1, line.to_string()));
            }
        }
    }
    for file in &markdown {
        let text = fs::read_to_string(file).unwrap();
        for (i, line) in text.lines().enumerate() {
            lines.push((file.clone(), i + 1, line.to_string()));
        }
    }
    lines
}

#[test]
fn the_heuristic_finds_repository_paths_and_skips_urls_examples_and_build_output() {
    let line = "see `src/ui/url.rs`, crates/core/src/calendar/data.rs. and e2e/ (`/kk/`, ../ru/, \
                https://adilet.zan.kz/rus/docs/a.html, adilet.zan.kz/rus, target/release/ruqsat, dist/index.html, \
                node_modules/.bin/x.js, .cargo/config.toml, kk/ru/en, and/or, S/O/C/U, 151,394 / 148,219, \
                http://127.0.0.1:8080/)";
    assert_eq!(
        paths_in(line),
        [
            "src/ui/url.rs",
            "crates/core/src/calendar/data.rs",
            "e2e/",
            ".cargo/config.toml"
        ]
    );
    let here = root().join("README.md");
    assert!(exists("src/ui/url.rs", &here) && exists("e2e/", &here));
    assert!(!exists("src/core/flow.rs", &here) && !exists("src/cli/", &here));
    // Relative to the package: the core's own tests, named from the core's sources.
    let core_lib = root().join("crates/core/src/lib.rs");
    assert!(exists("tests/core_is_pure.rs", &core_lib));
    assert!(!exists("tests/core_is_pure.rs", &here));
}

#[test]
fn every_path_the_docs_name_exists() {
    let lines = doc_lines();
    let mut checked = 0;
    let mut missing = Vec::new();
    for (file, n, line) in &lines {
        let mut seen = Vec::new();
        for path in paths_in(line) {
            checked += 1;
            // A Markdown link names its path twice, as text and as target: report it once.
            if seen.contains(&path) {
                continue;
            }
            seen.push(path);
            if !exists(path, file) {
                let shown = file.strip_prefix(root()).unwrap_or(file).display();
                missing.push(format!("{shown}:{n}: `{path}`"));
            }
        }
    }
    // The docs name many paths (the README's layout map alone names a dozen): finding few means the scan is broken.
    assert!(checked >= 50, "only {checked} paths found in the docs");
    assert!(
        missing.is_empty(),
        "{} paths named in the docs are not in the repository:\n{}",
        missing.len(),
        missing.join("\n")
    );
}
