// RUN: norm-opt %s --convert-norm-to-cpu="vector-width=8 unroll=2 streaming-threshold=-1 outline=false" --canonicalize --split-input-file | FileCheck %s

// Inference BatchNorm, NCHW: the per-channel factors are computed once
// (mean, rsqrt(var + eps) * scale, bias into f32 buffers, vectorized over
// the channels), then x is one row per (batch, channel) plane; row r takes
// channel r mod C, its three values broadcast, and each chunk is one
// subtraction and one FMA. No scalar loop over the aligned plane.
// (Streaming stores of large outputs: streaming.mlir.)
// CHECK-LABEL: func @nchw
// CHECK-DAG: %[[C3:.*]] = arith.constant 3 : index
// CHECK: %[[X:.*]] = memref.collapse_shape %{{.*}} {{\[}}[0, 1], [2, 3]] : memref<2x3x4x8xf32> into memref<6x32xf32>
// CHECK: %[[Y:.*]] = memref.collapse_shape %{{.*}} {{\[}}[0, 1], [2, 3]] : memref<2x3x4x8xf32> into memref<6x32xf32>
// CHECK: %[[MEAN:.*]] = memref.alloc() {alignment = 64 : i64} : memref<3xf32>
// CHECK: %[[A:.*]] = memref.alloc() {alignment = 64 : i64} : memref<3xf32>
// CHECK: %[[B:.*]] = memref.alloc() {alignment = 64 : i64} : memref<3xf32>
// CHECK: math.rsqrt %{{.*}} : vector<8xf32>
// CHECK: arith.mulf %{{.*}} : vector<8xf32>
// CHECK: scf.forall (%[[ROW:.*]]) in (6)
// CHECK:   %[[CH:.*]] = arith.remui %[[ROW]], %[[C3]]
// CHECK:   memref.load %[[MEAN]][%[[CH]]]
// CHECK:   memref.load %[[A]][%[[CH]]]
// CHECK:   memref.load %[[B]][%[[CH]]]
// CHECK:   scf.for
// CHECK:     vector.transfer_read {{.*}} {in_bounds = [true]} {{.*}}, vector<16xf32>
// CHECK:     arith.subf {{.*}} : vector<16xf32>
// CHECK:     vector.fma {{.*}} : vector<16xf32>
// CHECK:     vector.transfer_write {{.*}} {in_bounds = [true]} : vector<16xf32>
// CHECK-NOT: memref.load
// CHECK:   }
// CHECK: memref.dealloc %[[MEAN]]
func.func @nchw(%x: memref<2x3x4x8xf32>, %g: memref<3xf32>, %b: memref<3xf32>, %m: memref<3xf32>, %v: memref<3xf32>, %y: memref<2x3x4x8xf32>) {
  norm.batch_norm %x : memref<2x3x4x8xf32> scale(%g : memref<3xf32>) bias(%b : memref<3xf32>) running(%m, %v : memref<3xf32>, memref<3xf32>) outs(%y : memref<2x3x4x8xf32>)
  return
}

// -----

// Channels-last (NHWC): rows are positions, and each chunk reads its
// channels' factors as vectors (bf16 data widened to f32); no bias, so a
// multiplication instead of the FMA. Running statistics in bf16 are
// widened into the f32 buffers (64 copies: the 32 positions are fewer
// than one group of 4 KiB, so all run in the rows after the groups).
// CHECK-LABEL: func @nhwc
// CHECK: memref.collapse_shape %{{.*}} {{\[}}[0, 1, 2], [3]] : memref<2x4x4x32xbf16> into memref<32x32xbf16>
// CHECK: arith.extf %{{.*}} : vector<16xbf16> to vector<16xf32>
// CHECK: scf.forall
// CHECK-NOT: arith.remui
// CHECK:   vector.transfer_read %{{.*}} : memref<32xbf16, strided<[1], offset: ?>>, vector<16xbf16>
// CHECK:   vector.transfer_read %{{.*}} : memref<2048xf32>, vector<16xf32>
// CHECK:   arith.subf {{.*}} : vector<16xf32>
// CHECK:   vector.transfer_read %{{.*}} : memref<2048xf32>, vector<16xf32>
// CHECK:   arith.mulf {{.*}} : vector<16xf32>
// CHECK:   arith.truncf {{.*}} : vector<16xf32> to vector<16xbf16>
func.func @nhwc(%x: memref<2x4x4x32xbf16>, %m: memref<32xbf16>, %v: memref<32xbf16>, %y: memref<2x4x4x32xbf16>) {
  norm.batch_norm %x : memref<2x4x4x32xbf16> running(%m, %v : memref<32xbf16>, memref<32xbf16>) outs(%y : memref<2x4x4x32xbf16>) {channel_axis = 3 : i64}
  return
}

