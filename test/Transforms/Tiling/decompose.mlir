// RUN: norm-opt %s --transform-interpreter --canonicalize --cse --split-input-file | FileCheck %s --implicit-check-not="{{^ *(%[^ ]+ = )?norm\.}}"
// RUN: norm-opt %s --convert-norm-to-linalg --canonicalize --cse --split-input-file | FileCheck %s --check-prefix=PASS --implicit-check-not="{{^ *(%[^ ]+ = )?norm\.}}"

// AggregatedOpInterface: transform.structured.decompose_interface replaces
// a norm op by the linalg reference lowering of --convert-norm-to-linalg
// (the same builders; the PASS lines check the pass on the same input, and
// decompose-matches-pass.mlir that both produce identical IR). No norm op
// is left (--implicit-check-not).

// LayerNorm: the shifted two-pass moments (sum of x - K; sums of d and
// d^2), rsqrt, and one element-wise map.
// CHECK-LABEL: func @layer_norm
// CHECK:       %[[S:.*]] = linalg.generic {{.*}} iterator_types = ["parallel", "reduction"]
// CHECK:       %[[M:.*]]:2 = linalg.generic {{.*}} iterator_types = ["parallel", "reduction"]
// CHECK:       math.rsqrt
// CHECK:       %[[Y:.*]] = linalg.generic {{.*}} iterator_types = ["parallel", "parallel"]
// CHECK:       return %[[Y]]
// PASS-LABEL:  func @layer_norm
// PASS:        linalg.generic {{.*}} iterator_types = ["parallel", "reduction"]
// PASS:        linalg.generic {{.*}} iterator_types = ["parallel", "reduction"]
// PASS:        math.rsqrt
// PASS:        %[[Y:.*]] = linalg.generic {{.*}} iterator_types = ["parallel", "parallel"]
// PASS:        return %[[Y]]
func.func @layer_norm(%x: tensor<8x64xf32>, %g: tensor<64xf32>, %b: tensor<64xf32>) -> tensor<8x64xf32> {
  %e = tensor.empty() : tensor<8x64xf32>
  %y = norm.layer_norm %x : tensor<8x64xf32> scale(%g : tensor<64xf32>) bias(%b : tensor<64xf32>) outs(%e : tensor<8x64xf32>)
  return %y : tensor<8x64xf32>
}
module attributes {transform.with_named_sequence} {
  transform.named_sequence @__transform_main(%root: !transform.any_op {transform.readonly}) {
    %op = transform.structured.match ops{["norm.layer_norm"]} in %root : (!transform.any_op) -> !transform.any_op
    %decomposed = transform.structured.decompose_interface %op : (!transform.any_op) -> !transform.any_op
    transform.yield
  }
}

// -----

// RMSNorm with run-time sizes keeps the run-time shape checks of the
// lowering.
// CHECK-LABEL: func @rms_norm_dynamic
// CHECK:       cf.assert %{{.*}}, "norm.rms_norm: scale does not match the normalized shape
// CHECK:       cf.assert %{{.*}}, "norm.rms_norm: the reduced size N is 0 at run time"
// CHECK:       linalg.generic {{.*}} iterator_types = ["parallel", "reduction"]
// CHECK:       math.rsqrt
// CHECK:       linalg.generic {{.*}} iterator_types = ["parallel", "parallel"]
// PASS-LABEL:  func @rms_norm_dynamic
// PASS:        cf.assert %{{.*}}, "norm.rms_norm: scale does not match the normalized shape
func.func @rms_norm_dynamic(%x: tensor<?x?xbf16>, %g: tensor<?xf32>) -> tensor<?x?xbf16> {
  %y = norm.rms_norm %x : tensor<?x?xbf16> scale(%g : tensor<?xf32>) outs(%x : tensor<?x?xbf16>)
  return %y : tensor<?x?xbf16>
}
module attributes {transform.with_named_sequence} {
  transform.named_sequence @__transform_main(%root: !transform.any_op {transform.readonly}) {
    %op = transform.structured.match ops{["norm.rms_norm"]} in %root : (!transform.any_op) -> !transform.any_op
    %decomposed = transform.structured.decompose_interface %op : (!transform.any_op) -> !transform.any_op
    transform.yield
  }
}

// -----

