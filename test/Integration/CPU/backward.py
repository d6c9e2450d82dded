# RUN: %python %s
# REQUIRES: numpy
#
# norm.layer_norm_grad and norm.rms_norm_grad through --norm-cpu-pipeline,
# in each of its lowerings (normtest.LOWERINGS: the backward row kernels,
# the same with dx streamed, and the linalg reference lowering), against
# the analytic gradients in float64
# (docs/Semantics.md, "Backward"), whose own correctness is checked first
# against central finite differences of the float64 forward. Matrix: f32,
# bf16, f16 x hidden 1, 7, 768, 4097 x rows 0, 1, 1000 (fewer for the widest
# rows) x normal, 1e4 + N(0, 1) (the type's offset) and tiny-variance data;
# LayerNorm with dscale/dbias, without scale, and from the forward's saved
# mean and rstd; RMSNorm with offset 0 and, from the saved rstd, offset 1
# (Gemma); the fused residual ops' backward (add_layer_norm_grad with the
# residual stream's gradient and alpha 0.5, add_rms_norm_grad with offset
# 1). dx is checked relative to the size of the terms it is the
# difference of (rstd * (|g| + |mean g| + |xhat| |mean g xhat|)), and
# dscale/dbias relative to the sums of absolute values they add up, as a
# sum computed in f32 can only be.

import itertools
import sys

import numpy as np
from normtest import (LOWERINGS, Checker, call, compile_module, make_data,
                      round_to, tensor_type, to_f64, to_storage, STORAGE)

EPS = 1e-5


def f32(values):
    return np.asarray(values, dtype=np.float32).astype(np.float64)


def ref_grad(kind, dy, x, scale, eps=EPS, offset=0.0, saved=False):
    """float64 dx, dscale, dbias of LayerNorm or RMSNorm over the last dim,
    and the magnitudes the checks are relative to. With `saved`, from
    statistics saved as the forward saves them: the exact mean and rstd
    rounded to f32 (x - mean is then off by up to half an f32 ulp of the
    mean, 5e-4 at 1e4: what any backward from saved f32 statistics, as
    PyTorch's, computes from)."""
    n = x.shape[-1]
    mean = x.mean(-1, keepdims=True) if kind == "ln" else 0.0
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    rstd = 1.0 / np.sqrt(var + eps)
    if saved:
        mean, rstd = f32(mean), f32(rstd)
    centered = x - mean
    xhat = centered * rstd
    g = dy * (scale + offset) if scale is not None else dy
    mean_g = g.mean(-1, keepdims=True) if kind == "ln" else 0.0
    mean_gx = (g * xhat).mean(-1, keepdims=True)
    dx = rstd * (g - mean_g - xhat * mean_gx)
    dx_mag = rstd * (np.abs(g) + np.abs(g).mean(-1, keepdims=True) +
                     np.abs(xhat) * np.abs(g * xhat).mean(-1, keepdims=True))
    flat = (-1, n)
    dscale = (dy * xhat).reshape(flat).sum(0)
    dscale_mag = np.abs(dy * xhat).reshape(flat).sum(0)
    dbias = dy.reshape(flat).sum(0)
    dbias_mag = np.abs(dy).reshape(flat).sum(0)
    return (dx, dscale, dbias), (dx_mag, dscale_mag, dbias_mag)


def forward(kind, x, scale, bias, eps=EPS, offset=0.0):
    if kind == "ln":
        centered = x - x.mean(-1, keepdims=True)
    else:
        centered = x
    y = centered / np.sqrt((centered ** 2).mean(-1, keepdims=True) + eps)
    y = y * (scale + offset)
    return y + bias if bias is not None else y


def check_reference_by_finite_differences(check, rng):
    """The analytic float64 gradients against central differences of
    sum(dy * forward) (step 1e-6): the reference the kernels are held to is
    itself right."""
    for kind, offset in (("ln", 0.0), ("rms", 0.0), ("rms", 1.0)):
        x = rng.standard_normal((3, 7))
        dy = rng.standard_normal((3, 7))
        scale = rng.standard_normal(7)
        bias = rng.standard_normal(7) if kind == "ln" else None
        (dx, dscale, dbias), _ = ref_grad(kind, dy, x, scale, offset=offset)
        loss = lambda x_, s_, b_: float(
            np.sum(dy * forward(kind, x_, s_, b_, offset=offset)))
        h = 1e-6
        fd_dx = np.zeros_like(x)
        for idx in np.ndindex(x.shape):
            e = np.zeros_like(x)
            e[idx] = h
            fd_dx[idx] = (loss(x + e, scale, bias) -
                          loss(x - e, scale, bias)) / (2 * h)
        fd_ds = np.array([(loss(x, scale + h * np.eye(7)[i], bias) -
                           loss(x, scale - h * np.eye(7)[i], bias)) / (2 * h)
                          for i in range(7)])
        check.close(dx, fd_dx, "f64", f"finite differences {kind} dx",
                    tolerance=(1e-7, 1e-6))
        check.close(dscale, fd_ds, "f64", f"finite differences {kind} dscale",
                    tolerance=(1e-7, 1e-6))
        if bias is not None:
            fd_db = np.array([(loss(x, scale, bias + h * np.eye(7)[i]) -
                               loss(x, scale, bias - h * np.eye(7)[i])) /
                              (2 * h) for i in range(7)])
            check.close(dbias, fd_db, "f64", "finite differences ln dbias",
                        tolerance=(1e-7, 1e-6))