// -----

// Channels-last rows shorter than 4 KiB are grouped: with a static C, here
// 4 positions of 256 f32 channels per kernel row of 1024 (the factor
// buffers hold 4 copies), then the positions after the last whole group
// as rows of 256.
// CHECK-LABEL: func @nhwc_grouped
// CHECK: %[[MEAN:.*]] = memref.alloc() {alignment = 64 : i64} : memref<1024xf32>
// CHECK: scf.for %{{.*}} = %c0 to %c1024 step %c256
// CHECK:   memref.subview %[[MEAN]][%{{.*}}] [256] [1]
// CHECK: %[[GROUPS:.*]] = arith.divui %{{.*}}, %c4
// CHECK: memref.expand_shape %{{.*}} {{\[}}[0, 1], [2]] output_shape [%[[GROUPS]], 4, 256] : memref<?x256xf32, strided<[256, 1]>> into memref<?x4x256xf32, strided<[1024, 256, 1]>>
// CHECK: memref.collapse_shape %{{.*}} {{\[}}[0], [1, 2]] : memref<?x4x256xf32, strided<[1024, 256, 1]>> into memref<?x1024xf32, strided<[1024, 1]>>
// CHECK: scf.forall (%{{.*}}) in (%[[GROUPS]])
// CHECK:   vector.transfer_read %[[MEAN]]
// CHECK: scf.forall
// CHECK: memref.dealloc %[[MEAN]]
func.func @nhwc_grouped(%x: memref<?x7x7x256xf32>, %m: memref<256xf32>, %v: memref<256xf32>, %y: memref<?x7x7x256xf32>) {
  norm.batch_norm %x : memref<?x7x7x256xf32> running(%m, %v : memref<256xf32>, memref<256xf32>) outs(%y : memref<?x7x7x256xf32>) {channel_axis = 3 : i64}
  return
}

// -----

// With a dynamic C the group is decided at run time: max(1, 1024 / C)
// positions of C f32 channels (the divisor kept at least 1 for C = 0),
// factor buffers of that many copies, x and y viewed as rows of group * C,
// then the positions after the last whole group.
// CHECK-LABEL: func @nhwc_grouped_dynamic
// CHECK: %[[C:.*]] = memref.dim %{{.*}}, %c1 : memref<?x?xf32>
// CHECK: %[[NONZERO:.*]] = arith.maxui %[[C]], %c1
// CHECK: %[[FIT:.*]] = arith.divui %c1024, %[[NONZERO]]
// CHECK: %[[GROUP:.*]] = arith.maxui %[[FIT]], %c1
// CHECK: %[[SIZE:.*]] = arith.muli %{{.*}}, %[[GROUP]]
// CHECK: %[[MEAN:.*]] = memref.alloc(%[[SIZE]]) {alignment = 64 : i64} : memref<?xf32>
// CHECK: scf.for %{{.*}} = %c0 to %{{.*}} step %{{.*}} {
// CHECK:   memref.subview %[[MEAN]][%{{.*}}] [%{{.*}}] [1]
// CHECK: %[[GROUPS:.*]] = arith.divui %{{.*}}, %[[GROUP]]
// CHECK: %[[LEN:.*]] = arith.muli %[[GROUP]], %[[C]]
// CHECK: memref.reinterpret_cast %{{.*}} to offset: [0], sizes: [%[[GROUPS]], %[[LEN]]], strides: [%[[LEN]], 1] : memref<?x?xf32> to memref<?x?xf32, strided<[?, 1]>>
// CHECK: scf.forall (%{{.*}}) in (%[[GROUPS]])
// CHECK:   vector.transfer_read %[[MEAN]]
// CHECK: scf.forall
// CHECK: memref.dealloc %[[MEAN]]
func.func @nhwc_grouped_dynamic(%x: memref<?x?x?x?xf32>, %m: memref<?xf32>, %v: memref<?xf32>, %y: memref<?x?x?x?xf32>) {
  norm.batch_norm %x : memref<?x?x?x?xf32> running(%m, %v : memref<?xf32>, memref<?xf32>) outs(%y : memref<?x?x?x?xf32>) {channel_axis = 3 : i64}
  return
}

