"""Integration-test harness of the norm suite.

Compiles MLIR through `norm-opt --norm-cpu-pipeline`, `mlir-translate` and
clang into a shared library, calls its `_mlir_ciface_` entry points with numpy
arrays, and provides the independent float64 references the results are
compared with. The references follow shared/design/SPEC.md directly and share
no code with the compiler.
"""

import ctypes
import os
import shutil
import subprocess
import sys
import tempfile

import numpy as np

# ---------------------------------------------------------------------------
# Element types. bf16 has no numpy type: it is stored as uint16 bit patterns.
# ---------------------------------------------------------------------------

STORAGE = {
    "f64": np.float64,
    "f32": np.float32,
    "f16": np.float16,
    "bf16": np.uint16,
}

# Tolerances per output type (|got - want| <= ATOL + RTOL * |want|). The
# output is rounded once to its type, and fused ops round h once too, which
# can move y by one more unit in the last place: two ulps of the type.
TOLERANCE = {
    "f64": (1e-12, 1e-12),
    "f32": (2e-5, 2e-5),
    "f16": (2e-3, 2e-3),
    "bf16": (1.6e-2, 1.6e-2),
}


def bf16_from_f32(values):
    """Rounds float32 values to bf16 (nearest even), as uint16 bits."""
    f = np.ascontiguousarray(values, dtype=np.float32)
    bits = f.view(np.uint32).astype(np.uint64)
    rounding = ((bits >> 16) & 1) + 0x7FFF
    rounded = ((bits + rounding) >> 16).astype(np.uint16)
    nan = np.isnan(f)
    rounded[nan] = ((bits[nan] >> 16) | 0x40).astype(np.uint16)
    return rounded


def f32_from_bf16(bits):
    return (np.asarray(bits, dtype=np.uint16).astype(np.uint32) << 16).view(
        np.float32)


def to_storage(values, ty):
    """Rounds float64 values to `ty`'s storage array."""
    if ty == "bf16":
        return bf16_from_f32(np.asarray(values, dtype=np.float32))
    with np.errstate(over="ignore"):
        return np.asarray(values).astype(STORAGE[ty])


def to_f64(storage, ty):
    """The exact float64 values of a storage array."""
    if ty == "bf16":
        return f32_from_bf16(storage).astype(np.float64)
    return np.asarray(storage).astype(np.float64)


def round_to(values, ty):
    """float64 -> ty -> float64: the value after storing it as ty."""
    return to_f64(to_storage(values, ty), ty)


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
# Compilation
# ---------------------------------------------------------------------------


def _tool(name):
    path = shutil.which(name)
    if not path:
        sys.exit(f"error: {name} not found on PATH")
    return path


def compile_module(source, pipeline="norm-cpu-pipeline", extra_opt_args=()):
    """Compiles MLIR source to a shared library; returns a ctypes.CDLL."""
    workdir = tempfile.mkdtemp(prefix="normtest-")
    src = os.path.join(workdir, "input.mlir")
    with open(src, "w") as f:
        f.write(source)
    llvm_mlir = os.path.join(workdir, "lowered.mlir")
    llvm_ir = os.path.join(workdir, "module.ll")
    library = os.path.join(workdir, "module.so")
    subprocess.run([_tool("norm-opt"), src, f"--{pipeline}", *extra_opt_args,
                    "-o", llvm_mlir], check=True)
    subprocess.run([_tool("mlir-translate"), "--mlir-to-llvmir", llvm_mlir,
                    "-o", llvm_ir], check=True)
    subprocess.run([_tool("clang"), "-O2", "-shared", "-fPIC",
                    "-Wno-override-module", llvm_ir, "-o", library],
                   check=True)
    return ctypes.CDLL(library)


# ---------------------------------------------------------------------------
# Calling C entry points with memref descriptors
# ---------------------------------------------------------------------------

_DESCRIPTORS = {}


