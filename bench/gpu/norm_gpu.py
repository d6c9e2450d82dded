"""Calls norm's ahead-of-time compiled GPU functions on PyTorch CUDA tensors.

Needs no MLIR: the libraries from bench/gpu/build_artifacts.py, the runtime
libnorm_cuda_runtime.so next to them, the CUDA driver, and PyTorch. Every
compiled function takes its inputs, parameters and outputs as memref
descriptors of device memory (outputs are written in place).
"""

import ctypes
import json
import os

from norm_aot import make_descriptor

HERE = os.path.dirname(os.path.abspath(__file__))

# Element types of the manifest, as PyTorch dtypes (imported lazily so this
# module loads where torch is missing, to report that cleanly).
TORCH_DTYPES = {"f32": "float32", "bf16": "bfloat16", "f16": "float16"}


class Runtime:
    """libnorm_cuda_runtime.so: device check, stream control."""

    def __init__(self, directory=HERE):
        self.lib = ctypes.CDLL(os.path.join(directory,
                                            "libnorm_cuda_runtime.so"))
        self.lib.normCudaRuntimeError.restype = ctypes.c_char_p
        self.lib.normCudaDeviceName.restype = ctypes.c_char_p
        self.lib.normCudaUseStream.argtypes = [ctypes.c_void_p, ctypes.c_int]

    def init(self):
        """None if a device is usable, else the reason."""
        if self.lib.normCudaRuntimeInit() == 0:
            return None
        return self.error() or "no CUDA device"

    def error(self):
        return self.lib.normCudaRuntimeError().decode()

    def clear_error(self):
        self.lib.normCudaRuntimeClearError()

    def device_name(self):
        return self.lib.normCudaDeviceName().decode()

    def use_stream(self, stream, synchronize):
        """Run on `stream` (an int CUstream, e.g. torch's current stream);
        with synchronize=False calls return once their kernels are queued."""
        self.lib.normCudaUseStream(stream, 1 if synchronize else 0)


def descriptor(tensor):
    """A memref descriptor of a CUDA tensor's memory (no copy)."""
    return make_descriptor(tensor.data_ptr(), tuple(tensor.shape),
                           tuple(tensor.stride()))


class Artifacts:
    """The manifest and the compiled libraries of an artifact directory."""

    def __init__(self, directory=HERE):
        self.directory = directory
        with open(os.path.join(directory, "manifest.json")) as f:
            self.manifest = json.load(f)
        self.libraries = {}

    def functions(self):
        return self.manifest["functions"]

    def find(self, op, dtype, hidden):
        """The function compiled for exactly this hidden size, else the one
        for a run-time size."""
        exact = dynamic = None
        for entry in self.functions():
            if entry["op"] != op or entry["dtype"] != dtype:
                continue
            if entry["hidden"] == hidden:
                exact = entry
            if entry["hidden"] is None:
                dynamic = entry
        return exact or dynamic

    def prepare(self, entry, tensors):
        """A zero-argument function calling `entry` on `tensors` (kept alive,
        descriptors built once, for timing)."""
        name = entry["library"]
        if name not in self.libraries:
            self.libraries[name] = ctypes.CDLL(
                os.path.join(self.directory, name))
        function = getattr(self.libraries[name],
                           "_mlir_ciface_" + entry["name"])
        function.restype = None
        pointers = [ctypes.pointer(descriptor(t)) for t in tensors]

        def invoke():
            function(*pointers)

        invoke.keep_alive = (tensors, pointers)
        return invoke

    def call(self, entry, tensors):
        self.prepare(entry, tensors)()


def batch_seconds(fn, iterations):
    """Seconds per call of `iterations` back-to-back calls of `fn` on the
    current stream, timed with CUDA events."""
    import torch

    start = torch.cuda.Event(enable_timing=True)
    end = torch.cuda.Event(enable_timing=True)
    start.record()
    for _ in range(iterations):
        fn()
    end.record()
    end.synchronize()
    return start.elapsed_time(end) / 1e3 / iterations


def operands(op, x, r, gamma, beta, y, h):
    """The argument order of the compiled functions."""
    args = [x]
    if op.startswith("add_"):
        args.append(r)
    args.append(gamma)
    if op.endswith("layer_norm"):
        args.append(beta)
    args.append(y)
    if op.startswith("add_"):
        args.append(h)
    return args
