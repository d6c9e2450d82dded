# RUN: env LD_LIBRARY_PATH=%fake_cuda_dir %python %s 2>&1 | FileCheck %s
# REQUIRES: numpy
#
# What the host code of the backward ops asks of the CUDA driver, on the
# stand-in driver (test/lib/fake-cuda: launches and allocations logged, no
# kernel runs): the dx kernel over min(rows, 512) blocks (or 4 x 512 warps
# for short rows), then the reduction of the partial sums, one thread per
# column; the partials allocated on the device and freed; no rows: only the
# reduction (dscale and dbias are zeros); rows of zero elements: nothing.

import sys

import numpy as np
import normtest as nt


def say(text):
    sys.stderr.write(text + "\n")
    sys.stderr.flush()


SOURCE = """
func.func @ln4096(%dy: tensor<?x4096xf32>, %x: tensor<?x4096xf32>, %g: tensor<4096xf32>,
    %dx: tensor<?x4096xf32> {bufferization.writable = true}, %dg: tensor<4096xf32> {bufferization.writable = true},
    %db: tensor<4096xf32> {bufferization.writable = true}) -> (tensor<?x4096xf32>, tensor<4096xf32>, tensor<4096xf32>) {
  %0:3 = norm.layer_norm_grad %dy, %x : tensor<?x4096xf32>, tensor<?x4096xf32> scale(%g : tensor<4096xf32>) outs(%dx, %dg, %db : tensor<?x4096xf32>, tensor<4096xf32>, tensor<4096xf32>)
  return %0#0, %0#1, %0#2 : tensor<?x4096xf32>, tensor<4096xf32>, tensor<4096xf32>
}
func.func @rms256(%dy: tensor<?x256xf32>, %x: tensor<?x256xf32>, %g: tensor<256xf32>, %rstd: tensor<?x1xf32>,
    %dx: tensor<?x256xf32> {bufferization.writable = true}, %dg: tensor<256xf32> {bufferization.writable = true})
    -> (tensor<?x256xf32>, tensor<256xf32>) {
  %0:2 = norm.rms_norm_grad %dy, %x : tensor<?x256xf32>, tensor<?x256xf32> scale(%g : tensor<256xf32>) rstd(%rstd : tensor<?x1xf32>) outs(%dx, %dg : tensor<?x256xf32>, tensor<256xf32>)
  return %0#0, %0#1 : tensor<?x256xf32>, tensor<256xf32>
}
func.func @lndyn(%dy: tensor<?x?xf32>, %x: tensor<?x?xf32>, %g: tensor<?xf32>,
    %dx: tensor<?x?xf32> {bufferization.writable = true}, %dg: tensor<?xf32> {bufferization.writable = true},
    %db: tensor<?xf32> {bufferization.writable = true}) -> (tensor<?x?xf32>, tensor<?xf32>, tensor<?xf32>) {
  %0:3 = norm.layer_norm_grad %dy, %x : tensor<?x?xf32>, tensor<?x?xf32> scale(%g : tensor<?xf32>) outs(%dx, %dg, %db : tensor<?x?xf32>, tensor<?xf32>, tensor<?xf32>)
  return %0#0, %0#1, %0#2 : tensor<?x?xf32>, tensor<?xf32>, tensor<?xf32>
}
"""

lib = nt.compile_module(SOURCE, pipeline="norm-gpu-pipeline")


def run(name, arrays):
    nt.prepare(lib, name, arrays, [])()


def zeros(shape):
    return np.zeros(shape, np.float32)


def misaligned(shape):
    flat = np.zeros(int(np.prod(shape)) + 1, np.float32)
    return flat[1:].reshape(shape)


def ln(rows, n=4096, name="ln4096", make=zeros):
    run(name, [make((rows, n)), zeros((rows, n)), zeros(n), zeros((rows, n)),
               zeros(n), zeros(n)])


# Three rows: 3 blocks of 512 threads (2 chunks of 4 each), then 4096
# columns / 256 threads for the reduction, after the two partial buffers
# (3 rows x 4096 x f32 each) are allocated.
# CHECK-LABEL: ln 3 rows
# CHECK: fake-cuda: alloc 49152 bytes
# CHECK: fake-cuda: alloc 49152 bytes
# CHECK: fake-cuda: launch norm_layer_norm_grad_f32_v4_block grid (3, 1, 1) block (512, 1, 1)
# CHECK-NEXT: fake-cuda: launch norm_layer_norm_grad_partials_f32 grid (16, 1, 1) block (256, 1, 1)
# CHECK: fake-cuda: free
# CHECK: fake-cuda: free
say("ln 3 rows")
ln(3)

# More rows than units: 512 blocks, each adding 4 rows in turn.
# CHECK-LABEL: ln 2000 rows
# CHECK: fake-cuda: alloc 8388608 bytes
# CHECK: fake-cuda: launch norm_layer_norm_grad_f32_v4_block grid (512, 1, 1) block (512, 1, 1)
# CHECK-NEXT: fake-cuda: launch norm_layer_norm_grad_partials_f32 grid (16, 1, 1)
say("ln 2000 rows")
ln(2000)

# Misaligned dy: the element-wise kernel, as many units.
# CHECK-LABEL: ln misaligned
# CHECK: fake-cuda: launch norm_layer_norm_grad_f32_scalar_block grid (3, 1, 1)
# CHECK-NEXT: fake-cuda: launch norm_layer_norm_grad_partials_f32 grid (16, 1, 1)
say("ln misaligned")
ln(3, make=misaligned)

# No rows: the reduction alone writes dscale and dbias (zeros).
# CHECK-LABEL: ln 0 rows
# CHECK-NOT: launch norm_layer_norm_grad_f32
# CHECK: fake-cuda: launch norm_layer_norm_grad_partials_f32 grid (16, 1, 1)
say("ln 0 rows")
ln(0)

# Rows of no elements: nothing to compute, nothing launched.
# CHECK-LABEL: ln empty rows
# CHECK-NOT: fake-cuda: launch
# CHECK-LABEL: rms 10 rows
say("ln empty rows")
ln(3, n=0, name="lndyn")


def rms(rows):
    run("rms256", [zeros((rows, 256)), zeros((rows, 256)), zeros(256),
                   zeros((rows, 1)), zeros((rows, 256)), zeros(256)])


# Short rows: a warp per unit, 4 per block; 10 rows are 10 units.
# CHECK: fake-cuda: launch norm_rms_norm_grad_f32_v4_warp grid (3, 1, 1) block (32, 4, 1)
# CHECK-NEXT: fake-cuda: launch norm_rms_norm_grad_partials_f32 grid (1, 1, 1) block (256, 1, 1)
say("rms 10 rows")
rms(10)

# 5000 rows: 2048 warps (512 blocks).
# CHECK-LABEL: rms 5000 rows
# CHECK: fake-cuda: launch norm_rms_norm_grad_f32_v4_warp grid (512, 1, 1) block (32, 4, 1)
say("rms 5000 rows")
rms(5000)

# A run-time row length: streamed rows.
# CHECK-LABEL: dyn 5000
# CHECK: fake-cuda: launch norm_layer_norm_grad_f32_v4_stream grid (3, 1, 1)
# CHECK-NEXT: fake-cuda: launch norm_layer_norm_grad_partials_f32 grid (20, 1, 1)
say("dyn 5000")
ln(3, n=5000, name="lndyn")
# CHECK: done
say("done")
