// RUN: norm-opt %s --convert-norm-to-gpu --split-input-file | FileCheck %s
// RUN: norm-opt %s --convert-norm-to-gpu="vector-bytes=0" --split-input-file | FileCheck %s --check-prefix=SCALAR
// RUN: norm-opt %s --convert-norm-to-gpu="chunks-per-thread=8 max-block-threads=1024" --split-input-file | FileCheck %s --check-prefix=OPTS

// A long f32 row: the host skips empty tensors, checks 16-byte alignment of
// every operand (pointer + offset, row stride) and picks the vector kernel
// (a block per row, 256 threads x 4 chunks of vector<4xf32> in registers)
// or the element-wise one.
// Sizes the verifier cannot compare are checked on the host first.
// CHECK-LABEL: func.func @layer_norm_4096
// CHECK:         %[[X0:.*]] = memref.dim %arg0, %{{.*}}
// CHECK:         %[[Y0:.*]] = memref.dim %arg3, %{{.*}}
// CHECK:         %[[SAME:.*]] = arith.cmpi eq, %[[X0]], %[[Y0]]
// CHECK:         cf.assert %[[SAME]], "norm.layer_norm: y does not match the input at run time (dimension 0)"
// CHECK:         %[[ROWS:.*]] = memref.dim %{{.*}}, %c0
// CHECK:         scf.if
// CHECK:           memref.extract_aligned_pointer_as_index
// CHECK:           arith.andi
// CHECK:           scf.if
// CHECK:             gpu.launch blocks({{.*}}) in ({{.*}} = %[[ROWS]], {{.*}}) threads({{.*}}) in (%{{.*}} = %c256{{.*}}) function(@norm_layer_norm_f32_v4_block) workgroup(%{{.*}} : memref<96xf32, #gpu.address_space<workgroup>>)
// CHECK-COUNT-4:       vector.load %{{.*}} {alignment = 16 : i64} : memref<?x4096xf32>, vector<4xf32>
// CHECK-COUNT-5:       gpu.shuffle  xor
// CHECK:               gpu.barrier
// The corrected two-pass statistics: m = sum / N, then the sums of
// d = x - m and of d^2, each reduced over the block.
// CHECK:               %[[M:.*]] = arith.divf %{{.*}}, %{{.*}} : f32
// CHECK:               %[[MV:.*]] = vector.broadcast %[[M]] : f32 to vector<4xf32>
// CHECK-COUNT-4:       arith.subf %{{.*}}, %[[MV]] : vector<4xf32>
// CHECK:               vector.reduction <add>
// CHECK:               %[[D:.*]] = arith.subf %{{.*}}, %[[MV]] : vector<4xf32>
// CHECK-NEXT:          arith.mulf %[[D]], %[[D]] : vector<4xf32>
// CHECK-COUNT-5:       gpu.shuffle  xor
// CHECK:               gpu.barrier
// CHECK-COUNT-5:       gpu.shuffle  xor
// CHECK:               gpu.barrier
// c = sum(d) / N; var = sum(d^2) / N - c^2; center = -c * rstd.
// CHECK:               %[[C:.*]] = arith.divf %{{.*}}, %{{.*}} : f32
// CHECK:               %[[Q:.*]] = arith.divf %{{.*}}, %{{.*}} : f32
// CHECK:               %[[C2:.*]] = arith.mulf %[[C]], %[[C]] : f32
// CHECK:               %[[VAR:.*]] = arith.subf %[[Q]], %[[C2]] : f32
// CHECK:               arith.maximumf %[[VAR]], %{{.*}} : f32
// CHECK:               llvm.call_intrinsic "llvm.nvvm.sqrt.rn.f"
// CHECK:               %[[RSTD:.*]] = arith.divf
// CHECK:               %[[CR:.*]] = arith.mulf %[[C]], %[[RSTD]] : f32
// CHECK:               %[[CENTER:.*]] = arith.negf %[[CR]] : f32
// CHECK:               %[[CV:.*]] = vector.broadcast %[[CENTER]] : f32 to vector<4xf32>
// CHECK:               %[[DM:.*]] = arith.subf %{{.*}}, %[[MV]] : vector<4xf32>
// CHECK:               %[[NORMED:.*]] = arith.mulf %[[DM]], %{{.*}} : vector<4xf32>
// CHECK:               arith.addf %[[NORMED]], %[[CV]] : vector<4xf32>
// CHECK:               vector.store %{{.*}} {alignment = 16 : i64} : memref<?x4096xf32>, vector<4xf32>
// CHECK:           } else {
// CHECK:             gpu.launch {{.*}} function(@norm_layer_norm_f32_scalar_block)
// CHECK-NOT:           vector.load
// CHECK:               memref.load %{{.*}} : memref<?x4096xf32>
// The block size: chunks / chunks-per-thread rounded up to a power of two
// (1024 chunks / 8: 128 threads), at most max-block-threads.
// OPTS-LABEL: func.func @layer_norm_4096
// OPTS:         gpu.launch {{.*}} threads({{.*}}) in (%{{.*}} = %c128, {{.*}} function(@norm_layer_norm_f32_v4_block)
// SCALAR-LABEL: func.func @layer_norm_4096
// SCALAR-NOT:   extract_aligned_pointer
// SCALAR-NOT:   vector.load
// SCALAR:       function(@norm_layer_norm_f32_scalar_block)
func.func @layer_norm_4096(%x: memref<?x4096xf32>, %g: memref<4096xf32>,
                           %b: memref<4096xf32>, %y: memref<?x4096xf32>) {
  norm.layer_norm %x : memref<?x4096xf32> scale(%g : memref<4096xf32>) bias(%b : memref<4096xf32>) outs(%y : memref<?x4096xf32>)
  return
}

