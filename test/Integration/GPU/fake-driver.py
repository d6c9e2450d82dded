# RUN: env LD_LIBRARY_PATH=%fake_cuda_dir %python %s 2>&1 | FileCheck %s --implicit-check-not="fake-cuda: stream"
# RUN: env LD_LIBRARY_PATH=%fake_cuda_dir FAKE_CUDA_DEVICES=0 %python %s nodevice 2>&1 | FileCheck %s --check-prefix=NODEV
# RUN: env LD_LIBRARY_PATH=%fake_cuda_dir FAKE_CUDA_BAD_MODULE=1 %python %s badmodule 2>&1 | FileCheck %s --check-prefix=BADMODULE --implicit-check-not="fake-cuda: launch"
# Module destructors at exit: an unload the shut-down driver answers with
# CUDA_ERROR_DEINITIALIZED (4) is quiet, any other failure is reported.
# RUN: env LD_LIBRARY_PATH=%fake_cuda_dir FAKE_CUDA_UNLOAD_RESULT=4 %python %s 2>&1 | FileCheck %s --check-prefix=DEINIT
# RUN: env LD_LIBRARY_PATH=%fake_cuda_dir FAKE_CUDA_UNLOAD_RESULT=1 %python %s 2>&1 | FileCheck %s --check-prefix=UNLOADFAIL
# DEINIT: fake-cuda: launch
# DEINIT-NOT: cuModuleUnload
# UNLOADFAIL: fake-cuda: launch
# UNLOADFAIL: norm-cuda-runtime: cuModuleUnload failed: fake error (CUresult 1)
# REQUIRES: numpy
#
# What host code from --norm-gpu-pipeline asks of the CUDA driver, checked
# on a stand-in driver (test/lib/fake-cuda: host memory, launches logged, no
# kernel runs): which kernel the run-time checks pick (16-byte vectors or
# element-wise), the grid and block of each row mapping, no launch for empty
# tensors, device allocations for fresh results, streams reused across
# calls, and a clean report when the driver has no device.

import ctypes
import sys

import numpy as np
import normtest as nt

rt = ctypes.CDLL(nt.runtime_library_dir() + "/libnorm_cuda_runtime.so")
rt.normCudaRuntimeError.restype = ctypes.c_char_p
rt.normCudaDeviceName.restype = ctypes.c_char_p


def say(text):
    sys.stderr.write(text + "\n")
    sys.stderr.flush()


if sys.argv[-1] == "nodevice":
    # NODEV: init=1
    # NODEV-NEXT: no CUDA device: cuInit found none (CUresult 100)
    say(f"init={rt.normCudaRuntimeInit()}")
    say(rt.normCudaRuntimeError().decode())
    sys.exit(0)

# A module the driver rejects: reported when the library loads, and every
# launch of its kernels is reported as skipped rather than silently lost:
# no launch anywhere (--implicit-check-not; a NOT after the last line looked
# only past it).
# BADMODULE: norm-cuda-runtime: cuModuleLoadDataEx (PTX JIT) failed
# BADMODULE: norm-cuda-runtime: kernel launch skipped: its module or function did not load
# BADMODULE: error=cuModuleLoadDataEx (PTX JIT) failed

# CHECK: init=0 fake CUDA device
say(f"init={rt.normCudaRuntimeInit()} {rt.normCudaDeviceName().decode()}")

BAD_SOURCE = """
func.func @rms(%x: tensor<?x64xf32>, %y: tensor<?x64xf32> {bufferization.writable = true}) -> tensor<?x64xf32> {
  %0 = norm.rms_norm %x : tensor<?x64xf32> outs(%y : tensor<?x64xf32>)
  return %0 : tensor<?x64xf32>
}
"""
if sys.argv[-1] == "badmodule":
    bad = nt.compile_module(BAD_SOURCE, pipeline="norm-gpu-pipeline")
    x = np.zeros((4, 64), np.float32)
    nt.prepare(bad, "rms", [x, np.zeros_like(x)], [])()
    say("error=" + rt.normCudaRuntimeError().decode())
    sys.exit(0)

