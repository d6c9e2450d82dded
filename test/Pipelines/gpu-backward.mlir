// RUN: norm-opt %s --norm-gpu-pipeline | %python %S/../lib/gpu_binary.py | FileCheck %s --check-prefix=PTX
// RUN: norm-opt %s --norm-gpu-pipeline | %python %S/../lib/gpu_binary.py | FileCheck %s --check-prefix=NOATOM
// RUN: norm-opt %s --norm-gpu-pipeline | FileCheck %s --check-prefix=HOST

// The backward ops on tensors through the GPU pipeline: kept from the linalg
// lowering for the backward kernels, f32/bf16/f16, saved and recomputed
// statistics, rows in registers (a block or a warp per row) and streamed,
// run-time row lengths.

// Every kernel: 16-byte vector loads and stores where rows allow them,
// butterfly shuffles for the row sums. (LLVM rotates the row loops, so the
// order of these in the PTX is not the program's.)

// PTX-LABEL: // gpu.binary @norm_layer_norm_grad_f32_v4_block
// PTX:       .maxntid 512, 1, 1
// PTX-DAG:   ld.global.v4.b32
// PTX-DAG:   shfl.sync.bfly.b32
// PTX-DAG:   bar.sync
// PTX-DAG:   sqrt.rn.f32
// PTX-DAG:   rcp.rn.f32
// PTX-DAG:   st.global.v4.b32
// PTX-LABEL: // gpu.binary @norm_layer_norm_grad_f32_scalar_block
// PTX-NOT:   ld.global.v4
// PTX:       ld.global.b32
// PTX-NOT:   ld.global.v4
// The reduction of the partials: one thread per column, no shared memory,
// no barrier, f32 loads of consecutive columns.
// PTX-LABEL: // gpu.binary @norm_layer_norm_grad_partials_f32
// PTX-NOT:   .shared
// PTX-NOT:   bar.sync
// PTX:       ld.global.b32
// PTX:       add.rn.f32
// PTX-NOT:   bar.sync
// bf16 with saved statistics (no square root) and f32 parameter gradients.
// PTX-LABEL: // gpu.binary @norm_layer_norm_grad_bf16_v8_block
// PTX-NOT:   sqrt.rn.f32
// PTX-DAG:   ld.global.v4.b32
// PTX-DAG:   cvt.f32.bf16
// PTX-DAG:   shfl.sync.bfly.b32
// PTX-DAG:   cvt.rn.bf16x2.f32
// PTX-DAG:   st.global.v4.b32
// PTX-NOT:   sqrt.rn.f32
// PTX-LABEL: // gpu.binary @norm_layer_norm_grad_bf16_scalar_block
// PTX:       ld.global.b16
// PTX-LABEL: // gpu.binary @norm_layer_norm_grad_partials_f32
// PTX-NOT:   cvt.rn
// PTX:       st.global.b32
// PTX-NOT:   cvt.rn
// f16, Gemma's offset; dscale rounded to f16 once, in the reduction.
// PTX-LABEL: // gpu.binary @norm_rms_norm_grad_f16_v8_block
// PTX-DAG:   ld.global.v4.b32
// PTX-DAG:   cvt.f32.f16
// PTX-DAG:   cvt.rn.f16x2.f32
// PTX-DAG:   st.global.v4.b32
// PTX-LABEL: // gpu.binary @norm_rms_norm_grad_f16_scalar_block
// PTX-LABEL: // gpu.binary @norm_rms_norm_grad_partials_f16
// PTX:       cvt.rn.f16.f32
// PTX:       st.global.b16
// Long rows of the fused op: streamed, still with vector loads.
// PTX-LABEL: // gpu.binary @norm_add_layer_norm_grad_bf16_v8_stream
// PTX-DAG:   ld.global.v4.b32
// PTX-DAG:   bar.sync
// PTX-DAG:   st.global.v4.b32
// PTX-LABEL: // gpu.binary @norm_add_layer_norm_grad_bf16_scalar_stream
// PTX-LABEL: // gpu.binary @norm_add_layer_norm_grad_partials_bf16
// PTX:       cvt.rn.bf16.f32
// Short rows: a warp per row, no barrier.
// PTX-LABEL: // gpu.binary @norm_add_rms_norm_grad_f32_v4_warp
// PTX-NOT:   bar.sync
// PTX:       .maxntid 32, 4, 1
// PTX-DAG:   ld.global.v4.b32
// PTX-DAG:   shfl.sync.bfly.b32
// PTX-DAG:   st.global.v4.b32
// PTX-NOT:   bar.sync
// PTX-LABEL: // gpu.binary @norm_add_rms_norm_grad_f32_scalar_warp
// PTX-NOT:   bar.sync
// PTX-LABEL: // gpu.binary @norm_add_rms_norm_grad_partials_f32
// Run-time row length.
// PTX-LABEL: // gpu.binary @norm_layer_norm_grad_bf16_v8_stream
// PTX:       ld.global.v4.b32
// PTX-LABEL: // gpu.binary @norm_layer_norm_grad_bf16_scalar_stream
// PTX-LABEL: // gpu.binary @norm_layer_norm_grad_partials_bf16
// Odd rows, dx only: element-wise, no reduction kernel.
// PTX-LABEL: // gpu.binary @norm_rms_norm_grad_f32_scalar_block
// PTX-NOT:   ld.global.v4
// PTX-NOT:   gpu.binary

