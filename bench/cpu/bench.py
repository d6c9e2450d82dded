#!/usr/bin/env python3
"""CPU benchmark of norm's kernels against the memory ceiling and peers.

Measures in one process, per op, shape, element type and thread count:
  - the streaming ceiling with the op's read/write mix (plain stores,
    non-temporal stores, and non-temporal stores in row-sized bursts, each
    row read and then written as norm's kernels do; the fastest is the
    ceiling);
  - norm's vector lowering (--norm-cpu-pipeline, the default) and its linalg
    reference lowering (lowering=linalg, the "no norm dialect" baseline);
  - the C++ loops a user writes by hand (-O3 -march=native, OpenMP);
  - oneDNN's layer normalization (Debian libdnnl-dev), LayerNorm only;
  - ONNX Runtime's LayerNormalization / SimplifiedLayerNormalization and the
    fused SkipLayerNormalization / SkipSimplifiedLayerNormalization
    (one-node models), when onnxruntime imports;
  - PyTorch eager (x + r, then F.layer_norm / F.rms_norm) and
    torch.compile of the same function (Inductor's C++ backend), when torch
    imports;
  - IREE's CPU backend (PyPI iree-base-compiler / iree-base-runtime)
    compiling the same decomposed linalg IR (norm's --convert-norm-to-linalg
    output, static shapes, inputs resident as device arrays), when
    iree.runtime imports.
Worker threads of every system sleep between calls (OMP_WAIT_POLICY=PASSIVE,
KMP_BLOCKTIME=0, ONNX Runtime without spinning), so that a system does not
run while the previous one's threads still spin on the two cores.
Prints a Markdown table of effective GB/s (docs/Performance.md's traffic model),
the percentage of the ceiling and norm's ratio to each peer, and writes it
with a PNG plot and the machine description under bench/results/.

With --baseline PATH (another build's norm-opt), it is an A/B run instead:
only the ceilings, norm and the baseline build's norm, taking turns in each
repetition in one process, and a table of their ratios with a verdict per
cell (slower beyond the spread of the two, or not).

Usage: bench/cpu/bench.py [--quick] [--threads 1,2] [--out DIR] [--name NAME]
                          [--baseline PATH/TO/norm-opt]
"""

import os

# Every system's worker threads sleep when a call returns, instead of
# spinning on the 2 cores while the next system in the rotation runs (set
# before any OpenMP runtime loads: LLVM's libomp for norm, the C++ loops and
# the ceilings, GNU libgomp for PyTorch and oneDNN).
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
os.environ.setdefault("KMP_BLOCKTIME", "0")

import argparse  # noqa: E402
import ctypes  # noqa: E402
import datetime  # noqa: E402
import platform  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402

import numpy as np  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(
    __file__))))
sys.path.insert(0, os.path.join(ROOT, "python"))
from norm_aot import (bf16_from_f32, compile_module, prepare,  # noqa: E402
                      tensor_type)

SHAPES = [(8192, 4096), (16384, 1024), (2048, 8192), (4096, 4097),
          (8192, 768), (8192, 3584)]
OPS = ["add_rms_norm", "add_layer_norm", "rms_norm", "layer_norm"]
EPS = 1e-5
LLVM_LIB = "/usr/lib/llvm-22/lib"


def kernel_source(ty):
    x = tensor_type([None, None], ty)
    g = tensor_type([None], ty)
    out = "{bufferization.writable = true}"
    return f"""
func.func @rms_norm(%x: {x}, %g: {g}, %y: {x} {out}) -> {x} {{
  %r = norm.rms_norm %x : {x} scale(%g : {g}) outs(%y : {x})
  return %r : {x}
}}
func.func @layer_norm(%x: {x}, %g: {g}, %b: {g}, %y: {x} {out}) -> {x} {{
  %r = norm.layer_norm %x : {x} scale(%g : {g}) bias(%b : {g}) outs(%y : {x})
  return %r : {x}
}}
func.func @add_rms_norm(%x: {x}, %r: {x}, %g: {g}, %y: {x} {out}, %h: {x} {out}) -> ({x}, {x}) {{
  %o:2 = norm.add_rms_norm %x, %r : {x}, {x} scale(%g : {g}) outs(%y, %h : {x}, {x})
  return %o#0, %o#1 : {x}, {x}
}}
func.func @add_layer_norm(%x: {x}, %r: {x}, %g: {g}, %b: {g}, %y: {x} {out}, %h: {x} {out}) -> ({x}, {x}) {{
  %o:2 = norm.add_layer_norm %x, %r : {x}, {x} scale(%g : {g}) bias(%b : {g}) outs(%y, %h : {x}, {x})
  return %o#0, %o#1 : {x}, {x}
}}
"""


