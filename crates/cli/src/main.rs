//! `ruqsat`: the command-line program (see `ruqsat help`, `crates/cli/src/lib.rs` and `docs/cli.md`).

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let stdout = std::io::stdout();
    let stderr = std::io::stderr();
    let code = ruqsat_cli::run(&args, &mut stdout.lock(), &mut stderr.lock());
    std::process::exit(code);
}

#[cfg(target_arch = "wasm32")]
fn main() {}
