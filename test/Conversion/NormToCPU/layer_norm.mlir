// RUN: norm-opt %s --convert-norm-to-cpu="vector-width=16 unroll=4" --canonicalize --split-input-file | FileCheck %s

// LayerNorm: the shift K is the row's first element; one pass sums d and
// d^2 with d = x - K; only when K is far from the mean ((mean - K)^2 >
// 16 var) does a second, corrected pass run over the cached row; the output
// pass computes ((x - K) - offset) * rstd * gamma + beta.
// Several trailing dims are collapsed to one row.
// CHECK-LABEL: func @two_axes
// CHECK: %[[X2:.*]] = tensor.collapse_shape %{{.*}} {{\[\[}}0], [1, 2]] : tensor<2x16x64xbf16> into tensor<2x1024xbf16>
// CHECK: %[[G1:.*]] = tensor.collapse_shape %{{.*}} {{\[\[}}0, 1]] : tensor<16x64xf32> into tensor<1024xf32>
// CHECK: scf.forall
// CHECK: %[[K:.*]] = tensor.extract %{{.*}}[%c0] : tensor<1024xbf16>
// CHECK: %[[KF:.*]] = arith.extf %[[K]] : bf16 to f32
// CHECK: %[[KV:.*]] = vector.broadcast %[[KF]] : f32 to vector<64xf32>
// CHECK: scf.for {{.*}} -> (vector<64xf32>, vector<64xf32>)
// CHECK:   arith.extf %{{.*}} : vector<64xbf16> to vector<64xf32>
// CHECK:   arith.subf %{{.*}}, %[[KV]] : vector<64xf32>
// CHECK: %[[FAR:.*]] = arith.cmpf ogt
// CHECK: scf.if %[[FAR]] -> (f32, f32)
// CHECK:   scf.for {{.*}} -> (vector<64xf32>, vector<64xf32>)
// CHECK: arith.maximumf
// CHECK: math.rsqrt
// CHECK: scf.for {{.*}} -> (tensor<1024xbf16>)
// CHECK:   arith.truncf %{{.*}} : vector<64xf32> to vector<64xbf16>
// CHECK: tensor.expand_shape %{{.*}} {{\[\[}}0], [1, 2]] output_shape [2, 16, 64] : tensor<2x1024xbf16> into tensor<2x16x64xbf16>
func.func @two_axes(%x: tensor<2x16x64xbf16>, %g: tensor<16x64xf32>, %b: tensor<16x64xf32>, %y: tensor<2x16x64xbf16>) -> tensor<2x16x64xbf16> {
  %r = norm.layer_norm %x : tensor<2x16x64xbf16> scale(%g : tensor<16x64xf32>) bias(%b : tensor<16x64xf32>) outs(%y : tensor<2x16x64xbf16>) {axis = 1 : i64}
  return %r : tensor<2x16x64xbf16>
}

// -----

// 16-bit tails move element by element (a masked bf16 vector load would
// need a compiler-rt helper on x86); 32-bit tails are masked vector ops.
// CHECK-LABEL: func @bf16_tail
// CHECK: scf.for {{.*}} -> (vector<64xf32>)
// CHECK:   tensor.extract %{{.*}} : tensor<7xbf16>
// CHECK:   vector.insert
// CHECK-NOT: vector.transfer_read {{.*}} tensor<7xbf16>, vector<64xbf16>
func.func @bf16_tail(%x: tensor<5x7xbf16>, %y: tensor<5x7xbf16>) -> tensor<5x7xbf16> {
  %r = norm.layer_norm %x : tensor<5x7xbf16> outs(%y : tensor<5x7xbf16>)
  return %r : tensor<5x7xbf16>
}

// -----

// Dynamic shapes: run-time checks first, then the same kernel.
// CHECK-LABEL: func @dynamic
// CHECK: cf.assert %{{.*}}, "norm.layer_norm: y does not match the input at run time (dimension 0)"
// CHECK: cf.assert %{{.*}}, "norm.layer_norm: the reduced size N is 0 at run time"
// CHECK: scf.forall (%{{.*}}) in (%{{.*}})
func.func @dynamic(%x: tensor<?x?xf32>, %y: tensor<?x?xf32>) -> tensor<?x?xf32> {
  %r = norm.layer_norm %x : tensor<?x?xf32> outs(%y : tensor<?x?xf32>)
  return %r : tensor<?x?xf32>
}
