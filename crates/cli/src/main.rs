//! `ruqsat`: the command-line program (see `ruqsat help`, `crates/cli/src/lib.rs` and `docs/cli.md`).

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    // `args_os`: an argument that is not UTF-8 is refused in one line, not a panic.
    let args = std::env::args_os().skip(1);
    let stdout = std::io::stdout();
    let stderr = std::io::stderr();
    let code = ruqsat_cli::run(args, &mut stdout.lock(), &mut stderr.lock());
    std::process::exit(code);
}

#[cfg(target_arch = "wasm32")]
fn main() {}
