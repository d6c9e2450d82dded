#!/usr/bin/env python3
"""CPU benchmark of norm's backward row kernels against the memory ceiling.

Measures in one process, per op (LayerNorm and RMSNorm backward from the
forward's saved statistics, with the parameter gradients), element type
(f32, bf16) and thread count (1, 2), on 8192 x 4096:
  - the streaming ceiling with the backward's read/write mix: two reads and
    one write per element (dy and x read, dx written), plain and
    non-temporal stores (bench/cpu/baselines.cpp's ceiling_2r1w, on f32
    arrays of the same bytes; the fastest is the ceiling);
  - norm's vector lowering (the backward row kernels,
    lib/Conversion/NormToCPU/RowNormGrads.cpp) and its linalg reference
    lowering;
  - PyTorch eager's aten.native_layer_norm_backward (LayerNorm) and eager
    autograd through F.rms_norm (RMSNorm: PyTorch has no CPU kernel for
    its backward), when
    torch imports.
The systems take turns within each repetition (bench.py's
interleaved_times). Effective GB/s = the byte model / median time: dy and x
read, dx written (3 x rows x N x element bytes), gamma read (N x element
bytes), the saved statistics read (rows x 4 bytes each), and the partial
sums of dscale (and dbias) written and read once (2 x P x N x 4 bytes
each, P = 64 blocks). Writes a Markdown table and a PNG plot under
bench/results/ (backward-cpu-DATE-ISA).

Usage: bench/cpu/backward.py [--threads 1,2] [--reps 7] [--out DIR]
                             [--name NAME]
"""

import os

os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
os.environ.setdefault("KMP_BLOCKTIME", "0")

import argparse  # noqa: E402
import ctypes  # noqa: E402
import datetime  # noqa: E402
import sys  # noqa: E402

import numpy as np  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bench import (LLVM_LIB, build_baselines,  # noqa: E402
                   interleaved_times, report, run_arguments, vector_isa)
from norm_aot import bf16_from_f32, compile_module, prepare  # noqa: E402
from norm_aot import tensor_type  # noqa: E402

ROWS, HIDDEN = 8192, 4096
BLOCKS = 64
OPS = ["layer_norm_grad", "rms_norm_grad"]
PEERS = ["PyTorch eager", "norm linalg"]


def kernel_source(ty):
    x = tensor_type([None, None], ty)
    g = tensor_type([None], ty)
    s = tensor_type([None, 1], "f32")
    out = "{bufferization.writable = true}"
    return f"""
func.func @layer_norm_grad(%dy: {x}, %x: {x}, %g: {g}, %mean: {s}, %rstd: {s}, %dx: {x} {out}, %dg: {g} {out}, %db: {g} {out}) -> ({x}, {g}, {g}) {{
  %r:3 = norm.layer_norm_grad %dy, %x : {x}, {x} scale(%g : {g}) mean(%mean : {s}) rstd(%rstd : {s}) outs(%dx, %dg, %db : {x}, {g}, {g})
  return %r#0, %r#1, %r#2 : {x}, {g}, {g}
}}
func.func @rms_norm_grad(%dy: {x}, %x: {x}, %g: {g}, %rstd: {s}, %dx: {x} {out}, %dg: {g} {out}) -> ({x}, {g}) {{
  %r:2 = norm.rms_norm_grad %dy, %x : {x}, {x} scale(%g : {g}) rstd(%rstd : {s}) outs(%dx, %dg : {x}, {g})
  return %r#0, %r#1 : {x}, {g}
}}
"""


def bytes_moved(op, rows, hidden, elem):
    """dy, x read and dx written; gamma read; the saved statistics read;
    the partial sums of the parameter gradients written and read."""
    layer = op == "layer_norm_grad"
    stats = (2 if layer else 1) * rows * 4
    partials = (2 if layer else 1) * 2 * min(rows, BLOCKS) * hidden * 4
    return 3 * rows * hidden * elem + hidden * elem + stats + partials


