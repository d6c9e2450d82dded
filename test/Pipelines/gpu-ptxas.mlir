// REQUIRES: ptxas
// RUN: norm-opt %s --norm-gpu-pipeline | %python %S/../lib/gpu_binary.py --ptxas %ptxas | FileCheck %s
// RUN: norm-opt %s --norm-gpu-pipeline | %python %S/../lib/gpu_binary.py --ptxas %ptxas | grep "bytes stack frame" | sort | uniq -c | tr -s " " | tr "\n" "|" | FileCheck %s --check-prefix=SPILLS
// RUN: norm-opt %s --norm-gpu-pipeline="format=bin" | %python %S/../lib/gpu_binary.py | FileCheck %s --check-prefix=BIN

// ptxas accepts every kernel, and none spills or uses a stack frame (no
// local memory) for hidden sizes up to 8192, and for the f32 fused LayerNorm
// of 16384 (512 threads x 32 values, max-block-threads): the rows held in
// registers stay in registers. (ptxas reports one entry function per module; each op has a
// vector and an element-wise kernel, LayerNorm and the fused ops included.)

// CHECK-COUNT-22: 0 bytes stack frame, 0 bytes spill stores, 0 bytes spill loads
// Every kernel's line, counted: 22 kernels, all with the same line (a
// CHECK-NOT after the 22nd match saw only what follows it).
// SPILLS: {{^}} 22 0 bytes stack frame, 0 bytes spill stores, 0 bytes spill loads|{{$}}

// format=bin embeds cubins (ELF) assembled by ptxas.
// BIN-COUNT-22: // ELF object

