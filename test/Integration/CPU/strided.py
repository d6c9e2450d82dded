# RUN: %python %s
# REQUIRES: numpy
#
# Norms of non-contiguous rows: the K slice of a fused QKV buffer (row
# stride 3 * hidden) and every other column (element stride 2), through both
# lowerings, against the float64 reference. Q, K and V hold different data
# (K: zero-mean; Q and V: other means and scales, each row varied), so that
# reading the wrong slice, or the right one from the wrong column, fails in
# bf16 too (one "offset" buffer was the same constant in all three there).

import itertools

import numpy as np
from normtest import (LOWERINGS, Checker, call, compile_module, make_data,
                      ref_layer_norm, ref_rms_norm, round_to, to_f64,
                      to_storage, STORAGE)

SOURCE = """
func.func @k_slice(%qkv: tensor<?x{h3}x{t}>, %g: tensor<{h}x{t}>) -> tensor<?x{h}x{t}> {{
  %c0 = arith.constant 0 : index
  %rows = tensor.dim %qkv, %c0 : tensor<?x{h3}x{t}>
  %k = tensor.extract_slice %qkv[0, {h}] [%rows, {h}] [1, 1] : tensor<?x{h3}x{t}> to tensor<?x{h}x{t}>
  %e = tensor.empty(%rows) : tensor<?x{h}x{t}>
  %y = norm.rms_norm %k : tensor<?x{h}x{t}> scale(%g : tensor<{h}x{t}>) outs(%e : tensor<?x{h}x{t}>)
  return %y : tensor<?x{h}x{t}>
}}
func.func @every_other(%x: tensor<?x{h2}x{t}>) -> tensor<?x{h}x{t}> {{
  %c0 = arith.constant 0 : index
  %rows = tensor.dim %x, %c0 : tensor<?x{h2}x{t}>
  %s = tensor.extract_slice %x[0, 1] [%rows, {h}] [1, 2] : tensor<?x{h2}x{t}> to tensor<?x{h}x{t}>
  %e = tensor.empty(%rows) : tensor<?x{h}x{t}>
  %y = norm.layer_norm %s : tensor<?x{h}x{t}> outs(%e : tensor<?x{h}x{t}>)
  return %y : tensor<?x{h}x{t}>
}}
"""


def main():
    rng = np.random.default_rng(7)
    check = Checker()
    for (ty, lowering), h in itertools.product(
            itertools.product(("f32", "bf16"), LOWERINGS), (64, 1000)):
        lib = compile_module(SOURCE.format(h=h, h2=2 * h, h3=3 * h, t=ty),
                             options=lowering)
        dtype = STORAGE[ty]
        for rows in (0, 1, 33):
            q = round_to(5.0 + make_data("normal", (rows, h), ty, rng), ty)
            k = make_data("normal", (rows, h), ty, rng)
            v = round_to(0.5 * make_data("normal", (rows, h), ty, rng) - 3.0,
                         ty)
            qkv = np.concatenate([q, k, v], axis=1)
            g = round_to(rng.standard_normal(h), ty)
            (y,) = call(lib, "k_slice", [to_storage(qkv, ty),
                                         to_storage(g, ty)], [(2, dtype)])
            want = ref_rms_norm(qkv[:, h:2 * h], -1, 1e-5, g)[0]
            check.close(to_f64(y, ty), round_to(want, ty), ty,
                        f"{lowering} {ty} K slice {rows}x{h}")
            x = make_data("normal", (rows, 2 * h), ty, rng)
            (y,) = call(lib, "every_other", [to_storage(x, ty)],
                        [(2, dtype)])
            want = ref_layer_norm(x[:, 1::2], -1, 1e-5)[0]
            check.close(to_f64(y, ty), round_to(want, ty), ty,
                        f"{lowering} {ty} every other column {rows}x{h}")
    check.finish()


main()
