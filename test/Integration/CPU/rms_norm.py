# RUN: %python %s
# REQUIRES: numpy
#
# norm.rms_norm through --norm-cpu-pipeline against the float64 reference:
# LLaMA (offset 0) and Gemma (offset 1) weights, f32/f16/bf16, the rstd
# statistic, several trailing axes, f64, and adversarial data (a large
# common offset, tiny and huge values, mean squares near eps, NaN and
# infinities).

import itertools

import numpy as np
from normtest import (LOWERINGS, Checker, call, compile_module, empty_like,
                      make_data, ref_rms_norm, round_to, tensor_type, to_f64, to_storage,
                      STORAGE)

EPS = 1e-6


def module(ty):
    x2 = tensor_type([None, None], ty)
    x3 = tensor_type([None, None, None], ty)
    r3 = tensor_type([None, 1, 1], "f64" if ty == "f64" else "f32")
    g = tensor_type([None], ty)
    g2 = tensor_type([None, None], "f32")
    return f"""
func.func @llama(%x: {x2}, %g: {g}) -> {x2} {{
  {empty_like('e', 'x', [None, None], ty)}
  %y = norm.rms_norm %x : {x2} scale(%g : {g}) outs(%e : {x2}) {{epsilon = 1.0e-6 : f64}}
  return %y : {x2}
}}
func.func @gemma(%x: {x2}, %g: {g}) -> {x2} {{
  {empty_like('e', 'x', [None, None], ty)}
  %y = norm.rms_norm %x : {x2} scale(%g : {g}) outs(%e : {x2}) {{epsilon = 1.0e-6 : f64, offset = 1.0 : f64}}
  return %y : {x2}
}}
func.func @plain(%x: {x2}) -> {x2} {{
  {empty_like('e', 'x', [None, None], ty)}
  %y = norm.rms_norm %x : {x2} outs(%e : {x2}) {{epsilon = 1.0e-6 : f64}}
  return %y : {x2}
}}
func.func @two_axes(%x: {x3}, %g: {g2}) -> ({x3}, {r3}) {{
  {empty_like('e', 'x', [None, None, None], ty)}
  %c0 = arith.constant 0 : index
  %rows = tensor.dim %x, %c0 : {x3}
  %s = tensor.empty(%rows) : {r3}
  %y:2 = norm.rms_norm %x : {x3} scale(%g : {g2}) outs(%e, %s : {x3}, {r3}) {{axis = -2 : i64, epsilon = 1.0e-6 : f64}}
  return %y#0, %y#1 : {x3}, {r3}
}}
"""


def main():
    rng = np.random.default_rng(1)
    check = Checker()
    for ty, lowering in itertools.product(("f32", "f16", "bf16", "f64"), LOWERINGS):
        lib = compile_module(module(ty), options=lowering)
        dtype = STORAGE[ty]
        for rows in (0, 1, 3, 1000):
            for hidden in (1, 7, 64, 768, 3584, 4097):
                kinds = ["normal", "offset", "tiny", "huge", "near_eps",
                         "special"]
                if rows * hidden > 1e6 or ty == "f64":
                    kinds = ["normal", "offset", "near_eps"]
                for kind in kinds:
                    x = make_data(kind, (rows, hidden), ty, rng, eps=EPS)
                    g = round_to(1.0 + 0.1 * rng.standard_normal(hidden), ty)
                    xs, gs = to_storage(x, ty), to_storage(g, ty)
                    what = f"{lowering} {ty} {rows}x{hidden} {kind}"
                    (y,) = call(lib, "llama", [xs, gs], [(2, dtype)])
                    want = ref_rms_norm(x, -1, EPS, g)[0]
                    check.close(to_f64(y, ty), round_to(want, ty), ty,
                                "llama " + what)
                    (y,) = call(lib, "gemma", [xs, gs], [(2, dtype)])
                    want = ref_rms_norm(x, -1, EPS, g, offset=1.0)[0]
                    check.close(to_f64(y, ty), round_to(want, ty), ty,
                                "gemma " + what)
                    (y,) = call(lib, "plain", [xs], [(2, dtype)])
                    want = ref_rms_norm(x, -1, EPS)[0]
                    check.close(to_f64(y, ty), round_to(want, ty), ty,
                                "plain " + what)
        stat_dtype = np.float64 if ty == "f64" else np.float32
        for shape in ((0, 2, 3), (5, 3, 7), (2, 64, 64)):
            x = make_data("normal", shape, ty, rng)
            g = round_to(rng.standard_normal(shape[1:]), "f32")
            y, rstd = call(lib, "two_axes",
                           [to_storage(x, ty), g.astype(np.float32)],
                           [(3, dtype), (3, stat_dtype)])
            want_y, want_rstd = ref_rms_norm(x, 1, EPS, g)
            check.close(to_f64(y, ty), round_to(want_y, ty), ty,
                        f"{lowering} {ty} two axes {shape}")
            check.close(rstd, want_rstd, "f32", f"{lowering} {ty} two axes {shape} rstd",
                        tolerance=(1e-5, 1e-5))
    check.finish()


main()
