//! The core and the wording must stay free of browser and UI crates, so that they are tested natively and used by
//! the command-line program. Their `Cargo.toml`s are the first guard (the crate boundary: `scripts/test.sh` checks
//! `cargo tree`); this test is the second: it reads their sources and fails on any such import.

use std::fs;
use std::path::{Path, PathBuf};

const FORBIDDEN: [&str; 5] = ["yew", "web_sys", "gloo", "wasm_bindgen", "js_sys"];

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

#[test]
fn core_and_i18n_import_no_browser_or_ui_crate() {
    // This crate (crates/core) and its sibling crates/wording.
    let core = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in [core.join("src"), core.join("../wording/src")] {
        rust_files(&dir, &mut files);
    }
    assert!(
        files.len() >= 4,
        "expected the core's sources, found {files:?}"
    );
    let mut offences = Vec::new();
    for file in &files {
        let text = fs::read_to_string(file).unwrap();
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            for crate_name in FORBIDDEN {
                let used = code.contains(&format!("{crate_name}::"))
                    || code.contains(&format!("use {crate_name}"));
                if used {
                    offences.push(format!("{}:{}: {}", file.display(), n + 1, line.trim()));
                }
            }
        }
    }
    assert!(
        offences.is_empty(),
        "browser or UI crates in the pure core:\n{}",
        offences.join("\n")
    );
}

/// No user-facing sentence in a rule file: the core's words are typed keys, worded in `ruqsat-wording`. Only the
/// language type and its macro (`lang.rs`, `lib.rs`), the sources' names (`sources.rs`) and the editions' proper
/// names (`editions.rs`: region, issuer, titles, provider) are written as text in the core.
#[test]
fn no_rule_file_of_the_core_writes_text() {
    const ALLOWED: [&str; 4] = ["lang.rs", "lib.rs", "sources.rs", "editions.rs"];
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    assert!(files.len() > 10, "{files:?}");
    let mut offences = Vec::new();
    for file in &files {
        let name = file.strip_prefix(&src).unwrap().display().to_string();
        if ALLOWED.contains(&name.as_str()) {
            continue;
        }
        let text = fs::read_to_string(file).unwrap();
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            if code.contains("localized!") {
                offences.push(format!("{name}:{}: {}", n + 1, line.trim()));
            }
        }
    }
    assert!(
        offences.is_empty(),
        "text in a rule file of the core (its words belong in crates/wording/src/rules):\n{}",
        offences.join("\n")
    );
}
