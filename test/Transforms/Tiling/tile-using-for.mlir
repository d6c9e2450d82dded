// RUN: norm-opt %s --transform-interpreter --canonicalize --cse --split-input-file | FileCheck %s

// transform.structured.tile_using_for: the tiles in an scf.for nest, the
// results inserted into the loop-carried destinations.

// Rows of a 3-D LayerNorm normalized over its last dim: both row dims
// tile, the last stays whole; mean and rstd (shape 4x6x1) follow the rows.
// CHECK-LABEL: func @layer_norm_3d
// CHECK:       scf.for %[[I:.*]] = %c0 to %c4 step %c2 iter_args(%[[Y0:.*]] = %{{.*}}, %[[M0:.*]] = %{{.*}}, %[[R0:.*]] = %{{.*}})
// CHECK:         scf.for %[[J:.*]] = %c0 to %c6 step %c3 iter_args(%[[Y1:.*]] = %[[Y0]], %[[M1:.*]] = %[[M0]], %[[R1:.*]] = %[[R0]])
// CHECK:           %[[XS:.*]] = tensor.extract_slice %arg0[%[[I]], %[[J]], 0] [2, 3, 32] [1, 1, 1]
// CHECK:           %[[MS:.*]] = tensor.extract_slice %[[M1]][%[[I]], %[[J]], 0] [2, 3, 1] [1, 1, 1]
// CHECK:           %[[T:.*]]:3 = norm.layer_norm %[[XS]] : tensor<2x3x32xf32> outs(%{{.*}}, %[[MS]], %{{.*}} : tensor<2x3x32xf32>, tensor<2x3x1xf32>, tensor<2x3x1xf32>)
// CHECK:           tensor.insert_slice %[[T]]#0 into %[[Y1]][%[[I]], %[[J]], 0] [2, 3, 32]
// CHECK:           tensor.insert_slice %[[T]]#1 into %[[M1]][%[[I]], %[[J]], 0] [2, 3, 1]
// CHECK:           tensor.insert_slice %[[T]]#2 into %[[R1]][%[[I]], %[[J]], 0] [2, 3, 1]
func.func @layer_norm_3d(%x: tensor<4x6x32xf32>, %y: tensor<4x6x32xf32>, %m: tensor<4x6x1xf32>, %r: tensor<4x6x1xf32>)
    -> (tensor<4x6x32xf32>, tensor<4x6x1xf32>, tensor<4x6x1xf32>) {
  %0:3 = norm.layer_norm %x : tensor<4x6x32xf32> outs(%y, %m, %r : tensor<4x6x32xf32>, tensor<4x6x1xf32>, tensor<4x6x1xf32>)
  return %0#0, %0#1, %0#2 : tensor<4x6x32xf32>, tensor<4x6x1xf32>, tensor<4x6x1xf32>
}
module attributes {transform.with_named_sequence} {
  transform.named_sequence @__transform_main(%root: !transform.any_op {transform.readonly}) {
    %op = transform.structured.match ops{["norm.layer_norm"]} in %root : (!transform.any_op) -> !transform.any_op
    %tiled, %l0, %l1 = transform.structured.tile_using_for %op tile_sizes [2, 3] : (!transform.any_op) -> (!transform.any_op, !transform.any_op, !transform.any_op)
    transform.yield
  }
}

// -----

// On memrefs: subviews, no loop-carried values.
// CHECK-LABEL: func @add_rms_norm_memref
// CHECK:       %[[ROWS:.*]] = memref.dim %arg0, %c0
// CHECK:       scf.for %[[I:.*]] = %c0 to %[[ROWS]] step %c16 {
// CHECK:         %[[SIZE:.*]] = affine.min
// CHECK:         %[[XS:.*]] = memref.subview %arg0[%[[I]], 0] [%[[SIZE]], 128] [1, 1]
// CHECK:         %[[RS:.*]] = memref.subview %arg1[%[[I]], 0] [%[[SIZE]], 128] [1, 1]
// CHECK:         %[[YS:.*]] = memref.subview %arg3[%[[I]], 0] [%[[SIZE]], 128] [1, 1]
// CHECK:         %[[HS:.*]] = memref.subview %arg4[%[[I]], 0] [%[[SIZE]], 128] [1, 1]
// CHECK:         norm.add_rms_norm %[[XS]], %[[RS]] : {{.*}} scale(%arg2 : memref<128xbf16>) outs(%[[YS]], %[[HS]] : {{.*}})
// CHECK-NOT:     scf.yield
func.func @add_rms_norm_memref(%x: memref<?x128xbf16>, %r: memref<?x128xbf16>, %g: memref<128xbf16>, %y: memref<?x128xbf16>, %h: memref<?x128xbf16>) {
  norm.add_rms_norm %x, %r : memref<?x128xbf16>, memref<?x128xbf16> scale(%g : memref<128xbf16>) outs(%y, %h : memref<?x128xbf16>, memref<?x128xbf16>)
  return
}
module attributes {transform.with_named_sequence} {
  transform.named_sequence @__transform_main(%root: !transform.any_op {transform.readonly}) {
    %op = transform.structured.match ops{["norm.add_rms_norm"]} in %root : (!transform.any_op) -> !transform.any_op
    %tiled, %loop = transform.structured.tile_using_for %op tile_sizes [16] : (!transform.any_op) -> (!transform.any_op, !transform.any_op)
    transform.yield
  }
}

// -----

// Tiling by zero along every dim leaves a single tile: the op itself.
// CHECK-LABEL: func @untiled
// CHECK-NOT:   scf.for
// CHECK:       norm.rms_norm %arg0 : tensor<8x32xf32> outs(%arg0 : tensor<8x32xf32>)
func.func @untiled(%x: tensor<8x32xf32>) -> tensor<8x32xf32> {
  %y = norm.rms_norm %x : tensor<8x32xf32> outs(%x : tensor<8x32xf32>)
  return %y : tensor<8x32xf32>
}
module attributes {transform.with_named_sequence} {
  transform.named_sequence @__transform_main(%root: !transform.any_op {transform.readonly}) {
    %op = transform.structured.match ops{["norm.rms_norm"]} in %root : (!transform.any_op) -> !transform.any_op
    %tiled = transform.structured.tile_using_for %op tile_sizes [0, 0] : (!transform.any_op) -> (!transform.any_op)
    transform.yield
  }
}
