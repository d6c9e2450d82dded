# RUN: %python %s
# REQUIRES: numpy
#
# Norms over every dim of their input (axis 0: rank 1, and a 2-D x
# normalized as a whole) run as one row of the vector kernels, and through
# the linalg lowering, against the float64 references, for lengths around
# the kernels' chunk widths.

import numpy as np
from normtest import (LOWERINGS, Checker, call, compile_module,
                      ref_layer_norm, ref_residual_sum, ref_rms_norm)

SOURCE = """
func.func @rms(%x: tensor<?xf32>, %g: tensor<?xf32>) -> tensor<?xf32> {
  %c0 = arith.constant 0 : index
  %n = tensor.dim %x, %c0 : tensor<?xf32>
  %e = tensor.empty(%n) : tensor<?xf32>
  %y = norm.rms_norm %x : tensor<?xf32> scale(%g : tensor<?xf32>) outs(%e : tensor<?xf32>) {axis = 0 : i64, offset = 1.0 : f64}
  return %y : tensor<?xf32>
}
func.func @add_ln(%x: tensor<?xf32>, %r: tensor<?xf32>, %b: tensor<?xf32>) -> (tensor<?xf32>, tensor<?xf32>) {
  %c0 = arith.constant 0 : index
  %n = tensor.dim %x, %c0 : tensor<?xf32>
  %e = tensor.empty(%n) : tensor<?xf32>
  %f = tensor.empty(%n) : tensor<?xf32>
  %y:2 = norm.add_layer_norm %x, %r : tensor<?xf32>, tensor<?xf32> bias(%b : tensor<?xf32>) outs(%e, %f : tensor<?xf32>, tensor<?xf32>) {axis = 0 : i64}
  return %y#0, %y#1 : tensor<?xf32>, tensor<?xf32>
}
func.func @ln_2d(%x: tensor<5x?xf32>) -> tensor<5x?xf32> {
  %c1 = arith.constant 1 : index
  %n = tensor.dim %x, %c1 : tensor<5x?xf32>
  %e = tensor.empty(%n) : tensor<5x?xf32>
  %y = norm.layer_norm %x : tensor<5x?xf32> outs(%e : tensor<5x?xf32>) {axis = 0 : i64}
  return %y : tensor<5x?xf32>
}
"""


def main():
    rng = np.random.default_rng(41)
    check = Checker()
    for options in LOWERINGS:
        lib = compile_module(SOURCE, options=options)
        for n in (1, 7, 64, 65, 1000, 4097):
            # Far from zero: RMSNorm's rstd then depends on every element.
            x = (50.0 + rng.standard_normal(n)).astype(np.float32)
            g = rng.standard_normal(n).astype(np.float32)
            (y,) = call(lib, "rms", [x, g], [(1, np.float32)])
            want = ref_rms_norm(x.astype(np.float64), 0, 1e-5,
                                g.astype(np.float64), offset=1.0)[0]
            check.close(y, want, "f32", f"{options} rms axis 0, {n}")

            x = rng.standard_normal(n).astype(np.float32)
            r = rng.standard_normal(n).astype(np.float32)
            b = rng.standard_normal(n).astype(np.float32)
            y, h = call(lib, "add_ln", [x, r, b],
                        [(1, np.float32), (1, np.float32)])
            h64 = ref_residual_sum(x.astype(np.float64), r.astype(np.float64))
            check.close(h, h64, "f32", f"{options} add_ln h axis 0, {n}")
            want = ref_layer_norm(h64, 0, 1e-5, None, b.astype(np.float64))[0]
            check.close(y, want, "f32", f"{options} add_ln y axis 0, {n}")

            x = rng.standard_normal((5, n)).astype(np.float32)
            (y,) = call(lib, "ln_2d", [x], [(2, np.float32)])
            want = ref_layer_norm(x.astype(np.float64), 0, 1e-5)[0]
            check.close(y, want, "f32", f"{options} layer_norm 5x{n} whole")
    check.finish()


main()
