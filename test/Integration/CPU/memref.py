# RUN: %python %s
# REQUIRES: numpy
#
# Norm ops on memrefs (as one-shot bufferization produces them, or as an
# embedder writes them) run through --norm-cpu-pipeline: in place into the
# caller's output buffers, including a strided slice (the K part of a fused
# QKV buffer) as input and a strided output slice, against float64.

import numpy as np
from normtest import Checker, call, compile_module, ref_layer_norm, ref_rms_norm

SOURCE = """
func.func @rms(%x: memref<?x?xf32>, %g: memref<?xf32>, %y: memref<?x?xf32>) {
  norm.rms_norm %x : memref<?x?xf32> scale(%g : memref<?xf32>) outs(%y : memref<?x?xf32>)
  return
}
func.func @k_slice(%qkv: memref<?x192xf32>, %y: memref<?x64xf32>) {
  %c0 = arith.constant 0 : index
  %rows = memref.dim %qkv, %c0 : memref<?x192xf32>
  %k = memref.subview %qkv[0, 64] [%rows, 64] [1, 1] : memref<?x192xf32> to memref<?x64xf32, strided<[192, 1], offset: 64>>
  norm.layer_norm %k : memref<?x64xf32, strided<[192, 1], offset: 64>> outs(%y : memref<?x64xf32>)
  return
}
func.func @add_rms(%x: memref<?x?xf32>, %r: memref<?x?xf32>, %g: memref<?xf32>, %y: memref<?x?xf32>, %h: memref<?x?xf32>) {
  norm.add_rms_norm %x, %r : memref<?x?xf32>, memref<?x?xf32> scale(%g : memref<?xf32>) outs(%y, %h : memref<?x?xf32>, memref<?x?xf32>)
  return
}
func.func @into_slice(%x: memref<?x64xf32>, %out: memref<?x128xf32>) {
  %c0 = arith.constant 0 : index
  %rows = memref.dim %x, %c0 : memref<?x64xf32>
  %v = memref.subview %out[0, 64] [%rows, 64] [1, 1] : memref<?x128xf32> to memref<?x64xf32, strided<[128, 1], offset: 64>>
  norm.rms_norm %x : memref<?x64xf32> outs(%v : memref<?x64xf32, strided<[128, 1], offset: 64>>)
  return
}
"""


def main():
    rng = np.random.default_rng(12)
    check = Checker()
    for options in ("lowering=vector", "lowering=vector streaming-threshold=0",
                    "lowering=linalg num-threads=1"):
        lib = compile_module(SOURCE, options=options)
        for rows in (0, 1, 5, 300):
            x = rng.standard_normal((rows, 1000)).astype(np.float32)
            g = rng.standard_normal(1000).astype(np.float32)
            y = np.zeros_like(x)
            call(lib, "rms", [x, g, y], [])
            want = ref_rms_norm(x.astype(np.float64), -1, 1e-5,
                                g.astype(np.float64))[0]
            check.close(y, want, "f32", f"{options} rms {rows}x1000")

            qkv = (1e4 + rng.standard_normal((rows, 192))).astype(np.float32)
            y = np.zeros((rows, 64), np.float32)
            call(lib, "k_slice", [qkv, y], [])
            want = ref_layer_norm(qkv[:, 64:128].astype(np.float64))[0]
            check.close(y, want, "f32", f"{options} K slice {rows}x64")

            # h in its own buffer, over x, over r: the caller's arguments
            # may share storage, which the streaming kernel detects at run
            # time (it computes h twice only from inputs h does not
            # overwrite).
            for alias in ("none", "x", "r"):
                x = rng.standard_normal((rows, 1000)).astype(np.float32)
                r = rng.standard_normal((rows, 1000)).astype(np.float32)
                g = rng.standard_normal(1000).astype(np.float32)
                h64 = r.astype(np.float64) + x.astype(np.float64)
                want = ref_rms_norm(h64, -1, 1e-5, g.astype(np.float64))[0]
                y = np.zeros_like(x)
                h = {"none": np.zeros_like(x), "x": x, "r": r}[alias]
                call(lib, "add_rms", [x, r, g, y, h], [])
                check.close(h, h64, "f32", f"{options} add_rms h over "
                            f"{alias} {rows}x1000")
                check.close(y, want, "f32", f"{options} add_rms y, h over "
                            f"{alias} {rows}x1000")

            x = rng.standard_normal((rows, 64)).astype(np.float32)
            out = np.full((rows, 128), 7.0, np.float32)
            call(lib, "into_slice", [x, out], [])
            want = ref_rms_norm(x.astype(np.float64))[0]
            check.close(out[:, 64:], want, "f32",
                        f"{options} into slice {rows}x64")
            check.close(out[:, :64], np.full((rows, 64), 7.0), "f32",
                        f"{options} rest of the slice untouched",
                        tolerance=(0, 0))
    check.finish()


main()
