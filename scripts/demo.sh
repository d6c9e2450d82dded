#!/usr/bin/env bash
# The main job, from a fresh clone: set up, build, then take the bundled
# LLaMA-style example through residual fusion and the CPU pipeline, run it
# and print shapes, error against float64, time per call and GB/s.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bash "$root/scripts/setup.sh"
bash "$root/scripts/build.sh" >/dev/null
export PATH="${NORM_BUILD_DIR:-$root/build}/bin:/usr/lib/llvm-22/bin:$PATH"
exec /usr/bin/python3 "$root/scripts/demo.py"
