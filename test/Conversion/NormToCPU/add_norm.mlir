// RUN: norm-opt %s --convert-norm-to-cpu="vector-width=16 unroll=4 outline=false" --canonicalize --split-input-file | FileCheck %s

// Fused add + RMSNorm: pass 1 computes h = alpha * r + x (+ bias), writes
// it to the h output and sums h^2; the y pass reads h back from cache.
// Here h is x's buffer (bufferization puts h over the dead sublayer output):
// each chunk of x is read before the same chunk of h is written.
// CHECK-LABEL: func @add_rms_in_place
// CHECK-SAME: (%[[X:.*]]: memref<4x1024xf32>, %[[R:.*]]: memref<4x1024xf32>, %[[G:.*]]: memref<1024xf32>, %[[Y:.*]]: memref<4x1024xf32>)
// CHECK: scf.forall (%[[ROW:.*]]) in (4) {
// CHECK-DAG: %[[XROW:.*]] = memref.subview %[[X]][%[[ROW]], 0]
// CHECK-DAG: %[[YROW:.*]] = memref.subview %[[Y]][%[[ROW]], 0]
// CHECK-DAG: %[[RROW:.*]] = memref.subview %[[R]][%[[ROW]], 0]
// CHECK: %[[SUMS:.*]] = scf.for %[[J:.*]] = {{.*}} iter_args(%[[ACC:.*]] = %{{.*}}) -> (vector<64xf32>) {
// CHECK:   %[[RV:.*]] = vector.transfer_read %[[RROW]][%[[J]]]
// CHECK:   %[[A:.*]] = arith.mulf %[[RV]], %{{.*}} : vector<64xf32>
// CHECK:   %[[XV:.*]] = vector.transfer_read %[[XROW]][%[[J]]]
// CHECK:   %[[S:.*]] = arith.addf %[[A]], %[[XV]] : vector<64xf32>
// CHECK:   vector.transfer_write %[[S]], %[[HROW:.*]][%[[J]]]
// CHECK:   vector.fma %[[S]], %[[S]], %[[ACC]] : vector<64xf32>
// CHECK: vector.reduction <add>, %[[SUMS]]
// CHECK: math.rsqrt
// CHECK: scf.for
// CHECK:   vector.transfer_read %[[HROW]]
// CHECK:   vector.transfer_read %[[G]]
// CHECK:   vector.transfer_write %{{.*}}, %[[YROW]]
func.func @add_rms_in_place(%x: memref<4x1024xf32>, %r: memref<4x1024xf32>, %g: memref<1024xf32>, %y: memref<4x1024xf32>) {
  norm.add_rms_norm %x, %r : memref<4x1024xf32>, memref<4x1024xf32> scale(%g : memref<1024xf32>) outs(%y, %x : memref<4x1024xf32>, memref<4x1024xf32>) {alpha = 2.0 : f64}
  return
}

// -----

// Fused add + LayerNorm: K is h's first element, so the first single-vector
// chunk of h is computed and written first; its lane 0 is K, its lanes are
// summed (masked to the chunk), and the pass over the rest of the row writes
// h and sums d = h - K and d^2. bf16 h: the sums see h as stored (rounded
// to bf16).
// CHECK-LABEL: func @add_layer_bf16
// CHECK: scf.forall
// CHECK:   %[[H0:.*]] = arith.addf {{.*}} : vector<16xf32>
// CHECK:   %[[H0B:.*]] = arith.truncf %[[H0]] : vector<16xf32> to vector<16xbf16>
// CHECK:   vector.transfer_write %[[H0B]]
// CHECK:   %[[H0R:.*]] = arith.extf %{{.*}} : vector<16xbf16> to vector<16xf32>
// CHECK:   %[[FIRST:.*]] = vector.insert_strided_slice %[[H0R]]
// CHECK:   %[[K:.*]] = vector.extract %[[H0R]][0] : f32 from vector<16xf32>
// CHECK:   %[[KV:.*]] = vector.broadcast %[[K]] : f32 to vector<64xf32>
// CHECK:   %[[M:.*]] = vector.constant_mask [16] : vector<64xi1>
// CHECK:   %[[D0:.*]] = arith.subf %[[FIRST]], %[[KV]]
// CHECK:   arith.select %[[M]], %[[D0]]
// CHECK:   scf.for %{{.*}} = %c16 to %c1040 step %c64 iter_args({{.*}}) -> (vector<64xf32>, vector<64xf32>)
// CHECK:     arith.truncf %{{.*}} : vector<64xf32> to vector<64xbf16>
// CHECK:     vector.transfer_write
// CHECK:     arith.subf %{{.*}}, %[[KV]] : vector<64xf32>
// CHECK:   math.rsqrt
func.func @add_layer_bf16(%x: memref<4x1040xbf16>, %r: memref<4x1040xbf16>, %y: memref<4x1040xbf16>, %h: memref<4x1040xbf16>) {
  norm.add_layer_norm %x, %r : memref<4x1040xbf16>, memref<4x1040xbf16> outs(%y, %h : memref<4x1040xbf16>, memref<4x1040xbf16>)
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
