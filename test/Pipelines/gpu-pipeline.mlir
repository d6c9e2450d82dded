// RUN: norm-opt %s --norm-gpu-pipeline | %python %S/../lib/gpu_binary.py | FileCheck %s --check-prefix=PTX
// RUN: norm-opt %s --norm-gpu-pipeline="chip=sm_80 features=+ptx70" | %python %S/../lib/gpu_binary.py | FileCheck %s --check-prefix=SM80
// RUN: norm-opt %s --norm-gpu-pipeline | %python %S/../lib/gpu_binary.py | FileCheck %s --check-prefix=NOCALL
// RUN: norm-opt %s --norm-gpu-pipeline | FileCheck %s --check-prefix=HOST
// RUN: norm-opt %s --norm-gpu-pipeline | mlir-translate --mlir-to-llvmir | FileCheck %s --check-prefix=LLVM
// RUN: not norm-opt %s --norm-gpu-pipeline="format=magic" 2>&1 | FileCheck %s --check-prefix=BAD

// The PTX of every kernel: 16-byte vector loads and stores where rows allow
// them, butterfly shuffles for the sums, no local memory (nothing spills to
// the stack), 64-bit row addressing.

// PTX-LABEL: // gpu.binary @norm_layer_norm_f32_v4_block
// PTX:       .version 8.0
// PTX:       .target sm_90
// PTX:       .address_size 64
// PTX:       .entry norm_layer_norm_f32_v4_block(
// PTX-NOT:   .local
// PTX:       mov.u32 %r[[ROW:[0-9]+]], %ctaid.x;
// PTX:       mul.wide.u32 %rd{{[0-9]+}}, %r[[ROW]], 4096;
// PTX:       ld.global.v4.b32
// PTX:       shfl.sync.bfly.b32
// PTX:       bar.sync
// PTX:       sqrt.rn.f32
// PTX:       rcp.rn.f32
// PTX:       st.global.v4.b32
// PTX-LABEL: // gpu.binary @norm_layer_norm_f32_scalar_block
// PTX-NOT:   .local
// PTX:       ld.global.b32
// PTX-LABEL: // gpu.binary @norm_add_rms_norm_bf16_v8_block
// PTX-NOT:   .local
// PTX:       ld.global.v4.b32
// PTX:       cvt.f32.bf16
// PTX:       shfl.sync.bfly.b32
// PTX:       cvt.rn.bf16{{x2?}}.f32
// PTX:       st.global.v4.b32
// PTX-LABEL: // gpu.binary @norm_add_rms_norm_bf16_scalar_block
// PTX-NOT:   .local
// PTX:       ld.global.b16
// PTX-LABEL: // gpu.binary @norm_rms_norm_f32_scalar_block
// PTX-NOT:   .local
// PTX-NOT:   ld.global.v4
// PTX:       st.global.b32
// PTX-LABEL: // gpu.binary @norm_add_layer_norm_f16_v8_warp
// PTX-NOT:   .local
// PTX-NOT:   bar.sync
// PTX:       ld.global.v4.b32
// PTX:       shfl.sync.bfly.b32
// PTX-NOT:   bar.sync
// PTX:       st.global.v4.b32
// PTX-LABEL: // gpu.binary @norm_layer_norm_bf16_scalar_warp
// PTX-NOT:   .local
// PTX:       ld.global.b16
// PTX-NOT:   .local

// The kernels call nothing: no libdevice (which would need the CUDA toolkit
// when compiling), rstd from sqrt.rn and a correctly rounded reciprocal.
// NOCALL: .entry
// NOCALL-NOT: call
// NOCALL-NOT: __nv_

// SM80: .version 7.0
// SM80: .target sm_80

// Host code: one launch per kernel variant, chosen at run time.
// HOST-LABEL: llvm.func @layer_norm_f32_4096
// HOST:         gpu.launch_func <%{{.*}} : !llvm.ptr> @norm_layer_norm_f32_v4_block::@norm_layer_norm_f32_v4_block
// HOST:         gpu.launch_func <%{{.*}} : !llvm.ptr> @norm_layer_norm_f32_scalar_block::@norm_layer_norm_f32_scalar_block
// HOST-LABEL: llvm.func @_mlir_ciface_layer_norm_f32_4096

// The kernels are loaded when the program is (PTX is JIT-compiled by the
// driver) and launched through the mgpu* runtime functions.
// LLVM-DAG: @llvm.global_ctors
// LLVM-DAG: call ptr @mgpuModuleLoadJIT(
// LLVM-DAG: call ptr @mgpuModuleGetFunction(
// LLVM-DAG: call void @mgpuLaunchKernel(
// LLVM-DAG: call void @mgpuStreamSynchronize(

// BAD: for the --format option: Cannot find option named 'magic'!

func.func @layer_norm_f32_4096(%x: tensor<?x4096xf32>, %g: tensor<4096xf32>, %b: tensor<4096xf32>,
    %y: tensor<?x4096xf32> {bufferization.writable = true}) -> tensor<?x4096xf32> {
  %0 = norm.layer_norm %x : tensor<?x4096xf32> scale(%g : tensor<4096xf32>) bias(%b : tensor<4096xf32>) outs(%y : tensor<?x4096xf32>)
  return %0 : tensor<?x4096xf32>
}

func.func @add_rms_norm_bf16_8192(%x: tensor<?x8192xbf16>, %r: tensor<?x8192xbf16>, %g: tensor<8192xbf16>,
    %y: tensor<?x8192xbf16> {bufferization.writable = true},
    %h: tensor<?x8192xbf16> {bufferization.writable = true}) -> (tensor<?x8192xbf16>, tensor<?x8192xbf16>) {
  %0:2 = norm.add_rms_norm %x, %r : tensor<?x8192xbf16>, tensor<?x8192xbf16> scale(%g : tensor<8192xbf16>) outs(%y, %h : tensor<?x8192xbf16>, tensor<?x8192xbf16>)
  return %0#0, %0#1 : tensor<?x8192xbf16>, tensor<?x8192xbf16>
}

func.func @rms_norm_f32_4097(%x: tensor<?x4097xf32>,
    %y: tensor<?x4097xf32> {bufferization.writable = true}) -> tensor<?x4097xf32> {
  %0 = norm.rms_norm %x : tensor<?x4097xf32> outs(%y : tensor<?x4097xf32>)
  return %0 : tensor<?x4097xf32>
}

func.func @add_layer_norm_f16_768(%x: tensor<?x768xf16>, %r: tensor<?x768xf16>, %g: tensor<768xf16>, %b: tensor<768xf16>,
    %y: tensor<?x768xf16> {bufferization.writable = true},
    %h: tensor<?x768xf16> {bufferization.writable = true}) -> (tensor<?x768xf16>, tensor<?x768xf16>) {
  %0:2 = norm.add_layer_norm %x, %r : tensor<?x768xf16>, tensor<?x768xf16> scale(%g : tensor<768xf16>) bias(%b : tensor<768xf16>) outs(%y, %h : tensor<?x768xf16>, tensor<?x768xf16>)
  return %0#0, %0#1 : tensor<?x768xf16>, tensor<?x768xf16>
}

func.func @layer_norm_bf16_1(%x: tensor<?x1xbf16>,
    %y: tensor<?x1xbf16> {bufferization.writable = true}) -> tensor<?x1xbf16> {
  %0 = norm.layer_norm %x : tensor<?x1xbf16> outs(%y : tensor<?x1xbf16>)
  return %0 : tensor<?x1xbf16>
}
