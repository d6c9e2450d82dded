// RUN: norm-opt %s --convert-norm-to-cpu="vector-width=16 unroll=4" --canonicalize --split-input-file | FileCheck %s

// Fused add + RMSNorm: pass 1 computes h = alpha * r + x (+ bias) and writes
// it to the h output; the statistics and y passes read h back from cache.
// Here h is x's buffer (bufferization puts h over the dead sublayer output):
// each chunk of x is read before the same chunk of h is written.
// CHECK-LABEL: func @add_rms_in_place
// CHECK-SAME: (%[[X:.*]]: memref<4x1024xf32>, %[[R:.*]]: memref<4x1024xf32>, %[[G:.*]]: memref<1024xf32>, %[[Y:.*]]: memref<4x1024xf32>)
// CHECK: scf.forall (%[[ROW:.*]]) in (4) {
// CHECK-DAG: %[[XROW:.*]] = memref.subview %[[X]][%[[ROW]], 0]
// CHECK-DAG: %[[YROW:.*]] = memref.subview %[[Y]][%[[ROW]], 0]
// CHECK-DAG: %[[RROW:.*]] = memref.subview %[[R]][%[[ROW]], 0]
// CHECK: scf.for %[[J:.*]] = {{.*}} {
// CHECK:   %[[RV:.*]] = vector.transfer_read %[[RROW]][%[[J]]]
// CHECK:   %[[A:.*]] = arith.mulf %[[RV]], %{{.*}} : vector<64xf32>
// CHECK:   %[[XV:.*]] = vector.transfer_read %[[XROW]][%[[J]]]
// CHECK:   %[[S:.*]] = arith.addf %[[A]], %[[XV]] : vector<64xf32>
// CHECK:   vector.transfer_write %[[S]], %[[HROW:.*]][%[[J]]]
// CHECK: scf.for {{.*}} -> (vector<64xf32>)
// CHECK:   vector.transfer_read %[[HROW]]
// CHECK: scf.for
// CHECK:   vector.transfer_read %[[HROW]]
// CHECK:   vector.transfer_read %[[G]]
// CHECK:   vector.transfer_write %{{.*}}, %[[YROW]]
func.func @add_rms_in_place(%x: memref<4x1024xf32>, %r: memref<4x1024xf32>, %g: memref<1024xf32>, %y: memref<4x1024xf32>) {
  norm.add_rms_norm %x, %r : memref<4x1024xf32>, memref<4x1024xf32> scale(%g : memref<1024xf32>) outs(%y, %x : memref<4x1024xf32>, memref<4x1024xf32>) {alpha = 2.0 : f64}
  return
}

// -----

// DeepNorm is left for the linalg lowering here; --convert-norm-to-linalg
// (and so --norm-cpu-pipeline, before bufferization) turns it into the
// add_layer_norm it denotes.
// CHECK-LABEL: func @deep_norm
// CHECK-NOT: scf.forall
// CHECK: norm.deep_norm
func.func @deep_norm(%f: memref<4x1024xf32>, %x: memref<4x1024xf32>, %y: memref<4x1024xf32>) {
  norm.deep_norm %f, %x : memref<4x1024xf32>, memref<4x1024xf32> outs(%y : memref<4x1024xf32>) {arch = #norm.arch<decoder>, decoder_layers = 8}
  return
}
