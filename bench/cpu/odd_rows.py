#!/usr/bin/env python3
"""Odd hidden sizes against the aligned one, measured side by side.

    bench/cpu/odd_rows.py [--threads 1,2] [--reps 15]

bench.py measures each shape in its own group, minutes apart, and compares
hidden 4097 with 8192x4096 by their shares of ceilings measured with each;
on a shared VM whose speed drifts, and for kernels that are compute-bound
(bf16 rounded in software), that comparison moves by 20 % between runs.
This script runs norm's kernels on the same number of elements with
hidden 4096, 4097 (every row misaligned differently) and 4104 (rows
16-byte aligned, no partial chunk) in one interleaved group per op, type
and thread count, and prints a Markdown table of GB/s and ratios to 4096.
"""

import argparse
import ctypes
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bench  # noqa: E402
from norm_aot import bf16_from_f32, compile_module, prepare  # noqa: E402

ELEMENTS = 8192 * 4096
HIDDEN = [4096, 4097, 4104]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--threads", default="1,2")
    parser.add_argument("--reps", type=int, default=15)
    args = parser.parse_args()
    omp = ctypes.CDLL(os.path.join(bench.LLVM_LIB, "libomp.so"))
    rng = np.random.default_rng(0)
    print(f"Machine: {bench.machine()}. {ELEMENTS} elements per run "
          "(rows = elements / hidden); medians of "
          f"{args.reps} interleaved repetitions.")
    print()
    print("| op | type | threads | " +
          " | ".join(f"{n} GB/s" for n in HIDDEN) + " | " +
          " | ".join(f"{n} / 4096" for n in HIDDEN[1:]) + " |")
    print("|" + "---|" * (3 + 2 * len(HIDDEN) - 1))
    for ty in ("f32", "bf16"):
        lib = compile_module(bench.kernel_source(ty),
                             cflags=("-O3", "-march=native"))
        arrays = {}
        for n in HIDDEN:
            rows = ELEMENTS // n
            x, r = (rng.standard_normal((rows, n), dtype=np.float32)
                    for _ in range(2))
            g, b = (rng.standard_normal(n, dtype=np.float32)
                    for _ in range(2))
            if ty == "bf16":
                x, r, g, b = (bf16_from_f32(a) for a in (x, r, g, b))
            arrays[n] = (rows, x, r, g, b, np.empty_like(x),
                         np.empty_like(x))
        for threads in [int(t) for t in args.threads.split(",")]:
            omp.omp_set_num_threads(threads)
            for op in bench.OPS:
                fns = {}
                for n, (rows, x, r, g, b, y, h) in arrays.items():
                    operands = {"rms_norm": [x, g, y],
                                "layer_norm": [x, g, b, y],
                                "add_rms_norm": [x, r, g, y, h],
                                "add_layer_norm": [x, r, g, b, y, h]}[op]
                    fns[n] = prepare(lib, op, operands, [])
                times = bench.interleaved_times(fns, args.reps)
                gbps = {n: bench.bytes_moved(op, arrays[n][0], n,
                                             arrays[n][1].itemsize) /
                        times[n][0] / 1e9 for n in HIDDEN}
                print(f"| {op} | {ty} | {threads} | " +
                      " | ".join(f"{gbps[n]:.1f}" for n in HIDDEN) + " | " +
                      " | ".join(f"{gbps[n] / gbps[4096]:.2f}"
                                 for n in HIDDEN[1:]) + " |", flush=True)


if __name__ == "__main__":
    main()
