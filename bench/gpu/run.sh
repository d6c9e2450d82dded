#!/usr/bin/env bash
# Runs norm's GPU tests and benchmark from an artifact directory (made by
# scripts/gpu-build.sh) on a machine with an NVIDIA GPU, its driver and
# PyTorch; no MLIR or network needed.
#   bash run.sh [RESULTS_DIR] [backward]   (default: ./results)
# With `backward`, only the backward ops' tests and benchmark (a few
# minutes). Exits 2 without a CUDA device, 1 if a test fails.
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="${1:-$here/results}"
mkdir -p "$out"
cd "$here"
if ! ./norm-cuda-info; then
  echo "norm GPU run: no CUDA device; nothing to run"
  exit 2
fi
export PYTHONUNBUFFERED=1
tests=0
bench=0
if [ "${2:-}" != backward ]; then
  python3 run_tests.py 2>&1 | tee "$out/tests.log"
  tests=${PIPESTATUS[0]}
fi
python3 run_backward.py 2>&1 | tee "$out/tests_backward.log"
[ "${PIPESTATUS[0]}" -eq 0 ] || tests=1
python3 bench_backward.py --out "$out" 2>&1 | tee "$out/bench_backward.md"
[ "${PIPESTATUS[0]}" -eq 0 ] || bench=1
if [ "${2:-}" != backward ]; then
  python3 bench.py --out "$out" 2>&1 | tee "$out/bench.md"
  [ "${PIPESTATUS[0]}" -eq 0 ] || bench=1
fi
nvidia-smi --query-gpu=name,driver_version,memory.total --format=csv \
  > "$out/machine.txt" 2>&1 || true
echo "tests: exit $tests, benchmark: exit $bench; results in $out"
[ "$tests" -eq 0 ] && [ "$bench" -eq 0 ]
