#!/usr/bin/env python3
"""CPU benchmark of norm's backward row kernels against the memory ceiling
and peers.

Measures in one process, per op (LayerNorm and RMSNorm backward from the
forward's saved statistics, with the parameter gradients), element type
(f32, bf16) and thread count (1, 2), on 8192 x 4096 (--rows, --hidden for
a smaller trial):
  - the streaming ceiling with the backward's read/write mix: two reads and
    one write per element (dy and x read, dx written), plain and
    non-temporal stores (bench/cpu/baselines.cpp's ceiling_2r1w, on f32
    arrays of the same bytes; the fastest is the ceiling);
  - norm's vector lowering (the backward row kernels,
    lib/Conversion/NormToCPU/RowNormGrads.cpp) and its linalg reference
    lowering;
  - the C++ loop a user writes (baselines.cpp's cpp_*_norm_grad: per row a
    sums pass and a dx pass, dgamma/dbeta in per-thread partial rows added
    up at the end; OpenMP, -O3 -march=native; bf16 widened to f32);
  - oneDNN's layer_normalization_backward (Debian libdnnl-dev, prop_kind
    backward: dx, dgamma, dbeta), from the saved mean and the variance
    1/rstd^2 - eps (oneDNN takes the variance); f32 parameters and
    parameter gradients also for bf16 data (oneDNN 2.x takes no other);
    LayerNorm only where the installed oneDNN has no rms_norm flag;
  - PyTorch eager: aten.native_layer_norm_backward (LayerNorm) and autograd
    through F.rms_norm (RMSNorm: PyTorch has no CPU kernel for its
    backward; timed alone on a graph kept from one forward);
  - torch.compile (Inductor's C++ backend) of the backward alone, from the
    same saved statistics: aten.native_layer_norm_backward (LayerNorm) and
    the decomposed RMSNorm backward (dx and dgamma from dy, x, gamma and
    the saved rstd in f32, what AOTAutograd's backward graph of F.rms_norm
    computes), compiled per thread count (Inductor builds the thread count
    into its kernels) before the timing;
when torch imports and oneDNN is installed. Every peer's dx, dgamma (and
dbeta) are checked once against norm's before the timing (max |peer -
norm| / max |norm| within 1e-4 for f32; for bf16 2e-2 for dx and 0.5 for
the parameter gradients, as PyTorch eager's bf16 dgamma/dbeta are 10-18 %
off); a peer that disagrees is dropped with a warning, and the report's
notes give each peer's largest disagreement. The thread count is set in LLVM's
libomp (norm, the C++ loop, the ceilings, and oneDNN: built for GNU
OpenMP, its calls bind to libomp's GOMP entry points, as the baselines
library links libomp ahead of libdnnl's libgomp), in GNU libgomp
(PyTorch's and Inductor's runtime; the one PyTorch's wheel bundles has the
same soname as Debian's, so the process holds one libgomp) and through
torch.set_num_threads.

The systems take turns within each repetition (bench.py's
interleaved_times). Effective GB/s = the byte model / median time: dy and x
read, dx written (3 x rows x N x element bytes), gamma read (N x element
bytes), the saved statistics read (rows x 4 bytes each), and the partial
sums of dscale (and dbias) written and read once (2 x P x N x 4 bytes
each, P = 64 blocks); the same bytes for every system, so the "norm x"
ratios are ratios of times. Writes a Markdown table, the issue's targets
at the largest thread count, notes on the peers and a PNG plot under
bench/results/ (backward-cpu-DATE-ISA).

Usage: bench/cpu/backward.py [--threads 1,2] [--reps 7] [--rows 8192]
                             [--hidden 4096] [--out DIR] [--name NAME]
"""

import os

os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
os.environ.setdefault("KMP_BLOCKTIME", "0")

import argparse  # noqa: E402
import ctypes  # noqa: E402
import datetime  # noqa: E402
import re  # noqa: E402
import sys  # noqa: E402

import numpy as np  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bench import (LLVM_LIB, build_baselines,  # noqa: E402
                   interleaved_times, report, run_arguments, vector_isa)
from norm_aot import bf16_from_f32, compile_module, prepare  # noqa: E402
from norm_aot import f32_from_bf16, from_descriptor  # noqa: E402
from norm_aot import tensor_type  # noqa: E402

ROWS, HIDDEN = 8192, 4096
BLOCKS = 64
EPS = 1e-5
OPS = ["layer_norm_grad", "rms_norm_grad"]
PEERS = ["C++ loop", "oneDNN", "PyTorch eager", "torch.compile",
         "norm linalg"]
