# RUN: %python %s
# REQUIRES: numpy
#
# The RMSNorm (f32 and bf16) and LayerNorm that torch-mlir exported
# (test/Raise/Inputs), as linalg and as tosa, compute the same numbers before
# and after --norm-raise, and both match the float64 reference (weights
# ones, LayerNorm bias zeros; eps 1e-6 and 1e-5). The CPU pipeline lowers
# what is left of tosa through upstream's tosa-to-linalg.

import os

import numpy as np
from normtest import (Checker, call, compile_module, ref_layer_norm,
                      ref_rms_norm, round_to, to_f64, to_storage, STORAGE)

INPUTS = os.path.join(os.path.dirname(__file__), "..", "..", "Raise",
                      "Inputs")
# file: (element type, input shape, float64 model)
CASES = {}
for frontend in ("torch", "tosa"):
    CASES.update({
        f"{frontend}_rms_norm.mlir": (
            "f32", (4, 64), lambda x: ref_rms_norm(x, -1, 1e-6)[0]),
        f"{frontend}_layer_norm.mlir": (
            "f32", (4, 64), lambda x: ref_layer_norm(x, -1, 1e-5)[0]),
        # y = bf16(bf16(rms(x)) * 1): the weight is ones.
        f"{frontend}_rms_norm_bf16.mlir": (
            "bf16", (4, 64) if frontend == "torch" else (2, 4, 64),
            lambda x: round_to(ref_rms_norm(x, -1, 1e-6)[0], "bf16")),
    })
# A run-time row count: called with several (the shape's first dim).
CASES["torch_rms_norm_dynamic.mlir"] = (
    "f32", [(1, 64), (5, 64), (300, 64)],
    lambda x: ref_rms_norm(x, -1, 1e-6)[0])
CASES["torch_layer_norm_dynamic.mlir"] = (
    "f32", [(1, 64), (5, 64), (300, 64)],
    lambda x: ref_layer_norm(x, -1, 1e-5)[0])
# A normalized size known only at run time: odd, one, and a full vector.
CASES["torch_rms_norm_dynamic_hidden.mlir"] = (
    "f32", [(3, 1), (5, 17), (2, 64), (300, 33)],
    lambda x: ref_rms_norm(x, -1, 1e-6)[0])
CASES["torch_layer_norm_dynamic_hidden.mlir"] = (
    "f32", [(3, 1), (5, 17), (2, 64), (300, 33)],
    lambda x: ref_layer_norm(x, -1, 1e-5)[0])
CASES["torch_layer_norm_2d_dynamic.mlir"] = (
    "f32", [(2, 1, 3), (2, 8, 64), (2, 5, 7)],
    lambda x: ref_layer_norm(x, 1, 1e-5)[0])
# Normalized over the last two dims.
for frontend in ("torch", "tosa"):
    CASES[f"{frontend}_layer_norm_2d.mlir"] = (
        "f32", (2, 8, 64), lambda x: ref_layer_norm(x, 1, 1e-5)[0])


def main():
    check = Checker()
    rng = np.random.default_rng(11)
    for name, (ty, shapes, reference) in CASES.items():
        with open(os.path.join(INPUTS, name)) as f:
            source = f.read()
        libs = {variant: compile_module(source, pre_passes=passes)
                for variant, passes in (("exported", ()),
                                        ("raised", ("--norm-raise",)))}
        for shape in shapes if isinstance(shapes, list) else [shapes]:
            x = round_to(3.0 + rng.standard_normal(shape), ty)
            want = reference(x)
            outputs = {}
            for variant, lib in libs.items():
                (y,) = call(lib, "main", [to_storage(x, ty)],
                            [(len(shape), STORAGE[ty])])
                outputs[variant] = to_f64(y, ty)
                check.close(outputs[variant], want, ty,
                            f"{name} {shape} {variant} vs float64")
            check.close(outputs["raised"], outputs["exported"], ty,
                        f"{name} {shape} raised vs exported")
    check.finish()


main()
