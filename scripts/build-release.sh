#!/usr/bin/env bash
# The release build: one size-tuned bundle per language (opt-level z, LTO, wasm-opt -Oz), each built by Trunk with
# the feature lang-kk, lang-ru or lang-en so that it carries only its language's text, then put together in dist/
# (scripts/assemble-dist.mjs): a static folder any web server hosts, whose page fetches only the reader's language.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"
export CARGO_NET_OFFLINE=true
builds="$ROOT/target/release-builds"
say "Release build into dist/ (one bundle per language)"
for lang in kk ru en; do
  run_logged "trunk-build-release-$lang" \
    trunk build --release --offline --features "lang-$lang" --dist "$builds/$lang" \
    || die "the release build ($lang) failed" "see target/logs/trunk-build-release-$lang.log"
done
node scripts/assemble-dist.mjs "$builds" dist >"$LOG_DIR/assemble-dist.log" 2>&1 \
  || die "putting the bundles together failed" "$(tail -n 1 "$LOG_DIR/assemble-dist.log")"
ok "$(cat "$LOG_DIR/assemble-dist.log")"
