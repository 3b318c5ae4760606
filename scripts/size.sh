#!/usr/bin/env bash
# Prints the size of the release bundle in dist/ (or $DIST, as for the build; raw and gzip -9), and fails when a first load is over budget.
# A first load is the top page (dist/index.html, which sends the reader to their language's page) and everything in
# that language's folder (dist/kk, dist/ru or dist/en): its page with the start page rendered in it and the style and
# scripts inside, icon, JS and wasm. The cases page (dist/xx/cases/, its own page and bundle) is a first load of its
# own, measured apart. Not the not-found page (dist/404.html): only an unknown address loads it.
# The budget and how to find what grew: docs/tasks/release-build.md.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
# The product's budget for any page's first load (the engineering standards: at most 180 KB gzip). Issue 11 also asks
# its renovation to grow the bundle by at most 1 KB: BENCHMARKS.md records each change against that.
BUDGET_GZIP=$((180 * 1024))
dist="${DIST:-$ROOT/dist}"
[ -f "$dist/index.html" ] || die "no release build in $dist/" "run: make build"
say "Release bundle ($dist/)"
printf '    %-44s %10s %10s\n' file raw gzip
shared_raw=0; shared_gz=0
row() { printf '    %-44s %10d %10d\n' "${1#"$dist"/}" "$2" "$3"; }
while IFS= read -r f; do
  raw=$(stat -c %s "$f"); gz=$(gzip -9 -c "$f" | wc -c)
  shared_raw=$((shared_raw + raw)); shared_gz=$((shared_gz + gz))
  row "$f" "$raw" "$gz"
done < <(find "$dist" -maxdepth 1 -type f -name index.html)
worst=0; over=""
# One first load: the files found by `find "$dir" $depth`, plus `shared` bytes.
page_load() { # name dir find-args... ; uses shared_raw/shared_gz given as $base_raw/$base_gz
  local name=$1 dir=$2; shift 2
  local total_raw=$base_raw total_gz=$base_gz f raw gz
  while IFS= read -r f; do
    raw=$(stat -c %s "$f"); gz=$(gzip -9 -c "$f" | wc -c)
    total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz))
    row "$f" "$raw" "$gz"
  done < <(find "$dir" "$@" -type f | sort)
  printf '    %-44s %10d %10d   (%.1f KB gzip of a %d KB budget)\n' "first load of $name, in all" "$total_raw" "$total_gz" \
    "$(awk -v b="$total_gz" 'BEGIN { print b / 1024 }')" $((BUDGET_GZIP / 1024))
  [ "$total_gz" -gt "$worst" ] && worst=$total_gz
  [ "$total_gz" -le "$BUDGET_GZIP" ] || over="$over $name"
}
for lang in kk ru en; do
  [ -d "$dist/$lang" ] || die "no $lang bundle in $dist/" "run: make build"
  [ -d "$dist/$lang/cases" ] || die "no $lang cases page in $dist/" "run: make build"
  # The journey's page: the top page and the language's folder (not its cases page's folder).
  base_raw=$shared_raw; base_gz=$shared_gz
  page_load "/$lang/" "$dist/$lang" -maxdepth 1
  # The cases page (/xx/cases/), reached from a link on the journey's page: its own folder.
  base_raw=0; base_gz=0
  page_load "/$lang/cases/" "$dist/$lang/cases"
done
[ -z "$over" ] || die "the first load of$over is over the budget of $BUDGET_GZIP bytes gzip (largest: $worst)" \
  "find what grew: docs/tasks/release-build.md"