SOURCE = """
func.func @ln4096(%x: tensor<?x4096xf32>, %g: tensor<4096xf32>,
                  %b: tensor<4096xf32>,
                  %y: tensor<?x4096xf32> {bufferization.writable = true})
    -> tensor<?x4096xf32> {
  %0 = norm.layer_norm %x : tensor<?x4096xf32>
         scale(%g : tensor<4096xf32>) bias(%b : tensor<4096xf32>)
         outs(%y : tensor<?x4096xf32>)
  return %0 : tensor<?x4096xf32>
}
func.func @rms768(%x: tensor<?x768xbf16>,
                  %y: tensor<?x768xbf16> {bufferization.writable = true})
    -> tensor<?x768xbf16> {
  %0 = norm.rms_norm %x : tensor<?x768xbf16> outs(%y : tensor<?x768xbf16>)
  return %0 : tensor<?x768xbf16>
}
func.func @rmsdyn(%x: tensor<?x?xf32>,
                  %y: tensor<?x?xf32> {bufferization.writable = true})
    -> tensor<?x?xf32> {
  %0 = norm.rms_norm %x : tensor<?x?xf32> outs(%y : tensor<?x?xf32>)
  return %0 : tensor<?x?xf32>
}
func.func @add(%x: tensor<?x64xf32>, %r: tensor<?x64xf32>,
               %y: tensor<?x64xf32> {bufferization.writable = true})
    -> tensor<?x64xf32> {
  %0 = linalg.add ins(%x, %r : tensor<?x64xf32>, tensor<?x64xf32>)
         outs(%y : tensor<?x64xf32>) -> tensor<?x64xf32>
  return %0 : tensor<?x64xf32>
}
func.func @fresh(%x: tensor<8x64xf32>, %r: tensor<8x64xf32>)
    -> (tensor<8x64xf32>, tensor<8x64xf32>) {
  %e = tensor.empty() : tensor<8x64xf32>
  %0:2 = norm.add_rms_norm %x, %r : tensor<8x64xf32>, tensor<8x64xf32>
           outs(%e, %e : tensor<8x64xf32>, tensor<8x64xf32>)
  return %0#0, %0#1 : tensor<8x64xf32>, tensor<8x64xf32>
}
"""

# Loading the library loads every kernel module (PTX, JIT-compiled).
# CHECK: fake-cuda: load PTX module
lib = nt.compile_module(SOURCE, pipeline="norm-gpu-pipeline")


def run(name, arrays, results=()):
    nt.prepare(lib, name, arrays, list(results))()


def aligned(shape, dtype=np.float32):
    return np.zeros(shape, dtype=dtype)


def misaligned(shape, dtype=np.float32):
    # One element past a 16-byte boundary: no vector loads.
    flat = np.zeros(int(np.prod(shape)) + 1, dtype=dtype)
    return flat[1:].reshape(shape)


# N = 4096 f32: 1024 chunks of 4, 256 threads x 4 chunks kept in registers.
# The first call creates the one stream of the whole run (see the end).
# CHECK-LABEL: ln4096 aligned
# CHECK: fake-cuda: stream 1 created
# CHECK: fake-cuda: launch norm_layer_norm_f32_v4_block grid (3, 1, 1) block (256, 1, 1)
say("ln4096 aligned")
run("ln4096", [aligned((3, 4096)), aligned(4096), aligned(4096),
               aligned((3, 4096))])

# A misaligned input: the element-wise kernel, 512 threads x 8 elements
# (max-block-threads).
# CHECK-LABEL: ln4096 misaligned
# CHECK: fake-cuda: launch norm_layer_norm_f32_scalar_block grid (3, 1, 1) block (512, 1, 1)
say("ln4096 misaligned")
run("ln4096", [misaligned((3, 4096)), aligned(4096), aligned(4096),
               aligned((3, 4096))])

