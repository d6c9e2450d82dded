// RUN: norm-opt %s --transform-interpreter --canonicalize --cse --split-input-file | FileCheck %s

// TilingInterface on each norm op, driven by transform.structured.tile_using_forall:
// a tile is the same op on slices of its operands. Row dims are tiled; the
// normalized dims stay whole; parameters are not sliced; row statistics are
// sliced by rows (their trailing unit dims stay at offset 0, size 1).

// CHECK-LABEL: func @layer_norm_stats
// CHECK-SAME:    (%[[X:.*]]: tensor<10x4x24xf32>, %[[G:.*]]: tensor<4x24xf32>)
// CHECK:       scf.forall (%[[I:.*]]) in (4) shared_outs(%[[Y0:.*]] = %{{.*}}, %[[M0:.*]] = %{{.*}}, %[[R0:.*]] = %{{.*}})
// CHECK:         %[[OFF:.*]] = affine.apply
// CHECK:         %[[SIZE:.*]] = affine.min
// CHECK:         %[[XS:.*]] = tensor.extract_slice %[[X]][%[[OFF]], 0, 0] [%[[SIZE]], 4, 24] [1, 1, 1] : tensor<10x4x24xf32> to tensor<?x4x24xf32>
// CHECK:         %[[YS:.*]] = tensor.extract_slice %[[Y0]][%[[OFF]], 0, 0] [%[[SIZE]], 4, 24]
// CHECK:         %[[MS:.*]] = tensor.extract_slice %[[M0]][%[[OFF]], 0, 0] [%[[SIZE]], 1, 1] [1, 1, 1] : tensor<10x1x1xf32> to tensor<?x1x1xf32>
// CHECK:         %[[RS:.*]] = tensor.extract_slice %[[R0]][%[[OFF]], 0, 0] [%[[SIZE]], 1, 1]
// CHECK:         %[[T:.*]]:3 = norm.layer_norm %[[XS]] : tensor<?x4x24xf32> scale(%[[G]] : tensor<4x24xf32>) outs(%[[YS]], %[[MS]], %[[RS]] : {{.*}}) {axis = 1 : i64}
// CHECK:         scf.forall.in_parallel
// CHECK-NEXT:      tensor.parallel_insert_slice %[[T]]#0 into %[[Y0]][%[[OFF]], 0, 0] [%[[SIZE]], 4, 24]
// CHECK-NEXT:      tensor.parallel_insert_slice %[[T]]#1 into %[[M0]][%[[OFF]], 0, 0] [%[[SIZE]], 1, 1]
// CHECK-NEXT:      tensor.parallel_insert_slice %[[T]]#2 into %[[R0]][%[[OFF]], 0, 0] [%[[SIZE]], 1, 1]
func.func @layer_norm_stats(%x: tensor<10x4x24xf32>, %g: tensor<4x24xf32>)
    -> (tensor<10x4x24xf32>, tensor<10x1x1xf32>, tensor<10x1x1xf32>) {
  %e = tensor.empty() : tensor<10x4x24xf32>
  %s = tensor.empty() : tensor<10x1x1xf32>
  %y:3 = norm.layer_norm %x : tensor<10x4x24xf32> scale(%g : tensor<4x24xf32>)
           outs(%e, %s, %s : tensor<10x4x24xf32>, tensor<10x1x1xf32>, tensor<10x1x1xf32>) {axis = 1}
  return %y#0, %y#1, %y#2 : tensor<10x4x24xf32>, tensor<10x1x1xf32>, tensor<10x1x1xf32>
}
module attributes {transform.with_named_sequence} {
  transform.named_sequence @__transform_main(%root: !transform.any_op {transform.readonly}) {
    %op = transform.structured.match ops{["norm.layer_norm"]} in %root : (!transform.any_op) -> !transform.any_op
    %tiled, %loop = transform.structured.tile_using_forall %op tile_sizes [3] : (!transform.any_op) -> (!transform.any_op, !transform.any_op)
    transform.yield
  }
}

// -----

