#!/usr/bin/env bash
# The release build (docs/tasks/release-build.md): one size-tuned bundle per language (opt-level z, LTO, wasm-opt
# -Oz), each built by Trunk with the feature lang-kk, lang-ru or lang-en so that it carries only its language's text
# and served from /kk/, /ru/ or /en/. First the native step src/bin/prerender.rs writes the pages Trunk builds: each
# language's, with its start page rendered in it, the top page and the not-found page (src/ui/prerender.rs). Trunk
# builds them (inlines and minifies the style and the scripts, hashes the files); scripts/assemble-dist.mjs puts
# them together in dist/ and writes the hashes of their inline scripts into their Content-Security-Policy. dist/ is a
# static folder any web server hosts.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"
export CARGO_NET_OFFLINE=true
builds="$ROOT/target/release-builds"
pages="$ROOT/target/release-pages"
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
rm -rf "$pages"
run_logged prerender cargo run --release --features prerender --bin ruqsat-prerender -- "$pages" \
  || die "writing the pages ahead of time failed" "see target/logs/prerender.log"
for lang in kk ru en; do
  run_logged "trunk-build-release-$lang" \
    trunk build --release --offline=true --features "lang-$lang" --public-url "/$lang/" --dist "$builds/$lang" \
      "$pages/$lang/index.html" \
    || die "the release build ($lang) failed" "see target/logs/trunk-build-release-$lang.log"
  # The language's "Your cases" page, with its own bundle (ruqsat-cases), served from /xx/cases/.
  run_logged "trunk-build-release-$lang-cases" \
    trunk build --release --offline=true --features "lang-$lang" --public-url "/$lang/cases/" \
      --dist "$builds/$lang-cases" "$pages/$lang-cases/index.html" \
    || die "the release build ($lang, cases page) failed" "see target/logs/trunk-build-release-$lang-cases.log"
done
for page in top not-found; do
  run_logged "trunk-build-release-$page" \
    trunk build --release --offline=true --public-url / --dist "$builds/$page" "$pages/$page/index.html" \
    || die "the release build of the $page page failed" "see target/logs/trunk-build-release-$page.log"
done
node scripts/assemble-dist.mjs "$builds" "${DIST:-$ROOT/dist}" >"$LOG_DIR/assemble-dist.log" 2>&1 \
  || die "putting the pages together failed" "$(tail -n 1 "$LOG_DIR/assemble-dist.log")"
ok "$(cat "$LOG_DIR/assemble-dist.log")"
