#!/usr/bin/env bash
# The placement study (issue 23; never part of the tests): gradient norms
# through depth at initialization for Post-LN, Pre-LN, Sandwich-LN and
# DeepNorm transformer stacks, forward and backward graphs from PyTorch
# (AOTAutograd + torch-mlir) raised, fused and compiled by norm, PyTorch
# autograd beside them. Writes bench/results/placement-DATE-HOST.{md,json}
# and its plots; docs/PlacementStudy.md explains them.
#
# Python: NORM_STUDY_VENV (default ~/.cache/norm-study-venv) is made and
# given torch, torch-mlir, numpy and matplotlib when it lacks them; an
# existing environment that has them is used as it is (on the team's
# machines: NORM_STUDY_VENV=/work/venv-zoo).
# norm: builds it (scripts/build.sh, NORM_BUILD_DIR) unless NORM_BIN_DIR
# names a directory holding norm-opt already.
# Extra arguments go to bench/placement/study.py (e.g. --seeds 1,
# --depths 6 12, --train). 2 cores: about 3 minutes, 7-9 with --train.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bash "$root/scripts/setup.sh"
venv="${NORM_STUDY_VENV:-$HOME/.cache/norm-study-venv}"
if [ ! -x "$venv/bin/python" ]; then
  /usr/bin/python3 -m venv "$venv"
fi
if ! "$venv/bin/python" -c "import torch, torch_mlir, numpy, matplotlib" 2>/dev/null; then
  "$venv/bin/pip" install -q torch torch-mlir numpy matplotlib
fi
if [ -n "${NORM_BIN_DIR:-}" ]; then
  bin="$NORM_BIN_DIR"
else
  bash "$root/scripts/build.sh" >/dev/null
  bin="${NORM_BUILD_DIR:-$root/build}/bin"
fi
export PATH="$bin:/usr/lib/llvm-22/bin:$PATH"
# The blocks are small (64 x 64 rows): one thread per kernel; PyTorch's
# reference runs on one thread too (study.py).
export OMP_NUM_THREADS="${OMP_NUM_THREADS:-1}"
exec "$venv/bin/python" "$root/bench/placement/study.py" "$@"
