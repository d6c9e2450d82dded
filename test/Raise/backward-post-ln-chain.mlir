// RUN: norm-opt %s --norm-raise | FileCheck %s
// RUN: norm-opt %s --norm-raise=report -o /dev/null 2>&1 | FileCheck %s --check-prefix=REMARK

// A LayerNorm's backward (layer_norm_f32_bwd.mlir) whose dx also flows
// back through the sublayer below (a matmul) and is added to what comes
// back, the next norm's dy: a Post-LN or DeepNorm block's backward
// (bench/placement). The sum dx + back matches numerically as a fused
// block's dx + the residual stream's gradient, but `back` is computed from
// dx, so no op can compute it before its gradients are used; the raise
// takes the next candidate, dx itself, instead of giving up on the graph.
// Before the fix, neither was raised.

// CHECK-LABEL: func.func @post_ln_chain
// CHECK: %[[G:.*]]:3 = norm.layer_norm_grad %arg4, %arg0 : {{.*}} scale(%arg1 : tensor<64xf32>) mean(%arg2 : tensor<2x4x1xf32>) rstd(%arg3 : tensor<2x4x1xf32>)
// CHECK-NOT: norm.add_layer_norm_grad
// CHECK: tensor.collapse_shape %[[G]]#0
// CHECK: return %[[G]]#0, %[[G]]#1, %[[G]]#2,
// REMARK: remark: raised into norm.layer_norm_grad (axis 2, saved mean and rstd, scale; dx, dscale, dbias)

