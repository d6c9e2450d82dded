# RUN: %python %s
# REQUIRES: numpy
#
# The RMSNorm that torch-mlir exported (test/Raise/Inputs) computes the same
# numbers before and after --norm-raise, and both match the float64
# reference (its weight is ones, eps = 1e-6).

import os

import numpy as np
from normtest import Checker, call, compile_module, ref_rms_norm

SOURCE = os.path.join(os.path.dirname(__file__), "..", "..", "Raise",
                      "Inputs", "torch_rms_norm.mlir")


def main():
    with open(SOURCE) as f:
        source = f.read()
    check = Checker()
    rng = np.random.default_rng(11)
    x = rng.standard_normal((4, 64)).astype(np.float32)
    want = ref_rms_norm(x.astype(np.float64), -1, 1e-6)[0]
    outputs = {}
    for name, passes in (("exported", ()), ("raised", ("--norm-raise",))):
        lib = compile_module(source, pre_passes=passes)
        (outputs[name],) = call(lib, "main", [x], [(2, np.float32)])
        check.close(outputs[name], want, "f32", f"{name} vs float64")
    check.close(outputs["raised"], outputs["exported"], "f32",
                "raised vs exported")
    check.finish()


main()