func.func @ln_f32(%x: tensor<?x8192xf32>, %g: tensor<8192xf32>, %b: tensor<8192xf32>,
    %y: tensor<?x8192xf32> {bufferization.writable = true}) -> tensor<?x8192xf32> {
  %0 = norm.layer_norm %x : tensor<?x8192xf32> scale(%g : tensor<8192xf32>) bias(%b : tensor<8192xf32>) outs(%y : tensor<?x8192xf32>)
  return %0 : tensor<?x8192xf32>
}
func.func @ln_bf16(%x: tensor<?x8192xbf16>, %g: tensor<8192xbf16>, %b: tensor<8192xbf16>,
    %y: tensor<?x8192xbf16> {bufferization.writable = true}) -> tensor<?x8192xbf16> {
  %0 = norm.layer_norm %x : tensor<?x8192xbf16> scale(%g : tensor<8192xbf16>) bias(%b : tensor<8192xbf16>) outs(%y : tensor<?x8192xbf16>)
  return %0 : tensor<?x8192xbf16>
}
func.func @add_ln_f32(%x: tensor<?x8192xf32>, %r: tensor<?x8192xf32>, %g: tensor<8192xf32>, %b: tensor<8192xf32>,
    %y: tensor<?x8192xf32> {bufferization.writable = true}, %h: tensor<?x8192xf32> {bufferization.writable = true}) -> (tensor<?x8192xf32>, tensor<?x8192xf32>) {
  %0:2 = norm.add_layer_norm %x, %r : tensor<?x8192xf32>, tensor<?x8192xf32> scale(%g : tensor<8192xf32>) bias(%b : tensor<8192xf32>) outs(%y, %h : tensor<?x8192xf32>, tensor<?x8192xf32>)
  return %0#0, %0#1 : tensor<?x8192xf32>, tensor<?x8192xf32>
}
func.func @add_ln_bf16(%x: tensor<?x8192xbf16>, %r: tensor<?x8192xbf16>, %g: tensor<8192xbf16>, %b: tensor<8192xbf16>,
    %y: tensor<?x8192xbf16> {bufferization.writable = true}, %h: tensor<?x8192xbf16> {bufferization.writable = true}) -> (tensor<?x8192xbf16>, tensor<?x8192xbf16>) {
  %0:2 = norm.add_layer_norm %x, %r : tensor<?x8192xbf16>, tensor<?x8192xbf16> scale(%g : tensor<8192xbf16>) bias(%b : tensor<8192xbf16>) outs(%y, %h : tensor<?x8192xbf16>, tensor<?x8192xbf16>)
  return %0#0, %0#1 : tensor<?x8192xbf16>, tensor<?x8192xbf16>
}
func.func @add_ln_f32_16384(%x: tensor<?x16384xf32>, %r: tensor<?x16384xf32>, %g: tensor<16384xf32>, %b: tensor<16384xf32>,
    %y: tensor<?x16384xf32> {bufferization.writable = true}, %h: tensor<?x16384xf32> {bufferization.writable = true}) -> (tensor<?x16384xf32>, tensor<?x16384xf32>) {
  %0:2 = norm.add_layer_norm %x, %r : tensor<?x16384xf32>, tensor<?x16384xf32> scale(%g : tensor<16384xf32>) bias(%b : tensor<16384xf32>) outs(%y, %h : tensor<?x16384xf32>, tensor<?x16384xf32>)
  return %0#0, %0#1 : tensor<?x16384xf32>, tensor<?x16384xf32>
}
func.func @rms_f32(%x: tensor<?x8192xf32>, %g: tensor<8192xf32>,
    %y: tensor<?x8192xf32> {bufferization.writable = true}) -> tensor<?x8192xf32> {
  %0 = norm.rms_norm %x : tensor<?x8192xf32> scale(%g : tensor<8192xf32>) outs(%y : tensor<?x8192xf32>)
  return %0 : tensor<?x8192xf32>
}
func.func @rms_bf16(%x: tensor<?x8192xbf16>, %g: tensor<8192xbf16>,
    %y: tensor<?x8192xbf16> {bufferization.writable = true}) -> tensor<?x8192xbf16> {
  %0 = norm.rms_norm %x : tensor<?x8192xbf16> scale(%g : tensor<8192xbf16>) outs(%y : tensor<?x8192xbf16>)
  return %0 : tensor<?x8192xbf16>
}
func.func @add_rms_f32(%x: tensor<?x8192xf32>, %r: tensor<?x8192xf32>, %g: tensor<8192xf32>,
    %y: tensor<?x8192xf32> {bufferization.writable = true}, %h: tensor<?x8192xf32> {bufferization.writable = true}) -> (tensor<?x8192xf32>, tensor<?x8192xf32>) {
  %0:2 = norm.add_rms_norm %x, %r : tensor<?x8192xf32>, tensor<?x8192xf32> scale(%g : tensor<8192xf32>) outs(%y, %h : tensor<?x8192xf32>, tensor<?x8192xf32>)
  return %0#0, %0#1 : tensor<?x8192xf32>, tensor<?x8192xf32>
}
func.func @add_rms_bf16(%x: tensor<?x8192xbf16>, %r: tensor<?x8192xbf16>, %g: tensor<8192xbf16>,
    %y: tensor<?x8192xbf16> {bufferization.writable = true}, %h: tensor<?x8192xbf16> {bufferization.writable = true}) -> (tensor<?x8192xbf16>, tensor<?x8192xbf16>) {
  %0:2 = norm.add_rms_norm %x, %r : tensor<?x8192xbf16>, tensor<?x8192xbf16> scale(%g : tensor<8192xbf16>) outs(%y, %h : tensor<?x8192xbf16>, tensor<?x8192xbf16>)
  return %0#0, %0#1 : tensor<?x8192xbf16>, tensor<?x8192xbf16>
}
// Odd and tiny sizes: element-wise kernels only.
func.func @add_rms_f32_4097(%x: tensor<?x4097xf32>, %r: tensor<?x4097xf32>,
    %y: tensor<?x4097xf32> {bufferization.writable = true}, %h: tensor<?x4097xf32> {bufferization.writable = true}) -> (tensor<?x4097xf32>, tensor<?x4097xf32>) {
  %0:2 = norm.add_rms_norm %x, %r : tensor<?x4097xf32>, tensor<?x4097xf32> outs(%y, %h : tensor<?x4097xf32>, tensor<?x4097xf32>)
  return %0#0, %0#1 : tensor<?x4097xf32>, tensor<?x4097xf32>
}
func.func @ln_bf16_3(%x: tensor<?x3xbf16>,
    %y: tensor<?x3xbf16> {bufferization.writable = true}) -> tensor<?x3xbf16> {
  %0 = norm.layer_norm %x : tensor<?x3xbf16> outs(%y : tensor<?x3xbf16>)
  return %0 : tensor<?x3xbf16>
}
// Row length known at run time: streamed rows.
func.func @ln_dynamic(%x: tensor<?x?xbf16>,
    %y: tensor<?x?xbf16> {bufferization.writable = true}) -> tensor<?x?xbf16> {
  %0 = norm.layer_norm %x : tensor<?x?xbf16> outs(%y : tensor<?x?xbf16>)
  return %0 : tensor<?x?xbf16>
}