def bytes_moved(op, rows, hidden, elem):
    """docs/Performance.md's traffic model: what the op must read and write."""
    per_element = 4 if op.startswith("add_") else 2
    return per_element * rows * hidden * elem


def median_time(fn, reps):
    fn()  # warm up (page faults, caches, thread pool)
    samples = []
    for _ in range(reps):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples), max(samples) - min(samples)


def interleaved_times(fns, reps):
    """(median, max - min) of each function's time. The functions take
    turns within each repetition, so a change in the machine's state (a
    shared VM) affects all of them alike and the ratios stay fair."""
    for fn in fns.values():
        fn()  # warm up (page faults, caches, thread pools, compilation)
    samples = {name: [] for name in fns}
    for _ in range(reps):
        for name, fn in fns.items():
            start = time.perf_counter()
            fn()
            samples[name].append(time.perf_counter() - start)
    return {name: (statistics.median(times), max(times) - min(times))
            for name, times in samples.items()}


def build_baselines():
    out = tempfile.mkdtemp(prefix="norm-bench-")
    library = os.path.join(out, "libbaselines.so")
    command = ["clang++", "-O3", "-march=native", "-fopenmp", "-fPIC",
               "-shared", os.path.join(ROOT, "bench", "cpu", "baselines.cpp"),
               "-o", library, f"-L{LLVM_LIB}", f"-Wl,-rpath,{LLVM_LIB}"]
    dnnl = os.path.exists("/usr/include/oneapi/dnnl/dnnl.hpp")
    if dnnl:
        command[1:1] = ["-DNORM_BENCH_DNNL"]
        command.append("-ldnnl")
    subprocess.run(command, check=True)
    return ctypes.CDLL(library), dnnl


def onnx_session(op, hidden, ty, threads):
    """A one-node ONNX Runtime session for the op, or None."""
    try:
        import onnx
        import onnxruntime as ort
        from onnx import TensorProto, helper
    except ImportError:
        return None
    elem = TensorProto.FLOAT if ty == "f32" else TensorProto.BFLOAT16
    x = helper.make_tensor_value_info("x", elem, ["R", hidden])
    r = helper.make_tensor_value_info("r", elem, ["R", hidden])
    g = helper.make_tensor_value_info("g", elem, [hidden])
    b = helper.make_tensor_value_info("b", elem, [hidden])
    y = helper.make_tensor_value_info("y", elem, ["R", hidden])
    h = helper.make_tensor_value_info("h", elem, ["R", hidden])
    ms = "com.microsoft"
    if op == "layer_norm":
        node = helper.make_node("LayerNormalization", ["x", "g", "b"], ["y"],
                                axis=-1, epsilon=EPS)
        inputs, outputs = [x, g, b], [y]
    elif op == "rms_norm":
        node = helper.make_node("SimplifiedLayerNormalization", ["x", "g"],
                                ["y"], axis=-1, epsilon=EPS)
        inputs, outputs = [x, g], [y]
    elif op == "add_layer_norm":
        node = helper.make_node("SkipLayerNormalization", ["x", "r", "g", "b"],
                                ["y", "", "", "h"], domain=ms, epsilon=EPS)
        inputs, outputs = [x, r, g, b], [y, h]
    else:
        node = helper.make_node("SkipSimplifiedLayerNormalization",
                                ["x", "r", "g"], ["y", "", "", "h"], domain=ms,
                                epsilon=EPS)
        inputs, outputs = [x, r, g], [y, h]
    graph = helper.make_graph([node], op, inputs, outputs)
    model = helper.make_model(graph, opset_imports=[
        helper.make_opsetid("", 17), helper.make_opsetid(ms, 1)])
    options = ort.SessionOptions()
    options.intra_op_num_threads = threads
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    options.inter_op_num_threads = 1
    try:
        return ort.InferenceSession(model.SerializeToString(), options,
                                    providers=["CPUExecutionProvider"])
    except Exception as error:  # an op this build lacks
        print(f"  (onnxruntime {op} {ty}: {str(error)[:80]})", file=sys.stderr)
        return None


