"""Integration-test harness of the norm suite.

Builds on python/norm_aot.py (compile and call) with the independent float64
references the results are compared with. The references follow
docs/Semantics.md directly and share no code with the compiler.
"""

import os
import sys

import numpy as np

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..",
                                "python"))
from norm_aot import *  # noqa: E402,F401,F403
from norm_aot import round_to, to_f64  # noqa: E402

# The CPU pipeline's lowerings of norm ops: the vectorized row kernels (the
# default), the same with every output written by non-temporal stores (by
# default only outputs of 8 MiB or more are, which the tests' small shapes
# never reach), and the linalg reference decomposition. Numerical tests run
# all three.
LOWERINGS = ("lowering=vector", "lowering=vector streaming-threshold=0",
             "lowering=linalg")

# Tolerances per output type (|got - want| <= ATOL * s + RTOL * |want|, s
# the reference's magnitude where it is below 1: see Checker.close). The
# output is rounded once to its type, and fused ops round h once too, which
# can move y by one more unit in the last place: two ulps of the type.
TOLERANCE = {
    "f64": (1e-12, 1e-12),
    "f32": (2e-5, 2e-5),
    "f16": (2e-3, 2e-3),
    "bf16": (1.6e-2, 1.6e-2),
}


# ---------------------------------------------------------------------------
# float64 references (docs/Semantics.md)
# ---------------------------------------------------------------------------


def _axes(x, axis):
    axis = axis % x.ndim
    return tuple(range(axis, x.ndim))


def ref_layer_norm(x, axis=-1, eps=1e-5, scale=None, bias=None):
    axes = _axes(x, axis)
    with np.errstate(invalid="ignore", over="ignore"):
        mean = x.mean(axis=axes, keepdims=True)
        var = ((x - mean) ** 2).mean(axis=axes, keepdims=True)
        rstd = 1.0 / np.sqrt(var + eps)
        y = (x - mean) * rstd
        if scale is not None:
            y = y * scale
        if bias is not None:
            y = y + bias
    return y, mean, rstd


def ref_rms_norm(x, axis=-1, eps=1e-5, scale=None, offset=0.0):
    axes = _axes(x, axis)
    with np.errstate(invalid="ignore", over="ignore"):
        rstd = 1.0 / np.sqrt((x * x).mean(axis=axes, keepdims=True) + eps)
        y = x * rstd
        if scale is not None:
            y = y * (scale + offset)
    return y, rstd


def ref_residual_sum(x, r, alpha=1.0, add_bias=None, h_type="f32"):
    with np.errstate(invalid="ignore", over="ignore"):
        h = alpha * r + x
        if add_bias is not None:
            h = h + add_bias
    return round_to(h, h_type)


def ref_batch_norm_inference(x, mean, var, eps, scale, bias, channel_axis=1):
    shape = [1] * x.ndim
    shape[channel_axis] = -1
    y = (x - mean.reshape(shape)) / np.sqrt(var.reshape(shape) + eps)
    if scale is not None:
        y = y * scale.reshape(shape)
    if bias is not None:
        y = y + bias.reshape(shape)
    return y


def ref_batch_norm_training(x, running_mean, running_var, eps, momentum,
                            scale, bias, channel_axis=1):
    axes = tuple(d for d in range(x.ndim) if d != channel_axis)
    mean = x.mean(axis=axes)
    var = x.var(axis=axes)
    y = ref_batch_norm_inference(x, mean, var, eps, scale, bias, channel_axis)
    new_mean = momentum * running_mean + (1 - momentum) * mean
    new_var = momentum * running_var + (1 - momentum) * var
    return y, mean, var, new_mean, new_var


# ---------------------------------------------------------------------------
# Test data
# ---------------------------------------------------------------------------

F16_MAX = 65504.0

# The common offset of the "offset" class per type: as large as the type
# keeps N(0,1) apart at. 1e4 + N(0,1) breaks E[x^2] - E[x]^2 in f32, but in
# bf16 (spacing 64 there) or f16 (spacing 8) it rounds to constant rows,
# whose norm is 0 (a kernel writing a constant passes): 16-bit data sits
# where the spacing is 0.5, about a dozen distinct values per row.
OFFSET = {"f64": 1e4, "f32": 1e4, "f16": 1e3, "bf16": 1e2}

# Row scales of the "near_eps" class, in units of sqrt(eps): the variance
# (mean square) of a row is eps/16, eps or 16 eps, so that where and how
# eps enters (inside the square root, not outside; once, not once per
# element or per row length; at all) moves the result by 3% to 4x.
NEAR_EPS_SCALES = (0.25, 1.0, 4.0)


