#!/usr/bin/env bash
# Builds kernel variants of the fused ops for bench/gpu/sweep.py: one
# artifact directory per set of --norm-gpu-pipeline options, under OUT
# (default build/gpu-sweep). Run on the GPU machine:
#   cd OUT/base && python3 sweep.py ../*
# Variants: NAME=OPTIONS arguments, or the default set below.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="${NORM_SWEEP_OUT:-$root/build/gpu-sweep}"
export PATH="$root/build/bin:/usr/lib/llvm-22/bin:$PATH"
variants=("$@")
if [ ${#variants[@]} -eq 0 ]; then
  variants=(
    "base="
    "cpt2=chunks-per-thread=2"
    "cpt8=chunks-per-thread=8 max-register-values=64"
    "cpt16=chunks-per-thread=16 max-register-values=128 registers=128"
  )
fi
rm -rf "$out"
mkdir -p "$out"
for variant in "${variants[@]}"; do
  name="${variant%%=*}"
  options="${variant#*=}"
  python3 "$root/bench/gpu/build_artifacts.py" "$out/$name" \
    --ops add_rms_norm,add_layer_norm --sizes 3584,4096,8192,16384 \
    --pipeline-options "$options" | tail -1
done
