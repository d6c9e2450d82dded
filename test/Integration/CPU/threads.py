# RUN: %python %s
# REQUIRES: numpy
#
# The row loop runs on OpenMP threads; each row is computed the same way
# whatever thread takes it, so 1, 2 and 3 threads give bit-identical results
# (and match the float64 reference). Row counts below and above the thread
# count, including one row.

import numpy as np
from normtest import (Checker, call, compile_module, empty_like, make_data,
                      ref_layer_norm, ref_residual_sum, round_to, tensor_type)

X = tensor_type([None, None], "f32")
G = tensor_type([None], "f32")
SOURCE = f"""
func.func @add_ln(%x: {X}, %r: {X}, %g: {G}) -> ({X}, {X}) {{
  {empty_like('e', 'x', [None, None], 'f32')}
  {empty_like('h', 'x', [None, None], 'f32')}
  %o:2 = norm.add_layer_norm %x, %r : {X}, {X} scale(%g : {G}) outs(%e, %h : {X}, {X})
  return %o#0, %o#1 : {X}, {X}
}}
"""


def main():
    rng = np.random.default_rng(8)
    check = Checker()
    libs = {t: compile_module(SOURCE, options=f"num-threads={t}")
            for t in (1, 2, 3)}
    for rows, hidden in ((1, 4096), (2, 7), (5, 768), (257, 1000)):
        x = make_data("normal", (rows, hidden), "f32", rng).astype(np.float32)
        r = make_data("normal", (rows, hidden), "f32", rng).astype(np.float32)
        g = rng.standard_normal(hidden).astype(np.float32)
        outputs = {t: call(lib, "add_ln", [x, r, g],
                           [(2, np.float32), (2, np.float32)])
                   for t, lib in libs.items()}
        for t in (2, 3):
            for i, name in enumerate(("y", "h")):
                check.close(outputs[t][i], outputs[1][i], "f32",
                            f"{rows}x{hidden} {name}: {t} threads vs 1",
                            tolerance=(0, 0))
        h = ref_residual_sum(x.astype(np.float64), r.astype(np.float64),
                             h_type="f32")
        check.close(outputs[2][0], round_to(
            ref_layer_norm(h, -1, 1e-5, g.astype(np.float64))[0], "f32"),
            "f32", f"{rows}x{hidden} y vs float64")
    check.finish()


main()