def module(ty):
    m = tensor_type([None, None], ty)
    v = tensor_type([None], ty)
    s = tensor_type([None, 1], "f32")
    def dims(name, of, shape):
        lines = [f"%{name}_c0 = arith.constant 0 : index",
                 f"%{name}_c1 = arith.constant 1 : index",
                 f"%{name}_r = tensor.dim %{of}, %{name}_c0 : {m}",
                 f"%{name}_n = tensor.dim %{of}, %{name}_c1 : {m}"]
        return "\n  ".join(lines)
    return f"""
func.func @ln(%dy: {m}, %x: {m}, %g: {v}) -> ({m}, {v}, {v}) {{
  {dims('d', 'x', m)}
  %e = tensor.empty(%d_r, %d_n) : {m}
  %eg = tensor.empty(%d_n) : {v}
  %eb = tensor.empty(%d_n) : {v}
  %dx, %dg, %db = norm.layer_norm_grad %dy, %x : {m}, {m}
      scale(%g : {v}) outs(%e, %eg, %eb : {m}, {v}, {v})
  return %dx, %dg, %db : {m}, {v}, {v}
}}
func.func @ln_noscale(%dy: {m}, %x: {m}) -> {m} {{
  {dims('d', 'x', m)}
  %e = tensor.empty(%d_r, %d_n) : {m}
  %dx = norm.layer_norm_grad %dy, %x : {m}, {m} outs(%e : {m})
  return %dx : {m}
}}
func.func @ln_saved(%dy: {m}, %x: {m}, %g: {v}, %b: {v}) -> ({m}, {v}, {v}) {{
  {dims('d', 'x', m)}
  %ey = tensor.empty(%d_r, %d_n) : {m}
  %em = tensor.empty(%d_r) : {s}
  %er = tensor.empty(%d_r) : {s}
  %y, %mean, %rstd = norm.layer_norm %x : {m} scale(%g : {v}) bias(%b : {v})
      outs(%ey, %em, %er : {m}, {s}, {s})
  %e = tensor.empty(%d_r, %d_n) : {m}
  %eg = tensor.empty(%d_n) : {v}
  %eb = tensor.empty(%d_n) : {v}
  %dx, %dg, %db = norm.layer_norm_grad %dy, %x : {m}, {m}
      scale(%g : {v}) mean(%mean : {s}) rstd(%rstd : {s})
      outs(%e, %eg, %eb : {m}, {v}, {v})
  return %dx, %dg, %db : {m}, {v}, {v}
}}
func.func @add_ln(%dy: {m}, %h: {m}, %dh: {m}, %g: {v}) -> ({m}, {m}, {v}, {v}) {{
  {dims('d', 'h', m)}
  %ex = tensor.empty(%d_r, %d_n) : {m}
  %er = tensor.empty(%d_r, %d_n) : {m}
  %eg = tensor.empty(%d_n) : {v}
  %eb = tensor.empty(%d_n) : {v}
  %dx, %dr, %dg, %db = norm.add_layer_norm_grad %dy, %h : {m}, {m}
      residual_grad(%dh : {m}) scale(%g : {v})
      outs(%ex, %er, %eg, %eb : {m}, {m}, {v}, {v}) {{alpha = 0.5 : f64}}
  return %dx, %dr, %dg, %db : {m}, {m}, {v}, {v}
}}
func.func @add_rms(%dy: {m}, %h: {m}, %g: {v}) -> ({m}, {m}, {v}) {{
  {dims('d', 'h', m)}
  %ex = tensor.empty(%d_r, %d_n) : {m}
  %er = tensor.empty(%d_r, %d_n) : {m}
  %eg = tensor.empty(%d_n) : {v}
  %dx, %dr, %dg = norm.add_rms_norm_grad %dy, %h : {m}, {m} scale(%g : {v})
      outs(%ex, %er, %eg : {m}, {m}, {v}) {{offset = 1.0 : f64}}
  return %dx, %dr, %dg : {m}, {m}, {v}
}}
func.func @rms(%dy: {m}, %x: {m}, %g: {v}) -> ({m}, {v}) {{
  {dims('d', 'x', m)}
  %e = tensor.empty(%d_r, %d_n) : {m}
  %eg = tensor.empty(%d_n) : {v}
  %dx, %dg = norm.rms_norm_grad %dy, %x : {m}, {m} scale(%g : {v})
      outs(%e, %eg : {m}, {v})
  return %dx, %dg : {m}, {v}
}}
func.func @rms_gemma_saved(%dy: {m}, %x: {m}, %g: {v}) -> ({m}, {v}) {{
  {dims('d', 'x', m)}
  %ey = tensor.empty(%d_r, %d_n) : {m}
  %er = tensor.empty(%d_r) : {s}
  %y, %rstd = norm.rms_norm %x : {m} scale(%g : {v}) outs(%ey, %er : {m}, {s})
      {{offset = 1.0 : f64}}
  %e = tensor.empty(%d_r, %d_n) : {m}
  %eg = tensor.empty(%d_n) : {v}
  %dx, %dg = norm.rms_norm_grad %dy, %x : {m}, {m} scale(%g : {v})
      rstd(%rstd : {s}) outs(%e, %eg : {m}, {v}) {{offset = 1.0 : f64}}
  return %dx, %dg : {m}, {v}
}}
"""


