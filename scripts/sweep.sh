#!/usr/bin/env bash
# The full pass x input matrix sweep (issue 20), not part of the lit suite:
# every case of test/lib/norm_matrix.py (about 14,000 valid inputs) through
# every norm pass and pipeline configuration of test/lib/norm_sweep.py (39,
# with -verify-each), two norm-opt processes at a time. The summary (runs per
# class, per configuration, and each distinct crash / invalid-IR / refusal
# site) goes to stdout, progress to stderr; one smallest reproducer per site,
# summary.txt and results.json (every run that was not ok) to build/sweep/.
# Exits 1 when any run crashed, emitted invalid IR, failed without a
# diagnostic, timed out, or was a pipeline's refusal of a valid input.
#
#   bash scripts/sweep.sh                      the whole matrix (about an hour)
#   bash scripts/sweep.sh --sample 2000        a seeded sample (--seed S)
#   bash scripts/sweep.sh --filter 'memref'    cases whose name matches
#   bash scripts/sweep.sh --configs 'to-cpu'   configurations whose name matches
#
# NORM_OPT (default build/bin/norm-opt) picks the binary; it is copied first,
# so rebuilding during the sweep does not disturb it. NORM_SWEEP_OUT (default
# build/sweep) the output directory, NORM_SWEEP_JOBS (default 2) the processes.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="${NORM_SWEEP_OUT:-$root/build/sweep}"
mkdir -p "$out"
exec python3 "$root/test/lib/norm_sweep.py" \
  --norm-opt "${NORM_OPT:-$root/build/bin/norm-opt}" \
  --jobs "${NORM_SWEEP_JOBS:-2}" --out "$out" --check "$@"
