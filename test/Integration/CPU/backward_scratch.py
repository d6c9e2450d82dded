# RUN: %python %s
# REQUIRES: numpy
#
# The backward kernels' partial sums of dscale and dbias come from the
# module's scratch buffer (lib/Conversion/NormToCPU/KernelScratch.h) when it
# is free and large enough, else from the heap:
#  - repeated calls take no page faults for it (a fresh heap buffer of 2 MiB
#    per call took 512: one per 4 KiB page). glibc maps such a buffer anew
#    per call where its mmap threshold is fixed (set here through
#    GLIBC_TUNABLES, in a child process) and, with its default dynamic
#    threshold, whenever it trims the heap;
#  - partial sums larger than the buffer (64 rows x 20000 x 2 x f32 =
#    10 MB > 8 MiB) take the heap and are as exact;
#  - two host threads calling kernels of the module at the same time (one
#    gets the buffer, the other the heap) both get their own right results;
# each result against a float64 reference (dx, dscale, dbias of LayerNorm
# from the saved mean and rstd).

import os
import resource
import subprocess
import sys
import threading

os.environ.setdefault("OMP_NUM_THREADS", "2")

import numpy as np  # noqa: E402
from normtest import compile_module, prepare  # noqa: E402

M = "memref<?x?xf32>"
V = "memref<?xf32>"
S = "memref<?x1xf32>"
SOURCE = f"""
func.func @ln(%dy: {M}, %x: {M}, %g: {V}, %mean: {S}, %rstd: {S},
              %dx: {M}, %dg: {V}, %db: {V}) {{
  norm.layer_norm_grad %dy, %x : {M}, {M} scale(%g : {V})
      mean(%mean : {S}) rstd(%rstd : {S}) outs(%dx, %dg, %db : {M}, {V}, {V})
  return
}}
func.func @rms(%dy: {M}, %x: {M}, %g: {V}, %rstd: {S}, %dx: {M}, %dg: {V}) {{
  norm.rms_norm_grad %dy, %x : {M}, {M} scale(%g : {V}) rstd(%rstd : {S})
      outs(%dx, %dg : {M}, {V})
  return
}}
"""


class Case:
    """Inputs, output buffers, the bound kernel and the float64 answers of
    one LayerNorm (or RMSNorm) backward call."""

    def __init__(self, lib, kind, rows, n, seed):
        rng = np.random.default_rng(seed)
        self.kind = kind
        x = rng.standard_normal((rows, n)) * 2 + 0.5
        dy = rng.standard_normal((rows, n))
        g = 1 + 0.1 * rng.standard_normal(n)
        self.x, self.dy, self.g = (a.astype(np.float32) for a in (x, dy, g))
        x, dy, g = (a.astype(np.float64) for a in (self.x, self.dy, self.g))
        if kind == "ln":
            mean = x.mean(-1, keepdims=True)
            rstd = 1 / np.sqrt(x.var(-1, keepdims=True) + 1e-5)
        else:
            mean = np.zeros((rows, 1))
            rstd = 1 / np.sqrt((x * x).mean(-1, keepdims=True) + 1e-5)
        self.mean = mean.astype(np.float32)
        self.rstd = rstd.astype(np.float32)
        # The reference takes the statistics as the kernel does (f32).
        mean, rstd = self.mean.astype(np.float64), self.rstd.astype(np.float64)
        xhat = (x - mean) * rstd
        gy = dy * g
        inner = gy - xhat * (gy * xhat).mean(-1, keepdims=True)
        if kind == "ln":
            inner -= gy.mean(-1, keepdims=True)
        self.want = {"dx": rstd * inner, "dg": (dy * xhat).sum(0),
                     "db": dy.sum(0)}
        self.dx = np.empty_like(self.x)
        self.dg = np.empty_like(self.g)
        self.db = np.empty_like(self.g)
        if kind == "ln":
            args = [self.dy, self.x, self.g, self.mean, self.rstd, self.dx,
                    self.dg, self.db]
        else:
            args = [self.dy, self.x, self.g, self.rstd, self.dx, self.dg]
        self.run = prepare(lib, kind, args, [])

    def check(self, label):
        got = {"dx": self.dx, "dg": self.dg, "db": self.db}
        names = ("dx", "dg", "db") if self.kind == "ln" else ("dx", "dg")
        for name in names:
            want = self.want[name]
            err = np.abs(got[name] - want).max() / np.abs(want).max()
            assert err < 2e-5, f"{label}: {name} relative error {err:.2e}"


def minor_faults():
    return resource.getrusage(resource.RUSAGE_SELF).ru_minflt


def main():
    lib = compile_module(SOURCE)

    # Repeated calls: no page faults for the partial sums after the first.
    if os.environ.get("NORM_SCRATCH_FAULTS"):
        case = Case(lib, "ln", 64, 4096, 0)
        case.run()
        before = minor_faults()
        for _ in range(20):
            case.run()
        print(minor_faults() - before)
        case.check("64x4096 repeated")
        return
    env = dict(os.environ, NORM_SCRATCH_FAULTS="1",
               GLIBC_TUNABLES="glibc.malloc.mmap_threshold=131072")
    faults = int(subprocess.run([sys.executable, __file__], env=env,
                                check=True, capture_output=True,
                                text=True).stdout.split()[-1])
    # 2 MiB of partial sums from the heap: 512 faults per call.
    assert faults < 40, f"{faults} page faults in 20 calls"
    print(f"64x4096: {faults} page faults in 20 calls")

    # Partial sums larger than the scratch buffer: the heap.
    big = Case(lib, "ln", 64, 20000, 1)
    big.run()
    big.check("64x20000 (heap)")
    big.run()
    big.check("64x20000 (heap, again)")

    # Concurrent calls from two host threads (ctypes lets go of the GIL):
    # the kernels of one module share the buffer, so one of each pair of
    # overlapping calls takes the heap. Each thread's own data, checked
    # after every call.
    cases = [Case(lib, "ln", 256, 4096, 2), Case(lib, "rms", 300, 3000, 3),
             Case(lib, "ln", 128, 1000, 4)]
    errors = []

    def work(c):
        try:
            for i in range(30):
                c.run()
                c.check(f"concurrent {c.kind} call {i}")
        except AssertionError as error:
            errors.append(str(error))

    threads = [threading.Thread(target=work, args=(c,)) for c in cases]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors
    print("concurrent calls: 3 threads x 30 calls match float64")


if __name__ == "__main__":
    main()
