//! Guards of the browser bundle's size that a reader of the code would not see coming (BENCHMARKS.md, session 7).
//! The size budget itself is checked by `scripts/size.sh` on the release build; these fail earlier, natively, on
//! the one construct that has cost the most bytes for the least.

use std::fs;
use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// chrono's `format("%…")` brings its whole strftime formatter into the wasm: ~8 KB, 10 KB gzip of the English
/// first load when one repeal date was written with it. Dates and times are formatted by `ruqsat_wording::format`.
/// Tests (after `mod tests`) and the CLI (native only) may use it.
#[test]
fn code_the_bundle_carries_does_not_use_chronos_strftime() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in ["src", "crates/core/src", "crates/wording/src"] {
        rust_files(&root.join(dir), &mut files);
    }
    assert!(
        files.len() > 20,
        "expected the bundle's sources, found {}",
        files.len()
    );
    let mut offences = Vec::new();
    for file in &files {
        if file.ends_with("tests.rs") || file.to_string_lossy().contains("prerender") {
            continue;
        }
        let text = fs::read_to_string(file).unwrap();
        for (n, line) in text.lines().enumerate() {
            if line.trim_start().starts_with("mod tests") || line.contains("#[cfg(test)]") {
                break;
            }
            let code = line.split("//").next().unwrap_or("");
            if code.contains(".format(\"%") {
                offences.push(format!("{}:{}: {}", file.display(), n + 1, line.trim()));
            }
        }
    }
    assert!(
        offences.is_empty(),
        "chrono's strftime in the bundle's code:\n{}",
        offences.join("\n")
    );
}

/// The messages a one-language bundle leaves blank (`ruqsat_wording::PRERENDERED_ONLY`: only the pages rendered
/// ahead of time say them) must not be named by any other code of the app, or the app would show an empty text.
#[test]
fn messages_left_out_of_the_bundle_are_said_only_by_prerendered_pages() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in ["src", "crates/wording/src"] {
        rust_files(&root.join(dir), &mut files);
    }
    let allowed = [
        "start_page.rs",
        "prerender.rs",
        "edition_card.rs",
        "messages.rs",
    ];
    let mut offences = Vec::new();
    for file in files
        .iter()
        .filter(|f| !allowed.iter().any(|a| f.ends_with(a)))
    {
        let text = fs::read_to_string(file).unwrap();
        for msg in ruqsat_wording::PRERENDERED_ONLY {
            let name = format!("Msg::{msg:?}");
            let named = text.match_indices(&name).any(|(i, _)| {
                !text[i + name.len()..]
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_alphanumeric() || c == '_')
            });
            if named {
                offences.push(format!("{} names {name}", file.display()));
            }
        }
    }
    assert!(offences.is_empty(), "{offences:#?}");
    assert!(ruqsat_wording::PRERENDERED_ONLY.len() > 20);
}
