# RUN: %python %s
# REQUIRES: numpy
#
# norm.batch_norm_grad (training-form BatchNorm's backward) through
# --norm-cpu-pipeline, vector and linalg lowerings (the vector lowering
# runs the forms with saved statistics through the CPU kernel,
# lib/Conversion/NormToCPU/BatchNormGrad.cpp, and the others through the
# linalg decomposition), against the analytic gradients in float64
# (docs/Semantics.md, "Backward"), whose own correctness is checked first
# against central finite differences of the float64 training forward.
# Matrix: f32, bf16, f16 x NCHW shapes with batch N = 0, 1, 6, channels 1
# and 3, spatial 1x1 and 5x7 (M = N*H*W elements per channel, M = 1
# included) x normal and 1e4 + N(0, 1) data (the type's offset); from
# saved batch statistics (f32, as the forward returns them), recomputed
# (N > 0: recomputing needs M > 0), without scale along the last axis, and
# the forward's own batch_mean/batch_var fed to the backward. dx is held
# relative to the size of the terms it is the difference of, dscale/dbias
# relative to the sums of absolute values they add up.

import itertools

import numpy as np
from normtest import (LOWERINGS, Checker, call, compile_module, make_data,
                      round_to, tensor_type, to_f64, to_storage, STORAGE)

EPS = 1e-5


def f32(values):
    return np.asarray(values, dtype=np.float32).astype(np.float64)


def channel_view(shape, axis):
    view = [1] * len(shape)
    view[axis] = -1
    return view


def ref_grad(dy, x, scale, axis=1, mean=None, var=None, eps=EPS):
    """float64 dx, dscale, dbias of training BatchNorm over every dim but
    `axis`, from the given statistics (else the exact batch ones), and the
    magnitudes the checks are relative to."""
    axes = tuple(d for d in range(x.ndim) if d != axis)
    m = int(np.prod([x.shape[d] for d in axes]))
    if mean is None:
        mean, var = x.mean(axis=axes), x.var(axis=axes)
    view = channel_view(x.shape, axis)
    rstd = 1.0 / np.sqrt(var + eps)
    xhat = (x - mean.reshape(view)) * rstd.reshape(view)
    s = scale.reshape(view) if scale is not None else 1.0
    dbias = dy.sum(axis=axes)
    dscale = (dy * xhat).sum(axis=axes)
    with np.errstate(invalid="ignore", divide="ignore"):
        mean_dy = (dbias / m).reshape(view) if m else 0.0
        mean_dyx = (dscale / m).reshape(view) if m else 0.0
        abs_dy = (np.abs(dy).sum(axis=axes) / m).reshape(view) if m else 0.0
        abs_dyx = (np.abs(dy * xhat).sum(axis=axes) / m).reshape(view) \
            if m else 0.0
    factor = rstd.reshape(view) * s
    dx = factor * (dy - mean_dy - xhat * mean_dyx)
    dx_mag = np.abs(factor) * (np.abs(dy) + abs_dy + np.abs(xhat) * abs_dyx)
    return ((dx, dscale, dbias),
            (dx_mag, np.abs(dy * xhat).sum(axis=axes),
             np.abs(dy).sum(axis=axes)))


def forward(x, scale, bias, axis=1, eps=EPS):
    axes = tuple(d for d in range(x.ndim) if d != axis)
    view = channel_view(x.shape, axis)
    mean = x.mean(axis=axes, keepdims=True)
    var = x.var(axis=axes, keepdims=True)
    return (x - mean) / np.sqrt(var + eps) * scale.reshape(view) + \
        bias.reshape(view)