// -----

// NCHW with static 1x1 planes runs as channels-last: (N, C) rows of C.
// CHECK-LABEL: func @planes_1x1
// CHECK: memref.collapse_shape %{{.*}} {{\[}}[0], [1, 2, 3]] : memref<8x64x1x1xf32> into memref<8x64xf32>
// CHECK: scf.forall
// CHECK-NOT: arith.remui
func.func @planes_1x1(%x: memref<8x64x1x1xf32>, %m: memref<64xf32>, %v: memref<64xf32>, %y: memref<8x64x1x1xf32>) {
  norm.batch_norm %x : memref<8x64x1x1xf32> running(%m, %v : memref<64xf32>, memref<64xf32>) outs(%y : memref<8x64x1x1xf32>)
  return
}

// -----

// Dynamic sizes: run-time checks of y against x and of each per-channel
// operand against x's channel dim.
// CHECK-LABEL: func @dynamic
// CHECK: cf.assert %{{.*}}, "norm.batch_norm: y does not match the input at run time (dimension 0)"
// CHECK: cf.assert %{{.*}}, "norm.batch_norm: running_mean does not match the channel size at run time"
// CHECK: cf.assert %{{.*}}, "norm.batch_norm: running_var does not match the channel size at run time"
// CHECK: cf.assert %{{.*}}, "norm.batch_norm: scale does not match the channel size at run time"
// CHECK: scf.forall
func.func @dynamic(%x: memref<?x?x?xf16>, %g: memref<?xf32>, %m: memref<?xf32>, %v: memref<?xf32>, %y: memref<?x?x?xf16>) {
  norm.batch_norm %x : memref<?x?x?xf16> scale(%g : memref<?xf32>) running(%m, %v : memref<?xf32>, memref<?xf32>) outs(%y : memref<?x?x?xf16>)
  return
}

// -----

// A strided input (every other element of each plane) is copied to a
// contiguous buffer first; one that only skips planes is read in place.
// CHECK-LABEL: func @strided
// CHECK: %[[C:.*]] = memref.alloc() {alignment = 64 : i64} : memref<2x3x16xf32>
// CHECK: linalg.copy
// CHECK: scf.forall
// CHECK: memref.dealloc %[[C]]
// CHECK-LABEL: func @every_other_plane
// CHECK-NOT: linalg.copy
// CHECK: memref.collapse_shape %{{.*}} : memref<2x3x16xf32, strided<[96, 32, 1]>> into memref<6x16xf32, strided<[32, 1]>>
// CHECK: scf.forall
func.func @strided(%x: memref<2x3x32xf32>, %m: memref<3xf32>, %v: memref<3xf32>, %y: memref<2x3x16xf32>) {
  %s = memref.subview %x[0, 0, 0] [2, 3, 16] [1, 1, 2] : memref<2x3x32xf32> to memref<2x3x16xf32, strided<[96, 32, 2]>>
  norm.batch_norm %s : memref<2x3x16xf32, strided<[96, 32, 2]>> running(%m, %v : memref<3xf32>, memref<3xf32>) outs(%y : memref<2x3x16xf32>)
  return
}
func.func @every_other_plane(%x: memref<2x6x16xf32>, %m: memref<3xf32>, %v: memref<3xf32>, %y: memref<2x3x16xf32>) {
  %s = memref.subview %x[0, 0, 0] [2, 3, 16] [1, 2, 1] : memref<2x6x16xf32> to memref<2x3x16xf32, strided<[96, 32, 1]>>
  norm.batch_norm %s : memref<2x3x16xf32, strided<[96, 32, 1]>> running(%m, %v : memref<3xf32>, memref<3xf32>) outs(%y : memref<2x3x16xf32>)
  return
}

