#!/usr/bin/env bash
# The sharded-norm benchmark (never part of the tests): LayerNorm and
# RMSNorm on 1, 2 and 4 MPI processes, rows or hidden dim split
# (bench/mpi/sharded.py). Installs what it needs from Debian (OpenMPI comes
# with scripts/setup.sh; matplotlib for the plot), builds norm, and writes
# bench/results/mpi-<date>-<isa>.{md,png}. Extra arguments go to sharded.py
# (e.g. --shapes 1024x4096 --procs 2).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bash "$root/scripts/setup.sh"
if ! dpkg-query -W -f='${Status}' python3-matplotlib 2>/dev/null |
    grep -q "install ok installed"; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q \
    python3-matplotlib >/dev/null
fi
bash "$root/scripts/build.sh" >/dev/null
export PATH="${NORM_BUILD_DIR:-$root/build}/bin:/usr/lib/llvm-22/bin:$PATH"
exec /usr/bin/python3 "$root/bench/mpi/sharded.py" "$@"