#map = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map1 = affine_map<(d0, d1, d2) -> (d2)>
#map2 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
module {
  func.func @post_ln_chain(%arg0: tensor<2x4x64xf32>, %arg1: tensor<64xf32>, %arg2: tensor<2x4x1xf32>, %arg3: tensor<2x4x1xf32>, %arg4: tensor<2x4x64xf32>, %w: tensor<64x64xf32>, %g: tensor<64xf32>) -> (tensor<2x4x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<2x4x1xf32>) {
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 6.400000e+01 : f32
    %0 = tensor.empty() : tensor<2x4x64xf32>
    %1 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg4, %arg1 : tensor<2x4x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x4x64xf32>) {
    ^bb0(%in: f32, %in_1: f32, %out: f32):
      %20 = arith.mulf %in, %in_1 : f32
      linalg.yield %20 : f32
    } -> tensor<2x4x64xf32>
    %2 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1 : tensor<2x4x64xf32>) outs(%0 : tensor<2x4x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %20 = arith.mulf %in, %cst_0 : f32
      linalg.yield %20 : f32
    } -> tensor<2x4x64xf32>
    %3 = tensor.empty() : tensor<2x4x1xf32>
    %4 = linalg.fill ins(%cst : f32) outs(%3 : tensor<2x4x1xf32>) -> tensor<2x4x1xf32>
    %5 = linalg.generic {indexing_maps = [#map, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%1 : tensor<2x4x64xf32>) outs(%4 : tensor<2x4x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %20 = arith.addf %in, %out : f32
      linalg.yield %20 : f32
    } -> tensor<2x4x1xf32>
    %6 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg0, %arg2 : tensor<2x4x64xf32>, tensor<2x4x1xf32>) outs(%0 : tensor<2x4x64xf32>) {
    ^bb0(%in: f32, %in_1: f32, %out: f32):
      %20 = arith.subf %in, %in_1 : f32
      linalg.yield %20 : f32
    } -> tensor<2x4x64xf32>
    %7 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%6, %arg3 : tensor<2x4x64xf32>, tensor<2x4x1xf32>) outs(%0 : tensor<2x4x64xf32>) {
    ^bb0(%in: f32, %in_1: f32, %out: f32):
      %20 = arith.mulf %in, %in_1 : f32
      linalg.yield %20 : f32
    } -> tensor<2x4x64xf32>
    %8 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1, %7 : tensor<2x4x64xf32>, tensor<2x4x64xf32>) outs(%0 : tensor<2x4x64xf32>) {
    ^bb0(%in: f32, %in_1: f32, %out: f32):
      %20 = arith.mulf %in, %in_1 : f32
      linalg.yield %20 : f32
    } -> tensor<2x4x64xf32>
    %9 = linalg.generic {indexing_maps = [#map, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%8 : tensor<2x4x64xf32>) outs(%4 : tensor<2x4x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %20 = arith.addf %in, %out : f32
      linalg.yield %20 : f32
    } -> tensor<2x4x1xf32>
    %10 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%7, %9 : tensor<2x4x64xf32>, tensor<2x4x1xf32>) outs(%0 : tensor<2x4x64xf32>) {
    ^bb0(%in: f32, %in_1: f32, %out: f32):
      %20 = arith.mulf %in, %in_1 : f32
      linalg.yield %20 : f32
    } -> tensor<2x4x64xf32>
    %11 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%2, %5 : tensor<2x4x64xf32>, tensor<2x4x1xf32>) outs(%0 : tensor<2x4x64xf32>) {
    ^bb0(%in: f32, %in_1: f32, %out: f32):
      %20 = arith.subf %in, %in_1 : f32
      linalg.yield %20 : f32
    } -> tensor<2x4x64xf32>
    %12 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%11, %10 : tensor<2x4x64xf32>, tensor<2x4x64xf32>) outs(%0 : tensor<2x4x64xf32>) {
    ^bb0(%in: f32, %in_1: f32, %out: f32):
      %20 = arith.subf %in, %in_1 : f32
      linalg.yield %20 : f32
    } -> tensor<2x4x64xf32>
    %13 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg3 : tensor<2x4x1xf32>) outs(%3 : tensor<2x4x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %20 = arith.divf %in, %cst_0 : f32
      linalg.yield %20 : f32
    } -> tensor<2x4x1xf32>
    %14 = linalg.generic {indexing_maps = [#map2, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%13, %12 : tensor<2x4x1xf32>, tensor<2x4x64xf32>) outs(%0 : tensor<2x4x64xf32>) {
    ^bb0(%in: f32, %in_1: f32, %out: f32):
      %20 = arith.mulf %in, %in_1 : f32
      linalg.yield %20 : f32
    } -> tensor<2x4x64xf32>
    %15 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg4, %7 : tensor<2x4x64xf32>, tensor<2x4x64xf32>) outs(%0 : tensor<2x4x64xf32>) {
    ^bb0(%in: f32, %in_1: f32, %out: f32):
      %20 = arith.mulf %in, %in_1 : f32
      linalg.yield %20 : f32
    } -> tensor<2x4x64xf32>
    %16 = tensor.empty() : tensor<64xf32>
    %17 = linalg.fill ins(%cst : f32) outs(%16 : tensor<64xf32>) -> tensor<64xf32>
    %18 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["reduction", "reduction", "parallel"]} ins(%15 : tensor<2x4x64xf32>) outs(%17 : tensor<64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %20 = arith.addf %in, %out : f32
      linalg.yield %20 : f32
    } -> tensor<64xf32>
    %19 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["reduction", "reduction", "parallel"]} ins(%arg4 : tensor<2x4x64xf32>) outs(%17 : tensor<64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %20 = arith.addf %in, %out : f32
      linalg.yield %20 : f32
    } -> tensor<64xf32>
    // The sublayer's backward from dx (a matmul: not element-wise, so a leaf
    // of the expressions), added to dx: the next norm's dy, which begins
    // with dy * gamma and its row sum.
    %c2d = tensor.collapse_shape %14 [[0, 1], [2]] : tensor<2x4x64xf32> into tensor<8x64xf32>
    %e2d = tensor.empty() : tensor<8x64xf32>
    %z2d = linalg.fill ins(%cst : f32) outs(%e2d : tensor<8x64xf32>) -> tensor<8x64xf32>
    %mm = linalg.matmul ins(%c2d, %w : tensor<8x64xf32>, tensor<64x64xf32>) outs(%z2d : tensor<8x64xf32>) -> tensor<8x64xf32>
    %back = tensor.expand_shape %mm [[0, 1], [2]] output_shape [2, 4, 64] : tensor<8x64xf32> into tensor<2x4x64xf32>
    %dy2 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%14, %back : tensor<2x4x64xf32>, tensor<2x4x64xf32>) outs(%0 : tensor<2x4x64xf32>) {
    ^bb0(%in: f32, %in_1: f32, %out: f32):
      %20 = arith.addf %in, %in_1 : f32
      linalg.yield %20 : f32
    } -> tensor<2x4x64xf32>
    %dyg = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%dy2, %g : tensor<2x4x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x4x64xf32>) {
    ^bb0(%in: f32, %in_1: f32, %out: f32):
      %20 = arith.mulf %in, %in_1 : f32
      linalg.yield %20 : f32
    } -> tensor<2x4x64xf32>
    %sum2 = linalg.generic {indexing_maps = [#map, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%dyg : tensor<2x4x64xf32>) outs(%4 : tensor<2x4x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %20 = arith.addf %in, %out : f32
      linalg.yield %20 : f32
    } -> tensor<2x4x1xf32>
    return %14, %18, %19, %sum2 : tensor<2x4x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<2x4x1xf32>
  }
}