# The largest max |peer - norm| / max |norm| a peer may show, for dx and
# for the parameter gradients. bf16 dx differ by two roundings (norm's and
# the peer's) and the peer's own bf16 intermediates (PyTorch eager's bf16
# statistics). PyTorch eager's bf16 LayerNorm dgamma/dbeta are 10-18 % off
# at 8192 rows (the C++ loop and oneDNN, which sum in f32, agree with norm
# within 3e-3): in bf16 the parameter bound only catches a misconfigured
# peer, and the notes give each peer's figure.
TOLERANCE = {"f32": (1e-4, 1e-4), "bf16": (2e-2, 0.5)}
DNNL_VERSION = "/usr/include/oneapi/dnnl/dnnl_version.h"


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


def as_f32(array):
    """A result as float32 (bf16 bits widened; torch tensors converted)."""
    if hasattr(array, "detach"):
        return array.detach().float().numpy()
    if array.dtype == np.uint16:
        return f32_from_bf16(array)
    return np.asarray(array, dtype=np.float32)


def disagreement(outputs, reference):
    """max |a - b| / max |b| of dx against norm's, and the largest of the
    parameter gradients' (dgamma, dbeta)."""
    errors = []
    for a, b in zip(outputs, reference):
        a, b = as_f32(a).reshape(-1), as_f32(b).reshape(-1)
        errors.append(float(np.abs(a - b).max() / np.abs(b).max()))
    return errors[0], max(errors[1:])


def dnnl_version():
    """oneDNN's installed version ("2.6.3"), or None."""
    try:
        text = open(DNNL_VERSION).read()
    except OSError:
        return None
    parts = [re.search(rf"#define DNNL_VERSION_{k} (\d+)", text)
             for k in ("MAJOR", "MINOR", "PATCH")]
    return ".".join(p.group(1) for p in parts) if all(parts) else "?"


def dnnl_has_rms_norm():
    try:
        return "dnnl_rms_norm" in open(
            "/usr/include/oneapi/dnnl/dnnl_types.h").read()
    except OSError:
        return False


def gomp_runtime():
    """GNU libgomp (oneDNN's OpenMP runtime, and PyTorch's) as loaded in
    this process, or None; and the libgomp files mapped (one expected)."""
    mapped = sorted({line.split()[-1] for line in open("/proc/self/maps")
                     if "libgomp" in line})
    try:
        return ctypes.CDLL("libgomp.so.1"), mapped
    except OSError:
        return None, mapped


