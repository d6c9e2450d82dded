#!/usr/bin/env python3
"""Where norm's CPU kernels lose time: the same kernels on data that stay in
cache and on data that stream from DRAM, against the streaming ceiling with
the same read/write mix.

    bench/cpu/limits.py [--threads 1,2]

This VM exposes no hardware performance counters (perf stat reports
cycles and instructions as <not supported>), so the limiter is measured by
varying where the data live instead: if the kernel moves data from cache
much faster than DRAM can supply it, its instructions are not the limit,
and the shortfall against the DRAM ceiling comes from how it uses memory
(each row is read from DRAM by the statistics pass and again, from cache,
by the output pass). Prints a Markdown table.
"""

import argparse
import ctypes
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bench  # noqa: E402
from norm_aot import compile_module, prepare  # noqa: E402

# rows x 4096 f32: 64 rows = 1 MiB per tensor (cache), 8192 = 128 MiB (DRAM).
SIZES = [("cache (1 MiB/tensor)", 64), ("L3 (8 MiB/tensor)", 512),
         ("DRAM (128 MiB/tensor)", 8192)]
HIDDEN = 4096


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--threads", default="1,2")
    parser.add_argument("--reps", type=int, default=31)
    args = parser.parse_args()
    omp = ctypes.CDLL(os.path.join(bench.LLVM_LIB, "libomp.so"))
    baselines, _ = bench.build_baselines()
    lib = compile_module(bench.kernel_source("f32"),
                         cflags=("-O3", "-march=native"))
    rng = np.random.default_rng(0)
    print("| op | data | threads | ceiling GB/s | norm GB/s | % of ceiling |")
    print("|---|---|---|---|---|---|")
    for op in ("add_rms_norm", "layer_norm"):
        fused = op.startswith("add_")
        for label, rows in SIZES:
            x = rng.standard_normal((rows, HIDDEN), dtype=np.float32)
            r, y, h = (np.empty_like(x) for _ in range(3))
            r[:] = x
            g = np.ones(HIDDEN, np.float32)
            b = np.zeros(HIDDEN, np.float32)
            operands = {"add_rms_norm": [x, r, g, y, h],
                        "layer_norm": [x, g, b, y]}[op]
            kernel = prepare(lib, op, operands, [])
            nbytes = bench.bytes_moved(op, rows, HIDDEN, 4)
            n = x.size
            ptr = lambda a: a.ctypes.data_as(ctypes.c_void_p)  # noqa: E731
            for threads in [int(t) for t in args.threads.split(",")]:
                omp.omp_set_num_threads(threads)
                best = 0.0
                for nt in (0, 1):
                    if fused:
                        fn = lambda: baselines.ceiling_2r2w(  # noqa: E731
                            ptr(x), ptr(r), ptr(h), ptr(y),
                            ctypes.c_int64(n), nt)
                    else:
                        fn = lambda: baselines.ceiling_1r1w(  # noqa: E731
                            ptr(x), ptr(y), ctypes.c_int64(n), nt)
                    best = max(best, nbytes / bench.median_time(
                        fn, args.reps)[0] / 1e9)
                ours = nbytes / bench.median_time(kernel, args.reps)[0] / 1e9
                print(f"| {op} | {label} | {threads} | {best:.1f} | "
                      f"{ours:.1f} | {100 * ours / best:.0f} % |")


if __name__ == "__main__":
    main()
