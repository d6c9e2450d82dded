# RUN: %python %s
# REQUIRES: numpy
#
# The backward row kernels on the layouts backward.py does not cover,
# against the linalg reference lowering of the same ops: rank 3 normalized
# over the last two dims (axis 1) and over every dim (axis 0, one row), a
# size-1 leading dim, static shapes; f32, f64 (f64 statistics and sums),
# bf16, f16; layer_norm_grad with both parameter gradients, rms_norm_grad
# with offset 1, and add_layer_norm_grad from saved statistics with the
# residual stream's gradient and alpha 2. The two lowerings compute the
# same formulas in a different order (the kernels' dscale/dbias in blocks
# of rows): they agree to the f32 rounding of the sums (1e-5 of the largest
# gradient; f64: 1e-12; bf16, f16: two units in the last place).

import sys

import numpy as np
from normtest import call, compile_module, tensor_type, to_storage, to_f64, STORAGE, round_to
def src(ty, shape, axis):
    m = tensor_type(shape, ty); p = tensor_type(shape[axis:], ty)
    st = tensor_type(shape[:axis] + [1]*(len(shape)-axis), "f32" if ty != "f64" else "f64")
    return f"""
func.func @ln(%dy: {m}, %x: {m}, %g: {p}) -> ({m}, {p}, {p}) {{
  %e = tensor.empty() : {m}
  %eg = tensor.empty() : {p}
  %eb = tensor.empty() : {p}
  %dx, %dg, %db = norm.layer_norm_grad %dy, %x : {m}, {m} scale(%g : {p}) outs(%e, %eg, %eb : {m}, {p}, {p}) {{axis = {axis} : i64}}
  return %dx, %dg, %db : {m}, {p}, {p}
}}
func.func @rms(%dy: {m}, %x: {m}, %g: {p}) -> ({m}, {p}) {{
  %e = tensor.empty() : {m}
  %eg = tensor.empty() : {p}
  %dx, %dg = norm.rms_norm_grad %dy, %x : {m}, {m} scale(%g : {p}) outs(%e, %eg : {m}, {p}) {{axis = {axis} : i64, offset = 1.0 : f64}}
  return %dx, %dg : {m}, {p}
}}
func.func @add_ln_saved(%dy: {m}, %x: {m}, %dh: {m}, %g: {p}, %mean: {st}, %rstd: {st}) -> ({m}, {m}, {p}, {p}) {{
  %e = tensor.empty() : {m}
  %er = tensor.empty() : {m}
  %eg = tensor.empty() : {p}
  %eb = tensor.empty() : {p}
  %dx, %dr, %dg, %db = norm.add_layer_norm_grad %dy, %x : {m}, {m} residual_grad(%dh : {m}) scale(%g : {p}) mean(%mean : {st}) rstd(%rstd : {st}) outs(%e, %er, %eg, %eb : {m}, {m}, {p}, {p}) {{axis = {axis} : i64, alpha = 2.0 : f64}}
  return %dx, %dr, %dg, %db : {m}, {m}, {p}, {p}
}}
"""
rng = np.random.default_rng(1)
worst = 0
failures = 0
for ty in ("f32", "f64", "bf16", "f16"):
  for shape, axis in (([3, 5, 17], 1), ([3, 5, 17], 0), ([130, 33], 1), ([4, 1, 6], 2)):
    libs = {l: compile_module(src(ty, shape, axis), options=l) for l in ("lowering=vector", "lowering=linalg")}
    x = round_to(rng.standard_normal(shape) + 2, ty); dy = round_to(rng.standard_normal(shape), ty); dh = round_to(rng.standard_normal(shape), ty)
    g = round_to(1 + 0.1*rng.standard_normal(shape[axis:]), ty)
    red = tuple(range(axis, len(shape)))
    mean = x.mean(red, keepdims=True); rstd = 1/np.sqrt(x.var(red, keepdims=True) + 1e-5)
    sty = np.float64 if ty == "f64" else np.float32
    st = STORAGE[ty]; r = len(shape); pr = len(shape) - axis
    outs = {}
    for l, lib in libs.items():
        a = [to_storage(v, ty) for v in (dy, x, g)]
        o = call(lib, "ln", a, [(r, st), (pr, st), (pr, st)])
        o += call(lib, "rms", a, [(r, st), (pr, st)])
        o += call(lib, "add_ln_saved", [a[0], a[1], to_storage(dh, ty), a[2], mean.astype(sty), rstd.astype(sty)], [(r, st), (r, st), (pr, st), (pr, st)])
        outs[l] = [to_f64(v, ty) for v in o]
    for i, (v, w) in enumerate(zip(outs["lowering=vector"], outs["lowering=linalg"])):
        err = np.max(np.abs(v - w)) / max(np.max(np.abs(w)), 1e-30)
        worst = max(worst, err) if ty != "bf16" and ty != "f16" else worst
        tol = {"f64": 1e-12, "f32": 1e-5, "bf16": 2e-2, "f16": 4e-3}[ty]
        if err > tol:
            print("MISMATCH", ty, shape, axis, i, err)
            failures += 1
    print(ty, shape, axis, "ok")
print("worst f32/f64 difference", worst)
sys.exit(1 if failures else 0)