// -----

// Training form: each channel's shift K (its first element) into a
// buffer, then per plane the mean of x - K and the sum of squared
// deviations from it (two passes over the plane, in parallel over planes),
// then per chunk of channels the combination over the planes (weighted
// means, then deviations plus count times squared distances), the
// statistics results and running updates (ONNX momentum), and y by the
// inference kernel on the batch statistics, whose mean's rounding error is
// folded into the bias.
// CHECK-LABEL: func @training
// CHECK: %[[PMEAN:.*]] = memref.alloc() {alignment = 64 : i64} : memref<8xf32>
// CHECK: %[[PM2:.*]] = memref.alloc() {alignment = 64 : i64} : memref<8xf32>
// CHECK: %[[SHIFT:.*]] = memref.alloc() {alignment = 64 : i64} : memref<4xf32>
// CHECK: scf.for %[[CH:.*]] = %c0 to %c4 step %c1 {
// CHECK:   %[[K:.*]] = memref.load %{{.*}}[%[[CH]], %c0] : memref<8x3xf32>
// CHECK:   memref.store %[[K]], %[[SHIFT]][%[[CH]]]
// CHECK: scf.forall (%[[PLANE:.*]]) in (8) {
// CHECK:   %[[C:.*]] = arith.remui %[[PLANE]], %c4
// CHECK:   memref.load %[[SHIFT]][%[[C]]]
// CHECK:   arith.subf
// CHECK:   vector.reduction <add>
// CHECK:   %[[PARTMEAN:.*]] = arith.divf
// CHECK:   memref.store %[[PARTMEAN]], %[[PMEAN]][%[[PLANE]]]
// CHECK:   arith.subf
// CHECK:   arith.subf
// CHECK:   arith.mulf
// CHECK:   %[[PARTM2:.*]] = vector.reduction <add>
// CHECK:   memref.store %[[PARTM2]], %[[PM2]][%[[PLANE]]]
// CHECK: %[[MSUM:.*]] = scf.for %{{.*}} = %c0 to %c2 step %c1
// CHECK:   vector.fma
// CHECK: %[[OFFSET:.*]] = arith.divf %[[MSUM]]
// CHECK: %[[M2:.*]] = scf.for %{{.*}} = %c0 to %c2 step %c1
// CHECK: %[[VAR:.*]] = arith.divf %[[M2]]
// CHECK: %[[KS:.*]] = vector.transfer_read %[[SHIFT]]
// CHECK: %[[MEAN:.*]] = arith.addf %[[KS]], %[[OFFSET]]
// CHECK: vector.transfer_write %[[MEAN]], %arg4
// CHECK: vector.transfer_write %[[VAR]], %arg5
// CHECK: vector.transfer_write %{{.*}}, %arg6
// CHECK: vector.transfer_write %{{.*}}, %arg7
// CHECK: math.rsqrt
// CHECK: arith.negf
// CHECK: scf.forall
// CHECK:   vector.fma
// CHECK-NOT: norm.batch_norm
func.func @training(%x: memref<2x4x3xf32>, %c: memref<4xf32>, %s: memref<4xf32>, %y: memref<2x4x3xf32>, %bm: memref<4xf32>, %bv: memref<4xf32>, %rm: memref<4xf32>, %rv: memref<4xf32>) {
  norm.batch_norm %x : memref<2x4x3xf32> running(%c, %s : memref<4xf32>, memref<4xf32>) outs(%y, %bm, %bv, %rm, %rv : memref<2x4x3xf32>, memref<4xf32>, memref<4xf32>, memref<4xf32>, memref<4xf32>) {training}
  return
}

// -----

// 1-D inputs are left for --convert-norm-to-linalg.
// CHECK-LABEL: func @left_alone
// CHECK-NOT: scf.forall
// CHECK: norm.batch_norm {{.*}} {channel_axis = 0 : i64}
func.func @left_alone(%c: memref<4xf32>, %s: memref<4xf32>) {
  norm.batch_norm %c : memref<4xf32> running(%s, %s : memref<4xf32>, memref<4xf32>) outs(%c : memref<4xf32>) {channel_axis = 0 : i64}
  return
}
