#!/usr/bin/env bash
# The release build: one size-tuned bundle per language (opt-level z, LTO, wasm-opt -Oz), each built by Trunk with
# the feature lang-kk, lang-ru or lang-en so that it carries only its language's text and served from /kk/, /ru/ or
# /en/; the start page rendered ahead of time in each language (src/bin/prerender.rs, native); all put together in
# dist/ (scripts/assemble-dist.mjs): a static folder any web server hosts, one page per language and a top page that
# sends the reader to theirs.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"
export CARGO_NET_OFFLINE=true
builds="$ROOT/target/release-builds"
# Panic locations in the wasm name their source files. Without this machine's registry path in front
# (~/.cargo/registry/src/index.crates.io-…/yew-0.23.0/src/… becomes yew-0.23.0/src/…) they are ~170 B gzip shorter,
# and the bundle is the same size wherever it is built, whatever CARGO_HOME is.
remap=""
for index in "${CARGO_HOME:-$HOME/.cargo}"/registry/src/*/; do
  [ -d "$index" ] && remap+=" --remap-path-prefix=${index%/}/="
done
# RUSTFLAGS, when set, wins over the per-target variable: add to it then.
if [ -n "${RUSTFLAGS:-}" ]; then
  export RUSTFLAGS="$RUSTFLAGS$remap"
else
  export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="${remap# }"
fi
say "Release build into ${DIST:-dist/} (one bundle per language; DIST=dir to put it elsewhere)"
for lang in kk ru en; do
  run_logged "trunk-build-release-$lang" \
    trunk build --release --offline --features "lang-$lang" --public-url "/$lang/" --dist "$builds/$lang" \
    || die "the release build ($lang) failed" "see target/logs/trunk-build-release-$lang.log"
done
run_logged prerender cargo run --release --features prerender --bin ruqsat-prerender -- "$ROOT/target/prerender" \
  || die "rendering the start page ahead of time failed" "see target/logs/prerender.log"
node scripts/assemble-dist.mjs "$builds" "$ROOT/target/prerender" "${DIST:-$ROOT/dist}" >"$LOG_DIR/assemble-dist.log" 2>&1 \
  || die "putting the bundles together failed" "$(tail -n 1 "$LOG_DIR/assemble-dist.log")"
ok "$(cat "$LOG_DIR/assemble-dist.log")"
