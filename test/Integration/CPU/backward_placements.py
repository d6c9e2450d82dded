# RUN: %python %s
# REQUIRES: numpy
#
# The backward of the placements the forward dialect names, composed from
# the backward ops, against central finite differences of the float64
# forward (independent of docs/Semantics.md's gradient formulas):
#   - DeepNorm, y = LN(alpha * x + F): norm.add_layer_norm_grad with the
#     same alpha gives dF (dx) and dx (dr = alpha * dh), with the residual
#     stream's gradient added;
#   - Sandwich-LN, h = r + LN1(F), y = LN2(h): norm.add_layer_norm_grad
#     gives dh (= dr), then norm.layer_norm_grad of LN1 on dh gives dF, with
#     both norms' dscale/dbias;
#   - a two-block Pre-LN RMSNorm stack, h1 = x + F1(RMS1(x)) with F1 = a
#     per-column scale, y = RMS2(h1): the gradient through both norms and
#     the residual.
# f32 data, rows of 16 and 37 elements, normal and 1e4 + N(0, 1) inputs,
# both CPU lowerings (the backward row kernels and linalg). With the 1e4
# offset, the residual sum h the backward reads is stored in f32 (half an
# ulp is 5e-4 at 1e4, against a spread of 1 that the norm divides by), so
# the gradients of the stored h differ from the float64 forward's by up to
# about 1e-3 relative: those cases are held to 2e-3 of the gradients' size;
# the others to 5e-4 (central differences in float64, f32 results).

import itertools
import sys

import numpy as np
from normtest import Checker, call, compile_module, tensor_type

EPS = 1e-5


def ln(x, g, b, eps=EPS):
    c = x - x.mean(-1, keepdims=True)
    return c / np.sqrt((c * c).mean(-1, keepdims=True) + eps) * g + b


def rms(x, g, eps=EPS):
    return x / np.sqrt((x * x).mean(-1, keepdims=True) + eps) * g


def numeric_grad(loss, value, h):
    grad = np.zeros_like(value)
    for idx in np.ndindex(value.shape):
        e = np.zeros_like(value)
        e[idx] = h
        grad[idx] = (loss(value + e) - loss(value - e)) / (2 * h)
    return grad


def module(n):
    m = tensor_type([4, n], "f32")
    v = tensor_type([n], "f32")
    return f"""
func.func @deepnorm(%dy: {m}, %h: {m}, %dh: {m}, %g: {v}) -> ({m}, {m}, {v}, {v}) {{
  %e0 = tensor.empty() : {m}
  %e1 = tensor.empty() : {m}
  %e2 = tensor.empty() : {v}
  %e3 = tensor.empty() : {v}
  %dx, %dr, %dg, %db = norm.add_layer_norm_grad %dy, %h : {m}, {m}
      residual_grad(%dh : {m}) scale(%g : {v})
      outs(%e0, %e1, %e2, %e3 : {m}, {m}, {v}, {v}) {{alpha = 1.7 : f64}}
  return %dx, %dr, %dg, %db : {m}, {m}, {v}, {v}
}}
func.func @sandwich(%dy: {m}, %h: {m}, %f: {m}, %g1: {v}, %g2: {v})
    -> ({m}, {m}, {v}, {v}, {v}, {v}) {{
  %e0 = tensor.empty() : {m}
  %e1 = tensor.empty() : {m}
  %e2 = tensor.empty() : {v}
  %e3 = tensor.empty() : {v}
  %dn, %dr, %dg2, %db2 = norm.add_layer_norm_grad %dy, %h : {m}, {m}
      scale(%g2 : {v}) outs(%e0, %e1, %e2, %e3 : {m}, {m}, {v}, {v})
  %e4 = tensor.empty() : {m}
  %e5 = tensor.empty() : {v}
  %e6 = tensor.empty() : {v}
  %df, %dg1, %db1 = norm.layer_norm_grad %dn, %f : {m}, {m}
      scale(%g1 : {v}) outs(%e4, %e5, %e6 : {m}, {v}, {v})
  return %df, %dr, %dg1, %db1, %dg2, %db2 : {m}, {m}, {v}, {v}, {v}, {v}
}}
func.func @prenorm(%dy: {m}, %x: {m}, %h1: {m}, %g1: {v}, %w: {v}, %g2: {v})
    -> ({m}, {v}, {v}) {{
  // y = RMS2(h1), h1 = x + w * RMS1(x): dh1 = RMS2'(dy); the sublayer's
  // gradient is w * dh1, which RMS1's backward takes, and the residual
  // stream adds dh1 (residual_grad of the fused op on x).
  %e0 = tensor.empty() : {m}
  %e1 = tensor.empty() : {v}
  %dh1, %dg2 = norm.rms_norm_grad %dy, %h1 : {m}, {m} scale(%g2 : {v})
      outs(%e0, %e1 : {m}, {v})
  %e2 = tensor.empty() : {m}
  %dsub = linalg.generic {{indexing_maps = [affine_map<(i, j) -> (i, j)>,
      affine_map<(i, j) -> (j)>, affine_map<(i, j) -> (i, j)>],
      iterator_types = ["parallel", "parallel"]}}
      ins(%dh1, %w : {m}, {v}) outs(%e2 : {m}) {{
  ^bb0(%a: f32, %b: f32, %o: f32):
    %p = arith.mulf %a, %b : f32
    linalg.yield %p : f32
  }} -> {m}
  %e3 = tensor.empty() : {m}
  %e4 = tensor.empty() : {m}
  %e5 = tensor.empty() : {v}
  %dx, %unused, %dg1 = norm.add_rms_norm_grad %dsub, %x : {m}, {m}
      residual_grad(%dh1 : {m}) scale(%g1 : {v})
      outs(%e3, %e4, %e5 : {m}, {m}, {v})
  return %dx, %dg1, %dg2 : {m}, {v}, {v}
}}
"""