def main():
    rng = np.random.default_rng(22)
    check = Checker()
    check_reference_by_finite_differences(check, rng)
    for ty, lowering in itertools.product(("f32", "bf16", "f16"), LOWERINGS):
        lib = compile_module(module(ty), options=lowering)
        st = STORAGE[ty]
        for hidden, rows, data in itertools.product(
                (1, 7, 768, 4097), (0, 1, 1000),
                ("normal", "offset", "near_eps")):
            if hidden == 4097 and rows == 1000:
                rows = 250
            x = make_data(data, (rows, hidden), ty, rng)
            dy = round_to(rng.standard_normal((rows, hidden)), ty)
            g = round_to(1.0 + 0.1 * rng.standard_normal(hidden), ty)
            b = round_to(0.1 * rng.standard_normal(hidden), ty)
            what = f"{ty} {rows}x{hidden} {data} ({lowering})"
            args = [to_storage(a, ty) for a in (dy, x, g, b)]
            m2, m1 = (2, st), (1, st)

            def compare(name, got, kind, scale, offset=0.0, saved=False):
                want, mag = ref_grad(kind, dy, x, scale, offset=offset,
                                     saved=saved)
                for i, (out, label) in enumerate(
                        zip(got, ("dx", "dscale", "dbias"))):
                    check.close(to_f64(out, ty), round_to(want[i], ty), ty,
                                f"{name} {label} {what}",
                                magnitude=mag[i])

            compare("ln", call(lib, "ln", args[:3], [m2, m1, m1]), "ln", g)
            compare("ln_noscale", call(lib, "ln_noscale", args[:2], [m2]),
                    "ln", None)
            compare("ln_saved", call(lib, "ln_saved", args, [m2, m1, m1]),
                    "ln", g, saved=True)
            compare("rms", call(lib, "rms", args[:3], [m2, m1]), "rms", g)
            # The fused residual ops (x is h here): dh = Norm'(dy) + dh_next,
            # dx = dh, dr = alpha * dh.
            dh_next = round_to(rng.standard_normal((rows, hidden)), ty)
            got = call(lib, "add_ln",
                       [args[0], args[1], to_storage(dh_next, ty), args[2]],
                       [m2, m2, m1, m1])
            want, mag = ref_grad("ln", dy, x, g)
            total = want[0] + dh_next
            total_mag = mag[0] + np.abs(dh_next)
            check.close(to_f64(got[0], ty), round_to(total, ty), ty,
                        f"add_ln dx {what}", magnitude=total_mag)
            check.close(to_f64(got[1], ty), round_to(0.5 * total, ty), ty,
                        f"add_ln dr {what}", magnitude=0.5 * total_mag)
            for i, label in ((1, "dscale"), (2, "dbias")):
                check.close(to_f64(got[i + 1], ty), round_to(want[i], ty), ty,
                            f"add_ln {label} {what}", magnitude=mag[i])
            got = call(lib, "add_rms", args[:3], [m2, m2, m1])
            want, mag = ref_grad("rms", dy, x, g, offset=1.0)
            for i, label in ((0, "dx"), (1, "dr")):
                check.close(to_f64(got[i], ty), round_to(want[0], ty), ty,
                            f"add_rms {label} {what}", magnitude=mag[0])
            check.close(to_f64(got[2], ty), round_to(want[1], ty), ty,
                        f"add_rms dscale {what}", magnitude=mag[1])
            compare("rms_gemma_saved",
                    call(lib, "rms_gemma_saved", args[:3], [m2, m1]), "rms",
                    g, offset=1.0, saved=True)
    check.finish()


if __name__ == "__main__":
    main()
