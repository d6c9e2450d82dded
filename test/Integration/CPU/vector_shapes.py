# RUN: %python %s
# REQUIRES: numpy
#
# The vector kernel for every chunk shape the pipeline options allow:
# vector-width 4, 8 and 16 f32 lanes, unroll 1, 2 and 4, so that a row runs
# in wide chunks, single-vector chunks and a masked remainder in every
# combination (unroll=1 has no single-vector step), with and without
# streaming stores, against float64. Row lengths straddle each step.

import itertools

import numpy as np
from normtest import (Checker, call, compile_module, empty_like, make_data,
                      ref_layer_norm, ref_residual_sum, ref_rms_norm,
                      round_to, tensor_type)

X = tensor_type([None, None], "f32")
G = tensor_type([None], "f32")
SOURCE = f"""
func.func @ln(%x: {X}, %g: {G}, %b: {G}) -> {X} {{
  {empty_like('e', 'x', [None, None], 'f32')}
  %y = norm.layer_norm %x : {X} scale(%g : {G}) bias(%b : {G}) outs(%e : {X})
  return %y : {X}
}}
func.func @add_rms(%x: {X}, %r: {X}, %g: {G}) -> ({X}, {X}) {{
  {empty_like('e', 'x', [None, None], 'f32')}
  {empty_like('h', 'x', [None, None], 'f32')}
  %o:2 = norm.add_rms_norm %x, %r : {X}, {X} scale(%g : {G}) outs(%e, %h : {X}, {X})
  return %o#0, %o#1 : {X}, {X}
}}
"""


def main():
    rng = np.random.default_rng(21)
    check = Checker()
    for width, unroll, threshold in itertools.product((4, 8, 16), (1, 2, 4),
                                                      (-1, 0)):
        options = (f"vector-width={width} unroll={unroll} "
                   f"streaming-threshold={threshold} num-threads=2")
        lib = compile_module(SOURCE, options=options)
        for hidden in (1, width - 1, width + 3, 4 * width * unroll + 5, 777):
            hidden = max(hidden, 1)
            x = make_data("normal", (5, hidden), "f32", rng).astype(
                np.float32)
            r = make_data("normal", (5, hidden), "f32", rng).astype(
                np.float32)
            g = rng.standard_normal(hidden).astype(np.float32)
            b = rng.standard_normal(hidden).astype(np.float32)
            what = f"{options} N={hidden}"
            (y,) = call(lib, "ln", [x, g, b], [(2, np.float32)])
            want = ref_layer_norm(x.astype(np.float64), -1, 1e-5,
                                  g.astype(np.float64),
                                  b.astype(np.float64))[0]
            check.close(y, round_to(want, "f32"), "f32", f"ln {what}")
            y, h = call(lib, "add_rms", [x, r, g],
                        [(2, np.float32), (2, np.float32)])
            h64 = ref_residual_sum(x.astype(np.float64),
                                   r.astype(np.float64), h_type="f32")
            check.close(h, round_to(h64, "f32"), "f32", f"h {what}")
            check.close(y, round_to(ref_rms_norm(h64, -1, 1e-5,
                                                 g.astype(np.float64))[0],
                                    "f32"), "f32", f"add_rms y {what}")
    check.finish()


main()
