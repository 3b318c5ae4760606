#!/usr/bin/env bash
# Every check the project has, in order; fails at the first that fails.
#   formatting, clippy (native and wasm32), native tests, browser tests (wasm-bindgen-test in headless Chromium),
#   the release build and its size budget, end-to-end tests (Playwright + Debian Chromium against the release build).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"
"$ROOT/scripts/setup.sh" test
export CARGO_NET_OFFLINE=true
started=$SECONDS

say "1/7 Formatting (cargo fmt --check)"
cargo fmt --all --check || die "code is not formatted" "run: cargo fmt --all"
ok "formatted"

say "2/7 Lints (cargo clippy, native and wasm32)"
cargo clippy --workspace --all-targets --quiet -- -D warnings || die "clippy found problems (native)"
cargo clippy --all-targets --quiet --target wasm32-unknown-unknown -- -D warnings || die "clippy found problems (wasm32)"
# The release bundles carry one language each (feature lang-kk, lang-ru or lang-en): lint that build too.
cargo clippy --lib --bins --quiet --target wasm32-unknown-unknown --features lang-ru -- -D warnings \
  || die "clippy found problems (wasm32, one-language bundle)"
# The native step that renders the start page ahead of time (feature prerender: yew's server-side renderer).
cargo clippy --lib --bins --quiet --features prerender -- -D warnings || die "clippy found problems (prerender)"

# The crate boundary: the core and the wording reach no browser or UI crate, on any target.
impure=$(cargo tree -p ruqsat-core -p ruqsat-wording --target all -e normal --prefix none \
  | grep -E '^(yew|web-sys|gloo[a-z-]*|js-sys|wasm-bindgen[a-z-]*) ' | sort -u || true)
[ -z "$impure" ] || die "the pure core depends on browser or UI crates: $impure" "cargo tree -p ruqsat-core -i <crate>"
ok "clippy clean; the core and the wording depend on no browser crate"

say "3/7 Native tests (cargo test --workspace)"
cargo test --workspace || die "native tests failed"
# The start page rendered ahead of time, in the release profile the build step uses (its dependencies are shared).
cargo test --release --features prerender --lib ui::prerender || die "native tests of the pre-rendered start page failed"

say "4/7 Browser tests (wasm-bindgen-test in headless Chromium)"
# The runner drives Chromium through ChromeDriver; webdriver.json adds the flags Chromium needs here (no sandbox
# as root, no background networking on a closed network).
CHROMEDRIVER=/usr/bin/chromedriver WASM_BINDGEN_TEST_TIMEOUT=120 \
  cargo test --target wasm32-unknown-unknown --test browser || die "browser tests failed"

say "5/7 Release build"
"$ROOT/scripts/build-release.sh"

say "6/7 Bundle size"
"$ROOT/scripts/size.sh"

say "7/7 End-to-end tests (Playwright, Debian Chromium, release build on loopback)"
npx --no-install playwright test || die "end-to-end tests failed" "the report: npx playwright show-report target/playwright-report"

ok "all tests passed in $((SECONDS - started)) s (after set-up)"
