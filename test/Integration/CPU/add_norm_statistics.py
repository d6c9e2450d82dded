# RUN: %python %s
# REQUIRES: numpy
#
# Row-wise norms returning their statistics through --norm-cpu-pipeline,
# both lowerings (the vector lowering writes them from its row kernels, the
# linalg lowering from its decomposition), against float64:
#  - norm.add_layer_norm / norm.add_rms_norm: the statistics of h (mean
#    and rstd, rstd): h to two ulps of its type, the statistics (f32) to
#    normtest.TOLERANCE["f32"] as the mean and 1/sqrt(var + eps) of the
#    *stored* h, y as the norm of the stored h; alpha 0.5, offset 1 for
#    RMSNorm;
#  - norm.layer_norm / norm.rms_norm returning mean and rstd (rstd) of x,
#    as PyTorch's forward saves them for the backward;
#  - a residual add followed by such a LayerNorm, compiled with
#    --norm-fuse-residual (which makes it one add_layer_norm returning the
#    statistics of h): y, h and the statistics as the unfused graph's.
# f32, bf16, f16 x hidden 1, 7, 768, 4097 x rows 0, 1, 7 x normal and
# 1e4 + N(0, 1) (the type's offset) data; and f64 LayerNorm, whose
# statistics are f64 (1e4 + N(0, 1), hidden 1001).

import itertools

import numpy as np
from normtest import (Checker, call, compile_module, make_data, round_to,
                      tensor_type, to_f64, to_storage, STORAGE)

EPS = 1e-5
ALPHA = 0.5


def module(ty):
    m = tensor_type([None, None], ty)
    v = tensor_type([None], ty)
    s = tensor_type([None, 1], "f32")
    dims = """%c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %r0 = tensor.dim %x, %c0 : {m}
  %n0 = tensor.dim %x, %c1 : {m}""".format(m=m)
    return f"""
func.func @ln(%x: {m}, %r: {m}, %g: {v}) -> ({m}, {m}, {s}, {s}) {{
  {dims}
  %e = tensor.empty(%r0, %n0) : {m}
  %eh = tensor.empty(%r0, %n0) : {m}
  %es = tensor.empty(%r0) : {s}
  %y, %h, %mean, %rstd = norm.add_layer_norm %x, %r : {m}, {m}
      scale(%g : {v}) outs(%e, %eh, %es, %es : {m}, {m}, {s}, {s})
      {{alpha = {ALPHA} : f64}}
  return %y, %h, %mean, %rstd : {m}, {m}, {s}, {s}
}}
func.func @rms(%x: {m}, %r: {m}, %g: {v}) -> ({m}, {m}, {s}) {{
  {dims}
  %e = tensor.empty(%r0, %n0) : {m}
  %eh = tensor.empty(%r0, %n0) : {m}
  %es = tensor.empty(%r0) : {s}
  %y, %h, %rstd = norm.add_rms_norm %x, %r : {m}, {m} scale(%g : {v})
      outs(%e, %eh, %es : {m}, {m}, {s})
      {{alpha = {ALPHA} : f64, offset = 1.0 : f64}}
  return %y, %h, %rstd : {m}, {m}, {s}
}}
func.func @plain_ln(%x: {m}, %g: {v}, %b: {v}) -> ({m}, {s}, {s}) {{
  {dims}
  %e = tensor.empty(%r0, %n0) : {m}
  %em = tensor.empty(%r0) : {s}
  %es = tensor.empty(%r0) : {s}
  %y, %mean, %rstd = norm.layer_norm %x : {m} scale(%g : {v}) bias(%b : {v})
      outs(%e, %em, %es : {m}, {s}, {s})
  return %y, %mean, %rstd : {m}, {s}, {s}
}}
func.func @add_then_ln(%x: {m}, %r: {m}, %g: {v}) -> ({m}, {m}, {s}, {s}) {{
  {dims}
  %h = arith.addf %r, %x : {m}
  %e = tensor.empty(%r0, %n0) : {m}
  %em = tensor.empty(%r0) : {s}
  %es = tensor.empty(%r0) : {s}
  %y, %mean, %rstd = norm.layer_norm %h : {m} scale(%g : {v})
      outs(%e, %em, %es : {m}, {s}, {s})
  return %y, %h, %mean, %rstd : {m}, {m}, {s}, {s}
}}
func.func @plain_rms(%x: {m}, %g: {v}) -> ({m}, {s}) {{
  {dims}
  %e = tensor.empty(%r0, %n0) : {m}
  %es = tensor.empty(%r0) : {s}
  %y, %rstd = norm.rms_norm %x : {m} scale(%g : {v}) outs(%e, %es : {m}, {s})
  return %y, %rstd : {m}, {s}
}}
"""