// Dynamic rows and a dynamic normalized size: the normalized dim is read
// with tensor.dim and taken whole.
// CHECK-LABEL: func @rms_norm_dynamic
// CHECK-SAME:    (%[[X:.*]]: tensor<?x?xbf16>, %[[G:.*]]: tensor<?xf32>, %[[Y:.*]]: tensor<?x?xbf16>, %[[R:.*]]: tensor<?x1xf32>)
// CHECK-DAG:   %[[N:.*]] = tensor.dim %[[X]], %c1
// CHECK:       scf.forall (%[[I:.*]]) in (%{{.*}}) shared_outs(%[[Y0:.*]] = %[[Y]], %[[R0:.*]] = %[[R]])
// CHECK:         %[[OFF:.*]] = affine.apply #{{.*}}(%[[I]])
// CHECK:         %[[SIZE:.*]] = affine.min
// CHECK:         %[[XS:.*]] = tensor.extract_slice %[[X]][%[[OFF]], 0] [%[[SIZE]], %[[N]]] [1, 1]
// CHECK:         %[[YS:.*]] = tensor.extract_slice %[[Y0]][%[[OFF]], 0] [%[[SIZE]], %[[N]]] [1, 1]
// CHECK:         %[[RS:.*]] = tensor.extract_slice %[[R0]][%[[OFF]], 0] [%[[SIZE]], 1] [1, 1]
// CHECK:         norm.rms_norm %[[XS]] : tensor<?x?xbf16> scale(%[[G]] : tensor<?xf32>) outs(%[[YS]], %[[RS]] : tensor<?x?xbf16>, tensor<?x1xf32>) {offset = 1.000000e+00 : f64}
func.func @rms_norm_dynamic(%x: tensor<?x?xbf16>, %g: tensor<?xf32>, %y: tensor<?x?xbf16>, %r: tensor<?x1xf32>)
    -> (tensor<?x?xbf16>, tensor<?x1xf32>) {
  %0:2 = norm.rms_norm %x : tensor<?x?xbf16> scale(%g : tensor<?xf32>) outs(%y, %r : tensor<?x?xbf16>, tensor<?x1xf32>) {offset = 1.0 : f64}
  return %0#0, %0#1 : tensor<?x?xbf16>, tensor<?x1xf32>
}
module attributes {transform.with_named_sequence} {
  transform.named_sequence @__transform_main(%root: !transform.any_op {transform.readonly}) {
    %op = transform.structured.match ops{["norm.rms_norm"]} in %root : (!transform.any_op) -> !transform.any_op
    %tiled, %loop = transform.structured.tile_using_forall %op tile_sizes [8] : (!transform.any_op) -> (!transform.any_op, !transform.any_op)
    transform.yield
  }
}

// -----

// The fused residual ops: input, residual, y and h are sliced alike;
// add_bias, scale and bias are whole.
// CHECK-LABEL: func @add_layer_norm
// CHECK:       scf.forall (%[[I:.*]]) in (4) shared_outs(%[[Y0:.*]] = %{{.*}}, %[[H0:.*]] = %{{.*}})
// CHECK:         %[[XS:.*]] = tensor.extract_slice %arg0[%[[OFF:.*]], 0] [2, 64] [1, 1]
// CHECK:         %[[RS:.*]] = tensor.extract_slice %arg1[%[[OFF]], 0] [2, 64] [1, 1]
// CHECK:         %[[YS:.*]] = tensor.extract_slice %[[Y0]][%[[OFF]], 0] [2, 64] [1, 1]
// CHECK:         %[[HS:.*]] = tensor.extract_slice %[[H0]][%[[OFF]], 0] [2, 64] [1, 1]
// CHECK:         %[[T:.*]]:2 = norm.add_layer_norm %[[XS]], %[[RS]] : tensor<2x64xf32>, tensor<2x64xf32> add_bias(%arg2 : tensor<64xf32>) scale(%arg3 : tensor<64xf32>) bias(%arg4 : tensor<64xf32>) outs(%[[YS]], %[[HS]] : tensor<2x64xf32>, tensor<2x64xf32>) {alpha = 5.000000e-01 : f64}
// CHECK:         tensor.parallel_insert_slice %[[T]]#0 into %[[Y0]][%[[OFF]], 0] [2, 64]
// CHECK:         tensor.parallel_insert_slice %[[T]]#1 into %[[H0]][%[[OFF]], 0] [2, 64]
func.func @add_layer_norm(%x: tensor<8x64xf32>, %r: tensor<8x64xf32>, %ab: tensor<64xf32>, %g: tensor<64xf32>, %b: tensor<64xf32>)
    -> (tensor<8x64xf32>, tensor<8x64xf32>) {
  %ey = tensor.empty() : tensor<8x64xf32>
  %eh = tensor.empty() : tensor<8x64xf32>
  %y:2 = norm.add_layer_norm %x, %r : tensor<8x64xf32>, tensor<8x64xf32> add_bias(%ab : tensor<64xf32>)
           scale(%g : tensor<64xf32>) bias(%b : tensor<64xf32>) outs(%ey, %eh : tensor<8x64xf32>, tensor<8x64xf32>) {alpha = 0.5 : f64}
  return %y#0, %y#1 : tensor<8x64xf32>, tensor<8x64xf32>
}
module attributes {transform.with_named_sequence} {
  transform.named_sequence @__transform_main(%root: !transform.any_op {transform.readonly}) {
    %op = transform.structured.match ops{["norm.add_layer_norm"]} in %root : (!transform.any_op) -> !transform.any_op
    %tiled, %loop = transform.structured.tile_using_forall %op tile_sizes [2] : (!transform.any_op) -> (!transform.any_op, !transform.any_op)
    transform.yield
  }
}