def torch_function(op):
    try:
        import torch
        import torch.nn.functional as F
    except Exception:  # not installed, or a broken install
        return None
    if op == "layer_norm":
        return lambda x, r, g, b: F.layer_norm(x, (x.shape[-1],), g, b, EPS)
    if op == "rms_norm":
        return lambda x, r, g, b: F.rms_norm(x, (x.shape[-1],), g, EPS)
    if op == "add_layer_norm":
        def f(x, r, g, b):
            h = x + r
            return F.layer_norm(h, (h.shape[-1],), g, b, EPS), h
        return f
    def f(x, r, g, b):
        h = x + r
        return F.rms_norm(h, (h.shape[-1],), g, EPS), h
    return f


_IREE_CACHE = {}


def iree_source(op, rows, hidden, ty):
    """The op as a function returning fresh tensors (what IREE compiles)."""
    x = tensor_type([rows, hidden], ty)
    g = tensor_type([hidden], ty)
    fused = op.startswith("add_")
    layer = "layer" in op
    args = ["%x: " + x] + (["%r: " + x] if fused else []) + ["%g: " + g] + \
        (["%b: " + g] if layer else [])
    params = f" scale(%g : {g})" + (f" bias(%b : {g})" if layer else "")
    if fused:
        return (f"func.func @main({', '.join(args)}) -> ({x}, {x}) {{\n"
                f"  %e = tensor.empty() : {x}\n"
                f"  %o:2 = norm.{op} %x, %r : {x}, {x}{params} "
                f"outs(%e, %e : {x}, {x})\n"
                f"  return %o#0, %o#1 : {x}, {x}\n}}\n")
    return (f"func.func @main({', '.join(args)}) -> {x} {{\n"
            f"  %e = tensor.empty() : {x}\n"
            f"  %o = norm.{op} %x : {x}{params} outs(%e : {x})\n"
            f"  return %o : {x}\n}}\n")


def iree_function(op, rows, hidden, ty, threads, arrays):
    """IREE's llvm-cpu build of norm's decomposed linalg IR for the op,
    bound to `arrays` uploaded once; None where IREE is missing or fails."""
    try:
        import iree.compiler  # noqa: F401
        import iree.runtime as rt
    except ImportError:
        return None
    key = (op, rows, hidden, ty)
    try:
        if key not in _IREE_CACHE:
            work = tempfile.mkdtemp(prefix="norm-iree-")
            src = os.path.join(work, "op.mlir")
            linalg = os.path.join(work, "op.linalg.mlir")
            vmfb = os.path.join(work, "op.vmfb")
            with open(src, "w") as f:
                f.write(iree_source(op, rows, hidden, ty))
            subprocess.run(["norm-opt", src, "--convert-norm-to-linalg",
                            "--canonicalize", "--cse", "-o", linalg],
                           check=True)
            compiler = os.path.join(os.path.dirname(sys.executable),
                                    "iree-compile")
            subprocess.run([compiler, linalg,
                            "--iree-hal-target-device=local",
                            "--iree-hal-local-target-device-backends=llvm-cpu",
                            "--iree-llvmcpu-target-cpu=host", "-o", vmfb],
                           check=True, capture_output=True)
            with open(vmfb, "rb") as f:
                _IREE_CACHE[key] = f.read()
        rt.flags.parse_flags(f"--task_topology_max_group_count={threads}")
        config = rt.Config(driver_name="local-task")
        context = rt.SystemContext(config=config)
        context.add_vm_module(rt.VmModule.copy_buffer(context.instance,
                                                      _IREE_CACHE[key]))
        main = context.modules.module["main"]
        # Buffer views in device memory, made once; bf16 data are uint16
        # bit patterns here, so the element type is said explicitly.
        element_type = rt.HalElementType.BFLOAT_16 if ty == "bf16" else \
            rt.HalElementType.FLOAT_32
        device_arrays = [config.device.allocator.allocate_buffer_copy(
            memory_type=rt.MemoryType.DEVICE_LOCAL,
            allowed_usage=rt.BufferUsage.DEFAULT, device=config.device,
            buffer=a, element_type=element_type) for a in arrays]
        invoke = lambda: main(*device_arrays)  # noqa: E731
        invoke()  # fails here, not in the timing, if IREE cannot run it
        return invoke
    except Exception as error:  # a compile or runtime failure: no cell
        print(f"  (IREE {op} {ty}: {str(error)[:100]})", file=sys.stderr)
        return None


