# RUN: %python %s
# REQUIRES: numpy
#
# The math functions of transformer exports, compiled whole by the CPU
# pipeline and run from a shared library built as python/norm_aot.py builds
# it, against float64 references (Python's math module):
# - exact GELU, 0.5 x (1 + erf(x / sqrt 2)), as torch-mlir writes it (one
#   linalg.generic), in f32 (erf as upstream's polynomial approximation)
#   and bf16 (widened to f32), and erf itself over its whole range;
# - f64 erf and the functions LLVM has no intrinsic for (cbrt, asinh,
#   atanh), which become libm calls;
# - tanh GELU, exp, log, pow, sqrt, rsqrt, rotary cos/sin, absf, and
#   isinf/isnormal as a selection;
# - a module whose result is a strided slice of its input: the copy into
#   the returned buffer calls `memrefCopy` from libmlir_c_runner_utils,
#   which the library must link to load at all.

import math

import numpy as np
from normtest import (Checker, call, compile_module, round_to, to_f64,
                      to_storage)

MAP = "affine_map<(d0, d1) -> (d0, d1)>"


def elementwise(name, ty, body, n_in=1, out_ty=None, result="%v"):
    """A function applying `body` (lines defining `result`) to each
    element of its inputs."""
    out_ty = out_ty or ty
    args = ", ".join(f"%x{i}: tensor<?x?x{ty}>" for i in range(n_in))
    ins = ", ".join(f"%x{i}" for i in range(n_in))
    in_types = ", ".join(f"tensor<?x?x{ty}>" for _ in range(n_in))
    block = ", ".join(f"%a{i}: {ty}" for i in range(n_in))
    maps = ", ".join([MAP] * (n_in + 1))
    return f"""
func.func @{name}({args}) -> tensor<?x?x{out_ty}> {{
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %d0 = tensor.dim %x0, %c0 : tensor<?x?x{ty}>
  %d1 = tensor.dim %x0, %c1 : tensor<?x?x{ty}>
  %e = tensor.empty(%d0, %d1) : tensor<?x?x{out_ty}>
  %r = linalg.generic {{indexing_maps = [{maps}],
      iterator_types = ["parallel", "parallel"]}}
      ins({ins} : {in_types}) outs(%e : tensor<?x?x{out_ty}>) {{
  ^bb0({block}, %o: {out_ty}):
    {body}
    linalg.yield {result} : {out_ty}
  }} -> tensor<?x?x{out_ty}>
  return %r : tensor<?x?x{out_ty}>
}}"""


# Exact GELU as torch-mlir emits it for nn.GELU() (bf16: widened first, the
# result narrowed).
GELU = """%s = arith.constant 0.70710678118654757 : f32
    %half = arith.constant 0.5 : f32
    %one = arith.constant 1.0 : f32
    %u = arith.mulf %w, %s : f32
    %erf = math.erf %u : f32
    %p = arith.addf %erf, %one : f32
    %q = arith.mulf %w, %half : f32
    %g = arith.mulf %q, %p : f32"""

# GELU's tanh approximation (GPT-2's "gelu_new").
GELU_TANH = """%k = arith.constant 0.79788456080286541 : f32
    %c = arith.constant 0.044715 : f32
    %half = arith.constant 0.5 : f32
    %one = arith.constant 1.0 : f32
    %three = arith.constant 3.0 : f32
    %cube = math.powf %a0, %three : f32
    %t0 = arith.mulf %cube, %c : f32
    %t1 = arith.addf %a0, %t0 : f32
    %t2 = arith.mulf %t1, %k : f32
    %t = math.tanh %t2 : f32
    %p = arith.addf %t, %one : f32
    %q = arith.mulf %a0, %half : f32
    %v = arith.mulf %q, %p : f32"""

SOURCE = "\n".join([
    elementwise("gelu_f32", "f32", GELU.replace("%w", "%a0"), result="%g"),
    elementwise("gelu_bf16", "bf16", "%w = arith.extf %a0 : bf16 to f32\n    " +
                GELU + "\n    %v = arith.truncf %g : f32 to bf16"),
    elementwise("erf_f32", "f32", "%v = math.erf %a0 : f32"),
    elementwise("erfc_f32", "f32", "%v = math.erfc %a0 : f32"),
    elementwise("erf_f64", "f64", "%v = math.erf %a0 : f64"),
    elementwise("cbrt_f64", "f64", "%v = math.cbrt %a0 : f64"),
    elementwise("asinh_f32", "f32", "%v = math.asinh %a0 : f32"),
    elementwise("atanh_f32", "f32", "%v = math.atanh %a0 : f32"),
    elementwise("gelu_tanh", "f32", GELU_TANH),
    elementwise("exp_log", "f32", """%e1 = math.exp %a0 : f32
    %l = math.log %a1 : f32
    %v = arith.addf %e1, %l : f32""", n_in=2),
    elementwise("sqrt_rsqrt", "f32", """%s = math.sqrt %a1 : f32
    %r = math.rsqrt %a1 : f32
    %v = arith.addf %s, %r : f32""", n_in=2),
    elementwise("rotary", "f32", """%c = math.cos %a0 : f32
    %s = math.sin %a0 : f32
    %m = arith.mulf %c, %a1 : f32
    %n = arith.mulf %s, %a1 : f32
    %v = arith.subf %m, %n : f32""", n_in=2),
    elementwise("abs_pow", "f32", """%m = math.absf %a0 : f32
    %v = math.powf %m, %a1 : f32""", n_in=2),
    elementwise("classify", "f32", """%i = math.isinf %a0 : f32
    %n = math.isnormal %a0 : f32
    %one = arith.constant 1.0 : f32
    %two = arith.constant 2.0 : f32
    %zero = arith.constant 0.0 : f32
    %s = arith.select %n, %one, %zero : f32
    %v = arith.select %i, %two, %s : f32"""),
    """
func.func @strided_slice(%x: tensor<8x8xf32>) -> tensor<4x4xf32> {
  %s = tensor.extract_slice %x[1, 0] [4, 4] [2, 2] : tensor<8x8xf32> to tensor<4x4xf32>
  return %s : tensor<4x4xf32>
}""",
])

