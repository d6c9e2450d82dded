// REQUIRES: ptxas
// RUN: norm-opt %s --norm-gpu-pipeline | %python %S/../lib/gpu_binary.py --ptxas %ptxas | FileCheck %s
// RUN: norm-opt %s --norm-gpu-pipeline | %python %S/../lib/gpu_binary.py --ptxas %ptxas | grep "bytes stack frame" | sort | uniq -c | tr -s " " | tr "\n" "|" | FileCheck %s --check-prefix=SPILLS
// RUN: norm-opt %s --norm-gpu-pipeline="grad-registers=64" | %python %S/../lib/gpu_binary.py --ptxas %ptxas | FileCheck %s --check-prefix=GRAD64
// RUN: norm-opt %S/gpu-backward.mlir --norm-gpu-pipeline | %python %S/../lib/gpu_binary.py --ptxas %ptxas | grep "bytes stack frame" | sort | uniq -c | tr -s " " | tr "\n" "|" | FileCheck %s --check-prefix=SPILLS-ALL

// ptxas accepts every backward kernel, and none spills or uses a stack
// frame within the pipeline's budget for them (grad-registers, 80): the dx
// kernels' rows held in registers (dy, x and the running dscale/dbias sums
// of a thread's columns, max-register-values values) stay there, LayerNorm
// and RMSNorm, saved and recomputed statistics, f32 and bf16, hidden 256 to
// 16384 (the issue's shapes 4096 and 16384 included). At the forward's 64
// registers some did spill (GRAD64).

// CHECK-LABEL: // gpu.binary @norm_layer_norm_grad_f32_v4_block
// CHECK:       0 bytes stack frame, 0 bytes spill stores, 0 bytes spill loads
// CHECK-LABEL: // gpu.binary @norm_layer_norm_grad_bf16_v8_block
// CHECK:       0 bytes stack frame, 0 bytes spill stores, 0 bytes spill loads
// CHECK-LABEL: // gpu.binary @norm_rms_norm_grad_bf16_v8_block
// CHECK:       0 bytes stack frame, 0 bytes spill stores, 0 bytes spill loads
// CHECK-LABEL: // gpu.binary @norm_layer_norm_grad_f32_v4_stream
// CHECK:       0 bytes stack frame, 0 bytes spill stores, 0 bytes spill loads
// CHECK-LABEL: // gpu.binary @norm_add_rms_norm_grad_bf16_v8_stream
// CHECK:       0 bytes stack frame, 0 bytes spill stores, 0 bytes spill loads
// CHECK-LABEL: // gpu.binary @norm_layer_norm_grad_bf16_v8_warp
// CHECK:       0 bytes stack frame, 0 bytes spill stores, 0 bytes spill loads

// GRAD64-LABEL: // gpu.binary @norm_layer_norm_grad_bf16_v8_block
// GRAD64-NOT:   gpu.binary
// GRAD64:       {{[1-9][0-9]*}} bytes stack frame

// Every kernel's line, counted (the vector, element-wise and reduction
// kernel of each of the 6 functions): all the same.
// SPILLS: {{^}} 18 0 bytes stack frame, 0 bytes spill stores, 0 bytes spill loads|{{$}}
// SPILLS-ALL: {{^}} 19 0 bytes stack frame, 0 bytes spill stores, 0 bytes spill loads|{{$}}