def main():
    rng = np.random.default_rng(26)
    check = Checker()
    for ty, lowering in itertools.product(
            ("f32", "bf16", "f16"), ("lowering=vector", "lowering=linalg")):
        lib = compile_module(module(ty), options=lowering)
        fused = compile_module(module(ty), options=lowering,
                               pre_passes=("--norm-fuse-residual",))
        st = STORAGE[ty]
        for hidden, rows, data in itertools.product(
                (1, 7, 768, 4097), (0, 1, 7), ("normal", "offset")):
            x = make_data(data, (rows, hidden), ty, rng)
            r = round_to(rng.standard_normal((rows, hidden)), ty)
            g = round_to(1.0 + 0.1 * rng.standard_normal(hidden), ty)
            args = [to_storage(a, ty) for a in (x, r, g)]
            what = f"{ty} {rows}x{hidden} {data} ({lowering})"
            h_exact = ALPHA * r + x
            # The statistics and y are of the h the op stored.
            y, h, mean, rstd = call(lib, "ln", args,
                                    [(2, st), (2, st), (2, np.float32),
                                     (2, np.float32)])
            h = to_f64(h, ty)
            check.close(h, round_to(h_exact, ty), ty, f"ln h {what}",
                        magnitude=np.abs(ALPHA * r) + np.abs(x))
            check_layer_norm(check, h, g, 0.0, y, mean, rstd, ty,
                             f"ln {{}} {what}")
            y, h, rstd = call(lib, "rms", args,
                              [(2, st), (2, st), (2, np.float32)])
            check_rms_norm(check, to_f64(h, ty), g + 1.0, y, rstd, ty,
                           f"rms {{}} {what}")
            # Plain norms: the statistics of x.
            b = round_to(0.1 * rng.standard_normal(hidden), ty)
            y, mean, rstd = call(lib, "plain_ln",
                                 [args[0], args[2], to_storage(b, ty)],
                                 [(2, st), (2, np.float32), (2, np.float32)])
            check_layer_norm(check, x, g, b, y, mean, rstd, ty,
                             f"layer_norm {{}} {what}")
            y, rstd = call(lib, "plain_rms", [args[0], args[2]],
                           [(2, st), (2, np.float32)])
            check_rms_norm(check, x, g, y, rstd, ty, f"rms_norm {{}} {what}")
            # add + LayerNorm with statistics, fused by --norm-fuse-residual.
            y, h, mean, rstd = call(fused, "add_then_ln", args,
                                    [(2, st), (2, st), (2, np.float32),
                                     (2, np.float32)])
            h = to_f64(h, ty)
            check.close(h, round_to(r + x, ty), ty, f"fused h {what}",
                        magnitude=np.abs(r) + np.abs(x))
            check_layer_norm(check, h, g, 0.0, y, mean, rstd, ty,
                             f"fused {{}} {what}")
    check_f64(check, rng)
    check.finish()


def check_layer_norm(check, v, g, b, y, mean, rstd, ty, label):
    """mean and rstd (f32) of the rows of v (float64 of what the op
    normalized), and y = LayerNorm(v) * g + b in `ty`; `label` has a {}
    for the output's name."""
    want_mean = v.mean(-1, keepdims=True)
    centered = v - want_mean
    want_rstd = 1.0 / np.sqrt((centered ** 2).mean(-1, keepdims=True) + EPS)
    # A mean near 0 cancels: its error scales with mean(|v|).
    check.close(mean.astype(np.float64), want_mean, "f32",
                label.format("mean"),
                magnitude=np.abs(v).mean(-1, keepdims=True))
    check.close(rstd.astype(np.float64), want_rstd, "f32",
                label.format("rstd"))
    check.close(to_f64(y, ty), round_to(centered * want_rstd * g + b, ty), ty,
                label.format("y"))


def check_rms_norm(check, v, scale, y, rstd, ty, label):
    """rstd (f32) of the rows of v and y = RMSNorm(v) * scale in `ty`."""
    want_rstd = 1.0 / np.sqrt((v ** 2).mean(-1, keepdims=True) + EPS)
    check.close(rstd.astype(np.float64), want_rstd, "f32",
                label.format("rstd"))
    check.close(to_f64(y, ty), round_to(v * want_rstd * scale, ty), ty,
                label.format("y"))


def check_f64(check, rng):
    """f64 data: f64 statistics, to f64's tolerance."""
    m, s = tensor_type([None, None], "f64"), tensor_type([None, 1], "f64")
    source = f"""
func.func @ln(%x: {m}) -> ({m}, {s}, {s}) {{
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %r = tensor.dim %x, %c0 : {m}
  %n = tensor.dim %x, %c1 : {m}
  %e = tensor.empty(%r, %n) : {m}
  %em = tensor.empty(%r) : {s}
  %es = tensor.empty(%r) : {s}
  %y, %mean, %rstd = norm.layer_norm %x : {m}
      outs(%e, %em, %es : {m}, {s}, {s})
  return %y, %mean, %rstd : {m}, {s}, {s}
}}"""
    x = 1e4 + rng.standard_normal((5, 1001))
    want_mean = x.mean(-1, keepdims=True)
    want_rstd = 1.0 / np.sqrt(x.var(-1, keepdims=True) + EPS)
    for lowering in ("lowering=vector", "lowering=linalg"):
        lib = compile_module(source, options=lowering)
        y, mean, rstd = call(lib, "ln", [x], [(2, np.float64)] * 3)
        check.close(mean, want_mean, "f64", f"f64 mean ({lowering})",
                    magnitude=np.abs(x).mean(-1, keepdims=True))
        check.close(rstd, want_rstd, "f64", f"f64 rstd ({lowering})")
        # x - mean cancels: the error scales with |x| * rstd.
        check.close(y, (x - want_mean) * want_rstd, "f64",
                    f"f64 y ({lowering})", magnitude=np.abs(x) * want_rstd)


if __name__ == "__main__":
    main()