def cpu_info():
    """The first processor's /proc/cpuinfo fields (empty where absent)."""
    info = {}
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if not line.strip():
                    break
                key, _, value = line.partition(":")
                info[key.strip()] = value.strip()
    except OSError:
        pass
    return info


def vector_isa():
    """The widest x86 vector extension the host has ("avx512", "avx2",
    ...): the kernels' vector width follows it, so results of different
    ISAs are not comparable."""
    flags = cpu_info().get("flags", "").split()
    for isa in ("avx512f", "avx2", "avx", "sse2"):
        if isa in flags:
            return isa.rstrip("f")
    return platform.machine()


def machine():
    info = cpu_info()
    cpu = info.get("model name", platform.processor())
    if "cpu family" in info:
        cpu += f" (family {info['cpu family']}, model {info.get('model')})"
    return f"{cpu}, {vector_isa().upper()}, {os.cpu_count()} logical CPUs, " \
           f"{platform.system()} {platform.release()}"


def run_arguments(parser):
    """The options every CPU benchmark takes: thread counts, repetitions
    and where the results go."""
    parser.add_argument("--threads", default="1,2")
    parser.add_argument("--reps", type=int, default=7)
    parser.add_argument("--out", default=os.path.join(ROOT, "bench",
                                                      "results"))
    parser.add_argument("--name", default=None,
                        help="output file name without extension (default: "
                        "the benchmark's prefix, the date and the ISA)")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true",
                        help="two shapes, f32, fewer repetitions")
    run_arguments(parser)
    parser.add_argument("--baseline", metavar="NORM_OPT",
                        help="A/B run: compare with the kernels of this "
                        "norm-opt (another build) instead of the peers")
    parser.add_argument("--targets", metavar="FILE",
                        help="only print the targets section for a saved "
                        "table")
    args = parser.parse_args()
    if args.targets:
        print("\n".join(target_lines(table_rows(args.targets))))
        return
    shapes = SHAPES[:2] if args.quick else SHAPES
    types = ["f32"] if args.quick else ["f32", "bf16"]
    reps = 3 if args.quick else args.reps
    thread_counts = [int(t) for t in args.threads.split(",")]

    omp = ctypes.CDLL(os.path.join(LLVM_LIB, "libomp.so"))
    baselines, have_dnnl = build_baselines()
    libs = {}
    for ty in types:
        source = kernel_source(ty)
        libs[("vector", ty)] = compile_module(
            source, cflags=("-O3", "-march=native"))
        # The linalg path is compiled for OpenMP like norm's, and measured
        # with the same thread counts.
        if args.baseline:
            libs[("baseline", ty)] = compile_module(
                source, cflags=("-O3", "-march=native"),
                norm_opt=args.baseline)
            continue
        libs[("linalg", ty)] = compile_module(
            source, cflags=("-O3", "-march=native"),
            options="lowering=linalg")
    torch_ok = not args.baseline and \
        torch_function("rms_norm") is not None
    if torch_ok:
        import torch

    rows_out = []
    rng = np.random.default_rng(0)
    for rows, hidden in shapes:
        x32 = rng.standard_normal((rows, hidden), dtype=np.float32)
        r32 = rng.standard_normal((rows, hidden), dtype=np.float32)
        g32 = rng.standard_normal(hidden, dtype=np.float32)
        b32 = rng.standard_normal(hidden, dtype=np.float32)
        y32 = np.empty_like(x32)
        h32 = np.empty_like(x32)
        for ty in types:
            if ty == "f32":
                x, r, g, b, y, h = x32, r32, g32, b32, y32, h32
            else:
                x, r, g, b = (bf16_from_f32(a) for a in (x32, r32, g32, b32))
                y, h = np.empty_like(x), np.empty_like(x)
            elem = x.itemsize
            for threads in thread_counts:
                omp.omp_set_num_threads(threads)
                if torch_ok:
                    torch.set_num_threads(threads)
                for op in OPS:
                    fused = op.startswith("add_")
                    ln = "layer" in op
                    nbytes = bytes_moved(op, rows, hidden, elem)
                    result = {"op": op, "shape": f"{rows}x{hidden}",
                              "type": ty, "threads": threads}
                    fns = {}
                    # Ceilings (f32 data; the same bytes as this op).
                    n = nbytes // (16 if fused else 8)
                    cx = x32.reshape(-1)[:n]
                    cr = r32.reshape(-1)[:n]
                    cy = y32.reshape(-1)[:n]
                    ch = h32.reshape(-1)[:n]
                    ptr = lambda a: a.ctypes.data_as(ctypes.c_void_p)
                    for nt in (0, 1):
                        if fused:
                            fn = lambda nt=nt: baselines.ceiling_2r2w(
                                ptr(cx), ptr(cr), ptr(ch), ptr(cy),
                                ctypes.c_int64(n), nt)
                        else:
                            fn = lambda nt=nt: baselines.ceiling_1r1w(
                                ptr(cx), ptr(cy), ctypes.c_int64(n), nt)
                        fns["ceiling NT" if nt else "ceiling"] = fn
                    # The same mix in row-sized bursts (read a row, then
                    # write it), the access pattern of norm's kernels.
                    width = n // rows
                    if fused:
                        fn = lambda: baselines.ceiling_rows_2r2w(
                            ptr(cx), ptr(cr), ptr(ch), ptr(cy),
                            ctypes.c_int64(rows), ctypes.c_int64(width))
                    else:
                        fn = lambda: baselines.ceiling_rows_1r1w(
                            ptr(cx), ptr(cy), ctypes.c_int64(rows),
                            ctypes.c_int64(width))
                    fns["ceiling rows"] = fn
                    lowerings = ("vector", "baseline") if args.baseline \
                        else ("vector", "linalg")
                    for lowering in lowerings:
                        lib = libs[(lowering, ty)]
                        operands = {"rms_norm": [x, g, y],
                                "layer_norm": [x, g, b, y],
                                "add_rms_norm": [x, r, g, y, h],
                                "add_layer_norm": [x, r, g, b, y, h]}[op]
                        # Outputs are written into the writable arguments;
                        # the entry points return nothing.
                        fn = prepare(lib, op, operands, [])
                        fns[{"vector": "norm", "linalg": "norm linalg",
                             "baseline": "norm baseline"}[lowering]] = fn
                    if args.baseline:
                        timings = interleaved_times(fns, reps)
                        result["gbps"] = {k: nbytes / t[0] / 1e9
                                          for k, t in timings.items()}
                        result["spread"] = {k: t[1] / t[0]
                                            for k, t in timings.items()}
                        rows_out.append(result)
                        print(f"{op:15s} {rows}x{hidden} {ty} {threads}t: "
                              f"norm {result['gbps']['norm']:.1f}, baseline "
                              f"{result['gbps']['norm baseline']:.1f}",
                              file=sys.stderr)
                        continue
                    if ty == "f32":
                        c = ctypes.c_int64
                        eps = ctypes.c_float(EPS)
                        call = {
                            "rms_norm": lambda: baselines.cpp_rms_norm(
                                ptr(x), ptr(g), ptr(y), c(rows), c(hidden),
                                eps),
                            "layer_norm": lambda: baselines.cpp_layer_norm(
                                ptr(x), ptr(g), ptr(b), ptr(y), c(rows),
                                c(hidden), eps),
                            "add_rms_norm": lambda: baselines.cpp_add_rms_norm(
                                ptr(x), ptr(r), ptr(g), ptr(h), ptr(y),
                                c(rows), c(hidden), eps),
                            "add_layer_norm":
                                lambda: baselines.cpp_add_layer_norm(
                                    ptr(x), ptr(r), ptr(g), ptr(b), ptr(h),
                                    ptr(y), c(rows), c(hidden), eps),
                        }[op]
                        fns["C++ loop"] = call
                        if have_dnnl and op == "layer_norm":
                            fn = lambda: baselines.dnnl_layer_norm(
                                ptr(x), ptr(g), ptr(b), ptr(y), c(rows),
                                c(hidden), eps, 1)
                            fns["oneDNN"] = fn
                    session = onnx_session(op, hidden, ty, threads) \
                        if ty == "f32" else None
                    if session is not None:
                        feeds = {"x": x, "g": g}
                        if fused:
                            feeds["r"] = r
                        if ln:
                            feeds["b"] = b
                        fns["ONNX Runtime"] = \
                            lambda: session.run(None, feeds)
                    torch_fn = torch_function(op)
                    if torch_fn is not None:
                        tt = torch.float32 if ty == "f32" else torch.bfloat16
                        tx, tr = (torch.from_numpy(x32).to(tt),
                                  torch.from_numpy(r32).to(tt))
                        tg, tb = (torch.from_numpy(g32).to(tt),
                                  torch.from_numpy(b32).to(tt))
                        fns["PyTorch eager"] = \
                            lambda: torch_fn(tx, tr, tg, tb)
                        # Inductor compiles on the first call, here.
                        try:
                            compiled = torch.compile(torch_fn, dynamic=False)
                            compiled(tx, tr, tg, tb)
                            fns["torch.compile"] = \
                                lambda: compiled(tx, tr, tg, tb)
                        except Exception as error:
                            print(f"  (torch.compile {op} {ty}: "
                                  f"{str(error)[:100]})", file=sys.stderr)
                    inputs = [x] + ([r] if fused else []) + [g] + \
                        ([b] if ln else [])
                    iree_fn = iree_function(op, rows, hidden, ty, threads,
                                            inputs)
                    if iree_fn is not None:
                        fns["IREE"] = iree_fn
                    timings = interleaved_times(fns, reps)
                    result["gbps"] = {k: nbytes / t[0] / 1e9
                                      for k, t in timings.items()}
                    result["spread"] = {k: t[1] / t[0]
                                        for k, t in timings.items()}
                    rows_out.append(result)
                    print(f"{op:15s} {rows}x{hidden} {ty} {threads}t: " +
                          ", ".join(f"{k} {v:.1f}" for k, v in
                                    result["gbps"].items()),
                          file=sys.stderr)
    name = args.name or \
        f"cpu-{datetime.date.today().isoformat()}-{vector_isa()}"
    if args.baseline:
        report_ab(rows_out, args.out, name + "-ab", args.baseline)
        return
    report(rows_out, args.out, name, thread_counts)