def check_reference_by_finite_differences(check, rng):
    """The analytic float64 gradients against central differences of
    sum(dy * forward) (step 1e-6)."""
    x = rng.standard_normal((3, 4, 2, 5))
    dy = rng.standard_normal(x.shape)
    scale = rng.standard_normal(4)
    bias = rng.standard_normal(4)
    (dx, dscale, dbias), _ = ref_grad(dy, x, scale)
    loss = lambda x_, s_, b_: float(np.sum(dy * forward(x_, s_, b_)))
    h = 1e-6

    def numeric(which, value):
        grad = np.zeros_like(value)
        for idx in np.ndindex(value.shape):
            e = np.zeros_like(value)
            e[idx] = h
            args = [x, scale, bias]
            plus, minus = list(args), list(args)
            plus[which], minus[which] = value + e, value - e
            grad[idx] = (loss(*plus) - loss(*minus)) / (2 * h)
        return grad

    for label, got, which, value in (("dx", dx, 0, x),
                                     ("dscale", dscale, 1, scale),
                                     ("dbias", dbias, 2, bias)):
        check.close(got, numeric(which, value), "f64",
                    f"finite differences batch_norm {label}",
                    tolerance=(1e-7, 1e-6))


def module(ty):
    t4 = tensor_type([None] * 4, ty)
    t2 = tensor_type([None, None], ty)
    v = tensor_type([None], ty)
    s = tensor_type([None], "f32")

    def dims(of, rank, t):
        lines = []
        for d in range(rank):
            lines.append(f"%c{d} = arith.constant {d} : index")
            lines.append(f"%d{d} = tensor.dim %{of}, %c{d} : {t}")
        return "\n  ".join(lines)

    all4 = "%d0, %d1, %d2, %d3"
    return f"""
func.func @saved(%dy: {t4}, %x: {t4}, %g: {v}, %mean: {s}, %var: {s})
    -> ({t4}, {v}, {v}) {{
  {dims('x', 4, t4)}
  %e = tensor.empty({all4}) : {t4}
  %eg = tensor.empty(%d1) : {v}
  %eb = tensor.empty(%d1) : {v}
  %dx, %dg, %db = norm.batch_norm_grad %dy, %x : {t4}, {t4} scale(%g : {v})
      mean(%mean : {s}) var(%var : {s}) outs(%e, %eg, %eb : {t4}, {v}, {v})
  return %dx, %dg, %db : {t4}, {v}, {v}
}}
func.func @recomputed(%dy: {t4}, %x: {t4}, %g: {v}) -> ({t4}, {v}, {v}) {{
  {dims('x', 4, t4)}
  %e = tensor.empty({all4}) : {t4}
  %eg = tensor.empty(%d1) : {v}
  %eb = tensor.empty(%d1) : {v}
  %dx, %dg, %db = norm.batch_norm_grad %dy, %x : {t4}, {t4} scale(%g : {v})
      outs(%e, %eg, %eb : {t4}, {v}, {v})
  return %dx, %dg, %db : {t4}, {v}, {v}
}}
func.func @last_axis(%dy: {t2}, %x: {t2}) -> {t2} {{
  {dims('x', 2, t2)}
  %e = tensor.empty(%d0, %d1) : {t2}
  %dx = norm.batch_norm_grad %dy, %x : {t2}, {t2} outs(%e : {t2})
      {{channel_axis = -1 : i64}}
  return %dx : {t2}
}}
func.func @forward_then_backward(%dy: {t4}, %x: {t4}, %g: {v}, %b: {v},
                                 %rm: {s}, %rv: {s}) -> ({t4}, {v}, {v}) {{
  {dims('x', 4, t4)}
  %ey = tensor.empty({all4}) : {t4}
  %es = tensor.empty(%d1) : {s}
  %y:5 = norm.batch_norm %x : {t4} scale(%g : {v}) bias(%b : {v})
      running(%rm, %rv : {s}, {s})
      outs(%ey, %es, %es, %es, %es : {t4}, {s}, {s}, {s}, {s}) {{training}}
  %e = tensor.empty({all4}) : {t4}
  %eg = tensor.empty(%d1) : {v}
  %eb = tensor.empty(%d1) : {v}
  %dx, %dg, %db = norm.batch_norm_grad %dy, %x : {t4}, {t4} scale(%g : {v})
      mean(%y#1 : {s}) var(%y#2 : {s}) outs(%e, %eg, %eb : {t4}, {v}, {v})
  return %dx, %dg, %db : {t4}, {v}, {v}
}}
"""


