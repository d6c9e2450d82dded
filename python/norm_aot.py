"""Ahead-of-time use of norm's CPU pipeline from Python.

Compiles MLIR through `norm-opt --norm-cpu-pipeline`, `mlir-translate` and
clang into a shared library and calls its `_mlir_ciface_` entry points with
numpy arrays through memref descriptors. Used by the integration tests, the
demo and the benchmarks; needs numpy and the LLVM 22 tools on PATH.
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
# Compilation
# ---------------------------------------------------------------------------


def _tool(name):
    path = shutil.which(name)
    if not path:
        sys.exit(f"error: {name} not found on PATH")
    return path


def compile_module(source, pipeline="norm-cpu-pipeline", extra_opt_args=(),
                   cflags=("-O2",), pre_passes=(), options="", norm_opt=None,
                   link_args=()):
    """Compiles MLIR source to a shared library; returns a ctypes.CDLL.

    `options` are the pipeline's options, e.g. "lowering=linalg";
    `norm_opt` a norm-opt binary other than the one on PATH (e.g. another
    build, for an A/B comparison); `link_args` more linker arguments
    (e.g. -lmpi for partitioned modules)."""
    workdir = tempfile.mkdtemp(prefix="normtest-")
    src = os.path.join(workdir, "input.mlir")
    with open(src, "w") as f:
        f.write(source)
    llvm_mlir = os.path.join(workdir, "lowered.mlir")
    llvm_ir = os.path.join(workdir, "module.ll")
    library = os.path.join(workdir, "module.so")
    flag = f"--{pipeline}" + (f"={options}" if options else "")
    subprocess.run([norm_opt or _tool("norm-opt"), src, *pre_passes, flag,
                    *extra_opt_args,
                    "-o", llvm_mlir], check=True)
    subprocess.run([_tool("mlir-translate"), "--mlir-to-llvmir", llvm_mlir,
                    "-o", llvm_ir], check=True)
    if pipeline == "norm-gpu-pipeline":
        # Host code calls the mgpu* functions of norm's CUDA runtime, which
        # sits next to norm-opt (build/lib or the install's lib).
        libdir = runtime_library_dir()
        libs = [f"-L{libdir}", "-lnorm_cuda_runtime"]
    else:
        libdir = subprocess.run([_tool("llvm-config"), "--libdir"],
                                check=True, capture_output=True,
                                text=True).stdout.strip()
        libs = cpu_libraries(libdir)
    subprocess.run([_tool("clang"), *cflags, "-shared", "-fPIC",
                    "-Wno-override-module", llvm_ir, "-o", library,
                    *libs, *link_args, f"-Wl,-rpath,{libdir}"], check=True)
    return ctypes.CDLL(library)


def cpu_libraries(libdir):
    """Linker arguments for the CPU pipeline's output: LLVM's OpenMP runtime
    (libomp-22-dev) for the row loops, MLIR's C runner utilities where
    installed (whole models call `memrefCopy` for copies between strided
    buffers), and libm (the math functions LLVM has no intrinsic for)."""
    libs = [f"-L{libdir}", "-lomp"]
    if os.path.exists(os.path.join(libdir, "libmlir_c_runner_utils.so")):
        libs.append("-lmlir_c_runner_utils")
    return libs + ["-lm"]


def runtime_library_dir():
    """The directory of libnorm_cuda_runtime.so: ../lib from norm-opt."""
    return os.path.join(os.path.dirname(os.path.dirname(
        os.path.realpath(_tool("norm-opt")))), "lib")


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


def make_descriptor(pointer, shape, strides, offset=0):
    """A descriptor of the memory at `pointer` (an integer address, host or
    device) with sizes `shape` and element strides `strides`."""
    desc = descriptor_type(len(shape))()
    desc.allocated = pointer
    desc.aligned = pointer
    desc.offset = offset
    for i, (size, stride) in enumerate(zip(shape, strides)):
        desc.sizes[i] = size
        desc.strides[i] = stride
    return desc


def to_descriptor(array):
    """A descriptor viewing `array` (which must stay alive)."""
    return make_descriptor(array.ctypes.data, array.shape,
                           [s // array.itemsize for s in array.strides])


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


def prepare(library, name, args, results):
    """Binds _mlir_ciface_<name> to `args` (kept alive, not copied) and
    returns a function that calls it, for timing: results are left in the
    returned descriptors and not copied out."""
    keep_alive = [a for a in args]
    for a in keep_alive:
        if not a.flags["C_CONTIGUOUS"]:
            raise ValueError("prepare() needs C-contiguous arrays")
    pointers = [ctypes.pointer(to_descriptor(a)) for a in keep_alive]
    function = getattr(library, f"_mlir_ciface_{name}")
    function.restype = None
    if not results:
        out = None

        def invoke():
            function(*pointers)

        invoke.keep_alive = (keep_alive, pointers)
        return invoke
    if len(results) == 1:
        out = descriptor_type(results[0][0])()
    else:
        fields = [(f"r{i}", descriptor_type(rank))
                  for i, (rank, _) in enumerate(results)]
        out = type("Results", (ctypes.Structure,), {"_fields_": fields})()
    out_pointer = ctypes.pointer(out)

    def invoke():
        function(out_pointer, *pointers)

    invoke.keep_alive = (keep_alive, pointers, out)
    return invoke


def call(library, name, args, results):
    """Calls _mlir_ciface_<name>.

    `args` are numpy arrays; `results` lists (rank, dtype) of each returned
    memref. Returns the results as numpy arrays (copies): the buffers the
    function allocated for them are freed (free_results). For the CPU
    pipeline's libraries, whose results are host buffers from malloc; the
    GPU pipeline returns fresh results in device memory (use `prepare`).
    """
    arrays = [np.ascontiguousarray(a) for a in args]
    invoke = prepare(library, name, arrays, results)
    invoke()
    if not results:
        return []
    descs = result_descriptors(invoke, len(results))
    copies = [from_descriptor(d, rank, dtype)
              for d, (rank, dtype) in zip(descs, results)]
    free_results(descs, arrays)
    return copies


def result_descriptors(invoke, count):
    """The result descriptors a `prepare`d call filled, in order."""
    out = invoke.keep_alive[2]
    return [out] if count == 1 else [getattr(out, f"r{i}")
                                     for i in range(count)]


# What MLIR's memref-to-LLVM lowering stores as the allocated pointer of a
# memref.get_global (a constant or global buffer, never to be freed).
_GLOBAL_ALLOCATED = 0xDEADBEEF
_libc = ctypes.CDLL(None)
_libc.free.argtypes = [ctypes.c_void_p]
_libc.free.restype = None


def free_results(descs, args):
    """Frees the buffers a compiled function allocated (with malloc) for its
    results, which its caller owns: each allocation once (two results may
    share one), except a result that views an argument (a reshape of one,
    returned as it is) or a global."""
    inside = [(a.ctypes.data, a.ctypes.data + a.nbytes) for a in args]
    for pointer in {d.allocated for d in descs if d.allocated}:
        if pointer == _GLOBAL_ALLOCATED:
            continue
        if not any(low <= pointer < high for low, high in inside):
            _libc.free(pointer)


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