def report_ab(results, out, name, baseline):
    """The A/B table: this build's norm against another build's, with the
    verdict per cell: slower when the ratio is under 1 by more than the
    larger of the two spreads."""
    lines = [f"# CPU A/B benchmark ({datetime.date.today()})", "",
             f"Machine: {machine()}. This build's kernels (norm) against "
             f"those of `{baseline}` (baseline), compiled from the same "
             "source and taking turns within each repetition in one "
             "process. Effective GB/s as in the CPU benchmark; spread: "
             "(max - min) / median of the repetitions. A cell is slower "
             "when norm / baseline < 1 - max(spreads).", "",
             "| op | shape | type | thr | ceiling GB/s | norm GB/s | "
             "spread | baseline GB/s | spread | norm / baseline | verdict |",
             "|---|---|---|---|---|---|---|---|---|---|---|"]
    slower = 0
    for res in results:
        g, sp = res["gbps"], res["spread"]
        ratio = g["norm"] / g["norm baseline"]
        margin = max(sp["norm"], sp["norm baseline"])
        verdict = "slower" if ratio < 1 - margin else "same"
        if ratio > 1 + margin:
            verdict = "faster"
        slower += verdict == "slower"
        lines.append(f"| {res['op']} | {res['shape']} | {res['type']} | "
                     f"{res['threads']} | {best_ceiling(g):.1f} | "
                     f"{g['norm']:.1f} | {100 * sp['norm']:.0f} % | "
                     f"{g['norm baseline']:.1f} | "
                     f"{100 * sp['norm baseline']:.0f} % | {ratio:.3f} | "
                     f"{verdict} |")
    lines += ["", f"{slower} of {len(results)} cells slower beyond their "
              "spread."]
    text = "\n".join(lines) + "\n"
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, f"{name}.md"), "w") as f:
        f.write(text)
    print(text)
    try:
        import matplotlib
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except Exception:  # missing, or built against another numpy
        print("matplotlib not usable here: no plot", file=sys.stderr)
        return
    plot_ab(plt, results, os.path.join(out, f"{name}.png"),
            f"A/B: this build / {baseline}\n{machine()}")


