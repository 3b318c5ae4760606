#!/usr/bin/env bash
# Prints the size of the release bundle in dist/ (raw and gzip -9), and fails when the first load is over budget.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
BUDGET_GZIP=$((150 * 1024))
dist="$ROOT/dist"
[ -f "$dist/index.html" ] || die "no release build in dist/" "run: make build"
say "Release bundle (dist/)"
printf '    %-44s %10s %10s\n' file raw gzip
total_raw=0; total_gz=0
while IFS= read -r f; do
  raw=$(stat -c %s "$f"); gz=$(gzip -9 -c "$f" | wc -c)
  total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz))
  printf '    %-44s %10d %10d\n' "${f#"$dist"/}" "$raw" "$gz"
done < <(find "$dist" -type f \( -name '*.wasm' -o -name '*.js' -o -name '*.css' -o -name '*.html' -o -name '*.svg' \) | sort)
printf '    %-44s %10d %10d   (%.1f KB gzip of a %d KB budget)\n' "first load, in all" "$total_raw" "$total_gz" \
  "$(awk -v b="$total_gz" 'BEGIN { print b / 1024 }')" $((BUDGET_GZIP / 1024))
[ "$total_gz" -le "$BUDGET_GZIP" ] || die "the first load is $total_gz bytes gzip, over the budget of $BUDGET_GZIP" \
  "find what grew: compare with the figures in README.md"
