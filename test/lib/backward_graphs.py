#!/usr/bin/env python3
"""PyTorch's backward graphs of norm modules (test/Raise/Inputs/backward,
written by scripts/export-backward.py; issue 22): loads a case from the
manifest and returns the arguments of its backward function (@main of
CASE_bwd.mlir) and the gradients it should produce. Needs numpy only.

    import backward_graphs as bg
    c = bg.load_case("layer_norm_bf16")
    c.args        # numpy arrays in @main's argument order, in storage form:
                  # bf16 as uint16 bit patterns, f32 as float32 (norm_aot's)
    c.arg_types   # "f32" / "bf16" per argument (norm_aot's type names)
    c.results     # ["dx", "dweight", "dbias"]: @main's results in order
    c.expected["dx"]      # autograd in float64 from the same inputs
    c.autograd["dx"]      # autograd in the module's dtype (float32 values)
    c.fx["dx"]            # the captured FX backward run by PyTorch
    c.tolerance           # max |got - float64| / max |float64| allowed

    python3 test/lib/backward_graphs.py   # lists the cases, checks the data
"""

import json
import os
import sys
from dataclasses import dataclass, field

import numpy as np

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
DIRECTORY = os.path.join(ROOT, "test", "Raise", "Inputs", "backward")

TYPE_NAMES = {"float32": "f32", "bfloat16": "bf16", "float64": "f64"}


def f32_from_bf16(bits):
    return (np.asarray(bits, dtype=np.uint16).astype(np.uint32) << 16).view(
        np.float32)


def decode(array, encoding):
    """A stored array as float values (float64 stays float64)."""
    if encoding == "bf16_bits":
        return f32_from_bf16(array)
    return array


def manifest(directory=DIRECTORY):
    with open(os.path.join(directory, "manifest.json")) as f:
        return json.load(f)


def case_names(directory=DIRECTORY):
    return list(manifest(directory)["cases"])


@dataclass
class Case:
    name: str
    meta: dict          # the manifest's entry
    fwd_path: str       # CASE_fwd.mlir
    bwd_path: str       # CASE_bwd.mlir
    args: list          # @main's arguments (storage form)
    arg_names: list     # their npz keys (x, weight, saved_rsqrt, dy, ...)
    arg_types: list     # "f32" / "bf16"
    results: list       # @main's results: dx, dr, dweight, dbias
    expected: dict = field(default_factory=dict)   # float64 autograd
    autograd: dict = field(default_factory=dict)   # module dtype, as f32
    fx: dict = field(default_factory=dict)         # FX backward, as f32
    inputs: dict = field(default_factory=dict)     # x, r, weight, bias, dy,
                                                   # dh as float values
    fwd_args: list = field(default_factory=list)   # @main of CASE_fwd.mlir
    fwd_results: list = field(default_factory=list)  # its results' keys:
                                                   # y, h, x, mean, rstd, ...
    fwd_expected: list = field(default_factory=list)  # the captured
                                                   # forward's, float values
    tolerance: float = 0.0

    @property
    def dtype(self):
        return self.meta["dtype"]

    @property
    def kind(self):
        return self.meta["kind"]

    @property
    def epsilon(self):
        return self.meta["epsilon"]


def load_case(name, directory=DIRECTORY):
    meta = manifest(directory)["cases"][name]
    enc = meta["encoding"]
    with np.load(os.path.join(directory, meta["npz"])) as z:
        data = {k: z[k] for k in z.files}
    args, arg_names, arg_types = [], [], []
    for a in meta["bwd_args"]:
        args.append(data[a["key"]])
        arg_names.append(a["key"])
        arg_types.append(TYPE_NAMES[a["dtype"]])
    c = Case(name=name, meta=meta,
             fwd_path=os.path.join(directory, meta["fwd"]),
             bwd_path=os.path.join(directory, meta["bwd"]),
             args=args, arg_names=arg_names, arg_types=arg_types,
             results=list(meta["bwd_results"]),
             tolerance=meta["tolerance"]["vs_f64"])
    for r in c.results:
        keys = meta["expected"][r]
        c.expected[r] = decode(data[keys["f64"]], enc[keys["f64"]])
        same = keys[meta["dtype"]]
        c.autograd[r] = decode(data[same], enc[same])
        c.fx[r] = decode(data[keys["fx"]], enc[keys["fx"]])
    for k in meta["inputs"] + meta["upstream"]:
        c.inputs[k] = decode(data[k], enc[k])
    c.fwd_args = [data[a["key"]] for a in meta["fwd_args"]]
    c.fwd_results = list(meta["fwd_results"])
    c.fwd_expected = [decode(data[k], enc[k]) for k in c.fwd_results]
    return c


def relative_error(got, want):
    """max |got - want| / max |want| in float64."""
    want = np.asarray(want, dtype=np.float64)
    got = np.asarray(got, dtype=np.float64)
    if got.shape != want.shape:
        return float("inf")
    scale = max(float(np.abs(want).max(initial=0.0)), 1e-30)
    return float(np.abs(got - want).max(initial=0.0)) / scale


def check_gradients(case, got):
    """got: the results of @main in order (float values). Returns the
    mismatches as strings (empty when all are within the tolerance)."""
    bad = []
    for r, g in zip(case.results, got):
        e = relative_error(g, case.expected[r])
        if not e <= case.tolerance:
            bad.append(f"{case.name} {r}: {e:.3g} > {case.tolerance:g}")
    if len(got) != len(case.results):
        bad.append(f"{case.name}: {len(got)} results, "
                   f"expected {len(case.results)}")
    return bad


def main():
    failures = 0
    for name in case_names():
        c = load_case(name)
        bad = check_gradients(c, [c.fx[r] for r in c.results])
        for p in (c.fwd_path, c.bwd_path):
            if not os.path.exists(p):
                bad.append(f"{name}: missing {p}")
        print(("FAIL " if bad else "PASS ") + f"{name}: {c.kind} "
              f"{c.dtype} args {c.arg_names} -> {c.results}")
        for b in bad:
            print("  " + b)
        failures += bool(bad)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
