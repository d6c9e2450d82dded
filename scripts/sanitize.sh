#!/usr/bin/env bash
# Builds norm with ASan + UBSan (and assertions) into build-asan/ and runs the
# whole lit suite against it; ends with "N passed, N failed". Generated
# kernels are checked under ASan by test/Integration/AOT/asan-kernels.test in
# every run of the suite. Tests that load norm into an uninstrumented host
# (the mlir-opt plugins, the downstream build) are reported unsupported,
# with that reason, under this build.
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="$root/build-asan"
bash "$root/scripts/setup.sh" || exit 1
NORM_BUILD_DIR="$build" bash "$root/scripts/build.sh" \
  -DNORM_SANITIZERS=address,undefined -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DLLVM_ENABLE_ASSERTIONS=ON >/dev/null || { echo "0 passed, 1 failed"; exit 1; }
# allow_user_poisoning=0: see scripts/fuzz.sh (mixed instrumentation of
# LLVM's bump allocators).
export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1:allow_user_poisoning=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
NORM_BUILD_DIR="$build" exec bash "$root/scripts/test.sh" --param sanitized=1
