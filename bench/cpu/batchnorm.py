#!/usr/bin/env python3
"""CPU benchmark of norm's BatchNorm kernels against the memory ceiling and
peers.

Measures in one process, per shape (NCHW and NHWC, f32; norm compiles each
with a dynamic batch and static channels and image size) and thread count:
the streaming ceiling with one read and one write per element (plain and
non-temporal stores); norm's vector lowering and its linalg reference
lowering; the C++ loop a user writes by hand (-O3 -march=native, OpenMP);
oneDNN's batch normalization (inference with the running statistics);
ONNX Runtime's BatchNormalization (NCHW, a one-node model); PyTorch eager
F.batch_norm(training=False) and torch.compile of it (channels-last tensors
for NHWC). IREE is not measured here. Prints a Markdown table and writes it
with a PNG plot under bench/results/ (batchnorm-cpu-DATE-ISA).

With --training, the training form instead (batch statistics, the four
statistics results, running statistics updated with ONNX's momentum 0.9):
norm's kernels, its linalg path, the C++ loops a user writes (three passes
over each channel: mean, variance, y), PyTorch eager
F.batch_norm(training=True) and torch.compile of it; oneDNN and ONNX
Runtime are not measured (batchnorm-training-cpu-DATE-ISA). The traffic
model still counts x once: the kernels read it twice.

Usage: bench/cpu/batchnorm.py [--training] [--threads 1,2] [--reps 7]
                              [--out DIR]
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
from norm_aot import compile_module, prepare, tensor_type  # noqa: E402

EPS = 1e-5
# (layout, N, C, H, W): ResNet-50's BatchNorm shapes at batch 32.
SHAPES = [("nchw", 32, 64, 112, 112), ("nchw", 32, 256, 56, 56),
          ("nchw", 32, 512, 28, 28), ("nchw", 32, 2048, 7, 7),
          ("nhwc", 32, 256, 56, 56), ("nhwc", 32, 2048, 7, 7)]
PEERS = ["C++ loop", "oneDNN", "ONNX Runtime", "PyTorch eager",
         "torch.compile", "norm linalg"]


def kernel_source(layout, shape, training=False):
    """The op on `shape` (NCHW or NHWC order) with a dynamic batch: what a
    CNN's export gives (channels and image size fixed, any batch). The
    training form writes its statistics into four more arguments."""
    x = tensor_type([None] + list(shape[1:]), "f32")
    channels = shape[1] if layout == "nchw" else shape[3]
    c = tensor_type([channels], "f32")
    axis = 1 if layout == "nchw" else 3
    out = "{bufferization.writable = true}"
    if training:
        stats = ", ".join(f"%s{i}: {c} {out}" for i in range(4))
        types = ", ".join([x] + [c] * 4)
        return f"""
func.func @{layout}(%x: {x}, %g: {c}, %b: {c}, %m: {c}, %v: {c}, %y: {x} {out}, {stats}) -> ({types}) {{
  %r:5 = norm.batch_norm %x : {x} scale(%g : {c}) bias(%b : {c}) running(%m, %v : {c}, {c}) outs(%y, %s0, %s1, %s2, %s3 : {types}) {{training, channel_axis = {axis} : i64}}
  return %r#0, %r#1, %r#2, %r#3, %r#4 : {types}
}}"""
    return f"""
