# RUN: %python %s
# REQUIRES: numpy
#
# Rows of one element in strided memrefs: hidden 1 read from and written to
# one column of a wider buffer (the row keeps a stride of 4), and BatchNorm
# of x[N, C, 1] whose channel dim has a stride of 4 (the collapsed rows of
# channels have stride 4, not 1). The vector kernels must stage these
# through contiguous copies (vector loads need unit stride) and leave the
# rest of each buffer alone; results against the float64 references.

import numpy as np
from normtest import (Checker, call, compile_module, ref_batch_norm_inference,
                      ref_batch_norm_training, ref_layer_norm, ref_rms_norm)

COLUMN = "memref<?x1xf32, strided<[4, 1], offset: 1>>"
PLANES = "memref<?x3x1xf32, strided<[12, 4, 1], offset: 1>>"
C = "memref<3xf32>"

SOURCE = f"""
func.func @rms_column(%x: memref<?x4xf32>, %g: memref<1xf32>, %y: memref<?x4xf32>) {{
  %c0 = arith.constant 0 : index
  %n = memref.dim %x, %c0 : memref<?x4xf32>
  %xc = memref.subview %x[0, 1] [%n, 1] [1, 1] : memref<?x4xf32> to {COLUMN}
  %yc = memref.subview %y[0, 1] [%n, 1] [1, 1] : memref<?x4xf32> to {COLUMN}
  norm.rms_norm %xc : {COLUMN} scale(%g : memref<1xf32>) outs(%yc : {COLUMN}) {{epsilon = 0.5 : f64}}
  return
}}
func.func @add_layer_column(%x: memref<?x4xf32>, %r: memref<?x4xf32>, %b: memref<1xf32>, %y: memref<?x4xf32>, %h: memref<?x4xf32>) {{
  %c0 = arith.constant 0 : index
  %n = memref.dim %x, %c0 : memref<?x4xf32>
  %xc = memref.subview %x[0, 1] [%n, 1] [1, 1] : memref<?x4xf32> to {COLUMN}
  %rc = memref.subview %r[0, 1] [%n, 1] [1, 1] : memref<?x4xf32> to {COLUMN}
  %yc = memref.subview %y[0, 1] [%n, 1] [1, 1] : memref<?x4xf32> to {COLUMN}
  %hc = memref.subview %h[0, 1] [%n, 1] [1, 1] : memref<?x4xf32> to {COLUMN}
  norm.add_layer_norm %xc, %rc : {COLUMN}, {COLUMN} bias(%b : memref<1xf32>) outs(%yc, %hc : {COLUMN}, {COLUMN})
  return
}}
func.func @batch_norm(%x: memref<?x3x4xf32>, %g: {C}, %b: {C}, %m: {C}, %v: {C}, %y: memref<?x3x4xf32>) {{
  %c0 = arith.constant 0 : index
  %n = memref.dim %x, %c0 : memref<?x3x4xf32>
  %xp = memref.subview %x[0, 0, 1] [%n, 3, 1] [1, 1, 1] : memref<?x3x4xf32> to {PLANES}
  %yp = memref.subview %y[0, 0, 1] [%n, 3, 1] [1, 1, 1] : memref<?x3x4xf32> to {PLANES}
  norm.batch_norm %xp : {PLANES} scale(%g : {C}) bias(%b : {C}) running(%m, %v : {C}, {C}) outs(%yp : {PLANES})
  return
}}
func.func @batch_norm_training(%x: memref<?x3x4xf32>, %g: {C}, %b: {C}, %m: {C}, %v: {C}, %y: memref<?x3x4xf32>, %s0: {C}, %s1: {C}, %s2: {C}, %s3: {C}) {{
  %c0 = arith.constant 0 : index
  %n = memref.dim %x, %c0 : memref<?x3x4xf32>
  %xp = memref.subview %x[0, 0, 1] [%n, 3, 1] [1, 1, 1] : memref<?x3x4xf32> to {PLANES}
  %yp = memref.subview %y[0, 0, 1] [%n, 3, 1] [1, 1, 1] : memref<?x3x4xf32> to {PLANES}
  norm.batch_norm %xp : {PLANES} scale(%g : {C}) bias(%b : {C}) running(%m, %v : {C}, {C}) outs(%yp, %s0, %s1, %s2, %s3 : {PLANES}, {C}, {C}, {C}, {C}) {{training}}
  return
}}
"""

