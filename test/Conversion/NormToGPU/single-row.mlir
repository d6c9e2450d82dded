// RUN: norm-opt %s --convert-norm-to-gpu --split-input-file | FileCheck %s

// A norm over every dim of its input (no row dim) is one row: its operands
// are viewed as 1 x N and the row kernels launch one row (before, the GPU
// pipeline sent it to the linalg lowering, whose reductions stayed on the
// host and were refused as host accesses to device buffers).

// CHECK-LABEL: func.func @rank_one
// CHECK-SAME: (%[[X:.*]]: memref<?xf32>, %[[G:.*]]: memref<?xf32>, %[[Y:.*]]: memref<?xf32>)
// CHECK: cf.assert %{{.*}}, "norm.rms_norm: y does not match the input at run time (dimension 0)"
// CHECK: cf.assert %{{.*}}, "norm.rms_norm: scale does not match the normalized shape at run time (dimension 0)"
// CHECK-DAG: memref.expand_shape %[[X]] {{\[\[}}0, 1]] output_shape [1, %{{.*}}] : memref<?xf32> into memref<1x?xf32>
// CHECK-DAG: memref.expand_shape %[[Y]] {{\[\[}}0, 1]] output_shape [1, %{{.*}}] : memref<?xf32> into memref<1x?xf32>
// CHECK: gpu.launch
// CHECK-NOT: norm.rms_norm
func.func @rank_one(%x: memref<?xf32>, %g: memref<?xf32>, %y: memref<?xf32>) {
  norm.rms_norm %x : memref<?xf32> scale(%g : memref<?xf32>) outs(%y : memref<?xf32>) {axis = 0 : i64}
  return
}

// -----

// CHECK-LABEL: func.func @all_dims
// CHECK: memref.collapse_shape %{{.*}} {{\[\[}}0, 1]] : memref<4x64xf32> into memref<256xf32>
// CHECK: memref.expand_shape %{{.*}} {{\[\[}}0, 1]] output_shape [1, 256] : memref<256xf32> into memref<1x256xf32>
// CHECK: gpu.launch
// CHECK-NOT: norm.layer_norm
func.func @all_dims(%x: memref<4x64xf32>, %y: memref<4x64xf32>) {
  norm.layer_norm %x : memref<4x64xf32> outs(%y : memref<4x64xf32>) {axis = 0 : i64}
  return
}