def storage(values, ty):
    return bf16_from_f32(values) if ty == "bf16" else values


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    run_arguments(parser)
    args = parser.parse_args()
    thread_counts = [int(t) for t in args.threads.split(",")]
    omp = ctypes.CDLL(os.path.join(LLVM_LIB, "libomp.so"))
    baselines, _ = build_baselines()
    try:
        import torch
    except Exception:
        torch = None
    rng = np.random.default_rng(0)
    ptr = lambda a: a.ctypes.data_as(ctypes.c_void_p)  # noqa: E731
    c64 = ctypes.c_int64
    results = []
    for ty in ("f32", "bf16"):
        elem = 4 if ty == "f32" else 2
        x32 = rng.standard_normal((ROWS, HIDDEN), dtype=np.float32)
        dy32 = rng.standard_normal((ROWS, HIDDEN), dtype=np.float32)
        g32 = (1 + 0.1 * rng.standard_normal(HIDDEN)).astype(np.float32)
        mean = x32.mean(-1, keepdims=True).astype(np.float32)
        rstd = (1 / np.sqrt(x32.var(-1, keepdims=True) + 1e-5)).astype(
            np.float32)
        rms_rstd = (1 / np.sqrt((x32 ** 2).mean(-1, keepdims=True) +
                                1e-5)).astype(np.float32)
        x, dy, g = (storage(a, ty) for a in (x32, dy32, g32))
        dx = np.empty_like(x)
        dg, db = np.empty_like(g), np.empty_like(g)
        # The ceilings' f32 arrays of the same bytes as dy, x and dx.
        words = ROWS * HIDDEN * elem // 4
        ca, cb, cy = (np.ones(words, np.float32) for _ in range(3))
        source = kernel_source(ty)
        libs = {lowering: compile_module(source,
                                         cflags=("-O3", "-march=native"),
                                         options=f"lowering={lowering}")
                for lowering in ("vector", "linalg")}
        operands = {
            "layer_norm_grad": [dy, x, g, mean, rstd, dx, dg, db],
            "rms_norm_grad": [dy, x, g, rms_rstd, dx, dg],
        }
        for op in OPS:
            for threads in thread_counts:
                omp.omp_set_num_threads(threads)
                fns = {}
                for nt in (0, 1):
                    fns["ceiling NT" if nt else "ceiling"] = \
                        lambda nt=nt: baselines.ceiling_2r1w(
                            ptr(ca), ptr(cb), ptr(cy), c64(words), nt)
                fns["norm"] = prepare(libs["vector"], op, operands[op], [])
                # The linalg path on f32 returns dscale (and dbias) in new
                # buffers (bufferization does not write them in place);
                # on bf16 it writes every output in place.
                returned = [(1, g.dtype)] * (2 if op == "layer_norm_grad"
                                             else 1) if ty == "f32" else []
                fns["norm linalg"] = prepare(libs["linalg"], op,
                                             operands[op], returned)
                if torch is not None and op == "layer_norm_grad":
                    torch.set_num_threads(threads)
                    dtype = torch.float32 if ty == "f32" else torch.bfloat16
                    tdy = torch.from_numpy(dy32).to(dtype)
                    tx = torch.from_numpy(x32).to(dtype)
                    tg = torch.from_numpy(g32).to(dtype)
                    tb = torch.zeros_like(tg)
                    # PyTorch's CPU LayerNorm saves bf16 statistics for
                    # bf16 data, and its backward takes them so.
                    tmean = torch.from_numpy(mean).to(dtype)
                    trstd = torch.from_numpy(rstd).to(dtype)
                    fns["PyTorch eager"] = \
                        lambda: torch.ops.aten.native_layer_norm_backward(
                            tdy, tx, [HIDDEN], tmean, trstd, tg, tb,
                            [True, True, True])
                if torch is not None and op == "rms_norm_grad":
                    # PyTorch has no CPU kernel for RMSNorm's backward
                    # (aten::_fused_rms_norm_backward is CUDA only): eager
                    # autograd runs F.rms_norm's composite backward, timed
                    # alone on a graph kept from one forward.
                    torch.set_num_threads(threads)
                    dtype = torch.float32 if ty == "f32" else torch.bfloat16
                    tdy = torch.from_numpy(dy32).to(dtype)
                    tx = torch.from_numpy(x32).to(dtype).requires_grad_()
                    tg = torch.from_numpy(g32).to(dtype).requires_grad_()
                    ty_ = torch.nn.functional.rms_norm(tx, [HIDDEN], tg, 1e-5)
                    fns["PyTorch eager"] = \
                        lambda: torch.autograd.grad(ty_, (tx, tg), tdy,
                                                    retain_graph=True)
                timings = interleaved_times(fns, args.reps)
                nbytes = bytes_moved(op, ROWS, HIDDEN, elem)
                ceiling_bytes = 3 * ROWS * HIDDEN * elem
                gbps = {}
                for k, t in timings.items():
                    moved = ceiling_bytes if k.startswith("ceiling") \
                        else nbytes
                    gbps[k] = moved / t[0] / 1e9
                result = {"op": op, "shape": f"{ROWS}x{HIDDEN}", "type": ty,
                          "threads": threads, "gbps": gbps,
                          "spread": {k: t[1] / t[0]
                                     for k, t in timings.items()}}
                results.append(result)
                print(f"{op} {ty} {threads}t: " +
                      ", ".join(f"{k} {v:.1f}" for k, v in gbps.items()),
                      file=sys.stderr)
    name = args.name or \
        f"backward-cpu-{datetime.date.today().isoformat()}-{vector_isa()}"
    report(results, args.out, name, thread_counts,
           title="CPU benchmark: LayerNorm and RMSNorm backward",
           peers=PEERS,
           traffic="dy and x read, dx written, gamma and the saved "
           "statistics read, the 64 partial rows of dscale (dbias) written "
           "and read; the ceiling moves 3 x rows x N x element bytes")


if __name__ == "__main__":
    main()
