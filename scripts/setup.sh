#!/usr/bin/env bash
# Installs what building and testing norm needs, from Debian 12's packages.
# Idempotent and quiet when everything is already there.
set -euo pipefail

packages=(
  cmake ninja-build git python3 python3-numpy
  llvm-22-dev llvm-22-tools libmlir-22-dev mlir-22-tools clang-22
  libomp-22-dev libclang-rt-22-dev openmpi-bin libopenmpi-dev
)

missing=()
for pkg in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" ||
    missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "setup: installing ${missing[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
if ! apt-cache policy libmlir-22-dev 2>/dev/null | grep -q 'Candidate: [0-9]'; then
  $sudo apt-get update -q
fi
$sudo apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