def main():
    rng = np.random.default_rng(23)
    check = Checker()
    tolerances = {"normal": (2e-5, 5e-4), "offset": (2e-3, 2e-3)}
    for n, kind, lowering in itertools.product(
            (16, 37), ("normal", "offset"),
            ("lowering=vector", "lowering=linalg")):
        lib = compile_module(module(n), options=lowering)
        base = 1e4 if kind == "offset" else 0.0
        # Inputs representable in f32, so that the kernels and the float64
        # reference see the same values.
        r32 = lambda *shape: rng.standard_normal(shape).astype(np.float32) \
            .astype(np.float64)
        x = (base + r32(4, n)).astype(np.float32).astype(np.float64)
        f = r32(4, n)
        dy, dh_next = r32(4, n), r32(4, n)
        g1, g2 = 1 + 0.1 * r32(n), 1 + 0.1 * r32(n)
        b1, b2 = 0.1 * r32(n), 0.1 * r32(n)
        w = r32(n)
        f32 = lambda a: np.ascontiguousarray(a, dtype=np.float32)
        what = f"{lowering} {n} {kind}"
        tol = tolerances[kind]
        step = 1e-3 if kind == "offset" else 1e-5

        # DeepNorm: y = LN(alpha * x + F); loss = sum(dy * y) + sum(dh * h).
        alpha = 1.7
        h = (alpha * x + f).astype(np.float32).astype(np.float64)
        got = call(lib, "deepnorm", [f32(dy), f32(h), f32(dh_next), f32(g1)],
                   [(2, np.float32)] * 2 + [(1, np.float32)] * 2)
        loss = lambda xx, ff, gg: float(
            np.sum(dy * ln(alpha * xx + ff, gg, b1)) +
            np.sum(dh_next * (alpha * xx + ff)))
        want_df = numeric_grad(lambda v: loss(x, v, g1), f, step)
        want_dx = numeric_grad(lambda v: loss(v, f, g1), x, step)
        want_dg = numeric_grad(lambda v: loss(x, f, v), g1, 1e-5)
        check.close(got[0], want_df, "f32", f"deepnorm dF {what}",
                    tolerance=tol)
        check.close(got[1], want_dx, "f32", f"deepnorm dx {what}",
                    tolerance=tol)
        check.close(got[2], want_dg, "f32", f"deepnorm dscale {what}",
                    tolerance=tol)

        # Sandwich-LN: y = LN2(r + LN1(F)); the residual here is x.
        inner = ln(f, g1, b1).astype(np.float32).astype(np.float64)
        hs = (x + inner).astype(np.float32).astype(np.float64)
        got = call(lib, "sandwich", [f32(dy), f32(hs), f32(f), f32(g1),
                                     f32(g2)],
                   [(2, np.float32)] * 2 + [(1, np.float32)] * 4)
        loss = lambda ff, rr, gg1, bb1, gg2, bb2: float(
            np.sum(dy * ln(rr + ln(ff, gg1, bb1), gg2, bb2)))
        args = (f, x, g1, b1, g2, b2)
        for i, (label, out) in enumerate((("dF", 0), ("dr", 1), ("dscale1", 2),
                                          ("dbias1", 3), ("dscale2", 4),
                                          ("dbias2", 5))):
            src = [0, 1, 2, 3, 4, 5][i]
            want = numeric_grad(
                lambda v: loss(*[v if k == src else a
                                 for k, a in enumerate(args)]),
                args[src], step if src <= 1 else 1e-5)
            check.close(got[out], want, "f32", f"sandwich {label} {what}",
                        tolerance=tol)

        if kind == "offset":
            continue  # RMSNorm of 1e4-offset rows is flat: nothing to learn
        # Two-block Pre-LN RMSNorm: y = RMS2(x + w * RMS1(x)).
        h1 = (x + w * rms(x, g1)).astype(np.float32).astype(np.float64)
        got = call(lib, "prenorm", [f32(dy), f32(x), f32(h1), f32(g1), f32(w),
                                    f32(g2)],
                   [(2, np.float32), (1, np.float32), (1, np.float32)])
        loss = lambda xx, gg1, gg2: float(
            np.sum(dy * rms(xx + w * rms(xx, gg1), gg2)))
        for label, out, want in (
                ("dx", 0, numeric_grad(lambda v: loss(v, g1, g2), x, step)),
                ("dscale1", 1,
                 numeric_grad(lambda v: loss(x, v, g2), g1, 1e-5)),
                ("dscale2", 2,
                 numeric_grad(lambda v: loss(x, g1, v), g2, 1e-5))):
            check.close(got[out], want, "f32", f"pre-ln stack {label} {what}",
                        tolerance=tol)
    check.finish()


if __name__ == "__main__":
    main()