func.func @{layout}(%x: {x}, %g: {c}, %b: {c}, %m: {c}, %v: {c}, %y: {x} {out}) -> {x} {{
  %r = norm.batch_norm %x : {x} scale(%g : {c}) bias(%b : {c}) running(%m, %v : {c}, {c}) outs(%y : {x}) {{channel_axis = {axis} : i64}}
  return %r : {x}
}}"""


def onnx_session(channels, threads):
    try:
        import onnxruntime as ort
        from onnx import TensorProto, helper
    except ImportError:
        return None
    f32 = TensorProto.FLOAT
    x = helper.make_tensor_value_info("x", f32, ["N", channels, "H", "W"])
    y = helper.make_tensor_value_info("y", f32, ["N", channels, "H", "W"])
    params = [helper.make_tensor_value_info(p, f32, [channels])
              for p in ("g", "b", "m", "v")]
    node = helper.make_node("BatchNormalization", ["x", "g", "b", "m", "v"],
                            ["y"], epsilon=EPS)
    graph = helper.make_graph([node], "bn", [x] + params, [y])
    model = helper.make_model(graph,
                              opset_imports=[helper.make_opsetid("", 15)])
    options = ort.SessionOptions()
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    return ort.InferenceSession(model.SerializeToString(), options,
                                providers=["CPUExecutionProvider"])


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--training", action="store_true",
                        help="the training form")
    run_arguments(parser)
    args = parser.parse_args()
    thread_counts = [int(t) for t in args.threads.split(",")]
    omp = ctypes.CDLL(os.path.join(LLVM_LIB, "libomp.so"))
    baselines, have_dnnl = build_baselines()
    try:
        import torch
        import torch.nn.functional as F
    except Exception:
        torch = None

    rng = np.random.default_rng(0)
    results = []
    ptr = lambda a: a.ctypes.data_as(ctypes.c_void_p)  # noqa: E731
    c64 = ctypes.c_int64
    for layout, n, c, h, w in SHAPES:
        shape = (n, c, h, w) if layout == "nchw" else (n, h, w, c)
        x = rng.standard_normal(shape, dtype=np.float32)
        y = np.empty_like(x)
        g, b, m = (rng.standard_normal(c, dtype=np.float32) for _ in range(3))
        v = (rng.random(c, dtype=np.float32) + 0.5)
        nbytes = 8 * x.size
        source = kernel_source(layout, shape, args.training)
        stats = [np.empty(c, np.float32) for _ in range(4)]
        libs = {lowering: compile_module(source,
                                         cflags=("-O3", "-march=native"),
                                         options=f"lowering={lowering}")
                for lowering in ("vector", "linalg")}
        for threads in thread_counts:
            omp.omp_set_num_threads(threads)
            fns = {}
            for nt in (0, 1):
                fns["ceiling NT" if nt else "ceiling"] = \
                    lambda nt=nt: baselines.ceiling_1r1w(
                        ptr(x), ptr(y), c64(x.size), nt)
            operands = [x, g, b, m, v, y] + (stats if args.training else [])
            fns["norm"] = prepare(libs["vector"], layout, operands, [])
            # The linalg path's training form returns its results (they do
            # not bufferize into the arguments).
            fns["norm linalg"] = prepare(
                libs["linalg"], layout, operands,
                [(4, np.float32)] + [(1, np.float32)] * 4
                if args.training else [])
            eps = ctypes.c_float(EPS)
            if args.training:
                # The running statistics are updated in place: copies.
                rm, rv = m.copy(), v.copy()
                momentum = ctypes.c_float(0.9)
                if layout == "nchw":
                    fns["C++ loop"] = \
                        lambda: baselines.cpp_batch_norm_train_nchw(
                            ptr(x), ptr(g), ptr(b), ptr(rm), ptr(rv),
                            ptr(y), c64(n), c64(c), c64(h * w), eps,
                            momentum)
                else:
                    fns["C++ loop"] = \
                        lambda: baselines.cpp_batch_norm_train_nhwc(
                            ptr(x), ptr(g), ptr(b), ptr(rm), ptr(rv),
                            ptr(y), c64(n * h * w), c64(c), eps, momentum)
            elif layout == "nchw":
                fns["C++ loop"] = lambda: baselines.cpp_batch_norm_nchw(
                    ptr(x), ptr(g), ptr(b), ptr(m), ptr(v), ptr(y), c64(n),
                    c64(c), c64(h * w), eps)
            else:
                fns["C++ loop"] = lambda: baselines.cpp_batch_norm_nhwc(
                    ptr(x), ptr(g), ptr(b), ptr(m), ptr(v), ptr(y),
                    c64(n * h * w), c64(c), eps)
            if have_dnnl and not args.training:
                fns["oneDNN"] = lambda: baselines.dnnl_batch_norm(
                    ptr(x), ptr(g), ptr(b), ptr(m), ptr(v), ptr(y), c64(n),
                    c64(c), c64(h), c64(w), int(layout == "nhwc"), eps, 1)
            if layout == "nchw" and not args.training:
                session = onnx_session(c, threads)
                if session is not None:
                    feeds = {"x": x, "g": g, "b": b, "m": m, "v": v}
                    fns["ONNX Runtime"] = lambda: session.run(None, feeds)
            if torch is not None:
                torch.set_num_threads(threads)
                tx = torch.from_numpy(x)
                if layout == "nhwc":
                    tx = tx.permute(0, 3, 1, 2)  # channels-last strides
                tg, tb, tm, tv = (torch.from_numpy(a.copy())
                                  for a in (g, b, m, v))
                # PyTorch's momentum is ONNX's 1 - momentum.
                training = args.training

                def eager(tx=tx, tg=tg, tb=tb, tm=tm, tv=tv):
                    return F.batch_norm(tx, tm, tv, tg, tb, training, 0.1,
                                        EPS)
                fns["PyTorch eager"] = eager
                try:
                    compiled = torch.compile(eager, dynamic=False)
                    compiled()
                    fns["torch.compile"] = compiled
                except Exception as error:
                    print(f"  (torch.compile: {str(error)[:100]})",
                          file=sys.stderr)
            timings = interleaved_times(fns, args.reps)
            result = {"op": f"batch_norm {layout}" +
                      (" training" if args.training else ""),
                      "shape": "x".join(map(str, shape)), "type": "f32",
                      "threads": threads,
                      "gbps": {k: nbytes / t[0] / 1e9
                               for k, t in timings.items()},
                      "spread": {k: t[1] / t[0] for k, t in timings.items()}}
            results.append(result)
            print(f"{layout} {shape} {threads}t: " +
                  ", ".join(f"{k} {val:.1f}" for k, val in
                            result["gbps"].items()), file=sys.stderr)
    form = "training" if args.training else "inference"
    prefix = "batchnorm-training-cpu" if args.training else "batchnorm-cpu"
    name = args.name or \
        f"{prefix}-{datetime.date.today().isoformat()}-{vector_isa()}"
    report(results, args.out, name, thread_counts,
           title=f"CPU benchmark: {form} BatchNorm",
           peers=[p for p in PEERS if not args.training or
                  p not in ("oneDNN", "ONNX Runtime")],
           traffic="8 B/elem: x read, y written, f32")


if __name__ == "__main__":
    main()
