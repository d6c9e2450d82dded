# RUN: %python %s
# REQUIRES: numpy
#
# PyTorch's backward graphs of norm modules (test/Raise/Inputs/backward,
# AOTAutograd + torch-mlir) compute the same gradients before and after
# --norm-raise, and both match autograd's float64 gradients from the same
# inputs (f32: 2e-5, bf16: 1.6e-2 of max |grad|). The raised module holds
# exactly the expected backward op and no reduction: the test shows that
# raising happened and preserved the numbers. Where the graph rounds to bf16
# before its last step or sums dweight in bf16 (LLaMA), the raised op
# computes and sums in f32 and rounds each result once; both stay within
# bf16's tolerance of float64 and of each other (the errors are printed:
# LLaMA bf16 dx 4.7e-3 -> 2.5e-3, dweight 4.5e-3 -> 1.8e-3; a result that
# is one bf16 rounding either way can also come out a little larger).

import os
import re
import subprocess

import backward_graphs as bg
import numpy as np
from normtest import STORAGE, call, compile_module, to_f64

# case (without its dtype): the op --norm-raise makes of its backward graph,
# in f32 and in bf16.
RAISED = {
    "layer_norm": "norm.layer_norm_grad",
    "layer_norm_nobias": "norm.layer_norm_grad",
    "layer_norm_noaffine": "norm.layer_norm_grad",
    "llama_rms_norm": "norm.rms_norm_grad",
    "gemma_rms_norm": "norm.rms_norm_grad",
    "add_layer_norm": "norm.add_layer_norm_grad",
    "add_rms_norm": "norm.add_rms_norm_grad",
}
TOLERANCE = {"f32": 2e-5, "bf16": 1.6e-2}


def raise_text(path):
    return subprocess.run(["norm-opt", path, "--norm-raise"], check=True,
                          capture_output=True, text=True).stdout


def main():
    failures = []
    checked = 0
    for name, op in [(f"{case}_{dtype}", op) for case, op in RAISED.items()
                     for dtype in ("f32", "bf16")]:
        case = bg.load_case(name)
        with open(case.bwd_path) as f:
            source = f.read()
        raised = raise_text(case.bwd_path)
        if raised.count(op + " ") != 1 or re.search(r'"reduction"', raised):
            failures.append(f"{name}: not raised into one {op}:\n{raised}")
            continue
        tolerance = TOLERANCE[case.dtype]
        results = [(case.expected[r].ndim, STORAGE[case.dtype])
                   for r in case.results]
        outputs = {}
        for variant, passes in (("exported", ()),
                                ("raised", ("--norm-raise",))):
            library = compile_module(source, pre_passes=passes)
            got = call(library, "main", case.args, results)
            outputs[variant] = [to_f64(g, case.dtype) for g in got]
            for r, g in zip(case.results, outputs[variant]):
                error = bg.relative_error(g, case.expected[r])
                print(f"{name} {variant} {r}: {error:.2g} off float64")
                checked += 1
                if not error <= tolerance:
                    failures.append(f"{name} {variant} {r}: {error:.3g} off "
                                    f"float64 > {tolerance:g}")
        for r, a, b in zip(case.results, outputs["raised"],
                           outputs["exported"]):
            error = bg.relative_error(a, b)
            checked += 1
            if not error <= tolerance:
                failures.append(f"{name} {r}: raised {error:.3g} off "
                                f"exported > {tolerance:g}")
    for failure in failures:
        print("FAIL", failure)
    print(f"{checked} comparisons, {len(failures)} failed")
    if failures:
        raise SystemExit(1)


main()