def check_forward_then_backward(check, lib, args, mean, var, what, ty, dy,
                                x, g):
    st = STORAGE[ty]
    c = g.shape[0]
    running = [np.zeros(c, np.float32), np.ones(c, np.float32)]
    got = call(lib, "forward_then_backward", args + running,
               [(4, st), (1, st), (1, st)])
    want, mag = ref_grad(dy, x, g, mean=mean, var=var)
    for out, w, mg, label in zip(got, want, mag, ("dx", "dscale", "dbias")):
        check.close(to_f64(out, ty), round_to(w, ty), ty,
                    f"forward_then_backward {label} {what}", magnitude=mg)


def main():
    rng = np.random.default_rng(24)
    check = Checker()
    check_reference_by_finite_differences(check, rng)
    for ty, lowering in itertools.product(("f32", "bf16", "f16"),
                                          (LOWERINGS[0], LOWERINGS[2])):
        lib = compile_module(module(ty), options=lowering)
        st = STORAGE[ty]
        m4, m2, m1 = (4, st), (2, st), (1, st)
        for n, c, (hh, ww), data in itertools.product(
                (0, 1, 6), (1, 3), ((1, 1), (5, 7)), ("normal", "offset")):
            shape = (n, c, hh, ww)
            x = make_data(data, shape, ty, rng)
            dy = round_to(rng.standard_normal(shape), ty)
            g = round_to(1.0 + 0.1 * rng.standard_normal(c), ty)
            b = round_to(0.1 * rng.standard_normal(c), ty)
            what = f"{ty} {'x'.join(map(str, shape))} {data} ({lowering})"
            args = [to_storage(a, ty) for a in (dy, x, g, b)]

            def compare(name, got, want, mag):
                for out, w, mg, label in zip(got, want, mag,
                                             ("dx", "dscale", "dbias")):
                    check.close(to_f64(out, ty), round_to(w, ty), ty,
                                f"{name} {label} {what}", magnitude=mg)

            # Saved statistics as the forward stores them: f32.
            axes = (0, 2, 3)
            mean = f32(x.mean(axis=axes)) if n else np.zeros(c)
            var = f32(x.var(axis=axes)) if n else np.ones(c)
            want, mag = ref_grad(dy, x, g, mean=mean, var=var)
            got = call(lib, "saved",
                       args[:3] + [np.float32(mean), np.float32(var)],
                       [m4, m1, m1])
            compare("saved", got, want, mag)
            if n == 0:
                continue  # recomputing statistics needs M > 0
            want, mag = ref_grad(dy, x, g)
            compare("recomputed", call(lib, "recomputed", args[:3],
                                       [m4, m1, m1]), want, mag)
            # The forward's own f32 batch statistics, read back (for the
            # offset data they may differ from the exact ones rounded by an
            # ulp, which moves x - mean by 1e-3: normal data only).
            if data == "normal":
                check_forward_then_backward(check, lib, args, mean, var, what,
                                            ty, dy, x, g)
            # Channels last, no scale: rows of the 2-D view are the batch.
            x2 = x.reshape(-1, ww)
            dy2 = dy.reshape(-1, ww)
            want, mag = ref_grad(dy2, x2, None, axis=1)
            got = call(lib, "last_axis",
                       [to_storage(dy2, ty), to_storage(x2, ty)], [m2])
            check.close(to_f64(got[0], ty), round_to(want[0], ty), ty,
                        f"last_axis dx {what}", magnitude=mag[0])
    check.finish()


if __name__ == "__main__":
    main()