def torch_peers(torch, op, ty, threads, data):
    """PyTorch eager's and torch.compile's backward for the op: {name:
    (call, outputs)}, where outputs() gives the results of the last call;
    and {name: reason} for those that could not run."""
    peers, missing = {}, {}
    dtype = torch.float32 if ty == "f32" else torch.bfloat16
    tdy = torch.from_numpy(data["dy32"]).to(dtype)
    tx = torch.from_numpy(data["x32"]).to(dtype)
    tg = torch.from_numpy(data["g32"]).to(dtype)
    last = {}
    hidden = tx.shape[-1]
    if op == "layer_norm_grad":
        tb = torch.zeros_like(tg)
        # PyTorch's CPU LayerNorm saves bf16 statistics for bf16 data, and
        # its backward takes them so.
        tmean = torch.from_numpy(data["mean"]).to(dtype)
        trstd = torch.from_numpy(data["rstd"]).to(dtype)

        def backward(dy, x, mean, rstd, g, b):
            return torch.ops.aten.native_layer_norm_backward(
                dy, x, [hidden], mean, rstd, g, b, [True, True, True])
        args = (tdy, tx, tmean, trstd, tg, tb)

        def eager():
            last["PyTorch eager"] = backward(*args)
    else:
        # PyTorch has no CPU kernel for RMSNorm's backward
        # (aten::_fused_rms_norm_backward is CUDA only): eager autograd
        # runs F.rms_norm's composite backward, timed alone on a graph kept
        # from one forward.
        ex = tx.clone().requires_grad_()
        eg = tg.clone().requires_grad_()
        ey = torch.nn.functional.rms_norm(ex, [hidden], eg, EPS)

        def eager():
            last["PyTorch eager"] = torch.autograd.grad(ey, (ex, eg), tdy,
                                                        retain_graph=True)
        # torch.compile: the backward alone from the saved rstd (f32), as
        # AOTAutograd's backward graph of F.rms_norm computes it.
        trstd = torch.from_numpy(data["rms_rstd"])

        def backward(dy, x, g, rstd):
            dyf, xhat = dy.float(), x.float() * rstd
            wdy = dyf * g.float()
            c = (wdy * xhat).mean(-1, keepdim=True)
            return ((rstd * (wdy - xhat * c)).to(x.dtype),
                    (dyf * xhat).sum(0).to(g.dtype))
        args = (tdy, tx, tg, trstd)
    peers["PyTorch eager"] = (eager, lambda: last["PyTorch eager"])
    try:
        import torch._dynamo
        import torch._inductor.config
        # Inductor's kernels are built for torch's thread count at compile
        # time: a fresh compilation per thread count.
        torch._dynamo.reset()
        torch._inductor.config.cpp.threads = threads
        compiled = torch.compile(backward, dynamic=False)
        compiled(*args)  # compiles here, outside the timing

        def run_compiled():
            last["torch.compile"] = compiled(*args)
        peers["torch.compile"] = (run_compiled,
                                  lambda: last["torch.compile"])
    except Exception as error:
        reason = f"torch.compile failed: {str(error).splitlines()[0][:100]}"
        print(f"  ({op} {ty}: {reason})", file=sys.stderr)
        missing["torch.compile"] = reason
    return peers, missing


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    run_arguments(parser)
    parser.add_argument("--rows", type=int, default=ROWS)
    parser.add_argument("--hidden", type=int, default=HIDDEN)
    args = parser.parse_args()
    rows, hidden = args.rows, args.hidden
    thread_counts = [int(t) for t in args.threads.split(",")]
    omp = ctypes.CDLL(os.path.join(LLVM_LIB, "libomp.so"))
    baselines, have_dnnl = build_baselines()
    baselines.dnnl_layer_norm_grad_impl.restype = ctypes.c_char_p \
        if have_dnnl else None
    gomp, gomp_files = gomp_runtime()
    try:
        import torch
    except Exception as error:
        print(f"  (torch does not import: {error})", file=sys.stderr)
        torch = None
    _, gomp_files = gomp_runtime()
    if len(gomp_files) > 1:
        print(f"  warning: {len(gomp_files)} libgomp runtimes in the "
              f"process ({', '.join(gomp_files)}): oneDNN may not follow "
              "the thread count", file=sys.stderr)
    dnnl = dnnl_version() if have_dnnl else None
    rng = np.random.default_rng(0)
    ptr = lambda a: a.ctypes.data_as(ctypes.c_void_p)  # noqa: E731
    c64 = ctypes.c_int64
    results = []
    # (op, type, peer) -> why the peer has no cell.
    missing = {}
    notes = {}
    for ty in ("f32", "bf16"):
        elem = 4 if ty == "f32" else 2
        x32 = rng.standard_normal((rows, hidden), dtype=np.float32)
        dy32 = rng.standard_normal((rows, hidden), dtype=np.float32)
        g32 = (1 + 0.1 * rng.standard_normal(hidden)).astype(np.float32)
        mean = x32.mean(-1, keepdims=True).astype(np.float32)
        rstd = (1 / np.sqrt(x32.var(-1, keepdims=True) + EPS)).astype(
            np.float32)
        rms_rstd = (1 / np.sqrt((x32 ** 2).mean(-1, keepdims=True) +
                                EPS)).astype(np.float32)
        # oneDNN takes the variance: the one whose rstd is norm's.
        var = (1 / rstd.astype(np.float64) ** 2 - EPS).astype(np.float32)
        data = {"x32": x32, "dy32": dy32, "g32": g32, "mean": mean,
                "rstd": rstd, "rms_rstd": rms_rstd}
        x, dy, g = (storage(a, ty) for a in (x32, dy32, g32))
        dx = np.empty_like(x)
        dg, db = np.empty_like(g), np.empty_like(g)
        # The peers' own outputs (oneDNN's parameter gradients are f32).
        pdx, pdg, pdb = np.empty_like(x), np.empty_like(g), np.empty_like(g)
        fdg, fdb = np.empty_like(g32), np.empty_like(g32)
        beta32 = np.zeros_like(g32)
        # The ceilings' f32 arrays of the same bytes as dy, x and dx.
        words = rows * hidden * elem // 4
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
            layer = op == "layer_norm_grad"
            for threads in thread_counts:
                omp.omp_set_num_threads(threads)
                if gomp is not None:
                    gomp.omp_set_num_threads(threads)
                    # What PyTorch's and Inductor's parallel regions use.
                    notes.setdefault("gomp", {})[threads] = \
                        gomp.omp_get_max_threads()
                if torch is not None:
                    torch.set_num_threads(threads)
                fns = {}
                for nt in (0, 1):
                    fns["ceiling NT" if nt else "ceiling"] = \
                        lambda nt=nt: baselines.ceiling_2r1w(
                            ptr(ca), ptr(cb), ptr(cy), c64(words), nt)
                fns["norm"] = prepare(libs["vector"], op, operands[op], [])
                fns["norm"]()
                reference = [dx.copy(), dg.copy()] + \
                    ([db.copy()] if layer else [])
                peers = {}
                # The linalg path on f32 returns dscale (and dbias) in new
                # buffers (bufferization does not write them in place);
                # on bf16 it writes every output in place.
                returned = [(1, g.dtype)] * (2 if layer else 1) \
                    if ty == "f32" else []
                linalg_out = [pdx, pdg, pdb] if layer else [pdx, pdg]
                linalg_ops = operands[op][:-len(linalg_out)] + linalg_out
                linalg = prepare(libs["linalg"], op, linalg_ops, returned)

                def linalg_outputs(linalg=linalg, out=linalg_out,
                                   count=len(returned)):
                    if not count:
                        return out
                    found = linalg.keep_alive[2]
                    found = [found] if count == 1 else \
                        [getattr(found, f"r{i}") for i in range(count)]
                    return out[:1] + [from_descriptor(d, 1, np.float32)
                                      for d in found]
                peers["norm linalg"] = (linalg, linalg_outputs)
                suffix = "_bf16" if ty == "bf16" else ""
                if layer:
                    cpp = getattr(baselines, "cpp_layer_norm_grad" + suffix)
                    peers["C++ loop"] = (
                        lambda cpp=cpp: cpp(
                            ptr(dy), ptr(x), ptr(g), ptr(mean), ptr(rstd),
                            ptr(pdx), ptr(pdg), ptr(pdb), c64(rows),
                            c64(hidden)),
                        lambda: [pdx, pdg, pdb])
                else:
                    cpp = getattr(baselines, "cpp_rms_norm_grad" + suffix)
                    peers["C++ loop"] = (
                        lambda cpp=cpp: cpp(
                            ptr(dy), ptr(x), ptr(g), ptr(rms_rstd),
                            ptr(pdx), ptr(pdg), c64(rows), c64(hidden)),
                        lambda: [pdx, pdg])
                if not have_dnnl:
                    missing[(op, ty, "oneDNN")] = "oneDNN not installed"
                elif not layer and not dnnl_has_rms_norm():
                    missing[(op, ty, "oneDNN")] = \
                        f"oneDNN {dnnl} has no RMSNorm: no rms_norm flag"
                elif layer:
                    bf = 1 if ty == "bf16" else 0
                    impl = baselines.dnnl_layer_norm_grad_impl(
                        c64(rows), c64(hidden), bf, ctypes.c_float(EPS))
                    if not impl:
                        reason = f"oneDNN {dnnl} has no {ty} LayerNorm " \
                            "backward on this CPU"
                        print(f"  ({op} {ty}: {reason})", file=sys.stderr)
                        missing[(op, ty, "oneDNN")] = reason
                    else:
                        notes[("oneDNN", ty)] = impl.decode()
                        peers["oneDNN"] = (
                            lambda bf=bf: baselines.dnnl_layer_norm_grad(
                                ptr(dy), ptr(x), ptr(g32), ptr(beta32),
                                ptr(mean), ptr(var), ptr(pdx), ptr(fdg),
                                ptr(fdb), c64(rows), c64(hidden),
                                ctypes.c_float(EPS), bf),
                            lambda: [pdx, fdg, fdb])
                if torch is None:
                    for peer in ("PyTorch eager", "torch.compile"):
                        missing[(op, ty, peer)] = "torch does not import"
                else:
                    found, lost = torch_peers(torch, op, ty, threads, data)
                    peers.update(found)
                    missing.update({(op, ty, k): v for k, v in lost.items()})
                # Each peer's results against norm's, once, before timing.
                for peer in PEERS:
                    if peer not in peers:
                        continue
                    call, outputs = peers[peer]
                    call()
                    error = disagreement(outputs(), reference)
                    if any(e > t for e, t in zip(error, TOLERANCE[ty])):
                        reason = "disagreed with norm (dx " \
                            f"{error[0]:.1e}, dγ/dβ {error[1]:.1e})"
                        print(f"  warning: {op} {ty} {threads}t: {peer} "
                              f"{reason}: dropped", file=sys.stderr)
                        missing[(op, ty, peer)] = reason
                        continue
                    known = notes.get(("error", peer, ty), (0.0, 0.0))
                    notes[("error", peer, ty)] = tuple(
                        max(a, b) for a, b in zip(known, error))
                    fns[peer] = call
                timings = interleaved_times(fns, args.reps)
                nbytes = bytes_moved(op, rows, hidden, elem)
                ceiling_bytes = 3 * rows * hidden * elem
                gbps = {}
                for k, t in timings.items():
                    moved = ceiling_bytes if k.startswith("ceiling") \
                        else nbytes
                    gbps[k] = moved / t[0] / 1e9
                result = {"op": op, "shape": f"{rows}x{hidden}", "type": ty,
                          "threads": threads, "gbps": gbps,
                          "spread": {k: t[1] / t[0]
                                     for k, t in timings.items()}}
                results.append(result)
                print(f"{op} {ty} {threads}t: " +
                      ", ".join(f"{k} {v:.1f}" for k, v in gbps.items()),
                      file=sys.stderr)
    name = args.name or \
        f"backward-cpu-{datetime.date.today().isoformat()}-{vector_isa()}"
    text = report(results, args.out, name, thread_counts,
                  title="CPU benchmark: LayerNorm and RMSNorm backward",
                  peers=PEERS,
                  traffic="dy and x read, dx written, gamma and the saved "
                  "statistics read, the 64 partial rows of dscale (dbias) "
                  "written and read; the ceiling moves 3 x rows x N x "
                  "element bytes")
    extra = target_lines(results, missing, max(thread_counts)) + \
        note_lines(results, notes, missing, dnnl, gomp_files, torch)
    path = os.path.join(args.out, f"{name}.md")
    with open(path, "w") as f:
        f.write(text + "\n".join(extra) + "\n")
    print("\n".join(extra))