// -----

// A row length that is not a multiple of the vector: element-wise only.
// CHECK-LABEL: func.func @rms_norm_4097
// CHECK-NOT:     vector.load
// CHECK:         gpu.launch {{.*}} function(@norm_rms_norm_f32_scalar_block)
// CHECK-NOT:     gpu.launch
func.func @rms_norm_4097(%x: memref<?x4097xf32>, %y: memref<?x4097xf32>) {
  norm.rms_norm %x : memref<?x4097xf32> outs(%y : memref<?x4097xf32>)
  return
}

// -----

// A short bf16 row: a warp per row (4 rows per block: block 32 x 4), sums
// by shuffles only (no shared memory, no barrier); rows beyond the tensor
// leave as whole warps. bf16 is widened to f32 and the output rounded back.
// CHECK-LABEL: func.func @add_rms_norm_768
// CHECK:         %[[GRID:.*]] = arith.ceildivui %{{.*}}, %c4
// CHECK:         gpu.launch blocks({{.*}}) in ({{.*}} = %[[GRID]], {{.*}}) threads({{.*}}) in (%{{.*}} = %c32, %{{.*}} = %c4, %{{.*}}) function(@norm_add_rms_norm_bf16_v8_warp) {
// CHECK:           arith.cmpi ult
// CHECK:           vector.load %{{.*}} {alignment = 16 : i64} : memref<?x768xbf16>, vector<8xbf16>
// CHECK:           arith.extf %{{.*}} : vector<8xbf16> to vector<8xf32>
// CHECK-NOT:       gpu.barrier
// CHECK:           arith.truncf %{{.*}} : vector<8xf32> to vector<8xbf16>
// CHECK:         function(@norm_add_rms_norm_bf16_scalar_block)
func.func @add_rms_norm_768(%x: memref<?x768xbf16>, %r: memref<?x768xbf16>,
                            %g: memref<768xbf16>, %y: memref<?x768xbf16>,
                            %h: memref<?x768xbf16>) {
  norm.add_rms_norm %x, %r : memref<?x768xbf16>, memref<?x768xbf16> scale(%g : memref<768xbf16>) outs(%y, %h : memref<?x768xbf16>, memref<?x768xbf16>)
  return
}

// -----

