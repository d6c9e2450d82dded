#!/usr/bin/env bash
# The CPU benchmark (never part of the tests): installs the peers (oneDNN
# from Debian; ONNX Runtime, ONNX, PyTorch and IREE into a virtual
# environment),
# builds norm, runs bench/cpu/bench.py and plots its table. Extra arguments
# go to bench.py (e.g. --quick, --threads 2). With --batchnorm first, runs
# bench/cpu/batchnorm.py (inference BatchNorm; --batchnorm --training: the
# training form) instead; with --backward first, bench/cpu/backward.py
# (LayerNorm and RMSNorm backward against oneDNN, the C++ loop, PyTorch
# eager and torch.compile; e.g. --backward --reps 5).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bash "$root/scripts/setup.sh"
# g++: torch.compile's C++ backend (Inductor) compiles its kernels with it.
if [ "$(dpkg-query -W -f='${Status}\n' libdnnl-dev python3-matplotlib python3-venv g++ 2>/dev/null |
    grep -c "install ok installed")" -ne 4 ]; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q libdnnl-dev \
    python3-matplotlib python3-venv g++ >/dev/null
fi
venv="${NORM_BENCH_VENV:-$HOME/.cache/norm-bench-venv}"
if [ ! -x "$venv/bin/python" ]; then
  /usr/bin/python3 -m venv --system-site-packages "$venv"
fi
if ! "$venv/bin/python" -c "import onnxruntime, onnx, torch, iree.runtime, iree.compiler" 2>/dev/null; then
  "$venv/bin/pip" install -q onnxruntime onnx torch iree-base-compiler iree-base-runtime
fi
bash "$root/scripts/build.sh" >/dev/null
export PATH="${NORM_BUILD_DIR:-$root/build}/bin:/usr/lib/llvm-22/bin:$PATH"
script=bench.py
if [ "${1:-}" = "--batchnorm" ]; then
  shift
  script=batchnorm.py
elif [ "${1:-}" = "--backward" ]; then
  shift
  script=backward.py
fi
# The tables this run writes (under --out, default bench/results; any
# --name) are the .md files newer than this stamp; A/B tables (--baseline)
# come with their own plot.
out="$root/bench/results"
previous=""
for arg in "$@"; do
  case "$previous" in --out) out="$arg" ;; esac
  case "$arg" in --out=*) out="${arg#--out=}" ;; esac
  previous="$arg"
done
stamp=$(mktemp)
trap 'rm -f "$stamp"' EXIT
"$venv/bin/python" "$root/bench/cpu/$script" "$@"
find "$out" -maxdepth 1 -name '*.md' ! -name '*-ab.md' ! -name README.md \
  -newer "$stamp" | while read -r table; do
  # Debian's matplotlib with Debian's numpy: the venv may hold numpy 2.
  /usr/bin/python3 "$root/bench/cpu/plot.py" "$table"
done