# The targets: (row label, peer or None for the ceiling, factor).
TARGETS = [("≥ 80 % of the same-mix ceiling", None, 0.8),
           ("≥ 2× PyTorch eager", "PyTorch eager", 2.0),
           ("≥ 2× torch.compile", "torch.compile", 2.0),
           ("≥ 1.5× oneDNN", "oneDNN", 1.5)]


def target_lines(results, missing, threads):
    """The targets table: each target for f32/bf16 × LayerNorm/RMSNorm at
    `threads` threads, "value — met/not met", or "–" and why."""
    columns = [(ty, op) for ty in ("f32", "bf16") for op in OPS]
    names = {"layer_norm_grad": "LayerNorm", "rms_norm_grad": "RMSNorm"}
    by = {(r["type"], r["op"]): r for r in results
          if r["threads"] == threads}
    shape = results[0]["shape"].replace("x", "×") if results else ""
    out = ["", f"## Against issue 22's CPU targets ({threads} threads, "
           f"{shape})", "",
           "| target | " + " | ".join(
               f"{ty} {names[op]}" for ty, op in columns) + " |",
           "|---|" + "---|" * len(columns)]
    for label, peer, factor in TARGETS:
        cells = []
        for ty, op in columns:
            r = by.get((ty, op))
            if r is None:
                cells.append(f"– (no {threads}-thread run)")
                continue
            g = r["gbps"]
            norm = g["norm"]
            if peer is None:
                ceiling = max(v for k, v in g.items()
                              if k.startswith("ceiling"))
                value = norm / ceiling
                text = f"{100 * value:.0f} %"
            elif peer in g:
                value = norm / g[peer]
                text = f"{value:.2f}×"
            else:
                cells.append("– (" + missing.get((op, ty, peer),
                                                 "not measured") + ")")
                continue
            cells.append(f"{text} — {'met' if value >= factor else 'not met'}")
        out.append(f"| {label} | " + " | ".join(cells) + " |")
    return out