// No local memory (nothing spills to the stack) and sums without atomics
// anywhere: the results do not depend on timing.
// NOATOM-NOT: .local
// NOATOM-NOT: atom.
// NOATOM-NOT: {{[[:space:]]red\.}}
// NOATOM: gpu.binary @norm_rms_norm_grad_f32_scalar_block
// NOATOM-NOT: .local
// NOATOM-NOT: atom.
// NOATOM-NOT: {{[[:space:]]red\.}}

// The host: the partials in device memory, the dx kernel, the reduction
// after it on the same stream, then the partials freed.
// HOST-LABEL: llvm.func @ln_f32_4096
// HOST:         llvm.call @mgpuMemAlloc
// HOST:         llvm.call @mgpuMemAlloc
// HOST:         gpu.launch_func <%{{.*}} : !llvm.ptr> @norm_layer_norm_grad_f32_v4_block::@norm_layer_norm_grad_f32_v4_block
// HOST:         gpu.launch_func <%{{.*}} : !llvm.ptr> @norm_layer_norm_grad_f32_scalar_block::@norm_layer_norm_grad_f32_scalar_block
// HOST:         gpu.launch_func <%{{.*}} : !llvm.ptr> @norm_layer_norm_grad_partials_f32::@norm_layer_norm_grad_partials_f32
// HOST:         llvm.call @mgpuMemFree
// HOST:         llvm.call @mgpuMemFree
// HOST:         llvm.return
// HOST-LABEL: llvm.func @rms_4097