// Too long for registers (131072 f32): the row is streamed, each pass a
// loop over the thread's chunks with the block size (at most
// max-block-threads, 512 by default) as step.
// CHECK-LABEL: func.func @layer_norm_stream
// OPTS-LABEL:  func.func @layer_norm_stream
// OPTS:          gpu.launch {{.*}} threads({{.*}}) in (%{{.*}} = %c1024, {{.*}} function(@norm_layer_norm_f32_v4_stream)
// CHECK:         gpu.launch {{.*}} threads({{.*}}) in (%[[T:[^ ]*]] = %c512, {{.*}} function(@norm_layer_norm_f32_v4_stream)
// CHECK:           scf.for %{{.*}} = %{{.*}} to %{{.*}} step %[[T]]
// CHECK:           scf.for %{{.*}} = %{{.*}} to %{{.*}} step %[[T]]
// CHECK:           scf.for %{{.*}} = %{{.*}} to %{{.*}} step %[[T]]
func.func @layer_norm_stream(%x: memref<?x131072xf32>, %y: memref<?x131072xf32>) {
  norm.layer_norm %x : memref<?x131072xf32> outs(%y : memref<?x131072xf32>)
  return
}

// -----

// Several leading dims and several normalized dims collapse to a matrix;
// a dynamic row length picks the block size at run time (about 4 chunks
// per thread, a multiple of 32, at most max-block-threads).
// CHECK-LABEL: func.func @rms_norm_dynamic
// CHECK:         memref.collapse_shape %{{.*}} {{\[\[}}0, 1], [2, 3]] : memref<2x?x?x8xf32> into memref<?x?xf32>
// CHECK:         arith.minui %{{.*}}, %c512
// CHECK:         function(@norm_rms_norm_f32_v4_stream)
// CHECK:         function(@norm_rms_norm_f32_scalar_stream)
func.func @rms_norm_dynamic(%x: memref<2x?x?x8xf32>, %y: memref<2x?x?x8xf32>) {
  norm.rms_norm %x : memref<2x?x?x8xf32> outs(%y : memref<2x?x?x8xf32>) {axis = 2 : i64}
  return
}

// -----

// Sandwich-LN: the input's norm into h's buffer, then the fused kernel adds
// the residual to h in place and normalizes: two launches, no temporary.
// CHECK-LABEL: func.func @sandwich
// CHECK-NOT:     memref.alloc
// CHECK:         gpu.launch {{.*}} function(@norm_layer_norm_f32_v4_block)
// CHECK:           vector.load %arg0
// CHECK:           vector.store %{{.*}}, %arg4
// CHECK:         gpu.launch {{.*}} function(@norm_add_layer_norm_f32_v4_block)
// CHECK:           vector.load %arg4
// CHECK:           vector.load %arg1
// CHECK:           vector.store %{{.*}}, %arg4
// CHECK-NOT:     memref.alloc
func.func @sandwich(%f: memref<?x4096xf32>, %x: memref<?x4096xf32>, %g: memref<4096xf32>, %y: memref<?x4096xf32>, %h: memref<?x4096xf32>) {
  norm.sandwich_norm layer_norm %f, %x : memref<?x4096xf32>, memref<?x4096xf32> inner_scale(%g : memref<4096xf32>) outs(%y, %h : memref<?x4096xf32>, memref<?x4096xf32>)
  return
}

// -----

// Rows of a strided slice (a QKV projection's Q): vector loads only when
// the row stride keeps rows 16-byte aligned, checked at run time with the
// pointer and offset; a column-major view (inner stride 4) has no vector
// kernel at all.
// CHECK-LABEL: func.func @strided_rows
// CHECK:         %{{.*}}, %{{.*}}, %{{.*}}:2, %[[STRIDES:.*]]:2 = memref.extract_strided_metadata %arg0
// CHECK:         arith.muli %[[STRIDES]]#0, %c4
// CHECK:         function(@norm_rms_norm_f32_v4_warp)
// CHECK:         function(@norm_rms_norm_f32_scalar_warp)
// CHECK-LABEL: func.func @column_major
// CHECK-NOT:     vector.load
// CHECK:         function(@norm_rms_norm_f32_scalar_warp)
// CHECK-NOT:     gpu.launch
func.func @strided_rows(%q: memref<?x64xf32, strided<[192, 1], offset: ?>>, %y: memref<?x64xf32>) {
  norm.rms_norm %q : memref<?x64xf32, strided<[192, 1], offset: ?>> outs(%y : memref<?x64xf32>)
  return
}
func.func @column_major(%x: memref<4x64xf32, strided<[1, 4]>>, %y: memref<4x64xf32>) {
  norm.rms_norm %x : memref<4x64xf32, strided<[1, 4]>> outs(%y : memref<4x64xf32>)
  return
}
