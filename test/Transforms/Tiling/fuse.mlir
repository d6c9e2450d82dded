// RUN: norm-opt %s --transform-interpreter --canonicalize --cse --split-input-file | FileCheck %s

// Fusion through TilingInterface: an element-wise producer fused into the
// tiled norm (fuse_into_containing_op), the norm fused as a producer into
// a tiled consumer (generateResultTileValue: whole rows computed, the
// consumer's columns sliced out), and the greedy tile-and-fuse of
// transform.structured.fuse.

#id = affine_map<(d0, d1) -> (d0, d1)>

// CHECK-LABEL: func @producer_into_tiled_norm
// CHECK-SAME:    (%[[A:.*]]: tensor<16x64xf32>, %[[G:.*]]: tensor<64xf32>)
// CHECK-NOT:   linalg.generic
// CHECK:       scf.forall (%[[I:.*]]) in (4)
// CHECK:         %[[OFF:.*]] = affine.apply
// CHECK:         %[[AS:.*]] = tensor.extract_slice %[[A]][%[[OFF]], 0] [4, 64] [1, 1]
// CHECK:         %[[X:.*]] = linalg.generic {{.*}} ins(%[[AS]] : tensor<4x64xf32>)
// CHECK:           arith.mulf
// CHECK:         %[[Y:.*]] = norm.layer_norm %[[X]] : tensor<4x64xf32> scale(%[[G]] : tensor<64xf32>)
// CHECK:         tensor.parallel_insert_slice %[[Y]]
// CHECK-NOT:   linalg.generic
// CHECK-NOT:   norm.layer_norm
// CHECK:       return
func.func @producer_into_tiled_norm(%a: tensor<16x64xf32>, %g: tensor<64xf32>) -> tensor<16x64xf32> {
  %e0 = tensor.empty() : tensor<16x64xf32>
  %x = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%a : tensor<16x64xf32>) outs(%e0 : tensor<16x64xf32>) {
  ^bb0(%in: f32, %out: f32):
    %s = arith.mulf %in, %in : f32
    linalg.yield %s : f32
  } -> tensor<16x64xf32>
  %e1 = tensor.empty() : tensor<16x64xf32>
  %y = norm.layer_norm %x : tensor<16x64xf32> scale(%g : tensor<64xf32>) outs(%e1 : tensor<16x64xf32>)
  return %y : tensor<16x64xf32>
}
module attributes {transform.with_named_sequence} {
  transform.named_sequence @__transform_main(%root: !transform.any_op {transform.readonly}) {
    %producer = transform.structured.match ops{["linalg.generic"]} in %root : (!transform.any_op) -> !transform.any_op
    %norm = transform.structured.match ops{["norm.layer_norm"]} in %root : (!transform.any_op) -> !transform.any_op
    %tiled, %loop = transform.structured.tile_using_forall %norm tile_sizes [4] : (!transform.any_op) -> (!transform.any_op, !transform.any_op)
    %fused, %loop2 = transform.structured.fuse_into_containing_op %producer into %loop : (!transform.any_op, !transform.any_op) -> (!transform.any_op, !transform.any_op)
    transform.yield
  }
}

// -----

#id = affine_map<(d0, d1) -> (d0, d1)>

