#!/usr/bin/env python3
"""The main job on the bundled example: a 32-block LLaMA-style stack
(Pre-LN RMSNorm, residual adds; examples/llama.mlir) fused with
--norm-fuse-residual, compiled for this CPU with --norm-cpu-pipeline, run on
generated data and checked against a float64 numpy reference."""

import os
import re
import subprocess
import sys
import time

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "python"))
from norm_aot import call, compile_module  # noqa: E402

EXAMPLE = os.path.join(ROOT, "examples", "llama.mlir")
BLOCKS, ROWS, HIDDEN, EPS = 32, 128, 4096, 1e-5


def count_ops(source_args):
    text = subprocess.run(["norm-opt", *source_args], check=True,
                          capture_output=True, text=True).stdout
    ops = re.findall(r"= (norm\.\w+|arith\.addf)", text)
    return {op: ops.count(op) for op in sorted(set(ops))}


def reference(x, w, g):
    """The LLaMA stack of examples/llama.mlir in float64."""
    def rms(h):
        return h / np.sqrt((h * h).mean(axis=-1, keepdims=True) + EPS) * g
    h = x
    for _ in range(BLOCKS):
        h = h + rms(h) * w
        n = rms(h)
        h = h + n * w * n
    return rms(h)


def main():
    print(f"example: {os.path.relpath(EXAMPLE, ROOT)} ({BLOCKS} Pre-LN blocks, "
          f"{ROWS} tokens x {HIDDEN} hidden, f32)")
    before = count_ops([EXAMPLE])
    after = count_ops([EXAMPLE, "--norm-fuse-residual"])
    print(f"ops before fusion: {before}")
    print(f"ops after  fusion: {after}")

    with open(EXAMPLE) as f:
        source = f.read()
    start = time.perf_counter()
    fused = compile_module(source, extra_opt_args=(),
                           cflags=("-O3", "-march=native"),
                           pre_passes=("--norm-fuse-residual",))
    compile_s = time.perf_counter() - start
    unfused = compile_module(source, cflags=("-O3", "-march=native"))
    print(f"compile (norm-opt + mlir-translate + clang): {compile_s:.2f} s")

    rng = np.random.default_rng(0)
    x = rng.standard_normal((ROWS, HIDDEN)).astype(np.float32)
    w = (0.5 * rng.standard_normal((ROWS, HIDDEN))).astype(np.float32)
    g = (1 + 0.1 * rng.standard_normal(HIDDEN)).astype(np.float32)
    result = [(2, np.float32)]

    timings = {}
    outputs = {}
    for name, lib in (("fused", fused), ("unfused", unfused)):
        (outputs[name],) = call(lib, "llama", [x, w, g], result)
        samples = []
        for _ in range(5):
            start = time.perf_counter()
            call(lib, "llama", [x, w, g], result)
            samples.append(time.perf_counter() - start)
        timings[name] = float(np.median(samples))

    want = reference(x.astype(np.float64), w.astype(np.float64),
                     g.astype(np.float64))
    # Fused traffic model (PERFORMANCE.md): each of the 64 add+norm pairs
    # reads x and r and writes h and y, the first norm reads and writes once,
    # and each sublayer reads its input and W and writes its output.
    elem = 4 * ROWS * HIDDEN
    sublayer_bytes = 2 * BLOCKS * 3 * elem + BLOCKS * 2 * elem
    norm_bytes = 2 * elem + 2 * BLOCKS * 4 * elem
    total = sublayer_bytes + norm_bytes
    print()
    print("| build | max abs error vs float64 | time per call | effective GB/s |")
    print("|---|---|---|---|")
    for name in ("fused", "unfused"):
        error = float(np.max(np.abs(outputs[name] - want)))
        print(f"| {name} | {error:.2e} | {timings[name] * 1e3:.1f} ms | "
              f"{total / timings[name] / 1e9:.2f} |")
    print()
    print(f"output y: shape {outputs['fused'].shape}, mean "
          f"{outputs['fused'].mean():+.5f}, std {outputs['fused'].std():.5f}")
    ok = all(np.allclose(outputs[n], want, rtol=1e-3, atol=1e-3)
             for n in outputs)
    print("numbers match the float64 reference" if ok else
          "MISMATCH against the float64 reference")
    return 0 if ok else 1


sys.exit(main())