def plot_ab(plt, results, path, title):
    """Bars of norm / baseline per cell, with the larger spread of the two
    as the error bar (clipped to the plotted range)."""
    fig, ax = plt.subplots(figsize=(18, 5))
    ratios = [r["gbps"]["norm"] / r["gbps"]["norm baseline"]
              for r in results]
    errors = [min(max(r["spread"]["norm"], r["spread"]["norm baseline"]),
                  0.25) for r in results]
    ax.bar(range(len(results)), ratios, yerr=errors, capsize=1.5)
    ax.axhline(1.0, color="black", linewidth=0.8)
    ax.set_ylim(0.7, 1.3)
    ax.set_xticks(range(len(results)))
    ax.set_xticklabels([f"{r['op']} {r['shape']} {r['type']} "
                        f"{r['threads']}t" for r in results],
                       rotation=90, fontsize=6)
    ax.set_ylabel("norm / baseline (effective GB/s)")
    ax.set_title(title, fontsize=9)
    fig.tight_layout()
    fig.savefig(path, dpi=110)


PEERS = ["C++ loop", "oneDNN", "ONNX Runtime", "PyTorch eager",
         "torch.compile", "IREE", "norm linalg"]


def table_rows(path):
    """The rows of a saved report's measurement table (the first one; a
    targets table may follow): op, shape, type, threads, ceiling and norm
    GB/s, and norm's ratio to each peer measured."""
    rows, peers = [], []
    for line in open(path):
        if peers and not line.startswith("|"):
            break
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if line.startswith("| op |"):
            peers = [c.replace(" GB/s (norm ×)", "") for c in cells[8:]]
        elif line.startswith("| ") and peers and cells[0] != "---":
            ratios = {}
            for peer, cell in zip(peers, cells[8:]):
                if cell != "–":
                    ratios[peer] = float(cell.split("(")[1].rstrip("×)"))
            rows.append({"op": cells[0], "shape": cells[1], "type": cells[2],
                         "threads": int(cells[3]),
                         "ceiling": float(cells[4]), "norm": float(cells[5]),
                         "ratios": ratios})
    return rows


