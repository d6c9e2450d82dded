#!/usr/bin/env bash
# Builds norm (installing what is missing) and the self-contained GPU test and
# benchmark artifacts: compiled kernels + libnorm_cuda_runtime.so + the
# Python harness, no MLIR needed to run them.
#   bash scripts/gpu-build.sh [OUT]     (default: build/gpu-artifacts)
# Then, on a machine with an NVIDIA GPU: bash OUT/run.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-$root/build/gpu-artifacts}"
bash "$root/scripts/setup.sh"
bash "$root/scripts/build.sh"
export PATH="$root/build/bin:/usr/lib/llvm-22/bin:$PATH"
python3 "$root/bench/gpu/build_artifacts.py" "$out"
echo "run on the GPU machine: bash $out/run.sh"
