// RUN: norm-opt %s --convert-norm-to-cpu="vector-width=16 unroll=4 outline=false" --canonicalize --split-input-file | FileCheck %s

// LayerNorm: the shift K is the row's first element; one pass sums d and
// d^2 with d = x - K; only when K is far from the mean ((mean - K)^2 >
// 16 var) does a second, corrected pass run over the cached row; the output
// pass computes fma(x - K, rstd, -(mean - K) * rstd), then * gamma + beta.
// Several trailing dims are collapsed to one row.
// CHECK-LABEL: func @two_axes
// CHECK: %[[X2:.*]] = memref.collapse_shape %{{.*}} {{\[\[}}0], [1, 2]] : memref<2x16x64xbf16> into memref<2x1024xbf16>
// CHECK: %[[G1:.*]] = memref.collapse_shape %{{.*}} {{\[\[}}0, 1]] : memref<16x64xf32> into memref<1024xf32>
// CHECK: scf.forall
// CHECK: %[[K:.*]] = memref.load %{{.*}}[%c0] : memref<1024xbf16, strided<[1], offset: ?>>
// CHECK: %[[KF:.*]] = arith.extf %[[K]] : bf16 to f32
// CHECK: %[[KV:.*]] = vector.broadcast %[[KF]] : f32 to vector<64xf32>
// CHECK: scf.for {{.*}} -> (vector<64xf32>, vector<64xf32>)
// CHECK:   arith.extf %{{.*}} : vector<64xbf16> to vector<64xf32>
// CHECK:   arith.subf %{{.*}}, %[[KV]] : vector<64xf32>
// CHECK: %[[FAR:.*]] = arith.cmpf ogt
// CHECK: scf.if %[[FAR]] -> (f32, f32)
// CHECK:   scf.for {{.*}} -> (vector<64xf32>, vector<64xf32>)
// CHECK: arith.maximumf
// CHECK: %[[RSTD:.*]] = math.rsqrt
// CHECK: %[[RSTDV:.*]] = vector.broadcast %[[RSTD]]
// CHECK: %[[SCALED:.*]] = arith.mulf %{{.*}}, %[[RSTD]] : f32
// CHECK: %[[NEG:.*]] = arith.negf %[[SCALED]] : f32
// CHECK: %[[CENTER:.*]] = vector.broadcast %[[NEG]]
// CHECK: scf.for %{{.*}} = %c0 to %c1024 step %c64 {
// CHECK:   %[[D:.*]] = arith.subf %{{.*}}, %[[KV]] : vector<64xf32>
// CHECK:   %[[N:.*]] = vector.fma %[[D]], %[[RSTDV]], %[[CENTER]] : vector<64xf32>
// CHECK:   %[[G:.*]] = vector.transfer_read %[[G1]]
// CHECK:   %[[B:.*]] = vector.transfer_read
// CHECK:   %[[Y:.*]] = vector.fma %[[N]], %[[G]], %[[B]] : vector<64xf32>
// CHECK:   arith.truncf %[[Y]] : vector<64xf32> to vector<64xbf16>
func.func @two_axes(%x: memref<2x16x64xbf16>, %g: memref<16x64xf32>, %b: memref<16x64xf32>, %y: memref<2x16x64xbf16>) {
  norm.layer_norm %x : memref<2x16x64xbf16> scale(%g : memref<16x64xf32>) bias(%b : memref<16x64xf32>) outs(%y : memref<2x16x64xbf16>) {axis = 1 : i64}
  return
}

// -----

// 16-bit partial chunks move element by element (a masked bf16 vector load
// would need a compiler-rt helper on x86); 32-bit ones are masked vector
// ops. A partial chunk is one hardware vector (16 lanes), whatever unroll.
// CHECK-LABEL: func @bf16_tail
// CHECK: scf.for {{.*}} -> (vector<16xf32>)
// CHECK:   memref.load %{{.*}} : memref<7xbf16, strided<[1], offset: ?>>
// CHECK:   vector.insert
// CHECK-NOT: vector.transfer_read {{.*}} memref<7xbf16, strided<[1], offset: ?>>, vector<64xbf16>
// CHECK-NOT: vector.transfer_write
// CHECK: memref.store
func.func @bf16_tail(%x: memref<5x7xbf16>, %y: memref<5x7xbf16>) {
  norm.layer_norm %x : memref<5x7xbf16> outs(%y : memref<5x7xbf16>)
  return
}

// -----

// Dynamic shapes: run-time checks first, then the same kernel.
// CHECK-LABEL: func @dynamic
// CHECK: cf.assert %{{.*}}, "norm.layer_norm: y does not match the input at run time (dimension 0)"
// CHECK: cf.assert %{{.*}}, "norm.layer_norm: the reduced size N is 0 at run time"
// CHECK: scf.forall (%{{.*}}) in (%{{.*}})
func.func @dynamic(%x: memref<?x?xf32>, %y: memref<?x?xf32>) {
  norm.layer_norm %x : memref<?x?xf32> outs(%y : memref<?x?xf32>)
  return
}

// -----

// Tensors are left for --convert-norm-to-linalg (or bufferization first).
// CHECK-LABEL: func @tensor
// CHECK-NOT: scf.forall
// CHECK: norm.layer_norm
func.func @tensor(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %r = norm.layer_norm %x : tensor<4x8xf32> outs(%x : tensor<4x8xf32>)
  return %r : tensor<4x8xf32>
}
