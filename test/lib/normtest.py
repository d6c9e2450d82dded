"""Integration-test harness of the norm suite.

Builds on python/norm_aot.py (compile and call) with the independent float64
references the results are compared with. The references follow
shared/design/SPEC.md directly and share no code with the compiler.
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

# Tolerances per output type (|got - want| <= ATOL + RTOL * |want|). The
# output is rounded once to its type, and fused ops round h once too, which
# can move y by one more unit in the last place: two ulps of the type.
TOLERANCE = {
    "f64": (1e-12, 1e-12),
    "f32": (2e-5, 2e-5),
    "f16": (2e-3, 2e-3),
    "bf16": (1.6e-2, 1.6e-2),
}


# ---------------------------------------------------------------------------
# float64 references (SPEC.md)
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


def make_data(kind, shape, ty, rng):
    """float64 values of a data class, already representable in `ty`."""
    if kind == "normal":
        values = rng.standard_normal(shape)
    elif kind == "offset":
        # Breaks E[x^2] - E[x]^2 in f32.
        values = 1e4 + rng.standard_normal(shape)
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
        """|got - want| <= atol + rtol * max(|want|, magnitude) elementwise,
        with NaN and infinities in the same places. `magnitude` bounds the
        size of the terms a result was computed from, where cancellation
        makes |want| alone too strict."""
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
            error = np.abs(got[finite] - want[finite])
            bound = atol + rtol * scale[finite]
        ok = same_nan and same_inf and bool(np.all(error <= bound))
        if not ok:
            worst = float(np.max(error - bound)) if error.size else 0.0
            self._fail(what, f"nan match {same_nan}, inf match {same_inf}, "
                       f"max error over bound {worst:.3g}, "
                       f"max error {float(np.max(error)) if error.size else 0:.3g}")

    def _fail(self, what, message):
        self.failures += 1
        print(f"FAIL {what}: {message}")

    def finish(self):
        print(f"{self.checks} comparisons, {self.failures} failed")
        sys.exit(1 if self.failures or not self.checks else 0)


