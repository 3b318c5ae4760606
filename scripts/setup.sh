#!/usr/bin/env bash
# Installs whatever is missing for a purpose, and nothing that is already there at the right version.
#   scripts/setup.sh serve   wasm target, Trunk, wasm-bindgen CLI, cargo crates
#   scripts/setup.sh build   the above, plus npm packages (wasm-opt from binaryen, terser)
#   scripts/setup.sh test    the above, plus Debian's chromium and chromium-driver
# A wrong version is replaced, never used. After a first run everything works without network.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
purpose="${1:-test}"
case "$purpose" in serve|build|test) ;; *) die "unknown purpose '$purpose'" "use one of: serve, build, test";; esac

say "Checking tools ($purpose)"

# --- Rust -------------------------------------------------------------------------------------------------------
command -v cargo >/dev/null || die "cargo not found" "install Rust with rustup (https://rustup.rs), then run this again"
command -v rustup >/dev/null || die "rustup not found" "the wasm32 target is installed through rustup; install Rust with rustup"
if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  skip "wasm32-unknown-unknown target already installed"
else
  run_logged "rustup-target-wasm32" rustup target add wasm32-unknown-unknown \
    || die "could not add the wasm32-unknown-unknown target" "check the network, or run: rustup target add wasm32-unknown-unknown"
fi

# Crates: fetched once, then every build runs offline.
if cargo fetch --locked --offline >/dev/null 2>&1; then
  skip "crates already fetched"
else
  run_logged "cargo-fetch" cargo fetch --locked \
    || die "could not fetch the crates in Cargo.lock" "check access to crates.io; Cargo.lock must be committed and current"
fi

# --- Trunk ------------------------------------------------------------------------------------------------------
have_trunk="$(trunk --version 2>/dev/null || true)"
if [ "$have_trunk" = "trunk $TRUNK_VERSION" ]; then
  skip "trunk $TRUNK_VERSION already installed"
else
  [ -n "$have_trunk" ] && say "Replacing ${have_trunk} with trunk $TRUNK_VERSION"
  say "Installing trunk $TRUNK_VERSION (about 9 minutes on 2 cores)"
  run_logged "install-trunk" cargo install --locked --force trunk --version "$TRUNK_VERSION" \
    || die "could not install trunk $TRUNK_VERSION" "needs crates.io; Trunk 0.22 needs a newer rustc than 1.95"
fi

# --- wasm-bindgen CLI, exactly the version of the library in Cargo.lock --------------------------------------------
wb_lock="$(locked_version wasm-bindgen)"
[ -n "$wb_lock" ] || die "Cargo.lock names no wasm-bindgen" "run cargo generate-lockfile and commit Cargo.lock"
wb_pin="$(sed -n 's/^wasm-bindgen = "=\(.*\)"/\1/p' "$ROOT/Cargo.toml")"
[ "$wb_pin" = "$wb_lock" ] || die "wasm-bindgen is pinned to '$wb_pin' in Cargo.toml but locked at $wb_lock" \
  "pin it exactly: wasm-bindgen = \"=$wb_lock\", and set [tools] wasm_bindgen = \"$wb_lock\" in Trunk.toml"
grep -q "wasm_bindgen = \"$wb_lock\"" "$ROOT/Trunk.toml" \
  || die "Trunk.toml's [tools] wasm_bindgen differs from Cargo.lock's $wb_lock" "set wasm_bindgen = \"$wb_lock\" in Trunk.toml"
have_wb="$(wasm-bindgen --version 2>/dev/null | cut -d' ' -f2 || true)"
have_runner="$(wasm-bindgen-test-runner --version 2>/dev/null | awk '{print $NF}' || true)"
if [ "$have_wb" = "$wb_lock" ] && [ "$have_runner" = "$wb_lock" ]; then
  skip "wasm-bindgen-cli $wb_lock already installed"
else
  [ -n "$have_wb" ] && say "wasm-bindgen CLI is $have_wb but Cargo.lock has $wb_lock: replacing it"
  say "Installing wasm-bindgen-cli $wb_lock (about 3 minutes)"
  # Not --locked: its own lock file names a crate version this registry lacks (TOOLCHAIN.md).
  run_logged "install-wasm-bindgen-cli" cargo install --force wasm-bindgen-cli --version "$wb_lock" \
    || die "could not install wasm-bindgen-cli $wb_lock" "needs crates.io"
fi

[ "$purpose" = serve ] && { ok "ready to serve"; exit 0; }

# --- npm packages: wasm-opt (binaryen), terser and Playwright, from package-lock.json ---------------------------
command -v node >/dev/null || die "node not found" "install Node.js 20 or newer (Debian: apt-get install nodejs npm)"
command -v npm >/dev/null || die "npm not found" "install npm (Debian: apt-get install npm)"
node_major="$(node -p 'process.versions.node.split(".")[0]')"
[ "$node_major" -ge 18 ] || die "Node.js $node_major is too old" "Playwright needs Node.js 18 or newer"
stamp="$ROOT/node_modules/.ruqsat-lock.sha256"
want="$(file_hash "$ROOT/package-lock.json")"
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] && [ -x "$ROOT/node_modules/.bin/wasm-opt" ]; then
  skip "npm packages match package-lock.json"
else
  run_logged "npm-ci" npm ci --prefer-offline --no-audit --no-fund \
    || die "npm ci failed" "needs the npm registry the first time; package-lock.json must be committed"
  echo "$want" >"$stamp"
fi
wasm-opt --version | grep -q "version 132" || die "wasm-opt is not binaryen 132: $(wasm-opt --version)" \
  "Debian's binaryen cannot read wasm-bindgen 0.2.130 output; run npm ci to get node_modules/.bin/wasm-opt"

[ "$purpose" = build ] && { ok "ready to build"; exit 0; }

# --- Debian's Chromium and ChromeDriver -------------------------------------------------------------------------
chromium_major() { /usr/bin/chromium --version 2>/dev/null | grep -oE '[0-9]+' | head -n1; }
driver_major() { /usr/bin/chromedriver --version 2>/dev/null | grep -oE '[0-9]+' | head -n1; }
if [ -n "$(chromium_major)" ] && [ "$(chromium_major)" = "$(driver_major)" ]; then
  skip "chromium and chromedriver $(chromium_major) already installed"
else
  if [ -n "$(chromium_major)$(driver_major)" ]; then
    say "chromium ($(chromium_major)) and chromedriver ($(driver_major)) differ or one is missing: installing both"
  fi
  SUDO=""
  if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null || die "chromium is missing and this user cannot install Debian packages" \
      "run as root: apt-get install -y chromium chromium-driver"
    SUDO="sudo"
  fi
  command -v apt-get >/dev/null || die "chromium is missing and apt-get is not available" \
    "install Chromium and a matching ChromeDriver as /usr/bin/chromium and /usr/bin/chromedriver"
  say "Installing Debian's chromium and chromium-driver"
  run_logged "apt-update" $SUDO apt-get update || die "apt-get update failed" "needs the Debian mirror"
  run_logged "apt-install-chromium" env DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y chromium chromium-driver \
    || die "could not install chromium and chromium-driver" "run: apt-get install -y chromium chromium-driver"
  [ "$(chromium_major)" = "$(driver_major)" ] || die "chromium $(chromium_major) and chromedriver $(driver_major) still differ" \
    "run: apt-get install -y --only-upgrade chromium chromium-driver"
fi
ok "ready to test"
