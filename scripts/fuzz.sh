#!/usr/bin/env bash
# Fuzzes norm for SECONDS (default 600): arbitrary bytes and mutated norm IR
# through parse -> verify -> every norm pass and pipeline configuration of
# test/lib/norm_sweep.py (tools/norm-fuzz/norm-fuzz.cpp), built with
# libFuzzer + ASan + UBSan (clang-22). A pass that succeeds but leaves invalid
# IR counts as a crash. The seed corpus is every split input of the lit suite
# and a covering sample of the pass x input matrix (norm_matrix.py); the
# dictionary has the dialect's keywords and forms, and the harness's mutator
# swaps tokens between valid forms (tensor/memref, element types, ops,
# clauses, attributes, dims). Crashes land in build-fuzz/crashes/,
# the full log in build-fuzz/fuzz.log; each fixed crash becomes a lit
# regression test.
set -euo pipefail
seconds="${1:-600}"
root="$(cd "$(dirname "$0")/.." && pwd)"
build="$root/build-fuzz"
bash "$root/scripts/setup.sh"
llvm=/usr/lib/llvm-22
# Configured once; only the fuzz target (and the libraries it links) is
# built: the rest of the tree under ASan+UBSan is not needed here.
if [ ! -f "$build/build.ninja" ]; then
  cmake -G Ninja -S "$root" -B "$build" \
    -DCMAKE_C_COMPILER="$llvm/bin/clang" \
    -DCMAKE_CXX_COMPILER="$llvm/bin/clang++" \
    -DMLIR_DIR="$llvm/lib/cmake/mlir" -DLLVM_EXTERNAL_LIT="$llvm/bin/lit" \
    -DPython3_EXECUTABLE=/usr/bin/python3 \
    -DNORM_ENABLE_FUZZER=ON -DNORM_SANITIZERS=address,undefined \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLLVM_ENABLE_ASSERTIONS=ON >/dev/null
fi
nice cmake --build "$build" --target norm-fuzz >/dev/null

corpus="$build/corpus"
mkdir -p "$corpus" "$build/crashes"
/usr/bin/python3 - "$root/test" "$corpus" <<'PY'
import hashlib, os, sys
root, out = sys.argv[1], sys.argv[2]
for dirpath, _, files in os.walk(root):
    for name in files:
        if not name.endswith(".mlir"):
            continue
        with open(os.path.join(dirpath, name), errors="replace") as f:
            for chunk in f.read().split("// -----"):
                data = chunk.encode()
                digest = hashlib.sha1(data).hexdigest()
                with open(os.path.join(out, digest), "wb") as g:
                    g.write(data)
PY
# Plus valid inputs of every op form from the pass x input matrix
# (test/lib/norm_matrix.py): a seeded sample that covers every pair of its
# main axes (op x form, op x shape, form x context, ...), so mutation starts
# from tensor, memref, strided and dynamic forms in every context. The
# harness parses every dialect these are written in and runs each through
# every norm pass (and one full pipeline, by hash); a seed costs ~0.1-0.3 s,
# so the sample is kept to about the covering minimum.
/usr/bin/python3 "$root/test/lib/norm_matrix.py" --corpus "$corpus" \
  --sample 400 --cover --seed 1 2>/dev/null
echo "fuzz: $(ls "$corpus" | wc -l) seeds, ${seconds}s"
# allow_user_poisoning=0: norm's ASan-built code and Debian's uninstrumented
# libMLIR share LLVM bump allocators; the instrumented copy poisons a new
# slab that the uninstrumented copy then hands out without unpoisoning, a
# false use-after-poison (seen with some seed orders).
# FUZZ_KEEP_GOING=1: a child process fuzzes and the run goes on after a
# crash (libFuzzer's -fork=1 -ignore_crashes=1), to collect every crash of
# a campaign; otherwise the first crash ends it.
keep_going=()
[ "${FUZZ_KEEP_GOING:-0}" = 1 ] && keep_going=(-fork=1 -ignore_crashes=1)
ASAN_OPTIONS=detect_leaks=0:allow_user_poisoning=0 "$build/bin/norm-fuzz" "$corpus" \
  "${keep_going[@]}" \
  -dict="$root/tools/norm-fuzz/norm.dict" -max_total_time="$seconds" \
  -max_len=16384 -timeout=30 -rss_limit_mb=4096 -print_final_stats=1 \
  -artifact_prefix="$build/crashes/" > "$build/fuzz.log" 2>&1 || true
# The whole report (a crash's stack trace included) stays in fuzz.log.
tail -25 "$build/fuzz.log"
echo "fuzz: crashes: $(ls "$build/crashes" | wc -l)"
[ -z "$(ls "$build/crashes")" ]
