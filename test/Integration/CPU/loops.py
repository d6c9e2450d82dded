# RUN: %python %s
# REQUIRES: numpy
#
# Norms inside scf.for: a norm writing its loop-carried destination (its
# outs are the iter_args, with the statistics output), and a stack of
# blocks x_{k+1} = AddRMSNorm(x_k, r_k) whose body yields new tensors (new
# buffers each iteration, the previous ones freed). Both failed to
# bufferize in the CPU pipeline ("Yield operand #0 is not equivalent to the
# corresponding iter bbArg"); results against float64.

import numpy as np
from normtest import (LOWERINGS, Checker, call, compile_module, ref_rms_norm,
                      ref_residual_sum)

SOURCE = """
func.func @destination(%x: tensor<?x64xf32>, %g: tensor<64xf32>) -> (tensor<?x64xf32>, tensor<?x1xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c3 = arith.constant 3 : index
  %n = tensor.dim %x, %c0 : tensor<?x64xf32>
  %e = tensor.empty(%n) : tensor<?x64xf32>
  %s = tensor.empty(%n) : tensor<?x1xf32>
  %l:2 = scf.for %i = %c0 to %c3 step %c1 iter_args(%y = %e, %rstd = %s) -> (tensor<?x64xf32>, tensor<?x1xf32>) {
    %r:2 = norm.rms_norm %x : tensor<?x64xf32> scale(%g : tensor<64xf32>) outs(%y, %rstd : tensor<?x64xf32>, tensor<?x1xf32>) {offset = 1.0 : f64}
    scf.yield %r#0, %r#1 : tensor<?x64xf32>, tensor<?x1xf32>
  }
  return %l#0, %l#1 : tensor<?x64xf32>, tensor<?x1xf32>
}
func.func @stack(%x: tensor<?x64xf32>, %r: tensor<?x64xf32>, %g: tensor<64xf32>) -> (tensor<?x64xf32>, tensor<?x64xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c3 = arith.constant 3 : index
  %l:2 = scf.for %i = %c0 to %c3 step %c1 iter_args(%a = %x, %b = %r) -> (tensor<?x64xf32>, tensor<?x64xf32>) {
    %n = tensor.dim %a, %c0 : tensor<?x64xf32>
    %e = tensor.empty(%n) : tensor<?x64xf32>
    %f = tensor.empty(%n) : tensor<?x64xf32>
    %o:2 = norm.add_rms_norm %a, %b : tensor<?x64xf32>, tensor<?x64xf32> scale(%g : tensor<64xf32>) outs(%e, %f : tensor<?x64xf32>, tensor<?x64xf32>)
    scf.yield %o#0, %o#1 : tensor<?x64xf32>, tensor<?x64xf32>
  }
  return %l#0, %l#1 : tensor<?x64xf32>, tensor<?x64xf32>
}
"""


def main():
    rng = np.random.default_rng(5)
    check = Checker()
    for options in LOWERINGS:
        lib = compile_module(SOURCE, options=options)
        for rows in (1, 9):
            x = rng.standard_normal((rows, 64)).astype(np.float32)
            g = rng.standard_normal(64).astype(np.float32)
            y, rstd = call(lib, "destination", [x, g],
                           [(2, np.float32), (2, np.float32)])
            want_y, want_rstd = ref_rms_norm(x.astype(np.float64), -1, 1e-5,
                                             g.astype(np.float64), offset=1.0)
            check.close(y, want_y, "f32", f"{options} destination y {rows}")
            check.close(rstd, want_rstd, "f32",
                        f"{options} destination rstd {rows}")

            r = rng.standard_normal((rows, 64)).astype(np.float32)
            y, h = call(lib, "stack", [x, r, g],
                        [(2, np.float32), (2, np.float32)])
            a, b = x.astype(np.float64), r.astype(np.float64)
            for _ in range(3):
                b = ref_residual_sum(a, b)
                a = ref_rms_norm(b, -1, 1e-5, g.astype(np.float64))[0]
            check.close(h, b, "f32", f"{options} stack h {rows}")
            check.close(y, a, "f32", f"{options} stack y {rows}")
    check.finish()


main()