# A misaligned parameter is checked too.
# CHECK-LABEL: ln4096 misaligned gamma
# CHECK: fake-cuda: launch norm_layer_norm_f32_scalar_block grid (3, 1, 1) block (512, 1, 1)
say("ln4096 misaligned gamma")
run("ln4096", [aligned((3, 4096)), misaligned(4096), aligned(4096),
               aligned((3, 4096))])

# No rows: nothing is launched (a zero grid is a launch error).
# CHECK-LABEL: ln4096 empty
# CHECK-NOT: fake-cuda: launch
# CHECK-LABEL: rms768 rows 9
say("ln4096 empty")
run("ln4096", [aligned((0, 4096)), aligned(4096), aligned(4096),
               aligned((0, 4096))])

# A short bf16 row (96 chunks of 8): one warp per row, 4 rows per block.
# bf16 is stored as uint16 here; the kernel only moves it.
say("rms768 rows 9")
# CHECK: fake-cuda: launch norm_rms_norm_bf16_v8_warp grid (3, 1, 1) block (32, 4, 1)
run("rms768", [aligned((9, 768), np.uint16), aligned((9, 768), np.uint16)])

# A row length known only at run time: vectors when it is a multiple of 4
# (1024 chunks: 256 threads of about 4), element-wise otherwise (4097
# elements: 512 threads, the most by default).
# CHECK-LABEL: rmsdyn 4096
# CHECK: fake-cuda: launch norm_rms_norm_f32_v4_stream grid (2, 1, 1) block (256, 1, 1)
# CHECK-LABEL: rmsdyn 4097
# CHECK: fake-cuda: launch norm_rms_norm_f32_scalar_stream grid (2, 1, 1) block (512, 1, 1)
# CHECK-LABEL: rmsdyn 30
# CHECK: fake-cuda: launch norm_rms_norm_f32_scalar_stream grid (2, 1, 1) block (32, 1, 1)
for n in (4096, 4097, 30):
    say(f"rmsdyn {n}")
    run("rmsdyn", [aligned((2, n)), aligned((2, n))])

# Other linalg ops (an unfused add) become parallel loops, collapsed and
# tiled by 256 (norm-gpu-tile-parallel-loops): blocks of 256 threads over
# consecutive elements; an empty tensor launches nothing and is no error.
# CHECK-LABEL: add rows 3
# CHECK: fake-cuda: launch add_kernel grid (1, 1, 1) block (256, 1, 1)
# CHECK-LABEL: add rows 100
# CHECK: fake-cuda: launch add_kernel grid (25, 1, 1) block (256, 1, 1)
# CHECK-LABEL: add rows 0
# CHECK-NOT: fake-cuda: launch
# CHECK: error=
# CHECK-SAME: {{$}}
for rows in (3, 100, 0):
    say(f"add rows {rows}")
    run("add", [aligned((rows, 64)), aligned((rows, 64)),
                aligned((rows, 64))])
say("error=" + rt.normCudaRuntimeError().decode())

# Fresh results live in device memory: two allocations, returned to the
# caller (not freed).
# CHECK-LABEL: fresh
# CHECK: fake-cuda: alloc 2048 bytes
# CHECK: fake-cuda: alloc 2048 bytes
# CHECK: fake-cuda: launch norm_add_rms_norm_f32_v4_warp grid (2, 1, 1) block (32, 4, 1)
# CHECK-NOT: fake-cuda: free
# CHECK-LABEL: done
say("fresh")
run("fresh", [aligned((8, 64)), aligned((8, 64))], [(2, np.float32)] * 2)
say("done")

# Streams come from a pool: the calls above, one after the other, share the
# one stream the first created; --implicit-check-not="fake-cuda: stream"
# rejects any other creation anywhere in the output (a CHECK-NOT here, after
# the last label, would only look at what follows "done").
