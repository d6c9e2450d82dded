#!/usr/bin/env bash
# Runs norm's GPU tests and benchmark from an artifact directory (made by
# scripts/gpu-build.sh) on a machine with an NVIDIA GPU, its driver and
# PyTorch; no MLIR or network needed.
#   bash run.sh [RESULTS_DIR]      (default: ./results)
# Exits 2 without a CUDA device, 1 if a test fails.
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
python3 run_tests.py 2>&1 | tee "$out/tests.log"
tests=${PIPESTATUS[0]}
python3 bench.py --out "$out" 2>&1 | tee "$out/bench.md"
bench=${PIPESTATUS[0]}
nvidia-smi --query-gpu=name,driver_version,memory.total --format=csv \
  > "$out/machine.txt" 2>&1 || true
echo "tests: exit $tests, benchmark: exit $bench; results in $out"
[ "$tests" -eq 0 ] && [ "$bench" -eq 0 ]
