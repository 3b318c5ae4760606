#!/usr/bin/env bash
# The release build: size-tuned wasm (opt-level z, LTO, wasm-opt -Oz) in dist/, a static folder any web server hosts.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"
export CARGO_NET_OFFLINE=true
say "Release build into dist/"
run_logged "trunk-build-release" trunk build --release --offline --dist dist \
  || die "the release build failed" "see target/logs/trunk-build-release.log"
