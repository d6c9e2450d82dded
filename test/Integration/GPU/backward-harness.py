# RUN: %python %s | FileCheck %s
# REQUIRES: numpy
#
# The GPU backward tests (bench/gpu/run_backward.py) check what they are
# given against float64 gradients; here they are given what norm's CPU
# kernels compute for the same function sources (bench/gpu/build_artifacts.py
# grad_function_source, through --norm-cpu-pipeline instead of the GPU one),
# so that their argument order, references and tolerances are known to be
# right before they run on a GPU. A wrong result (dx off by 5 %, dscale and
# dbias swapped) must fail them.

import importlib
import itertools
import os
import sys

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
sys.path.insert(0, os.path.join(ROOT, "bench", "gpu"))
sys.path.insert(0, os.path.join(ROOT, "test", "Integration", "CPU"))
sys.modules["backward_ref"] = importlib.import_module("backward")

import build_artifacts as ba  # noqa: E402
import normtest as nt  # noqa: E402
import run_backward as rb  # noqa: E402

EPS = ba.EPSILON
rng = np.random.default_rng(5)
check = nt.Checker()



class QuietChecker(nt.Checker):
    """Counts failures without printing them (the controls must fail)."""

    def _fail(self, what, message):
        self.failures += 1


control = QuietChecker()
controls = 0

for op, ty in itertools.product(ba.GRAD_OPS, ("f32", "bf16", "f16")):
    lib = nt.compile_module(ba.grad_function_source(op, ty, None))
    args, outs = ba.grad_arguments(op)
    entry = {"name": ba.function_name(op, ty, None), "op": op, "dtype": ty,
             "hidden": None, "arguments": [args, outs]}
    for rows, hidden, data in itertools.product(
            (0, 1, 37), (1, 7, 768), ("normal", "offset", "near_eps")):
        values = rb.inputs_for(entry, rows, hidden, data, EPS, rng)
        inputs = [nt.to_storage(values[a], "f32" if a in ("mean", "rstd")
                                else ty) for a in args]
        shapes = {o: (hidden,) if o in ("dg", "db") else (rows, hidden)
                  for o in outs}
        # The outputs are written in place (writable arguments), as on the
        # GPU.
        buffers = [np.zeros(shapes[o], nt.STORAGE[ty]) for o in outs]
        nt.call(lib, entry["name"], inputs + buffers, [])
        got = {o: nt.to_f64(r, ty) for o, r in zip(outs, buffers)}
        what = f"{entry['name']} {rows}x{hidden} {data}"
        rb.check_outputs(check, entry, values, got, what, EPS)
        if rows == 37 and hidden == 768 and data == "normal":
            wrong = dict(got)
            wrong["dx"] = got["dx"] * 1.05
            before = control.failures
            rb.check_outputs(control, entry, values, wrong, what, EPS)
            controls += control.failures > before
            if "db" in got:
                swapped = dict(got, dg=got["db"], db=got["dg"])
                before = control.failures
                rb.check_outputs(control, entry, values, swapped, what, EPS)
                controls += control.failures > before

# 18 op forms x 27 cases, 2-4 outputs each; every wrong result caught
# (6 forms x 3 types x dx, plus 3 LayerNorm forms x 3 types x swapped).
# CHECK: controls caught: 27 of 27
print(f"controls caught: {controls} of {18 + 9}")
# CHECK: {{[1-9][0-9]*}} comparisons, 0 failed
check.finish()