// -----

// CHECK-LABEL: func @add_rms_norm
// CHECK:       scf.forall
// CHECK:         %[[T:.*]]:2 = norm.add_rms_norm %{{.*}}, %{{.*}} : tensor<4x32xf16>, tensor<4x32xf16> scale(%arg2 : tensor<32xf16>) outs(%{{.*}}, %{{.*}} : tensor<4x32xf16>, tensor<4x32xf16>)
// CHECK-COUNT-2: tensor.parallel_insert_slice
func.func @add_rms_norm(%x: tensor<8x32xf16>, %r: tensor<8x32xf16>, %g: tensor<32xf16>) -> (tensor<8x32xf16>, tensor<8x32xf16>) {
  %y:2 = norm.add_rms_norm %x, %r : tensor<8x32xf16>, tensor<8x32xf16> scale(%g : tensor<32xf16>) outs(%x, %r : tensor<8x32xf16>, tensor<8x32xf16>)
  return %y#0, %y#1 : tensor<8x32xf16>, tensor<8x32xf16>
}
module attributes {transform.with_named_sequence} {
  transform.named_sequence @__transform_main(%root: !transform.any_op {transform.readonly}) {
    %op = transform.structured.match ops{["norm.add_rms_norm"]} in %root : (!transform.any_op) -> !transform.any_op
    %tiled, %loop = transform.structured.tile_using_forall %op tile_sizes [4] : (!transform.any_op) -> (!transform.any_op, !transform.any_op)
    transform.yield
  }
}

// -----