func.func @ln_f32_4096(%dy: tensor<?x4096xf32>, %x: tensor<?x4096xf32>, %g: tensor<4096xf32>,
    %dx: tensor<?x4096xf32> {bufferization.writable = true}, %dg: tensor<4096xf32> {bufferization.writable = true}, %db: tensor<4096xf32> {bufferization.writable = true})
    -> (tensor<?x4096xf32>, tensor<4096xf32>, tensor<4096xf32>) {
  %0:3 = norm.layer_norm_grad %dy, %x : tensor<?x4096xf32>, tensor<?x4096xf32> scale(%g : tensor<4096xf32>) outs(%dx, %dg, %db : tensor<?x4096xf32>, tensor<4096xf32>, tensor<4096xf32>)
  return %0#0, %0#1, %0#2 : tensor<?x4096xf32>, tensor<4096xf32>, tensor<4096xf32>
}
func.func @ln_bf16_4096_saved(%dy: tensor<?x4096xbf16>, %x: tensor<?x4096xbf16>, %g: tensor<4096xbf16>, %mean: tensor<?x1xf32>, %rstd: tensor<?x1xf32>,
    %dx: tensor<?x4096xbf16> {bufferization.writable = true}, %dg: tensor<4096xf32> {bufferization.writable = true}, %db: tensor<4096xf32> {bufferization.writable = true})
    -> (tensor<?x4096xbf16>, tensor<4096xf32>, tensor<4096xf32>) {
  %0:3 = norm.layer_norm_grad %dy, %x : tensor<?x4096xbf16>, tensor<?x4096xbf16> scale(%g : tensor<4096xbf16>) mean(%mean : tensor<?x1xf32>) rstd(%rstd : tensor<?x1xf32>) outs(%dx, %dg, %db : tensor<?x4096xbf16>, tensor<4096xf32>, tensor<4096xf32>)
  return %0#0, %0#1, %0#2 : tensor<?x4096xbf16>, tensor<4096xf32>, tensor<4096xf32>
}
func.func @rms_f16_768(%dy: tensor<?x768xf16>, %x: tensor<?x768xf16>, %g: tensor<768xf16>,
    %dx: tensor<?x768xf16> {bufferization.writable = true}, %dg: tensor<768xf16> {bufferization.writable = true})
    -> (tensor<?x768xf16>, tensor<768xf16>) {
  %0:2 = norm.rms_norm_grad %dy, %x : tensor<?x768xf16>, tensor<?x768xf16> scale(%g : tensor<768xf16>) outs(%dx, %dg : tensor<?x768xf16>, tensor<768xf16>) {offset = 1.0 : f64}
  return %0#0, %0#1 : tensor<?x768xf16>, tensor<768xf16>
}
func.func @add_ln_bf16_8192(%dy: tensor<?x8192xbf16>, %h: tensor<?x8192xbf16>, %rg: tensor<?x8192xbf16>, %g: tensor<8192xbf16>,
    %dx: tensor<?x8192xbf16> {bufferization.writable = true}, %dr: tensor<?x8192xbf16> {bufferization.writable = true},
    %dg: tensor<8192xbf16> {bufferization.writable = true}, %db: tensor<8192xbf16> {bufferization.writable = true})
    -> (tensor<?x8192xbf16>, tensor<?x8192xbf16>, tensor<8192xbf16>, tensor<8192xbf16>) {
  %0:4 = norm.add_layer_norm_grad %dy, %h : tensor<?x8192xbf16>, tensor<?x8192xbf16> residual_grad(%rg : tensor<?x8192xbf16>) scale(%g : tensor<8192xbf16>) outs(%dx, %dr, %dg, %db : tensor<?x8192xbf16>, tensor<?x8192xbf16>, tensor<8192xbf16>, tensor<8192xbf16>) {alpha = 2.0 : f64}
  return %0#0, %0#1, %0#2, %0#3 : tensor<?x8192xbf16>, tensor<?x8192xbf16>, tensor<8192xbf16>, tensor<8192xbf16>
}
func.func @add_rms_f32_256_saved(%dy: tensor<?x256xf32>, %h: tensor<?x256xf32>, %g: tensor<256xf32>, %rstd: tensor<?x1xf32>,
    %dx: tensor<?x256xf32> {bufferization.writable = true}, %dr: tensor<?x256xf32> {bufferization.writable = true}, %dg: tensor<256xf32> {bufferization.writable = true})
    -> (tensor<?x256xf32>, tensor<?x256xf32>, tensor<256xf32>) {
  %0:3 = norm.add_rms_norm_grad %dy, %h : tensor<?x256xf32>, tensor<?x256xf32> scale(%g : tensor<256xf32>) rstd(%rstd : tensor<?x1xf32>) outs(%dx, %dr, %dg : tensor<?x256xf32>, tensor<?x256xf32>, tensor<256xf32>)
  return %0#0, %0#1, %0#2 : tensor<?x256xf32>, tensor<?x256xf32>, tensor<256xf32>
}
func.func @ln_dyn(%dy: tensor<?x?xbf16>, %x: tensor<?x?xbf16>, %g: tensor<?xbf16>,
    %dx: tensor<?x?xbf16> {bufferization.writable = true}, %dg: tensor<?xbf16> {bufferization.writable = true}, %db: tensor<?xbf16> {bufferization.writable = true})
    -> (tensor<?x?xbf16>, tensor<?xbf16>, tensor<?xbf16>) {
  %0:3 = norm.layer_norm_grad %dy, %x : tensor<?x?xbf16>, tensor<?x?xbf16> scale(%g : tensor<?xbf16>) outs(%dx, %dg, %db : tensor<?x?xbf16>, tensor<?xbf16>, tensor<?xbf16>)
  return %0#0, %0#1, %0#2 : tensor<?x?xbf16>, tensor<?xbf16>, tensor<?xbf16>
}
func.func @rms_4097(%dy: tensor<?x4097xf32>, %x: tensor<?x4097xf32>,
    %dx: tensor<?x4097xf32> {bufferization.writable = true}) -> tensor<?x4097xf32> {
  %0 = norm.rms_norm_grad %dy, %x : tensor<?x4097xf32>, tensor<?x4097xf32> outs(%dx : tensor<?x4097xf32>)
  return %0 : tensor<?x4097xf32>
}
