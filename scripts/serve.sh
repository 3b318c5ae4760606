#!/usr/bin/env bash
# Serves the app (debug build, rebuilt on change) on http://127.0.0.1:${PORT:-8080}/.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"
"$ROOT/scripts/setup.sh" serve
export CARGO_NET_OFFLINE=true
port="${PORT:-8080}"
say "Serving Ruqsat on http://127.0.0.1:$port/ (Ctrl-C stops)"
# A dist folder of its own, so serving never overwrites the release build in dist/.
exec trunk serve --offline --address 127.0.0.1 --port "$port" --dist target/serve-dist