# Every buffer's other columns start at this value and must keep it.
FILL = 7.0


def main():
    rng = np.random.default_rng(31)
    check = Checker()
    for options in ("lowering=vector", "lowering=vector streaming-threshold=0",
                    "lowering=linalg"):
        lib = compile_module(SOURCE, options=options)
        for rows in (0, 1, 5, 67):
            x = rng.standard_normal((rows, 4)).astype(np.float32)
            g = rng.standard_normal(1).astype(np.float32)
            y = np.full((rows, 4), FILL, np.float32)
            call(lib, "rms_column", [x, g, y], [])
            want = np.full((rows, 4), FILL)
            # eps = 0.5 keeps the one-element row's result x / sqrt(x^2 + eps)
            # away from its sign.
            want[:, 1:2] = ref_rms_norm(x[:, 1:2].astype(np.float64), -1, 0.5,
                                        g.astype(np.float64))[0]
            check.close(y, want, "f32", f"{options} rms hidden 1 {rows} rows")

            x = rng.standard_normal((rows, 4)).astype(np.float32)
            r = rng.standard_normal((rows, 4)).astype(np.float32)
            b = rng.standard_normal(1).astype(np.float32)
            y = np.full((rows, 4), FILL, np.float32)
            h = np.full((rows, 4), FILL, np.float32)
            call(lib, "add_layer_column", [x, r, b, y, h], [])
            h64 = x[:, 1:2].astype(np.float64) + r[:, 1:2]
            want_h = np.full((rows, 4), FILL)
            want_h[:, 1:2] = h64
            want_y = np.full((rows, 4), FILL)
            want_y[:, 1:2] = ref_layer_norm(h64, -1, 1e-5, None,
                                            b.astype(np.float64))[0]
            check.close(h, want_h, "f32", f"{options} add+LN h hidden 1 {rows}")
            check.close(y, want_y, "f32", f"{options} add+LN y hidden 1 {rows}")

            x = rng.standard_normal((rows, 3, 4)).astype(np.float32)
            g, b, m = (rng.standard_normal(3).astype(np.float32)
                       for _ in range(3))
            v = rng.uniform(0.5, 2.0, 3).astype(np.float32)
            f64 = [p.astype(np.float64) for p in (g, b, m, v)]
            y = np.full((rows, 3, 4), FILL, np.float32)
            call(lib, "batch_norm", [x, g, b, m, v, y], [])
            want = np.full((rows, 3, 4), FILL)
            want[:, :, 1:2] = ref_batch_norm_inference(
                x[:, :, 1:2].astype(np.float64), f64[2], f64[3], 1e-5, f64[0],
                f64[1])
            check.close(y, want, "f32", f"{options} batch_norm [{rows},3,1]")

            if rows == 0:
                continue  # training statistics of no elements are an error
            y = np.full((rows, 3, 4), FILL, np.float32)
            stats = [np.zeros(3, np.float32) for _ in range(4)]
            call(lib, "batch_norm_training", [x, g, b, m, v, y] + stats, [])
            wants = ref_batch_norm_training(x[:, :, 1:2].astype(np.float64),
                                            f64[2], f64[3], 1e-5, 0.9, f64[0],
                                            f64[1])
            want = np.full((rows, 3, 4), FILL)
            want[:, :, 1:2] = wants[0]
            check.close(y, want, "f32",
                        f"{options} training batch_norm y [{rows},3,1]")
            for got, want, name in zip(stats, wants[1:],
                                       ("mean", "var", "new mean", "new var")):
                check.close(got, want, "f32", f"{options} training {name} "
                            f"[{rows},3,1]")
    check.finish()


main()