def target_lines(rows):
    """The issue's targets checked against a run's table rows (see
    table_rows). Odd rows are compared with 8192x4096 by their share of the
    ceiling measured with each (the VM's speed drifts between rows), and
    by GB/s."""
    by = {(r["op"], r["shape"], r["type"], r["threads"]): r for r in rows}
    share = lambda r: r["norm"] / r["ceiling"]  # noqa: E731
    out = ["", "## Targets", "", "| target | this run | met |",
           "|---|---|---|"]

    def add(target, result, met):
        out.append(f"| {target} | {result} | {'yes' if met else 'no'} |")

    fused = [by.get((op, "8192x4096", "f32", 2))
             for op in ("add_rms_norm", "add_layer_norm")]
    if all(fused):
        add("add+RMSNorm, add+LayerNorm 8192x4096 f32, 2 threads: ≥ 90 % "
            "of the ceiling",
            ", ".join(f"{100 * share(r):.0f} %" for r in fused),
            all(share(r) >= 0.9 for r in fused))
    bf16 = [r for r in rows if r["type"] == "bf16" and r["threads"] == 2]
    if bf16:
        low = [f"{r['op']} {r['shape']} {100 * share(r):.0f} %"
               for r in bf16 if share(r) < 0.85]
        add("bf16, 2 threads, every shape: ≥ 85 % of the ceiling (issue 25)",
            f"{len(bf16) - len(low)} of {len(bf16)} cells, "
            f"{100 * min(map(share, bf16)):.0f}–"
            f"{100 * max(map(share, bf16)):.0f} %", not low)
    ratios = [(r, p, v) for r in rows for p, v in r["ratios"].items()]
    lost = [f"{r['op']} {r['shape']} {r['type']} {r['threads']}t vs {p} "
            f"{v:.2f}×" for r, p, v in ratios if v < 1]
    add("faster than every peer in every cell",
        f"{len(ratios) - len(lost)} of {len(ratios)}" +
        (f" (lost: {'; '.join(lost)})" if lost else ""), not lost)
    dnnl = [v for r, p, v in ratios if p == "oneDNN"]
    if dnnl:
        add("LayerNorm ≥ 1.5× oneDNN",
            f"{sum(v >= 1.5 for v in dnnl)} of {len(dnnl)} cells, "
            f"{min(dnnl):.2f}–{max(dnnl):.2f}×", min(dnnl) >= 1.5)
    linalg = [v for r, p, v in ratios if p == "norm linalg"]
    if linalg:
        add("≥ 3× the linalg path",
            f"{sum(v >= 3 for v in linalg)} of {len(linalg)} cells, from "
            f"{min(linalg):.1f}×", min(linalg) >= 3)
    odd = []
    for r in rows:
        aligned = by.get((r["op"], "8192x4096", r["type"], r["threads"]))
        if r["shape"] == "4096x4097" and aligned:
            odd.append((r, share(r) / share(aligned),
                        r["norm"] / aligned["norm"]))
    if odd:
        misses = [f"{r['op']} {r['type']} {r['threads']}t {s:.2f}"
                  for r, s, _ in odd if s < 0.85]
        add("hidden 4097 within 15 % of 8192x4096 (share of the ceiling; "
            "GB/s in brackets)",
            f"{len(odd) - len(misses)} of {len(odd)}, "
            f"{min(s for _, s, _ in odd):.2f}–{max(s for _, s, _ in odd):.2f}"
            f" ({sum(g >= 0.85 for _, _, g in odd)} of {len(odd)}, "
            f"{min(g for _, _, g in odd):.2f}–{max(g for _, _, g in odd):.2f})"
            + (f"; misses: {'; '.join(misses)}" if misses else ""),
            not misses)
    return out