def make_data(kind, shape, ty, rng, eps=1e-5):
    """float64 values of a data class, already representable in `ty`
    (`eps`: the epsilon of the norm the "near_eps" class is for)."""
    if kind == "normal":
        values = rng.standard_normal(shape)
    elif kind == "offset":
        # Breaks E[x^2] - E[x]^2 in f32 (and, at 1e3, in f16's f32 sums).
        values = OFFSET[ty] + rng.standard_normal(shape)
    elif kind == "near_eps":
        # Variance of the order of eps: pins where eps is added.
        values = rng.standard_normal(shape)
        if values.size:
            rows = values.reshape(-1, shape[-1])
            for i in range(rows.shape[0]):
                rows[i] *= NEAR_EPS_SCALES[i % len(NEAR_EPS_SCALES)]
        values *= np.sqrt(eps)
    elif kind == "tiny":
        # Near 1e-30 where the type has it; the f16 normal minimum otherwise.
        magnitude = 1e-30 if ty != "f16" else 6.2e-5
        values = magnitude * (1.0 + rng.random(shape))
        values *= rng.choice([-1.0, 1.0], size=shape)
    elif kind == "huge":
        # Near the f16 maximum: squares overflow f16 but not f32.
        values = F16_MAX * (0.5 + 0.49 * rng.random(shape))
        values *= rng.choice([-1.0, 1.0], size=shape)
    elif kind == "far_first":
        # The first element (the kernels' shift K) far from the row's mean:
        # the one-pass shifted variance would lose digits here.
        values = rng.standard_normal(shape)
        if values.size:
            values.reshape(-1, shape[-1])[:, 0] = 300.0
    elif kind == "special":
        values = rng.standard_normal(shape)
        flat = values.reshape(-1, shape[-1]) if values.size else values
        if flat.shape[0] >= 3 and flat.shape[1] >= 2:
            flat[0, 1] = np.nan
            flat[1, 0] = np.inf
            flat[2, -1] = -np.inf
    else:
        raise ValueError(kind)
    return round_to(values, ty)


# ---------------------------------------------------------------------------
# Comparison
# ---------------------------------------------------------------------------


class Checker:
    """Counts comparisons and reports every mismatch; exits non-zero at the
    end if any failed."""

    def __init__(self):
        self.checks = 0
        self.failures = 0

    def close(self, got, want, ty, what, tolerance=None, magnitude=None):
        """|got - want| <= atol * s + rtol * max(|want|, magnitude)
        elementwise, with NaN and infinities in the same places, where s is
        the largest finite max(|want|, magnitude) when that is below 1 (1
        otherwise): the absolute floor scales with the reference, so that
        outputs of 1e-27 (tiny inputs) are checked to the type's relative
        precision rather than passed by any value below atol, zero
        included. `magnitude` bounds the size of the terms a result was
        computed from, where cancellation makes |want| alone too strict."""
        self.checks += 1
        atol, rtol = tolerance or TOLERANCE[ty]
        got = np.asarray(got, dtype=np.float64)
        want = np.asarray(want, dtype=np.float64)
        scale = np.abs(want)
        if magnitude is not None:
            scale = np.maximum(scale, np.asarray(magnitude, dtype=np.float64))
        if got.shape != want.shape:
            self._fail(what, f"shape {got.shape} != {want.shape}")
            return
        same_nan = np.array_equal(np.isnan(got), np.isnan(want))
        finite = np.isfinite(want)
        same_inf = np.array_equal(got[~finite & ~np.isnan(want)],
                                  want[~finite & ~np.isnan(want)])
        with np.errstate(invalid="ignore"):
            reference = scale[finite & np.isfinite(scale)]
            floor = min(1.0, float(np.max(reference))) if reference.size \
                else 1.0
            error = np.abs(got[finite] - want[finite])
            bound = atol * floor + rtol * scale[finite]
        ok = same_nan and same_inf and bool(np.all(error <= bound))
        if not ok:
            worst = float(np.max(error - bound)) if error.size else 0.0
            self._fail(what, f"nan match {same_nan}, inf match {same_inf}, "
                       f"max error over bound {worst:.3g}, "
                       f"max error {float(np.max(error)) if error.size else 0:.3g}")

    def identical(self, got, want, what):
        """Bit-for-bit equality (same shape, dtype and bytes)."""
        self.checks += 1
        got, want = np.asarray(got), np.asarray(want)
        if got.shape != want.shape or got.dtype != want.dtype:
            self._fail(what, f"{got.shape} {got.dtype} != "
                       f"{want.shape} {want.dtype}")
        elif got.tobytes() != want.tobytes():
            differing = int(np.sum(got.view(np.uint8) != want.view(np.uint8)))
            self._fail(what, f"{differing} bytes differ")

    def _fail(self, what, message):
        self.failures += 1
        print(f"FAIL {what}: {message}")

    def finish(self):
        print(f"{self.checks} comparisons, {self.failures} failed")
        sys.exit(1 if self.failures or not self.checks else 0)


