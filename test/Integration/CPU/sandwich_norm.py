# RUN: %python %s
# REQUIRES: numpy
#
# norm.sandwich_norm (Sandwich-LN's norm -> add -> norm in one row pass)
# through --norm-cpu-pipeline, both lowerings: y and h against the float64
# reference (n = Norm(f) rounded to the storage type, h = x + n rounded, y =
# Norm(h)), and against the unfused sequence (norm, then the fused add +
# norm) compiled in the same module. LayerNorm with inner and outer
# parameters, RMSNorm with Gemma's offset 1; f32, f16, bf16; tail lengths;
# adversarial data.

import itertools

import numpy as np
from normtest import (LOWERINGS, Checker, call, compile_module, empty_like,
                      make_data, ref_layer_norm, ref_rms_norm, round_to,
                      tensor_type, to_f64, to_storage, STORAGE)

EPS_IN, EPS_OUT = 1e-6, 1e-5
EPS_IN_MLIR, EPS_OUT_MLIR = "1.0e-06", "1.0e-05"


def module(ty):
    x = tensor_type([None, None], ty)
    g = tensor_type([None], "f32")
    e = empty_like('e', 'x', [None, None], ty)
    h = empty_like('h', 'x', [None, None], ty)
    n = empty_like('n', 'x', [None, None], ty)
    return f"""
func.func @sandwich_ln(%f: {x}, %x: {x}, %g1: {g}, %b1: {g}, %g2: {g}, %b2: {g}) -> ({x}, {x}) {{
  {e}
  {h}
  %y:2 = norm.sandwich_norm layer_norm %f, %x : {x}, {x} inner_scale(%g1 : {g}) inner_bias(%b1 : {g}) scale(%g2 : {g}) bias(%b2 : {g}) outs(%e, %h : {x}, {x}) {{inner_epsilon = {EPS_IN_MLIR} : f64, epsilon = {EPS_OUT_MLIR} : f64}}
  return %y#0, %y#1 : {x}, {x}
}}
func.func @unfused_ln(%f: {x}, %x: {x}, %g1: {g}, %b1: {g}, %g2: {g}, %b2: {g}) -> ({x}, {x}) {{
  {e}
  {h}
  {n}
  %m = norm.layer_norm %f : {x} scale(%g1 : {g}) bias(%b1 : {g}) outs(%n : {x}) {{epsilon = {EPS_IN_MLIR} : f64}}
  %y:2 = norm.add_layer_norm %m, %x : {x}, {x} scale(%g2 : {g}) bias(%b2 : {g}) outs(%e, %h : {x}, {x}) {{epsilon = {EPS_OUT_MLIR} : f64}}
  return %y#0, %y#1 : {x}, {x}
}}
func.func @sandwich_rms(%f: {x}, %x: {x}, %g1: {g}, %g2: {g}) -> ({x}, {x}) {{
  {e}
  {h}
  %y:2 = norm.sandwich_norm rms_norm %f, %x : {x}, {x} inner_scale(%g1 : {g}) scale(%g2 : {g}) outs(%e, %h : {x}, {x}) {{inner_epsilon = {EPS_IN_MLIR} : f64, epsilon = {EPS_OUT_MLIR} : f64, offset = 1.0 : f64}}
  return %y#0, %y#1 : {x}, {x}
}}
func.func @unfused_rms(%f: {x}, %x: {x}, %g1: {g}, %g2: {g}) -> ({x}, {x}) {{
  {e}
  {h}
  {n}
  %m = norm.rms_norm %f : {x} scale(%g1 : {g}) outs(%n : {x}) {{epsilon = {EPS_IN_MLIR} : f64, offset = 1.0 : f64}}
  %y:2 = norm.add_rms_norm %m, %x : {x}, {x} scale(%g2 : {g}) outs(%e, %h : {x}, {x}) {{epsilon = {EPS_OUT_MLIR} : f64, offset = 1.0 : f64}}
  return %y#0, %y#1 : {x}, {x}
}}
"""


def main():
    rng = np.random.default_rng(5)
    check = Checker()
    for ty, lowering in itertools.product(("f32", "f16", "bf16"), LOWERINGS):
        lib = compile_module(module(ty), options=lowering)
        two = [(2, STORAGE[ty])] * 2
        for rows, hidden in ((0, 8), (1, 1), (3, 7), (5, 768), (2, 4097),
                             (300, 64)):
            kinds = ["normal", "offset", "far_first", "near_eps"] \
                if rows * hidden < 1e5 else ["normal"]
            for kind in kinds:
                # near_eps: the inner norm's input has a variance near its
                # epsilon.
                f = make_data(kind, (rows, hidden), ty, rng, eps=EPS_IN)
                x = make_data("normal", (rows, hidden), ty, rng)
                g1, b1, g2, b2 = (round_to(rng.standard_normal(hidden), "f32")
                                  for _ in range(4))
                f32 = lambda a: a.astype(np.float32)
                fs, xs = to_storage(f, ty), to_storage(x, ty)
                what = f"{lowering} {ty} {rows}x{hidden} {kind}"

                # LayerNorm. n and h each rounded to the storage type; h
                # carries n's error (a norm's tolerance, relative to the
                # summands), and y is checked as the norm of the h that was
                # stored.
                y, h = call(lib, "sandwich_ln",
                            [fs, xs, f32(g1), f32(b1), f32(g2), f32(b2)], two)
                n = round_to(ref_layer_norm(f, -1, EPS_IN, g1, b1)[0], ty)
                want_h = round_to(x + n, ty)
                ulp2 = {"f32": 2.4e-7, "f16": 2e-3, "bf16": 1.6e-2}[ty]
                check.close(to_f64(h, ty), want_h, ty, "ln h " + what,
                            magnitude=np.abs(x) + np.abs(n))
                want_y = ref_layer_norm(to_f64(h, ty), -1, EPS_OUT, g2, b2)[0]
                check.close(to_f64(y, ty), round_to(want_y, ty), ty,
                            "ln y " + what)
                uy, uh = call(lib, "unfused_ln",
                              [fs, xs, f32(g1), f32(b1), f32(g2), f32(b2)],
                              two)
                check.close(to_f64(h, ty), to_f64(uh, ty), ty,
                            "ln fused vs unfused h " + what,
                            tolerance=(4 * ulp2, 2 * ulp2),
                            magnitude=np.abs(x) + np.abs(n))
                check.close(to_f64(y, ty), to_f64(uy, ty), ty,
                            "ln fused vs unfused y " + what)

                # RMSNorm, Gemma-style 1 + gamma on both norms.
                y, h = call(lib, "sandwich_rms",
                            [fs, xs, f32(g1), f32(g2)], two)
                n = round_to(ref_rms_norm(f, -1, EPS_IN, g1, 1.0)[0], ty)
                want_h = round_to(x + n, ty)
                check.close(to_f64(h, ty), want_h, ty, "rms h " + what,
                            magnitude=np.abs(x) + np.abs(n))
                want_y = ref_rms_norm(to_f64(h, ty), -1, EPS_OUT, g2, 1.0)[0]
                check.close(to_f64(y, ty), round_to(want_y, ty), ty,
                            "rms y " + what)
                uy, uh = call(lib, "unfused_rms", [fs, xs, f32(g1), f32(g2)],
                              two)
                check.close(to_f64(y, ty), to_f64(uy, ty), ty,
                            "rms fused vs unfused y " + what)
    check.finish()


main()