def scaling(results, peer):
    """The range of a system's GB/s at the largest thread count over its
    GB/s with the smallest, over the ops and types: "1.71–1.93×", or ""."""
    counts = sorted({r["threads"] for r in results})
    by = {(r["op"], r["type"], r["threads"]): r["gbps"] for r in results}
    ratios = []
    for (op, ty, threads), g in by.items():
        low = by.get((op, ty, counts[0]), {})
        if threads == counts[-1] and peer in g and peer in low:
            ratios.append(g[peer] / low[peer])
    if len(counts) < 2 or not ratios:
        return ""
    return f"{min(ratios):.2f}–{max(ratios):.2f}×"


def note_lines(results, notes, missing, dnnl, gomp_files, torch):
    """What each peer measured in this run, and which could not run."""
    errors = {(k[1], k[2]): v for k, v in notes.items()
              if isinstance(k, tuple) and k[0] == "error"}

    def checked(peer):
        found = [f"{ty} {errors[(peer, ty)][0]:.0e} / "
                 f"{errors[(peer, ty)][1]:.0e}" for ty in ("f32", "bf16")
                 if (peer, ty) in errors]
        return "; max |peer − norm| / max |norm| of dx / dγ, dβ: " + \
            ", ".join(found) if found else ""
    impls = ", ".join(f"{ty}: {notes[('oneDNN', ty)]}"
                      for ty in ("f32", "bf16") if ("oneDNN", ty) in notes)
    version = torch.__version__ if torch is not None else "not installed"
    lines = ["", "## Peers", "",
             "- C++ loop: baselines.cpp's cpp_*_norm_grad, per row a sums "
             "pass and a dx pass, dγ/dβ in per-thread partial rows added "
             "up at the end (OpenMP, -O3 -march=native; bf16 widened to "
             f"f32){checked('C++ loop')}.",
             f"- oneDNN {dnnl or '(not installed)'}: "
             "layer_normalization_backward, prop_kind backward with "
             "use_scale | use_shift (dx, dγ, dβ), from the saved mean and "
             "the variance 1/rstd² − ε (ε = 1e-5; oneDNN takes the "
             "variance); γ, dγ and dβ in f32 also for bf16 data (oneDNN 2.x "
             "takes no other); primitive created once per shape, type and "
             "thread count, outside the timing"
             + (f"; implementation {impls}" if impls else "")
             + f"{checked('oneDNN')}. Debian builds it for GNU OpenMP, "
             "but in this process its OpenMP calls bind to LLVM's libomp "
             "(through libomp's GOMP entry points: the baselines library "
             "links libomp ahead of libdnnl's libgomp; LD_DEBUG=bindings), "
             "whose thread count the benchmark sets; it sets libgomp's "
             f"({', '.join(gomp_files) or 'not loaded'}: PyTorch's and "
             "Inductor's runtime) too" + (
                 ", whose omp_get_max_threads() read back " + ", ".join(
                     f"{v} for {k}" for k, v in sorted(
                         notes["gomp"].items()))
                 if "gomp" in notes else "") + ".",
             f"- PyTorch eager ({version}): aten.native_layer_norm_backward "
             "with the saved statistics (bf16 for bf16 data, as PyTorch's "
             "CPU forward saves them); RMSNorm: autograd through "
             "F.rms_norm (PyTorch has no CPU RMSNorm backward kernel), the "
             "backward alone on a kept graph"
             f"{checked('PyTorch eager')}.",
             "- torch.compile: Inductor (C++ backend) of the backward alone "
             "from the same saved statistics: aten.native_layer_norm_"
             "backward, and for RMSNorm dx and dγ from dy, x, γ and the "
             "f32 rstd by the decomposed formula (what AOTAutograd's "
             "backward graph of F.rms_norm computes); compiled per thread "
             "count (cpp.threads) before the timing"
             f"{checked('torch.compile')}.",
             "- norm linalg: norm's linalg reference lowering of the same "
             f"ops{checked('norm linalg')}."]
    counts = sorted({r["threads"] for r in results})
    scaled = [f"{peer} {scaling(results, peer)}"
              for peer in ["norm"] + PEERS if scaling(results, peer)]
    if scaled:
        lines.append(f"- GB/s with {counts[-1]} threads over {counts[0]} "
                     "(whether each follows the thread count, within "
                     "this VM's noise): " +
                     ", ".join(scaled) + ".")
    reasons = sorted({(peer, reason) for (op, ty, peer), reason
                      in missing.items()})
    for peer, reason in reasons:
        cells = sorted({f"{ty} {op}" for (op, ty, p), r in missing.items()
                        if p == peer and r == reason})
        lines.append(f"- Not measured: {peer}, {', '.join(cells)}: "
                     f"{reason}.")
    return lines


if __name__ == "__main__":
    main()