// DeepNorm tiles like the others (and --canonicalize then turns each tile
// into the add_layer_norm it denotes, alpha = (2 * 8)^(1/4) = 2).
// CHECK-LABEL: func @deep_norm
// CHECK:       scf.forall
// CHECK:         %[[XS:.*]] = tensor.extract_slice %arg0[%[[OFF:.*]], 0] [3, 32] [1, 1]
// CHECK:         %[[RS:.*]] = tensor.extract_slice %arg1[%[[OFF]], 0] [3, 32] [1, 1]
// CHECK:         norm.add_layer_norm %[[XS]], %[[RS]] : tensor<3x32xf32>, tensor<3x32xf32> outs(%{{.*}}, %{{.*}} : tensor<3x32xf32>, tensor<3x32xf32>) {alpha = 2.000000e+00 : f64}
func.func @deep_norm(%x: tensor<6x32xf32>, %r: tensor<6x32xf32>) -> tensor<6x32xf32> {
  %y = norm.deep_norm %x, %r : tensor<6x32xf32>, tensor<6x32xf32> outs(%x : tensor<6x32xf32>) {arch = #norm.arch<decoder>, decoder_layers = 8}
  return %y : tensor<6x32xf32>
}
module attributes {transform.with_named_sequence} {
  transform.named_sequence @__transform_main(%root: !transform.any_op {transform.readonly}) {
    %op = transform.structured.match ops{["norm.deep_norm"]} in %root : (!transform.any_op) -> !transform.any_op
    %tiled, %loop = transform.structured.tile_using_forall %op tile_sizes [3] : (!transform.any_op) -> (!transform.any_op, !transform.any_op)
    transform.yield
  }
}

// -----

// CHECK-LABEL: func @sandwich_norm
// CHECK:       scf.forall
// CHECK:         norm.sandwich_norm rms_norm %{{.*}}, %{{.*}} : tensor<2x32xf32>, tensor<2x32xf32> inner_scale(%arg2 : tensor<32xf32>) scale(%arg3 : tensor<32xf32>) outs(%{{.*}}, %{{.*}} : tensor<2x32xf32>, tensor<2x32xf32>)
// CHECK-COUNT-2: tensor.parallel_insert_slice
func.func @sandwich_norm(%x: tensor<8x32xf32>, %r: tensor<8x32xf32>, %g1: tensor<32xf32>, %g2: tensor<32xf32>) -> (tensor<8x32xf32>, tensor<8x32xf32>) {
  %ey = tensor.empty() : tensor<8x32xf32>
  %eh = tensor.empty() : tensor<8x32xf32>
  %y:2 = norm.sandwich_norm rms_norm %x, %r : tensor<8x32xf32>, tensor<8x32xf32> inner_scale(%g1 : tensor<32xf32>)
           scale(%g2 : tensor<32xf32>) outs(%ey, %eh : tensor<8x32xf32>, tensor<8x32xf32>)
  return %y#0, %y#1 : tensor<8x32xf32>, tensor<8x32xf32>
}
module attributes {transform.with_named_sequence} {
  transform.named_sequence @__transform_main(%root: !transform.any_op {transform.readonly}) {
    %op = transform.structured.match ops{["norm.sandwich_norm"]} in %root : (!transform.any_op) -> !transform.any_op
    %tiled, %loop = transform.structured.tile_using_forall %op tile_sizes [2] : (!transform.any_op) -> (!transform.any_op, !transform.any_op)
    transform.yield
  }
}

// -----

// Inference BatchNorm is element-wise per channel: every dim tiles, and the
// per-channel tensors are sliced along the channel tile.
// CHECK-LABEL: func @batch_norm_inference
// CHECK-SAME:    (%[[X:.*]]: tensor<4x6x5x5xf32>, %[[M:.*]]: tensor<6xf32>, %[[V:.*]]: tensor<6xf32>, %[[G:.*]]: tensor<6xf32>)
// CHECK:       scf.forall (%[[N:.*]], %[[C:.*]], %[[H:.*]]) in (2, 2, 5) shared_outs(%[[Y0:.*]] = %{{.*}})
// CHECK-DAG:     %[[NO:.*]] = affine.apply #{{.*}}(%[[N]])
// CHECK-DAG:     %[[CO:.*]] = affine.apply #{{.*}}(%[[C]])
// CHECK:         %[[XS:.*]] = tensor.extract_slice %[[X]][%[[NO]], %[[CO]], %[[H]], 0] [2, 3, 1, 5] [1, 1, 1, 1]
// CHECK:         %[[GS:.*]] = tensor.extract_slice %[[G]][%[[CO]]] [3] [1]
// CHECK:         %[[MS:.*]] = tensor.extract_slice %[[M]][%[[CO]]] [3] [1]
// CHECK:         %[[VS:.*]] = tensor.extract_slice %[[V]][%[[CO]]] [3] [1]
// CHECK:         %[[YS:.*]] = tensor.extract_slice %[[Y0]][%[[NO]], %[[CO]], %[[H]], 0] [2, 3, 1, 5]
// CHECK:         norm.batch_norm %[[XS]] : tensor<2x3x1x5xf32> scale(%[[GS]] : tensor<3xf32>) running(%[[MS]], %[[VS]] : tensor<3xf32>, tensor<3xf32>) outs(%[[YS]] : tensor<2x3x1x5xf32>)
func.func @batch_norm_inference(%x: tensor<4x6x5x5xf32>, %m: tensor<6xf32>, %v: tensor<6xf32>, %g: tensor<6xf32>) -> tensor<4x6x5x5xf32> {
  %e = tensor.empty() : tensor<4x6x5x5xf32>
  %y = norm.batch_norm %x : tensor<4x6x5x5xf32> scale(%g : tensor<6xf32>) running(%m, %v : tensor<6xf32>, tensor<6xf32>) outs(%e : tensor<4x6x5x5xf32>)
  return %y : tensor<4x6x5x5xf32>
}
module attributes {transform.with_named_sequence} {
  transform.named_sequence @__transform_main(%root: !transform.any_op {transform.readonly}) {
    %op = transform.structured.match ops{["norm.batch_norm"]} in %root : (!transform.any_op) -> !transform.any_op
    %tiled, %loop = transform.structured.tile_using_forall %op tile_sizes [2, 3, 1] : (!transform.any_op) -> (!transform.any_op, !transform.any_op)
    transform.yield
  }
}

// -----

// Training BatchNorm: only the channel dim is parallel (the batch
// statistics reduce over N, H and W); a tile takes whole channels and
// computes their statistics and running updates.
// CHECK-LABEL: func @batch_norm_training
// CHECK:       scf.forall (%[[C:.*]]) in (3) shared_outs(%[[Y0:.*]] = %{{.*}}, %[[S1:.*]] = %{{.*}}, %[[S2:.*]] = %{{.*}}, %[[S3:.*]] = %{{.*}}, %[[S4:.*]] = %{{.*}})
// CHECK:         %[[CO:.*]] = affine.apply
// CHECK:         %[[XS:.*]] = tensor.extract_slice %arg0[0, %[[CO]], 0] [3, 2, 7] [1, 1, 1]
// CHECK:         %[[T:.*]]:5 = norm.batch_norm %[[XS]] : tensor<3x2x7xf32> running(%{{.*}}, %{{.*}} : tensor<2xf32>, tensor<2xf32>) outs(%{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}} : tensor<3x2x7xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>) {training}
// CHECK:         tensor.parallel_insert_slice %[[T]]#0 into %[[Y0]][0, %[[CO]], 0] [3, 2, 7]
// CHECK:         tensor.parallel_insert_slice %[[T]]#1 into %[[S1]][%[[CO]]] [2]
// CHECK:         tensor.parallel_insert_slice %[[T]]#4 into %[[S4]][%[[CO]]] [2]
func.func @batch_norm_training(%x: tensor<3x6x7xf32>, %m: tensor<6xf32>, %v: tensor<6xf32>)
    -> (tensor<3x6x7xf32>, tensor<6xf32>, tensor<6xf32>, tensor<6xf32>, tensor<6xf32>) {
  %e = tensor.empty() : tensor<3x6x7xf32>
  %c = tensor.empty() : tensor<6xf32>
  %y:5 = norm.batch_norm %x : tensor<3x6x7xf32> running(%m, %v : tensor<6xf32>, tensor<6xf32>)
           outs(%e, %c, %c, %c, %c : tensor<3x6x7xf32>, tensor<6xf32>, tensor<6xf32>, tensor<6xf32>, tensor<6xf32>) {training}
  return %y#0, %y#1, %y#2, %y#3, %y#4 : tensor<3x6x7xf32>, tensor<6xf32>, tensor<6xf32>, tensor<6xf32>, tensor<6xf32>
}
module attributes {transform.with_named_sequence} {
  transform.named_sequence @__transform_main(%root: !transform.any_op {transform.readonly}) {
    %op = transform.structured.match ops{["norm.batch_norm"]} in %root : (!transform.any_op) -> !transform.any_op
    %tiled, %loop = transform.structured.tile_using_forall %op tile_sizes [0, 2] : (!transform.any_op) -> (!transform.any_op, !transform.any_op)
    transform.yield
  }
}

// -----

// On memrefs the tile is the op on subviews, with no results.
// CHECK-LABEL: func @layer_norm_memref
// CHECK:       scf.forall (%[[I:.*]]) in (4)
// CHECK:         %[[XS:.*]] = memref.subview %arg0[%[[OFF:.*]], 0] [4, 64] [1, 1] : memref<16x64xf32> to memref<4x64xf32, strided<[64, 1], offset: ?>>
// CHECK:         %[[YS:.*]] = memref.subview %arg2[%[[OFF]], 0] [4, 64] [1, 1]
// CHECK:         norm.layer_norm %[[XS]] : memref<4x64xf32, strided<[64, 1], offset: ?>> scale(%arg1 : memref<64xf32>) outs(%[[YS]] : memref<4x64xf32, strided<[64, 1], offset: ?>>)
func.func @layer_norm_memref(%x: memref<16x64xf32>, %g: memref<64xf32>, %y: memref<16x64xf32>) {
  norm.layer_norm %x : memref<16x64xf32> scale(%g : memref<64xf32>) outs(%y : memref<16x64xf32>)
  return
}
module attributes {transform.with_named_sequence} {
  transform.named_sequence @__transform_main(%root: !transform.any_op {transform.readonly}) {
    %op = transform.structured.match ops{["norm.layer_norm"]} in %root : (!transform.any_op) -> !transform.any_op
    %tiled, %loop = transform.structured.tile_using_forall %op tile_sizes [4] : (!transform.any_op) -> (!transform.any_op, !transform.any_op)
    transform.yield
  }
}
