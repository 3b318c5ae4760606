# Shared helpers for the scripts: clear messages, logs kept out of the way, and the pinned versions.
# Sourced, not run.

set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
LOG_DIR="$ROOT/target/logs"
mkdir -p "$LOG_DIR"

TRUNK_VERSION="0.21.14"
# The npm bin folder first on PATH: wasm-opt (binaryen) and playwright come from package-lock.json.
export PATH="$ROOT/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

if [ -t 1 ]; then B=$'\e[1m'; R=$'\e[31m'; G=$'\e[32m'; Y=$'\e[33m'; N=$'\e[0m'; else B=; R=; G=; Y=; N=; fi

say() { printf '%s==>%s %s\n' "$B" "$N" "$*"; }
ok() { printf '    %sok%s  %s\n' "$G" "$N" "$*"; }
skip() { printf '    %sskip%s %s\n' "$Y" "$N" "$*"; }

# die MESSAGE [HINT]: one clear line of what is wrong, one of what to do, exit 1.
die() {
  printf '%serror:%s %s\n' "$R" "$N" "$1" >&2
  [ $# -gt 1 ] && printf '       %s\n' "$2" >&2
  exit 1
}

# run_logged NAME COMMAND...: runs a long, noisy command with its output in target/logs/NAME.log; on failure shows
# the end of the log instead of pages of tool noise.
run_logged() {
  local name="$1"; shift
  local log="$LOG_DIR/$name.log"
  local start=$SECONDS
  if "$@" >"$log" 2>&1; then
    ok "$name ($((SECONDS - start)) s)"
  else
    local status=$?
    printf '%serror:%s %s failed (exit %s). Last lines of %s:\n' "$R" "$N" "$name" "$status" "${log#"$ROOT"/}" >&2
    tail -n 25 "$log" | sed 's/^/       | /' >&2
    return "$status"
  fi
}

# The wasm-bindgen version the lock file resolved; the CLI must be exactly this one.
locked_version() {
  awk -v name="$1" '$0 == "name = \"" name "\"" { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock"
}

# The sha256 of a file, to tell whether an install matches it.
file_hash() { sha256sum "$1" | cut -d' ' -f1; }