func.func @ln_f32_4096(%dy: tensor<?x4096xf32>, %x: tensor<?x4096xf32>, %g: tensor<4096xf32>,
    %dx: tensor<?x4096xf32> {bufferization.writable = true}, %dg: tensor<4096xf32> {bufferization.writable = true}, %db: tensor<4096xf32> {bufferization.writable = true})
    -> (tensor<?x4096xf32>, tensor<4096xf32>, tensor<4096xf32>) {
  %0:3 = norm.layer_norm_grad %dy, %x : tensor<?x4096xf32>, tensor<?x4096xf32> scale(%g : tensor<4096xf32>) outs(%dx, %dg, %db : tensor<?x4096xf32>, tensor<4096xf32>, tensor<4096xf32>)
  return %0#0, %0#1, %0#2 : tensor<?x4096xf32>, tensor<4096xf32>, tensor<4096xf32>
}
func.func @ln_bf16_4096(%dy: tensor<?x4096xbf16>, %x: tensor<?x4096xbf16>, %g: tensor<4096xbf16>,
    %dx: tensor<?x4096xbf16> {bufferization.writable = true}, %dg: tensor<4096xbf16> {bufferization.writable = true}, %db: tensor<4096xbf16> {bufferization.writable = true})
    -> (tensor<?x4096xbf16>, tensor<4096xbf16>, tensor<4096xbf16>) {
  %0:3 = norm.layer_norm_grad %dy, %x : tensor<?x4096xbf16>, tensor<?x4096xbf16> scale(%g : tensor<4096xbf16>) outs(%dx, %dg, %db : tensor<?x4096xbf16>, tensor<4096xbf16>, tensor<4096xbf16>)
  return %0#0, %0#1, %0#2 : tensor<?x4096xbf16>, tensor<4096xbf16>, tensor<4096xbf16>
}
func.func @rms_bf16_4096_saved(%dy: tensor<?x4096xbf16>, %x: tensor<?x4096xbf16>, %g: tensor<4096xbf16>, %rstd: tensor<?x1xf32>,
    %dx: tensor<?x4096xbf16> {bufferization.writable = true}, %dg: tensor<4096xbf16> {bufferization.writable = true})
    -> (tensor<?x4096xbf16>, tensor<4096xbf16>) {
  %0:2 = norm.rms_norm_grad %dy, %x : tensor<?x4096xbf16>, tensor<?x4096xbf16> scale(%g : tensor<4096xbf16>) rstd(%rstd : tensor<?x1xf32>) outs(%dx, %dg : tensor<?x4096xbf16>, tensor<4096xbf16>)
  return %0#0, %0#1 : tensor<?x4096xbf16>, tensor<4096xbf16>
}
func.func @ln_f32_16384(%dy: tensor<?x16384xf32>, %x: tensor<?x16384xf32>, %g: tensor<16384xf32>,
    %dx: tensor<?x16384xf32> {bufferization.writable = true}, %dg: tensor<16384xf32> {bufferization.writable = true}, %db: tensor<16384xf32> {bufferization.writable = true})
    -> (tensor<?x16384xf32>, tensor<16384xf32>, tensor<16384xf32>) {
  %0:3 = norm.layer_norm_grad %dy, %x : tensor<?x16384xf32>, tensor<?x16384xf32> scale(%g : tensor<16384xf32>) outs(%dx, %dg, %db : tensor<?x16384xf32>, tensor<16384xf32>, tensor<16384xf32>)
  return %0#0, %0#1, %0#2 : tensor<?x16384xf32>, tensor<16384xf32>, tensor<16384xf32>
}
func.func @add_rms_bf16_16384(%dy: tensor<?x16384xbf16>, %h: tensor<?x16384xbf16>, %rg: tensor<?x16384xbf16>, %g: tensor<16384xbf16>,
    %dx: tensor<?x16384xbf16> {bufferization.writable = true}, %dr: tensor<?x16384xbf16> {bufferization.writable = true}, %dg: tensor<16384xbf16> {bufferization.writable = true})
    -> (tensor<?x16384xbf16>, tensor<?x16384xbf16>, tensor<16384xbf16>) {
  %0:3 = norm.add_rms_norm_grad %dy, %h : tensor<?x16384xbf16>, tensor<?x16384xbf16> residual_grad(%rg : tensor<?x16384xbf16>) scale(%g : tensor<16384xbf16>) outs(%dx, %dr, %dg : tensor<?x16384xbf16>, tensor<?x16384xbf16>, tensor<16384xbf16>)
  return %0#0, %0#1, %0#2 : tensor<?x16384xbf16>, tensor<?x16384xbf16>, tensor<16384xbf16>
}
func.func @ln_bf16_256(%dy: tensor<?x256xbf16>, %x: tensor<?x256xbf16>, %g: tensor<256xbf16>,
    %dx: tensor<?x256xbf16> {bufferization.writable = true}, %dg: tensor<256xbf16> {bufferization.writable = true}, %db: tensor<256xbf16> {bufferization.writable = true})
    -> (tensor<?x256xbf16>, tensor<256xbf16>, tensor<256xbf16>) {
  %0:3 = norm.layer_norm_grad %dy, %x : tensor<?x256xbf16>, tensor<?x256xbf16> scale(%g : tensor<256xbf16>) outs(%dx, %dg, %db : tensor<?x256xbf16>, tensor<256xbf16>, tensor<256xbf16>)
  return %0#0, %0#1, %0#2 : tensor<?x256xbf16>, tensor<256xbf16>, tensor<256xbf16>
}
