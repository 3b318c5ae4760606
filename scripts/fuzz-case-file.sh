#!/usr/bin/env bash
# The stored-case decoder given more generated inputs than `make test` gives it (tests/case_file_inputs.rs):
# scripts/fuzz-case-file.sh [N] runs N inputs (default 2 000 000) in a release build and prints what became of them.
# Its figure goes into BENCHMARKS.md ("Stored cases").
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"
n="${1:-2000000}"
say "The stored-case decoder, $n generated inputs"
RUQSAT_CASE_INPUTS="$n" CARGO_NET_OFFLINE=true cargo test --release --test case_file_inputs -- --nocapture
