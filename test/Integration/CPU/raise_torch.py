# RUN: %python %s
# REQUIRES: numpy
#
# The RMSNorm and LayerNorm that torch-mlir exported (test/Raise/Inputs)
# compute the same numbers before and after --norm-raise, and both match the
# float64 reference (weights ones, LayerNorm bias zeros; eps 1e-6 and 1e-5).

import os

import numpy as np
from normtest import (Checker, call, compile_module, ref_layer_norm,
                      ref_rms_norm)

INPUTS = os.path.join(os.path.dirname(__file__), "..", "..", "Raise",
                      "Inputs")
CASES = {
    "torch_rms_norm.mlir": lambda x: ref_rms_norm(x, -1, 1e-6)[0],
    "torch_layer_norm.mlir": lambda x: ref_layer_norm(x, -1, 1e-5)[0],
}


def main():
    check = Checker()
    rng = np.random.default_rng(11)
    for name, reference in CASES.items():
        with open(os.path.join(INPUTS, name)) as f:
            source = f.read()
        x = (3.0 + rng.standard_normal((4, 64))).astype(np.float32)
        want = reference(x.astype(np.float64))
        outputs = {}
        for variant, passes in (("exported", ()),
                                ("raised", ("--norm-raise",))):
            lib = compile_module(source, pre_passes=passes)
            (outputs[variant],) = call(lib, "main", [x], [(2, np.float32)])
            check.close(outputs[variant], want, "f32",
                        f"{name} {variant} vs float64")
        check.close(outputs["raised"], outputs["exported"], "f32",
                    f"{name} raised vs exported")
    check.finish()


main()
