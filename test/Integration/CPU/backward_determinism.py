# RUN: %python %s
# REQUIRES: numpy
#
# The backward row kernels give the same bits whatever the number of
# threads and from run to run: the rows go to a number of blocks fixed by
# the row count (not by the threads), each block sums its rows' parameter
# gradients into its own row of partial sums, and the partial rows are added
# in block order (lib/Conversion/NormToCPU/RowNormGrads.cpp). Each library is
# compiled once and called in separate processes with OMP_NUM_THREADS=1, 2
# and 3, twice with 2: dx (dr), dscale and dbias must be bit-identical.
# Row counts below, at and above the 64 blocks, and a row count that leaves
# blocks of unequal size; f32 and bf16; LayerNorm (recomputed statistics),
# RMSNorm and the fused add_layer_norm_grad.

import itertools
import os
import subprocess
import sys
import tempfile

import numpy as np
from normtest import (call, compile_module, round_to, tensor_type,
                      to_storage, STORAGE)


def module(ty):
    m = tensor_type([None, None], ty)
    v = tensor_type([None], ty)
    f = tensor_type([None], "f32")
    dims = """%c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %r = tensor.dim %x, %c0 : {m}
  %n = tensor.dim %x, %c1 : {m}""".format(m=m)
    return f"""
func.func @ln(%dy: {m}, %x: {m}, %g: {v}) -> ({m}, {f}, {f}) {{
  {dims}
  %e = tensor.empty(%r, %n) : {m}
  %eg = tensor.empty(%n) : {f}
  %eb = tensor.empty(%n) : {f}
  %dx, %dg, %db = norm.layer_norm_grad %dy, %x : {m}, {m}
      scale(%g : {v}) outs(%e, %eg, %eb : {m}, {f}, {f})
  return %dx, %dg, %db : {m}, {f}, {f}
}}
func.func @rms(%dy: {m}, %x: {m}, %g: {v}) -> ({m}, {v}) {{
  {dims}
  %e = tensor.empty(%r, %n) : {m}
  %eg = tensor.empty(%n) : {v}
  %dx, %dg = norm.rms_norm_grad %dy, %x : {m}, {m} scale(%g : {v})
      outs(%e, %eg : {m}, {v}) {{offset = 1.0 : f64}}
  return %dx, %dg : {m}, {v}
}}
func.func @add_ln(%dy: {m}, %x: {m}, %dh: {m}, %g: {v}) -> ({m}, {m}, {v}, {v}) {{
  {dims}
  %ex = tensor.empty(%r, %n) : {m}
  %er = tensor.empty(%r, %n) : {m}
  %eg = tensor.empty(%n) : {v}
  %eb = tensor.empty(%n) : {v}
  %dx, %dr, %dg, %db = norm.add_layer_norm_grad %dy, %x : {m}, {m}
      residual_grad(%dh : {m}) scale(%g : {v})
      outs(%ex, %er, %eg, %eb : {m}, {m}, {v}, {v}) {{alpha = 0.5 : f64}}
  return %dx, %dr, %dg, %db : {m}, {m}, {v}, {v}
}}
"""


SHAPES = ((1, 4097), (63, 768), (64, 1000), (1000, 768), (257, 1031))


def run_all(library_paths):
    """Calls every function on every shape (fixed seed); returns the
    outputs' bytes by name."""
    import ctypes
    outputs = {}
    for ty, path in library_paths.items():
        lib = ctypes.CDLL(path)
        st = STORAGE[ty]
        rng = np.random.default_rng(5)
        for rows, hidden in SHAPES:
            x = round_to(3.0 + rng.standard_normal((rows, hidden)), ty)
            dy = round_to(rng.standard_normal((rows, hidden)), ty)
            dh = round_to(rng.standard_normal((rows, hidden)), ty)
            g = round_to(1.0 + 0.1 * rng.standard_normal(hidden), ty)
            dy_, x_, dh_, g_ = (to_storage(a, ty) for a in (dy, x, dh, g))
            m2, m1 = (2, st), (1, st)
            results = {
                "ln": call(lib, "ln", [dy_, x_, g_],
                           [m2, (1, np.float32), (1, np.float32)]),
                "rms": call(lib, "rms", [dy_, x_, g_], [m2, m1]),
                "add_ln": call(lib, "add_ln", [dy_, x_, dh_, g_],
                               [m2, m2, m1, m1]),
            }
            for name, got in results.items():
                for i, out in enumerate(got):
                    outputs[f"{ty} {rows}x{hidden} {name} {i}"] = (
                        np.ascontiguousarray(out).tobytes())
    return outputs


def worker(argv):
    paths = dict(arg.split("=", 1) for arg in argv[1:-1])
    np.savez(argv[-1], **{k: np.frombuffer(v, np.uint8)
                          for k, v in run_all(paths).items()})


def main():
    libs = {ty: compile_module(module(ty))._name for ty in ("f32", "bf16")}
    workdir = tempfile.mkdtemp(prefix="normtest-determinism-")
    runs = {}
    for label, threads in (("1", 1), ("2", 2), ("2 again", 2), ("3", 3)):
        out = os.path.join(workdir, f"run{len(runs)}.npz")
        env = dict(os.environ, OMP_NUM_THREADS=str(threads))
        subprocess.run([sys.executable, __file__, "--worker",
                        *(f"{ty}={path}" for ty, path in libs.items()), out],
                       check=True, env=env)
        with np.load(out) as data:
            runs[label] = {k: data[k].tobytes() for k in data.files}
    reference = runs["1"]
    failures = 0
    for label, outputs in runs.items():
        assert outputs.keys() == reference.keys()
        for key in sorted(reference):
            if outputs[key] != reference[key]:
                failures += 1
                print(f"FAIL {key}: OMP_NUM_THREADS={label} differs from 1")
    print(f"{len(reference) * (len(runs) - 1)} comparisons of bits, "
          f"{failures} differ")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--worker":
        worker(sys.argv[1:])
    else:
        main()
