// RUN: norm-opt %s --convert-norm-to-cpu="vector-width=16 unroll=4" --canonicalize --split-input-file | FileCheck %s

// Fused add + RMSNorm: pass 1 computes h = alpha * r + x (+ bias) and writes
// it to the h output; the statistics and y passes read h back from cache.
// Here h is initialized with x (the sublayer output, dead afterwards), so x
// is read from the h row being written: an in-place update, no copy.
// CHECK-LABEL: func @add_rms_in_place
// CHECK-SAME: (%[[X:.*]]: tensor<4x1024xf32>, %[[R:.*]]: tensor<4x1024xf32>, %{{.*}}: tensor<1024xf32>, %[[Y:.*]]: tensor<4x1024xf32>)
// CHECK: scf.forall (%[[ROW:.*]]) in (4) shared_outs(%[[YS:.*]] = %[[Y]], %[[HS:.*]] = %[[X]])
// CHECK: %[[RROW:.*]] = tensor.extract_slice %[[R]][%[[ROW]], 0]
// CHECK: %[[HROW:.*]] = tensor.extract_slice %[[HS]][%[[ROW]], 0]
// CHECK: %[[H:.*]] = scf.for %[[J:.*]] = {{.*}} iter_args(%[[HIT:.*]] = %[[HROW]]) -> (tensor<1024xf32>)
// CHECK:   %[[RV:.*]] = vector.transfer_read %[[RROW]][%[[J]]]
// CHECK:   %[[A:.*]] = arith.mulf %[[RV]], %{{.*}} : vector<64xf32>
// CHECK:   %[[XV:.*]] = vector.transfer_read %[[HIT]][%[[J]]]
// CHECK:   %[[S:.*]] = arith.addf %[[A]], %[[XV]] : vector<64xf32>
// CHECK:   vector.transfer_write %[[S]], %[[HIT]][%[[J]]]
// CHECK: scf.for {{.*}} -> (vector<64xf32>)
// CHECK:   vector.transfer_read %[[H]]
// CHECK: tensor.parallel_insert_slice %{{.*}} into %[[YS]]
// CHECK: tensor.parallel_insert_slice %[[H]] into %[[HS]]
func.func @add_rms_in_place(%x: tensor<4x1024xf32>, %r: tensor<4x1024xf32>, %g: tensor<1024xf32>, %y: tensor<4x1024xf32>) -> (tensor<4x1024xf32>, tensor<4x1024xf32>) {
  %o:2 = norm.add_rms_norm %x, %r : tensor<4x1024xf32>, tensor<4x1024xf32> scale(%g : tensor<1024xf32>) outs(%y, %x : tensor<4x1024xf32>, tensor<4x1024xf32>) {alpha = 2.0 : f64}
  return %o#0, %o#1 : tensor<4x1024xf32>, tensor<4x1024xf32>
}

// -----

// DeepNorm goes the same way with its alpha and a fresh h.
// CHECK-LABEL: func @deep_norm
// CHECK: %[[ALPHA:.*]] = arith.constant dense<2.000000e+00> : vector<64xf32>
// CHECK: scf.forall
// CHECK: arith.mulf %{{.*}}, %[[ALPHA]] : vector<64xf32>
func.func @deep_norm(%f: tensor<4x1024xf32>, %x: tensor<4x1024xf32>, %y: tensor<4x1024xf32>) -> tensor<4x1024xf32> {
  %o = norm.deep_norm %f, %x : tensor<4x1024xf32>, tensor<4x1024xf32> outs(%y : tensor<4x1024xf32>) {arch = #norm.arch<decoder>, decoder_layers = 8}
  return %o : tensor<4x1024xf32>
}