// DeepNorm: h = alpha * r + x, then the LayerNorm of h.
// CHECK-LABEL: func @deep_norm
// CHECK:       %[[A:.*]] = arith.constant 2.000000e+00 : f32
// CHECK:       linalg.generic
// CHECK:         arith.mulf %{{.*}}, %[[A]] : f32
// CHECK:       math.rsqrt
func.func @deep_norm(%x: tensor<4x64xf32>, %r: tensor<4x64xf32>) -> tensor<4x64xf32> {
  %y = norm.deep_norm %x, %r : tensor<4x64xf32>, tensor<4x64xf32> outs(%x : tensor<4x64xf32>) {arch = #norm.arch<decoder>, decoder_layers = 8}
  return %y : tensor<4x64xf32>
}
module attributes {transform.with_named_sequence} {
  transform.named_sequence @__transform_main(%root: !transform.any_op {transform.readonly}) {
    %op = transform.structured.match ops{["norm.deep_norm"]} in %root : (!transform.any_op) -> !transform.any_op
    %decomposed = transform.structured.decompose_interface %op : (!transform.any_op) -> !transform.any_op
    transform.yield
  }
}

// -----

// Inference BatchNorm: one element-wise map with the running statistics
// along the channel dim.
// CHECK-LABEL: func @batch_norm
// CHECK:       math.rsqrt
// CHECK:       %[[Y:.*]] = linalg.generic {{.*}} iterator_types = ["parallel", "parallel", "parallel", "parallel"]
// CHECK:       return %[[Y]]
func.func @batch_norm(%x: tensor<2x3x4x4xf32>, %m: tensor<3xf32>, %v: tensor<3xf32>) -> tensor<2x3x4x4xf32> {
  %y = norm.batch_norm %x : tensor<2x3x4x4xf32> running(%m, %v : tensor<3xf32>, tensor<3xf32>) outs(%x : tensor<2x3x4x4xf32>)
  return %y : tensor<2x3x4x4xf32>
}
module attributes {transform.with_named_sequence} {
  transform.named_sequence @__transform_main(%root: !transform.any_op {transform.readonly}) {
    %op = transform.structured.match ops{["norm.batch_norm"]} in %root : (!transform.any_op) -> !transform.any_op
    %decomposed = transform.structured.decompose_interface %op : (!transform.any_op) -> !transform.any_op
    transform.yield
  }
}

// -----

// Tile, then decompose each tile: linalg inside the loop.
// CHECK-LABEL: func @tile_then_decompose
// CHECK:       scf.forall
// CHECK:         %[[XS:.*]] = tensor.extract_slice %arg0
// CHECK:         linalg.generic {{.*}} ins(%[[XS]], %[[XS]] : tensor<2x64xf32>, tensor<2x64xf32>)
// CHECK:         math.rsqrt
// CHECK:         tensor.parallel_insert_slice
func.func @tile_then_decompose(%x: tensor<8x64xf32>) -> tensor<8x64xf32> {
  %e = tensor.empty() : tensor<8x64xf32>
  %y = norm.layer_norm %x : tensor<8x64xf32> outs(%e : tensor<8x64xf32>)
  return %y : tensor<8x64xf32>
}
module attributes {transform.with_named_sequence} {
  transform.named_sequence @__transform_main(%root: !transform.any_op {transform.readonly}) {
    %op = transform.structured.match ops{["norm.layer_norm"]} in %root : (!transform.any_op) -> !transform.any_op
    %tiled, %loop = transform.structured.tile_using_forall %op tile_sizes [2] : (!transform.any_op) -> (!transform.any_op, !transform.any_op)
    %decomposed = transform.structured.decompose_interface %tiled : (!transform.any_op) -> !transform.any_op
    transform.yield
  }
}

// -----

// Splitting long rows: the norm ops do not implement
// PartialReductionOpInterface (a row's statistics feed a second pass over
// the row, which a partial-reduction split of the op cannot express);
// decomposed, the statistics are linalg reductions that
// tile_reduction_using_for splits into partial sums and merges.
// CHECK-LABEL: func @split_long_rows
// CHECK:       %[[PARTIAL:.*]] = scf.for %{{.*}} = %c0 to %c8192 step %c1024 iter_args(%{{.*}} = %{{.*}}) -> (tensor<4x1024xf32>)
// CHECK:         linalg.generic {{.*}} iterator_types = ["parallel", "parallel"]
// CHECK:       linalg.reduce ins(%[[PARTIAL]] : tensor<4x1024xf32>) outs(%{{.*}} : tensor<4xf32>) dimensions = [1]
// CHECK:       math.rsqrt
func.func @split_long_rows(%x: tensor<4x8192xf32>) -> tensor<4x8192xf32> {
  %e = tensor.empty() : tensor<4x8192xf32>
  %y = norm.rms_norm %x : tensor<4x8192xf32> outs(%e : tensor<4x8192xf32>)
  return %y : tensor<4x8192xf32>
}
module attributes {transform.with_named_sequence} {
  transform.named_sequence @__transform_main(%root: !transform.any_op {transform.readonly}) {
    %op = transform.structured.match ops{["norm.rms_norm"]} in %root : (!transform.any_op) -> !transform.any_op
    %decomposed = transform.structured.decompose_interface %op : (!transform.any_op) -> !transform.any_op
    %f = transform.structured.match ops{["func.func"]} in %root : (!transform.any_op) -> !transform.any_op
    %sums = transform.structured.match ops{["linalg.generic"]} attributes{iterator_types = [#linalg.iterator_type<parallel>, #linalg.iterator_type<reduction>]} in %f : (!transform.any_op) -> !transform.any_op
    %fill, %partial, %merge, %loop = transform.structured.tile_reduction_using_for %sums by tile_sizes = [0, 1024] : (!transform.any_op) -> (!transform.any_op, !transform.any_op, !transform.any_op, !transform.any_op)
    transform.yield
  }
}
