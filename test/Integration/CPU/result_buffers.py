# RUN: %python %s
# REQUIRES: numpy
#
# norm_aot.call frees the buffers a compiled function allocates for its
# results (the caller owns them): 300 calls returning 8 MiB each keep the
# process's resident memory flat, with the results still right. One buffer
# returned as two results is freed once (a double free aborts the process:
# glibc's "double free"). A reshape of an argument and a constant come back
# from the CPU pipeline as the function's own copies (read-only arguments,
# bufferization), freed like any result; the values are checked over
# repeated calls.

import resource

import numpy as np
from normtest import call, compile_module, ref_rms_norm

T = "tensor<?x?xf32>"
SOURCE = f"""
func.func @rms(%x: {T}, %g: tensor<?xf32>) -> {T} {{
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %r = tensor.dim %x, %c0 : {T}
  %n = tensor.dim %x, %c1 : {T}
  %e = tensor.empty(%r, %n) : {T}
  %y = norm.rms_norm %x : {T} scale(%g : tensor<?xf32>) outs(%e : {T})
  return %y : {T}
}}
func.func @twice(%x: {T}, %g: tensor<?xf32>) -> ({T}, {T}) {{
  %y = func.call @rms(%x, %g) : ({T}, tensor<?xf32>) -> {T}
  return %y, %y : {T}, {T}
}}
func.func @reshaped(%x: tensor<4x6xf32>) -> tensor<24xf32> {{
  %v = tensor.collapse_shape %x [[0, 1]] : tensor<4x6xf32> into tensor<24xf32>
  return %v : tensor<24xf32>
}}
func.func @constant() -> tensor<3xf32> {{
  %c = arith.constant dense<[1.0, 2.0, 3.0]> : tensor<3xf32>
  return %c : tensor<3xf32>
}}
"""


def resident_kib():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def main():
    lib = compile_module(SOURCE)
    rng = np.random.default_rng(0)
    x = rng.standard_normal((512, 4096)).astype(np.float32)
    g = (1 + 0.1 * rng.standard_normal(4096)).astype(np.float32)
    want, _ = ref_rms_norm(x.astype(np.float64), scale=g.astype(np.float64))
    (y,) = call(lib, "rms", [x, g], [(2, np.float32)])
    assert np.abs(y - want).max() < 1e-5 * np.abs(want).max()
    before = resident_kib()
    for _ in range(300):
        (y,) = call(lib, "rms", [x, g], [(2, np.float32)])
    grown = resident_kib() - before
    assert np.abs(y - want).max() < 1e-5 * np.abs(want).max()
    # Leaked, the 300 results would hold 2.4 GB.
    assert grown < 256 * 1024, f"resident memory grew by {grown} KiB"
    print(f"300 calls of 8 MiB results: resident memory grew {grown} KiB")

    a, b = call(lib, "twice", [x, g], [(2, np.float32), (2, np.float32)])
    assert np.array_equal(a, b) and np.abs(a - want).max() < 1e-4

    m = np.arange(24, dtype=np.float32).reshape(4, 6)
    (flat,) = call(lib, "reshaped", [m], [(1, np.float32)])
    assert np.array_equal(flat, m.ravel())
    (flat,) = call(lib, "reshaped", [m], [(1, np.float32)])
    assert np.array_equal(flat, m.ravel())

    for _ in range(2):
        (c,) = call(lib, "constant", [], [(1, np.float32)])
        assert np.array_equal(c, [1, 2, 3])
    print("one buffer as two results freed once; reshape and constant right")


if __name__ == "__main__":
    main()