TRAFFIC = ("8 B/elem for a norm, 16 B/elem for add+norm, f32; half for "
           "bf16")


def best_ceiling(gbps):
    """The ceiling of a row: the fastest of the streaming kernels measured
    (plain stores, non-temporal stores, row-sized bursts)."""
    return max(v for k, v in gbps.items() if k.startswith("ceiling"))


def report(results, out, name, thread_counts, title="CPU benchmark",
           peers=PEERS, traffic=TRAFFIC):
    """Writes the table of `results` (one column per peer of `peers`) to
    OUT/NAME.md, with the targets for the forward benchmark, and its plot
    to OUT/NAME.png where matplotlib imports; returns the Markdown."""
    lines = []
    lines.append(f"# {title} ({datetime.date.today()})")
    lines.append("")
    lines.append(f"Machine: {machine()}. Effective GB/s = bytes of "
                 "docs/Performance.md's traffic model / median time "
                 f"({traffic}). Ceiling: the fastest streaming kernel with the "
                 "same read/write mix and threads: plain stores, non-"
                 "temporal stores, and (row norms) non-temporal stores in "
                 "row-sized bursts, each row read and then written. The "
                 "systems of a row take turns within each repetition. "
                 "Spread: (max - min) / median of the repetitions.")
    lines.append("")
    header = "| op | shape | type | thr | ceiling GB/s | norm GB/s | norm spread | % ceiling | " + \
        " | ".join(f"{p} GB/s (norm ×)" for p in peers) + " |"
    lines.append(header)
    lines.append("|" + "---|" * (header.count("|") - 1))
    for res in results:
        g = res["gbps"]
        ceiling = best_ceiling(g)
        ours = g.get("norm", 0)
        cells = []
        for peer in peers:
            if peer in g:
                cells.append(f"{g[peer]:.1f} ({ours / g[peer]:.2f}×)")
            else:
                cells.append("–")
        spread = res["spread"].get("norm", 0)
        lines.append(f"| {res['op']} | {res['shape']} | {res['type']} | "
                     f"{res['threads']} | {ceiling:.1f} | {ours:.1f} | "
                     f"{100 * spread:.0f} % | "
                     f"{100 * ours / ceiling:.0f} % | " + " | ".join(cells) +
                     " |")
    text = "\n".join(lines) + "\n"
    os.makedirs(out, exist_ok=True)
    path = os.path.join(out, f"{name}.md")
    with open(path, "w") as f:
        f.write(text)
    if title == "CPU benchmark":
        text += "\n".join(target_lines(table_rows(path))) + "\n"
        with open(path, "w") as f:
            f.write(text)
    print(text)
    try:
        import matplotlib
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except Exception:  # missing, or built against another numpy
        print("matplotlib not usable here: no plot (plot.py makes it)",
              file=sys.stderr)
        return text
    threads = max(thread_counts)
    selected = [r for r in results if r["threads"] == threads]
    # The table's peers but the linalg path (a tenth of the others or less).
    systems = ["ceiling", "norm"] + [p for p in peers if p != "norm linalg"]
    fig, ax = plt.subplots(figsize=(14, 5))
    width = 0.8 / len(systems)
    for i, system in enumerate(systems):
        values = []
        for r in selected:
            g = r["gbps"]
            v = best_ceiling(g) if system == "ceiling" else g.get(system, 0)
            values.append(v)
        ax.bar([j + i * width for j in range(len(selected))], values, width,
               label=system)
    ax.set_xticks([j + 0.4 for j in range(len(selected))])
    ax.set_xticklabels([f"{r['op']}\n{r['shape']} {r['type']}"
                        for r in selected], rotation=90, fontsize=7)
    ax.set_ylabel("effective GB/s")
    ax.set_title(f"norm on the CPU, {threads} threads: {machine()}")
    ax.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(os.path.join(out, f"{name}.png"), dpi=110)
    return text


if __name__ == "__main__":
    main()