// The consumer is tiled 4x16; the fused add_rms_norm computes the tile's 4
// whole rows (y and h), and the consumer reads its 16 columns of y.
// CHECK-LABEL: func @norm_into_tiled_consumer
// CHECK-NOT:   norm.add_rms_norm
// CHECK:       scf.forall (%[[I:.*]], %[[J:.*]]) in (4, 4)
// CHECK-DAG:     %[[ROW:.*]] = affine.apply #{{.*}}(%[[I]])
// CHECK-DAG:     %[[COL:.*]] = affine.apply #{{.*}}(%[[J]])
// CHECK:         %[[XS:.*]] = tensor.extract_slice %arg0[%[[ROW]], 0] [4, 64] [1, 1]
// CHECK:         %[[RS:.*]] = tensor.extract_slice %arg1[%[[ROW]], 0] [4, 64] [1, 1]
// CHECK:         %[[T:.*]]:2 = norm.add_rms_norm %[[XS]], %[[RS]] : tensor<4x64xf32>, tensor<4x64xf32>
// CHECK:         %[[YS:.*]] = tensor.extract_slice %[[T]]#0[0, %[[COL]]] [4, 16] [1, 1]
// CHECK:         linalg.generic {{.*}} ins(%[[YS]] : tensor<4x16xf32>)
// CHECK-NOT:   norm.add_rms_norm
// CHECK:       return
func.func @norm_into_tiled_consumer(%x: tensor<16x64xf32>, %r: tensor<16x64xf32>) -> tensor<16x64xf32> {
  %ey = tensor.empty() : tensor<16x64xf32>
  %eh = tensor.empty() : tensor<16x64xf32>
  %y:2 = norm.add_rms_norm %x, %r : tensor<16x64xf32>, tensor<16x64xf32> outs(%ey, %eh : tensor<16x64xf32>, tensor<16x64xf32>)
  %e = tensor.empty() : tensor<16x64xf32>
  %z = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%y#0 : tensor<16x64xf32>) outs(%e : tensor<16x64xf32>) {
  ^bb0(%in: f32, %out: f32):
    %s = arith.mulf %in, %in : f32
    linalg.yield %s : f32
  } -> tensor<16x64xf32>
  return %z : tensor<16x64xf32>
}
module attributes {transform.with_named_sequence} {
  transform.named_sequence @__transform_main(%root: !transform.any_op {transform.readonly}) {
    %consumer = transform.structured.match ops{["linalg.generic"]} in %root : (!transform.any_op) -> !transform.any_op
    %norm = transform.structured.match ops{["norm.add_rms_norm"]} in %root : (!transform.any_op) -> !transform.any_op
    %tiled, %loop = transform.structured.tile_using_forall %consumer tile_sizes [4, 16] : (!transform.any_op) -> (!transform.any_op, !transform.any_op)
    %fused, %loop2 = transform.structured.fuse_into_containing_op %norm into %loop : (!transform.any_op, !transform.any_op) -> (!transform.any_op, !transform.any_op)
    transform.yield
  }
}

// -----

#id = affine_map<(d0, d1) -> (d0, d1)>

// Greedy tile-and-fuse from the consumer: producer -> rms_norm -> consumer
// in one scf.for over rows, each through the slices the tile generated.
// CHECK-LABEL: func @tile_and_fuse
// CHECK:       scf.for %[[I:.*]] = %c0 to %c16 step %c2
// CHECK:         %[[AS:.*]] = tensor.extract_slice %arg0[%[[I]], 0] [2, 64] [1, 1]
// CHECK:         %[[X:.*]] = linalg.generic {{.*}} ins(%[[AS]] : tensor<2x64xf32>)
// CHECK:         %[[Y:.*]] = norm.rms_norm %[[X]] : tensor<2x64xf32>
// CHECK:         %[[Z:.*]] = linalg.generic {{.*}} ins(%[[Y]] : tensor<2x64xf32>)
// CHECK:         tensor.insert_slice %[[Z]]
func.func @tile_and_fuse(%a: tensor<16x64xf32>) -> tensor<16x64xf32> {
  %e0 = tensor.empty() : tensor<16x64xf32>
  %x = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%a : tensor<16x64xf32>) outs(%e0 : tensor<16x64xf32>) {
  ^bb0(%in: f32, %out: f32):
    %s = arith.addf %in, %in : f32
    linalg.yield %s : f32
  } -> tensor<16x64xf32>
  %e1 = tensor.empty() : tensor<16x64xf32>
  %y = norm.rms_norm %x : tensor<16x64xf32> outs(%e1 : tensor<16x64xf32>)
  %e2 = tensor.empty() : tensor<16x64xf32>
  %z = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%y : tensor<16x64xf32>) outs(%e2 : tensor<16x64xf32>) {
  ^bb0(%in: f32, %out: f32):
    %s = arith.mulf %in, %in : f32
    linalg.yield %s : f32
  } -> tensor<16x64xf32>
  return %z : tensor<16x64xf32>
}
module attributes {transform.with_named_sequence} {
  transform.named_sequence @__transform_main(%root: !transform.any_op {transform.readonly}) {
    %gens = transform.structured.match ops{["linalg.generic"]} in %root : (!transform.any_op) -> !transform.any_op
    %producer, %consumer = transform.split_handle %gens : (!transform.any_op) -> (!transform.any_op, !transform.any_op)
    %fused, %loop = transform.structured.fuse %consumer tile_sizes [2, 0] : (!transform.any_op) -> (!transform.any_op, !transform.any_op)
    transform.yield
  }
}