def descriptor_type(rank):
    if rank not in _DESCRIPTORS:
        fields = [("allocated", ctypes.c_void_p), ("aligned", ctypes.c_void_p),
                  ("offset", ctypes.c_int64)]
        if rank:
            fields += [("sizes", ctypes.c_int64 * rank),
                       ("strides", ctypes.c_int64 * rank)]
        _DESCRIPTORS[rank] = type(f"MemRef{rank}D", (ctypes.Structure,),
                                  {"_fields_": fields})
    return _DESCRIPTORS[rank]


def to_descriptor(array):
    """A descriptor viewing `array` (which must stay alive)."""
    desc = descriptor_type(array.ndim)()
    pointer = array.ctypes.data
    desc.allocated = pointer
    desc.aligned = pointer
    desc.offset = 0
    for i in range(array.ndim):
        desc.sizes[i] = array.shape[i]
        desc.strides[i] = array.strides[i] // array.itemsize
    return desc


def from_descriptor(desc, rank, dtype):
    """Copies the data a result descriptor points to into a numpy array."""
    shape = tuple(desc.sizes[i] for i in range(rank)) if rank else ()
    strides = tuple(desc.strides[i] for i in range(rank)) if rank else ()
    itemsize = np.dtype(dtype).itemsize
    count = int(np.prod(shape)) if shape else 1
    if count == 0:
        return np.zeros(shape, dtype=dtype)
    span = 1 + sum((s - 1) * st for s, st in zip(shape, strides))
    buffer = (ctypes.c_char * (span * itemsize)).from_address(
        desc.aligned + desc.offset * itemsize)
    flat = np.frombuffer(buffer, dtype=dtype, count=span)
    view = np.lib.stride_tricks.as_strided(
        flat, shape=shape, strides=tuple(st * itemsize for st in strides))
    return np.array(view)


def call(library, name, args, results):
    """Calls _mlir_ciface_<name>.

    `args` are numpy arrays; `results` lists (rank, dtype) of each returned
    memref. Returns the results as numpy arrays.
    """
    keep_alive = [np.ascontiguousarray(a) for a in args]
    arg_descs = [to_descriptor(a) for a in keep_alive]
    function = getattr(library, f"_mlir_ciface_{name}")
    function.restype = None
    pointers = [ctypes.pointer(d) for d in arg_descs]
    if not results:
        function(*pointers)
        return []
    if len(results) == 1:
        out = descriptor_type(results[0][0])()
    else:
        fields = [(f"r{i}", descriptor_type(rank))
                  for i, (rank, _) in enumerate(results)]
        out = type("Results", (ctypes.Structure,), {"_fields_": fields})()
    function(ctypes.pointer(out), *pointers)
    descs = [out] if len(results) == 1 else [getattr(out, f"r{i}")
                                             for i in range(len(results))]
    return [from_descriptor(d, rank, dtype)
            for d, (rank, dtype) in zip(descs, results)]


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


# ---------------------------------------------------------------------------
# MLIR text helpers
# ---------------------------------------------------------------------------


def tensor_type(shape, ty):
    dims = "x".join("?" if d is None else str(d) for d in shape)
    return f"tensor<{dims}x{ty}>" if shape else f"tensor<{ty}>"


def empty_like(name, value, shape, ty):
    """MLIR lines creating `%name = tensor.empty` with `value`'s sizes."""
    lines, dyn = [], []
    for i, d in enumerate(shape):
        if d is None:
            lines.append(f"%{name}_c{i} = arith.constant {i} : index")
            lines.append(f"%{name}_d{i} = tensor.dim %{value}, %{name}_c{i} : "
                         f"{tensor_type(shape, ty)}")
            dyn.append(f"%{name}_d{i}")
    lines.append(f"%{name} = tensor.empty({', '.join(dyn)}) : "
                 f"{tensor_type(shape, ty)}")
    return "\n  ".join(lines)
