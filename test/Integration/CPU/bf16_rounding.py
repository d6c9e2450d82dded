# RUN: %python %s
# REQUIRES: numpy
#
# The CPU pipeline's bf16-rounding option: h = x + r of norm.add_rms_norm,
# computed in f32 and rounded once to bf16, bit for bit against numpy's
# rounding (nearest, ties to even) on ties, overflow to infinity, NaN and
# subnormal sums; y against the float64 reference. `software` keeps
# subnormal results; `native` (the host's instruction, where it has one:
# AVX512-BF16 flushes them) gives 0 or the exact subnormal. `auto` is one of
# the two, whichever the host picks. Aligned rows and rows with a scalar
# tail (4097) take both the vector and the scalar conversions.

import platform

import numpy as np
from normtest import (Checker, call, compile_module, ref_rms_norm, round_to,
                      tensor_type, to_f64, to_storage)

EPS = 1e-5


def host_converts_bf16():
    """Whether the host has an f32 -> bf16 instruction that LLVM selects."""
    if platform.machine().lower() not in ("x86_64", "amd64"):
        return False
    try:
        with open("/proc/cpuinfo") as f:
            flags = next((line.split(":", 1)[1].split() for line in f
                          if line.startswith("flags")), [])
    except OSError:
        return False
    return ("avx512_bf16" in flags and "avx512vl" in flags) or \
        "avx_ne_convert" in flags


def module():
    x = tensor_type([None, None], "bf16")
    g = tensor_type([None], "f32")
    return f"""
func.func @add_rms(%x: {x}, %r: {x}, %g: {g}, %y: {x} {{bufferization.writable = true}}, %h: {x} {{bufferization.writable = true}}) -> ({x}, {x}) {{
  %o:2 = norm.add_rms_norm %x, %r : {x}, {x} scale(%g : {g}) outs(%y, %h : {x}, {x})
  return %o#0, %o#1 : {x}, {x}
}}
"""


def cases(hidden, rng):
    """(x, r) float64 rows, exact in bf16, whose f32 sums exercise the
    rounding: ties both ways, values just off a tie, overflow, NaN,
    subnormal sums, and ordinary data."""
    one = 1.0 + 2.0 ** -7  # odd last bit: its ties round up
    pairs = [(1.0, 2.0 ** -8),            # tie, rounds down to even 1.0
             (one, 2.0 ** -8),            # tie, rounds up to even
             (1.0, 2.0 ** -8 + 2.0 ** -15),  # just above a tie: up
             (-one, -(2.0 ** -8)),        # negative tie
             (3.3895313892515355e38, 3.3895313892515355e38),  # -> inf
             (np.nan, 1.0),
             (1.5 * 2.0 ** -126, -(2.0 ** -126)),  # 2^-127: subnormal
             (2.0 ** -126, -(2.0 ** -126) + 2.0 ** -133)]  # 2^-133
    rows = []
    for x, r in pairs:
        xs = np.full(hidden, x)
        rs = np.full(hidden, r)
        rows.append((xs, rs))
    x = round_to(rng.standard_normal((4, hidden)), "bf16")
    r = round_to(rng.standard_normal((4, hidden)), "bf16")
    special = np.stack([p[0] for p in rows])
    residual = np.stack([p[1] for p in rows])
    return (np.concatenate([special, x]), np.concatenate([residual, r]),
            len(rows))


def main():
    rng = np.random.default_rng(7)
    check = Checker()
    native_ok = host_converts_bf16()
    roundings = ["software", "auto"] + (["native"] if native_ok else [])
    for rounding in roundings:
        # `software` and `auto` are compiled for the generic target (no
        # -march): the pipeline itself must make the module build and load
        # without compiler-rt. `native` leaves the target to the user.
        cflags = ("-O2", "-march=native") if rounding == "native" else ("-O2",)
        lib = compile_module(module(), options=f"bf16-rounding={rounding}",
                             cflags=cflags)
        flushes = rounding == "native" or (rounding == "auto" and native_ok)
        for hidden in (64, 4097):
            x, r, special = cases(hidden, rng)
            assert np.array_equal(round_to(x, "bf16"), x, equal_nan=True)
            assert np.array_equal(round_to(r, "bf16"), r, equal_nan=True)
            g = round_to(rng.standard_normal(hidden), "f32").astype(np.float32)
            xs, rs = to_storage(x, "bf16"), to_storage(r, "bf16")
            y, h = np.empty_like(xs), np.empty_like(xs)
            call(lib, "add_rms", [xs, rs, g, y, h], [])
            what = f"bf16-rounding={rounding} hidden={hidden}"
            # The reference: the f32 sum (x and r are exact in f32), rounded
            # by numpy's own bf16 rounding.
            with np.errstate(over="ignore", invalid="ignore"):
                sum32 = (x.astype(np.float32) + r.astype(np.float32))
            want = to_storage(sum32.astype(np.float64), "bf16")
            got = h
            subnormal = (np.abs(sum32) < 2.0 ** -126) & (sum32 != 0)
            if flushes:
                # Flushed: +-0 where the sum is subnormal; exact elsewhere.
                zero = (got & 0x7FFF) == 0
                check.close(zero[subnormal].astype(float),
                            np.ones(int(subnormal.sum())), "f32",
                            f"{what}: subnormal sums flush to zero",
                            tolerance=(0, 0))
                got = np.where(subnormal, want, got)
            elif subnormal.any():
                check.close(to_f64(h[subnormal], "bf16"),
                            to_f64(want[subnormal], "bf16"), "f32",
                            f"{what}: subnormal sums kept",
                            tolerance=(0, 0))
            mismatch = np.flatnonzero((got != want).ravel())
            check.close(np.array([len(mismatch)], float), np.zeros(1), "f32",
                        f"{what}: h bits equal numpy's rounding "
                        f"(first mismatch at {mismatch[:1].tolist()})",
                        tolerance=(0, 0))
            # y of the ordinary rows, against float64.
            hs = to_f64(h[special:], "bf16")
            want_y = ref_rms_norm(hs, -1, EPS, g.astype(np.float64))[0]
            check.close(to_f64(y[special:], "bf16"), round_to(want_y, "bf16"),
                        "bf16", f"{what}: y")
    check.finish()


if __name__ == "__main__":
    main()