erf = np.vectorize(math.erf)
erfc = np.vectorize(math.erfc)


def main():
    rng = np.random.default_rng(19)
    check = Checker()
    for options in ("", "num-threads=1", "lowering=linalg"):
        lib = compile_module(SOURCE, options=options)

        def run(name, args, dtype=np.float32):
            return call(lib, name, args, [(args[0].ndim, dtype)])[0]

        # GELU over the range activations take, its tails included.
        x = np.concatenate([np.linspace(-10, 10, 2001),
                            6 * rng.standard_normal(2047),
                            [0.0, -0.0, 1e-30, -1e-30, 30.0, -30.0]])
        x = x.astype(np.float32).reshape(1, -1)
        x64 = x.astype(np.float64)
        want = 0.5 * x64 * (1 + erf(x64 / math.sqrt(2)))
        check.close(run("gelu_f32", [x]), want, "f32",
                    f"{options}: exact GELU f32", magnitude=np.abs(x64))

        xb = to_storage(x64, "bf16")
        got = run("gelu_bf16", [xb], np.uint16)
        xb64 = round_to(x64, "bf16")
        check.close(to_f64(got, "bf16"),
                    0.5 * xb64 * (1 + erf(xb64 / math.sqrt(2))), "bf16",
                    f"{options}: exact GELU bf16", magnitude=np.abs(xb64))

        # erf and erfc themselves, to f32's precision relative to the value
        # (erfc's tail: down to 1e-30 before it underflows).
        t = np.concatenate([np.linspace(-6, 6, 4001), [0.0, 1e-20, -1e-6]])
        t = t.astype(np.float32).reshape(1, -1)
        check.close(run("erf_f32", [t]), erf(t.astype(np.float64)), "f32",
                    f"{options}: erf f32")
        u = np.linspace(-4, 8, 3001).astype(np.float32).reshape(1, -1)
        check.close(run("erfc_f32", [u]), erfc(u.astype(np.float64)), "f32",
                    f"{options}: erfc f32")

        # libm: f64 erf and cbrt to f64 precision, asinh/atanh in f32.
        d = rng.standard_normal((3, 100)) * 3
        check.close(run("erf_f64", [d], np.float64), erf(d), "f64",
                    f"{options}: erf f64 (libm)")
        check.close(run("cbrt_f64", [d], np.float64), np.cbrt(d), "f64",
                    f"{options}: cbrt f64 (libm)")
        s = (rng.standard_normal((3, 100)) * 5).astype(np.float32)
        check.close(run("asinh_f32", [s]), np.arcsinh(s.astype(np.float64)),
                    "f32", f"{options}: asinh f32 (libm)")
        a = rng.uniform(-0.99, 0.99, (3, 100)).astype(np.float32)
        check.close(run("atanh_f32", [a]), np.arctanh(a.astype(np.float64)),
                    "f32", f"{options}: atanh f32 (libm)")

        # The other functions of transformer blocks.
        g64 = x64.astype(np.float32).astype(np.float64)
        inner = math.sqrt(2 / math.pi) * (g64 + 0.044715 * g64 ** 3)
        check.close(run("gelu_tanh", [x]), 0.5 * g64 * (1 + np.tanh(inner)),
                    "f32", f"{options}: tanh GELU", magnitude=np.abs(g64))
        p = rng.uniform(-5, 5, (4, 64)).astype(np.float32)
        q = rng.uniform(0.01, 50, (4, 64)).astype(np.float32)
        p64, q64 = p.astype(np.float64), q.astype(np.float64)
        check.close(run("exp_log", [p, q]), np.exp(p64) + np.log(q64), "f32",
                    f"{options}: exp + log",
                    magnitude=np.exp(p64) + np.abs(np.log(q64)))
        check.close(run("sqrt_rsqrt", [p, q]), np.sqrt(q64) + 1 / np.sqrt(q64),
                    "f32", f"{options}: sqrt + rsqrt")
        theta = rng.uniform(-100, 100, (4, 64)).astype(np.float32)
        th64 = theta.astype(np.float64)
        check.close(run("rotary", [theta, q]),
                    np.cos(th64) * q64 - np.sin(th64) * q64, "f32",
                    f"{options}: rotary cos/sin", magnitude=2 * q64)
        e = rng.uniform(-3, 3, (4, 64)).astype(np.float32)
        check.close(run("abs_pow", [p, e]),
                    np.abs(p64) ** e.astype(np.float64), "f32",
                    f"{options}: absf + powf")
        c = np.array([[0.0, -0.0, 1e-40, 1.2e-38, 1.0, -3e38, np.inf,
                       -np.inf, np.nan]], dtype=np.float32)
        check.close(run("classify", [c]),
                    [[0, 0, 0, 1, 1, 1, 2, 2, 0]], "f32",
                    f"{options}: isinf / isnormal")

        # memrefCopy from libmlir_c_runner_utils.
        m = rng.standard_normal((8, 8)).astype(np.float32)
        check.close(run("strided_slice", [m]), m[1::2, ::2], "f32",
                    f"{options}: strided slice (memrefCopy)")
    check.finish()


main()
