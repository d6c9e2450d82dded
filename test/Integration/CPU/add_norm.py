# RUN: %python %s
# REQUIRES: numpy
#
# norm.add_layer_norm / norm.add_rms_norm through --norm-cpu-pipeline:
# y and h against the float64 reference (h rounded once to its storage type),
# and against the unfused sequence (arith.addf, then the norm op) compiled in
# the same module.

import itertools

import numpy as np
from normtest import (LOWERINGS, Checker, call, compile_module, empty_like,
                      make_data, ref_layer_norm, ref_residual_sum, ref_rms_norm, round_to,
                      tensor_type, to_f64, to_storage, STORAGE)

EPS = 1e-5
# Two units in the last place of h's type.
H_TOLERANCE = {"f32": (0, 2.4e-7), "f16": (0, 2e-3), "bf16": (0, 1.6e-2)}


def module(ty):
    x = tensor_type([None, None], ty)
    g = tensor_type([None], "f32")
    e = empty_like('e', 'x', [None, None], ty)
    h = empty_like('h', 'x', [None, None], ty)
    return f"""
func.func @add_ln(%x: {x}, %r: {x}, %ab: {g}, %g: {g}, %b: {g}) -> ({x}, {x}) {{
  {e}
  {h}
  %y:2 = norm.add_layer_norm %x, %r : {x}, {x} add_bias(%ab : {g}) scale(%g : {g}) bias(%b : {g}) outs(%e, %h : {x}, {x}) {{alpha = 1.5 : f64}}
  return %y#0, %y#1 : {x}, {x}
}}
func.func @add_rms(%x: {x}, %r: {x}, %g: {g}) -> ({x}, {x}) {{
  {e}
  {h}
  %y:2 = norm.add_rms_norm %x, %r : {x}, {x} scale(%g : {g}) outs(%e, %h : {x}, {x})
  return %y#0, %y#1 : {x}, {x}
}}
func.func @unfused_ln(%x: {x}, %r: {x}, %g: {g}, %b: {g}) -> ({x}, {x}) {{
  {e}
  %s = arith.addf %r, %x : {x}
  %y = norm.layer_norm %s : {x} scale(%g : {g}) bias(%b : {g}) outs(%e : {x})
  return %y, %s : {x}, {x}
}}
func.func @fused_ln(%x: {x}, %r: {x}, %g: {g}, %b: {g}) -> ({x}, {x}) {{
  {e}
  {h}
  %y:2 = norm.add_layer_norm %x, %r : {x}, {x} scale(%g : {g}) bias(%b : {g}) outs(%e, %h : {x}, {x})
  return %y#0, %y#1 : {x}, {x}
}}
func.func @unfused_rms(%x: {x}, %r: {x}, %g: {g}) -> ({x}, {x}) {{
  {e}
  %s = arith.addf %r, %x : {x}
  %y = norm.rms_norm %s : {x} scale(%g : {g}) outs(%e : {x})
  return %y, %s : {x}, {x}
}}
"""


def main():
    rng = np.random.default_rng(2)
    check = Checker()
    for ty, lowering in itertools.product(("f32", "f16", "bf16"), LOWERINGS):
        lib = compile_module(module(ty), options=lowering)
        dtype = STORAGE[ty]
        two = [(2, dtype), (2, dtype)]
        for rows in (0, 1, 3, 1000):
            for hidden in (1, 7, 768, 4097):
                kinds = ["normal", "offset", "huge", "near_eps", "special"]
                if rows * hidden > 1e6:
                    kinds = ["normal"]
                for kind in kinds:
                    x = make_data(kind, (rows, hidden), ty, rng)
                    # near_eps: h itself (x, r and the add bias all of
                    # order sqrt(eps)) has a variance near eps.
                    r = make_data("near_eps" if kind == "near_eps"
                                  else "normal", (rows, hidden), ty, rng)
                    ab, g, b = (round_to(rng.standard_normal(hidden), "f32")
                                for _ in range(3))
                    if kind == "near_eps":
                        ab = round_to(np.sqrt(EPS) * ab, "f32")
                    f32 = lambda a: a.astype(np.float32)
                    xs, rs = to_storage(x, ty), to_storage(r, ty)
                    what = f"{lowering} {ty} {rows}x{hidden} {kind}"

                    y, h = call(lib, "add_ln", [xs, rs, f32(ab), f32(g),
                                                f32(b)], two)
                    # h is computed in f32 and rounded once to its type: for
                    # f32 storage it may be one ulp from the exact sum, so y
                    # is checked as the norm of the h that was stored.
                    want_h = ref_residual_sum(x, r, 1.5, ab, ty)
                    want_y = ref_layer_norm(to_f64(h, ty), -1, EPS, g, b)[0]
                    terms = np.abs(1.5 * r) + np.abs(x) + np.abs(ab)
                    check.close(to_f64(h, ty), want_h, ty, "add_ln h " + what,
                                tolerance=H_TOLERANCE[ty], magnitude=terms)
                    check.close(to_f64(y, ty), round_to(want_y, ty), ty,
                                "add_ln y " + what)

                    y, h = call(lib, "add_rms", [xs, rs, f32(g)], two)
                    want_h = ref_residual_sum(x, r, 1.0, None, ty)
                    want_y = ref_rms_norm(want_h, -1, EPS, g)[0]
                    check.close(to_f64(h, ty), want_h, ty, "add_rms h " + what,
                                tolerance=(0, 0))
                    check.close(to_f64(y, ty), round_to(want_y, ty), ty,
                                "add_rms y " + what)

                    # Fused == unfused: same h bit for bit, y within the
                    # output type's tolerance.
                    fy, fh = call(lib, "fused_ln", [xs, rs, f32(g), f32(b)],
                                  two)
                    uy, uh = call(lib, "unfused_ln", [xs, rs, f32(g), f32(b)],
                                  two)
                    check.close(to_f64(fh, ty), to_f64(uh, ty), ty,
                                "fused vs unfused ln h " + what,
                                tolerance=(0, 0))
                    check.close(to_f64(fy, ty), to_f64(uy, ty), ty,
                                "fused vs unfused ln y " + what)
                    uy, uh = call(lib, "unfused_rms", [xs, rs, f32(g)], two)
                    (fy, fh) = call(lib, "add_rms", [xs, rs, f32(g)], two)
                    check.close(to_f64(fh, ty), to_f64(uh, ty), ty,
                                "fused vs unfused rms h " + what,
                                tolerance=(0, 0))
                    check.close(to_f64(fy, ty), to_f64(uy, ty), ty,
                                "fused vs unfused rms y " + what)
    check.finish()


main()
